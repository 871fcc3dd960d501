//! Prints, as JSON, the interview's text fields branch by branch: the clicks that open
//! each branch from a new draft, and the canary to type into each of its text fields.
//! Found from the interview's own rules (tests/common/branches.rs); run by
//! tests/e2e/privacy.test.mjs, so the privacy test follows the interview as it changes.
//!
//! `cargo run --example interview_fields -- [CANARY]`

#[path = "../tests/common/branches.rs"]
mod branches;

fn main() {
    let prefix = std::env::args().nth(1).unwrap_or_else(|| "CANARY".to_string());
    match branches::find(&prefix) {
        Ok(found) => println!("{}", branches::to_json(&found).to_pretty()),
        Err(e) => {
            eprintln!("interview_fields: {e}");
            std::process::exit(1);
        }
    }
}
