//! The TypeScript unions of the package (js/types.d.ts) are generated from
//! the Rust types: the names serde gives each variant, and the rule ids and
//! roles of the registry of checks (`addsup::checks::ALL`). This test renders
//! them and fails when the file differs;
//! `UPDATE_TYPES=1 cargo test --test ts_types` rewrites the file.
//!
//! Each enum list below is held complete by the compiler (see `every!`).

use addsup::checks;
use addsup::figures::{Approx, Bound, Kind};
use addsup::report::explain::{Aspect, SetAside, Tie};
use addsup::report::{Role, Severity, Status};
use serde::Serialize;

const TYPES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/js/types.d.ts");
const CHECKER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/js/checker.js");

/// Every variant of an enum, in order. The `match` inside names each one
/// without a wildcard, so a new variant does not build until it is listed.
macro_rules! every {
    ($ty:ident: $($variant:ident),+ $(,)?) => {{
        fn _listed(value: $ty) {
            match value {
                $($ty::$variant)|+ => {}
            }
        }
        vec![$($ty::$variant),+]
    }};
}

fn kinds() -> Vec<Kind> {
    every!(Kind: Number, Percent, Points, Money, Measure, Range, Year, Date, Time, Ordinal, Identifier)
}

fn approxes() -> Vec<Approx> {
    every!(Approx: About, Nearly, JustOver, Vague)
}

fn bounds() -> Vec<Bound> {
    every!(Bound: AtLeast, MoreThan, AtMost, LessThan)
}

fn statuses() -> Vec<Status> {
    every!(Status: Inconsistent, Consistent)
}

fn severities() -> Vec<Severity> {
    every!(Severity: Warning, Error)
}

fn aspects() -> Vec<Aspect> {
    every!(Aspect: Cue, Scope, Completeness, Verdict)
}

fn ties() -> Vec<Tie> {
    every!(Tie: StatedCue, ApposedCue, SameSentence, SameParagraph, NextParagraph, SameThing, SameScope,
        ExplicitWhole, Fates, FullBreakdown, PartialBreakdown, WithinRounding, BeyondRounding)
}

fn set_asides() -> Vec<SetAside> {
    every!(SetAside: NoCue, WordsBetween, OtherClause, OtherPeriod, OtherOwner, OtherSource, OtherThing,
        NotACount, Units, Unstated, Incomplete, Unsure)
}

/// Every role a check declares, each once, in the order the checks list them.
fn roles() -> Vec<Role> {
    checks::roles()
}

fn rule_ids() -> Vec<String> {
    checks::ALL.iter().map(|r| r.id.to_owned()).collect()
}

/// The JSON names of values: what JavaScript receives.
fn names<T: Serialize>(values: Vec<T>) -> Vec<String> {
    values.iter().map(|v| serde_json::to_value(v).unwrap().as_str().unwrap().to_owned()).collect()
}

fn union(doc: &str, ty: &str, names: Vec<String>) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    format!("/** {doc} */\nexport type {ty} = {};\n", quoted.join(" | "))
}

fn generated() -> String {
    [
        union("What a figure is: quantities first, then non-quantities no check uses.", "Kind", names(kinds())),
        union("A hedge that loosens a figure: `about 150`.", "Approx", names(approxes())),
        union("A bound that makes a figure one-sided: `at least 23`.", "Bound", names(bounds())),
        union(
            "`inconsistent`: no reading makes the arithmetic work; `consistent`: a passed check.",
            "Status",
            names(statuses()),
        ),
        union("How sure addsup is that the figures belong together.", "Severity", names(severities())),
        union("The part a figure plays in a finding.", "Role", names(roles())),
        union("The id of a check.", "RuleId", rule_ids()),
        union("Which part of a check's reasoning a reason belongs to.", "Aspect", names(aspects())),
        union("Why a finding's figures were tied, or its verdict.", "TieReason", names(ties())),
        union("Why a candidate relation was set aside.", "SetAsideReason", names(set_asides())),
    ]
    .concat()
}

#[test]
fn the_typescript_unions_are_the_rust_types() {
    let file = std::fs::read_to_string(TYPES).expect("js/types.d.ts");
    let (open, close) = ("// <generated>\n", "// </generated>\n");
    let start = file.find(open).expect("a <generated> marker") + open.len();
    let end = file.find(close).expect("a </generated> marker");
    let want = generated();
    if std::env::var_os("UPDATE_TYPES").is_some() {
        std::fs::write(TYPES, format!("{}{want}{}", &file[..start], &file[end..])).unwrap();
        return;
    }
    assert_eq!(&file[start..end], want, "js/types.d.ts is out of date: UPDATE_TYPES=1 cargo test --test ts_types");
}

/// The widget's panel offers a switch per rule from its own list (the widget
/// ships without the Wasm's registry at hand): that list is the registry's,
/// in its order, so a new check gets its switch.
#[test]
fn the_widget_panel_lists_every_rule_of_the_registry() {
    const PANEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/widget/panel.js");
    let listed = listed_ids(PANEL, "export const RULES = [");
    assert_eq!(listed, rule_ids(), "widget/panel.js RULES differs from addsup::checks::ALL");
}

/// The package reads its options in JavaScript (js/checker.js), so it
/// keeps its own list of rule ids to refuse an unknown one: the registry's,
/// in its order.
#[test]
fn the_package_knows_every_rule_of_the_registry() {
    let listed = listed_ids(CHECKER, "const RULE_IDS = [");
    assert_eq!(listed, rule_ids(), "js/checker.js RULE_IDS differs from addsup::checks::ALL");
}

/// The quoted ids of a JavaScript array literal that starts with `open` in
/// file `path`: `['sum-of-parts', 'change']`.
fn listed_ids(path: &str, open: &str) -> Vec<String> {
    let file = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let start = file.find(open).unwrap_or_else(|| panic!("{path} has no `{open}`")) + open.len();
    let end = start + file[start..].find(']').expect("the list closes");
    file[start..end].split(',').map(|id| id.trim().trim_matches('\'').to_owned()).filter(|id| !id.is_empty()).collect()
}

/// The .wasm's reports carry each reason's id, not its aspect and words;
/// the package puts them back from its own table (js/checker.js), which
/// must give every reason as the engine does.
#[test]
fn the_package_words_every_reason_as_the_engine_does() {
    let file = std::fs::read_to_string(CHECKER).expect("js/checker.js");
    let open = "const REASONS = {\n";
    let start = file.find(open).expect("js/checker.js has REASONS") + open.len();
    let end = start + file[start..].find("};").expect("REASONS closes");
    let listed: Vec<(String, String, String)> = file[start..end]
        .lines()
        .filter_map(|line| {
            let (id, rest) = line.trim().trim_end_matches(',').split_once(": ['")?;
            let (aspect, words) = rest.trim_end_matches("']").split_once("', '")?;
            Some((id.to_owned(), aspect.to_owned(), words.to_owned()))
        })
        .collect();
    let row = |id: &str, aspect: Aspect, words: &str| (id.to_owned(), aspect.id().to_owned(), words.to_owned());
    let mut want: Vec<(String, String, String)> =
        ties().into_iter().map(|t| row(t.id(), t.aspect(), t.words())).collect();
    want.extend(set_asides().into_iter().map(|s| row(s.id(), s.aspect(), s.words())));
    assert_eq!(listed, want, "js/checker.js REASONS differs from the engine's reasons (report::explain)");
}
