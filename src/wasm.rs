//! The JavaScript edge: `check`, `figures` and `version` for the page, the
//! worker and anyone who imports the package built by `wasm-pack`.
//!
//! Like the CLI, this edge converts the core's byte spans, here into UTF-16
//! code units so that `text.slice(start, end)` in JavaScript is the figure.
//! Objects have the fields of the CLI's JSON (`start`/`end` instead of a
//! byte span; `figure`, the index into `figures`, on a finding's figure).
//! Options are checked field by field: an unknown field or a bad value is a
//! thrown `Error`, never a panic.
//!
//! The .wasm has a size budget (120 KB gzipped), so both directions use
//! js-sys directly rather than serde-wasm-bindgen, which measured 3.5 KB
//! (gzipped) larger for the report and 17 KB larger for the options.

use std::fmt;

use js_sys::{Array, Object, Reflect};
use serde::Serialize;
use serde::ser::Impossible;
use wasm_bindgen::prelude::*;

use crate::checks::ALL as RULES;
use crate::figures::Figure;
use crate::report::{Finding, Severity};
use crate::text::{OffsetMap, Span, Unit};
use crate::{Options, Report};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** What a figure is: quantities first, then non-quantities no check uses. */
export type Kind = "number" | "percent" | "points" | "money" | "measure" | "range"
  | "year" | "date" | "time" | "ordinal" | "identifier";
/** A hedge that loosens a figure: `about 150`. */
export type Approx = "about" | "nearly" | "just_over" | "vague";
/** A bound that makes a figure one-sided: `at least 23`. */
export type Bound = "at_least" | "more_than" | "at_most" | "less_than";
/** `inconsistent`: no reading makes the arithmetic work; `consistent`: a passed check. */
export type Status = "inconsistent" | "consistent";
/** How sure addsup is that the figures belong together. */
export type Severity = "warning" | "error";
/** The part a figure plays in a finding. */
export type Role = "total" | "part" | "whole" | "share" | "percent" | "from" | "to"
  | "change" | "original" | "converted" | "count" | "item" | "restated";

/** A range of the text in UTF-16 code units: `text.slice(start, end)`. */
export interface Range {
  start: number;
  end: number;
}

/** One figure read from the text. */
export interface Figure extends Range {
  /** The figure as written, e.g. `at least 23`, `$3bn`. */
  text: string;
  kind: Kind;
  /** The stated value, scaled; null for ranges and numbers too large. */
  value: number | null;
  min?: number;
  max?: number;
  /** Canonical unit of a measure: `mile`, `km`, `°C`. */
  unit?: string;
  /** ISO 4217 code of an amount of money. */
  currency?: string;
  approx?: Approx;
  bound?: Bound;
  /** Place value of the last stated digit: `1.5 million` has 100000. */
  precision?: number;
  /** Where the hedge words (`about`) stand. */
  hedge?: Range;
  /** Present (true) when the number was written in words. */
  in_words?: true;
}

/** A figure as it takes part in a finding. */
export interface FindingFigure extends Range {
  text: string;
  role: Role;
  /** Index into `Report.figures`; null for a word that stands for a number
   * without being a figure ("another" for 1, "doubled"). */
  figure: number | null;
}

/** One checked relation; `start`/`end` cover its sentence(s). */
export interface Finding extends Range {
  /** The rule's kebab-case id, e.g. `sum-of-parts`. */
  rule: string;
  status: Status;
  severity: Severity;
  /** The arithmetic in plain words. */
  message: string;
  figures: FindingFigure[];
  /** What the other figures give. */
  expected: string;
  /** What the text states. */
  reported: string;
  /** How far apart they are; 0 when consistent. */
  gap: number;
}

/** Everything read and checked in one text, findings ordered by position. */
export interface Report {
  findings: Finding[];
  figures: Figure[];
}

/** Options of `check`. Any other field, or a bad value, throws an Error. */
export interface Options {
  /** Rule id to on (true) or off (false); rules are on unless turned off. */
  rules?: Record<string, boolean>;
  /** Report only findings of at least this severity. */
  minSeverity?: Severity;
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "Report")]
    pub type JsReport;
    #[wasm_bindgen(typescript_type = "Figure[]")]
    pub type JsFigures;
    #[wasm_bindgen(typescript_type = "Options")]
    pub type JsOptions;
}

/// Checks `text` and returns its findings and figures.
///
/// Throws an `Error` when `options` has an unknown field or a bad value.
#[wasm_bindgen]
pub fn check(text: &str, options: Option<JsOptions>) -> Result<JsReport, JsError> {
    let options = match options {
        Some(o) => parse_options(o.into())?,
        None => Options::default(),
    };
    let report = crate::check(text, &options);
    Ok(Out::new(text).report(&report).unchecked_into())
}

/// The figures of `text`, without checking anything.
#[wasm_bindgen]
pub fn figures(text: &str) -> JsFigures {
    let out = Out::new(text);
    out.list(&crate::recognize(text), |f| out.figure(f)).unchecked_into()
}

/// The version of addsup, e.g. `0.1.0`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The fields of the options object.
const OPTION_FIELDS: [&str; 2] = ["rules", "minSeverity"];

/// Reads the options object field by field with js-sys (smaller in the
/// .wasm than a serde deserializer, and every error names its field).
fn parse_options(value: JsValue) -> Result<Options, JsError> {
    let bad = |msg: String| JsError::new(&format!("addsup: bad options: {msg}"));
    let is_object = |v: &JsValue| v.is_object() && !Array::is_array(v);
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    if !is_object(&value) {
        return Err(bad(format!(
            "options must be an object, like {{ minSeverity: \"error\" }}, not {}",
            describe(&value)
        )));
    }
    for key in Object::keys(value.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !OPTION_FIELDS.contains(&key.as_str()) {
            return Err(bad(format!("unknown option \"{key}\"; the options are \"rules\" and \"minSeverity\"")));
        }
    }
    let field = |name: &str| Reflect::get(&value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);

    let mut options = Options::default();
    let rules = field("rules");
    if !rules.is_undefined() && !rules.is_null() {
        if !is_object(&rules) {
            return Err(bad(format!(
                "\"rules\" must be an object of rule ids to true or false, not {}",
                describe(&rules)
            )));
        }
        for entry in Object::entries(rules.unchecked_ref::<Object>()).iter() {
            let entry: Array = entry.unchecked_into();
            let rule = entry.get(0).as_string().unwrap_or_default();
            if !RULES.iter().any(|r| r.id == rule) {
                let ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
                return Err(bad(format!("unknown rule \"{rule}\"; the rules are {}", ids.join(", "))));
            }
            match entry.get(1).as_bool() {
                Some(true) => {}
                Some(false) => options.disabled_rules.push(rule),
                None => {
                    return Err(bad(format!("rule \"{rule}\" must be true or false, not {}", describe(&entry.get(1)))));
                }
            }
        }
    }
    let severity = field("minSeverity");
    options.min_severity = match severity.as_string().as_deref() {
        _ if severity.is_undefined() || severity.is_null() => None,
        Some("warning") => Some(Severity::Warning),
        Some("error") => Some(Severity::Error),
        _ => return Err(bad(format!("\"minSeverity\" must be \"warning\" or \"error\", not {}", describe(&severity)))),
    };
    Ok(options)
}

/// A bad value as an error message shows it: a string quoted, else its type.
/// Quoted by hand, not with `{:?}`, so messages stay whole in a build with
/// `-Zfmt-debug=none` (see scripts/web-build.sh).
fn describe(value: &JsValue) -> String {
    match value.as_string() {
        Some(s) => format!("\"{s}\""),
        None if Array::is_array(value) => "an array".to_owned(),
        None => value.js_typeof().as_string().unwrap_or_default(),
    }
}

/// Builds the report's JavaScript objects with js-sys, field by field.
///
/// Size is a budget here (120 KB gzipped for the whole .wasm): this costs
/// less than serde-wasm-bindgen's generic serializer, and less than writing
/// JSON text for `JSON.parse` (BENCHMARKS.md). Field names and values are
/// those of the CLI's JSON; the enums' names come from their serde names.
struct Out<'t> {
    text: &'t str,
    map: OffsetMap,
    /// The field names, made into JavaScript strings once per call.
    keys: Vec<JsValue>,
}

const KEYS: [&str; 25] = [
    "text",
    "start",
    "end",
    "value",
    "kind",
    "min",
    "max",
    "unit",
    "currency",
    "approx",
    "bound",
    "precision",
    "hedge",
    "in_words",
    "rule",
    "status",
    "severity",
    "message",
    "figures",
    "expected",
    "reported",
    "gap",
    "role",
    "figure",
    "findings",
];
const TEXT: usize = 0;
const START: usize = 1;
const END: usize = 2;
const VALUE: usize = 3;
const KIND: usize = 4;
const MIN: usize = 5;
const UNIT: usize = 7;
const APPROX: usize = 9;
const BOUND: usize = 10;
const PRECISION: usize = 11;
const HEDGE: usize = 12;
const IN_WORDS: usize = 13;
const RULE: usize = 14;
const STATUS: usize = 15;
const SEVERITY: usize = 16;
const MESSAGE: usize = 17;
const FIGURES: usize = 18;
const EXPECTED: usize = 19;
const REPORTED: usize = 20;
const GAP: usize = 21;
const ROLE: usize = 22;
const FIGURE: usize = 23;
const FINDINGS: usize = 24;

impl<'t> Out<'t> {
    fn new(text: &'t str) -> Self {
        Out { text, map: OffsetMap::new(text, Unit::Utf16), keys: KEYS.iter().map(|k| JsValue::from_str(k)).collect() }
    }

    #[inline(never)]
    fn set(&self, obj: &Object, key: usize, value: &JsValue) {
        let _ = Reflect::set(obj, &self.keys[key], value);
    }

    fn num(&self, obj: &Object, key: usize, value: f64) {
        // JSON (and the CLI) have no NaN or infinity: those are null.
        let v = if value.is_finite() { JsValue::from_f64(value) } else { JsValue::NULL };
        self.set(obj, key, &v);
    }

    fn opt_num(&self, obj: &Object, key: usize, value: Option<f64>) {
        if let Some(v) = value {
            self.num(obj, key, v);
        }
    }

    fn str(&self, obj: &Object, key: usize, value: &str) {
        self.set(obj, key, &JsValue::from_str(value));
    }

    /// The snake_case name serde gives one of the core's enums.
    fn name<T: Serialize>(&self, obj: &Object, key: usize, value: &T) {
        self.str(obj, key, value.serialize(VariantName).unwrap_or_default());
    }

    /// `start` and `end` of a span, in UTF-16 code units.
    fn range(&self, obj: &Object, span: Span) {
        self.set(obj, START, &JsValue::from_f64(self.map.convert(span.start) as f64));
        self.set(obj, END, &JsValue::from_f64(self.map.convert(span.end) as f64));
    }

    fn list<T>(&self, items: &[T], each: impl Fn(&T) -> Object) -> JsValue {
        let array = Array::new();
        for item in items {
            array.push(&each(item));
        }
        array.into()
    }

    fn report(&self, report: &Report) -> JsValue {
        let obj = Object::new();
        self.set(&obj, FINDINGS, &self.list(&report.findings, |f| self.finding(f)));
        self.set(&obj, FIGURES, &self.list(&report.figures, |f| self.figure(f)));
        obj.into()
    }

    fn figure(&self, f: &Figure) -> Object {
        let obj = Object::new();
        self.str(&obj, TEXT, f.text(self.text));
        self.range(&obj, f.span);
        match f.value {
            Some(v) => self.num(&obj, VALUE, v),
            None => self.set(&obj, VALUE, &JsValue::NULL),
        }
        self.name(&obj, KIND, &f.kind);
        self.opt_num(&obj, MIN, f.min);
        self.opt_num(&obj, MIN + 1, f.max);
        for (key, value) in [(UNIT, f.unit), (UNIT + 1, f.currency)] {
            if let Some(v) = value {
                self.str(&obj, key, v);
            }
        }
        if let Some(a) = &f.approx {
            self.name(&obj, APPROX, a);
        }
        if let Some(b) = &f.bound {
            self.name(&obj, BOUND, b);
        }
        self.opt_num(&obj, PRECISION, f.precision);
        if let Some(h) = f.hedge {
            let hedge = Object::new();
            self.range(&hedge, h);
            self.set(&obj, HEDGE, &hedge);
        }
        if f.in_words {
            self.set(&obj, IN_WORDS, &JsValue::TRUE);
        }
        obj
    }

    fn finding(&self, f: &Finding) -> Object {
        let obj = Object::new();
        self.str(&obj, RULE, f.rule);
        self.name(&obj, STATUS, &f.status);
        self.name(&obj, SEVERITY, &f.severity);
        self.str(&obj, MESSAGE, &f.message);
        let figures = self.list(&f.figures, |ff| {
            let o = Object::new();
            self.str(&o, TEXT, ff.span.of(self.text));
            self.range(&o, ff.span);
            self.name(&o, ROLE, &ff.role);
            let index = ff.figure.map_or(JsValue::NULL, |i| JsValue::from_f64(i as f64));
            self.set(&o, FIGURE, &index);
            o
        });
        self.set(&obj, FIGURES, &figures);
        self.str(&obj, EXPECTED, &f.expected);
        self.str(&obj, REPORTED, &f.reported);
        self.num(&obj, GAP, f.gap);
        self.range(&obj, f.span);
        obj
    }
}

/// A serde serializer that only reads the name of a unit variant: how the
/// core's enums (`Kind`, `Role`, …) name themselves, so the names here never
/// drift from the CLI's JSON.
struct VariantName;

type NoCompound = Impossible<&'static str, fmt::Error>;
type Named = Result<&'static str, fmt::Error>;

/// Methods that refuse what they are given: every serializer method but
/// `serialize_unit_variant`.
macro_rules! refuse {
    (-> $ok:ty: $($method:ident($($arg:ty),*)),* $(,)?) => {
        $(fn $method(self, $(_: $arg),*) -> Result<$ok, fmt::Error> { Err(fmt::Error) })*
    };
    ($($method:ident($($arg:ty),*)),* $(,)?) => {
        refuse! { -> &'static str: $($method($($arg),*)),* }
    };
}

impl serde::Serializer for VariantName {
    type Ok = &'static str;
    type Error = fmt::Error;
    type SerializeSeq = NoCompound;
    type SerializeTuple = NoCompound;
    type SerializeTupleStruct = NoCompound;
    type SerializeTupleVariant = NoCompound;
    type SerializeMap = NoCompound;
    type SerializeStruct = NoCompound;
    type SerializeStructVariant = NoCompound;

    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Named {
        Ok(variant)
    }

    refuse! {
        serialize_bool(bool), serialize_i8(i8), serialize_i16(i16), serialize_i32(i32), serialize_i64(i64),
        serialize_u8(u8), serialize_u16(u16), serialize_u32(u32), serialize_u64(u64),
        serialize_f32(f32), serialize_f64(f64), serialize_char(char), serialize_str(&str),
        serialize_bytes(&[u8]), serialize_none(), serialize_unit(), serialize_unit_struct(&'static str),
    }

    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Named {
        Err(fmt::Error)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, _: &T) -> Named {
        Err(fmt::Error)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Named {
        Err(fmt::Error)
    }
    refuse! { -> NoCompound:
        serialize_seq(Option<usize>), serialize_tuple(usize), serialize_tuple_struct(&'static str, usize),
        serialize_tuple_variant(&'static str, u32, &'static str, usize), serialize_map(Option<usize>),
        serialize_struct(&'static str, usize), serialize_struct_variant(&'static str, u32, &'static str, usize),
    }
}
