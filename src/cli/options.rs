//! Which checks `addsup check` runs, what it reports, and when it fails:
//! the core's [`addsup::Options`] from the command line.

use addsup::Options;
use addsup::checks::ALL as RULES;
use addsup::report::{Finding, Severity, Status};
use clap::ValueEnum;

/// `--rules`, `--disable` and `--min-severity`.
#[derive(clap::Args, Debug)]
pub(crate) struct RuleArgs {
    /// Run only these rules (comma-separated ids, e.g. sum-of-parts,change).
    #[arg(long, value_name = "RULE,...", value_delimiter = ',', value_parser = rule_id)]
    rules: Vec<&'static str>,
    /// Leave these rules out (comma-separated ids).
    #[arg(long, value_name = "RULE,...", value_delimiter = ',', value_parser = rule_id)]
    disable: Vec<&'static str>,
    /// Report only findings of at least this severity.
    #[arg(long, value_enum, value_name = "LEVEL")]
    min_severity: Option<Level>,
}

/// A finding's severity as the command line names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Level {
    /// A relation inferred from looser evidence.
    Warning,
    /// A relation stated by explicit cues ("of which", "out of").
    Error,
}

impl Level {
    fn severity(self) -> Severity {
        match self {
            Level::Warning => Severity::Warning,
            Level::Error => Severity::Error,
        }
    }
}

/// `--fail-on`: which findings make `addsup check` exit 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum FailOn {
    /// Any figures that do not add up.
    Warning,
    /// Only figures that do not add up in a relation the text states.
    Error,
    /// Never: exit 0 whatever was found (2 still means bad input).
    Never,
}

impl FailOn {
    /// Whether `finding` makes the run fail.
    pub(crate) fn fails(self, finding: &Finding) -> bool {
        let least = match self {
            FailOn::Warning => Severity::Warning,
            FailOn::Error => Severity::Error,
            FailOn::Never => return false,
        };
        finding.status == Status::Inconsistent && finding.severity >= least
    }
}

/// A known rule id, or a message listing them.
fn rule_id(id: &str) -> Result<&'static str, String> {
    RULES.iter().map(|r| r.id).find(|known| *known == id).ok_or_else(|| {
        let known: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        format!("unknown rule \"{id}\"; the rules are {}", known.join(", "))
    })
}

impl RuleArgs {
    /// The core's options: every rule not named by `--rules` (when given),
    /// or named by `--disable`, is left out.
    pub(crate) fn options(&self) -> Options {
        let disabled_rules = RULES
            .iter()
            .map(|r| r.id)
            .filter(|id| (!self.rules.is_empty() && !self.rules.contains(id)) || self.disable.contains(id))
            .map(str::to_owned)
            .collect();
        Options { disabled_rules, min_severity: self.min_severity.map(Level::severity), ..Options::default() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        rules: RuleArgs,
    }

    fn options(args: &[&str]) -> Result<Options, String> {
        let args = std::iter::once("addsup").chain(args.iter().copied());
        Cli::try_parse_from(args).map(|cli| cli.rules.options()).map_err(|e| e.to_string())
    }

    #[test]
    fn rules_runs_only_those_and_disable_leaves_some_out() {
        let only = options(&["--rules", "sum-of-parts,change"]).unwrap();
        assert_eq!(only.disabled_rules.len(), RULES.len() - 2);
        assert!(!only.disabled_rules.iter().any(|r| r == "sum-of-parts" || r == "change"));
        let without = options(&["--disable", "restatement", "--disable", "conversion"]).unwrap();
        assert_eq!(without.disabled_rules, ["conversion", "restatement"]);
        assert!(options(&[]).unwrap().disabled_rules.is_empty());
        assert_eq!(options(&["--min-severity", "error"]).unwrap().min_severity, Some(Severity::Error));
    }

    #[test]
    fn an_unknown_rule_is_refused_with_the_known_ones() {
        let message = options(&["--rules", "sum-of-parts,sums"]).unwrap_err();
        assert!(message.contains("unknown rule \"sums\""), "{message}");
        for rule in RULES {
            assert!(message.contains(rule.id), "{message}");
        }
    }
}
