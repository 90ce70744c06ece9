//! Numbers written in words, and the numeral grammar shared with digits:
//! `two hundred and forty-one`, `one and a half hundred`, `a quarter of a
//! million`, `3 hundred and 21`, `1.5 million`, `two point five`.

use super::lexicon;
use super::scan::Scanner;
use crate::text::TokenKind;
use crate::text::parse_decimal;

/// One word of the numeral grammar ("two", "hundred", "million", "half").
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum NumeralWord {
    /// zero … nine
    Unit(f64),
    /// ten … nineteen
    Teen(f64),
    /// twenty … ninety
    Tens(f64),
    Hundred,
    /// thousand, million, lakh, crore …
    Scale(f64),
    Dozen,
    /// half, third(s), quarter(s), fifth(s) … as the denominator.
    Denominator {
        of: f64,
        plural: bool,
    },
}

pub(super) fn numeral_word(w: &str) -> Option<NumeralWord> {
    use NumeralWord::*;
    Some(match w {
        "zero" | "nought" | "naught" | "nil" => Unit(0.0),
        "one" => Unit(1.0),
        "two" => Unit(2.0),
        "three" => Unit(3.0),
        "four" => Unit(4.0),
        "five" => Unit(5.0),
        "six" => Unit(6.0),
        "seven" => Unit(7.0),
        "eight" => Unit(8.0),
        "nine" => Unit(9.0),
        "ten" => Teen(10.0),
        "eleven" => Teen(11.0),
        "twelve" => Teen(12.0),
        "thirteen" => Teen(13.0),
        "fourteen" => Teen(14.0),
        "fifteen" => Teen(15.0),
        "sixteen" => Teen(16.0),
        "seventeen" => Teen(17.0),
        "eighteen" => Teen(18.0),
        "nineteen" => Teen(19.0),
        "twenty" => Tens(20.0),
        "thirty" => Tens(30.0),
        "forty" | "fourty" => Tens(40.0),
        "fifty" => Tens(50.0),
        "sixty" => Tens(60.0),
        "seventy" => Tens(70.0),
        "eighty" => Tens(80.0),
        "ninety" => Tens(90.0),
        "hundred" | "hundreds" => Hundred,
        "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" => Dozen,
        "half" | "halves" => Denominator { of: 2.0, plural: w == "halves" },
        _ => {
            if let Some(&(_, v)) = crate::figures::lexicon::SCALE_WORDS.iter().find(|(s, v)| *s == w && *v >= 1e3) {
                return Some(Scale(v));
            }
            let (stem, plural) = match w.strip_suffix('s') {
                Some(stem) if ordinal_value(stem).is_some() => (stem, true),
                _ => (w, false),
            };
            let of = ordinal_value(stem)?;
            if of < 3.0 {
                return None; // "first", "second" are never denominators
            }
            Denominator { of, plural }
        }
    })
}

/// The value of an ordinal word: `third` → 3, `hundredth` → 100.
pub(super) fn ordinal_value(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" | "quarter" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    })
}

/// A numeral read from tokens `start..end`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Numeral {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// Place value of the last stated digit or word.
    pub precision: f64,
    pub in_words: bool,
    /// A scale word or suffix multiplied it: `1.5 million`.
    pub scaled: bool,
    /// A fraction: `two-thirds`, `3/4`.
    pub fraction: bool,
    /// A vague amount read as its least: `dozens`, `a few`.
    pub vague: bool,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Last {
    Start,
    Small, // unit, teen, tens, or a digit group
    Hundred,
    Scale(f64),
    And,
}

/// Reads an integer (or decimal-led) numeral at `i`: number words, digit
/// groups and scale words in any sensible mix. Stops before anything that
/// would not continue the same number, so "423 0000" is two numbers.
pub(super) fn integer(s: &Scanner, i: usize) -> Option<Numeral> {
    let mut r = IntegerSoFar::new();
    let mut j = i;
    let mut end = i;

    // "a hundred", "an eighth" start with an article standing for one.
    let article = crate::one_of!(s.lw(j), ["a", "an"]);
    if article {
        match s.numeral_word_at(j + 1) {
            Some(NumeralWord::Hundred | NumeralWord::Scale(_) | NumeralWord::Dozen) => {
                r.group = 1.0;
                r.since_and = 1.0;
                r.last = Last::Small;
                j += 1;
            }
            _ => return None,
        }
    }

    loop {
        if j >= s.len() {
            break;
        }
        // A hyphen or dash between "twenty" and "one".
        if s.is_dash(j) && r.ends_in_tens() {
            if !r.take_hyphenated_unit(s, j) {
                break;
            }
            j += 2;
            end = j;
            continue;
        }
        // "$497 million one year ago": a number begun in digits goes on
        // after its scale word only in digits ("2 billion 300 million") or
        // another scale ("4.78 lakh crore").
        let digits_after_scale = s.kind(i) == TokenKind::Num && matches!(r.last, Last::Scale(_));
        let took = if s.kind(j) == TokenKind::Num {
            r.take_digit_group(s, j)
        } else {
            match s.numeral_word_at(j) {
                Some(w) if !digits_after_scale || matches!(w, NumeralWord::Scale(_)) => r.take_word(s, j, w),
                _ => false,
            }
        };
        if !took {
            break;
        }
        j += 1;
        end = j;
        // "and" continues only into a smaller number: "two hundred and six",
        // "6 crore and two hundred"; digits after a scale and "and" start
        // another number ("40 million and 24 others").
        let digits_after_and = matches!(r.last, Last::Scale(_)) && s.kind(j + 1) == TokenKind::Num;
        if matches!(r.last, Last::Hundred | Last::Scale(_))
            && s.lw(j) == "and"
            && !digits_after_and
            && continues_after_and(s, j + 1, r.last)
        {
            r.last = Last::And;
            r.since_and = 0.0;
            j += 1;
        }
    }
    if end == i || (article && end == i + 1) {
        return None;
    }
    Some(Numeral {
        start: i,
        end,
        value: r.total + r.group,
        precision: r.precision,
        in_words: r.in_words,
        scaled: r.scaled,
        fraction: false,
        vague: false,
    })
}

/// The state of an integer being read word by word. Each `take_` step
/// reads one token into it, or says it does not continue the number.
struct IntegerSoFar {
    total: f64,
    /// The part below the last scale.
    group: f64,
    /// The part after the last "and", for "and two dozens".
    since_and: f64,
    last: Last,
    precision: f64,
    group_precision: f64,
    in_words: bool,
    scaled: bool,
    last_scale: f64,
    /// A digit group with decimals was taken ("1.5 million").
    decimals: bool,
}

impl IntegerSoFar {
    fn new() -> Self {
        IntegerSoFar {
            total: 0.0,
            group: 0.0,
            since_and: 0.0,
            last: Last::Start,
            precision: 1.0,
            group_precision: 1.0,
            in_words: true,
            scaled: false,
            last_scale: f64::INFINITY,
            decimals: false,
        }
    }

    /// Whether the number so far ends in a round tens word ("twenty"), which
    /// a unit may follow after a hyphen.
    fn ends_in_tens(&self) -> bool {
        self.last == Last::Small
            && crate::text::rem(self.group, 100.0) >= 20.0
            && crate::text::rem(self.group, 10.0) == 0.0
    }

    /// "twenty-one": the unit after the dash at `j`.
    fn take_hyphenated_unit(&mut self, s: &Scanner, j: usize) -> bool {
        if let Some(NumeralWord::Unit(u)) = s.numeral_word_at(j + 1)
            && u > 0.0
        {
            self.group += u;
            self.since_and += u;
            return true;
        }
        false
    }

    /// A digit group joins only at the start or after a scale/"and":
    /// "3 hundred and 21", "4 thousand 3 hundred".
    fn take_digit_group(&mut self, s: &Scanner, j: usize) -> bool {
        if !matches!(self.last, Last::Start | Last::Scale(_) | Last::And) {
            return false;
        }
        let Some(d) = s.digits(j) else { return false };
        // "1.5 million 145" is two figures: a number given to a decimal
        // and scaled takes no more digits after its scale.
        if self.last != Last::Start
            && (d.decimals > 0
                || self.decimals
                || d.value >= self.last_scale.min(1000.0)
                || (self.last == Last::And && d.value == 0.0))
        {
            return false;
        }
        if self.last == Last::Start {
            self.in_words = false;
        }
        self.group += d.value;
        self.since_and = d.value;
        self.group_precision = d.precision;
        self.precision = d.precision;
        self.decimals = d.decimals > 0;
        self.last = Last::Small;
        true
    }

    fn take_word(&mut self, s: &Scanner, j: usize, w: NumeralWord) -> bool {
        match w {
            NumeralWord::Unit(v) | NumeralWord::Teen(v) | NumeralWord::Tens(v) => self.take_small(s, j, w, v),
            NumeralWord::Hundred => self.take_hundred(s, j),
            NumeralWord::Scale(sc) => self.take_scale(s, j, sc),
            NumeralWord::Dozen => self.take_dozen(),
            NumeralWord::Denominator { .. } => false,
        }
    }

    /// A unit, teen or tens word of value `v`.
    fn take_small(&mut self, s: &Scanner, j: usize, w: NumeralWord, v: f64) -> bool {
        let tens = matches!(w, NumeralWord::Tens(_));
        let ok = match self.last {
            Last::Start | Last::Hundred | Last::And => true,
            Last::Scale(sc) => v < sc,
            // "twenty one" without a hyphen.
            Last::Small => matches!(w, NumeralWord::Unit(u) if u > 0.0) && self.ends_in_tens() && !s.is_dash(j - 1),
        };
        // "one twenty two" = 122, as people read out figures.
        let read_out = self.last == Last::Small
            && tens
            && self.group > 0.0
            && self.group < 10.0
            && self.since_and == self.group
            && self.total == 0.0
            && self.in_words;
        if read_out {
            self.group = self.group * 100.0 + v;
            self.since_and = self.group;
        } else if ok {
            if v == 0.0 && self.last != Last::Start {
                return false;
            }
            self.group += v;
            self.since_and = if self.last == Last::And { v } else { self.since_and + v };
        } else {
            return false;
        }
        self.group_precision = 1.0;
        self.precision = 1.0;
        self.last = Last::Small;
        true
    }

    fn take_hundred(&mut self, s: &Scanner, j: usize) -> bool {
        // "322 hundred" is fine; "three hundred and two hundred" is two numbers.
        if self.last != Last::Small || (self.in_words && self.group >= 100.0) || self.group >= 1000.0 {
            return false;
        }
        // Don't take the "hundreds" of "hundreds of thousands" after a number.
        if s.lw(j) == "hundreds" && s.lw(j + 1) == "of" {
            return false;
        }
        self.group *= 100.0;
        self.since_and *= 100.0;
        self.group_precision *= 100.0;
        self.precision = self.group_precision;
        self.last = Last::Hundred;
        self.scaled = true;
        true
    }

    /// A scale word ("thousand", "million") of value `sc`.
    fn take_scale(&mut self, s: &Scanner, j: usize, sc: f64) -> bool {
        match self.last {
            Last::Small | Last::Hundred => {
                if sc >= self.last_scale {
                    // "three thousand millions": the scale multiplies all so far.
                    self.total = (self.total + self.group) * sc;
                    self.precision = self.group_precision.min(self.precision) * sc;
                } else {
                    self.total += self.group * sc;
                    self.precision = self.group_precision * sc;
                }
            }
            Last::Scale(prev) if sc > prev && self.group == 0.0 => {
                self.total *= sc;
                self.precision *= sc;
            }
            _ => return false,
        }
        // "hundreds of thousands" is vague: leave it to the caller.
        if s.lw(j).ends_with('s') && s.lw(j + 1) == "of" {
            return false;
        }
        self.group = 0.0;
        self.since_and = 0.0;
        self.last_scale = sc;
        self.last = Last::Scale(sc);
        self.scaled = true;
        true
    }

    fn take_dozen(&mut self) -> bool {
        if !matches!(self.last, Last::Small | Last::Hundred) {
            return false;
        }
        self.group = self.group - self.since_and + self.since_and * 12.0;
        self.since_and *= 12.0;
        self.last = Last::Small;
        self.scaled = true;
        true
    }
}

fn denominator_after(s: &Scanner, j: usize) -> bool {
    (s.is_dash(j) && matches!(s.numeral_word_at(j + 1), Some(NumeralWord::Denominator { .. })))
        || denominator(s, j).is_some()
}

fn continues_after_and(s: &Scanner, j: usize, last: Last) -> bool {
    let limit = match last {
        Last::Hundred => 100.0,
        Last::Scale(sc) => sc,
        _ => return false,
    };
    let (v, next) = match (s.kind(j), s.numeral_word_at(j)) {
        (TokenKind::Num, _) => match s.digits(j) {
            Some(d) if d.decimals == 0 && d.value > 0.0 => (d.value, j + 1),
            _ => return false,
        },
        (_, Some(NumeralWord::Unit(v) | NumeralWord::Teen(v) | NumeralWord::Tens(v))) if v > 0.0 => (v, j + 1),
        _ => return false,
    };
    if v >= limit {
        return false;
    }
    // "two million and three fifths": the fraction belongs to the caller.
    if matches!(s.numeral_word_at(next), Some(NumeralWord::Denominator { .. })) || denominator_after(s, next) {
        return false;
    }
    // "and two hundred" after a thousand is fine; after a hundred it is a new number.
    match s.numeral_word_at(next) {
        Some(NumeralWord::Hundred) => matches!(last, Last::Scale(sc) if sc > 100.0),
        Some(NumeralWord::Scale(sc2)) => matches!(last, Last::Scale(sc) if sc2 < sc) || matches!(last, Last::Hundred),
        _ => true,
    }
}

/// A fraction in words after an optional numerator: `a half`, `two-thirds`,
/// `three quarters`, `one eighth`; with `of a million` or `million` after it.
pub(super) fn fraction(s: &Scanner, i: usize, take_scale: bool) -> Option<Numeral> {
    // Where the numerator could end: after "a", after one number word, or
    // after a whole integer ("twenty-three fifths", "one hundred and thirty-two fifths").
    let mut candidates: [Option<(f64, usize, bool)>; 3] = [None; 3];
    match s.lw(i) {
        "a" | "an" => candidates[0] = Some((1.0, i + 1, true)),
        _ => match s.numeral_word_at(i) {
            // "half" on its own, unless an ordinal makes it a part of a
            // period or a match: "the first half of the year", "the second half".
            Some(NumeralWord::Denominator { of: 2.0, plural: false }) if !after_ordinal(s, i) => {
                candidates[0] = Some((1.0, i, true))
            }
            Some(NumeralWord::Denominator { of: 4.0, plural: false })
                if matches!(s.numeral_word_at(i + 1), Some(NumeralWord::Scale(_))) =>
            {
                candidates[0] = Some((1.0, i, true))
            } // "quarter million"
            _ => {}
        },
    }
    if let Some(n) = integer(s, i)
        && n.value.fract() == 0.0
        && n.value > 0.0
    {
        candidates[1] = Some((n.value, n.end, n.in_words));
    }
    if let Some(NumeralWord::Unit(v) | NumeralWord::Teen(v) | NumeralWord::Tens(v)) = s.numeral_word_at(i)
        && v > 0.0
    {
        candidates[2] = Some((v, i + 1, true));
    }
    candidates
        .into_iter()
        .flatten()
        .find_map(|(numerator, j, in_words)| over_denominator(s, i, numerator, j, in_words, take_scale))
}

/// Whether an ordinal stands just before token `i`: "the first half", "the
/// final quarter" name a stretch of time or play, not a quantity.
fn after_ordinal(s: &Scanner, i: usize) -> bool {
    i > 0 && lexicon::context(s.lw(i - 1)) == Some(lexicon::Context::Ordinal)
}

/// The denominator of a fraction at `j`: `fifths`, `twenty-firsts`, `- eighths`.
fn denominator(s: &Scanner, j: usize) -> Option<(f64, bool, usize)> {
    if let Some(NumeralWord::Denominator { of, plural }) = s.numeral_word_at(j) {
        return Some((of, plural, j + 1));
    }
    // "twenty-first", "twenty fifths"
    if let Some(NumeralWord::Tens(t)) = s.numeral_word_at(j) {
        let k = if s.is_dash(j + 1) { j + 2 } else { j + 1 };
        let w = s.lw(k);
        let (stem, plural) = match w.strip_suffix('s') {
            Some(stem) if ordinal_value(stem).is_some() => (stem, true),
            _ => (w, false),
        };
        if let Some(v) = ordinal_value(stem).filter(|v| *v < 10.0) {
            return Some((t + v, plural, k + 1));
        }
    }
    None
}

fn over_denominator(
    s: &Scanner,
    i: usize,
    numerator: f64,
    j: usize,
    in_words: bool,
    take_scale: bool,
) -> Option<Numeral> {
    let mut j = j;
    // "two-thirds", "five - eighths"
    if j > i && s.is_dash(j) {
        j += 1;
    }
    let (of, plural, den_end) = denominator(s, j)?;
    // "one third", "two thirds"; "half" takes no plural; "two-third" is tolerated.
    if of != 2.0
        && j > i
        && (numerator > 1.0) != plural
        && !(numerator > 1.0 && numerator < 10.0 && !plural && s.is_dash(j - 1))
    {
        return None;
    }
    // "a quarter" alone is a quarter of a year as often as a fraction: only
    // with a scale after it ("a quarter of a million") or a numerator word.
    // So are "the two quarters", "the past three quarters": periods.
    let periods =
        i > 0 && crate::one_of!(s.lw(i - 1), ["the", "past", "last", "next", "previous"]) && !s.is_dash(j - 1);
    if take_scale
        && s.lw(j).starts_with("quarter")
        && (s.lw(i) == "a" || periods)
        && scale_after(s, j + 1).is_none()
        && s.lw(j + 1) != "of"
    {
        return None;
    }
    let mut value = numerator / of;
    let mut precision = 1.0 / of;
    let mut end = den_end;
    let mut scaled = false;
    if let Some((sc, e)) = scale_after(s, end).filter(|_| take_scale) {
        value *= sc;
        precision *= sc;
        end = e;
        scaled = true;
    }
    Some(Numeral { start: i, end, value, precision, in_words, scaled, fraction: true, vague: false })
}

/// `million`, `of a million`, `a dozen`, `of a dozen` after a fraction.
fn scale_after(s: &Scanner, j: usize) -> Option<(f64, usize)> {
    let mut k = j;
    if s.lw(k) == "of" {
        k += 1;
    }
    if crate::one_of!(s.lw(k), ["a", "an"]) {
        k += 1;
    }
    match s.numeral_word_at(k) {
        Some(NumeralWord::Scale(sc)) if !s.lw(k).ends_with('s') => Some((sc, k + 1)),
        Some(NumeralWord::Hundred) if s.lw(k) == "hundred" => Some((100.0, k + 1)),
        Some(NumeralWord::Dozen) if k > j => Some((12.0, k + 1)),
        _ => None,
    }
}

/// `point five`, `point seventy-one`, `point nought three` after a whole
/// number, as decimal digits.
pub(super) fn point_decimals(s: &Scanner, j: usize) -> Option<(f64, usize, u32)> {
    if s.lw(j) != "point" {
        return None;
    }
    let mut k = j + 1;
    if s.kind(k) == TokenKind::Num {
        let raw = s.raw(k);
        if raw.bytes().all(|b| b.is_ascii_digit()) {
            let digits = raw.len() as u32;
            let v = parse_decimal(raw)?;
            return Some((v / 10f64.powi(digits as i32), k + 1, digits));
        }
        return None;
    }
    // Digit by digit ("nought three"), or one small number ("seventy-one").
    let mut value = 0.0;
    let mut digits = 0u32;
    while let Some(NumeralWord::Unit(u)) = s.numeral_word_at(k) {
        value = value * 10.0 + u;
        digits += 1;
        k += 1;
    }
    if digits == 0 {
        let n = integer(s, k)?;
        if n.scaled || n.value >= 100.0 || !n.in_words {
            return None;
        }
        digits = if n.value >= 10.0 { 2 } else { 1 };
        return Some((n.value / 10f64.powi(digits as i32), n.end, digits));
    }
    Some((value / 10f64.powi(digits as i32), k, digits))
}
