//! Shared helpers for native tests: the reference missions and a pinned clock.
#![allow(dead_code)]

use cadre::model::Answers;
use chrono::NaiveDate;

pub const MISSIONS: [&str; 6] =
    ["creative-fixed", "coaching-sessions", "free-of-charge", "consumer-remote", "english-foreign", "artisan-insurance"];

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

pub fn mission(name: &str) -> Answers {
    let path = format!("{}/tests/fixtures/missions/{}.json", env!("CARGO_MANIFEST_DIR"), name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Answers::from_json_text(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}
