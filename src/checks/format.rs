//! Numbers and figures as a finding's message writes them.

use crate::figures::{Interval, Kind};
use crate::mentions::Doc;
use crate::text::parse_decimal;

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
    let scale = 10f64.powi(magnitude(v) - 3);
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
        let exp = magnitude(abs);
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

/// An interval for a message, the value first and then its tolerance, each
/// written in `measure`: "143", or "about 17.1% (14.5% to 19.8% allowing
/// for rounding)".
pub(crate) fn fmt_interval(doc: &Doc, iv: &Interval, measure: &Measure) -> String {
    if (iv.hi - iv.lo).abs() < 1e-9 * iv.lo.abs().max(1.0) {
        let shown = round_value(iv.lo);
        format!("{}{}", about(iv.lo, shown), write(doc, measure, shown))
    } else if iv.hi.is_infinite() {
        // "at least 16 + 33 + 78" is at least 127, "more than 16 + ..." more than 127.
        format!("{} {}", if iv.lo_open { "more than" } else { "at least" }, write(doc, measure, round_value(iv.lo)))
    } else if iv.lo <= 0.0 && matches!(measure, Measure::Like(f) if doc.figures[*f].bound.is_some()) {
        // "up to 25", "below 600": a bound from nothing up, not "about" its middle.
        format!("up to {}", write(doc, measure, round_value(iv.hi)))
    } else {
        // Enough decimals to tell the value from either end.
        let mid = iv.mid();
        let mut decimals = (2 - magnitude(mid)).clamp(if mid.abs() < 1000.0 { 1 } else { 0 }, 2);
        while decimals < 2
            && (round_to(iv.lo, decimals) == round_to(mid, decimals)
                || round_to(iv.hi, decimals) == round_to(mid, decimals))
        {
            decimals += 1;
        }
        if round_to(iv.lo, decimals) == round_to(iv.hi, decimals) {
            return fmt_interval(doc, &Interval::exact(mid), measure);
        }
        let write = |v: f64| write(doc, measure, round_to(v, decimals));
        format!("about {} ({} to {} allowing for rounding)", write(mid), write(iv.lo), write(iv.hi))
    }
}

/// A derived value for a message, "about" when it had to be rounded
/// ("about 64.4", "143").
pub(crate) fn fmt_value(v: f64) -> String {
    let shown = round_value(v);
    format!("{}{}", about(v, shown), fmt(shown))
}

/// A derived value as a reader writes it: three significant digits, no
/// more than two decimals, whole numbers kept whole (17.105 → 17.1,
/// 1,234.5 → 1,235).
fn round_value(v: f64) -> f64 {
    round_to(v, (2 - magnitude(v)).clamp(0, 2))
}

/// A difference as a reader writes it: one decimal, none from 100 up, two
/// significant digits below 1 (5.07 → 5.1, 25.63 → 25.6, 0.314 → 0.31).
fn round_difference(v: f64) -> f64 {
    round_to(v, (1 - magnitude(v)).clamp(0, 4).max(if v.abs() < 100.0 { 1 } else { 0 }))
}

/// The power of ten of a number's leading digit, `floor(log10(|v|))` (0 for
/// zero and the infinities), by comparing with powers of ten: the Wasm build
/// then needs no logarithm routine.
pub(super) fn magnitude(v: f64) -> i32 {
    let a = v.abs();
    if a == 0.0 || !a.is_finite() {
        return 0;
    }
    let mut e = 0;
    while e < 308 && 10f64.powi(e + 1) <= a {
        e += 1;
    }
    while e > -308 && 10f64.powi(e) > a {
        e -= 1;
    }
    e
}

fn round_to(v: f64, decimals: i32) -> f64 {
    if !v.is_finite() {
        return v;
    }
    let scale = 10f64.powi(decimals);
    (v * scale).round() / scale
}

/// "about " when a value was rounded to be shown.
fn about(value: f64, shown: f64) -> &'static str {
    if (value - shown).abs() <= 1e-9 * value.abs().max(1.0) { "" } else { "about " }
}

/// What a value or a difference is measured in.
pub(crate) enum Measure<'a> {
    /// The units of a figure of the text: its currency, scale or unit ("$3.2
    /// billion" writes 0.3 billion as "$0.3 billion").
    Like(usize),
    /// A percentage.
    Percent,
    /// A bare number followed by this plural noun ("days"), or nothing.
    Plain(&'a str),
}

/// A value written in a measure, already rounded.
fn write(doc: &Doc, measure: &Measure, v: f64) -> String {
    match measure {
        Measure::Percent => format!("{}%", fmt(v)),
        Measure::Plain("") => fmt(v),
        Measure::Plain(noun) if v == 1.0 => format!("1 {}", noun.strip_suffix('s').unwrap_or(noun)),
        Measure::Plain(noun) => format!("{} {noun}", fmt(v)),
        Measure::Like(figure) => fmt_like(doc, *figure, v),
    }
}

/// `v` written like figure `figure` ("$1.91 billion" beside "$2.04
/// billion"), or as a plain number when the figure's is not in digits.
pub(crate) fn fmt_like(doc: &Doc, figure: usize, v: f64) -> String {
    like(doc, figure, v).unwrap_or_else(|| fmt(v))
}

/// `v` in place of a figure's own number, with its currency, scale and
/// unit kept: `None` when the figure's number is not written in digits.
fn like(doc: &Doc, figure: usize, v: f64) -> Option<String> {
    let (start, len, scale) = own_number(doc, figure)?;
    let written = doc.figures[figure].span.of(doc.text);
    // The sign is the value's, written by `fmt`: "-0.47 percent" gives "0.37
    // percent" for a fall of 0.37, never "--0.37".
    let mut prefix = &written[..start];
    if let Some(sign) = prefix.chars().next_back().filter(|c| matches!(c, '-' | '–' | '−')) {
        prefix = &prefix[..prefix.len() - sign.len_utf8()];
    }
    // A bound's words ("more than $", "up to") are the figure's, not the
    // value's: the message says its own "more than" or "up to".
    if doc.figures[figure].bound.is_some() {
        prefix = prefix.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == ' ');
    }
    // "1 point", "3 points": the text's noun agrees with the new number.
    let rest = &written[start + len..];
    let (rest, plural) = match rest.strip_suffix('s').unwrap_or(rest) {
        stem if stem.ends_with("point") => (stem, if v / scale == 1.0 { "" } else { "s" }),
        _ => (rest, ""),
    };
    Some(format!("{prefix}{}{rest}{plural}", fmt(v / scale)))
}

/// The number a figure writes in digits, separators skipped ("$3.2
/// billion": 3.2; "48 210": 48210, a space before a group of three digits
/// being a separator too), with where its digits start in the figure's text
/// and how long they run.
pub(crate) fn written_number(doc: &Doc, figure: usize) -> Option<(usize, usize, f64)> {
    let written = doc.figures[figure].span.of(doc.text);
    let start = written.find(|c: char| c.is_ascii_digit())?;
    let b = &written.as_bytes()[start..];
    let group_after = |k: usize| {
        b.len() >= k + 4
            && b[k + 1..k + 4].iter().all(u8::is_ascii_digit)
            && b.get(k + 4).is_none_or(|c| !c.is_ascii_digit())
    };
    let mut run = 0;
    while run < b.len()
        && (b[run].is_ascii_digit() || matches!(b[run], b',' | b'.') || b[run] == b' ' && group_after(run))
    {
        run += 1;
    }
    while run > 0 && matches!(b[run - 1], b'.' | b',') {
        run -= 1;
    }
    let digits = &written[start..start + run];
    // Separators dropped by a filter: `str::replace` with a pattern of two
    // characters is a routine of its own in the .wasm.
    let bare: String = digits.chars().filter(|c| !matches!(c, ',' | ' ')).collect();
    Some((start, digits.len(), parse_decimal(&bare)?))
}

/// Where a figure's number is written in digits inside its text, and the
/// scale it stands for ("$3.2 billion": "3.2", 10^9).
fn own_number(doc: &Doc, figure: usize) -> Option<(usize, usize, f64)> {
    let (start, len, number) = written_number(doc, figure)?;
    let value = doc.figures[figure].value?;
    (number != 0.0 && value != 0.0).then(|| (start, len, (value / number).abs()))
}

/// A difference for a reader, in the text's own units: "2 drones", "about
/// 25.6 km", "5.1 percentage points", "$0.3 billion".
pub(crate) fn difference(doc: &Doc, measure: Measure, off: f64) -> String {
    let percent = match measure {
        Measure::Percent => true,
        Measure::Like(f) => matches!(doc.figures[f].kind, Kind::Percent | Kind::Points),
        Measure::Plain(_) => false,
    };
    if percent {
        let shown = round_difference(off);
        return format!("{}{}", about(off, shown), write(doc, &Measure::Plain("percentage points"), shown));
    }
    // In the figure's scale ("billion"), the rounding is that of the number written.
    let scale = match measure {
        Measure::Like(f) => own_number(doc, f).map(|(_, _, scale)| scale),
        _ => None,
    }
    .unwrap_or(1.0);
    let shown = round_difference(off / scale) * scale;
    if shown == 0.0 {
        // Open bounds that only touch ("more than 38" against 38).
        return format!("more than {}", write(doc, &measure, 0.0));
    }
    let noun = match measure {
        // "1 more than the total", not "1 people": the noun is the text's
        // plural, and one of it has no general singular.
        Measure::Like(_) if shown == 1.0 => String::new(),
        Measure::Like(f) if doc.figures[f].unit.is_none() && doc.figures[f].currency.is_none() => {
            doc.mention(f).and_then(|m| m.noun).map(|n| format!(" {}", n.of(doc.text))).unwrap_or_default()
        }
        _ => String::new(),
    };
    format!("{}{}{noun}", about(off, shown), write(doc, &measure, shown))
}

#[cfg(test)]
mod tests {
    #[test]
    fn points_agree_with_the_number_before_them() {
        let message = |text: &str| crate::check(text, &Default::default()).findings[0].message.clone();
        let one = message("Support rose 3 percentage points to 45% from 44%.");
        assert!(one.contains("a rise of about 1 percentage point ("), "{one}");
        assert!(one.contains("(0 percentage points to 2 percentage points"), "{one}");
        let three = message("Support rose 1 percentage point to 47% from 44%.");
        assert!(three.contains("a rise of about 3 percentage points ("), "{three}");
    }

    #[test]
    fn a_difference_of_one_names_no_plural() {
        let message = |text: &str| crate::check(text, &Default::default()).findings[0].message.clone();
        let toll = message("14 people were killed, including 6 children, 5 women and 4 men.");
        assert!(toll.ends_with(": 1 more than the total"), "{toll}");
        let drones = message("Russia launched 45 drones: 20 were downed and 24 were lost.");
        assert!(drones.ends_with(": 1 unaccounted for"), "{drones}");
        let two = message("Russia launched 46 drones: 20 were downed and 24 were lost.");
        assert!(two.ends_with(": 2 drones unaccounted for"), "{two}");
    }

    #[test]
    fn numbers_are_written_as_a_reader_writes_them() {
        assert_eq!(super::fmt(1234567.0), "1,234,567");
        assert_eq!(super::fmt(-48.975), "-48.98");
        assert_eq!(super::fmt(0.5), "0.5");
        assert_eq!(super::fmt(f64::INFINITY), "∞");
        // Past 10^18 the magnitude, not a string of digits.
        assert_eq!(super::fmt(2.5e20), "2.5×10^20");
    }
    proptest::proptest! {
        /// `magnitude` is `floor(log10(|v|))` wherever news figures and the
        /// values derived from them lie.
        #[test]
        fn magnitude_is_the_floor_of_the_logarithm(mantissa in 1.0f64..10.0, exp in -12i32..24, negative: bool) {
            let v = mantissa * 10f64.powi(exp) * if negative { -1.0 } else { 1.0 };
            proptest::prop_assert_eq!(super::magnitude(v), v.abs().log10().floor() as i32, "{}", v);
        }
    }
    #[test]
    fn a_bound_is_said_once_and_a_bound_from_nothing_is_no_middle() {
        let message = |text: &str| {
            let report = crate::check(text, &Default::default());
            report.findings.iter().map(|f| f.message.clone()).collect::<Vec<_>>().join("\n")
        };
        let said = message("More than 400 homes burned. By Friday, 427 homes had burned.");
        assert!(said.contains("allows more than 400,") && !said.contains("more than More"), "{said}");
        let said = message("Up to 25 people were hurt. Later, 24 people were said to be hurt.");
        assert!(said.contains("allows up to 25,") && !said.contains("about up to"), "{said}");
    }
}
