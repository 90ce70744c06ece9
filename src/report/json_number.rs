//! A finite `f64` as JSON number text that reads back as exactly the same
//! `f64`, for the Wasm build's report.
//!
//! serde_json writes floats with zmij, a shortest-digits printer that costs
//! the .wasm about 1.5 KB gzipped. The report's numbers are figures read
//! from news copy ("1.4", "145", "0.05") and the bounds their precision
//! allows, so nearly all of them are a whole number of hundredths or
//! thousandths: those are written with the fewest decimals that read back
//! as the same `f64`. Any other (a bound such as 1.4 − 0.05, which is not
//! 1.35 in binary) is written as its exact decimal expansion, which any
//! correct reader, `JSON.parse` among them, turns back into the same `f64`.
//! Longer text, same number: the JavaScript API hands out numbers, never
//! this text. The native CLI keeps serde_json's own printer.

use std::io;

/// 2^53: every integer below it is exact in an `f64`.
const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0;

/// A serde_json formatter that writes floats with [`text`].
pub struct ExactFloats;

impl serde_json::ser::Formatter for ExactFloats {
    fn write_f64<W: ?Sized + io::Write>(&mut self, out: &mut W, value: f64) -> io::Result<()> {
        out.write_all(text(value).as_bytes())
    }
}

/// JSON text of a finite `value` (serde_json writes `null` for the others
/// before it calls the formatter).
pub fn text(value: f64) -> String {
    let (mut digits, places) = short_decimal(value).unwrap_or_else(|| exact_decimal(value));
    while digits.len() <= places {
        digits.push(0);
    }
    while digits.len() > places + 1 && digits.last() == Some(&0) {
        digits.pop();
    }
    let first_kept = digits.iter().take(places).take_while(|&&d| d == 0).count();
    let mut out = String::new();
    if value < 0.0 && digits.iter().any(|&d| d > 0) {
        out.push('-');
    }
    for i in (first_kept..digits.len()).rev() {
        out.push(char::from(b'0' + digits[i]));
        if i == places && first_kept < places {
            out.push('.');
        }
    }
    out
}

/// Decimal digits, least significant first, and how many of them come
/// after the point.
type Digits = (Vec<u8>, usize);

/// `value` as an integer over a power of ten (at most 17 decimals), when
/// that quotient, computed in `f64`, is `value` itself: then the decimal
/// text reads back as `value`, since a correct reader rounds the exact
/// quotient to the nearest `f64`, as IEEE division does.
fn short_decimal(value: f64) -> Option<Digits> {
    let mut scale = 1.0;
    for places in 0..=17 {
        let scaled = (value * scale).round();
        // (Never NaN: a finite value times a power of ten is at worst infinite.)
        if scaled.abs() >= EXACT_INTEGERS {
            return None;
        }
        if scaled / scale == value {
            return Some((digits_of(scaled.abs() as u64), places));
        }
        scale *= 10.0;
    }
    None
}

/// The exact decimal expansion of a finite `value`: its significand times
/// 2^exponent is an integer times 5^-exponent over 10^-exponent when the
/// exponent is negative, an integer otherwise.
fn exact_decimal(value: f64) -> Digits {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (significand, exponent) = match biased {
        0 => (fraction, -1074),
        _ => (fraction | 1 << 52, biased - 1075),
    };
    let mut digits = digits_of(significand);
    let factor = if exponent < 0 { 5 } else { 2 };
    for _ in 0..exponent.unsigned_abs() {
        let mut carry = 0;
        for digit in digits.iter_mut() {
            let product = *digit * factor + carry;
            *digit = product % 10;
            carry = product / 10;
        }
        if carry > 0 {
            digits.push(carry);
        }
    }
    (digits, if exponent < 0 { exponent.unsigned_abs() as usize } else { 0 })
}

/// The decimal digits of `n`, least significant first.
fn digits_of(mut n: u64) -> Vec<u8> {
    let mut digits = Vec::new();
    while n > 0 {
        digits.push((n % 10) as u8);
        n /= 10;
    }
    digits
}

#[cfg(test)]
mod tests {
    use super::text;
    use proptest::prelude::*;

    #[test]
    fn figures_of_news_copy_are_written_as_they_read() {
        for (value, written) in [
            (145.0, "145"),
            (1.4, "1.4"),
            (0.05, "0.05"),
            (-2.5, "-2.5"),
            (12_345.678, "12345.678"),
            (0.0, "0"),
            (1e15, "1000000000000000"),
        ] {
            assert_eq!(text(value), written);
        }
    }

    #[test]
    fn a_bound_that_is_no_short_decimal_is_written_exactly() {
        let bound = 1.4 - 0.05;
        let written = text(bound);
        assert_ne!(written, "1.35");
        assert!(written.starts_with("1.34999"), "{written}");
        assert_eq!(written.parse::<f64>().unwrap(), bound);
    }

    #[test]
    fn absurd_magnitudes_are_written_in_full() {
        for value in [f64::MAX, f64::MIN_POSITIVE, 5e-324, -1e300, 2f64.powi(80)] {
            assert_eq!(text(value).parse::<f64>().unwrap(), value);
        }
        assert_eq!(text(2f64.powi(80)), "1208925819614629174706176");
    }

    proptest! {
        #[test]
        fn every_finite_float_reads_back_as_itself(bits in any::<u64>()) {
            let value = f64::from_bits(bits);
            prop_assume!(value.is_finite());
            let written = text(value);
            prop_assert!(!written.contains('e'), "{written}");
            prop_assert_eq!(written.parse::<f64>().unwrap().to_bits(), value.to_bits() & if value == 0.0 { 0 } else { u64::MAX });
        }
    }
}
