//! A message sealed with a passphrase, by the browser's Web Crypto: AES-256-GCM with a
//! key derived from the passphrase by PBKDF2-SHA-256. No crypto code of ours: the
//! glue below only hands bytes to `crypto.subtle`; the frame around the ciphertext is
//! the core's (`agreement::frame`).
//!
//! The passphrase loses its surrounding whitespace (a space copied with it from a
//! mail opens the link all the same). It is not Unicode-normalised:
//! "é" typed as one character or as "e" and an accent gives two keys; the same
//! keyboard gives the same bytes, which is the common case.

use crate::agreement::frame::{self, PBKDF2_ITERATIONS, PBKDF2_RANGE};
use crate::agreement::{Encrypted, Message, PayloadError};
use js_sys::{Array, ArrayBuffer, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

// The few Web Crypto calls used, declared here rather than through web-sys features
// (and not as inline JS, whose snippet file the first screen would count).
#[wasm_bindgen]
extern "C" {
    type Crypto;
    #[wasm_bindgen(method, getter)]
    fn subtle(this: &Crypto) -> Option<Subtle>;
    #[wasm_bindgen(method, catch, js_name = getRandomValues)]
    fn get_random_values(this: &Crypto, array: &Uint8Array) -> Result<JsValue, JsValue>;

    type Subtle;
    #[wasm_bindgen(method, catch, js_name = importKey)]
    fn import_key(
        this: &Subtle,
        format: &str,
        key: &Uint8Array,
        algorithm: &str,
        extractable: bool,
        usages: &Array,
    ) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method, catch, js_name = deriveKey)]
    fn derive_key(
        this: &Subtle,
        algorithm: &Object,
        base: &JsValue,
        derived: &Object,
        extractable: bool,
        usages: &Array,
    ) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn encrypt(this: &Subtle, algorithm: &Object, key: &JsValue, data: &Uint8Array) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn decrypt(this: &Subtle, algorithm: &Object, key: &JsValue, data: &Uint8Array) -> Result<Promise, JsValue>;
}

/// Why a message could not be sealed, or a sealed one opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CryptoError {
    /// No Web Crypto here: the page is not in a secure context (served over https,
    /// or from localhost / 127.0.0.1).
    Unavailable,
    /// Sealing with an empty passphrase (or only spaces): it would protect nothing.
    EmptyPassphrase,
    /// Web Crypto refused a step other than decrypting (named); not expected.
    Refused(String),
    /// The frame, or what it decrypted to; `PayloadError::WrongPassphrase` when the
    /// passphrase does not open it.
    Payload(PayloadError),
}

impl From<PayloadError> for CryptoError {
    fn from(e: PayloadError) -> Self {
        CryptoError::Payload(e)
    }
}

/// The frame of `message` encrypted with `passphrase` (fresh salt and IV each time),
/// ready for a link or a file.
pub async fn seal(message: &Message, passphrase: &str) -> Result<Vec<u8>, CryptoError> {
    let passphrase = normalise(passphrase);
    if passphrase.is_empty() {
        return Err(CryptoError::EmptyPassphrase);
    }
    let crypto = crypto().ok_or(CryptoError::Unavailable)?;
    let subtle = crypto.subtle().ok_or(CryptoError::Unavailable)?;
    let salt: [u8; 16] = random(&crypto)?;
    let iv: [u8; 12] = random(&crypto)?;
    let key = key(&subtle, passphrase, &salt, PBKDF2_ITERATIONS).await?;
    let ciphertext = subtle.encrypt(&aes_gcm(&iv), &key, &bytes(&frame::plaintext(message)));
    let ciphertext = settled(ciphertext).await.ok_or_else(|| CryptoError::Refused("encrypt".into()))?;
    Ok(frame::seal_encrypted(&Encrypted { iterations: PBKDF2_ITERATIONS, salt, iv, ciphertext }))
}

/// The message inside `sealed` (from `frame::open`), with `passphrase`. Iterations
/// outside `PBKDF2_RANGE` are refused before any key is derived.
pub async fn open(sealed: &Encrypted, passphrase: &str) -> Result<Message, CryptoError> {
    if !PBKDF2_RANGE.contains(&sealed.iterations) {
        return Err(PayloadError::Unreadable("key derivation".into()).into());
    }
    let subtle = crypto().and_then(|c| c.subtle()).ok_or(CryptoError::Unavailable)?;
    let key = key(&subtle, normalise(passphrase), &sealed.salt, sealed.iterations).await?;
    // AES-GCM's tag fails for a wrong key and for a changed ciphertext alike; the
    // frame's checksum passed, so a wrong passphrase is the likely cause.
    let deflated = subtle.decrypt(&aes_gcm(&sealed.iv), &key, &bytes(&sealed.ciphertext));
    let deflated = settled(deflated).await.ok_or(PayloadError::WrongPassphrase)?;
    Ok(frame::open_plaintext(&deflated)?)
}

/// The passphrase as it is derived: without surrounding whitespace.
fn normalise(passphrase: &str) -> &str {
    passphrase.trim()
}

/// `crypto`, where the page has it (`subtle` in it only in a secure context).
fn crypto() -> Option<Crypto> {
    let crypto = Reflect::get(&js_sys::global(), &"crypto".into()).ok()?;
    crypto.is_object().then(|| crypto.unchecked_into())
}

/// An AES-256-GCM key from the passphrase (its UTF-8 bytes), by PBKDF2-SHA-256.
async fn key(subtle: &Subtle, passphrase: &str, salt: &[u8], iterations: u32) -> Result<JsValue, CryptoError> {
    let refused = || CryptoError::Refused("key derivation".into());
    let usages = Array::of1(&"deriveKey".into());
    let base = subtle.import_key("raw", &bytes(passphrase.as_bytes()), "PBKDF2", false, &usages);
    let base = JsFuture::from(base.map_err(|_| refused())?).await.map_err(|_| refused())?;
    let pbkdf2 = object(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", bytes(salt).into()),
        ("iterations", iterations.into()),
    ]);
    let aes = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let key = subtle.derive_key(&pbkdf2, &base, &aes, false, &usages).map_err(|_| refused())?;
    JsFuture::from(key).await.map_err(|_| refused())
}

fn aes_gcm(iv: &[u8]) -> Object {
    object(&[("name", "AES-GCM".into()), ("iv", bytes(iv).into())])
}

fn object(fields: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (name, value) in fields {
        // Setting a field on a fresh plain object cannot throw.
        let _ = Reflect::set(&o, &(*name).into(), value);
    }
    o
}

fn random<const N: usize>(crypto: &Crypto) -> Result<[u8; N], CryptoError> {
    let array = Uint8Array::new_with_length(N as u32);
    crypto.get_random_values(&array).map_err(|_| CryptoError::Unavailable)?;
    let mut out = [0; N];
    array.copy_to(&mut out);
    Ok(out)
}

/// A copy in JS memory: Web Crypto works while the wasm memory may grow.
fn bytes(b: &[u8]) -> Uint8Array {
    Uint8Array::from(b)
}

/// The bytes an encrypt or decrypt resolved to; `None` when it threw or rejected.
async fn settled(call: Result<Promise, JsValue>) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(call.ok()?).await.ok()?;
    Some(Uint8Array::new(buffer.dyn_ref::<ArrayBuffer>()?).to_vec())
}
