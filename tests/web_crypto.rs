//! Sealing a message with a passphrase through the real Web Crypto, in headless
//! Chromium: the round trip, a wrong passphrase and a changed ciphertext both refused
//! as `WrongPassphrase`, a forged iteration count refused before any derivation, a
//! fresh salt and IV each time, and no Web Crypto named `Unavailable`.
//!
//! `cargo test --target wasm32-unknown-unknown --test web_crypto`
#![cfg(target_arch = "wasm32")]

use cadre::agreement::frame::{self, PBKDF2_ITERATIONS};
use cadre::agreement::{DraftRef, Encrypted, Kind, Message, Opened, PayloadError};
use cadre::model::Answers;
use cadre::storage::DraftId;
use cadre::web::crypto::{open, seal, CryptoError};
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PASSPHRASE: &str = "cheval agrafe 42";

fn message() -> Message {
    let answers =
        Answers::from_json_text(include_str!("fixtures/missions/creative-fixed.json")).expect("a reference mission");
    Message {
        kind: Kind::Proposal,
        draft: DraftRef { id: DraftId::parse("d-7f3a").unwrap(), rev: 12, write: "w-91c2".into() },
        answers,
        sent: None,
        comments: vec![],
        signatures: vec![],
    }
}

fn encrypted(frame: &[u8]) -> Encrypted {
    match frame::open(frame) {
        Ok(Opened::Encrypted(e)) => e,
        other => panic!("not an encrypted frame: {other:?}"),
    }
}

async fn sealed() -> Encrypted {
    encrypted(&seal(&message(), PASSPHRASE).await.expect("sealed"))
}

#[wasm_bindgen_test]
async fn a_sealed_message_opens_as_encrypted_and_round_trips() {
    let e = encrypted(&seal(&message(), PASSPHRASE).await.unwrap());
    assert_eq!(e.iterations, PBKDF2_ITERATIONS);
    assert!(!e.ciphertext.windows(8).any(|w| w == b"creative"), "no clear text in the ciphertext");
    assert_eq!(open(&e, PASSPHRASE).await, Ok(message()));
    // Surrounding whitespace is not part of the passphrase.
    assert_eq!(open(&e, &format!("  {PASSPHRASE}\n")).await, Ok(message()));
}

#[wasm_bindgen_test]
async fn a_wrong_passphrase_is_refused() {
    let e = sealed().await;
    assert_eq!(open(&e, "cheval agrafe 43").await, Err(CryptoError::Payload(PayloadError::WrongPassphrase)));
}

#[wasm_bindgen_test]
async fn a_changed_ciphertext_is_refused_even_with_the_right_passphrase() {
    let mut e = sealed().await;
    e.ciphertext[3] ^= 0x01;
    // Sealed again, so the frame's checksum passes and only AES-GCM's tag can tell.
    let e = encrypted(&frame::seal_encrypted(&e));
    assert_eq!(open(&e, PASSPHRASE).await, Err(CryptoError::Payload(PayloadError::WrongPassphrase)));
}

#[wasm_bindgen_test]
async fn iterations_out_of_range_are_refused_without_deriving() {
    let e = sealed().await;
    for iterations in [0, 1, 99_999, 10_000_001, u32::MAX] {
        let forged = Encrypted { iterations, ..e.clone() };
        let start = js_sys::Date::now();
        let opened = open(&forged, PASSPHRASE).await;
        assert_eq!(opened, Err(CryptoError::Payload(PayloadError::Unreadable("key derivation".into()))));
        // u32::MAX iterations would take hours; 1 would be instant but is refused all the same.
        assert!(js_sys::Date::now() - start < 50.0, "{iterations}: refused at once");
    }
}

#[wasm_bindgen_test]
async fn each_seal_has_a_fresh_salt_and_iv() {
    let (a, b) = (sealed().await, sealed().await);
    assert_ne!(a.salt, b.salt);
    assert_ne!(a.iv, b.iv);
    assert_ne!(a.ciphertext, b.ciphertext);
}

#[wasm_bindgen_test]
async fn an_empty_passphrase_seals_nothing() {
    for passphrase in ["", "  \t\n"] {
        assert_eq!(seal(&message(), passphrase).await, Err(CryptoError::EmptyPassphrase));
    }
}

#[wasm_bindgen_test]
async fn without_web_crypto_both_ways_say_unavailable() {
    let e = sealed().await;
    // What an http:// page other than localhost sees: `crypto` without `subtle`.
    let global = js_sys::global();
    let crypto = Reflect::get(&global, &"crypto".into()).unwrap();
    let descriptor = Object::new();
    Reflect::set(&descriptor, &"value".into(), &Object::new()).unwrap();
    Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
    Object::define_property(&global, &"crypto".into(), &descriptor);
    let sealing = seal(&message(), PASSPHRASE).await;
    let opening = open(&e, PASSPHRASE).await;
    Reflect::set(&descriptor, &"value".into(), &crypto).unwrap();
    Object::define_property(&global, &"crypto".into(), &descriptor);
    assert_eq!(sealing, Err(CryptoError::Unavailable));
    assert_eq!(opening, Err(CryptoError::Unavailable));
}
