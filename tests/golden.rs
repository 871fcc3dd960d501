//! Golden files: each reference mission rendered to Markdown and HTML must match the
//! files in tests/golden/. Run with UPDATE_GOLDEN=1 to rewrite them after a deliberate
//! change, then read the diff.

mod common;

use cadre::document::build::from_answers;
use cadre::render::{html, markdown};

fn check(name: &str, ext: &str, actual: &str) {
    let path = format!("{}/tests/golden/{}.{}", env!("CARGO_MANIFEST_DIR"), name, ext);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e} (run with UPDATE_GOLDEN=1)"));
    if expected != actual {
        let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "{path} differs at line {}:\n  expected: {:?}\n  actual:   {:?}\n(run with UPDATE_GOLDEN=1 to accept)",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn reference_missions_match_their_golden_files() {
    for name in common::MISSIONS {
        let (doc, checked) = from_answers(&common::mission(name), common::today());
        assert!(checked.problems.is_empty(), "{name} has problems: {:?}", checked.problems);
        check(name, "md", &markdown::write(&doc));
        check(name, "html", &html::standalone(&doc));
    }
}

#[test]
fn output_is_deterministic() {
    for name in common::MISSIONS {
        let a = common::mission(name);
        let (d1, _) = from_answers(&a, common::today());
        let (d2, _) = from_answers(&a, common::today());
        assert_eq!(markdown::write(&d1), markdown::write(&d2));
        assert_eq!(html::standalone(&d1), html::standalone(&d2));
    }
}
