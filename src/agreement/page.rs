//! The signature page: who signed, in what capacity, when by their device's clock, and
//! the fingerprint of the text each signature binds to. It follows the contract as its
//! last annex in every format, and is never part of the text it records (the
//! fingerprint is taken before it is added).

use super::fingerprint::Fingerprint;
use super::signature::{Party, Signature, Status};
use crate::document::format::{date, parse_iso};
use crate::document::{Annex, Block, Document, Drawn, Inline, Table};
use crate::i18n::pick;
use crate::model::Lang;

/// The contract as signed: its fingerprint, then the document with its signature page
/// (`rev`: the draft's revision, printed as the version).
pub fn with_signature_page(mut doc: Document, rev: u64, signatures: &[Signature]) -> (Document, Fingerprint) {
    let fp = Fingerprint::of(&doc);
    let page = signature_page(doc.lang, &fp, rev, signatures);
    doc.annexes.push(page);
    (doc, fp)
}

fn signature_page(lang: Lang, fp: &Fingerprint, rev: u64, signatures: &[Signature]) -> Annex {
    let tr = |fr, en| pick(lang, fr, en).to_string();
    let text = |s: String| Block::Paragraph(vec![Inline::Text(s)]);
    let header = vec![
        tr("Partie", "Party"),
        tr("Nom", "Name"),
        tr("Qualité", "Capacity"),
        tr("Signé le (horloge de son appareil)", "Signed on (their device’s clock)"),
        tr("Signature", "Signature"),
    ];
    let rows = signatures
        .iter()
        .map(|s| {
            let party = match s.party {
                Party::Provider => tr("Le Prestataire", "The Provider"),
                Party::Client => tr("Le Client", "The Client"),
            };
            let status = match (s.status(fp), &s.drawing) {
                (Status::Valid, None) => tr("Valide (nom tapé)", "Valid (typed name)"),
                (Status::Valid, Some(_)) => {
                    tr("Valide (nom tapé et signature dessinée)", "Valid (typed name and drawn signature)")
                }
                (Status::Voided, _) => {
                    tr("Annulée\u{a0}: le texte a changé depuis", "Void: the text has changed since")
                }
            };
            vec![party, s.name.clone(), s.capacity.clone(), when(&s.signed_at, lang), status]
        })
        .collect();
    // Each drawing under the table, captioned with whose it is (and void, when it is).
    let drawings: Vec<Drawn> = signatures
        .iter()
        .filter_map(|s| {
            let drawing = s.drawing.clone()?;
            let whose = match s.party {
                Party::Provider => tr("Signature dessinée du Prestataire", "Drawn signature of the Provider"),
                Party::Client => tr("Signature dessinée du Client", "Drawn signature of the Client"),
            };
            let void = match s.status(fp) {
                Status::Valid => String::new(),
                Status::Voided => tr(" (annulée)", " (void)"),
            };
            Some(Drawn { caption: format!("{whose}, {}{void}", s.name), drawing })
        })
        .collect();
    let mut body = vec![
            Block::Paragraph(vec![
                Inline::Text(format!("{} {rev} · {} ", tr("Version", "Version"), tr("empreinte SHA-256 du texte\u{a0}:", "SHA-256 fingerprint of the text:"))),
                Inline::Strong(fp.full()),
            ]),
            text(tr(
                "Signatures électroniques simples (règlement eIDAS, art. 25\u{a0}; Code civil, art. 1366 et 1367) apposées dans Cadre\u{a0}: chaque signataire a tapé son nom et sa qualité\u{a0}; la date et l’heure sont celles de son appareil, sans horodatage par un tiers. Chaque signature porte sur le texte dont l’empreinte figure ci-dessus\u{a0}: toute modification de ce texte l’annule.",
                "Simple electronic signatures (eIDAS Regulation, art. 25; French Civil Code, art. 1366 and 1367) made in Cadre: each signer typed their name and capacity; the date and time are their device’s, with no third-party timestamp. Each signature binds to the text whose fingerprint is above: any change of that text voids it.",
            )),
        Block::Table(Table { header, rows, right_aligned: Vec::new() }),
    ];
    if !drawings.is_empty() {
        body.push(Block::Drawings(drawings));
    }
    Annex { title: tr("Signatures électroniques", "Electronic signatures"), body }
}

/// "30 novembre 2026, 19:40 UTC" from the device's ISO time; as recorded when it is
/// not one.
fn when(signed_at: &str, lang: Lang) -> String {
    let day = signed_at.get(..10).and_then(parse_iso);
    let time = signed_at.get(11..16).filter(|t| t.as_bytes()[2] == b':' && signed_at.ends_with('Z'));
    match (day, time) {
        (Some(d), Some(t)) => format!("{}, {t} UTC", date(d, lang)),
        _ => signed_at.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_time_reads_as_a_date_and_an_hour_in_utc() {
        assert_eq!(when("2026-11-30T19:40:12.345Z", Lang::Fr), "30\u{a0}novembre 2026, 19:40 UTC");
        assert_eq!(when("2026-12-01T08:05:00Z", Lang::En), "1\u{a0}December 2026, 08:05 UTC");
        assert_eq!(when("hier", Lang::Fr), "hier");
        assert_eq!(when("2026-11-30T19:40:12+01:00", Lang::Fr), "2026-11-30T19:40:12+01:00");
    }
}
