//! Shared helpers for native tests: the reference missions, a pinned clock, and the
//! outside tools the writers' output is checked with.
#![allow(dead_code)]

use cadre::model::Answers;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const MISSIONS: [&str; 13] = [
    "creative-fixed",
    "coaching-sessions",
    "free-of-charge",
    "consumer-remote",
    "english-foreign",
    "artisan-insurance",
    // The edges a lawyer read (LEGAL.md, "Second reading").
    "consumer-building-home",
    "free-creative",
    "coaching-manager",
    "eu-business",
    "web-personal-data",
    "consumer-website-early",
    "english-uk",
];

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

pub fn mission(name: &str) -> Answers {
    let path = format!("{}/tests/fixtures/missions/{}.json", env!("CARGO_MANIFEST_DIR"), name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Answers::from_json_text(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Whether `tool` runs. When it does not: panics under `CI`, else prints a note and
/// returns false (the caller skips).
pub fn have(tool: &str, install: &str) -> bool {
    if Command::new(tool).arg("--version").output().is_ok() {
        return true;
    }
    if std::env::var_os("CI").is_some() {
        panic!("{tool} is required when CI is set ({install})");
    }
    eprintln!("note: {tool} is not installed ({install}); skipping this check");
    false
}

/// Writes `bytes` to `name` in a scratch folder of its own for each test file.
pub fn save(folder: &str, name: &str, bytes: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(folder);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

/// The text of a PDF, by `pdftotext` (with `extra` options, e.g. `-bbox`).
pub fn pdftotext(path: &Path, extra: &[&str]) -> String {
    let out = Command::new("pdftotext")
        .args(extra)
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("pdftotext writes UTF-8")
}
