//! Drafts storage, natively over `MemoryBackend`: the envelope, migrations and the
//! fixtures of every version ever shipped, newer versions read-only, import checks,
//! two tabs, quarantine, a full quota, storage refused, the drafts list and my details.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::sessions::{clock, ids, tab};

use cadre::i18n::drafts as drafts_words;
use cadre::interview::{Action, Interview};
use cadre::model::{Answers, Field, ItemList, Lang, MAX_DELIVERABLES, MAX_ITEM_ID, MAX_MILESTONES};
use cadre::storage::backend::classify;
use cadre::storage::envelope::{decode, DecodeError};
use cadre::storage::migrate::{upgrade_with, Step, CURRENT};
use cadre::storage::profile::{next_mission, Profile};
use cadre::storage::session::ActionError;
use cadre::storage::transfer::{self, parse_import, ImportError, MAX_IMPORT_BYTES, MAX_IMPORT_DRAFTS};
use cadre::storage::write::{save, SaveError};
use cadre::storage::{
    keys, Backend, Decoded, Draft, DraftId, Envelope, MemoryBackend, SaveState, Session, StorageError, CURRENT_VERSION,
};
use serde_json::{json, Value};
use std::path::PathBuf;

// ---- Helpers ----------------------------------------------------------------------

/// An envelope as serde_json sees it, to inspect or tamper with in a test.
fn as_serde(e: &Envelope) -> Value {
    serde_json::from_str(&e.encode()).unwrap()
}

/// A serde_json value in the app's JSON type, as a migration step receives it.
fn ours(v: &Value) -> cadre::json::Value {
    cadre::json::parse(&v.to_string()).unwrap()
}

fn theirs(v: &cadre::json::Value) -> Value {
    serde_json::from_str(&v.to_string()).unwrap()
}

fn id(s: &str) -> DraftId {
    DraftId::parse(s).unwrap()
}

fn envelope_of(answers: Answers, name: &str, id_: &str, rev: u64) -> Envelope {
    Envelope::new(Draft { id: id(id_), name: name.into(), answers }, rev, "2026-05-04T09:30:00.000Z")
}

fn stored(store: &MemoryBackend, draft: &DraftId) -> Envelope {
    let raw = store.peek(&keys::draft(draft)).expect("stored");
    match decode(&raw).expect("readable") {
        Decoded::Current { envelope, .. } => envelope,
        other => panic!("not current: {other:?}"),
    }
}

fn with_title(a: &Answers, title: &str) -> Answers {
    let mut a = a.clone();
    a.mission.title = title.into();
    a
}

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/drafts")
}

// ---- Envelope and migrations ------------------------------------------------------

#[test]
fn envelope_round_trip_keeps_every_answer() {
    for m in common::MISSIONS {
        let e = envelope_of(common::mission(m), "Pour Dupont", "abc-1", 7);
        let text = e.encode();
        let v: Value = serde_json::from_str(&text).unwrap();
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["version", "rev", "saved_at", "draft"], "written in a stable order");
        assert_eq!(v["version"], CURRENT_VERSION, "{text:.80}");
        assert_eq!(v["rev"], 7);
        assert_eq!(v["saved_at"], "2026-05-04T09:30:00.000Z");
        assert!(v["draft"]["answers"].is_object());
        match decode(&text).unwrap() {
            Decoded::Current { envelope, from_version } => {
                assert_eq!(envelope, e, "{m}");
                assert_eq!(from_version, CURRENT_VERSION);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(decode(&e.encode_pretty()).unwrap().envelope(), Some(&e));
    }
}

#[test]
fn unreadable_values_are_told_apart() {
    assert!(matches!(decode("{\"version\":1,"), Err(DecodeError::NotJson(_))));
    assert_eq!(decode("[1,2]"), Err(DecodeError::NotAnEnvelope));
    assert_eq!(decode(r#"{"rev":1}"#), Err(DecodeError::NotAnEnvelope));
    assert_eq!(decode(r#"{"version":0,"rev":1}"#), Err(DecodeError::NotAnEnvelope));
    assert_eq!(decode(r#"{"version":"1"}"#), Err(DecodeError::NotAnEnvelope));
    let bad_types = r#"{"version":1,"rev":1,"saved_at":"x","draft":{"id":"a","answers":{"provider":5}}}"#;
    assert!(matches!(decode(bad_types), Err(DecodeError::Types(_))));
    let bad_id = r#"{"version":1,"rev":1,"saved_at":"x","draft":{"id":"../etc","answers":{}}}"#;
    assert!(matches!(decode(bad_id), Err(DecodeError::Types(_))), "ids name keys: checked");
}

/// Every value of `stored` is in `now` at the same path, but for the choice keys a
/// migration renamed.
fn assert_answers_kept(stored: &Value, now: &Value, name: &str, path: &str) {
    match stored {
        Value::Object(map) => {
            for (k, v) in map {
                assert_answers_kept(v, &now[k], name, &format!("{path}.{k}"));
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                assert_answers_kept(v, &now[i], name, &format!("{path}[{i}]"));
            }
        }
        _ if path == ".terms.liability" && stored == "price_paid" => assert_eq!(now, "contract_price", "{name}"),
        _ => assert_eq!(stored, now, "{name}: {path}"),
    }
}

/// Writes a fixture of the current version for every reference mission (run once when
/// a version ships: `WRITE_FIXTURES=1 cargo test --test storage write_current_fixtures`).
#[test]
fn write_current_fixtures() {
    if std::env::var_os("WRITE_FIXTURES").is_none() {
        return;
    }
    for m in common::MISSIONS {
        let e = envelope_of(common::mission(m), "", &format!("fixture-{m}"), 3);
        let path = fixtures_dir().join(format!("v{CURRENT_VERSION}-draft-{m}.json"));
        std::fs::write(path, e.encode()).unwrap();
    }
}

fn to_v2(v: cadre::json::Value) -> Result<cadre::json::Value, String> {
    // A pretend v2: the draft name moves into a "meta" object.
    let mut v = theirs(&v);
    let name = v["draft"]["name"].take();
    v["draft"]["meta"] = json!({ "name": name });
    Ok(ours(&v))
}

fn to_v3(v: cadre::json::Value) -> Result<cadre::json::Value, String> {
    let mut v = theirs(&v);
    v["draft"]["meta"]["pinned"] = json!(false);
    Ok(ours(&v))
}

fn broken(_: cadre::json::Value) -> Result<cadre::json::Value, String> {
    Ok(cadre::json::Value::from("not an object"))
}

#[test]
fn the_migration_chain_runs_each_step_once_in_order() {
    let v1 = envelope_of(Answers::default(), "Logo", "a", 1).to_json();
    let steps: &[Step] = &[to_v2, to_v3];
    let v3 = upgrade_with(steps, v1.clone(), 1).unwrap();
    assert_eq!(theirs(&v3)["version"], 3);
    assert_eq!(theirs(&v3)["draft"]["meta"], json!({ "name": "Logo", "pinned": false }));
    // From the middle of the chain: only the later steps run.
    let mut v2 = theirs(&to_v2(v1.clone()).unwrap());
    v2["version"] = json!(2);
    assert_eq!(upgrade_with(steps, ours(&v2), 2).unwrap(), v3);
    // Today's chain has one step: version 2 renamed the liability cap "price_paid"
    // (the sums paid, nil before any payment) to "contract_price".
    assert_eq!(CURRENT, 2);
    let mut old = theirs(&v1);
    old["draft"]["answers"]["terms"]["liability"] = json!("price_paid");
    let up = theirs(&cadre::storage::migrate::upgrade(ours(&old), 1).unwrap());
    assert_eq!(up["version"], 2);
    assert_eq!(up["draft"]["answers"]["terms"]["liability"], "contract_price");
    old["draft"]["answers"]["terms"]["liability"] = json!("amount");
    let up = theirs(&cadre::storage::migrate::upgrade(ours(&old), 1).unwrap());
    assert_eq!(up["draft"]["answers"]["terms"]["liability"], "amount", "other values pass unchanged");
    assert!(upgrade_with(steps, v1.clone(), 0).is_err());
    assert!(upgrade_with(steps, v1.clone(), 4).is_err());
    assert!(upgrade_with(&[broken], v1, 1).unwrap_err().contains("object"));
}

/// Writes the version-1 fixtures with the current code. They are committed and never
/// rewritten: `CADRE_WRITE_FIXTURES=1 cargo test --test storage write_fixtures`
/// only adds missing files.
#[test]
fn write_fixtures() {
    if std::env::var_os("CADRE_WRITE_FIXTURES").is_none() {
        return;
    }
    let dir = fixtures_dir();
    std::fs::create_dir_all(&dir).unwrap();
    let v = CURRENT_VERSION;
    let mut files: Vec<(String, String)> = Vec::new();
    let mut all = Vec::new();
    for m in common::MISSIONS {
        let e = envelope_of(common::mission(m), "", &format!("fixture-{m}"), 3);
        all.push(e.to_json());
        files.push((format!("v{v}-draft-{m}.json"), e.encode()));
    }
    let named = envelope_of(Answers::default(), "Brouillon « vide » nommé", "fixture-blank", 1);
    files.push((format!("v{v}-draft-blank-named.json"), named.encode()));
    let me = Profile::from_answers(&common::mission("creative-fixed"));
    let me = envelope_of(me.to_answers(), "", "me", 2);
    files.push((format!("v{v}-my-details.json"), me.encode()));
    files.push((format!("v{v}-export-all.json"), transfer::export_all(&all, "2026-05-04T09:30:00.000Z")));
    files.push((
        format!("v{v}-export-one.json"),
        envelope_of(common::mission("coaching-sessions"), "Coaching", "fixture-export", 4).encode_pretty(),
    ));
    for (name, text) in files {
        let path = dir.join(&name);
        if !path.exists() {
            std::fs::write(&path, text + "\n").unwrap();
        }
    }
}

#[test]
fn every_fixture_of_every_shipped_version_loads() {
    let mut seen_versions = std::collections::BTreeSet::new();
    let mut count = 0;
    for entry in std::fs::read_dir(fixtures_dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".json") {
            continue;
        }
        let version: u32 = name[1..name.find('-').unwrap()].parse().unwrap_or_else(|_| panic!("{name}: vN-…"));
        assert!(version <= CURRENT_VERSION, "{name}: a fixture newer than the code");
        seen_versions.insert(version);
        let text = std::fs::read_to_string(&path).unwrap();
        count += 1;
        if name.contains("-export-") {
            let drafts = parse_import(text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert!(!drafts.is_empty());
            continue;
        }
        let Decoded::Current { envelope, from_version } = decode(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
        else {
            panic!("{name}: not current");
        };
        assert_eq!(from_version, version, "{name}");
        // Nothing typed is lost on the way: every answer the fixture holds comes back
        // (a migration may only rename a choice key), and a fixture of the current
        // version is the reference mission, whole.
        let stored = serde_json::from_str::<Value>(&text).unwrap();
        let now = theirs(&cadre::model::to_json(&envelope.draft.answers));
        assert_answers_kept(&stored["draft"]["answers"], &now, &name, "");
        if let Some(m) = name.strip_prefix(&format!("v{version}-draft-")).and_then(|s| s.strip_suffix(".json")) {
            if common::MISSIONS.contains(&m) && version == CURRENT_VERSION {
                assert_eq!(envelope.draft.answers, common::mission(m), "{name}");
            }
        }
        // And a session opens it from storage.
        let store = MemoryBackend::new();
        store.poke("cadre.draft.fixture", &text);
        let s = tab(&store, "t");
        assert!(s.view().quarantine.is_empty(), "{name} was quarantined");
    }
    assert!(count >= 9, "the fixtures are there ({count})");
    for v in 1..=CURRENT_VERSION {
        assert!(
            seen_versions.contains(&v),
            "no fixture of version {v}: commit one written by the code that shipped it"
        );
    }
}

// ---- Newer versions ---------------------------------------------------------------

fn newer_text() -> String {
    let mut v = as_serde(&envelope_of(with_title(&Answers::default(), "Site vitrine"), "", "future", 9));
    v["version"] = json!(CURRENT_VERSION + 1);
    v["draft"]["answers"]["hologram"] = json!({ "shape": "cube" });
    serde_json::to_string(&v).unwrap()
}

#[test]
fn a_draft_from_a_newer_version_opens_read_only_and_is_never_overwritten() {
    let store = MemoryBackend::new();
    let text = newer_text();
    store.poke("cadre.draft.future", &text);
    let mut s = tab(&store, "t");
    assert_eq!(s.current().id, id("future"));
    assert_eq!(s.answers().mission.title, "Site vitrine");
    assert_eq!(s.state(), SaveState::ReadOnly { version: CURRENT_VERSION + 1 });
    assert!(s.view().drafts[0].newer.is_some());
    // Edits stay on screen but nothing is written.
    let edited = with_title(s.answers(), "Changé");
    assert!(!s.edit(&edited), "no write scheduled");
    s.flush();
    assert_eq!(store.peek("cadre.draft.future").unwrap(), text, "byte for byte");
    assert!(store.peek("cadre.draft.future.bak").is_none());
    assert_eq!(s.rename(&id("future"), "x"), Err(ActionError::ReadOnly));
    assert_eq!(s.new_draft(), Err(ActionError::ReadOnly), "leaving would lose the edit");
    // A copy keeps the edit, as a new draft of this version.
    let copy = s.save_copy();
    assert_eq!(copy.mission.title, "Changé");
    assert_ne!(s.current().id, id("future"));
    assert_eq!(s.state(), SaveState::Saved);
    assert_eq!(store.peek("cadre.draft.future").unwrap(), text);
    // The raw export keeps the newer fields.
    let (_, exported) = s.export_draft(&id("future"), Lang::Fr).unwrap();
    assert!(exported.contains("hologram"));
}

#[test]
fn a_save_never_overwrites_a_newer_version_written_meanwhile() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    let key = keys::draft(&s.current().id);
    let mut v: Value = serde_json::from_str(&store.peek(&key).unwrap()).unwrap();
    v["version"] = json!(CURRENT_VERSION + 1);
    let newer = v.to_string();
    store.poke(&key, &newer);
    s.edit(&with_title(s.answers(), "Mine"));
    assert_eq!(s.flush(), SaveState::ReadOnly { version: CURRENT_VERSION + 1 });
    assert_eq!(store.peek(&key).unwrap(), newer);
}

// ---- Import -----------------------------------------------------------------------

#[test]
fn import_checks_size_text_json_types_and_version() {
    let good = envelope_of(common::mission("creative-fixed"), "", "x", 2).encode_pretty();
    assert_eq!(parse_import(good.as_bytes()).unwrap()[0].answers, common::mission("creative-fixed"));
    assert_eq!(parse_import(format!("\u{feff}{good}").as_bytes()).unwrap().len(), 1, "a BOM is fine");

    let big = format!("{{\"version\":1,\"pad\":\"{}\"}}", "x".repeat(MAX_IMPORT_BYTES));
    assert_eq!(parse_import(big.as_bytes()), Err(ImportError::TooLarge { bytes: big.len() }));
    assert_eq!(parse_import(b""), Err(ImportError::Empty));
    assert_eq!(parse_import(b"  \n"), Err(ImportError::Empty));
    assert_eq!(parse_import(&[0xff, 0xfe, 0x00, 0x7b]), Err(ImportError::NotText));
    assert_eq!(parse_import(b"%PDF-1.7"), Err(ImportError::NotJson));
    assert_eq!(parse_import(b"{\"version\":1,"), Err(ImportError::NotJson));
    assert_eq!(parse_import(b"[1,2,3]"), Err(ImportError::NotADraft));
    assert_eq!(parse_import(b"{\"name\":\"x\"}"), Err(ImportError::NotADraft));
    for version in ["0", "-1", "\"1\"", "1.5", "null"] {
        let t = format!("{{\"version\":{version},\"rev\":1,\"saved_at\":\"\",\"draft\":{{}}}}");
        assert_eq!(parse_import(t.as_bytes()), Err(ImportError::BadVersion), "version {version}");
    }
    let mut v: Value = serde_json::from_str(&good).unwrap();
    v["version"] = json!(CURRENT_VERSION + 1);
    assert_eq!(parse_import(v.to_string().as_bytes()), Err(ImportError::Newer { version: CURRENT_VERSION + 1 }));
    for (path, bad) in [
        ("provider", json!(5)),
        ("price", json!("cher")),
        ("contract_lang", json!("de")),
        ("mission", json!({"deliverables": {"id": 1}})),
    ] {
        let mut v: Value = serde_json::from_str(&good).unwrap();
        v["draft"]["answers"][path] = bad;
        assert!(matches!(parse_import(v.to_string().as_bytes()), Err(ImportError::Types(_))), "{path}");
    }
    let mut v: Value = serde_json::from_str(&good).unwrap();
    v["rev"] = json!("three");
    assert!(matches!(parse_import(v.to_string().as_bytes()), Err(ImportError::Types(_))));
    // A bundle is checked whole: one bad draft refuses the file.
    let ok = envelope_of(Answers::default(), "", "a", 1).to_json();
    let mut bad = theirs(&ok);
    bad["draft"]["answers"]["client"] = json!(true);
    let bad = ours(&bad);
    assert_eq!(parse_import(transfer::export_all(&[ok.clone(), ok.clone()], "t").as_bytes()).unwrap().len(), 2);
    assert!(matches!(parse_import(transfer::export_all(&[ok, bad], "t").as_bytes()), Err(ImportError::Types(_))));
    assert_eq!(parse_import(transfer::export_all(&[], "t").as_bytes()), Err(ImportError::Empty));
}

#[test]
fn an_import_is_always_a_new_draft_and_touches_nothing() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    let first = s.current().id.clone();
    s.edit(&common::mission("consumer-remote"));
    s.flush();
    let before = store.peek(&keys::draft(&first)).unwrap();
    // The same id as the existing draft, on purpose.
    let file = envelope_of(common::mission("creative-fixed"), "Importé", first.as_str(), 40).encode_pretty();
    let (n, answers) = s.import(file.as_bytes()).unwrap();
    assert_eq!(n, 1);
    assert_eq!(answers, common::mission("creative-fixed"));
    assert_ne!(s.current().id, first, "a new id");
    assert_eq!(s.current().name, "Importé");
    assert_eq!(store.peek(&keys::draft(&first)).unwrap(), before, "the existing draft is untouched");
    assert_eq!(s.view().drafts.len(), 2);
    // A bad file: a clear error, nothing added or changed.
    let keys_before = store.keys().unwrap();
    assert_eq!(s.import(b"{oops"), Err(ActionError::Import(ImportError::NotJson)));
    assert_eq!(store.keys().unwrap(), keys_before);
    // Export all, then import: every draft again, as new ones.
    let (name, all) = s.export_all(Lang::Fr);
    assert!(name.starts_with("cadre-brouillons-2026-05-04"), "{name}");
    let (n, _) = s.import(all.as_bytes()).unwrap();
    assert_eq!(n, 2);
    assert_eq!(s.view().drafts.len(), 4);
}

#[test]
fn export_then_import_in_an_empty_store_gives_the_same_answers() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    s.edit(&common::mission("english-foreign"));
    let current = s.current().id.clone();
    s.rename(&current, "Kranich").unwrap();
    let (name, text) = s.export_draft(&current, Lang::En).unwrap();
    assert_eq!(name, "cadre-draft-kranich-2026-05-04.json");
    let empty = MemoryBackend::new();
    let mut t = tab(&empty, "u");
    let (_, answers) = t.import(text.as_bytes()).unwrap();
    assert_eq!(answers, common::mission("english-foreign"));
    assert_eq!(t.current().name, "Kranich");
}

// ---- Two tabs ---------------------------------------------------------------------

#[test]
fn a_clean_tab_reloads_what_another_tab_saved() {
    let store = MemoryBackend::new();
    let mut a = tab(&store, "a");
    let mut b = tab(&store, "b");
    assert_eq!(a.current().id, b.current().id, "both open the most recent draft");
    let key = keys::draft(&a.current().id);
    a.edit(&with_title(a.answers(), "From A"));
    a.flush();
    let reloaded = b.external_change(Some(&key)).expect("reloaded");
    assert_eq!(reloaded.mission.title, "From A");
    assert_eq!(b.rev(), a.rev());
    assert_eq!(b.state(), SaveState::Saved);
    // B edits next: no conflict, A reloads in turn.
    b.edit(&with_title(b.answers(), "Then B"));
    assert_eq!(b.flush(), SaveState::Saved);
    assert_eq!(a.external_change(Some(&key)).unwrap().mission.title, "Then B");
    // Events about other keys reload nothing.
    assert_eq!(a.external_change(Some("cadre.draft.other")), None);
    assert_eq!(a.external_change(Some(&keys::backup(&key))), None);
    // A draft made in another tab shows in the list; one deleted there goes.
    b.new_draft().unwrap();
    let made = b.current().id.clone();
    a.external_change(Some(&keys::draft(&made)));
    assert!(a.view().drafts.iter().any(|d| d.id == made));
    b.delete(&made).unwrap();
    a.external_change(Some(&keys::draft(&made)));
    assert!(!a.view().drafts.iter().any(|d| d.id == made));
    // storage.clear() elsewhere: this tab keeps its open draft on screen.
    a.external_change(None);
    assert_eq!(a.view().drafts.iter().filter(|d| d.id == a.current().id).count(), 1);
}

#[test]
fn a_tab_with_unsaved_changes_merges_and_asks_only_about_the_field_both_changed() {
    let store = MemoryBackend::new();
    let mut a = tab(&store, "a");
    let mut b = tab(&store, "b");
    let id = a.current().id.clone();
    let key = keys::draft(&id);
    let mut typed = with_title(b.answers(), "B typing");
    typed.client.name = "Client typed in B".into();
    b.edit(&typed);
    a.edit(&with_title(a.answers(), "A saved first"));
    a.flush();
    // The storage event reaches B while it has changes pending: the title is a
    // conflict, the client's name (B only) is not.
    assert_eq!(b.external_change(Some(&key)), None, "nothing replaced under the user's feet");
    assert_eq!(b.state(), SaveState::Conflict);
    assert_eq!(b.answers().mission.title, "B typing");
    assert_eq!(b.view().conflicts.len(), 1);
    b.flush();
    let kept = stored(&store, &id).draft.answers;
    assert_eq!(kept.mission.title, "A saved first", "the other tab's value stays stored until B chooses");
    assert_eq!(kept.client.name, "Client typed in B", "B's other change is merged and stored");
    assert!(b.unstored(), "B's title is in this tab only: leaving asks first");
    // B keeps its title: stored, and A's goes to a new draft in the list.
    let title = cadre::model::Field::MissionTitle;
    b.resolve(cadre::storage::merge::Part::Field(title), true, "Valeurs écartées").unwrap();
    assert_eq!(b.state(), SaveState::Saved);
    assert!(!b.unstored());
    assert_eq!(stored(&store, &id).draft.answers.mission.title, "B typing");
    let aside = b.view().drafts.into_iter().find(|d| d.name == "Valeurs écartées").expect("a draft keeps A's value");
    assert_eq!(stored(&store, &aside.id).draft.answers.mission.title, "A saved first");
    // A has nothing pending: it follows.
    assert_eq!(a.external_change(Some(&key)).unwrap().mission.title, "B typing");
}

#[test]
fn the_write_itself_detects_a_newer_revision_even_without_an_event() {
    let store = MemoryBackend::new();
    let mut a = tab(&store, "a");
    let mut b = tab(&store, "b");
    a.edit(&with_title(a.answers(), "A"));
    a.flush();
    b.edit(&with_title(b.answers(), "B"));
    assert_eq!(b.flush(), SaveState::Conflict, "the event may not have arrived yet");
    assert_eq!(stored(&store, &a.current().id).draft.answers.mission.title, "A");
    // B takes A's value: its own goes to a new draft.
    let title = cadre::storage::merge::Part::Field(cadre::model::Field::MissionTitle);
    assert_eq!(b.resolve(title, false, "aside").unwrap().mission.title, "A");
    assert_eq!(b.state(), SaveState::Saved);
    let aside = b.view().drafts.into_iter().find(|d| d.name == "aside").unwrap();
    assert_eq!(stored(&store, &aside.id).draft.answers.mission.title, "B");
    b.edit(&with_title(b.answers(), "B after A"));
    assert_eq!(b.flush(), SaveState::Saved);
    // And the pure write refuses a stale base revision.
    let d = Draft { id: a.current().id.clone(), name: String::new(), answers: Answers::default() };
    let mut backend = store.clone();
    assert!(matches!(save(&mut backend, &keys::draft(&d.id), &d, 1, "t"), Err(SaveError::Conflict(_))));
}

// ---- Quarantine, backups, read-back -----------------------------------------------

#[test]
fn an_unreadable_draft_is_moved_to_quarantine_exactly_as_found() {
    let store = MemoryBackend::new();
    let garbage = "{\"version\":1,\"rev\":2,\"saved_at\":\"2026-05-0";
    store.poke("cadre.draft.broken", garbage);
    store.poke("cadre.me", "not json at all");
    let mut s = tab(&store, "t");
    assert!(store.peek("cadre.draft.broken").is_none(), "moved, not left to be overwritten");
    assert!(store.peek("cadre.me").is_none());
    let view = s.view();
    assert_eq!(view.quarantine.len(), 2);
    let q = view.quarantine.iter().find(|q| q.origin == "cadre.draft.broken").expect("listed");
    assert!(q.key.starts_with("cadre.quarantine.draft.broken@2026-05-04T"), "{}", q.key);
    assert_eq!(s.quarantined_text(&q.key).unwrap(), garbage, "byte for byte");
    assert_eq!(q.bytes, garbage.len());
    assert!(s.quarantine_file_name(&q.key).starts_with("cadre-quarantaine-draft-broken-2026-05-04"));
    // A new draft opened; the app works.
    assert_eq!(s.state(), SaveState::Saved);
    assert_eq!(view.drafts.len(), 1);
    // Quarantine survives a reload, and is removed only on request.
    let t = tab(&store, "u");
    assert_eq!(t.view().quarantine.len(), 2);
    s.discard_quarantined(&q.key).unwrap();
    assert_eq!(s.view().quarantine.len(), 1);
    assert_eq!(s.discard_quarantined("cadre.draft.t1"), Err(ActionError::NotFound), "only quarantined values");
}

#[test]
fn a_damaged_draft_comes_back_from_its_backup() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    let d = s.current().id.clone();
    s.edit(&with_title(s.answers(), "v1"));
    s.flush();
    s.edit(&with_title(s.answers(), "v2"));
    s.flush();
    assert!(store.peek(&keys::backup(&keys::draft(&d))).unwrap().contains("v1"), "the previous good copy");
    store.poke(&keys::draft(&d), "\u{0}\u{0}garbage");
    let t = tab(&store, "u");
    assert_eq!(t.current().id, d);
    assert_eq!(t.answers().mission.title, "v1", "restored from .bak");
    assert_eq!(t.view().quarantine.len(), 1);
    assert_eq!(t.quarantined_text(&t.view().quarantine[0].key).unwrap(), "\u{0}\u{0}garbage");
}

#[test]
fn a_value_damaged_while_open_is_quarantined_before_the_next_write() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    let key = keys::draft(&s.current().id);
    store.poke(&key, "]]");
    s.edit(&with_title(s.answers(), "mine"));
    assert_eq!(s.flush(), SaveState::Saved);
    let q: Vec<String> = store.keys().unwrap().into_iter().filter(|k| k.starts_with(keys::QUARANTINE_PREFIX)).collect();
    assert_eq!(q.len(), 1);
    assert_eq!(store.peek(&q[0]).unwrap(), "]]");
}

#[test]
fn quarantine_never_overwrites_and_stays_put_when_storage_is_full() {
    let store = MemoryBackend::new();
    store.poke("cadre.draft.a", "bad-a");
    store.poke("cadre.draft.b", "bad-b");
    let mut backend = store.clone();
    let k1 = cadre::storage::write::quarantine(&mut backend, "cadre.draft.a", "bad-a", "same-time").unwrap();
    let k2 = cadre::storage::write::quarantine(&mut backend, "cadre.draft.a", "bad-a-again", "same-time").unwrap();
    assert_ne!(k1, k2);
    assert_eq!(store.peek(&k1).unwrap(), "bad-a");
    // Full: nothing can be copied, so the unreadable value stays where it is.
    let used = store.used();
    store.set_quota(Some(used));
    let s = tab(&store, "t");
    assert_eq!(store.peek("cadre.draft.b").unwrap(), "bad-b");
    assert!(s.view().quarantine.iter().any(|q| q.key == "cadre.draft.b"), "still offered for download");
    assert_eq!(s.quarantined_text("cadre.draft.b").unwrap(), "bad-b");
}

#[test]
fn a_write_that_reads_back_differently_is_reported() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    let key = keys::draft(&s.current().id);
    store.set_mangle(Some(&key));
    s.edit(&with_title(s.answers(), "x"));
    assert_eq!(s.flush(), SaveState::Failed(StorageError::ReadBack));
    assert!(s.is_dirty(), "still to be saved");
    assert_eq!(s.answers().mission.title, "x", "kept in memory");
    // The damaged write is set aside, never overwritten blindly, and the next one lands.
    store.set_mangle(None);
    assert_eq!(s.flush(), SaveState::Saved);
    assert_eq!(stored(&store, &s.current().id).draft.answers.mission.title, "x");
    assert_eq!(tab(&store, "u").view().quarantine.len(), 1);
}

// ---- Quota and unavailable storage -------------------------------------------------

#[test]
fn a_full_quota_keeps_the_draft_in_memory_and_says_so() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    let d = s.current().id.clone();
    s.edit(&with_title(s.answers(), "saved"));
    s.flush();
    let before = store.peek(&keys::draft(&d)).unwrap();
    store.set_quota(Some(store.used() + 10));
    let big = with_title(s.answers(), &"long mission title ".repeat(200));
    s.edit(&big);
    assert_eq!(s.flush(), SaveState::Failed(StorageError::Quota));
    assert_eq!(s.answers(), &big, "kept in memory");
    assert_eq!(store.peek(&keys::draft(&d)).unwrap(), before, "the stored copy is intact");
    // Leaving the draft would lose it: refused with the reason.
    assert_eq!(s.new_draft(), Err(ActionError::Storage(StorageError::Quota)));
    assert_eq!(s.current().id, d);
    // Export still works from memory.
    let (_, text) = s.export_draft(&d, Lang::Fr).unwrap();
    assert!(text.contains("long mission title"));
    // Room again: the next write goes through.
    store.set_quota(None);
    assert_eq!(s.flush(), SaveState::Saved);
    assert!(stored(&store, &d).draft.answers.mission.title.starts_with("long mission title"));
}

#[test]
fn quota_spellings_of_every_browser() {
    assert_eq!(classify("QuotaExceededError", 22, ""), StorageError::Quota);
    assert_eq!(classify("NS_ERROR_DOM_QUOTA_REACHED", 1014, ""), StorageError::Quota);
    assert_eq!(classify("NS_ERROR_DOM_QUOTA_REACHED", 0, ""), StorageError::Quota);
    assert_eq!(classify("Error", 22, ""), StorageError::Quota, "old WebKit: code only");
    assert_eq!(classify("", 1014, ""), StorageError::Quota);
    assert!(matches!(classify("SecurityError", 18, "denied"), StorageError::Unavailable(_)));
    assert!(matches!(classify("InvalidStateError", 11, "x"), StorageError::Other(_)));
}

#[test]
fn blocked_storage_means_memory_only_and_the_app_still_works() {
    let store = MemoryBackend::new();
    store.set_blocked(true);
    let mut s = tab(&store, "t");
    assert!(!s.is_persistent());
    assert_eq!(s.state(), SaveState::MemoryOnly);
    s.edit(&with_title(s.answers(), "in memory"));
    assert_eq!(s.state(), SaveState::Pending);
    assert_eq!(s.flush(), SaveState::MemoryOnly);
    let first = s.current().id.clone();
    s.new_draft().unwrap();
    assert_eq!(s.open_draft(&first).unwrap().mission.title, "in memory");
    let (_, all) = s.export_all(Lang::En);
    assert!(all.contains("in memory"), "export offered");
    // A store with no room at all (old Safari private mode) is memory-only too.
    let zero = MemoryBackend::with_quota(0);
    assert!(!tab(&zero, "z").is_persistent());
    // But a full store that already holds drafts is kept: the user is told it is full.
    let full = MemoryBackend::new();
    let mut f = tab(&full, "f");
    f.edit(&with_title(f.answers(), "kept"));
    f.flush();
    full.set_quota(Some(full.used()));
    let mut g = tab(&full, "g");
    assert!(g.is_persistent());
    assert_eq!(g.answers().mission.title, "kept");
    g.edit(&with_title(g.answers(), "more"));
    assert_eq!(g.flush(), SaveState::Failed(StorageError::Quota));
}

/// A store already full of another site's data (another app of the same origin).
fn full_of_other_data() -> MemoryBackend {
    let store = MemoryBackend::new();
    store.poke("other.app.cache", &"x".repeat(50_000));
    store.set_quota(Some(store.used() + 5));
    store
}

fn boxed(store: &MemoryBackend) -> Result<Box<dyn Backend>, StorageError> {
    Ok(Box::new(store.clone()))
}

#[test]
fn a_first_visit_tells_a_full_site_from_refused_storage() {
    // Full of someone else's data, no draft of ours: "full", not "private browsing".
    let s = tab(&full_of_other_data(), "t");
    assert!(!s.is_persistent());
    assert_eq!(s.unavailable(), Some(&StorageError::Quota));
    assert_eq!(s.view().unavailable, Some(StorageError::Quota));
    assert_eq!(s.state(), SaveState::MemoryOnly);
    // Blocked (a SecurityError on every call): refused.
    let blocked = MemoryBackend::new();
    blocked.set_blocked(true);
    assert!(matches!(tab(&blocked, "b").unavailable(), Some(StorageError::Unavailable(_))));
    // No room at all in an empty store (old Safari's private mode): refused, not full.
    assert!(matches!(tab(&MemoryBackend::with_quota(0), "z").unavailable(), Some(StorageError::Unavailable(_))));
    // `window.localStorage` threw or was null: refused, whatever the browser called it.
    let m = Session::in_memory(StorageError::Other("null".into()), clock(), ids("m"));
    assert!(matches!(m.unavailable(), Some(StorageError::Unavailable(_))));
    // Storage that works is no diagnosis at all.
    assert_eq!(tab(&MemoryBackend::new(), "ok").unavailable(), None);
}

#[test]
fn a_full_site_is_tried_again_and_the_drafts_in_memory_are_then_stored() {
    let store = full_of_other_data();
    let mut s = tab(&store, "t");
    let first = s.current().id.clone();
    s.edit(&with_title(s.answers(), "typed while full"));
    assert_eq!(s.flush(), SaveState::MemoryOnly);
    s.new_draft().unwrap();
    let second = s.current().id.clone();
    s.edit(&with_title(s.answers(), "second, unsaved yet"));
    // Still full: nothing changes, nothing is written.
    assert!(!s.retry_storage(boxed(&store)));
    assert_eq!(s.unavailable(), Some(&StorageError::Quota));
    assert!(store.peek(&keys::draft(&first)).is_none());
    // The other data goes: the next try stores every draft, the open one's changes too.
    store.clone().remove("other.app.cache").unwrap();
    assert!(s.retry_storage(boxed(&store)));
    assert!(s.is_persistent());
    assert_eq!(s.view().unavailable, None);
    assert_eq!(s.state(), SaveState::Saved);
    assert_eq!(stored(&store, &first).draft.answers.mission.title, "typed while full");
    assert_eq!(stored(&store, &second).draft.answers.mission.title, "second, unsaved yet");
    // From then on every edit is written, and a reload finds the drafts.
    s.edit(&with_title(s.answers(), "after the retry"));
    assert_eq!(s.flush(), SaveState::Saved);
    assert_eq!(stored(&store, &second).draft.answers.mission.title, "after the retry");
    let reloaded = tab(&store, "u");
    assert!(reloaded.is_persistent());
    assert_eq!(reloaded.current().id, second);
    assert_eq!(reloaded.view().drafts.len(), 2);
    // Trying again once stored does nothing.
    assert!(!s.retry_storage(boxed(&store)));
}

#[test]
fn refused_storage_is_tried_again_and_never_overwrites_what_it_finds() {
    let store = MemoryBackend::new();
    store.set_blocked(true);
    let mut s = tab(&store, "t");
    let id = s.current().id.clone();
    s.edit(&with_title(s.answers(), "mine"));
    s.flush();
    // Still refused (as `window.localStorage` throwing would say): kept in memory.
    assert!(!s.retry_storage(Err(StorageError::Unavailable("SecurityError".into()))));
    assert!(!s.retry_storage(boxed(&store)));
    assert!(matches!(s.unavailable(), Some(StorageError::Unavailable(_))));
    // Meanwhile, storage holds a different value under the same key.
    store.set_blocked(false);
    let theirs = envelope_of(with_title(&Answers::default(), "theirs"), "", id.as_str(), 7);
    store.poke(&keys::draft(&id), &theirs.encode());
    assert!(s.retry_storage(boxed(&store)));
    assert_eq!(stored(&store, &id).draft.answers.mission.title, "theirs", "never overwritten");
    let moved = s.current().id.clone();
    assert_ne!(moved, id, "mine is stored under a new id");
    assert_eq!(stored(&store, &moved).draft.answers.mission.title, "mine");
    assert_eq!(s.view().drafts.len(), 2);
}

#[test]
fn url_presets_fill_only_a_draft_the_session_started() {
    let fill = || -> Box<dyn Fn(&mut Answers)> {
        Box::new(|a: &mut Answers| {
            if a.provider.name.is_empty() {
                a.provider.name = "Preset".into();
            }
            if a.provider.email.is_empty() {
                a.provider.email = "preset@example.fr".into();
            }
        })
    };
    let store = MemoryBackend::new();
    // A first visit: the new draft is filled and stored.
    let mut s = tab(&store, "t");
    let id = s.current().id.clone();
    assert!(s.fill_new_drafts(fill()));
    assert_eq!(s.answers().provider.name, "Preset");
    assert_eq!(s.state(), SaveState::Saved);
    assert_eq!(stored(&store, &id).draft.answers.provider.name, "Preset");
    // Once only.
    assert!(!s.fill_new_drafts(fill()));
    // The user clears the name and leaves the e-mail as it is.
    let mut a = s.answers().clone();
    a.provider.name.clear();
    s.edit(&a);
    s.flush();
    // The page opens again with the same presets: the draft is reopened as it was.
    let mut again = tab(&store, "u");
    assert_eq!(again.current().id, id);
    assert!(!again.fill_new_drafts(fill()));
    assert_eq!(again.answers().provider.name, "", "a cleared field stays cleared");
    assert!(!again.is_dirty());
    assert_eq!(stored(&store, &id).draft.answers.provider.name, "");
    // A draft started with "New" is a new draft: filled.
    assert_eq!(again.new_draft().unwrap().provider.name, "Preset");
    assert_eq!(stored(&store, &again.current().id).draft.answers.provider.email, "preset@example.fr");
    // Without presets, a new draft is blank.
    let mut plain = tab(&MemoryBackend::new(), "p");
    assert_eq!(plain.new_draft().unwrap().provider.name, "");
}

// ---- The drafts list --------------------------------------------------------------

#[test]
fn new_open_rename_duplicate_delete_and_undo() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    let first = s.current().id.clone();
    s.edit(&common::mission("creative-fixed"));
    s.flush();
    s.new_draft().unwrap();
    let second = s.current().id.clone();
    assert_ne!(first, second);
    s.edit(&with_title(&Answers::default(), "Second"));
    s.flush();
    // Most recent first; the list shows client, mission and date.
    let v = s.view();
    assert_eq!(v.drafts.iter().map(|d| d.id.clone()).collect::<Vec<_>>(), vec![second.clone(), first.clone()]);
    assert_eq!(v.drafts[1].client, common::mission("creative-fixed").client.name);
    assert_eq!(v.drafts[1].mission, common::mission("creative-fixed").mission.title);
    assert!(v.drafts[0].saved_at > v.drafts[1].saved_at);
    // Open moves nothing in the list; a change does.
    assert_eq!(s.open_draft(&first).unwrap(), common::mission("creative-fixed"));
    assert_eq!(s.view().drafts[0].id, second);
    // Rename: the open one and another one.
    s.rename(&first, "  Dupont – identité  ").unwrap();
    assert_eq!(s.view().drafts[0].title(), Some("Dupont – identité"));
    s.rename(&second, "Autre").unwrap();
    assert_eq!(stored(&store, &second).draft.name, "Autre");
    assert_eq!(s.rename(&first, &"x".repeat(121)), Err(ActionError::NameTooLong));
    assert_eq!(s.rename(&id("nope"), "x"), Err(ActionError::NotFound));
    // Duplicate: same client, next mission.
    let dup = s.duplicate(&first).unwrap();
    let third = s.current().id.clone();
    let source = common::mission("creative-fixed");
    assert_eq!(dup.client, source.client);
    assert_eq!(dup.provider, source.provider);
    assert_eq!(dup.terms, source.terms);
    assert_eq!(dup.price, source.price);
    assert!(dup.mission.title.is_empty() && dup.mission.description.is_empty());
    assert_eq!(dup.mission.deliverables.len(), 1);
    assert!(dup.mission.deliverables[0].title.is_empty());
    assert!(dup.mission.start_date.is_empty() && dup.mission.end_date.is_empty());
    assert!(dup.payment.milestones.iter().all(|m| m.due.is_empty()));
    assert_eq!(s.view().drafts.len(), 3);
    assert_eq!(stored(&store, &first).draft.answers, source, "the source is untouched");
    // Delete another draft, then undo.
    assert_eq!(s.delete(&second).unwrap(), None);
    assert!(store.peek(&keys::draft(&second)).is_none());
    assert_eq!(s.view().undo.iter().map(|d| d.name.as_str()).collect::<Vec<_>>(), ["Autre"]);
    assert_eq!(s.undo().unwrap(), None);
    assert_eq!(stored(&store, &second).draft.name, "Autre");
    assert_eq!(s.undo(), Err(ActionError::NotFound), "one undo");
    // Delete the open draft: the most recent other one opens; undo brings it back.
    let shown = s.delete(&third).unwrap().unwrap();
    assert_ne!(s.current().id, third);
    assert_eq!(&shown, s.answers());
    assert_eq!(s.undo().unwrap().unwrap(), dup);
    assert_eq!(s.current().id, third);
    // The next action ends the undo.
    s.delete(&second).unwrap();
    s.new_draft().unwrap();
    assert!(s.view().undo.is_empty());
    assert_eq!(s.undo(), Err(ActionError::NotFound));
}

#[test]
fn deleting_the_last_draft_opens_a_blank_one_that_undo_removes() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    let only = s.current().id.clone();
    s.edit(&with_title(s.answers(), "Only"));
    s.flush();
    s.delete(&only).unwrap();
    assert_eq!(s.view().drafts.len(), 1, "a blank draft");
    s.undo().unwrap();
    let v = s.view();
    assert_eq!(v.drafts.len(), 1, "the blank one is gone");
    assert_eq!(v.current, only);
    assert_eq!(s.answers().mission.title, "Only");
}

#[test]
fn a_reload_opens_the_most_recent_draft_with_every_answer() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    s.edit(&common::mission("artisan-insurance"));
    s.new_draft().unwrap();
    s.edit(&common::mission("coaching-sessions"));
    s.flush();
    let t = tab(&store, "u");
    assert_eq!(t.answers(), &common::mission("coaching-sessions"));
    assert_eq!(t.view().drafts.len(), 2);
}

// ---- My details -------------------------------------------------------------------

#[test]
fn my_details_fill_every_new_draft() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    assert!(!s.view().has_profile);
    let source = common::mission("artisan-insurance");
    s.edit(&source);
    s.save_profile().unwrap();
    let fresh = s.new_draft().unwrap();
    assert_eq!(fresh.provider, source.provider);
    assert_eq!(fresh.terms, source.terms);
    assert_eq!(fresh.payment.term_days, source.payment.term_days);
    assert!(fresh.payment.milestones.is_empty(), "a mission's instalments are not details");
    assert_eq!(fresh.client, Answers::default().client);
    assert_eq!(fresh.mission, Answers::default().mission);
    // Another tab (or a reload) uses them too.
    let mut t = tab(&store, "u");
    assert!(t.view().has_profile);
    assert_eq!(t.new_draft().unwrap().provider, source.provider);
    // And a draft can take them on demand.
    let mut u = tab(&store, "v");
    u.new_draft().unwrap();
    u.edit(&Answers::default());
    assert_eq!(u.apply_profile().unwrap().provider, source.provider);
    assert_eq!(Profile::from_answers(&source).new_answers().provider, source.provider);
}

#[test]
fn next_mission_keeps_the_relationship_and_clears_the_mission() {
    let a = common::mission("creative-fixed");
    let n = next_mission(&a);
    assert_eq!(
        (n.provider.clone(), n.client.clone(), n.terms.clone(), n.rights.clone()),
        (a.provider.clone(), a.client.clone(), a.terms.clone(), a.rights.clone())
    );
    assert!(n.signature.date.is_empty());
    let ids: Vec<u32> =
        n.mission.deliverables.iter().map(|d| d.id).chain(n.payment.milestones.iter().map(|m| m.id)).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "list ids stay unique");
}

#[test]
fn keys_are_classified_and_foreign_keys_are_left_alone() {
    use cadre::storage::keys::{kind, Kind};
    assert_eq!(kind("cadre.draft.abc"), Kind::Draft(id("abc")));
    assert_eq!(kind("cadre.draft.abc.bak"), Kind::Backup(id("abc")));
    assert_eq!(kind("cadre.me"), Kind::Profile);
    assert_eq!(kind("cadre.quarantine.draft.abc@t"), Kind::Quarantine);
    assert_eq!(kind("cadre.draft.a/b"), Kind::Other);
    assert_eq!(kind("other-app"), Kind::Other);
    let store = MemoryBackend::new();
    store.poke("other-app", "{not ours");
    store.poke("cadre.draft.a/b", "{odd");
    let _ = tab(&store, "t");
    assert_eq!(store.peek("other-app").unwrap(), "{not ours");
    assert_eq!(store.peek("cadre.draft.a/b").unwrap(), "{odd");
}

// ---- Hostile files: item ids, caps, room, all or nothing ----------------------------

/// A draft's answers with `deliverables` and `milestones` items, each id given.
fn answers_with_ids(deliverables: &[u32], milestones: &[u32]) -> Value {
    let mut v = as_serde(&envelope_of(Answers::default(), "", "x", 1));
    let d: Vec<Value> =
        deliverables.iter().enumerate().map(|(n, id)| json!({"id": id, "title": format!("L{n}"), "due": ""})).collect();
    let m: Vec<Value> = milestones
        .iter()
        .enumerate()
        .map(|(n, id)| json!({"id": id, "label": format!("E{n}"), "percent": "10", "due": ""}))
        .collect();
    v["draft"]["answers"]["mission"]["deliverables"] = json!(d);
    v["draft"]["answers"]["payment"]["milestones"] = json!(m);
    v
}

fn item_ids(a: &Answers) -> Vec<u32> {
    let d = a.mission.deliverables.iter().map(|d| d.id);
    d.chain(a.payment.milestones.iter().map(|m| m.id)).collect()
}

fn assert_unique(ids: &[u32]) {
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len(), "unique ids: {ids:?}");
    assert!(ids.iter().all(|id| (1..=MAX_ITEM_ID).contains(id)), "within range: {ids:?}");
}

#[test]
fn duplicate_ids_are_renumbered_and_each_item_is_edited_and_removed_alone() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    let file = answers_with_ids(&[4, 4, 4], &[4, 9]).to_string();
    let (_, answers) = s.import(file.as_bytes()).unwrap();
    let ids = item_ids(&answers);
    assert_unique(&ids);
    assert_eq!(ids[0], 4, "the first item keeps its id");
    assert_eq!(ids[4], 9, "a unique id is kept");
    let titles = |a: &Answers| a.mission.deliverables.iter().map(|d| d.title.clone()).collect::<Vec<_>>();
    assert_eq!(titles(&answers), ["L0", "L1", "L2"], "nothing lost, in order");
    // Edit the second deliverable: only it changes.
    let mut interview = Interview::new(answers.clone(), Lang::Fr);
    let second = answers.mission.deliverables[1].id;
    interview.apply(Action::Set { field: Field::DeliverableTitle(second), value: "Deuxième".into() });
    assert_eq!(titles(&interview.answers), ["L0", "Deuxième", "L2"]);
    // Remove it: only it goes.
    interview.apply(Action::RemoveDeliverable { id: second });
    assert_eq!(titles(&interview.answers), ["L0", "L2"]);
    let label = answers.payment.milestones[0].id;
    interview.apply(Action::Set { field: Field::MilestoneLabel(label), value: "Acompte".into() });
    assert_eq!(interview.answers.payment.milestones[0].label, "Acompte");
    assert_eq!(interview.answers.mission.deliverables[0].title, "L0", "a milestone never writes into a deliverable");
    // Stored renumbered, and a stored draft with duplicates is renumbered when read.
    assert_unique(&item_ids(&stored(&store, &s.current().id).draft.answers));
    let mut raw = answers_with_ids(&[2, 2], &[2]);
    raw["draft"]["id"] = json!("dup");
    store.poke("cadre.draft.dup", &raw.to_string());
    let t = tab(&store, "u");
    let line = t.view().drafts.into_iter().find(|d| d.id == id("dup"));
    assert!(line.is_some(), "still listed");
    assert_unique(&item_ids(&stored(&store, &id("dup")).draft.answers));
}

#[test]
fn an_id_of_u32_max_then_adding_items_gives_unique_ids() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    let file = answers_with_ids(&[u32::MAX, u32::MAX - 1, 0], &[u32::MAX]).to_string();
    let (_, answers) = s.import(file.as_bytes()).unwrap();
    assert_unique(&item_ids(&answers));
    let mut interview = Interview::new(answers, Lang::Fr);
    for _ in 0..3 {
        interview.apply(Action::AddDeliverable);
        interview.apply(Action::AddMilestone);
    }
    let ids = item_ids(&interview.answers);
    assert_eq!(ids.len(), 10);
    assert_unique(&ids);
    // Each new item has its own title.
    let new = interview.answers.mission.deliverables[3].id;
    interview.apply(Action::Set { field: Field::DeliverableTitle(new), value: "Nouveau".into() });
    let titled = interview.answers.mission.deliverables.iter().filter(|d| d.title == "Nouveau").count();
    assert_eq!(titled, 1);
}

#[test]
fn a_list_over_its_cap_refuses_the_file_whole_with_the_cap_named() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    let before = store.snapshot();
    let many = |n: usize| (1..=n as u32).collect::<Vec<_>>();
    let at_caps = answers_with_ids(&many(MAX_DELIVERABLES), &many(MAX_MILESTONES)).to_string();
    assert_eq!(parse_import(at_caps.as_bytes()).unwrap()[0].answers.mission.deliverables.len(), MAX_DELIVERABLES);
    let d = answers_with_ids(&many(MAX_DELIVERABLES + 1), &[]).to_string();
    let refused = ImportError::TooManyItems { list: ItemList::Deliverables, count: 201 };
    assert_eq!(s.import(d.as_bytes()), Err(ActionError::Import(refused.clone())));
    let m = answers_with_ids(&[], &many(MAX_MILESTONES + 1)).to_string();
    let refused_m = ImportError::TooManyItems { list: ItemList::Milestones, count: 101 };
    assert_eq!(s.import(m.as_bytes()), Err(ActionError::Import(refused_m.clone())));
    assert_eq!(store.snapshot(), before, "nothing written");
    assert!(drafts_words::import_error(&refused, Lang::Fr)
        .contains("201 livrables\u{a0}; un brouillon en compte au plus 200"));
    assert!(drafts_words::import_error(&refused_m, Lang::En).contains("101 instalments; a draft holds at most 100"));
    // In a bundle too: one draft over the cap refuses the file.
    let ok = ours(&answers_with_ids(&[1], &[]));
    let over = ours(&answers_with_ids(&many(MAX_DELIVERABLES + 1), &[]));
    let bundle = transfer::export_all(&[ok, over], "t");
    assert_eq!(parse_import(bundle.as_bytes()), Err(refused));
}

#[test]
fn a_bundle_of_more_than_500_drafts_is_refused() {
    let tiny =
        ours(&json!({"version": CURRENT_VERSION, "rev": 1, "saved_at": "", "draft": {"id": "a", "answers": {}}}));
    let bundle = |n: usize| transfer::export_all(&vec![tiny.clone(); n], "t");
    assert_eq!(parse_import(bundle(MAX_IMPORT_DRAFTS).as_bytes()).unwrap().len(), 500);
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    let before = store.snapshot();
    let refused = ImportError::TooManyDrafts { count: 501 };
    assert_eq!(s.import(bundle(MAX_IMPORT_DRAFTS + 1).as_bytes()), Err(ActionError::Import(refused.clone())));
    assert_eq!(store.snapshot(), before);
    assert!(drafts_words::import_error(&refused, Lang::Fr)
        .contains("501 brouillons\u{a0}; un import en compte au plus 500"));
}

/// A bundle of `n` drafts, each carrying `pad` characters.
fn bundle_of(n: usize, pad: usize) -> String {
    let drafts: Vec<cadre::json::Value> = (0..n)
        .map(|i| {
            let mut a = Answers::default();
            a.mission.description = format!("{i}{}", "x".repeat(pad));
            envelope_of(a, &format!("Importé {i}"), "a", 1).to_json()
        })
        .collect();
    transfer::export_all(&drafts, "t")
}

#[test]
fn a_bundle_that_does_not_fit_writes_nothing_and_says_so() {
    let store = MemoryBackend::with_quota(60_000);
    let mut s = tab(&store, "t");
    s.edit(&with_title(s.answers(), "Existing"));
    s.flush();
    let before = store.snapshot();
    let result = s.import(bundle_of(10, 6_000).as_bytes());
    let Err(ActionError::Import(ImportError::NoRoom { needed, free })) = result else { panic!("{result:?}") };
    assert!(needed > free && needed > 60_000, "{needed} > {free}");
    assert_eq!(free, 60_000 - store.used());
    assert_eq!(store.snapshot(), before, "nothing written");
    assert_eq!(s.view().drafts.len(), 1);
    assert_eq!(s.state(), SaveState::Saved);
    // What fits goes in.
    assert_eq!(s.import(bundle_of(3, 6_000).as_bytes()).unwrap().0, 3);
    assert_eq!(s.view().drafts.len(), 4);
}

#[test]
fn a_write_failing_midway_leaves_storage_byte_identical() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    s.edit(&with_title(s.answers(), "Existing"));
    s.flush();
    let before = store.snapshot();
    // The estimate says it fits; the browser refuses the fourth write.
    store.fail_writes_after(Some(3));
    let result = s.import(bundle_of(6, 100).as_bytes());
    let Err(ActionError::Import(ImportError::Interrupted { error: StorageError::Quota, undone: true })) = result else {
        panic!("{result:?}")
    };
    assert_eq!(store.snapshot(), before, "byte for byte as before");
    assert_eq!(s.view().drafts.len(), 1);
    assert!(drafts_words::action_error(&result.unwrap_err(), Lang::Fr).contains("exactement comme avant"));
    // A value that reads back wrong is removed too.
    store.fail_writes_after(None);
    s.import(bundle_of(1, 10).as_bytes()).unwrap();
    let before = store.snapshot();
    // Ids are given in order (`ids("t")`): the second draft of the next import.
    let last: u32 = s.current().id.as_str()[1..].parse().unwrap();
    store.set_mangle(Some(&format!("cadre.draft.t{}", last + 2)));
    let result = s.import(bundle_of(3, 10).as_bytes());
    assert!(
        matches!(
            result,
            Err(ActionError::Import(ImportError::Interrupted { error: StorageError::ReadBack, undone: true }))
        ),
        "{result:?}"
    );
    assert_eq!(store.snapshot(), before);
}

#[test]
fn several_drafts_deleted_at_once_all_come_back_with_undo() {
    let store = MemoryBackend::new();
    let mut s = tab(&store, "t");
    let mut made = vec![s.current().id.clone()];
    s.edit(&with_title(s.answers(), "D0"));
    s.flush();
    for n in 1..5 {
        s.new_draft().unwrap();
        s.edit(&with_title(s.answers(), &format!("D{n}")));
        s.flush();
        made.push(s.current().id.clone());
    }
    let open = s.current().id.clone();
    s.open_draft(&made[1]).unwrap();
    // Every key of a draft (its backup too) is taken, and given back as it was.
    let before = store.snapshot();
    assert!(store.peek(&keys::backup(&keys::draft(&made[1]))).is_some());
    let gone = [made[0].clone(), made[1].clone(), made[3].clone()];
    let shown = s.delete_many(&gone).unwrap().expect("the open draft was deleted: another opens");
    assert_eq!(&shown, s.answers());
    assert!(!gone.contains(&s.current().id));
    for d in &gone {
        assert!(store.peek(&keys::draft(d)).is_none());
    }
    assert_eq!(s.view().drafts.len(), 2);
    let mut undo: Vec<String> = s.view().undo.iter().map(|d| d.mission.clone()).collect();
    undo.sort();
    assert_eq!(undo, ["D0", "D1", "D3"]);
    let reopened = s.undo().unwrap().expect("the open draft comes back open");
    assert_eq!(reopened.mission.title, "D1");
    assert_eq!(s.current().id, made[1]);
    assert_eq!(s.view().drafts.len(), 5);
    let mut after = store.snapshot();
    let mut expected = before;
    after.sort();
    expected.sort();
    assert_eq!(after, expected, "every draft and backup back as it was");
    assert!(s.view().undo.is_empty());
    // Deleting every draft opens a blank one, which undo removes again.
    let all: Vec<DraftId> = s.view().drafts.iter().map(|d| d.id.clone()).collect();
    s.delete_many(&all).unwrap();
    assert_eq!(s.view().drafts.len(), 1);
    s.undo().unwrap();
    assert_eq!(s.view().drafts.len(), 5);
    assert!(s.view().drafts.iter().any(|d| d.id == open));
}

#[test]
fn a_stored_draft_over_a_cap_goes_to_quarantine_at_open() {
    let store = MemoryBackend::new();
    let many: Vec<u32> = (1..=40_000).collect();
    let mut raw = answers_with_ids(&many, &[]);
    raw["draft"]["id"] = json!("huge");
    let raw = raw.to_string();
    assert!(raw.len() > 900_000);
    store.poke("cadre.draft.huge", &raw);
    assert!(matches!(decode(&raw), Err(DecodeError::OverCap(_))));
    let started = std::time::Instant::now();
    let s = tab(&store, "t");
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
    let v = s.view();
    assert_ne!(v.current, id("huge"), "never opened");
    assert!(!v.drafts.iter().any(|d| d.id == id("huge")));
    assert_eq!(v.quarantine.len(), 1);
    assert_eq!(v.quarantine[0].origin, "cadre.draft.huge");
    assert_eq!(s.quarantined_text(&v.quarantine[0].key).as_deref(), Some(raw.as_str()), "byte for byte");
    assert!(store.peek("cadre.draft.huge").is_none());
}
