//! A measure given in two units: "19 miles (30 km)", "50°F (10°C)",
//! "1,500 (460 meters) to 2,500 feet" (the first unit borrowed from the
//! range's other end).

use super::{Conversion, ID};
use crate::figures::Kind;
use crate::figures::UnitDef;
use crate::mentions::Doc;
use crate::report::explain::{SetAside, Tie};

/// A unit the check converts, by the canonical name a figure carries: the
/// recogniser's own definition (`figures::lexicon::units`), with its size
/// in its dimension's base unit and, for temperatures, its offset (base =
/// value × factor + offset). Only the dimensions news converts in brackets
/// count: length, area, volume, mass, temperature and speed.
pub fn unit_scale(name: &str) -> Option<UnitDef> {
    crate::figures::unit_of_name(name).filter(converts)
}

/// Whether the check converts unit `u`. A "ton" converts nothing: writers
/// use it for tonnes as well as for 2,000 lb. A bare "degree" says no scale.
pub fn converts(u: &UnitDef) -> bool {
    use crate::figures::Dimension as D;
    matches!(u.dimension, D::Length | D::Area | D::Volume | D::Mass | D::Temperature | D::Speed)
        && !crate::one_of!(u.name, ["ton", "degree"])
}

pub fn find(doc: &Doc, out: &mut Vec<Conversion>) {
    for (mi, m) in doc.mentions.iter().enumerate() {
        let fig = &doc.figures[m.figure];
        if !matches!(fig.kind, Kind::Measure | Kind::Number) || fig.value.is_none() {
            continue;
        }
        // The converted figure opens a bracket right after this one, or
        // stands in apposition after ", or": "200 feet, or 60 meters".
        let Some(next) = doc.mentions.get(mi + 1) else { continue };
        let open = (m.end..next.first).filter(|&k| doc.lc(k) == "(").count();
        let between_words = (m.end..next.first).filter(|&k| doc.is_word(k)).count();
        let bracket = open == 1 && next.first <= m.end + 3 && between_words <= 1;
        let or = next.first == m.end + 2 && doc.lc(m.end) == "," && doc.is(m.end + 1, "or");
        if !(bracket || or) {
            continue;
        }
        // "90 feet by 30 feet (27 meters by 9 meters)": the sides in order.
        if bracket && let Some(sides) = dimension_sides(doc, mi) {
            for (original, converted) in sides {
                push(doc, out, original, converted);
            }
            continue;
        }
        let conv = &doc.figures[next.figure];
        let Some(converted_unit) = conv.unit.filter(|_| conv.kind == Kind::Measure) else { continue };
        let original_unit = match fig.unit {
            Some(u) if fig.kind == Kind::Measure => u,
            _ => {
                // "1,500 (460 meters) to 2,500 feet": the unit of the range's other end.
                let Some(end) = doc.mentions.get(mi + 2) else { continue };
                let close = doc.lc(next.end) == ")";
                let to = (next.end..end.first).any(|k| crate::lc_in!(doc, k, ["to", "and", "-", "–"]));
                match doc.figures[end.figure].unit {
                    Some(u)
                        if close
                            && to
                            && end.first <= next.end + 3
                            && doc.figures[end.figure].kind == Kind::Measure =>
                    {
                        u
                    }
                    _ => continue,
                }
            }
        };
        push(doc, out, (mi, original_unit), (mi + 1, converted_unit));
    }
}

/// Records the conversion of the figure at mention `o` into the one at
/// mention `c`, in the units given, when the units measure one dimension.
fn push(doc: &Doc, out: &mut Vec<Conversion>, (o, original_unit): (usize, &'static str), (c, converted_unit): (usize, &'static str)) {
    let (m, next) = (&doc.mentions[o], &doc.mentions[c]);
    let pair = [m.figure, next.figure];
    let (Some(u1), Some(u2)) = (unit_scale(original_unit), unit_scale(converted_unit)) else {
        doc.set_aside(ID, &pair, SetAside::Units, None);
        return;
    };
    if u1.dimension != u2.dimension || u1.name == u2.name {
        doc.set_aside(ID, &pair, SetAside::Units, None);
        return;
    }
    if doc.explaining() {
        doc.tie(ID, &pair, Tie::StatedCue, doc.words_span(m.end, next.first));
    }
    out.push(Conversion { original: m.figure, converted: next.figure, original_unit, converted_unit });
}

type Side = (usize, &'static str);

/// "90 feet by 30 feet (27 meters by 9 meters)", "50 by 20 feet (15 by 6
/// m)": the two sides of an area, each converted in the brackets after the
/// second, in the same order. The bracket opens after the second side
/// (mention `mi`), so the first side converts into the bracket's first
/// figure and the second into its second, never the second into the first.
/// A side without a unit takes the unit of the side after it.
fn dimension_sides(doc: &Doc, mi: usize) -> Option<[(Side, Side); 2]> {
    let by = |k: usize| crate::lc_in!(doc, k, ["by", "x", "×"]);
    let m = doc.mentions.get(mi)?;
    let (first, open, second) = (doc.mentions.get(mi.checked_sub(1)?)?, doc.mentions.get(mi + 1)?, doc.mentions.get(mi + 2)?);
    let joined = |a: &crate::mentions::Mention, b: &crate::mentions::Mention| a.end + 1 == b.first && by(a.end);
    if !joined(first, m) || !joined(open, second) {
        return None;
    }
    let unit = |k: &crate::mentions::Mention, or: &crate::mentions::Mention| {
        let f = &doc.figures[k.figure];
        let g = &doc.figures[or.figure];
        f.unit.filter(|_| f.kind == Kind::Measure).or(g.unit.filter(|_| g.kind == Kind::Measure))
    };
    let (u1, u2) = (unit(first, m)?, unit(m, m)?);
    let (v1, v2) = (unit(open, second)?, unit(second, second)?);
    Some([((mi - 1, u1), (mi + 1, v1)), ((mi, u2), (mi + 2, v2))])
}
