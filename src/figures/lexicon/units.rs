//! Units of measure: each unit's canonical name, dimension and factor to
//! the base unit, and the abbreviations whose case carries meaning. The
//! words and phrases that name units, and rate denominators (`per hour`),
//! are data: `units.txt`, `unit-phrases.txt` and `rates.txt`.

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

/// The units a word file (`units.txt`, `unit-phrases.txt`) may name, by the
/// names of their constants.
macro_rules! named_units {
    ($($unit:ident),* $(,)?) => {
        &[$((stringify!($unit), $unit)),*]
    };
}

pub(super) const NAMED_UNITS: &[(&str, UnitDef)] = named_units![
    NM,
    UM,
    CL,
    CUP,
    TBSP,
    TSP,
    HZ,
    KHZ,
    MHZ,
    GHZ,
    DM,
    MICROGRAM,
    BIT,
    KMH,
    POUND,
    MM,
    CM,
    METRE,
    KM,
    INCH,
    FOOT,
    YARD,
    MILE,
    HECTARE,
    ACRE,
    ML,
    LITRE,
    GALLON,
    BARREL,
    MG,
    GRAM,
    KG,
    TONNE,
    TON,
    OUNCE,
    CELSIUS,
    FAHRENHEIT,
    KELVIN,
    YEAR,
    DEGREE,
    MPH,
    KNOT,
    SECOND,
    MINUTE,
    HOUR,
    DAY,
    WEEK,
    MONTH,
    DECADE,
    CENTURY,
    WATT,
    KW,
    MW,
    GW,
    BYTE,
    KB,
    MB,
    GB,
    TB,
    EXABYTE,
    SQ_KM,
    SQ_M,
    SQ_MI,
    SQ_FT,
    CUBIC_M,
    NAUTICAL_MILE,
    CUBIC_FT,
    CUBIC_KM,
    MPS
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
