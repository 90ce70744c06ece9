//! Numbers and figures as a finding's message writes them.

use crate::figures::Interval;
use crate::mentions::Doc;

/// The figure's text as written, with its hedge ("about 150").
pub(crate) fn text<'t>(doc: &Doc<'t>, figure: usize) -> &'t str {
    let f = &doc.figures[figure];
    let span = match f.hedge {
        Some(h)
            if h.end <= f.span.start && doc.text.get(h.end..f.span.start).is_some_and(|gap| gap.trim().is_empty()) =>
        {
            h.cover(f.span)
        }
        _ => f.span,
    };
    span.of(doc.text)
}

/// A number rounded to four significant digits, for derived values.
pub(crate) fn fmt_sig(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return fmt(v);
    }
    let digits = v.abs().log10().floor() as i32;
    let scale = 10f64.powi(digits - 3);
    fmt((v / scale).round() * scale)
}

/// A number for a message: thousands separated, at most two decimals.
pub(crate) fn fmt(v: f64) -> String {
    if !v.is_finite() {
        return if v > 0.0 { "∞".into() } else { "-∞".into() };
    }
    let rounded = (v * 100.0).round() / 100.0;
    let neg = rounded < 0.0;
    let abs = rounded.abs();
    // Beyond 10^18 a reader needs the magnitude, not the digits (and u64
    // keeps 128-bit division out of the Wasm build).
    if abs >= 1e18 {
        let exp = abs.log10().floor() as i32;
        let mantissa = fmt(abs / 10f64.powi(exp));
        return format!("{}{mantissa}×10^{exp}", if neg { "-" } else { "" });
    }
    let whole = abs.trunc() as u64;
    let frac = ((abs - abs.trunc()) * 100.0).round() as u64;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let mut s = if neg { format!("-{grouped}") } else { grouped };
    if frac > 0 {
        let f = format!("{frac:02}");
        s.push('.');
        s.push_str(f.trim_end_matches('0'));
    }
    s
}

/// An interval for a message: "143" or "48.5–49.5".
pub(crate) fn fmt_interval(iv: &Interval) -> String {
    if (iv.hi - iv.lo).abs() < 1e-9 * iv.lo.abs().max(1.0) {
        fmt(iv.lo)
    } else if iv.hi.is_infinite() {
        format!("more than {}", fmt(iv.lo))
    } else {
        format!("{}–{}", fmt(iv.lo), fmt(iv.hi))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_are_written_as_a_reader_writes_them() {
        assert_eq!(super::fmt(1234567.0), "1,234,567");
        assert_eq!(super::fmt(-48.975), "-48.98");
        assert_eq!(super::fmt(0.5), "0.5");
        assert_eq!(super::fmt(f64::INFINITY), "∞");
        // Past 10^18 the magnitude, not a string of digits.
        assert_eq!(super::fmt(2.5e20), "2.5×10^20");
    }
}
