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

/// Set (to anything) by a developer who runs one layer by hand on a machine without
/// qpdf, poppler-utils or python-docx: the checks that need them are then skipped with
/// a note. `scripts/test` unsets it, so the full run fails instead of skipping.
pub const ALLOW_MISSING: &str = "CADRE_ALLOW_MISSING_TOOLS";

/// A tool the test needs is missing: fails the test saying what to install, or (with
/// `CADRE_ALLOW_MISSING_TOOLS` set) prints a note and returns false so the caller skips.
pub fn missing(what: &str, install: &str) -> bool {
    if std::env::var_os(ALLOW_MISSING).is_none() {
        panic!(
            "{what} is required by this test and is not installed: {install} \
             (or set {ALLOW_MISSING}=1 to skip the checks that need it, by hand only)"
        );
    }
    eprintln!("note: {what} is not installed ({install}); skipping this check ({ALLOW_MISSING} is set)");
    false
}

/// Whether `tool` runs; see `missing` for when it does not.
pub fn have(tool: &str, install: &str) -> bool {
    Command::new(tool).arg("--version").output().is_ok() || missing(tool, install)
}

/// Whether `python3` can import `module`; see `missing` for when it cannot.
pub fn have_python(module: &str, install: &str) -> bool {
    let ok = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    ok || missing(&format!("python3 with the module {module}"), install)
}

/// python-docx, which reads the DOCX files back.
pub fn have_python_docx() -> bool {
    have_python("docx", "pip install python-docx")
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

pub mod branches;
pub mod marks;
pub mod sessions;
