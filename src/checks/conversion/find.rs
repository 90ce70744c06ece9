//! A measure given in two units: "19 miles (30 km)", "50°F (10°C)",
//! "1,500 (460 meters) to 2,500 feet" (the first unit borrowed from the
//! range's other end).

use super::{Conversion, ID};
use crate::report::explain::{SetAside, Tie};
use crate::figures::Kind;
use crate::mentions::Doc;

/// A unit's dimension, its size in the dimension's base unit, and for
/// temperatures the offset: base = value × factor + offset.
pub fn unit_scale(unit: &str) -> Option<(&'static str, f64, f64)> {
    let u = unit.trim().trim_end_matches('.').to_ascii_lowercase();
    let u = u.as_str();
    Some(match u {
        "m" | "metre" | "metres" | "meter" | "meters" => ("length", 1.0, 0.0),
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => ("length", 1000.0, 0.0),
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => ("length", 0.01, 0.0),
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => ("length", 0.001, 0.0),
        "mile" | "miles" | "mi" => ("length", 1609.344, 0.0),
        "ft" | "foot" | "feet" => ("length", 0.3048, 0.0),
        "yard" | "yards" | "yd" => ("length", 0.9144, 0.0),
        "inch" | "inches" | "in" => ("length", 0.0254, 0.0),
        "nautical mile" | "nautical miles" | "nmi" => ("length", 1852.0, 0.0),
        "acre" | "acres" => ("area", 4_046.856_422_4, 0.0),
        "hectare" | "hectares" | "ha" => ("area", 10_000.0, 0.0),
        "km2" | "km²" | "sq km" | "square kilometre" | "square kilometres" | "square kilometer"
        | "square kilometers" => ("area", 1e6, 0.0),
        "mi2" | "mi²" | "sq mi" | "square mile" | "square miles" => ("area", 2_589_988.110_336, 0.0),
        "m2" | "m²" | "square metre" | "square metres" | "square meter" | "square meters" => ("area", 1.0, 0.0),
        "sq ft" | "ft2" | "ft²" | "square foot" | "square feet" => ("area", 0.092_903_04, 0.0),
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => ("mass", 1.0, 0.0),
        "g" | "gram" | "grams" => ("mass", 0.001, 0.0),
        "tonne" | "tonnes" | "metric ton" | "metric tons" => ("mass", 1000.0, 0.0),
        "lb" | "lbs" | "pound" | "pounds" => ("mass", 0.453_592_37, 0.0),
        "oz" | "ounce" | "ounces" => ("mass", 0.028_349_523_125, 0.0),
        "l" | "litre" | "litres" | "liter" | "liters" => ("volume", 1.0, 0.0),
        "gallon" | "gallons" | "gal" => ("volume", 3.785_411_784, 0.0),
        "km/h" | "kph" | "kmh" | "kilometres per hour" | "kilometers per hour" => ("speed", 1000.0 / 3600.0, 0.0),
        "mph" | "miles per hour" => ("speed", 1609.344 / 3600.0, 0.0),
        "°c" | "c" | "celsius" | "degrees celsius" | "degree celsius" => ("temperature", 1.0, 0.0),
        "°f" | "f" | "fahrenheit" | "degrees fahrenheit" | "degree fahrenheit" => {
            ("temperature", 5.0 / 9.0, -32.0 * 5.0 / 9.0)
        }
        _ => return None,
    })
}

pub fn find(doc: &Doc, out: &mut Vec<Conversion>) {
    for (mi, m) in doc.mentions.iter().enumerate() {
        let fig = &doc.figures[m.figure];
        if !matches!(fig.kind, Kind::Measure | Kind::Number) || fig.value.is_none() {
            continue;
        }
        // The converted figure opens a bracket right after this one.
        let Some(next) = doc.mentions.get(mi + 1) else { continue };
        let open = (m.end..next.first).filter(|&k| doc.lc(k) == "(").count();
        let between_words = (m.end..next.first).filter(|&k| doc.is_word(k)).count();
        if open != 1 || next.first > m.end + 3 || between_words > 1 {
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
                let to = (next.end..end.first).any(|k| matches!(doc.lc(k), "to" | "and" | "-" | "–"));
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
        let pair = [m.figure, next.figure];
        let (Some((d1, _, _)), Some((d2, _, _))) = (unit_scale(original_unit), unit_scale(converted_unit)) else {
            doc.set_aside(ID, &pair, SetAside::Units, None);
            continue;
        };
        if d1 != d2 || unit_scale(original_unit) == unit_scale(converted_unit) {
            doc.set_aside(ID, &pair, SetAside::Units, None);
            continue;
        }
        if doc.explaining() {
            doc.tie(ID, &pair, Tie::StatedCue, doc.words_span(m.end, next.first));
        }
        out.push(Conversion { original: m.figure, converted: next.figure, original_unit, converted_unit });
    }
}
