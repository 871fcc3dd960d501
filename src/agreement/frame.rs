//! The bytes of a message, the same in a link and in a `.cadre` file:
//!
//! ```text
//! magic CA DE | format u8 | flags u8 | body length u32 LE | body | CRC-32 u32 LE
//! ```
//!
//! The CRC-32 covers every byte before it. The body is the message written with
//! postcard and deflated; with the `ENCRYPTED` flag it is an `Encrypted` record whose
//! ciphertext is that same deflated message, sealed by the browser's Web Crypto
//! (AES-256-GCM, key from the passphrase by PBKDF2-SHA-256): no crypto code of ours.
//! Every format after 1 keeps this frame (magic, format, flags, length, trailing
//! CRC), so any Cadre can tell a cut link from a changed one from a newer one.

use super::message::Message;
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;
use serde::{Deserialize, Serialize};

/// The first two bytes of every frame.
pub const MAGIC: [u8; 2] = [0xCA, 0xDE];

/// The payload format this build writes (and the newest it reads).
pub const FORMAT: u8 = 1;

/// Flag: the body is an `Encrypted` record.
const ENCRYPTED: u8 = 1;

const HEADER: usize = 8;
const CHECKSUM: usize = 4;

/// The most bytes a body inflates to: a draft at every cap (200 deliverables) sent
/// with its base is about 90 KB; more is no message of ours, and would stall the tab.
pub const MAX_INFLATED: usize = 1 << 20;

/// PBKDF2-SHA-256 iterations for a new passphrase (OWASP's figure for 2023).
pub const PBKDF2_ITERATIONS: u32 = 600_000;

/// The iterations an opened link may ask for: a forged link cannot make the browser
/// derive a key for minutes.
pub const PBKDF2_RANGE: std::ops::RangeInclusive<u32> = 100_000..=10_000_000;

/// Why a link or a file was refused. Nothing is touched when it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PayloadError {
    /// Not a Cadre link or file at all.
    NotCadre,
    /// The end is missing: a link cut by a mail client, a file partly copied.
    Truncated,
    /// A byte changed on the way: the checksum does not match.
    Changed,
    /// Made by a newer version of Cadre.
    Newer,
    /// Intact, but the contract reads otherwise here than in the sender's Cadre (one
    /// of the two runs an older version): signing it would sign another text.
    OtherWording,
    /// The passphrase does not open it (Web Crypto refused to decrypt; the checksum
    /// had passed, so the bytes are intact).
    WrongPassphrase,
    /// Intact, but not a message this Cadre can read (what is named): no Cadre wrote it.
    Unreadable(String),
}

/// A message sealed by the browser with a passphrase. The browser encrypts
/// `plaintext(message)` and decrypts back to what `open_plaintext` reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Encrypted {
    /// PBKDF2-SHA-256 iterations.
    pub iterations: u32,
    pub salt: [u8; 16],
    /// AES-GCM's 96-bit nonce.
    pub iv: [u8; 12],
    /// The ciphertext with its 16-byte tag, as Web Crypto returns it.
    pub ciphertext: Vec<u8>,
}

/// What a frame holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Opened {
    Plain(Box<Message>),
    /// Asks for the passphrase; then `open_plaintext` on what Web Crypto decrypted.
    Encrypted(Encrypted),
}

/// The frame of a message, readable by anyone who has it.
pub fn seal(message: &Message) -> Vec<u8> {
    frame(0, &plaintext(message))
}

/// What the browser encrypts: the message, deflated.
pub fn plaintext(message: &Message) -> Vec<u8> {
    compress_to_vec(&message.to_bytes(), 10)
}

/// The frame of a message the browser encrypted.
pub fn seal_encrypted(sealed: &Encrypted) -> Vec<u8> {
    frame(ENCRYPTED, &postcard::to_allocvec(sealed).expect("a record always serializes"))
}

fn frame(flags: u8, body: &[u8]) -> Vec<u8> {
    let len = u32::try_from(body.len()).expect("a body under 4 GB");
    let mut out = Vec::with_capacity(HEADER + body.len() + CHECKSUM);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&[FORMAT, flags]);
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(body);
    out.extend_from_slice(&crc32fast::hash(&out).to_le_bytes());
    out
}

/// Opens a frame: checks, in this order, the magic (`NotCadre`), the length
/// (`Truncated`), the checksum (`Changed`), the format (`Newer`), then reads the body.
pub fn open(bytes: &[u8]) -> Result<Opened, PayloadError> {
    let body = checked_body(bytes)?;
    match bytes[3] {
        0 => open_plaintext(body).map(|m| Opened::Plain(Box::new(m))),
        ENCRYPTED => {
            let sealed: Encrypted =
                postcard::from_bytes(body).map_err(|_| PayloadError::Unreadable("encrypted record".into()))?;
            if !PBKDF2_RANGE.contains(&sealed.iterations) {
                return Err(PayloadError::Unreadable("key derivation".into()));
            }
            Ok(Opened::Encrypted(sealed))
        }
        _ => Err(PayloadError::Unreadable("flags".into())),
    }
}

/// Reads a deflated message: a plain frame's body, or what Web Crypto decrypted.
pub fn open_plaintext(deflated: &[u8]) -> Result<Message, PayloadError> {
    let bytes = decompress_to_vec_with_limit(deflated, MAX_INFLATED)
        .map_err(|_| PayloadError::Unreadable("compressed message".into()))?;
    Message::from_bytes(&bytes)
}

/// The body of an intact frame of a format this build reads.
fn checked_body(bytes: &[u8]) -> Result<&[u8], PayloadError> {
    let magic = &bytes[..bytes.len().min(MAGIC.len())];
    if magic != &MAGIC[..magic.len()] {
        return Err(PayloadError::NotCadre);
    }
    if bytes.len() < HEADER {
        return Err(PayloadError::Truncated);
    }
    let len = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as u64;
    let total = HEADER as u64 + len + CHECKSUM as u64;
    if (bytes.len() as u64) < total {
        return Err(PayloadError::Truncated);
    }
    if bytes.len() as u64 > total {
        return Err(PayloadError::Changed);
    }
    let (framed, crc) = bytes.split_at(bytes.len() - CHECKSUM);
    if crc32fast::hash(framed).to_le_bytes() != crc {
        return Err(PayloadError::Changed);
    }
    match bytes[2] {
        0 => Err(PayloadError::Unreadable("format".into())),
        FORMAT => Ok(&framed[HEADER..]),
        _ => Err(PayloadError::Newer),
    }
}
