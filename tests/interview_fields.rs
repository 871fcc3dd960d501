//! The privacy test's list of text fields (tests/common/branches.rs, printed by
//! `cargo run --example interview_fields`) is the interview's own: every text field of
//! `Field` is typed into by some branch, each branch's clicks are ones the interview
//! offers at that point, and what a branch fills is exactly what it shows.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cadre::flow::{self, Item};
use cadre::interview::Interview;
use cadre::model::{Answers, Field, Lang};
use common::branches::{self, Click};

const PREFIX: &str = "CANARY-test";

#[test]
fn every_text_field_of_the_interview_is_filled_by_a_branch() {
    let found = branches::find(PREFIX).unwrap_or_else(|e| panic!("{e}"));
    let mut filled: Vec<String> =
        found.iter().flat_map(|b| b.filled.iter().map(|(_, f, _)| branches::shape(*f))).collect();
    filled.sort();
    filled.dedup();
    let mut all = branches::all_text_shapes();
    all.sort();
    assert_eq!(filled, all);
    // The branches the interview hides behind choices are among them.
    for f in [
        Field::Frequency,         // accompaniment
        Field::PriceCap,          // a price per unit
        Field::FreeValue,         // free of charge
        Field::CourtCity,         // both parties traders
        Field::MediatorName,      // a consumer
        Field::ProviderSignatory, // a company
        Field::LiabilityAmount,
        Field::ProviderInsurer,
    ] {
        assert!(all.contains(&f.key()), "{f:?} is a text field");
    }
    assert!(all.iter().any(|s| s == "milestone-*-label"), "instalments");
}

#[test]
fn each_branch_clicks_what_the_interview_shows_and_fills_what_it_shows() {
    for b in branches::find(PREFIX).unwrap_or_else(|e| panic!("{e}")) {
        let mut state = Interview::new(Answers::default(), Lang::Fr);
        for click in &b.clicks {
            let a = &state.answers;
            match click {
                Click::Choice { step, field, .. } | Click::Check { step, field, .. } => {
                    assert!(flow::is_shown(*field, a), "{}: {field:?} is not shown when clicked", b.name);
                    assert_eq!(flow::step_of(*field, a), *step, "{}: {field:?}", b.name);
                }
                Click::Add { step, list, fields } => {
                    let item = if *list == "deliverables" { Item::Deliverables } else { Item::Milestones };
                    assert!(flow::items(*step, a).contains(&item), "{}: no {list} on {step:?}", b.name);
                    assert!(fields.iter().all(|f| f.get(a).is_empty() && !a.fields().contains(f)), "a new item");
                }
            }
            state.apply(click.action());
            if let Click::Add { fields, .. } = click {
                assert!(fields.iter().all(|f| state.answers.fields().contains(f)), "{}: the item was added", b.name);
            }
        }
        for (_, field, canary) in &b.filled {
            state.apply(cadre::interview::Action::Set { field: *field, value: canary.clone() });
        }
        // Shown, by flow::is_shown over every field of the answers (not the search's own code).
        let mut shown: Vec<String> = state
            .answers
            .fields()
            .into_iter()
            .filter(|f| branches::is_text(f.kind()) && flow::is_shown(*f, &state.answers))
            .map(|f| f.key())
            .collect();
        let mut filled: Vec<String> = b.filled.iter().map(|(_, f, _)| f.key()).collect();
        shown.sort();
        filled.sort();
        assert_eq!(filled, shown, "{}", b.name);
        for (step, field, _) in &b.filled {
            assert_eq!(flow::step_of(*field, &state.answers), *step, "{}: {field:?}", b.name);
        }
        assert_eq!(b.steps, flow::steps(&state.answers));
    }
}

#[test]
fn every_canary_is_unique_and_carries_the_prefix() {
    let found = branches::find(PREFIX).unwrap_or_else(|e| panic!("{e}"));
    let mut all: Vec<&str> = found.iter().flat_map(|b| b.filled.iter().map(|(_, _, c)| c.as_str())).collect();
    assert!(all.iter().all(|c| c.starts_with(PREFIX)));
    let n = all.len();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), n, "a canary is used twice");
}

#[test]
fn the_json_for_the_browser_lists_every_branch() {
    let found = branches::find(PREFIX).unwrap_or_else(|e| panic!("{e}"));
    let json = branches::to_json(&found).to_pretty();
    let back = cadre::json::parse(&json).expect("valid JSON");
    let listed = back.get("branches").and_then(|b| b.as_array()).map(Vec::len);
    assert_eq!(listed, Some(found.len()));
}
