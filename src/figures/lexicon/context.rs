//! Words next to a number that tell what it is (`context.txt`): one word
//! file for the small classes the recognisers test a neighbouring word
//! against, read into [`Context`].

use crate::checks::relation::CueWords;
use crate::mentions::lexicon::{Class, tabled};

/// The classes of `context.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// A time zone after a time of day: "0850 GMT".
    Zone,
    /// The word for hours after a time of day: "1430 hrs".
    Hours,
    /// An ordinal before a fraction word: "the first half".
    Ordinal,
    /// After a period, a point in time or an age: "a year ago", "ten years old".
    Ago,
    /// Before a hyphen and a year: "mid-2020", "pre-2019".
    YearPrefix,
    /// After "a" or "an", a word the figure goes on with: "a few", "an estimated".
    AfterArticle,
    /// After "2 in", a word that makes it inches: "2 in thick".
    Dimension,
    /// A currency one of which is money after "a": "a dollar".
    ArticleCurrency,
    /// A unit abbreviation that is an ordinary word too: "ha", "min".
    WordLikeUnit,
    /// A minus sign in words: "minus 5".
    Sign,
    /// A verb of extent before "over": "spread over 28 districts".
    Extent,
    /// A verb of movement before "up to": "went up to 4,881" reaches it.
    Climb,
    /// After "and" or "or" behind a number, a word that makes it an age:
    /// "18 and older".
    AgeBound,
}

impl Class for Context {
    fn from_name(name: &str) -> Option<Context> {
        crate::mentions::lexicon::named(
            &[
                ("zone", Context::Zone),
                ("hours", Context::Hours),
                ("ordinal", Context::Ordinal),
                ("ago", Context::Ago),
                ("year-prefix", Context::YearPrefix),
                ("after-article", Context::AfterArticle),
                ("dimension", Context::Dimension),
                ("article-currency", Context::ArticleCurrency),
                ("word-like-unit", Context::WordLikeUnit),
                ("sign", Context::Sign),
                ("extent", Context::Extent),
                ("climb", Context::Climb),
                ("age-bound", Context::AgeBound),
            ],
            name,
        )
    }
}

static CONTEXT: CueWords = CueWords::new(tabled::LEXICON_CONTEXT);

/// The class of `w` (lower case) in `context.txt`.
pub fn context(w: &str) -> Option<Context> {
    CONTEXT.class_of(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_is_known_and_no_form_is_given_twice() {
        assert_eq!(CONTEXT.faults::<Context>(), (vec![], vec![]));
        assert_eq!(context("gmt"), Some(Context::Zone));
        assert_eq!(context("hrs"), Some(Context::Hours));
    }
}
