//! Scale suffixes glued to digits, whose case decides them (`3M`, `4.5m`).
//! Number words and scale words are data: `numbers.txt`, `scales.txt`.

/// Suffixes glued to digits whose case decides them: `10k`, `10K`, `3M`,
/// `$4.5m` (but `4.5m` alone is metres), `1MM`.
pub const GLUED_SCALES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("K", 1e3),
    ("M", 1e6),
    ("MM", 1e6),
    ("B", 1e9),
    ("bn", 1e9),
    ("b", 1e9),
    ("tn", 1e12),
    ("trn", 1e12),
    ("mn", 1e6),
    ("mil", 1e6),
    ("mln", 1e6),
    ("bln", 1e9),
    ("tln", 1e12),
];
