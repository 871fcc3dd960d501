//! Prints the consistency breaches of a saved-answers JSON file (a debugging aid).
//!
//! `cargo run --example breaches -- answers.json`
use cadre::document::build::from_answers;
use cadre::model::Answers;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let answers = Answers::from_json_text(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("valid date");
    let (doc, checked) = from_answers(&answers, today);
    for p in &checked.problems {
        println!("problem: {:?} {:?}", p.field, p.kind);
    }
    for b in &doc.breaches {
        println!("breach: {:?} {}", b.invariant, b.detail);
    }
}
