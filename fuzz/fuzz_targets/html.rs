//! Arbitrary UTF-8 as HTML, as `addsup check --html` reads it: the page's
//! text is checked, and every span of the report, mapped back into the
//! HTML, must lie within it, on character boundaries, start before end.
//!
//! Run: `cargo +nightly fuzz run html` (from the repository root), or
//! `scripts/fuzz.sh RUNS html`.

#![no_main]

use addsup::text::Span;
use addsup::text::html::HtmlText;
use libfuzzer_sys::fuzz_target;

fn within(html: &str, span: Span) {
    assert!(span.start <= span.end && span.end <= html.len(), "span {span:?} outside {} bytes of HTML", html.len());
    assert!(html.is_char_boundary(span.start) && html.is_char_boundary(span.end), "span {span:?} splits a character");
}

fuzz_target!(|html: &str| {
    let page = HtmlText::parse(html);
    let report = addsup::check(&page.text, &Default::default());
    for finding in &report.findings {
        within(html, page.source_span(finding.span));
        for f in &finding.figures {
            within(html, page.source_span(f.span));
        }
    }
    for figure in &report.figures {
        within(html, page.source_span(figure.span));
        if let Some(hedge) = figure.hedge {
            within(html, page.source_span(hedge));
        }
    }
});
