//! The contract's fingerprint: SHA-256 of its canonical text (`canonical`), shown in
//! groups of four hex digits. The short form (the first four groups) is printed on
//! every page; the full form on the signature page.

use super::canonical;
use crate::document::Document;
use crate::model::Answers;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// SHA-256 of a contract's canonical text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fingerprint(pub [u8; 32]);

/// Hex digits in the short form.
pub const SHORT_DIGITS: usize = 16;

impl Fingerprint {
    /// The fingerprint of a built contract.
    pub fn of(doc: &Document) -> Fingerprint {
        Fingerprint::of_text(&canonical::text(doc))
    }

    /// The fingerprint of the contract `a` builds.
    pub fn of_answers(a: &Answers) -> Fingerprint {
        Fingerprint::of(&canonical::build(a).0)
    }

    /// The fingerprint of a canonical text.
    pub fn of_text(canonical: &str) -> Fingerprint {
        Fingerprint(Sha256::digest(canonical.as_bytes()).into())
    }

    /// Upper-case hex, no spaces: 64 digits.
    pub fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02X}")).collect()
    }

    /// All 64 digits in groups of four: `3F2A 9C01 …`.
    pub fn full(&self) -> String {
        grouped(&self.hex())
    }

    /// The first 16 digits in groups of four: `3F2A 9C01 77B0 E5D4`.
    pub fn short(&self) -> String {
        grouped(&self.hex()[..SHORT_DIGITS])
    }
}

fn grouped(hex: &str) -> String {
    let groups: Vec<String> = hex.as_bytes().chunks(4).map(|g| String::from_utf8_lossy(g).into_owned()).collect();
    groups.join(" ")
}

/// A fingerprint as a user pasted or typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pasted {
    Full(Fingerprint),
    /// The short form printed on every page: 16 upper-case hex digits.
    Short(String),
}

impl Pasted {
    /// Reads a fingerprint in either form, with or without spaces, dashes or colons,
    /// in any case, after an optional `SHA-256` label. None when it is neither 64 nor
    /// 16 hex digits.
    pub fn parse(input: &str) -> Option<Pasted> {
        let upper = input.trim().to_ascii_uppercase();
        let label = ["SHA-256", "SHA256"].iter().find_map(|l| upper.strip_prefix(l));
        let input = label.unwrap_or(&upper);
        let separator = |c: char| c.is_whitespace() || c == '-' || c == ':';
        if !input.chars().all(|c| c.is_ascii_hexdigit() || separator(c)) {
            return None;
        }
        let hex: String = input.chars().filter(char::is_ascii_hexdigit).collect();
        match hex.len() {
            64 => {
                let mut bytes = [0; 32];
                for (i, b) in bytes.iter_mut().enumerate() {
                    *b = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
                }
                Some(Pasted::Full(Fingerprint(bytes)))
            }
            SHORT_DIGITS => Some(Pasted::Short(hex)),
            _ => None,
        }
    }

    /// True when this is `fp` (in full, or its short form).
    pub fn matches(&self, fp: &Fingerprint) -> bool {
        match self {
            Pasted::Full(full) => full == fp,
            Pasted::Short(short) => fp.hex().starts_with(short.as_str()),
        }
    }
}
