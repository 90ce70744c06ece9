//! Word lists the recognisers read, kept as data so that they are easy to
//! review and extend. Every entry is lower case unless it says otherwise;
//! lookups fold ASCII case first.

/// A unit of measure: the canonical name the figure carries, and how to
/// reach the dimension's base unit (`base = value * factor + offset`), which
/// the conversion check uses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitDef {
    pub name: &'static str,
    pub dimension: Dimension,
    pub factor: f64,
    pub offset: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dimension {
    Length,
    Area,
    Volume,
    Mass,
    Temperature,
    Speed,
    Duration,
    Energy,
    Power,
    Data,
    Frequency,
    /// A hundredth of a currency: cents, pence, kopiykas.
    MinorCurrency,
}

const fn unit(name: &'static str, dimension: Dimension, factor: f64) -> UnitDef {
    UnitDef { name, dimension, factor, offset: 0.0 }
}

use crate::text::WordIndex;
use Dimension::*;

pub const MM: UnitDef = unit("mm", Length, 0.001);
pub const CM: UnitDef = unit("cm", Length, 0.01);
pub const METRE: UnitDef = unit("m", Length, 1.0);
pub const KM: UnitDef = unit("km", Length, 1000.0);
pub const INCH: UnitDef = unit("inch", Length, 0.0254);
pub const FOOT: UnitDef = unit("foot", Length, 0.3048);
pub const YARD: UnitDef = unit("yard", Length, 0.9144);
pub const MILE: UnitDef = unit("mile", Length, 1609.344);
pub const NAUTICAL_MILE: UnitDef = unit("nautical mile", Length, 1852.0);
pub const SQ_M: UnitDef = unit("m²", Area, 1.0);
pub const SQ_KM: UnitDef = unit("km²", Area, 1e6);
pub const SQ_FT: UnitDef = unit("sq ft", Area, 0.09290304);
pub const SQ_MI: UnitDef = unit("sq mi", Area, 2_589_988.110336);
pub const HECTARE: UnitDef = unit("hectare", Area, 10_000.0);
pub const ACRE: UnitDef = unit("acre", Area, 4046.8564224);
pub const ML: UnitDef = unit("ml", Volume, 0.001);
pub const LITRE: UnitDef = unit("litre", Volume, 1.0);
pub const GALLON: UnitDef = unit("gallon", Volume, 3.785411784);
pub const BARREL: UnitDef = unit("barrel", Volume, 158.987294928);
pub const CUBIC_M: UnitDef = unit("m³", Volume, 1000.0);
pub const MG: UnitDef = unit("mg", Mass, 1e-6);
pub const GRAM: UnitDef = unit("g", Mass, 0.001);
pub const KG: UnitDef = unit("kg", Mass, 1.0);
pub const TONNE: UnitDef = unit("tonne", Mass, 1000.0);
pub const TON: UnitDef = unit("ton", Mass, 907.18474);
pub const POUND: UnitDef = unit("lb", Mass, 0.45359237);
pub const OUNCE: UnitDef = unit("oz", Mass, 0.028349523125);
pub const CELSIUS: UnitDef = UnitDef { name: "°C", dimension: Temperature, factor: 1.0, offset: 0.0 };
pub const FAHRENHEIT: UnitDef =
    UnitDef { name: "°F", dimension: Temperature, factor: 5.0 / 9.0, offset: -32.0 * 5.0 / 9.0 };
pub const KELVIN: UnitDef = UnitDef { name: "K", dimension: Temperature, factor: 1.0, offset: -273.15 };
pub const NM: UnitDef = unit("nm", Length, 1e-9);
pub const UM: UnitDef = unit("µm", Length, 1e-6);
pub const CL: UnitDef = unit("cl", Volume, 0.01);
pub const CUP: UnitDef = unit("cup", Volume, 0.2365882365);
pub const TBSP: UnitDef = unit("tbsp", Volume, 0.01478676478125);
pub const TSP: UnitDef = unit("tsp", Volume, 0.00492892159375);
pub const HZ: UnitDef = unit("Hz", Frequency, 1.0);
pub const KHZ: UnitDef = unit("kHz", Frequency, 1e3);
pub const MHZ: UnitDef = unit("MHz", Frequency, 1e6);
pub const GHZ: UnitDef = unit("GHz", Frequency, 1e9);
pub const CENT: UnitDef = unit("cent", MinorCurrency, 0.01);
pub const EV: UnitDef = unit("eV", Energy, 1.602176634e-19);
pub const KEV: UnitDef = unit("keV", Energy, 1.602176634e-16);
pub const MEV: UnitDef = unit("MeV", Energy, 1.602176634e-13);
pub const GEV: UnitDef = unit("GeV", Energy, 1.602176634e-10);
pub const TEV: UnitDef = unit("TeV", Energy, 1.602176634e-7);
pub const DM: UnitDef = unit("dm", Length, 0.1);
pub const MICROGRAM: UnitDef = unit("µg", Mass, 1e-9);
pub const CUBIC_FT: UnitDef = unit("cu ft", Volume, 28.316846592);
pub const CUBIC_KM: UnitDef = unit("km³", Volume, 1e12);
pub const BIT: UnitDef = unit("bit", Data, 0.125);
pub const WH: UnitDef = unit("Wh", Energy, 3600.0);
pub const DEGREE: UnitDef = unit("degree", Temperature, f64::NAN);
pub const KMH: UnitDef = unit("km/h", Speed, 1.0 / 3.6);
pub const MPH: UnitDef = unit("mph", Speed, 0.44704);
pub const MPS: UnitDef = unit("m/s", Speed, 1.0);
pub const KNOT: UnitDef = unit("knot", Speed, 0.514444);
pub const SECOND: UnitDef = unit("second", Duration, 1.0);
pub const MINUTE: UnitDef = unit("minute", Duration, 60.0);
pub const HOUR: UnitDef = unit("hour", Duration, 3600.0);
pub const DAY: UnitDef = unit("day", Duration, 86_400.0);
pub const WEEK: UnitDef = unit("week", Duration, 604_800.0);
pub const MONTH: UnitDef = unit("month", Duration, 2_629_746.0);
pub const YEAR: UnitDef = unit("year", Duration, 31_556_952.0);
pub const DECADE: UnitDef = unit("decade", Duration, 315_569_520.0);
pub const CENTURY: UnitDef = unit("century", Duration, 3_155_695_200.0);
pub const KWH: UnitDef = unit("kWh", Energy, 3.6e6);
pub const MWH: UnitDef = unit("MWh", Energy, 3.6e9);
pub const GWH: UnitDef = unit("GWh", Energy, 3.6e12);
pub const TWH: UnitDef = unit("TWh", Energy, 3.6e15);
pub const WATT: UnitDef = unit("W", Power, 1.0);
pub const KW: UnitDef = unit("kW", Power, 1e3);
pub const MW: UnitDef = unit("MW", Power, 1e6);
pub const GW: UnitDef = unit("GW", Power, 1e9);
pub const BYTE: UnitDef = unit("byte", Data, 1.0);
pub const KB: UnitDef = unit("KB", Data, 1e3);
pub const MB: UnitDef = unit("MB", Data, 1e6);
pub const GB: UnitDef = unit("GB", Data, 1e9);
pub const TB: UnitDef = unit("TB", Data, 1e12);
pub const EXABYTE: UnitDef = unit("EB", Data, 1e18);

/// One-word unit names and abbreviations, matched case-insensitively
/// unless listed in [`CASED_UNITS`]. Plurals are listed where English
/// forms them irregularly; a trailing `s` is tried otherwise.
pub const UNIT_WORDS: &[(&str, UnitDef)] = &[
    ("nanometre", NM),
    ("nanometer", NM),
    ("nm", NM),
    ("micrometre", UM),
    ("micrometer", UM),
    ("micron", UM),
    ("centilitre", CL),
    ("centiliter", CL),
    ("cl", CL),
    ("cup", CUP),
    ("tablespoon", TBSP),
    ("tbsp", TBSP),
    ("teaspoon", TSP),
    ("tsp", TSP),
    ("hertz", HZ),
    ("kilohertz", KHZ),
    ("megahertz", MHZ),
    ("gigahertz", GHZ),
    ("decimetre", DM),
    ("decimeter", DM),
    ("dm", DM),
    ("microgram", MICROGRAM),
    ("microgramme", MICROGRAM),
    ("mcg", MICROGRAM),
    ("µg", MICROGRAM),
    ("μg", MICROGRAM),
    ("bit", BIT),
    ("kmph", KMH),
    ("kmh", KMH),
    ("pound", POUND),
    ("pounds", POUND),
    ("millimetre", MM),
    ("millimeter", MM),
    ("mm", MM),
    ("centimetre", CM),
    ("centimeter", CM),
    ("cm", CM),
    ("metre", METRE),
    ("meter", METRE),
    ("kilometre", KM),
    ("kilometer", KM),
    ("km", KM),
    ("kms", KM),
    ("inch", INCH),
    ("inches", INCH),
    ("foot", FOOT),
    ("feet", FOOT),
    ("ft", FOOT),
    ("yard", YARD),
    ("yd", YARD),
    ("mile", MILE),
    ("mi", MILE),
    ("hectare", HECTARE),
    ("ha", HECTARE),
    ("acre", ACRE),
    ("millilitre", ML),
    ("milliliter", ML),
    ("ml", ML),
    ("litre", LITRE),
    ("liter", LITRE),
    ("gallon", GALLON),
    ("gal", GALLON),
    ("barrel", BARREL),
    ("bbl", BARREL),
    ("milligram", MG),
    ("milligramme", MG),
    ("mg", MG),
    ("gram", GRAM),
    ("gramme", GRAM),
    ("kilogram", KG),
    ("kilogramme", KG),
    ("kg", KG),
    ("kilo", KG),
    ("kgs", KG),
    ("tonne", TONNE),
    ("ton", TON),
    ("tons", TON),
    ("lb", POUND),
    ("lbs", POUND),
    ("ounce", OUNCE),
    ("oz", OUNCE),
    ("celsius", CELSIUS),
    ("centigrade", CELSIUS),
    ("fahrenheit", FAHRENHEIT),
    ("kelvin", KELVIN),
    ("celcius", CELSIUS),
    ("centigrate", CELSIUS),
    ("farenheit", FAHRENHEIT),
    ("fahrenheight", FAHRENHEIT),
    ("yo", YEAR),
    ("deg", DEGREE),
    ("kph", KMH),
    ("mph", MPH),
    ("knot", KNOT),
    ("second", SECOND),
    ("sec", SECOND),
    ("secs", SECOND),
    ("minute", MINUTE),
    ("min", MINUTE),
    ("mins", MINUTE),
    ("hour", HOUR),
    ("hr", HOUR),
    ("hrs", HOUR),
    ("day", DAY),
    ("week", WEEK),
    ("month", MONTH),
    ("year", YEAR),
    ("yr", YEAR),
    ("yrs", YEAR),
    ("decade", DECADE),
    ("century", CENTURY),
    ("centuries", CENTURY),
    ("watt", WATT),
    ("kilowatt", KW),
    ("megawatt", MW),
    ("gigawatt", GW),
    ("byte", BYTE),
    ("kilobyte", KB),
    ("megabyte", MB),
    ("gigabyte", GB),
    ("terabyte", TB),
    ("exabyte", EXABYTE),
];

/// Abbreviations whose case carries meaning (`MW` is not `mw`), and which
/// are never taken from ordinary words.
pub const CASED_UNITS: &[(&str, UnitDef)] = &[
    ("m", METRE),
    ("g", GRAM),
    ("t", TONNE),
    ("l", LITRE),
    ("L", LITRE),
    ("kWh", KWH),
    ("MWh", MWH),
    ("GWh", GWH),
    ("TWh", TWH),
    ("W", WATT),
    ("kW", KW),
    ("MW", MW),
    ("GW", GW),
    ("KB", KB),
    ("MB", MB),
    ("GB", GB),
    ("TB", TB),
    ("EB", EXABYTE),
    ("K", KELVIN),
    ("Wh", WH),
    ("eV", EV),
    ("keV", KEV),
    ("MeV", MEV),
    ("GeV", GEV),
    ("TeV", TEV),
    ("Hz", HZ),
    ("kHz", KHZ),
    ("MHz", MHZ),
    ("GHz", GHZ),
];

/// Two- and three-word units, matched word by word.
pub const UNIT_PHRASES: &[(&[&str], UnitDef)] = &[
    (&["square", "kilometre"], SQ_KM),
    (&["square", "kilometer"], SQ_KM),
    (&["sq", "km"], SQ_KM),
    (&["square", "metre"], SQ_M),
    (&["square", "meter"], SQ_M),
    (&["sq", "m"], SQ_M),
    (&["square", "mile"], SQ_MI),
    (&["sq", "mi"], SQ_MI),
    (&["square", "foot"], SQ_FT),
    (&["square", "feet"], SQ_FT),
    (&["sq", "ft"], SQ_FT),
    (&["cubic", "metre"], CUBIC_M),
    (&["cubic", "meter"], CUBIC_M),
    (&["nautical", "mile"], NAUTICAL_MILE),
    (&["metric", "ton"], TONNE),
    (&["metric", "tonne"], TONNE),
    (&["cubic", "foot"], CUBIC_FT),
    (&["cubic", "feet"], CUBIC_FT),
    (&["cubic", "kilometre"], CUBIC_KM),
    (&["cubic", "kilometer"], CUBIC_KM),
    (&["km", "cubed"], CUBIC_KM),
    (&["km", "squared"], SQ_KM),
    (&["kilometres", "squared"], SQ_KM),
    (&["square", "kilometres"], SQ_KM),
    (&["km", "per", "hr"], KMH),
    (&["degrees", "celsius"], CELSIUS),
    (&["degree", "celsius"], CELSIUS),
    (&["degrees", "centigrade"], CELSIUS),
    (&["degrees", "fahrenheit"], FAHRENHEIT),
    (&["degree", "fahrenheit"], FAHRENHEIT),
    (&["degrees", "c"], CELSIUS),
    (&["degrees", "f"], FAHRENHEIT),
    (&["degrees", "farenheit"], FAHRENHEIT),
    (&["degrees", "celcius"], CELSIUS),
    (&["deg", "celsius"], CELSIUS),
    (&["deg", "c"], CELSIUS),
    (&["deg", "fahrenheit"], FAHRENHEIT),
    (&["deg", "f"], FAHRENHEIT),
    (&["y", ".", "o", "."], YEAR),
    (&["miles", "per", "hour"], MPH),
    (&["miles", "an", "hour"], MPH),
    (&["mile", "per", "hour"], MPH),
    (&["kilometres", "per", "hour"], KMH),
    (&["kilometers", "per", "hour"], KMH),
    (&["kilometres", "an", "hour"], KMH),
    (&["kilometers", "an", "hour"], KMH),
    (&["km", "per", "hour"], KMH),
    (&["metres", "per", "second"], MPS),
    (&["meters", "per", "second"], MPS),
];

/// Scale words and suffixes after a number: `million`, `bn`, `k`.
pub const SCALE_WORDS: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("hundreds", 1e2),
    ("thousand", 1e3),
    ("thousands", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("mil", 1e6),
    ("mio", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("bil", 1e9),
    ("trillion", 1e12),
    ("trillions", 1e12),
    ("tn", 1e12),
    ("trn", 1e12),
    ("tln", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("lac", 1e5),
    ("lacs", 1e5),
    ("lkh", 1e5),
    ("lkhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
    ("cr", 1e7),
    ("koti", 1e7),
    ("krore", 1e7),
    ("krores", 1e7),
    ("kr", 1e7),
];

/// Suffixes glued to digits whose case decides them: `10k`, `10K`, `3M`,
/// `$4.5m` (but `4.5m` alone is metres), `1MM`.
pub const GLUED_SCALES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("K", 1e3),
    ("M", 1e6),
    ("MM", 1e6),
    ("B", 1e9),
    ("bn", 1e9),
    ("b", 1e9),
    ("tn", 1e12),
    ("trn", 1e12),
    ("mn", 1e6),
    ("mil", 1e6),
    ("mln", 1e6),
    ("bln", 1e9),
    ("tln", 1e12),
];

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

/// Currency names after (or, for a few, before) an amount. `pounds` is
/// money only after `£`-free amounts where no weight reading fits; see the
/// recogniser.
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("buck", "USD"),
    ("bucks", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("€ur", "EUR"),
    ("quid", "GBP"),
    ("sterling", "GBP"),
    ("hryvnia", "UAH"),
    ("hryvnias", "UAH"),
    ("hryvnas", "UAH"),
    ("hryvnya", "UAH"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    ("rs", "INR"),
    ("franc", "CHF"),
    ("francs", "CHF"),
    ("shekel", "ILS"),
    ("shekels", "ILS"),
    ("riyal", "SAR"),
    ("riyals", "SAR"),
    ("rial", "IRR"),
    ("rials", "IRR"),
    ("dinar", "KWD"),
    ("dinars", "KWD"),
    ("dirham", "AED"),
    ("dirhams", "AED"),
    ("ringgit", "MYR"),
    ("ringgits", "MYR"),
    ("rm", "MYR"),
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("lire", "TRY"),
    ("zloty", "PLN"),
    ("zlotys", "PLN"),
    ("zlotych", "PLN"),
    ("rand", "ZAR"),
    ("naira", "NGN"),
    ("peso", "MXN"),
    ("pesos", "MXN"),
    ("real", "BRL"),
    ("reais", "BRL"),
    ("tugrik", "MNT"),
    ("tugriks", "MNT"),
    ("krona", "SEK"),
    ("kronor", "SEK"),
    ("krone", "NOK"),
    ("kroner", "NOK"),
    ("markka", "FIM"),
    ("markkaa", "FIM"),
    ("peseta", "ESP"),
    ("pesetas", "ESP"),
    ("guilder", "NLG"),
    ("guilders", "NLG"),
    ("rmb", "CNY"),
    ("won", "KRW"),
    ("kwacha", "ZMW"),
    ("cedi", "GHS"),
    ("cedis", "GHS"),
    ("birr", "ETB"),
    ("shilling", "KES"),
    ("shillings", "KES"),
    ("bitcoin", "BTC"),
    ("bitcoins", "BTC"),
    ("btc", "BTC"),
    ("le", "EGP"),
    ("egyptianpound", "EGP"),
    ("saudiriyal", "SAR"),
    ("lari", "GEL"),
    ("dram", "AMD"),
    ("drams", "AMD"),
    ("tenge", "KZT"),
    ("manat", "AZN"),
];

/// Fractions of a currency, as a hundredth of it.
pub const MINOR_CURRENCY: &[&str] = &[
    "cent", "cents", "c", "¢", "penny", "pennies", "pence", "p", "sen", "sens", "kopeck", "kopecks", "kopiyka",
    "kopiykas", "kopiyok", "paise",
];

/// Words that make a currency name national: `Lebanese pounds`.
pub const CURRENCY_NATIONS: &[(&str, &str)] = &[
    ("kuwaiti", "KWD"),
    ("lebanese", "LBP"),
    ("egyptian", "EGP"),
    ("british", "GBP"),
    ("sterling", "GBP"),
    ("finnish", "FIM"),
    ("dutch", "NLG"),
    ("german", "DEM"),
    ("french", "FRF"),
    ("italian", "ITL"),
    ("spanish", "ESP"),
    ("qatari", "QAR"),
    ("saudi", "SAR"),
    ("malaysian", "MYR"),
    ("malaysia", "MYR"),
    ("canadian", "CAD"),
    ("australian", "AUD"),
    ("hong", "HKD"),
    ("singapore", "SGD"),
    ("new", "TWD"),
    ("mexican", "MXN"),
    ("swiss", "CHF"),
    ("jordanian", "JOD"),
    ("bahraini", "BHD"),
    ("iraqi", "IQD"),
    ("libyan", "LYD"),
    ("tunisian", "TND"),
    ("algerian", "DZD"),
    ("moroccan", "MAD"),
    ("emirati", "AED"),
    ("uae", "AED"),
    ("zimbabwe", "ZWL"),
    ("us", "USD"),
    ("american", "USD"),
    ("indian", "INR"),
    ("pakistani", "PKR"),
    ("russian", "RUB"),
    ("ukrainian", "UAH"),
    ("turkish", "TRY"),
    ("japanese", "JPY"),
    ("chinese", "CNY"),
    ("brazilian", "BRL"),
    ("south", "ZAR"),
    ("nigerian", "NGN"),
    ("omani", "OMR"),
    ("yemeni", "YER"),
    ("iranian", "IRR"),
    ("syrian", "SYP"),
    ("sudanese", "SDG"),
];

/// Hedges before a number that loosen it symmetrically.
pub const HEDGES_ABOUT: &[&[&str]] = &[
    &["about"],
    &["around"],
    &["roughly"],
    &["approximately"],
    &["approx"],
    &["some"],
    &["circa"],
    &["ca"],
    &["an", "estimated"],
    &["estimated"],
    &["close", "to"],
    &["in", "the", "region", "of"],
    &["somewhere", "around"],
    &["somewhere", "between"],
    &["an", "approximate"],
    &["approximately"],
    &["more", "or", "less"],
    &["around", "about"],
    &["something", "like"],
    &["on", "the", "order", "of"],
    &["aproximately"],
];

/// Hedges that put the value at or just below the number.
pub const HEDGES_NEARLY: &[&[&str]] = &[
    &["nearly"],
    &["almost"],
    &["just", "under"],
    &["just", "below"],
    &["just", "shy", "of"],
    &["not", "quite"],
    &["close", "on"],
    &["approaching"],
];

/// Hedges that put the value just above the number.
pub const HEDGES_JUST_OVER: &[&[&str]] = &[
    &["just", "over"],
    &["just", "above"],
    &["just", "more", "than"],
    &["a", "little", "over"],
    &["a", "little", "more", "than"],
    &["slightly", "more", "than"],
    &["slightly", "over"],
];

/// Bounds before a number. Longer phrases first where one begins another.
pub const BOUNDS_BEFORE: &[(&[&str], super::Bound)] = {
    use super::Bound::*;
    &[
        (&["equal", "to", "or", "more", "than"], AtLeast),
        (&["equal", "to", "or", "greater", "than"], AtLeast),
        (&["equal", "to", "or", "less", "than"], AtMost),
        (&["equal", "to", "or", "fewer", "than"], AtMost),
        (&["greater", "than", "or", "equal", "to"], AtLeast),
        (&["more", "than", "or", "equal", "to"], AtLeast),
        (&["less", "than", "or", "equal", "to"], AtMost),
        (&["fewer", "than", "or", "equal", "to"], AtMost),
        (&["less", "or", "equal", "than"], AtMost),
        (&["fewer", "or", "equal", "than"], AtMost),
        (&["lower", "or", "equal", "than"], AtMost),
        (&["smaller", "or", "equal", "than"], AtMost),
        (&["more", "or", "equal", "than"], AtLeast),
        (&["greater", "or", "equal", "than"], AtLeast),
        (&["bigger", "or", "equal", "than"], AtLeast),
        (&["larger", "or", "equal", "than"], AtLeast),
        (&["higher", "or", "equal", "than"], AtLeast),
        (&["at", "least", "or", "equal", "to"], AtLeast),
        (&["at", "most", "or", "equal", "to"], AtMost),
        (&["exceeding"], MoreThan),
        (&["exceeds"], MoreThan),
        (&["exceeded"], MoreThan),
        (&["exceed"], MoreThan),
        (&["surpassing"], MoreThan),
        (&["surpasses"], MoreThan),
        (&["surpassed"], MoreThan),
        (&["surpass"], MoreThan),
        (&["no", "more", "than"], AtMost),
        (&["not", "more", "than"], AtMost),
        (&["no", "greater", "than"], AtMost),
        (&["no", "less", "than"], AtLeast),
        (&["no", "fewer", "than"], AtLeast),
        (&["not", "less", "than"], AtLeast),
        (&["at", "least"], AtLeast),
        (&["a", "minimum", "of"], AtLeast),
        (&["at", "a", "minimum"], AtLeast),
        (&["at", "most"], AtMost),
        (&["a", "maximum", "of"], AtMost),
        (&["at", "the", "most"], AtMost),
        (&["more", "than"], MoreThan),
        (&["greater", "than"], MoreThan),
        (&["larger", "than"], MoreThan),
        (&["bigger", "than"], MoreThan),
        (&["higher", "than"], MoreThan),
        (&["in", "excess", "of"], MoreThan),
        (&["upwards", "of"], MoreThan),
        (&["upward", "of"], MoreThan),
        (&["well", "over"], MoreThan),
        (&["over"], MoreThan),
        (&["above"], MoreThan),
        (&["beyond"], MoreThan),
        (&["fewer", "than"], LessThan),
        (&["less", "than"], LessThan),
        (&["lower", "than"], LessThan),
        (&["smaller", "than"], LessThan),
        (&["under"], LessThan),
        (&["below"], LessThan),
        (&["well", "under"], LessThan),
        (&["well", "below"], LessThan),
        (&["up", "to"], AtMost),
        (&["as", "many", "as"], AtMost),
        (&["as", "much", "as"], AtMost),
        (&["as", "few", "as"], AtLeast),
        (&["as", "little", "as"], AtLeast),
    ]
};

/// Bounds after a number: `20 or more`.
pub const BOUNDS_AFTER: &[(&[&str], super::Bound)] = {
    use super::Bound::*;
    &[
        (&["or", "more"], AtLeast),
        (&["or", "greater"], AtLeast),
        (&["or", "higher"], AtLeast),
        (&["or", "above"], AtLeast),
        (&["or", "over"], AtLeast),
        (&["plus"], AtLeast),
        (&["or", "less"], AtMost),
        (&["or", "fewer"], AtMost),
        (&["or", "lower"], AtMost),
        (&["or", "below"], AtMost),
        (&["or", "under"], AtMost),
        (&["and", "above"], AtLeast),
        (&["and", "over"], AtLeast),
        (&["and", "up"], AtLeast),
        (&["and", "more"], AtLeast),
        (&["and", "below"], AtMost),
        (&["and", "under"], AtMost),
        (&["and", "less"], AtMost),
    ]
};

/// Months, for dates. `may` and `march` only count as months when
/// capitalised or followed by a day.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Capitalised words that name the number after them rather than count with
/// it: `Route 66`, `Article 5`, `Boeing 737`. Matched case-insensitively
/// except where the word is an ordinary English word, which must be
/// capitalised to count (`Section 230`, but "a section 2 metres wide").
pub const LABELS: &[&str] = &[
    "route",
    "article",
    "section",
    "chapter",
    "flight",
    "resolution",
    "room",
    "gate",
    "platform",
    "highway",
    "interstate",
    "apollo",
    "windows",
    "iphone",
    "boeing",
    "airbus",
    "model",
    "version",
    "level",
    "phase",
    "stage",
    "paragraph",
    "clause",
    "amendment",
    "rule",
    "bill",
    "proposition",
    "prop",
    "regulation",
    "directive",
    "title",
    "figure",
    "fig",
    "table",
    "page",
    "pages",
    "no",
    "nos",
    "nr",
    "nrs",
    "number",
    "channel",
    "track",
    "episode",
    "season",
    "volume",
    "vol",
    "issue",
    "line",
    "bus",
    "lot",
    "pier",
    "terminal",
    "runway",
    "sector",
    "district",
    "ward",
    "zone",
    "precinct",
    "brigade",
    "regiment",
    "squadron",
    "corps",
    "camp",
    "base",
    "hangar",
    "reactor",
    "unit",
    "gen",
    "mark",
    "mk",
    "type",
    "class",
    "formula",
    "playstation",
    "xbox",
    "galaxy",
    "pixel",
    "ios",
    "android",
    "python",
    "web",
    "block",
    "building",
    "tower",
    "plot",
    "suite",
    "apartment",
    "apt",
    "flat",
    "exercise",
    "exercises",
    "item",
    "step",
    "part",
    "act",
    "scene",
    "verse",
    "psalm",
    "psalms",
    "luke",
    "john",
    "matthew",
    "mark",
    "genesis",
    "exodus",
    "album",
    "opus",
    "op",
    "symphony",
    "no.",
    "cell",
    "ward",
    "bay",
    "dock",
    "berth",
    "exit",
    "junction",
    "road",
    "street",
    "avenue",
    "lane",
    "hwy",
    "route",
    "code",
    "cve",
    "ticket",
    "case",
    "docket",
    "patent",
    "pc",
    "ps",
    "ww",
    "vision",
    "agenda",
    "operation",
    "project",
    "launch",
    "mission",
    "embraer",
    "cessna",
    "antonov",
    "ilyushin",
    "tupolev",
    "sukhoi",
    "bombardier",
    "soyuz",
    "falcon",
    "ariane",
    "kosmos",
    "cosmos",
    "sputnik",
    "voyager",
    "pioneer",
    "juno",
];

/// Label words that are ordinary English: a label only when capitalised.
pub const LABELS_NEED_CAPITAL: &[&str] = &[
    "section",
    "chapter",
    "room",
    "gate",
    "platform",
    "model",
    "version",
    "level",
    "phase",
    "stage",
    "rule",
    "bill",
    "title",
    "figure",
    "table",
    "number",
    "channel",
    "track",
    "season",
    "volume",
    "issue",
    "line",
    "bus",
    "lot",
    "sector",
    "district",
    "zone",
    "camp",
    "base",
    "unit",
    "mark",
    "type",
    "class",
    "block",
    "building",
    "tower",
    "plot",
    "suite",
    "apartment",
    "flat",
    "item",
    "step",
    "part",
    "act",
    "scene",
    "cell",
    "bay",
    "dock",
    "exit",
    "road",
    "street",
    "code",
    "ticket",
    "case",
    "vision",
    "agenda",
    "operation",
    "project",
    "launch",
    "mission",
    "galaxy",
    "pixel",
    "python",
    "web",
    "article",
    "flight",
    "exercise",
    "exercises",
    "no",
    "episode",
    "junction",
    "formula",
    "ward",
    "resolution",
    "regulation",
    "falcon",
    "juno",
];

/// Words before `one` that make it a pronoun: "the one", "which one".
pub const ONE_PRONOUN_BEFORE: &[&str] = &[
    "the", "that", "this", "which", "each", "every", "any", "no", "another", "little", "loved", "only", "last",
    "right", "wrong", "big", "same", "other", "such", "anyone", "someone",
];

/// Words after `one` that make it a pronoun: "one who", "one another".
pub const ONE_PRONOUN_AFTER: &[&str] =
    &["who", "whom", "whose", "another", "must", "should", "can", "could", "would", "might", "may", "ought", "needs"];

/// Verbs and adverbs of change before "from A to B": a change, not a range.
pub const CHANGE_WORDS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "increased",
    "increase",
    "increases",
    "increasing",
    "decreased",
    "decrease",
    "decreases",
    "decreasing",
    "grew",
    "grow",
    "grows",
    "grown",
    "growing",
    "dropped",
    "drop",
    "drops",
    "dropping",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "declined",
    "decline",
    "declines",
    "slipped",
    "soared",
    "surged",
    "plunged",
    "plummeted",
    "slumped",
    "up",
    "down",
    "cut",
    "cuts",
    "raised",
    "raise",
    "lowered",
    "reduced",
    "reduce",
    "went",
    "gone",
    "go",
    "goes",
    "changed",
    "change",
    "moved",
    "revised",
    "boosted",
    "doubled",
    "tripled",
    "halved",
    "widened",
    "narrowed",
    "shrank",
    "shrunk",
    "expanded",
    "edged",
    "inched",
    "tumbled",
    "slid",
    "sank",
    "spiked",
    "leapt",
    "leaped",
    "rebounded",
    "recovered",
    "gained",
    "added",
    "lifted",
    "hiked",
    "trimmed",
    "swelled",
    "ballooned",
    "dipped",
    "eased",
    "advanced",
    "retreated",
    "upgraded",
    "downgraded",
    "adjusted",
    "compared",
    "versus",
    "climbing",
    "jumping",
    "soaring",
    "surging",
    "plunging",
    "sliding",
    "declining",
    "slipping",
    "tumbling",
    "dipping",
    "shrinking",
    "swelling",
    "expanding",
    "widening",
    "narrowing",
    "cutting",
    "raising",
    "lowering",
    "reducing",
    "boosting",
    "moving",
    "changing",
    "increases",
];

/// What a rate can be counted per, after `per`, `a`, `an` or `/`:
/// `$15 an hour`, `3 km per day`, `50 cents a share`.
pub const RATE_DENOMINATORS: &[(&str, &str)] = &[
    ("hour", "hour"),
    ("hours", "hour"),
    ("hr", "hour"),
    ("h", "hour"),
    ("day", "day"),
    ("days", "day"),
    ("night", "night"),
    ("week", "week"),
    ("month", "month"),
    ("year", "year"),
    ("yr", "year"),
    ("annum", "year"),
    ("minute", "minute"),
    ("min", "minute"),
    ("second", "second"),
    ("sec", "second"),
    ("s", "second"),
    ("ms", "millisecond"),
    ("millisecond", "millisecond"),
    ("kg", "kg"),
    ("kilogram", "kg"),
    ("tonne", "tonne"),
    ("ton", "ton"),
    ("barrel", "barrel"),
    ("share", "share"),
    ("person", "person"),
    ("head", "head"),
    ("capita", "capita"),
    ("litre", "litre"),
    ("liter", "litre"),
    ("gallon", "gallon"),
    ("mile", "mile"),
    ("km", "km"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("unit", "unit"),
    ("m", "m"),
    ("metre", "m"),
    ("meter", "m"),
    ("sq", "sq"),
    ("pound", "lb"),
    ("lb", "lb"),
    ("ounce", "oz"),
    ("oz", "oz"),
    ("dose", "dose"),
    ("vote", "vote"),
];

/// Words that can begin a figure: every first word of the phrases above,
/// number words, months, labels and currency names. The recogniser skips
/// any other word at once, which keeps ordinary prose cheap to scan.
pub fn can_start_figure(w: &str) -> bool {
    indexes().starts.contains(w)
}

fn starting_words() -> WordIndex {
    let mut set: Vec<&'static str> = Vec::new();
    let phrases = HEDGES_ABOUT.iter().chain(HEDGES_NEARLY).chain(HEDGES_JUST_OVER).map(|p| p[0]);
    set.extend(phrases);
    set.extend(BOUNDS_BEFORE.iter().map(|(p, _)| p[0]));
    set.extend(MONTHS);
    set.extend(LABELS);
    set.extend(CURRENCY_WORDS.iter().map(|(w, _)| *w));
    set.extend(CURRENCY_NATIONS.iter().map(|(w, _)| *w));
    set.extend(SCALE_WORDS.iter().map(|(w, _)| *w));
    set.extend(NUMBER_WORDS);
    set.extend([
        "a",
        "an",
        "minus",
        "negative",
        "point",
        "few",
        "single",
        "tens",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "equal",
        "equals",
        "equaling",
        "equalling",
        "between",
        "from",
        "percent",
        "percents",
        "per",
        "pct",
        "pc",
        "percentage",
        "http",
        "https",
        "ftp",
        "www",
        "mid",
        "pre",
        "post",
        "early",
        "late",
        "end",
        "fy",
        "age",
        "aged",
        "rs",
        "rm",
        "rp",
        "tk",
        "u",
        "mex",
        "us",
        "hk",
        "c",
        "nz",
        "nt",
    ]);
    WordIndex::new(set)
}

/// Number and fraction words, for [`can_start_figure`].
const NUMBER_WORDS: &[&str] = &[
    "zero",
    "nought",
    "naught",
    "nil",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fourty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "dozen",
    "dz",
    "dzs",
    "doz",
    "dozs",
    "half",
    "halves",
    "quarter",
    "quarters",
    "first",
    "second",
    "third",
    "thirds",
    "fourth",
    "fourths",
    "fifth",
    "fifths",
    "sixth",
    "sixths",
    "seventh",
    "sevenths",
    "eighth",
    "eighths",
    "ninth",
    "ninths",
    "tenth",
    "tenths",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twentieths",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
    "hundredths",
    "thousandth",
    "thousandths",
    "millionth",
    "millionths",
    "billionth",
    "trillionth",
    "trillionths",
];

/// What a phrase before a number says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefix {
    Hedge(super::Approx),
    Bound(super::Bound),
}

/// The hedge and bound phrases that begin with `w`, in the order they are
/// to be tried: hedges with a side first ("just over" before "over"), then
/// longer bounds before the shorter ones they begin.
pub fn prefixes_starting(w: &str) -> &'static [(&'static [&'static str], Prefix)] {
    let (firsts, index) = &indexes().prefixes;
    let Some(from) = firsts.get(w) else {
        return &[];
    };
    let to = from + index[from..].partition_point(|(p, _)| p[0] == w);
    &index[from..to]
}

type Phrases = Vec<(&'static [&'static str], Prefix)>;

fn prefix_phrases() -> (WordIndex, Phrases) {
    let mut all: Phrases = Vec::new();
    let hedges = [
        (HEDGES_JUST_OVER, super::Approx::JustOver),
        (HEDGES_NEARLY, super::Approx::Nearly),
        (HEDGES_ABOUT, super::Approx::About),
    ];
    for (list, approx) in hedges {
        all.extend(list.iter().map(|p| (*p, Prefix::Hedge(approx))));
    }
    all.extend(BOUNDS_BEFORE.iter().map(|(p, b)| (*p, Prefix::Bound(*b))));
    // Stable: phrases that share a first word keep the order above.
    all.sort_by_key(|(p, _)| p[0]);
    let firsts: Vec<&str> = all.iter().map(|(p, _)| p[0]).collect();
    (WordIndex::new(firsts), all)
}

/// A word table behind a [`WordIndex`]: the first entry for each word.
struct Table<V> {
    index: WordIndex,
    values: Vec<V>,
}

impl<V: Copy> Table<V> {
    fn of(table: &[(&'static str, V)]) -> Self {
        let index = WordIndex::new(table.iter().map(|(k, _)| *k).collect());
        Table { index, values: table.iter().map(|(_, v)| *v).collect() }
    }

    fn get(&self, w: &str) -> Option<V> {
        self.index.get(w).map(|i| self.values[i])
    }
}

/// Every word index of the recogniser, built together on first use: one
/// lazy static, not one per list, keeps the Wasm build small.
struct Indexes {
    starts: WordIndex,
    prefixes: (WordIndex, Phrases),
    currency_words: Table<&'static str>,
    currency_nations: Table<&'static str>,
    units: Table<UnitDef>,
    months: WordIndex,
    unit_phrase_firsts: WordIndex,
    labels: WordIndex,
}

fn indexes() -> &'static Indexes {
    static INDEXES: std::sync::OnceLock<Indexes> = std::sync::OnceLock::new();
    INDEXES.get_or_init(|| Indexes {
        starts: starting_words(),
        prefixes: prefix_phrases(),
        currency_words: Table::of(CURRENCY_WORDS),
        currency_nations: Table::of(CURRENCY_NATIONS),
        units: Table::of(UNIT_WORDS),
        months: WordIndex::new(MONTHS.to_vec()),
        unit_phrase_firsts: WordIndex::new(UNIT_PHRASES.iter().map(|(p, _)| p[0]).collect()),
        labels: WordIndex::new(LABELS.to_vec()),
    })
}

/// A currency named in words: `euros` → `EUR`.
pub fn currency_word(w: &str) -> Option<&'static str> {
    indexes().currency_words.get(w)
}

/// A nationality before a currency name: `lebanese` → `LBP`.
pub fn currency_nation(w: &str) -> Option<&'static str> {
    indexes().currency_nations.get(w)
}

/// A one-word unit, singular or listed plural.
pub fn unit_named(w: &str) -> Option<UnitDef> {
    indexes().units.get(w)
}

/// A month's name or its short form.
pub fn is_month(w: &str) -> bool {
    indexes().months.contains(w)
}

/// Whether a phrase of [`UNIT_PHRASES`] may begin with `w`: its first word,
/// or that word's plural (the matcher takes either), or `km`.
pub fn may_start_unit_phrase(w: &str) -> bool {
    let firsts = &indexes().unit_phrase_firsts;
    firsts.contains(w) || w.strip_suffix('s').is_some_and(|w| firsts.contains(w)) || w == "km"
}

/// A label word before a code: `route`, `article`.
pub fn is_label(w: &str) -> bool {
    indexes().labels.contains(w)
}

/// An ISO 4217 code, upper case. The list is short and kept sorted.
pub fn iso_code(w: &str) -> Option<&'static str> {
    ISO_CODES.iter().find(|c| **c == w).copied()
}
