//! The signed contract's files: the contract a message's answers build, with its
//! signature page and, on every page, its version and short fingerprint. Both parties
//! write it from the same message, so both get the same bytes.

use super::canonical;
use super::fingerprint::Fingerprint;
use super::message::Message;
use super::page::with_signature_page;
use crate::document::build::from_answers;
use crate::document::Document;
use crate::i18n::pick;
use crate::model::Lang;

/// The contract of `message` as signed, ready for every writer: built from its
/// answers, dated the day of its last signature (by the signer's device clock; the
/// canonical build date when it has none), with its signature page and its stamp. Any
/// Cadre that opens the message writes the same files from it.
pub fn document(message: &Message) -> Document {
    // The last signature made (`Message::signed` adds it last) concludes the contract.
    // The day it falls on in France (the contract is French; a signature at 00:16 in
    // Paris is the next day in UTC).
    let day = message.signatures.last().and_then(|s| super::page::paris_day(&s.signed_at));
    let (doc, _) = from_answers(&message.answers, day.unwrap_or(canonical::BUILD_DATE));
    let (mut doc, fp) = with_signature_page(doc, message.draft.rev, &message.signatures);
    doc.stamp = Some(stamp(doc.lang, message.draft.rev, &fp));
    doc.fingerprint = Some(fp.hex());
    doc
}

/// What every page of a signed contract prints: "Version 12 · empreinte 3F2A 9C01
/// 77B0 E5D4" (the short fingerprint, which "Check a contract" reads back).
pub fn stamp(lang: Lang, rev: u64, fp: &Fingerprint) -> String {
    format!("Version {rev} · {} {}", pick(lang, "empreinte", "fingerprint"), fp.short())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stamp_names_the_version_and_the_short_fingerprint() {
        let fp = Fingerprint([0xAB; 32]);
        assert_eq!(stamp(Lang::Fr, 12, &fp), "Version 12 · empreinte ABAB ABAB ABAB ABAB");
        assert_eq!(stamp(Lang::En, 3, &fp), "Version 3 · fingerprint ABAB ABAB ABAB ABAB");
    }
}
