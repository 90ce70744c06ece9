//! Word lists, as data.
