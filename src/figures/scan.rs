//! The token view every recogniser reads: tokens with ASCII-lowercased
//! words, and the shapes of digit strings.

use super::words::{NumeralWord, numeral_word};
use crate::text::HasByte;
use crate::text::is_upper;
use crate::text::parse_decimal;
use crate::text::{HashedWord, Token, TokenKind, Tokens};

pub(super) struct Scanner<'t> {
    pub text: &'t str,
    /// The tokens and their lower-case forms, shared with the mentions.
    folded: &'t Tokens,
    /// Each word's place in the numeral grammar, looked up once.
    numeral_words: Vec<Option<NumeralWord>>,
    /// Words that can begin a figure (see `lexicon::can_start_figure`).
    starts: Vec<bool>,
    /// Whether an amount starts at each token, worked out once when first
    /// asked (0: not yet, 1: no, 2: yes): the recognisers ask it often.
    amount_starts: Vec<std::cell::Cell<u8>>,
    /// Each digit token's shape in this text's style, read once: the
    /// recognisers ask for it at every attempt that reaches the token.
    shapes: Vec<DigitShape>,
    /// Per token: its place in `shapes` (`u32::MAX` for a token that is no
    /// digit string).
    shape_of: Vec<u32>,
    /// How this text writes its separators, read from its own numbers.
    pub style: Separators,
}

impl<'t> Scanner<'t> {
    pub fn new(text: &'t str, folded: &'t Tokens) -> Self {
        let mut s = Scanner {
            text,
            folded,
            numeral_words: Vec::new(),
            starts: Vec::new(),
            amount_starts: vec![std::cell::Cell::new(0); folded.list.len()],
            shapes: Vec::new(),
            shape_of: Vec::new(),
            style: Separators::default(),
        };
        s.style = Separators::of(folded.list.iter().filter(|t| t.kind == TokenKind::Num).map(|t| t.span.of(text)));
        let mut shapes = Vec::new();
        s.shape_of = folded
            .list
            .iter()
            .map(|t| {
                if t.kind != TokenKind::Num {
                    return u32::MAX;
                }
                shapes.push(digit_shape_in(t.span.of(text), s.style));
                shapes.len() as u32 - 1
            })
            .collect();
        s.shapes = shapes;
        s.starts =
            (0..s.folded.len()).map(|i| s.is_word(i) && super::lexicon::can_start_figure(s.folded.word(i))).collect();
        s.numeral_words = numeral_words(folded, &s.starts);
        s
    }

    pub fn len(&self) -> usize {
        self.folded.list.len()
    }

    pub fn tok(&self, i: usize) -> Option<&Token> {
        self.folded.list.get(i)
    }

    pub fn kind(&self, i: usize) -> TokenKind {
        self.folded.list.get(i).map_or(TokenKind::Punct, |t| t.kind)
    }

    pub fn is_num(&self, i: usize) -> bool {
        self.folded.list.get(i).is_some_and(|t| t.kind == TokenKind::Num)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.folded.list.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    pub fn start(&self, i: usize) -> usize {
        self.folded.list.get(i).map_or(self.text.len(), |t| t.span.start)
    }

    pub fn end(&self, i: usize) -> usize {
        self.folded.list.get(i).map_or(self.text.len(), |t| t.span.end)
    }

    /// The token's text as written, or "" past the end.
    #[cfg_attr(addsup_speed_attrs, optimize(speed))]
    pub fn raw(&self, i: usize) -> &'t str {
        self.folded.list.get(i).map_or("", |t| t.span.of(self.text))
    }

    /// A word lower-cased; other tokens as written; "" past the end.
    #[inline]
    #[cfg_attr(addsup_speed_attrs, optimize(speed))]
    pub fn lw(&self, i: usize) -> &'t str {
        match self.folded.list.get(i) {
            Some(t) if t.kind == TokenKind::Word => self.folded.lc(i),
            Some(t) => t.span.of(self.text),
            None => "",
        }
    }

    /// [`Scanner::lw`] with its hash, for looking it up in lexicons: the
    /// hash the tokens made once. Folding changes only letters, so the
    /// folded form of a number or mark is its text, but for a three-byte
    /// mark (a curly apostrophe folds to a straight one).
    #[inline]
    pub fn word(&self, i: usize) -> HashedWord<'t> {
        match self.folded.list.get(i) {
            Some(t) if t.kind == TokenKind::Punct && t.span.len() == 3 => HashedWord::new(self.lw(i)),
            _ => self.folded.word(i),
        }
    }

    /// `compute(i)`, remembered per token.
    pub fn amount_starts_at(&self, i: usize, compute: impl FnOnce() -> bool) -> bool {
        let Some(cell) = self.amount_starts.get(i) else { return compute() };
        match cell.get() {
            1 => false,
            2 => true,
            _ => {
                let yes = compute();
                cell.set(if yes { 2 } else { 1 });
                yes
            }
        }
    }

    /// The digit token at `i` read in this text's separator style.
    pub fn shape(&self, i: usize) -> DigitShape {
        match self.shape_of.get(i).and_then(|&k| self.shapes.get(k as usize)) {
            Some(shape) => *shape,
            None => digit_shape_in(self.raw(i), self.style),
        }
    }

    /// The digit token at `i` as one plain number in this text's style.
    pub fn digits(&self, i: usize) -> Option<Digits> {
        match self.shape(i) {
            DigitShape::Number(d) => Some(d),
            _ => None,
        }
    }

    /// Can the word at `i` begin a figure?
    pub fn starts_figure(&self, i: usize) -> bool {
        self.starts.get(i).copied().unwrap_or(false)
    }

    pub fn numeral_word_at(&self, i: usize) -> Option<NumeralWord> {
        self.numeral_words.get(i).copied().flatten()
    }

    /// True when token `i` touches the token before it.
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.folded.list.len() && self.folded.list[i - 1].span.end == self.folded.list[i].span.start
    }

    /// The whitespace between token `i - 1` and token `i`.
    pub fn gap(&self, i: usize) -> &'t str {
        if i == 0 || i > self.folded.list.len() {
            return "";
        }
        let from = self.folded.list[i - 1].span.end;
        let to = self.start(i);
        &self.text[from..to]
    }

    #[cfg_attr(addsup_speed_attrs, optimize(speed))]
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.folded.list.get(i).is_some_and(|t| t.kind == TokenKind::Punct && t.span.of(self.text) == p)
    }

    /// A hyphen or dash of any kind.
    pub fn is_dash(&self, i: usize) -> bool {
        self.folded.list.get(i).is_some_and(|t| {
            t.kind == TokenKind::Punct && crate::one_of!(t.span.of(self.text), ["-", "–", "—", "‐", "‑", "−"])
        })
    }

    /// The words `phrase` start at token `i` (case-folded); returns the
    /// index after them.
    pub fn phrase(&self, i: usize, phrase: &[&str]) -> Option<usize> {
        for (k, w) in phrase.iter().enumerate() {
            if self.lw(i + k) != *w {
                return None;
            }
        }
        Some(i + phrase.len())
    }

    /// Is the word capitalised as written?
    pub fn capitalised(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(is_upper)
    }
}

/// A digit string read as one number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Digits {
    pub value: f64,
    pub precision: f64,
    pub decimals: u32,
}

/// What a digit token (`1,234.5`, `22,24,26`, `192.168.1.2`) is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum DigitShape {
    Number(Digits),
    /// Commas that are not thousands separators: `22,24,26,31`.
    List,
    /// Two or more dots, an address or a version; or a grouping the
    /// text's own style allows no reading of ("1,1445" beside "15.69").
    Dotted,
}

/// How a text separates thousands and decimals, judged from the numbers
/// whose form says it: `45,62` or `3,1415` can only have a decimal comma,
/// `1,234,567` or `1,234.5` only thousands commas, `3.5` only a decimal point.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Separators {
    /// The text writes decimals with a comma and never with a point, and
    /// never groups thousands with commas: its `2,500` is two and a half and
    /// its `4.800` or `1.234.567` groups thousands with points.
    pub decimal_comma: bool,
    /// The text writes decimals with a point or groups thousands with
    /// commas: a lone comma before more than three digits ("1,1445") then
    /// follows no reading of its own style and is no number.
    pub decimal_point: bool,
}

impl Separators {
    pub fn of<'a>(digit_tokens: impl Iterator<Item = &'a str>) -> Separators {
        let (mut comma_decimal, mut comma_thousands, mut point_decimal) = (false, false, false);
        for raw in digit_tokens {
            let commas = raw.bytes().filter(|&b| b == b',').count();
            let dots = raw.bytes().filter(|&b| b == b'.').count();
            if !digit_groups(raw) || commas + dots == 0 {
                continue;
            }
            let lead_ok = group(raw, 0).len() <= 3;
            let second = group(raw, 1).len();
            match (commas, dots) {
                (1, 0) if second == 3 && lead_ok => {}
                (1, 0) => comma_decimal = true,
                (0, 1) if second != 3 => point_decimal = true,
                (c, 0) if c >= 2 && in_groups(raw, b',', 3, 3) => comma_thousands = true,
                (c, 1) if c >= 1 && crate::text::last_of(raw, b'.') > crate::text::last_of(raw, b',') => {
                    comma_thousands = true
                }
                _ => {}
            }
        }
        let decimal_point = comma_thousands || point_decimal;
        Separators { decimal_comma: comma_decimal && !decimal_point, decimal_point }
    }
}

/// Whether `raw` is runs of digits between single separators (`,` or `.`),
/// none of them empty: "1,234.5" is, "1,,2" and "12," are not.
fn digit_groups(raw: &str) -> bool {
    let mut after_separator = true;
    for b in raw.bytes() {
        let separator = b == b',' || b == b'.';
        if separator && after_separator || !separator && !b.is_ascii_digit() {
            return false;
        }
        after_separator = separator;
    }
    !after_separator
}

/// The `n`th run of `raw` between separators (`,` or `.`), or "".
fn group(raw: &str, n: usize) -> &str {
    // By bytes: a split at two chars is a searcher of its own in the .wasm.
    let (mut start, mut k) = (0, 0);
    for (i, b) in raw.bytes().enumerate() {
        if b == b',' || b == b'.' {
            if k == n {
                return &raw[start..i];
            }
            k += 1;
            start = i + 1;
        }
    }
    if k == n { &raw[start..] } else { "" }
}

/// Whether `s`, cut at `sep`, opens with a run of at most `lead` characters
/// and goes on in runs of exactly `size`: "1,234,567" is groups of three.
/// No copy of the runs is made (a `Vec` of them cost the .wasm bytes).
fn in_groups(s: &str, sep: u8, lead: usize, size: usize) -> bool {
    let mut runs = crate::text::split_at(s, sep);
    runs.next().is_some_and(|g| g.len() <= lead) && runs.all(|g| g.len() == size)
}

/// `s` without its separators: the digits of a grouped number.
fn without_separators(s: &str) -> String {
    s.chars().filter(|&c| c != ',' && c != '.').collect()
}

/// Reads the shape of a digit token, as a text of no known style.
pub(super) fn digit_shape(raw: &str) -> DigitShape {
    digit_shape_in(raw, Separators::default())
}

/// Reads the shape of a digit token in a text's separator style.
pub(super) fn digit_shape_in(raw: &str, style: Separators) -> DigitShape {
    let commas = raw.bytes().filter(|&b| b == b',').count();
    let dots = raw.bytes().filter(|&b| b == b'.').count();
    // `written` is the number in plain digits with a decimal point, `frac`
    // its decimals.
    let plain = |written: &str, frac: &str| -> DigitShape {
        let value = parse_decimal(written).unwrap_or(f64::INFINITY);
        let decimals = frac.len() as u32;
        DigitShape::Number(Digits { value, precision: 10f64.powi(-(decimals.min(300) as i32)), decimals })
    };
    let number = |int: String, frac: &str| -> DigitShape {
        if frac.is_empty() { plain(&int, frac) } else { plain(&format!("{int}.{frac}"), frac) }
    };
    let (before_comma, after_comma) = crate::text::split_once_at(raw, b',').unwrap_or((raw, ""));
    if style.decimal_comma && digit_groups(raw) {
        match (commas, dots) {
            (1, 0) => return number(before_comma.to_owned(), after_comma),
            (0, d) if d >= 1 && in_groups(raw, b'.', 3, 3) => return number(without_separators(raw), ""),
            (1, d)
                if d >= 1
                    && in_groups(before_comma, b'.', 3, 3)
                    && crate::text::last_of(raw, b',') > crate::text::last_of(raw, b'.') =>
            {
                return number(without_separators(before_comma), after_comma);
            }
            _ => {}
        }
    }
    match (commas, dots) {
        // The digits as written are the number: no copy to parse.
        (0, 0) => plain(raw, ""),
        (0, 1) => plain(raw, group(raw, 1)),
        (0, _) => {
            // "1.111.111,11" is handled below; only dots: thousands with dots
            // would need a comma decimal, so this is an address or version.
            DigitShape::Dotted
        }
        (_, _) => {
            let (int_part, frac) = if raw.ends_with(|c: char| c.is_ascii_digit()) && dots <= 1 {
                match crate::text::split_once_at(raw, b'.') {
                    Some((a, b)) if !b.has(b',') => (a, b),
                    _ => (raw, ""),
                }
            } else {
                (raw, "")
            };
            let no_dot = !int_part.has(b'.');
            if no_dot && in_groups(int_part, b',', 3, 3) {
                return number(without_separators(int_part), frac);
            }
            // Indian grouping: 12,34,567.89
            let indian = crate::text::last_of(int_part, b',').is_some_and(|c| {
                let head = &int_part[..c];
                int_part.len() - c == 4 && head.has(b',') && in_groups(head, b',', 2, 2)
            });
            if no_dot && indian {
                return number(without_separators(int_part), frac);
            }
            // European: 1.111,11 (dots group thousands, comma is the decimal point).
            if commas == 1 && dots >= 1 {
                if in_groups(before_comma, b'.', 3, 3) && !after_comma.is_empty() {
                    return number(without_separators(before_comma), after_comma);
                }
                return DigitShape::List;
            }
            // A single decimal comma: 1,3 or 6,75 (even among decimal
            // points, "99,44 per cent" is a slip of the decimal sign). More
            // than three digits after it, in a text that writes decimals
            // with a point or groups thousands with commas, are a slip of
            // grouping ("1,1445"), read as no number.
            if commas == 1 && dots == 0 && after_comma.len() != 3 {
                if style.decimal_point && after_comma.len() > 3 {
                    return DigitShape::Dotted;
                }
                return number(before_comma.to_owned(), after_comma);
            }
            DigitShape::List
        }
    }
}

/// A digit token that is one plain number, or `None`.
pub(super) fn plain_digits(raw: &str) -> Option<Digits> {
    match digit_shape(raw) {
        DigitShape::Number(d) => Some(d),
        _ => None,
    }
}

/// Each start word's place in the numeral grammar. Start words repeat ("a",
/// "about", "one") and [`numeral_word`] tries a hundred forms, so each
/// word is read once: the last word read at each of 64 slots, chosen by
/// its hash, is remembered.
fn numeral_words(folded: &Tokens, starts: &[bool]) -> Vec<Option<NumeralWord>> {
    let mut seen: [Option<(&str, Option<NumeralWord>)>; 64] = [None; 64];
    (0..folded.len())
        .map(|i| {
            if !starts[i] {
                return None;
            }
            let word = folded.word(i);
            let slot = &mut seen[(word.hash() >> 58) as usize];
            match *slot {
                Some((w, numeral)) if w == word.text() => numeral,
                _ => {
                    let numeral = numeral_word(word.text());
                    *slot = Some((word.text(), numeral));
                    numeral
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(raw: &str) -> Option<f64> {
        plain_digits(raw).map(|d| d.value)
    }

    #[test]
    fn separators_read_as_english_newsrooms_write_them() {
        assert_eq!(value("1,234,567.89"), Some(1234567.89));
        assert_eq!(value("12,34,567.89"), Some(1234567.89));
        assert_eq!(value("1.111,11"), Some(1111.11));
        assert_eq!(value("6,75"), Some(6.75));
        assert_eq!(value("4.800"), Some(4.8));
        assert_eq!(digit_shape("22,24,26,31"), DigitShape::List);
        assert_eq!(digit_shape("192.168.1.2"), DigitShape::Dotted);
    }

    #[test]
    fn a_text_shows_its_decimal_comma_only_by_digits_that_allow_no_other_reading() {
        let style = |nums: &[&str]| Separators::of(nums.iter().copied()).decimal_comma;
        assert!(style(&["12,75", "2 130"]));
        assert!(style(&["3,1415"]));
        // "1,250" alone could be either; "1,250,000" or "2.5" settle it the English way.
        assert!(!style(&["1,250"]));
        assert!(!style(&["12,75", "1,250,000"]));
        assert!(!style(&["12,75", "2.5"]));
        // In a text with decimal points, a lone comma before more than
        // three digits is a slip of grouping, not a decimal comma; before
        // two, a slip of the decimal sign.
        let point = Separators::of(["15.69", "9,507"].into_iter());
        assert_eq!(digit_shape_in("1,1445", point), DigitShape::Dotted);
        assert!(matches!(digit_shape_in("99,44", point), DigitShape::Number(d) if d.value == 99.44));
        assert!(matches!(digit_shape_in("2,500", point), DigitShape::Number(d) if d.value == 2500.0));
        let comma = Separators { decimal_comma: true, decimal_point: false };
        let read = |raw: &str| match digit_shape_in(raw, comma) {
            DigitShape::Number(d) => Some((d.value, d.decimals)),
            _ => None,
        };
        assert_eq!(read("2,375"), Some((2.375, 3)));
        assert_eq!(read("4.800"), Some((4800.0, 0)));
        assert_eq!(read("1.234.567,5"), Some((1_234_567.5, 1)));
    }

    #[test]
    fn precision_is_the_last_stated_place() {
        assert_eq!(plain_digits("145").unwrap().precision, 1.0);
        assert_eq!(plain_digits("43.67").unwrap().precision, 0.01);
    }

    #[test]
    fn absurdly_long_numbers_do_not_overflow_into_a_value() {
        let long = "9".repeat(400);
        assert!(value(&long).unwrap().is_infinite());
    }
}
