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
use chrono::{Datelike, NaiveDateTime, Timelike};

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
        tr("Signé le (horloge de son appareil, non vérifiée)", "Signed on (their device’s clock, not verified)"),
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
                (Status::Valid, None) => tr("Porte sur ce texte (nom tapé)", "Covers this text (typed name)"),
                (Status::Valid, Some(_)) => tr(
                    "Porte sur ce texte (nom tapé et signature dessinée)",
                    "Covers this text (typed name and drawn signature)",
                ),
                (Status::Voided, _) => tr(
                    "Ne porte pas sur ce texte\u{a0}: donnée sur un texte différent",
                    "Does not cover this text: given on a different text",
                ),
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
                Status::Voided => tr(" (ne porte pas sur ce texte)", " (does not cover this text)"),
            };
            Some(Drawn { caption: format!("{whose}, {}{void}", s.name), drawing })
        })
        .collect();
    let mut body = vec![
            Block::Paragraph(vec![
                Inline::Text(format!(
                    "{} {rev} · {} ",
                    tr("Version", "Version"),
                    tr(
                        "empreinte SHA-256 du texte du contrat (tout ce qui précède la présente annexe), dont le pied de chaque page reproduit les 16 premiers caractères\u{a0}:",
                        "SHA-256 fingerprint of the contract’s text (everything before this annex), whose first 16 characters are at the foot of every page:"
                    )
                )),
                Inline::Strong(fp.full()),
            ]),
            text(tr(
                "Signatures électroniques simples (règlement eIDAS, art. 25\u{a0}; Code civil, art. 1366 et 1367) apposées dans Cadre\u{a0}: chaque signataire a tapé son nom et, le cas échéant, sa qualité, puis a déclaré avoir lu et accepter le texte de cette version\u{a0}; la date et l’heure sont celles de son appareil, sans horodatage ni vérification par un tiers\u{a0}; aucun tiers ne conserve ces données ni le contrat. Chaque signature porte sur le texte dont l’empreinte figure ci-dessus\u{a0}: toute modification du texte, même minime, change son empreinte, et un texte modifié n’est pas couvert par ces signatures. La présente annexe elle-même n’est pas couverte par cette empreinte. L’empreinte se recalcule avec Cadre («\u{a0}Vérifier un contrat\u{a0}»).",
                "Simple electronic signatures (eIDAS Regulation, art. 25; French Civil Code, art. 1366 and 1367) made in Cadre: each signer typed their name and, where relevant, their capacity, then declared they had read and accept the text of this version; the date and time are their device’s, with no timestamp or check by a third party; no third party keeps this record or the contract. Each signature covers the text whose fingerprint is above: any change of the text, however small, changes its fingerprint, and a changed text is not covered by these signatures. This annex itself is not covered by that fingerprint. Cadre computes the fingerprint again (“Check a contract”).",
            )),
        Block::Table(Table { header, rows, right_aligned: Vec::new() }),
    ];
    if !drawings.is_empty() {
        body.push(Block::Drawings(drawings));
    }
    Annex { title: tr("Signatures électroniques", "Electronic signatures"), body }
}

/// "1er décembre 2026, 00:16 (heure de Paris ; 30 novembre 2026, 23:16 UTC)" from the
/// device's ISO time in UTC: the contract is French, concluded on the day of the last
/// signature in France; as recorded when it is not such a time.
fn when(signed_at: &str, lang: Lang) -> String {
    let Some(utc) = parse_utc(signed_at) else { return signed_at.to_string() };
    let paris = paris_time(utc);
    let at = |t: NaiveDateTime| format!("{}, {:02}:{:02}", date(t.date(), lang), t.hour(), t.minute());
    match lang {
        Lang::Fr => format!("{} (heure de Paris\u{a0}; {} UTC)", at(paris), at(utc)),
        Lang::En => format!("{} (Paris time; {} UTC)", at(paris), at(utc)),
    }
}

/// `2026-11-30T23:16:05.123Z` as a UTC date and time (to the minute).
fn parse_utc(s: &str) -> Option<NaiveDateTime> {
    let day = s.get(..10).and_then(parse_iso)?;
    let t = s.get(11..16).filter(|t| t.as_bytes()[2] == b':' && s.ends_with('Z'))?;
    let (h, m) = (t.get(..2)?.parse().ok()?, t.get(3..)?.parse().ok()?);
    day.and_hms_opt(h, m, 0)
}

/// The day a signature made at `signed_at` (ISO, UTC) falls on in Paris.
pub fn paris_day(signed_at: &str) -> Option<chrono::NaiveDate> {
    parse_utc(signed_at).map(|t| paris_time(t).date())
}

/// Paris time of a UTC time: UTC+2 from the last Sunday of March, 01:00 UTC, to the
/// last Sunday of October, 01:00 UTC (the EU's summer time, directive 2000/84/EC);
/// UTC+1 otherwise.
fn paris_time(utc: NaiveDateTime) -> NaiveDateTime {
    let last_sunday = |month: u32| {
        let next = if month == 12 { (utc.year() + 1, 1) } else { (utc.year(), month + 1) };
        let end = chrono::NaiveDate::from_ymd_opt(next.0, next.1, 1).and_then(|d| d.pred_opt()).unwrap_or_default();
        let back = end.weekday().num_days_from_sunday();
        (end - chrono::Duration::days(i64::from(back))).and_hms_opt(1, 0, 0).unwrap_or_default()
    };
    let summer = utc >= last_sunday(3) && utc < last_sunday(10);
    utc + chrono::Duration::hours(if summer { 2 } else { 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_time_reads_in_paris_time_and_in_utc() {
        assert_eq!(
            when("2026-11-30T19:40:12.345Z", Lang::Fr),
            "30\u{a0}novembre 2026, 20:40 (heure de Paris\u{a0}; 30\u{a0}novembre 2026, 19:40 UTC)"
        );
        assert_eq!(
            when("2026-11-30T23:16:00Z", Lang::Fr),
            "1er\u{a0}décembre 2026, 00:16 (heure de Paris\u{a0}; 30\u{a0}novembre 2026, 23:16 UTC)"
        );
        assert_eq!(
            when("2026-12-01T08:05:00Z", Lang::En),
            "1\u{a0}December 2026, 09:05 (Paris time; 1\u{a0}December 2026, 08:05 UTC)"
        );
        // Summer time: from the last Sunday of March (29 March 2026) to that of October (25 October).
        assert_eq!(paris_time(parse_utc("2026-03-29T00:59:00Z").unwrap()).time().to_string()[..5].to_string(), "01:59");
        assert_eq!(paris_time(parse_utc("2026-03-29T01:00:00Z").unwrap()).time().to_string()[..5].to_string(), "03:00");
        assert_eq!(paris_time(parse_utc("2026-10-25T00:59:00Z").unwrap()).time().to_string()[..5].to_string(), "02:59");
        assert_eq!(paris_time(parse_utc("2026-10-25T01:00:00Z").unwrap()).time().to_string()[..5].to_string(), "02:00");
        assert_eq!(paris_day("2026-06-30T22:30:00Z"), chrono::NaiveDate::from_ymd_opt(2026, 7, 1));
        assert_eq!(when("hier", Lang::Fr), "hier");
        assert_eq!(when("2026-11-30T19:40:12+01:00", Lang::Fr), "2026-11-30T19:40:12+01:00");
    }
}
