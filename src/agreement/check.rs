//! "Check a contract": a fingerprint, pasted or read from a signed PDF, against the
//! versions at hand (the draft, a link's contract, what each signature signed).

use super::fingerprint::{Fingerprint, Pasted};

/// A version of the contract the fingerprint may belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// The draft's revision (as the message or the draft says it).
    pub rev: u64,
    pub fingerprint: Fingerprint,
}

/// What a check finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// It is the fingerprint of this version. `short`: only the short form was given
    /// (16 hex digits: a match by chance is about one in 10^19).
    Matches { rev: u64, short: bool },
    /// It matches none of the versions at hand: another contract, or changed terms.
    NoMatch,
    /// Not a fingerprint: neither 64 nor 16 hex digits.
    NotAFingerprint,
}

/// Checks `input` (a fingerprint as pasted: any case, spaces or not, full or short)
/// against `versions`; the first that matches wins, so list the newest first.
pub fn check(input: &str, versions: &[Version]) -> Verdict {
    let Some(pasted) = Pasted::parse(input) else { return Verdict::NotAFingerprint };
    let short = matches!(pasted, Pasted::Short(_));
    versions
        .iter()
        .find(|v| pasted.matches(&v.fingerprint))
        .map_or(Verdict::NoMatch, |v| Verdict::Matches { rev: v.rev, short })
}

/// The fingerprint a signed PDF written by Cadre records in its metadata
/// (`cadre-fingerprint:` and 64 hex digits, `render::pdf`), read from the file's bytes.
pub fn fingerprint_in_pdf(bytes: &[u8]) -> Option<String> {
    const KEY: &[u8] = b"cadre-fingerprint:";
    let at = bytes.windows(KEY.len()).position(|w| w == KEY)? + KEY.len();
    let hex: String = bytes.get(at..at + 64)?.iter().map(|&b| char::from(b)).collect();
    hex.chars().all(|c| c.is_ascii_hexdigit()).then_some(hex)
}

impl Version {
    /// The version of revision `rev` whose contract `answers` build.
    pub fn of(rev: u64, answers: &crate::model::Answers) -> Version {
        Version { rev, fingerprint: Fingerprint::of_answers(answers) }
    }
}
