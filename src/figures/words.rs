//! Numbers written in words.
