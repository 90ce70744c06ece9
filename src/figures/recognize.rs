use super::{Figure, Kind};
use crate::text::{TokenKind, tokenize};

/// Finds every figure in `text`, in order of position.
pub fn recognize(text: &str) -> Vec<Figure> {
    let mut out = Vec::new();
    for t in tokenize(text) {
        if t.kind == TokenKind::Num {
            let mut f = Figure::new(t.span, Kind::Number);
            f.value = t.text(text).replace(',', "").parse().ok();
            f.precision = Some(1.0);
            out.push(f);
        }
    }
    out
}
