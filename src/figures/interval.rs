use super::{Approx, Bound, Figure, Kind};

/// How far a plain hedge (`about`, `around`, `roughly`, `some`) reaches
/// either side of the value, as a fraction of it.
///
/// Ten per cent: newsroom style guides treat "about" as a rounding to a
/// convenient figure, and the roundings seen in copy (145 → "about 150",
/// 297 → "nearly 300", 22% → "about one-fifth") stay well inside it, while
/// a figure a tenth off is no longer "about" the same.
pub const HEDGE_TOLERANCE: f64 = 0.10;

/// The values a figure's wording allows: `[lo, hi]`, each end open or
/// closed, infinite ends for one-sided bounds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
    pub lo_open: bool,
    pub hi_open: bool,
}

impl Interval {
    pub const fn exact(v: f64) -> Self {
        Interval { lo: v, hi: v, lo_open: false, hi_open: false }
    }

    pub const fn closed(lo: f64, hi: f64) -> Self {
        Interval { lo, hi, lo_open: false, hi_open: false }
    }

    /// The interval a figure's wording allows, or `None` for a
    /// non-quantity or a value too large to represent.
    pub fn of(figure: &Figure) -> Option<Interval> {
        if !figure.kind.is_quantity() {
            return None;
        }
        if let (None, Some(lo), Some(hi)) = (figure.value, figure.min, figure.max) {
            let slack = rounding_slack(figure, lo.max(hi));
            return Some(Interval::closed(lo - slack, hi + slack));
        }
        let v = figure.value.filter(|v| v.is_finite())?;
        let slack = rounding_slack(figure, v);
        // A hedge on a figure given to three significant digits or more
        // reaches five units of its last non-zero digit at most: "some
        // 43,443" and "nearly 3.75 million" are near their digits.
        // Worked out for hedged figures only: this runs for every figure a
        // check weighs, and most are not hedged.
        let hedge = if figure.approx.is_some() {
            let (tenth, digits) = (v.abs() * HEDGE_TOLERANCE, 10.0 * significant_slack(v));
            (if digits < tenth { digits } else { tenth }).max(slack)
        } else {
            slack
        };
        let mut iv = Interval::closed(v - slack, v + slack);
        match figure.approx {
            Some(Approx::About) => iv = Interval::closed(v - hedge, v + hedge),
            // "nearly 16%" of 16.4%: the value is not yet reached, so its
            // rounding gives no room above it.
            Some(Approx::Nearly) => iv = Interval::closed(v - hedge, v),
            Some(Approx::JustOver) => iv.hi = v + hedge,
            Some(Approx::Vague) if figure.bound.is_none() => iv = Interval::closed(v * 2.0 / 3.0, v * 3.0),
            _ => {}
        }
        match figure.bound {
            Some(Bound::AtLeast) => (iv.hi, iv.hi_open) = (f64::INFINITY, true),
            // "above 49%", "more than 1.5 million": the stated value is the
            // threshold itself, not a rounding of some value near it, so
            // it is no precision to be allowed for: 48.9% is not above 49%.
            Some(Bound::MoreThan) => {
                iv = Interval { lo: iv.lo.max(v), hi: f64::INFINITY, lo_open: true, hi_open: true }
            }
            Some(Bound::AtMost) => (iv.lo, iv.lo_open) = (lower_floor(figure), false),
            Some(Bound::LessThan) => {
                iv = Interval { lo: lower_floor(figure), hi: iv.hi.min(v), lo_open: false, hi_open: true }
            }
            None => {}
        }
        Some(iv)
    }

    /// True when some value lies in both.
    pub fn meets(&self, other: &Interval) -> bool {
        let lo_ok = if self.lo_open || other.hi_open { self.lo < other.hi } else { self.lo <= other.hi };
        let hi_ok = if self.hi_open || other.lo_open { other.lo < self.hi } else { other.lo <= self.hi };
        lo_ok && hi_ok
    }

    pub fn add(&self, other: &Interval) -> Interval {
        Interval {
            lo: self.lo + other.lo,
            hi: self.hi + other.hi,
            lo_open: self.lo_open || other.lo_open,
            hi_open: self.hi_open || other.hi_open,
        }
    }

    /// The distance between two intervals that do not meet; 0 when they do.
    pub fn gap(&self, other: &Interval) -> f64 {
        if self.hi < other.lo {
            other.lo - self.hi
        } else if other.hi < self.lo {
            self.lo - other.hi
        } else {
            0.0
        }
    }
}

/// Half the place value of the last stated digit, except for whole counts
/// stated to the unit, which are exact: "145 drones" means 145, while "49%"
/// and "1.5 million" are rounded.
fn rounding_slack(figure: &Figure, v: f64) -> f64 {
    let Some(p) = figure.precision else { return 0.0 };
    let whole_count = matches!(figure.kind, Kind::Number | Kind::Range) && p >= 1.0 && v.fract() == 0.0;
    if whole_count && p == 1.0 { 0.0 } else { p / 2.0 }
}

/// Half the place value of a value's last non-zero digit: the slack a
/// converted figure is allowed, since converted figures are rounded to the
/// precision of the original ("3,000 feet (900 meters)": 914 m given to the
/// hundred), and the unit a hedge reaches five of.
pub fn significant_slack(value: f64) -> f64 {
    let v = value.abs();
    if v == 0.0 || !v.is_finite() {
        return 0.5;
    }
    let mut place = 1.0;
    if v.fract() != 0.0 {
        // Decimals: the place of the last stated decimal digit.
        let mut x = v;
        while (x - x.round()).abs() > 1e-9 * v.max(1.0) && place > 1e-6 {
            x *= 10.0;
            place /= 10.0;
        }
        return place / 2.0;
    }
    let mut x = v;
    while x >= 10.0 && (x / 10.0).fract() == 0.0 {
        x /= 10.0;
        place *= 10.0;
    }
    place / 2.0
}

/// Counts, money and percentages cannot go below zero; other measures
/// (temperatures) can.
fn lower_floor(figure: &Figure) -> f64 {
    match figure.kind {
        Kind::Measure | Kind::Points => f64::NEG_INFINITY,
        _ => 0.0,
    }
}

impl Interval {
    /// Every value of `self` minus every value of `other`.
    pub fn sub(&self, other: &Interval) -> Interval {
        Interval {
            lo: self.lo - other.hi,
            hi: self.hi - other.lo,
            lo_open: self.lo_open || other.hi_open,
            hi_open: self.hi_open || other.lo_open,
        }
    }

    /// Every product, for intervals of non-negative values.
    pub fn mul(&self, other: &Interval) -> Interval {
        Interval {
            lo: self.lo * other.lo,
            hi: self.hi * other.hi,
            lo_open: self.lo_open || other.lo_open,
            hi_open: self.hi_open || other.hi_open,
        }
    }

    /// Every quotient, with a positive divisor (the dividend may be
    /// negative); `None` when the divisor may be zero or is unbounded below.
    pub fn div(&self, other: &Interval) -> Option<Interval> {
        if other.lo <= 0.0 || !other.lo.is_finite() {
            return None;
        }
        let q = [self.lo / other.lo, self.lo / other.hi, self.hi / other.lo, self.hi / other.hi];
        // `min` and `max` pass over a NaN (∞/∞), so one loop needs no filter.
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for x in q {
            (lo, hi) = (lo.min(x), hi.max(x));
        }
        Some(Interval { lo, hi, lo_open: self.lo_open || other.hi_open, hi_open: self.hi_open || other.lo_open })
    }

    /// Both ends rounded to `decimals` places, for a derived value in a
    /// message.
    pub fn rounded(&self, decimals: i32) -> Interval {
        let scale = 10f64.powi(decimals);
        Interval { lo: (self.lo * scale).round() / scale, hi: (self.hi * scale).round() / scale, ..*self }
    }

    /// `a·x + b` for every x, with `a > 0`.
    pub fn affine(&self, a: f64, b: f64) -> Interval {
        Interval { lo: self.lo * a + b, hi: self.hi * a + b, ..*self }
    }

    /// The interval with both ends moved out by `slack`.
    pub fn widen(&self, slack: f64) -> Interval {
        Interval { lo: self.lo - slack, hi: self.hi + slack, ..*self }
    }

    /// `self`, grown to take in `v ± slack` where it does not already:
    /// a second rounding allowance that overlaps the first, not added to it.
    pub fn reach(&self, v: f64, slack: f64) -> Interval {
        // Compared by hand: `f64::min`/`max` carry NaN rules that cost
        // bytes in the .wasm, and no bound here is NaN.
        let (lo, hi) = (v - slack, v + slack);
        Interval { lo: if lo < self.lo { lo } else { self.lo }, hi: if hi > self.hi { hi } else { self.hi }, ..*self }
    }

    pub fn is_exact(&self) -> bool {
        self.lo == self.hi
    }

    pub fn mid(&self) -> f64 {
        if self.hi.is_finite() { (self.lo + self.hi) / 2.0 } else { self.lo }
    }
}

#[cfg(test)]
mod arithmetic_tests {
    use super::*;

    #[test]
    fn division_takes_the_widest_quotients() {
        let q = Interval::closed(70.0, 72.0).div(&Interval::closed(140.0, 145.0)).unwrap();
        assert!((q.lo - 70.0 / 145.0).abs() < 1e-12 && (q.hi - 72.0 / 140.0).abs() < 1e-12);
        assert!(Interval::exact(1.0).div(&Interval::closed(0.0, 1.0)).is_none());
        // A fall divided by its base stays negative.
        let fall = Interval::closed(-10.0, -8.0).div(&Interval::closed(100.0, 200.0)).unwrap();
        assert!((fall.lo + 0.1).abs() < 1e-12 && (fall.hi + 0.04).abs() < 1e-12);
    }

    #[test]
    fn a_hedge_on_three_significant_digits_stays_near_them() {
        let about = |text: &str| {
            let f = crate::recognize(text).into_iter().next().unwrap();
            let iv = Interval::of(&f).unwrap();
            (iv.lo, iv.hi)
        };
        // Two significant digits: a tenth either side.
        assert_eq!(about("about 150 people"), (135.0, 165.0));
        // More: five units of the last non-zero digit at most.
        assert_eq!(about("some 43,443 fans"), (43_438.0, 43_448.0));
        assert_eq!(about("about 20,150 runners"), (20_100.0, 20_200.0));
    }
}
