//! Units of measure: each unit's canonical name, dimension and factor to
//! the base unit, the words and phrases that name them, and rate
//! denominators (`per hour`).

/// A unit of measure: the canonical name the figure carries, and how to
/// reach the dimension's base unit (`base = value * factor + offset`), which
/// the conversion check uses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitDef {
    pub name: &'static str,
    pub dimension: Dimension,
    pub factor: f64,
    pub offset: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dimension {
    Length,
    Area,
    Volume,
    Mass,
    Temperature,
    Speed,
    Duration,
    Energy,
    Power,
    Data,
    Frequency,
    /// A hundredth of a currency: cents, pence, kopiykas.
    MinorCurrency,
}

pub(super) const fn unit(name: &'static str, dimension: Dimension, factor: f64) -> UnitDef {
    UnitDef { name, dimension, factor, offset: 0.0 }
}

use Dimension::*;

pub const MM: UnitDef = unit("mm", Length, 0.001);

pub const CM: UnitDef = unit("cm", Length, 0.01);

pub const METRE: UnitDef = unit("m", Length, 1.0);

pub const KM: UnitDef = unit("km", Length, 1000.0);

pub const INCH: UnitDef = unit("inch", Length, 0.0254);

pub const FOOT: UnitDef = unit("foot", Length, 0.3048);

pub const YARD: UnitDef = unit("yard", Length, 0.9144);

pub const MILE: UnitDef = unit("mile", Length, 1609.344);

pub const NAUTICAL_MILE: UnitDef = unit("nautical mile", Length, 1852.0);

pub const SQ_M: UnitDef = unit("m²", Area, 1.0);

pub const SQ_KM: UnitDef = unit("km²", Area, 1e6);

pub const SQ_FT: UnitDef = unit("sq ft", Area, 0.09290304);

pub const SQ_MI: UnitDef = unit("sq mi", Area, 2_589_988.110336);

pub const HECTARE: UnitDef = unit("hectare", Area, 10_000.0);

pub const ACRE: UnitDef = unit("acre", Area, 4046.8564224);

pub const ML: UnitDef = unit("ml", Volume, 0.001);

pub const LITRE: UnitDef = unit("litre", Volume, 1.0);

pub const GALLON: UnitDef = unit("gallon", Volume, 3.785411784);

pub const BARREL: UnitDef = unit("barrel", Volume, 158.987294928);

pub const CUBIC_M: UnitDef = unit("m³", Volume, 1000.0);

pub const MG: UnitDef = unit("mg", Mass, 1e-6);

pub const GRAM: UnitDef = unit("g", Mass, 0.001);

pub const KG: UnitDef = unit("kg", Mass, 1.0);

pub const TONNE: UnitDef = unit("tonne", Mass, 1000.0);

pub const TON: UnitDef = unit("ton", Mass, 907.18474);

pub const POUND: UnitDef = unit("lb", Mass, 0.45359237);

pub const OUNCE: UnitDef = unit("oz", Mass, 0.028349523125);

pub const CELSIUS: UnitDef = UnitDef { name: "°C", dimension: Temperature, factor: 1.0, offset: 0.0 };

pub const FAHRENHEIT: UnitDef =
    UnitDef { name: "°F", dimension: Temperature, factor: 5.0 / 9.0, offset: -32.0 * 5.0 / 9.0 };

pub const KELVIN: UnitDef = UnitDef { name: "K", dimension: Temperature, factor: 1.0, offset: -273.15 };

pub const NM: UnitDef = unit("nm", Length, 1e-9);

pub const UM: UnitDef = unit("µm", Length, 1e-6);

pub const CL: UnitDef = unit("cl", Volume, 0.01);

pub const CUP: UnitDef = unit("cup", Volume, 0.2365882365);

pub const TBSP: UnitDef = unit("tbsp", Volume, 0.01478676478125);

pub const TSP: UnitDef = unit("tsp", Volume, 0.00492892159375);

pub const HZ: UnitDef = unit("Hz", Frequency, 1.0);

pub const KHZ: UnitDef = unit("kHz", Frequency, 1e3);

pub const MHZ: UnitDef = unit("MHz", Frequency, 1e6);

pub const GHZ: UnitDef = unit("GHz", Frequency, 1e9);

pub const CENT: UnitDef = unit("cent", MinorCurrency, 0.01);

pub const EV: UnitDef = unit("eV", Energy, 1.602176634e-19);

pub const KEV: UnitDef = unit("keV", Energy, 1.602176634e-16);

pub const MEV: UnitDef = unit("MeV", Energy, 1.602176634e-13);

pub const GEV: UnitDef = unit("GeV", Energy, 1.602176634e-10);

pub const TEV: UnitDef = unit("TeV", Energy, 1.602176634e-7);

pub const DM: UnitDef = unit("dm", Length, 0.1);

pub const MICROGRAM: UnitDef = unit("µg", Mass, 1e-9);

pub const CUBIC_FT: UnitDef = unit("cu ft", Volume, 28.316846592);

pub const CUBIC_KM: UnitDef = unit("km³", Volume, 1e12);

pub const BIT: UnitDef = unit("bit", Data, 0.125);

pub const WH: UnitDef = unit("Wh", Energy, 3600.0);

pub const DEGREE: UnitDef = unit("degree", Temperature, f64::NAN);

pub const KMH: UnitDef = unit("km/h", Speed, 1.0 / 3.6);

pub const MPH: UnitDef = unit("mph", Speed, 0.44704);

pub const MPS: UnitDef = unit("m/s", Speed, 1.0);

pub const KNOT: UnitDef = unit("knot", Speed, 0.514444);

pub const SECOND: UnitDef = unit("second", Duration, 1.0);

pub const MINUTE: UnitDef = unit("minute", Duration, 60.0);

pub const HOUR: UnitDef = unit("hour", Duration, 3600.0);

pub const DAY: UnitDef = unit("day", Duration, 86_400.0);

pub const WEEK: UnitDef = unit("week", Duration, 604_800.0);

pub const MONTH: UnitDef = unit("month", Duration, 2_629_746.0);

pub const YEAR: UnitDef = unit("year", Duration, 31_556_952.0);

pub const DECADE: UnitDef = unit("decade", Duration, 315_569_520.0);

pub const CENTURY: UnitDef = unit("century", Duration, 3_155_695_200.0);

pub const KWH: UnitDef = unit("kWh", Energy, 3.6e6);

pub const MWH: UnitDef = unit("MWh", Energy, 3.6e9);

pub const GWH: UnitDef = unit("GWh", Energy, 3.6e12);

pub const TWH: UnitDef = unit("TWh", Energy, 3.6e15);

pub const WATT: UnitDef = unit("W", Power, 1.0);

pub const KW: UnitDef = unit("kW", Power, 1e3);

pub const MW: UnitDef = unit("MW", Power, 1e6);

pub const GW: UnitDef = unit("GW", Power, 1e9);

pub const BYTE: UnitDef = unit("byte", Data, 1.0);

pub const KB: UnitDef = unit("KB", Data, 1e3);

pub const MB: UnitDef = unit("MB", Data, 1e6);

pub const GB: UnitDef = unit("GB", Data, 1e9);

pub const TB: UnitDef = unit("TB", Data, 1e12);

pub const EXABYTE: UnitDef = unit("EB", Data, 1e18);

/// One-word unit names and abbreviations, matched case-insensitively
/// unless listed in [`CASED_UNITS`]. Plurals are listed where English
/// forms them irregularly; a trailing `s` is tried otherwise.
pub const UNIT_WORDS: &[(&str, UnitDef)] = &[
    ("nanometre", NM),
    ("nanometer", NM),
    ("nm", NM),
    ("micrometre", UM),
    ("micrometer", UM),
    ("micron", UM),
    ("centilitre", CL),
    ("centiliter", CL),
    ("cl", CL),
    ("cup", CUP),
    ("tablespoon", TBSP),
    ("tbsp", TBSP),
    ("teaspoon", TSP),
    ("tsp", TSP),
    ("hertz", HZ),
    ("kilohertz", KHZ),
    ("megahertz", MHZ),
    ("gigahertz", GHZ),
    ("decimetre", DM),
    ("decimeter", DM),
    ("dm", DM),
    ("microgram", MICROGRAM),
    ("microgramme", MICROGRAM),
    ("mcg", MICROGRAM),
    ("µg", MICROGRAM),
    ("μg", MICROGRAM),
    ("bit", BIT),
    ("kmph", KMH),
    ("kmh", KMH),
    ("pound", POUND),
    ("pounds", POUND),
    ("millimetre", MM),
    ("millimeter", MM),
    ("mm", MM),
    ("centimetre", CM),
    ("centimeter", CM),
    ("cm", CM),
    ("metre", METRE),
    ("meter", METRE),
    ("kilometre", KM),
    ("kilometer", KM),
    ("km", KM),
    ("kms", KM),
    ("inch", INCH),
    ("inches", INCH),
    ("foot", FOOT),
    ("feet", FOOT),
    ("ft", FOOT),
    ("yard", YARD),
    ("yd", YARD),
    ("mile", MILE),
    ("mi", MILE),
    ("hectare", HECTARE),
    ("ha", HECTARE),
    ("acre", ACRE),
    ("millilitre", ML),
    ("milliliter", ML),
    ("ml", ML),
    ("litre", LITRE),
    ("liter", LITRE),
    ("gallon", GALLON),
    ("gal", GALLON),
    ("barrel", BARREL),
    ("bbl", BARREL),
    ("milligram", MG),
    ("milligramme", MG),
    ("mg", MG),
    ("gram", GRAM),
    ("gramme", GRAM),
    ("kilogram", KG),
    ("kilogramme", KG),
    ("kg", KG),
    ("kilo", KG),
    ("kgs", KG),
    ("tonne", TONNE),
    ("ton", TON),
    ("tons", TON),
    ("lb", POUND),
    ("lbs", POUND),
    ("ounce", OUNCE),
    ("oz", OUNCE),
    ("celsius", CELSIUS),
    ("centigrade", CELSIUS),
    ("fahrenheit", FAHRENHEIT),
    ("kelvin", KELVIN),
    ("celcius", CELSIUS),
    ("centigrate", CELSIUS),
    ("farenheit", FAHRENHEIT),
    ("fahrenheight", FAHRENHEIT),
    ("yo", YEAR),
    ("deg", DEGREE),
    ("kph", KMH),
    ("mph", MPH),
    ("knot", KNOT),
    ("second", SECOND),
    ("sec", SECOND),
    ("secs", SECOND),
    ("minute", MINUTE),
    ("min", MINUTE),
    ("mins", MINUTE),
    ("hour", HOUR),
    ("hr", HOUR),
    ("hrs", HOUR),
    ("day", DAY),
    ("week", WEEK),
    ("month", MONTH),
    ("year", YEAR),
    ("yr", YEAR),
    ("yrs", YEAR),
    ("decade", DECADE),
    ("century", CENTURY),
    ("centuries", CENTURY),
    ("watt", WATT),
    ("kilowatt", KW),
    ("megawatt", MW),
    ("gigawatt", GW),
    ("byte", BYTE),
    ("kilobyte", KB),
    ("megabyte", MB),
    ("gigabyte", GB),
    ("terabyte", TB),
    ("exabyte", EXABYTE),
];

/// Abbreviations whose case carries meaning (`MW` is not `mw`), and which
/// are never taken from ordinary words.
pub const CASED_UNITS: &[(&str, UnitDef)] = &[
    ("m", METRE),
    ("g", GRAM),
    ("t", TONNE),
    ("l", LITRE),
    ("L", LITRE),
    ("kWh", KWH),
    ("MWh", MWH),
    ("GWh", GWH),
    ("TWh", TWH),
    ("W", WATT),
    ("kW", KW),
    ("MW", MW),
    ("GW", GW),
    ("KB", KB),
    ("MB", MB),
    ("GB", GB),
    ("TB", TB),
    ("EB", EXABYTE),
    ("K", KELVIN),
    ("Wh", WH),
    ("eV", EV),
    ("keV", KEV),
    ("MeV", MEV),
    ("GeV", GEV),
    ("TeV", TEV),
    ("Hz", HZ),
    ("kHz", KHZ),
    ("MHz", MHZ),
    ("GHz", GHZ),
];

/// Two- and three-word units, matched word by word.
pub const UNIT_PHRASES: &[(&[&str], UnitDef)] = &[
    (&["square", "kilometre"], SQ_KM),
    (&["square", "kilometer"], SQ_KM),
    (&["sq", "km"], SQ_KM),
    (&["square", "metre"], SQ_M),
    (&["square", "meter"], SQ_M),
    (&["sq", "m"], SQ_M),
    (&["square", "mile"], SQ_MI),
    (&["sq", "mi"], SQ_MI),
    (&["square", "foot"], SQ_FT),
    (&["square", "feet"], SQ_FT),
    (&["sq", "ft"], SQ_FT),
    (&["cubic", "metre"], CUBIC_M),
    (&["cubic", "meter"], CUBIC_M),
    (&["nautical", "mile"], NAUTICAL_MILE),
    (&["metric", "ton"], TONNE),
    (&["metric", "tonne"], TONNE),
    (&["cubic", "foot"], CUBIC_FT),
    (&["cubic", "feet"], CUBIC_FT),
    (&["cubic", "kilometre"], CUBIC_KM),
    (&["cubic", "kilometer"], CUBIC_KM),
    (&["km", "cubed"], CUBIC_KM),
    (&["km", "squared"], SQ_KM),
    (&["kilometres", "squared"], SQ_KM),
    (&["square", "kilometres"], SQ_KM),
    (&["km", "per", "hr"], KMH),
    (&["degrees", "celsius"], CELSIUS),
    (&["degree", "celsius"], CELSIUS),
    (&["degrees", "centigrade"], CELSIUS),
    (&["degrees", "fahrenheit"], FAHRENHEIT),
    (&["degree", "fahrenheit"], FAHRENHEIT),
    (&["degrees", "c"], CELSIUS),
    (&["degrees", "f"], FAHRENHEIT),
    (&["degrees", "farenheit"], FAHRENHEIT),
    (&["degrees", "celcius"], CELSIUS),
    (&["deg", "celsius"], CELSIUS),
    (&["deg", "c"], CELSIUS),
    (&["deg", "fahrenheit"], FAHRENHEIT),
    (&["deg", "f"], FAHRENHEIT),
    (&["y", ".", "o", "."], YEAR),
    (&["miles", "per", "hour"], MPH),
    (&["miles", "an", "hour"], MPH),
    (&["mile", "per", "hour"], MPH),
    (&["kilometres", "per", "hour"], KMH),
    (&["kilometers", "per", "hour"], KMH),
    (&["kilometres", "an", "hour"], KMH),
    (&["kilometers", "an", "hour"], KMH),
    (&["km", "per", "hour"], KMH),
    (&["metres", "per", "second"], MPS),
    (&["meters", "per", "second"], MPS),
];

/// What a rate can be counted per, after `per`, `a`, `an` or `/`:
/// `$15 an hour`, `3 km per day`, `50 cents a share`.
pub const RATE_DENOMINATORS: &[(&str, &str)] = &[
    ("hour", "hour"),
    ("hours", "hour"),
    ("hr", "hour"),
    ("h", "hour"),
    ("day", "day"),
    ("days", "day"),
    ("night", "night"),
    ("week", "week"),
    ("month", "month"),
    ("year", "year"),
    ("yr", "year"),
    ("annum", "year"),
    ("minute", "minute"),
    ("min", "minute"),
    ("second", "second"),
    ("sec", "second"),
    ("s", "second"),
    ("ms", "millisecond"),
    ("millisecond", "millisecond"),
    ("kg", "kg"),
    ("kilogram", "kg"),
    ("tonne", "tonne"),
    ("ton", "ton"),
    ("barrel", "barrel"),
    ("share", "share"),
    ("person", "person"),
    ("head", "head"),
    ("capita", "capita"),
    ("litre", "litre"),
    ("liter", "litre"),
    ("gallon", "gallon"),
    ("mile", "mile"),
    ("km", "km"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("unit", "unit"),
    ("m", "m"),
    ("metre", "m"),
    ("meter", "m"),
    ("sq", "sq"),
    ("pound", "lb"),
    ("lb", "lb"),
    ("ounce", "oz"),
    ("oz", "oz"),
    ("dose", "dose"),
    ("vote", "vote"),
];
