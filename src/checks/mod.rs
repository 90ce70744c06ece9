//! The checks: each one unit, in its own folder (or file), with the finder
//! that proposes its relations, the arithmetic that decides them, its doc
//! and its tests. [`ALL`] lists them; each is described once there (id,
//! what it checks, an example, the roles its figures play), and the
//! README's rule table is held equal to that description by a test.
//!
//! A check finds relations (which figures belong together, and in what
//! roles) from cue words within a window (a paragraph and the one after it)
//! or one sentence, so the search stays linear in the length of the text,
//! then decides each with interval arithmetic.
//!
//! A relation is inconsistent only when no choice of values inside every
//! figure's interval satisfies it (the statcheck rule, generalised).
//! Severity comes from how sure the relation is, never from the size of the
//! gap: stated relations are errors, inferred ones warnings, and plausible
//! ones are only reported when they hold (see [`relation::Certainty`]).
//!
//! CONTRIBUTING.md says how to add a check; `scripts/add_check.py` makes
//! the skeleton.

pub mod explain;
pub(crate) mod format;
pub mod relation;
#[cfg(test)]
pub(crate) mod testing;
pub(crate) mod verdict;

use crate::mentions::Doc;
use crate::report::{Finding, Role};

/// One check, described once: the README's rule table and the edges' lists
/// of rule ids and roles come from these fields.
pub struct Check {
    /// The stable kebab-case rule id, e.g. `sum-of-parts`.
    pub id: &'static str,
    /// What it checks, in a line (the README's rule table, which a test
    /// holds equal to these; not compiled into the library, whose edges
    /// list ids only).
    #[cfg(test)]
    pub summary: &'static str,
    /// Copy it checks, in short (the README's rule table).
    #[cfg(test)]
    pub example: &'static str,
    /// The roles its findings give figures, in the order they are usually
    /// read.
    pub roles: &'static [Role],
    /// Finds this check's relations in a document and pushes a finding for
    /// each one that is reported, in the order found.
    pub run: fn(&Doc, &mut Vec<Finding>),
}

/// Declares each check's module and lists its [`Check`] in [`ALL`].
macro_rules! checks {
    ($($check:ident),* $(,)?) => {
        $(pub mod $check;)*

        /// Every check, in the order they run.
        pub const ALL: &[Check] = &[$($check::CHECK),*];
    };
}

// The list of checks: adding one is adding its folder's name here.
checks! {
    sum_of_parts,
    percent_of_total,
    shares_sum,
    change,
    conversion,
    count_of_list,
    restatement,
    majority_threshold,
    margin,
}

/// The check with this rule id.
pub fn by_id(id: &str) -> Option<&'static Check> {
    ALL.iter().find(|c| c.id == id)
}

/// Every role some check gives a figure, each once, in the order of [`ALL`]:
/// what the edges' `Role` types list.
pub fn roles() -> Vec<Role> {
    let mut out: Vec<Role> = Vec::new();
    for role in ALL.iter().flat_map(|c| c.roles) {
        if !out.contains(role) {
            out.push(*role);
        }
    }
    out
}

/// The usual `run` of a check: finds its relations, then checks each in the
/// order found.
pub(crate) fn find_then_check<R>(
    doc: &Doc,
    out: &mut Vec<Finding>,
    find: fn(&Doc, &mut Vec<R>),
    check: fn(&Doc, &R) -> Option<Finding>,
) {
    let mut found = Vec::new();
    find(doc, &mut found);
    check_each(doc, out, &found, check);
}

/// Checks each relation found, in order. A plain loop: one `push` of a
/// `Finding` for every check, rather than an `extend` per relation type
/// (smaller Wasm).
pub(crate) fn check_each<R>(doc: &Doc, out: &mut Vec<Finding>, found: &[R], check: fn(&Doc, &R) -> Option<Finding>) {
    for relation in found {
        if let Some(finding) = check(doc, relation) {
            out.push(finding);
        }
    }
}

/// Runs every check that is not disabled, drops repeated findings and orders
/// them by position.
pub fn apply(doc: &Doc, disabled: &[String]) -> Vec<Finding> {
    let mut findings: Vec<Finding> = Vec::new();
    for check in ALL.iter().filter(|c| !disabled.iter().any(|d| d == c.id)) {
        (check.run)(doc, &mut findings);
    }
    // Stable: findings of one rule at one span keep the order they were found in.
    findings.sort_by(|a, b| (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule)));
    // The same figures in the same roles checked twice say one thing. Such
    // findings cover the same span (a finding's span covers its figures),
    // so they sit together in the sorted list: only a run of one span and
    // rule is compared, which keeps this linear.
    let mut kept: Vec<Finding> = Vec::with_capacity(findings.len());
    for f in findings {
        let place = (f.span, f.rule);
        let said = kept.iter().rev().take_while(|k| (k.span, k.rule) == place).any(|k| same_figures(k, &f));
        if !said {
            kept.push(f);
        }
    }
    kept
}

/// The same figures in the same roles, in any order.
fn same_figures(a: &Finding, b: &Finding) -> bool {
    let has = |x: &Finding, y: &crate::report::FindingFigure| {
        x.figures.iter().any(|z| (z.figure, z.role) == (y.figure, y.role))
    };
    a.figures.len() == b.figures.len() && a.figures.iter().all(|y| has(b, y)) && b.figures.iter().all(|y| has(a, y))
}

#[cfg(test)]
mod tests {
    use super::ALL;

    /// A list two readers of one check both find is reported once.
    #[test]
    fn the_same_figures_in_the_same_roles_are_one_finding() {
        // A list of shares, then a share "of" a whole: shares-sum reads the
        // list once for each sentence's whole.
        let text = "Sixty percent trained at city clubs, ten percent at village clubs, 30 percent at school clubs and \
                    four players trained alone. 11.5 percent of the chosen players are left-handed.";
        let findings = crate::check(text, &Default::default()).findings;
        let shares: Vec<_> = findings.iter().filter(|f| f.rule == "shares-sum").collect();
        assert_eq!(shares.len(), 1, "{findings:?}");
        for (i, a) in findings.iter().enumerate() {
            assert!(!findings[..i].iter().any(|b| b.rule == a.rule && super::same_figures(a, b)), "{findings:?}");
        }
    }

    /// The README's rule table as the registry describes it.
    fn rule_table() -> String {
        let mut table = String::from("| rule | checks | example |\n|---|---|---|\n");
        for check in ALL {
            table.push_str(&format!("| `{}` | {} | {} |\n", check.id, check.summary, check.example));
        }
        table
    }

    #[test]
    fn the_readme_rule_table_is_the_registry() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
        let readme = std::fs::read_to_string(&path).expect("README.md beside Cargo.toml");
        let start = readme.find("| rule | checks | example |").expect("README.md has a rule table");
        let end = readme[start..].find("\n\n").map_or(readme.len(), |e| start + e + 1);
        assert_eq!(
            &readme[start..end],
            rule_table(),
            "README.md's rule table differs from checks::ALL; replace it with the table above"
        );
    }

    #[test]
    fn every_check_has_a_unique_id_a_summary_an_example_and_roles() {
        for (i, check) in ALL.iter().enumerate() {
            assert!(!check.summary.is_empty() && !check.example.is_empty() && !check.roles.is_empty(), "{}", check.id);
            assert!(check.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{} is not kebab-case", check.id);
            assert!(ALL[..i].iter().all(|c| c.id != check.id), "{} listed twice", check.id);
            assert!(super::by_id(check.id).is_some_and(|c| c.summary == check.summary));
        }
        assert!(super::by_id("sum-of-everything").is_none());
    }

    /// The roles a check declares are the roles its findings give: what the
    /// edges' `Role` types are generated from cannot drift from what they
    /// receive.
    #[test]
    fn findings_give_figures_only_the_roles_their_check_declares() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut used = std::collections::HashSet::new();
        for entry in std::fs::read_dir(&dir).expect("tests/fixtures") {
            let text = std::fs::read_to_string(entry.expect("a fixture").path()).expect("a readable fixture");
            for f in crate::check(&text, &Default::default()).findings {
                let check = super::by_id(f.rule).expect("a finding's rule is a check");
                for x in &f.figures {
                    assert!(check.roles.contains(&x.role), "{} gave role {:?}, not declared", f.rule, x.role);
                    used.insert((f.rule, x.role));
                }
            }
        }
        for check in ALL {
            for role in check.roles {
                assert!(used.contains(&(check.id, *role)), "no fixture shows {} giving {:?}", check.id, role);
            }
        }
        assert_eq!(super::roles().len(), used.iter().map(|u| u.1).collect::<std::collections::HashSet<_>>().len());
    }
}
