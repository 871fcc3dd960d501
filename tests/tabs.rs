//! Two tabs on one draft, natively over `MemoryBackend`: a field-by-field merge where
//! fields changed on one side merge silently and a field changed on both is a conflict;
//! a property test that every value typed in either tab ends up stored, in the draft
//! or in the draft that keeps the values not chosen; a draft deleted or a storage
//! cleared elsewhere; and what "unstored" (leaving asks first) means.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::sessions::tab;

use cadre::model::{Answers, Deliverable, Field, FieldKind};
use cadre::storage::session::Notice;
use cadre::storage::{keys, Backend, Decoded, DraftId, MemoryBackend, SaveState, Session};
use proptest::prelude::*;

/// Every readable draft in storage.
fn stored_drafts(store: &MemoryBackend) -> Vec<Answers> {
    let keys = store.keys().unwrap();
    keys.iter()
        .filter(|k| matches!(keys::kind(k), keys::Kind::Draft(_)))
        .filter_map(|k| match cadre::storage::envelope::decode(&store.peek(k)?) {
            Ok(Decoded::Current { envelope, .. }) => Some(envelope.draft.answers),
            _ => None,
        })
        .collect()
}

fn stored(store: &MemoryBackend, id: &DraftId) -> Answers {
    match cadre::storage::envelope::decode(&store.peek(&keys::draft(id)).unwrap()).unwrap() {
        Decoded::Current { envelope, .. } => envelope.draft.answers,
        other => panic!("{other:?}"),
    }
}

/// Two tabs on one stored draft holding `answers`.
fn two_tabs(answers: &Answers) -> (MemoryBackend, Session, Session) {
    let store = MemoryBackend::new();
    let mut a = tab(&store, "a");
    a.edit(answers);
    assert_eq!(a.flush(), SaveState::Saved);
    let b = tab(&store, "b");
    assert_eq!(a.current().id, b.current().id);
    (store, a, b)
}

#[test]
fn different_fields_typed_in_two_tabs_merge_silently_in_both() {
    let base = common::mission("creative-fixed");
    let (store, mut a, mut b) = two_tabs(&base);
    let key = keys::draft(&a.current().id);
    let mut in_a = base.clone();
    in_a.client.name = "Brasserie du Port".into();
    let mut in_b = base.clone();
    in_b.mission.description = "Logo et menu".into();
    a.edit(&in_a);
    b.edit(&in_b);
    a.flush();
    // B's write finds A's revision: merged, no question.
    assert_eq!(b.flush(), SaveState::Saved);
    let merged = b.take_refresh().expect("B shows A's change");
    assert_eq!(merged.client.name, "Brasserie du Port");
    assert_eq!(merged.mission.description, "Logo et menu");
    assert!(matches!(b.view().notice, Some(Notice::ChangedElsewhere { .. })), "B says so in one line");
    let s = stored(&store, &a.current().id);
    assert_eq!((s.client.name.as_str(), s.mission.description.as_str()), ("Brasserie du Port", "Logo et menu"));
    // A follows without a question.
    let shown = a.external_change(Some(&key)).expect("A reloads");
    assert_eq!(shown, s);
    assert_eq!(a.state(), SaveState::Saved);
    assert!(a.view().conflicts.is_empty() && b.view().conflicts.is_empty());
}

#[test]
fn items_added_in_both_tabs_are_all_kept_with_their_own_ids() {
    let base = common::mission("creative-fixed");
    let (store, mut a, mut b) = two_tabs(&base);
    let add = |title: &str| {
        let mut x = base.clone();
        let id = x.next_id();
        x.mission.deliverables.push(Deliverable { id, title: title.into(), due: String::new() });
        x
    };
    a.edit(&add("Menu"));
    b.edit(&add("Carte de visite"));
    a.flush();
    b.flush();
    let s = stored(&store, &a.current().id);
    let titles: Vec<&str> = s.mission.deliverables.iter().map(|d| d.title.as_str()).collect();
    assert!(titles.contains(&"Menu") && titles.contains(&"Carte de visite"), "{titles:?}");
    let mut ids: Vec<u32> = s.mission.deliverables.iter().map(|d| d.id).collect();
    ids.dedup();
    assert_eq!(ids.len(), s.mission.deliverables.len(), "unique ids");
}

#[test]
fn a_draft_deleted_in_another_tab_is_written_again_with_what_this_tab_typed() {
    let base = common::mission("creative-fixed");
    let (store, mut a, mut b) = two_tabs(&base);
    let id = a.current().id.clone();
    let key = keys::draft(&id);
    b.edit(&{
        let mut x = base.clone();
        x.mission.title = "Typed in B".into();
        x
    });
    a.delete(&id).unwrap();
    assert!(store.peek(&key).is_none());
    b.external_change(Some(&key));
    assert_eq!(b.view().notice, Some(Notice::DeletedElsewhere));
    assert!(b.wants_write(), "B's typing is written again at once");
    assert_eq!(b.flush(), SaveState::Saved);
    assert_eq!(stored(&store, &id).mission.title, "Typed in B");
}

#[test]
fn a_clean_tab_whose_draft_was_deleted_never_says_saved_and_can_restore_it() {
    let base = common::mission("creative-fixed");
    let (store, mut a, mut b) = two_tabs(&base);
    let id = a.current().id.clone();
    let key = keys::draft(&id);
    a.delete(&id).unwrap();
    b.external_change(Some(&key));
    assert_eq!(b.state(), SaveState::Deleted, "not 'Saved': storage no longer holds it");
    assert!(!b.unstored(), "nothing typed here is lost: the other tab deleted what was stored");
    b.restore_here();
    assert_eq!(b.state(), SaveState::Saved);
    assert_eq!(stored(&store, &id), base);
    // Typing instead of restoring writes it again too.
    let (store, mut a, mut b) = two_tabs(&base);
    let id = a.current().id.clone();
    a.delete(&id).unwrap();
    b.external_change(Some(&keys::draft(&id)));
    let mut typed = base.clone();
    typed.client.name = "After the delete".into();
    assert!(b.edit(&typed));
    b.flush();
    assert_eq!(stored(&store, &id).client.name, "After the delete");
}

#[test]
fn a_storage_cleared_by_another_page_is_said_and_the_open_draft_written_again() {
    let store = MemoryBackend::new();
    let mut a = tab(&store, "a");
    a.edit(&common::mission("coaching-sessions"));
    a.flush();
    a.save_profile().unwrap();
    let id = a.current().id.clone();
    for k in store.keys().unwrap() {
        store.clone().remove(&k).unwrap();
    }
    assert_eq!(a.external_change(None), None);
    assert_eq!(a.view().notice, Some(Notice::Cleared));
    assert_ne!(a.state(), SaveState::Saved, "never 'Saved' for what storage does not hold");
    assert!(a.wants_write());
    assert_eq!(a.flush(), SaveState::Saved);
    assert_eq!(stored(&store, &id), common::mission("coaching-sessions"));
    assert!(store.peek(keys::PROFILE).is_some(), "my details written again");
}

#[test]
fn memory_only_storage_counts_what_was_typed_as_unstored() {
    let store = MemoryBackend::new();
    store.set_blocked(true);
    let mut s = tab(&store, "m");
    assert_eq!(s.state(), SaveState::MemoryOnly);
    assert!(!s.unstored(), "nothing typed yet: leaving asks nothing");
    s.edit(&common::mission("creative-fixed"));
    s.flush();
    assert!(s.unstored(), "typed, in memory only: leaving asks first");
}

#[test]
fn typing_the_other_tabs_value_settles_the_conflict() {
    let base = common::mission("creative-fixed");
    let (_store, mut a, mut b) = two_tabs(&base);
    let mut x = base.clone();
    x.client.name = "A".into();
    a.edit(&x);
    a.flush();
    x.client.name = "B".into();
    b.edit(&x);
    b.flush();
    assert_eq!(b.state(), SaveState::Conflict);
    x.client.name = "A".into();
    b.edit(&x);
    assert!(b.view().conflicts.is_empty());
    assert_eq!(b.flush(), SaveState::Saved);
}

// ---- The property: nothing typed in either tab becomes unrecoverable ---------------

/// One edit: a field (by index in the draft's fields) and a value, or removing or
/// adding a deliverable.
#[derive(Debug, Clone)]
enum Edit {
    Set(usize, String),
    Remove(usize),
    Add(String),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        6 => (0usize..400, "[a-zA-Zéà 0-9]{0,8}").prop_map(|(i, v)| Edit::Set(i, v)),
        1 => (0usize..8).prop_map(Edit::Remove),
        1 => "[a-z]{1,6}".prop_map(Edit::Add),
    ]
}

/// Applies edits, returning the (field, value) pairs typed in text fields (the values a
/// user could lose; choices and boxes have no typed text).
fn apply(a: &mut Answers, edits: &[Edit]) -> Vec<(Field, String)> {
    let mut typed = Vec::new();
    for e in edits {
        match e {
            Edit::Set(i, v) => {
                let fields: Vec<Field> = a
                    .fields()
                    .into_iter()
                    .filter(|f| !matches!(f.kind(), FieldKind::Bool | FieldKind::Choice(_)))
                    .collect();
                let f = fields[i % fields.len()];
                f.set(a, v);
                typed.retain(|(g, _)| *g != f);
                typed.push((f, v.clone()));
            }
            Edit::Remove(i) => {
                if !a.mission.deliverables.is_empty() {
                    let n = i % a.mission.deliverables.len();
                    let id = a.mission.deliverables.remove(n).id;
                    typed.retain(
                        |(f, _)| !matches!(f, Field::DeliverableTitle(x) | Field::DeliverableDue(x) if *x == id),
                    );
                }
            }
            Edit::Add(title) => {
                let id = a.next_id();
                a.mission.deliverables.push(Deliverable { id, title: title.clone(), due: String::new() });
                typed.push((Field::DeliverableTitle(id), title.clone()));
            }
        }
    }
    typed
}

/// True when `a` holds `v` for `f`; an item's value may have moved to another id (two
/// items added under one id in both tabs: one is renumbered).
fn holds(a: &Answers, f: Field, v: &str) -> bool {
    match f {
        Field::DeliverableTitle(_) => a.mission.deliverables.iter().any(|d| d.title == v),
        Field::DeliverableDue(_) => a.mission.deliverables.iter().any(|d| d.due == v),
        Field::MilestoneLabel(_) => a.payment.milestones.iter().any(|m| m.label == v),
        Field::MilestonePercent(_) => a.payment.milestones.iter().any(|m| m.percent == v),
        Field::MilestoneDue(_) => a.payment.milestones.iter().any(|m| m.due == v),
        f => f.get(a) == v,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn every_value_typed_in_either_tab_ends_stored_or_on_screen_then_stored(
        mine in prop::collection::vec(edit(), 0..6),
        theirs in prop::collection::vec(edit(), 0..6),
        keep_mine in any::<bool>(),
        event_first in any::<bool>(),
    ) {
        let base = common::mission("creative-fixed");
        let (store, mut a, mut b) = two_tabs(&base);
        let key = keys::draft(&a.current().id);
        let mut in_a = base.clone();
        let typed_a = apply(&mut in_a, &theirs);
        let mut in_b = base.clone();
        let typed_b = apply(&mut in_b, &mine);
        // A value the draft already held was not typed (setting it changes nothing).
        let typed: Vec<(Field, String)> =
            typed_a.into_iter().chain(typed_b).filter(|(f, v)| f.get(&base) != *v).collect();
        a.edit(&in_a);
        b.edit(&in_b);
        a.flush();
        // B learns of A's write by the storage event, or by its own write.
        if event_first {
            b.external_change(Some(&key));
        }
        b.flush();
        // Before B chooses: each value is stored, or on B's screen (and B asks before
        // leaving).
        let on_screen = b.answers().clone();
        let everywhere = stored_drafts(&store);
        for (f, v) in &typed {
            let kept = everywhere.iter().any(|d| holds(d, *f, v)) || holds(&on_screen, *f, v);
            prop_assert!(kept, "{f:?} = {v:?} lost before the choice");
        }
        if !b.view().conflicts.is_empty() {
            prop_assert!(b.unstored());
        }
        // After B chooses (all one way): each value is stored somewhere.
        if !b.view().conflicts.is_empty() {
            b.resolve_all(keep_mine, "aside").unwrap();
        }
        prop_assert_eq!(b.flush(), SaveState::Saved);
        prop_assert!(!b.unstored());
        let everywhere = stored_drafts(&store);
        for (f, v) in &typed {
            prop_assert!(everywhere.iter().any(|d| holds(d, *f, v)), "{:?} = {:?} not stored anywhere", f, v);
        }
        // A follows B's final copy.
        a.external_change(Some(&key));
        prop_assert_eq!(a.answers(), &stored(&store, &a.current().id));
    }
}

/// Each browser process sees its own copy of storage for a moment: two tabs may both
/// write revision 3, the later one replacing the earlier without seeing it. The
/// tokens say which copy each write replaced, so the one overwritten merges exactly.
#[test]
fn two_writes_of_one_revision_lose_nothing() {
    let base = common::mission("creative-fixed");
    let (store, mut a, mut b) = two_tabs(&base);
    let key = keys::draft(&a.current().id);
    let before = store.peek(&key).unwrap();
    let mut in_a = base.clone();
    in_a.client.email = "a@example.fr".into();
    a.edit(&in_a);
    assert_eq!(a.flush(), SaveState::Saved);
    // B's process had not seen A's write: B writes over the copy A replaced.
    store.poke(&key, &before);
    let mut in_b = base.clone();
    in_b.client.address = "Written by B".into();
    b.edit(&in_b);
    assert_eq!(b.flush(), SaveState::Saved);
    assert_eq!(stored(&store, &a.current().id).client.email, base.client.email, "A's write was replaced");
    // A learns of B's write (same revision, another token): merged, no question.
    let shown = a.external_change(Some(&key)).expect("A shows B's change");
    assert_eq!(shown.client.address, "Written by B");
    assert_eq!(shown.client.email, "a@example.fr");
    assert!(a.view().conflicts.is_empty());
    assert_eq!(a.flush(), SaveState::Saved);
    let s = stored(&store, &a.current().id);
    assert_eq!((s.client.email.as_str(), s.client.address.as_str()), ("a@example.fr", "Written by B"));
    // And B follows A's merged copy without a question.
    assert_eq!(b.external_change(Some(&key)).unwrap(), s);
    assert!(b.view().conflicts.is_empty());
}

/// The other tab deleted the draft, perhaps without having seen this tab's last write:
/// this tab keeps it on screen, and leaving asks first, until it is put back.
#[test]
fn a_draft_deleted_over_this_tabs_own_last_write_asks_before_leaving() {
    let base = common::mission("creative-fixed");
    let (store, mut a, mut b) = two_tabs(&base);
    let id = a.current().id.clone();
    let mut typed = base.clone();
    typed.client.email = "written-by-a@example.fr".into();
    a.edit(&typed);
    assert_eq!(a.flush(), SaveState::Saved);
    b.delete(&id).unwrap();
    a.external_change(Some(&keys::draft(&id)));
    assert_eq!(a.state(), SaveState::Deleted);
    assert!(a.unstored(), "A's own write is gone from storage: leaving asks");
    a.restore_here();
    assert!(!a.unstored());
    assert_eq!(stored(&store, &id).client.email, "written-by-a@example.fr");
}

/// One tab changes a deliverable while the other removes it: the change is kept,
/// whichever tab writes first and whether or not it saw the other's write.
#[test]
fn an_item_changed_in_one_tab_and_removed_in_the_other_is_kept() {
    let mut base = common::mission("creative-fixed");
    base.mission.deliverables[0].title = "Logo".into();
    let id = base.mission.deliverables[0].id;
    let changed = {
        let mut x = base.clone();
        x.mission.deliverables[0].title = "Logo + charte".into();
        x
    };
    let removed = {
        let mut x = base.clone();
        x.mission.deliverables.remove(0);
        x
    };
    for (first_changes, stale) in [(true, false), (false, false), (true, true), (false, true)] {
        let (store, mut a, mut b) = two_tabs(&base);
        let key = keys::draft(&a.current().id);
        let before = store.peek(&key).unwrap();
        let (first, second) = if first_changes { (&mut b, &mut a) } else { (&mut a, &mut b) };
        first.edit(if first_changes { &changed } else { &removed });
        second.edit(if first_changes { &removed } else { &changed });
        first.flush();
        if stale {
            // The second writer's process had not seen the first write, and the browser
            // applies the first write last: the second's is replaced unseen.
            let theirs = store.peek(&key).unwrap();
            store.poke(&key, &before);
            second.flush();
            store.poke(&key, &theirs);
        } else {
            second.flush();
        }
        for _ in 0..3 {
            a.external_change(Some(&key));
            a.flush();
            b.external_change(Some(&key));
            b.flush();
        }
        let everywhere = stored_drafts(&store);
        assert!(
            everywhere.iter().any(|d| Field::DeliverableTitle(id).get(d) == "Logo + charte"),
            "first_changes={first_changes} stale={stale}: {:?}",
            everywhere.iter().map(|d| &d.mission.deliverables).collect::<Vec<_>>()
        );
    }
}

/// "Add" clicked in both tabs: two items, even while both are still empty, so that what
/// each tab then types goes to its own item.
#[test]
fn two_empty_items_added_in_two_tabs_stay_two_items() {
    let base = common::mission("creative-fixed");
    let (store, mut a, mut b) = two_tabs(&base);
    let key = keys::draft(&a.current().id);
    let add = |x: &Answers| {
        let mut x = x.clone();
        let id = x.next_id();
        x.mission.deliverables.push(Deliverable { id, title: String::new(), due: String::new() });
        x
    };
    a.edit(&add(&base));
    b.edit(&add(&base));
    a.flush();
    b.flush();
    a.external_change(Some(&key));
    let n = base.mission.deliverables.len() + 2;
    assert_eq!(a.answers().mission.deliverables.len(), n);
    assert_eq!(b.answers().mission.deliverables.len(), n);
    // Each tab types in the item it added: no conflict, both kept.
    let mut in_a = a.answers().clone();
    in_a.mission.deliverables[n - 2].title = "Livrable A".into();
    let mut in_b = b.answers().clone();
    in_b.mission.deliverables[n - 1].title = "Livrable B".into();
    a.edit(&in_a);
    b.edit(&in_b);
    a.flush();
    b.flush();
    assert!(b.view().conflicts.is_empty());
    let titles: Vec<String> =
        stored(&store, &a.current().id).mission.deliverables.iter().map(|d| d.title.clone()).collect();
    assert!(titles.contains(&"Livrable A".to_string()) && titles.contains(&"Livrable B".to_string()), "{titles:?}");
}

/// Another page wrote something unreadable under the open draft's key: never "saved";
/// the next write sets it aside (quarantine) and stores this tab's copy again.
#[test]
fn an_unreadable_value_written_over_the_open_draft_is_set_aside_and_the_draft_written_again() {
    let base = common::mission("creative-fixed");
    let (store, mut a, _b) = two_tabs(&base);
    let key = keys::draft(&a.current().id);
    store.poke(&key, "{not json");
    a.external_change(Some(&key));
    assert_ne!(a.state(), SaveState::Saved);
    assert!(a.wants_write());
    assert_eq!(a.flush(), SaveState::Saved);
    assert_eq!(stored(&store, &a.current().id), base);
    assert!(store.keys().unwrap().iter().any(|k| k.starts_with(keys::QUARANTINE_PREFIX)), "kept byte for byte");
}

/// The page goes away with a conflict not settled: this tab's values are kept in a new
/// draft (the other tab's are in storage), once.
#[test]
fn a_page_closed_mid_conflict_keeps_its_values_in_a_new_draft() {
    let base = common::mission("creative-fixed");
    let (store, mut a, mut b) = two_tabs(&base);
    let mut x = base.clone();
    x.client.name = "From A".into();
    a.edit(&x);
    a.flush();
    x.client.name = "From B".into();
    b.edit(&x);
    b.flush();
    assert_eq!(b.state(), SaveState::Conflict);
    assert!(b.set_aside_unsettled("Valeurs de cet onglet"));
    assert!(!b.set_aside_unsettled("again"), "once");
    let names: Vec<String> = stored_drafts(&store).iter().map(|d| d.client.name.clone()).collect();
    assert!(names.contains(&"From A".to_string()) && names.contains(&"From B".to_string()), "{names:?}");
}
