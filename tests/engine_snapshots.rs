//! Snapshots of the findings for the fixture articles in `tests/fixtures/`:
//! every rule passing and failing, and the distractors that must stay out.

use serde_json::{Value, json};

fn findings(text: &str) -> Value {
    let report = addsup::check(text, &Default::default());
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            json!({
                "rule": f.rule,
                "status": f.status,
                "severity": f.severity,
                "message": f.message,
                "figures": f.figures.iter().map(|x| json!({"text": x.span.of(text), "role": x.role})).collect::<Vec<_>>(),
                "expected": f.expected,
                "reported": f.reported,
                "gap": f.gap,
                "difference": f.difference,
                "informative": f.informative,
            })
        })
        .collect();
    Value::Array(findings)
}

#[test]
fn fixture_findings() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 12, "expected at least twelve fixtures, found {}", names.len());
    for path in names {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        insta::assert_json_snapshot!(name, findings(&text));
    }
}

#[test]
fn every_rule_has_a_passing_and_a_failing_fixture() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seen = std::collections::HashSet::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for f in addsup::check(&text, &Default::default()).findings {
            seen.insert((f.rule, f.status));
        }
    }
    for rule in addsup::checks::ALL {
        for status in [addsup::report::Status::Consistent, addsup::report::Status::Inconsistent] {
            assert!(seen.contains(&(rule.id, status)), "no fixture shows {} {:?}", rule.id, status);
        }
    }
}
