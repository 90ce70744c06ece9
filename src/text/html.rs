//! HTML to text, with a map from text offsets back to the HTML source.
//!
//! Tags are dropped, entities decoded, the contents of `script`, `style`
//! and comments skipped, and block elements (`p`, `div`, `li`, `br`,
//! headings, table cells...) become paragraph breaks, so that sentences and
//! paragraphs come out as a reader sees them.

use super::{Span, small_number};

/// The text of an HTML document and where each piece of it came from.
#[derive(Clone, Debug, Default)]
pub struct HtmlText {
    pub text: String,
    /// Pieces in order: `(text_start, html_start, html_len, verbatim)`. A
    /// verbatim piece maps byte for byte; a decoded entity or an inserted
    /// break maps as a whole onto its source.
    pieces: Vec<(usize, usize, usize, bool)>,
    html_len: usize,
}

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "hr",
    "figure",
    "figcaption",
    "dt",
    "dd",
    "dl",
    "main",
    "aside",
    "nav",
    "title",
];

impl HtmlText {
    pub fn parse(html: &str) -> HtmlText {
        let mut out = HtmlText { html_len: html.len(), ..Default::default() };
        let bytes = html.as_bytes();
        let mut i = 0;
        let mut run_start: Option<usize> = None;
        while i < bytes.len() {
            let b = bytes[i];
            if (b == b'<' || b == b'&')
                && let Some(s) = run_start.take()
            {
                out.push_verbatim(html, s, i);
            }
            if b == b'<' {
                if html[i..].starts_with("<!--") {
                    i = find_bytes(bytes, i, b"-->").map_or(bytes.len(), |e| e + 3);
                    continue;
                }
                let (tag, end) = match crate::text::first_of(&html[i..], b'>') {
                    Some(e) => (&html[i + 1..i + e], i + e + 1),
                    None => (&html[i + 1..], bytes.len()),
                };
                let name: String = tag
                    .strip_prefix('/')
                    .unwrap_or(tag)
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect::<String>()
                    .to_ascii_lowercase();
                let closing = tag.starts_with('/');
                if !closing && (name == "script" || name == "style") {
                    i = closing_tag(html, end, &name).map_or(bytes.len(), |after| {
                        crate::text::first_of(&html[after..], b'>').map_or(bytes.len(), |g| after + g + 1)
                    });
                    continue;
                }
                if BLOCKS.contains(&name.as_str()) {
                    out.push_mapped("\n\n", i, end - i);
                } else if !out.text.ends_with([' ', '\n']) && !out.text.is_empty() && tag.ends_with('/') {
                    out.push_mapped(" ", i, end - i);
                }
                i = end;
                continue;
            }
            if b == b'&'
                && let Some((decoded, len)) = entity(&html[i..])
            {
                let mut buf = [0u8; 4];
                out.push_mapped(decoded.encode_utf8(&mut buf), i, len);
                i += len;
                continue;
            }
            if run_start.is_none() {
                run_start = Some(i);
            }
            i += 1;
        }
        if let Some(s) = run_start {
            out.push_verbatim(html, s, bytes.len());
        }
        out
    }

    fn push_verbatim(&mut self, html: &str, start: usize, end: usize) {
        if end > start {
            self.pieces.push((self.text.len(), start, end - start, true));
            self.text.push_str(&html[start..end]);
        }
    }

    fn push_mapped(&mut self, s: &str, html_start: usize, html_len: usize) {
        self.pieces.push((self.text.len(), html_start, html_len, false));
        self.text.push_str(s);
    }

    /// The HTML offset of text offset `at`.
    fn source_of(&self, at: usize, is_end: bool) -> usize {
        let k = self.pieces.partition_point(|p| p.0 <= at);
        if k == 0 {
            return 0;
        }
        let (t, h, len, verbatim) = self.pieces[k - 1];
        if verbatim {
            (h + (at - t)).min(h + len)
        } else if at == t && !is_end {
            h
        } else {
            h + len
        }
    }

    /// The HTML span a text span came from.
    pub fn source_span(&self, span: Span) -> Span {
        if self.pieces.is_empty() {
            return Span::new(0, 0);
        }
        // An end exactly at a piece's start belongs to the piece before.
        let start = self.source_of(span.start, false);
        let end = if span.end > span.start { self.source_of(span.end - 1, true).max(start) } else { start };
        let end = if span.end > span.start {
            let k = self.pieces.partition_point(|p| p.0 < span.end);
            let (t, h, len, verbatim) = self.pieces[k.max(1) - 1];
            if verbatim { (h + (span.end - t)).min(h + len) } else { h + len }
        } else {
            end
        };
        Span::new(start.min(self.html_len), end.min(self.html_len))
    }
}

/// Where `needle` next starts at or after `from`. A plain scan: markup
/// needles are two or three bytes, and `str::find` with a string would
/// bring the two-way searcher into the Wasm for them.
fn find_bytes(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|k| from + k)
}

/// Where `</name` next starts at or after `from`, in any letter case.
fn closing_tag(html: &str, from: usize, name: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut at = from;
    while let Some(start) = find_bytes(bytes, at, b"</") {
        let tag = bytes.get(start + 2..start + 2 + name.len())?;
        if tag.eq_ignore_ascii_case(name.as_bytes()) {
            return Some(start);
        }
        at = start + 2;
    }
    None
}

/// Decodes the entity at the start of `s`: `&amp;`, `&#8212;`, `&#x2013;`.
fn entity(s: &str) -> Option<(char, usize)> {
    let end = s.bytes().take(12).position(|b| b == b';')?;
    let name = &s[1..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => small_number(hex, 16)?,
            None => small_number(num, 10)?,
        };
        char::from_u32(code)?
    } else {
        match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "ndash" => '–',
            "mdash" => '—',
            "rsquo" => '’',
            "lsquo" => '‘',
            "rdquo" => '”',
            "ldquo" => '“',
            "hellip" => '…',
            "deg" => '°',
            "pound" => '£',
            "euro" => '€',
            "cent" => '¢',
            "times" => '×',
            "minus" => '−',
            "frac12" => '½',
            "thinsp" | "ensp" | "emsp" => ' ',
            _ => return None,
        }
    };
    Some((c, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_decodes_entities_and_maps_back() {
        let html = "<p>Russia launched <b>145</b> drones &amp; 7 missiles.</p><p>Then&nbsp;23 more.</p><script>var x = 5;</script>";
        let h = HtmlText::parse(html);
        assert!(h.text.contains("Russia launched 145 drones & 7 missiles."));
        assert!(h.text.contains("\n\nThen 23 more."));
        assert!(!h.text.contains("var x"));
        let at = h.text.find("145").unwrap();
        let src = h.source_span(Span::new(at, at + 3));
        assert_eq!(&html[src.start..src.end], "145");
        let amp = h.text.find('&').unwrap();
        let src = h.source_span(Span::new(amp, amp + 1));
        assert_eq!(&html[src.start..src.end], "&amp;");
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_maps_inside_the_source(html in "[<>&a-z0-9;# /p]{0,60}") {
            let h = HtmlText::parse(&html);
            for (i, _) in h.text.char_indices() {
                let s = h.source_span(Span::new(i, i + 1));
                proptest::prop_assert!(s.start <= s.end && s.end <= html.len());
            }
        }
    }
}
