//! A single pass that cuts text into words, numbers and punctuation.
//!
//! Whitespace is not a token: two tokens are *glued* when nothing separates
//! them (`10` `k`, `S` `-` `400`), and the gap between tokens is read from the
//! text when a recogniser needs it.

use super::is_letter;
use super::{HashedWord, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits, continuing through `.` or `,` when a digit
    /// follows: `1,234,567.89`, `192.168.1.2`.
    Num,
    /// Any other single character that is not whitespace.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }
}

/// Cuts `text` into tokens, in order, in one pass. ASCII, which is most of
/// English copy, is classified byte by byte; other characters by their
/// Unicode properties.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii_digit() {
            let mut end = at + 1;
            loop {
                match bytes.get(end) {
                    Some(b) if b.is_ascii_digit() => end += 1,
                    Some(b'.' | b',') if bytes.get(end + 1).is_some_and(u8::is_ascii_digit) => end += 2,
                    _ => break,
                }
            }
            tokens.push(Token { kind: TokenKind::Num, span: Span::new(at, end) });
            at = end;
        } else if b.is_ascii_whitespace() || b == 0x0b {
            at += 1;
        } else if b.is_ascii_alphabetic() || (b >= 0x80 && is_letter(char_at(text, at))) {
            let mut end = at;
            while end < bytes.len() {
                let c = bytes[end];
                if c.is_ascii_alphabetic() {
                    end += 1;
                } else if c >= 0x80 {
                    let ch = char_at(text, end);
                    if is_letter(ch) || is_combining_mark(ch) {
                        end += ch.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            tokens.push(Token { kind: TokenKind::Word, span: Span::new(at, end) });
            at = end;
        } else if b < 0x80 {
            tokens.push(Token { kind: TokenKind::Punct, span: Span::new(at, at + 1) });
            at += 1;
        } else {
            let ch = char_at(text, at);
            if !ch.is_whitespace() {
                tokens.push(Token { kind: TokenKind::Punct, span: Span::new(at, at + ch.len_utf8()) });
            }
            at += ch.len_utf8();
        }
    }
    tokens
}

/// The tokens of a text with their lower-case forms, made once and read by
/// both the recogniser and the mentions.
///
/// Folding is ASCII only (the lexicons are English, and Unicode case tables
/// would weigh on the Wasm build), so the folded text keeps the byte offsets
/// of the original; a curly apostrophe reads as a straight one.
///
/// Each lower-case form is hashed once here, for every lexicon that looks
/// the token up ([`Tokens::word`]): a word near a figure is looked up in
/// ten or more word lists by the recogniser, the mentions and the checks.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    pub list: Vec<Token>,
    lower: String,
    hashes: Vec<u64>,
}

impl Tokens {
    pub fn new(text: &str) -> Tokens {
        let mut tokens = Tokens { list: tokenize(text), lower: text.to_ascii_lowercase(), hashes: Vec::new() };
        tokens.hashes = (0..tokens.list.len()).map(|i| HashedWord::new(tokens.lc(i)).hash()).collect();
        tokens
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The lower-case text of token `i` ("" past the end).
    #[inline]
    #[cfg_attr(addsup_speed_attrs, optimize(speed))]
    pub fn lc(&self, i: usize) -> &str {
        match self.list.get(i) {
            Some(t) if t.kind == TokenKind::Punct && t.span.len() == 3 => self.three_byte_mark(t.span),
            Some(t) => t.span.of(&self.lower),
            None => "",
        }
    }

    /// Whether the lower-case text of token `i` is `w`. Most tokens differ
    /// from `w` in length, which the token tells without its text.
    #[inline]
    pub fn is(&self, i: usize, w: &str) -> bool {
        match self.list.get(i) {
            Some(t) if t.span.len() != w.len() && t.span.len() != 3 => false,
            _ => self.lc(i) == w,
        }
    }

    /// The lower-case text of token `i` with its hash ("" past the end).
    #[inline]
    pub fn word(&self, i: usize) -> HashedWord<'_> {
        match self.list.get(i) {
            Some(t) if t.kind == TokenKind::Punct && t.span.len() == 3 => {
                HashedWord::with_hash(self.lc(i), self.hashes[i])
            }
            Some(t) => HashedWord::within(&self.lower, t.span.start, t.span.end, self.hashes[i]),
            None => HashedWord::new(""),
        }
    }

    /// The lower-case words from token `i`, reading hyphens as spaces, up
    /// to `n` (at most [`Phrase::MAX`]) words, stopping at other punctuation
    /// and numbers: what a lexicon's phrases are matched against. (Built
    /// for size, not speed, since the twelfth session: BENCHMARKS.md.)
    pub fn phrase_at(&self, i: usize, n: usize) -> Phrase<'_> {
        debug_assert!(n <= Phrase::MAX, "a phrase of {n} words is longer than any lexicon's");
        let mut out = Phrase { words: [""; Phrase::MAX], len: 0, first_hash: 0 };
        let n = n.min(Phrase::MAX);
        let mut j = i;
        while out.len < n && j < self.list.len() {
            match self.list[j].kind {
                TokenKind::Word => {
                    if out.len == 0 {
                        out.first_hash = self.hashes[j];
                    }
                    out.words[out.len] = self.lc(j);
                    out.len += 1;
                }
                TokenKind::Punct if out.len > 0 && (self.lc(j) == "-" || self.is_quote_mark(j)) => {}
                _ => break,
            }
            j += 1;
        }
        out
    }

    /// Whether token `j` is a quotation mark that opens or closes a quoted
    /// word ("voted 'No'"), not an apostrophe inside one ("Ukraine's").
    fn is_quote_mark(&self, j: usize) -> bool {
        if !crate::one_of!(self.lc(j), ["'", "\"", "“", "”"]) {
            return false;
        }
        let span = self.list[j].span;
        let spaced_before = j == 0 || self.list[j - 1].span.end < span.start;
        let spaced_after = self.list.get(j + 1).is_none_or(|t| t.span.start > span.end);
        spaced_before || spaced_after
    }

    /// The token just after `phrase_at(i, ..)` used `n` words.
    pub fn skip_words(&self, i: usize, n: usize) -> usize {
        let mut j = i;
        let mut used = 0;
        while used < n && j < self.list.len() {
            if self.list[j].kind == TokenKind::Word {
                used += 1;
            }
            j += 1;
        }
        j
    }

    /// A curly apostrophe reads as a straight one; other marks as they are.
    #[cold]
    fn three_byte_mark(&self, span: Span) -> &str {
        match span.of(&self.lower) {
            "’" => "'",
            mark => mark,
        }
    }
}

/// A few lower-case words in a row, kept in place rather than in a new
/// list: lexicons are matched at almost every word near a figure.
#[derive(Clone, Copy, Debug)]
pub struct Phrase<'w> {
    words: [&'w str; Phrase::MAX],
    len: usize,
    /// The first word's hash, from [`Tokens::word`].
    first_hash: u64,
}

impl<'w> Phrase<'w> {
    /// The longest phrase any lexicon is matched with.
    pub const MAX: usize = 5;

    /// The first word with its hash, if there are words.
    pub fn first_word(&self) -> Option<HashedWord<'w>> {
        (self.len > 0).then(|| HashedWord::with_hash(self.words[0], self.first_hash))
    }
}

impl<'w> std::ops::Deref for Phrase<'w> {
    type Target = [&'w str];

    fn deref(&self) -> &[&'w str] {
        &self.words[..self.len]
    }
}

/// The character starting at byte `at`, which must be a character boundary.
fn char_at(text: &str, at: usize) -> char {
    text[at..].chars().next().unwrap_or('\u{fffd}')
}

/// Combining marks keep a decomposed accented letter inside its word.
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(TokenKind, &str)> {
        tokenize(text).iter().map(|t| (t.kind, t.text(text))).collect()
    }

    #[test]
    fn numbers_keep_their_separators() {
        use TokenKind::*;
        assert_eq!(
            kinds("1,234,567.89 and 5. Then 2.17pm"),
            vec![
                (Num, "1,234,567.89"),
                (Word, "and"),
                (Num, "5"),
                (Punct, "."),
                (Word, "Then"),
                (Num, "2.17"),
                (Word, "pm")
            ]
        );
    }

    #[test]
    fn identifiers_split_into_glued_tokens() {
        use TokenKind::*;
        assert_eq!(kinds("S-400 G7"), vec![(Word, "S"), (Punct, "-"), (Num, "400"), (Word, "G"), (Num, "7")]);
    }

    #[test]
    fn words_fold_ascii_case_and_curly_apostrophes() {
        let text = "Ukraine’s AIR Force said ÉTÉ";
        let tokens = Tokens::new(text);
        let lc: Vec<&str> = (0..tokens.len()).map(|i| tokens.lc(i)).collect();
        assert_eq!(lc, vec!["ukraine", "'", "s", "air", "force", "said", "ÉtÉ"]);
        assert_eq!(tokens.lc(99), "");
    }

    #[test]
    fn phrases_read_through_quotation_marks_but_not_apostrophes() {
        let words = |text: &str, i: usize| {
            let tokens = Tokens::new(text);
            let phrase = tokens.phrase_at(i, 3);
            phrase.words[..phrase.len].join(" ")
        };
        assert_eq!(words("they voted 'No' then", 1), "voted no then");
        assert_eq!(words("they voted “Yes” then", 1), "voted yes then");
        assert_eq!(words("the party's seats fell", 1), "party");
    }

    proptest::proptest! {
        #[test]
        fn tokens_are_ordered_on_char_boundaries_and_skip_only_whitespace(text in "\\PC{0,60}") {
            let tokens = tokenize(&text);
            let mut last = 0;
            for t in &tokens {
                proptest::prop_assert!(t.span.start >= last && t.span.end > t.span.start);
                proptest::prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
                proptest::prop_assert!(text[last..t.span.start].chars().all(char::is_whitespace));
                last = t.span.end;
            }
            proptest::prop_assert!(text[last..].chars().all(char::is_whitespace));
        }
    }
}
