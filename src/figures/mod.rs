//! Figures: numbers as the text states them, with what the text says about
//! their precision.
//!
//! A [`Figure`] is one stated quantity (`145`, `about one and a half
//! hundred`, `at least 23`, `$3bn`, `19 miles`, `20-30`) or one recognised
//! non-quantity (`2022`, `November 25, 2024`, `S-400`, `second`) that later
//! stages must not use as a quantity. Every figure keeps its exact byte span.
//!
//! Recognition is one left-to-right pass over [`tokens`](crate::text::tokens)
//! in which each recogniser looks ahead a bounded number of tokens, so the
//! cost is linear in the length of the text.

mod interval;
mod lexicon;
mod recognize;
mod scan;
mod words;

pub use interval::{Interval, significant_slack};
pub use lexicon::{Dimension, UnitDef, currency_word, is_month, unit_named, unit_of_name};

/// Whether `unit` measures time: "month", "day".
pub fn is_duration(unit: &str) -> bool {
    lexicon::unit_named(unit).is_some_and(|u| u.dimension == lexicon::Dimension::Duration)
}
pub use recognize::{recognize, recognize_tokens};

use crate::text::Span;
use serde::Serialize;

/// What a figure is. Quantities first, then the non-quantities that are
/// recognised only so that no check uses them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A plain count or amount: `145`, `one and a half hundred`, `1.2 million`.
    Number,
    /// A percentage: `45%`, `45 per cent`.
    Percent,
    /// A difference of percentages: `3 percentage points`.
    Points,
    /// An amount of money, with its currency: `$3bn`, `£4.5m`, `USD 5 million`.
    Money,
    /// A measure with a unit: `19 miles`, `30 km`, `50°F`, `6 hours`.
    Measure,
    /// A range of plain numbers: `20-30`, `between 20 and 30`. Ranges of
    /// money, percentages or measures keep those kinds and carry `min`/`max`.
    Range,
    /// A year or a span of years: `2022`, `the 1990s`, `2012-13`.
    Year,
    /// A calendar date: `November 25, 2024`, `25/11/2024`.
    Date,
    /// A clock time: `11:41`, `2pm`.
    Time,
    /// An ordinal: `21st`, `second city`, `the third`.
    Ordinal,
    /// A name or code that contains digits: `S-400`, `COVID-19`, `Route 66`,
    /// a phone number, an IP address.
    Identifier,
}

impl Kind {
    /// True for kinds that state an amount a check may use.
    pub fn is_quantity(self) -> bool {
        matches!(self, Kind::Number | Kind::Percent | Kind::Points | Kind::Money | Kind::Measure | Kind::Range)
    }
}

/// A hedge that loosens a figure without changing its side: `about 150`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// `about`, `around`, `roughly`, `approximately`, `some`, `an estimated`,
    /// `close to`: either side of the value.
    About,
    /// `nearly`, `almost`, `just under`: at or a little below the value.
    Nearly,
    /// `just over`, `a little more than`: a little above the value.
    JustOver,
    /// A vague amount: `a few`, `dozens`, `hundreds`.
    Vague,
}

/// A bound that turns a figure into a one-sided range: `at least 23`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// `at least`, `no fewer than`, `or more`: ≥ value.
    AtLeast,
    /// `more than`, `over`, `above`, `upwards of`: > value.
    MoreThan,
    /// `up to`, `as many as`, `at most`, `no more than`: ≤ value.
    AtMost,
    /// `fewer than`, `less than`, `under`, `below`: < value.
    LessThan,
}

/// One figure read from the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// The figure's text: the number with its currency, unit, scale and
    /// bound words (`at least 23`, `$3bn`, `19 miles`). A hedge such as
    /// `about` stands outside it, in [`Figure::hedge`].
    pub span: Span,
    pub kind: Kind,
    /// The stated value, scaled (`1.5 million` → 1,500,000; `45%` → 45).
    /// `None` for ranges, and for numbers too large to represent.
    pub value: Option<f64>,
    /// Lower end of a range or of a lower bound.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Upper end of a range or of an upper bound.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// The unit of a measure, canonical: `mile`, `km`, `°C`, `year`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'static str>,
    /// What a rate is counted per: `$15 an hour` → `hour`, `120 km/h` is a
    /// unit of its own, `50 cents a share` → `share`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<&'static str>,
    /// ISO 4217 code of a money amount: `USD`, `GBP`, `UAH`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approx: Option<Approx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bound: Option<Bound>,
    /// The place value of the last stated digit: `1.5 million` → 100,000;
    /// `145` → 1; `49%` → 1; `one and a half hundred` → 50.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub precision: Option<f64>,
    /// Where the hedge word(s) stand, when there is a hedge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedge: Option<Span>,
    /// True when the number was written in words (`seventy-one`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub in_words: bool,
}

impl Figure {
    /// A figure of `kind` at `span` with nothing else known yet.
    pub fn new(span: Span, kind: Kind) -> Self {
        Figure {
            span,
            kind,
            value: None,
            min: None,
            max: None,
            unit: None,
            per: None,
            currency: None,
            approx: None,
            bound: None,
            precision: None,
            hedge: None,
            in_words: false,
        }
    }

    /// The figure's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }

    /// The range of values the wording allows; see [`Interval`].
    pub fn interval(&self) -> Option<Interval> {
        Interval::of(self)
    }
}
