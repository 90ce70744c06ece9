//! Currencies whose case or symbol carries meaning: symbols, the letters
//! glued before `$`, and ISO codes. Currency words, minor units and the
//! nations that qualify a currency (`Australian dollars`) are data:
//! `currency-words.txt`, `minor-currency.txt`, `currency-nations.txt`.

/// Currency symbols that stand before (or, less often, after) the amount.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("₴", "UAH"),
    ("₽", "RUB"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₪", "ILS"),
    ("₩", "KRW"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("₿", "BTC"),
    ("₫", "VND"),
    ("฿", "THB"),
    ("元", "CNY"),
    ("₡", "CRC"),
    ("₾", "GEL"),
    ("₭", "LAK"),
    ("₸", "KZT"),
    ("₼", "AZN"),
];

/// Letters glued before `$`: `US$`, `C$`, `A$`, `HK$`.
pub const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("US", "USD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("A", "AUD"),
    ("AU", "AUD"),
    ("NZ", "NZD"),
    ("MEX", "MXN"),
    ("HK", "HKD"),
    ("S", "SGD"),
    ("NT", "TWD"),
    ("R", "BRL"),
];

/// ISO 4217 codes recognised beside an amount (upper case only).
pub const ISO_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "UAH", "RUB", "JPY", "CNY", "INR", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK",
    "HUF", "RON", "BGN", "TRY", "ILS", "KWD", "QAR", "SAR", "AED", "EGP", "LBP", "MYR", "SGD", "HKD", "NZD", "ZAR",
    "BRL", "MXN", "ARS", "KRW", "TWD", "THB", "IDR", "PHP", "PKR", "BDT", "NGN", "KES", "MNT", "VND", "IRR", "IQD",
    "BYN", "KZT", "GEL", "AMD", "AZN", "BTC",
];
