//! Decimal numbers read from their digits: `1,234.5` once the recogniser has
//! taken its separators out, `0.25`, a scale's `1e6`.
//!
//! Why not `str::parse::<f64>`: the standard parser carries a table of 650
//! 128-bit powers of five (10.4 KB that gzip cannot shrink) and the code to
//! use it, about 12 KB of the gzipped Wasm for numbers that news never
//! writes. News figures have at most fifteen significant digits and small
//! exponents, and there the reading below is exact: the digits as an integer
//! below 2^53 and a power of ten up to 10^22 are both exact doubles, so one
//! multiplication or division rounds once, to the same double the standard
//! parser gives (Clinger's fast path). Beyond that (twenty-digit strings,
//! `1e300`) the value is within a few units in the last place, which no
//! check can tell from exact: every figure carries a rounding far wider.

/// Powers of ten a double holds exactly.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// The largest integer below which every integer is an exact double.
const EXACT_INTEGERS: u64 = 1 << 53;

/// The value of `digits`: ASCII digits with at most one decimal point and
/// at least one digit, then an optional exponent (`e` or `E`, an optional
/// sign, digits). No sign, no separators, no spaces: `None` for anything
/// else, as for the empty string.
pub fn parse_decimal(digits: &str) -> Option<f64> {
    let bytes = digits.as_bytes();
    let mantissa_end = bytes.iter().position(|b| matches!(b, b'e' | b'E')).unwrap_or(bytes.len());
    let (mantissa, mut exponent) = read_mantissa(&bytes[..mantissa_end])?;
    if mantissa_end < bytes.len() {
        exponent = exponent.saturating_add(read_exponent(&bytes[mantissa_end + 1..])?);
    }
    Some(scale(mantissa, exponent))
}

/// Digits with at most one point, as an integer and the power of ten it is
/// to be multiplied by. Digits past the nineteenth add nothing to the
/// integer (it would overflow): those before the point raise the power.
fn read_mantissa(bytes: &[u8]) -> Option<(u64, i32)> {
    let (mut mantissa, mut exponent) = (0u64, 0i32);
    let (mut after_point, mut any_digit) = (false, false);
    for &b in bytes {
        match b {
            b'0'..=b'9' => {
                any_digit = true;
                if mantissa < u64::MAX / 10 - 9 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    exponent -= i32::from(after_point);
                } else if !after_point {
                    exponent = exponent.saturating_add(1);
                }
            }
            b'.' if !after_point => after_point = true,
            _ => return None,
        }
    }
    any_digit.then_some((mantissa, exponent))
}

/// An exponent's optional sign and digits, held to a range wide enough to
/// take any double to zero or infinity.
fn read_exponent(bytes: &[u8]) -> Option<i32> {
    let (negative, digits) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        Some(b'+') => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let magnitude = digits.iter().fold(0i32, |n, &d| (n * 10 + i32::from(d - b'0')).min(100_000));
    Some(if negative { -magnitude } else { magnitude })
}

/// `mantissa × 10^exponent`, rounded once where both are exact.
fn scale(mantissa: u64, exponent: i32) -> f64 {
    let value = mantissa as f64;
    if mantissa == 0 {
        return 0.0;
    }
    let power = exponent.unsigned_abs() as usize;
    if mantissa < EXACT_INTEGERS && power < EXACT_POWERS.len() {
        return if exponent < 0 { value / EXACT_POWERS[power] } else { value * EXACT_POWERS[power] };
    }
    // Past the exact range: two steps keep a huge mantissa with a small
    // negative exponent (`0.` and thirty digits) from passing through
    // infinity or zero on the way.
    let exponent = exponent.clamp(-700, 700);
    let half = exponent / 2;
    value * 10f64.powi(half) * 10f64.powi(exponent - half)
}

/// `x % m` for the whole numbers a news figure holds (below 2^53), exact
/// for them, without the float remainder routine, which would bring 128-bit
/// division into the Wasm (about 1.9 KB).
pub fn rem(x: f64, m: f64) -> f64 {
    x - (x / m).floor() * m
}

#[cfg(test)]
mod tests {
    use super::{parse_decimal, rem};
    use proptest::prelude::*;

    #[test]
    fn reads_the_forms_figures_take() {
        assert_eq!(parse_decimal("145"), Some(145.0));
        assert_eq!(parse_decimal("1.4"), Some(1.4));
        assert_eq!(parse_decimal("0.25"), Some(0.25));
        assert_eq!(parse_decimal("16321.07"), Some(16321.07));
        assert_eq!(parse_decimal("5."), Some(5.0));
        assert_eq!(parse_decimal("1e6"), Some(1e6));
        assert_eq!(parse_decimal("1E12"), Some(1e12));
        assert_eq!(parse_decimal("2.5e-3"), Some(0.0025));
        assert_eq!(parse_decimal("000"), Some(0.0));
    }

    #[test]
    fn refuses_what_is_not_plain_digits() {
        for text in ["", ".", "e5", "1e", "1e+", "1..2", "1.2.3", "1,234", "-3", "+3", " 3", "inf", "NaN", "1_000", "٣"]
        {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }

    #[test]
    fn absurd_numbers_saturate_without_panicking() {
        assert_eq!(parse_decimal("1e99999999999"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("1e-99999999999"), Some(0.0));
        let long = "9".repeat(5000);
        assert_eq!(parse_decimal(&long), Some(f64::INFINITY));
        let tiny = format!("0.{}1", "0".repeat(5000));
        assert_eq!(parse_decimal(&tiny), Some(0.0));
        let close = |text: &str, expected: f64| {
            let value = parse_decimal(text).unwrap();
            assert!(((value - expected) / expected).abs() < 1e-14, "{text}: {value} against {expected}");
        };
        close(&format!("0.{}", "3".repeat(40)), 1.0 / 3.0);
        close("123456789012345678901234567890", 1.2345678901234568e29);
    }

    proptest! {
        /// Within fifteen significant digits and the exponents news writes,
        /// the reading is the standard parser's, to the bit.
        #[test]
        fn equals_the_standard_parser_on_news_numbers(
            whole in 0u64..1_000_000_000_000_000,
            decimals in 0usize..15,
            exponent in proptest::option::of(-20i32..20),
        ) {
            let digits = whole.to_string();
            let point = digits.len().saturating_sub(decimals);
            let mut text = if decimals == 0 { digits.clone() } else { format!("{}.{}", &digits[..point], &digits[point..]) };
            if text.starts_with('.') {
                text.insert(0, '0');
            }
            if let Some(e) = exponent {
                text.push_str(&format!("e{e}"));
            }
            let expected: f64 = text.parse().unwrap();
            let digit_count = text.bytes().filter(u8::is_ascii_digit).count();
            if digit_count <= 15 && exponent.unwrap_or(0).abs() + decimals as i32 <= 22 {
                prop_assert_eq!(parse_decimal(&text).map(f64::to_bits), Some(expected.to_bits()), "{}", text);
            } else {
                let value = parse_decimal(&text).unwrap();
                prop_assert!(value == expected || ((value - expected) / expected).abs() < 1e-14, "{}: {} against {}", text, value, expected);
            }
        }

        /// On whole numbers below 2^53 and the moduli the checks use, `rem`
        /// is the float remainder exactly.
        #[test]
        fn rem_is_the_remainder_on_whole_numbers(x in 0u64..(1u64 << 53), power in 0u32..16) {
            let m = 10f64.powi(power as i32);
            prop_assert_eq!(rem(x as f64, m), (x as f64) % m, "{} % {}", x, m);
        }
    }
}
