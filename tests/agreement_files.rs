//! The signed contract's files (issue #13): the contract a signed message's answers
//! build, with its signature page (who, when, the drawn signatures as vector strokes)
//! and its version and short fingerprint on every PDF page; the same bytes for both
//! parties. Read back with `pdftotext`, `pdfinfo`, `pdffonts`, `qpdf --check` and lopdf.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use cadre::agreement::frame::{open, seal};
use cadre::agreement::signed::{document, stamp};
use cadre::agreement::{DraftRef, Drawing, Fingerprint, Kind, Message, Opened, Party, Signature};
use cadre::model::{Answers, Field};
use cadre::render::{render, Format};
use cadre::storage::DraftId;
use lopdf::Object;
use std::path::Path;
use std::process::Command;

const PDF_TOOLS: &str = "Debian: apt-get install qpdf poppler-utils";

/// A line of writing, as a pointer draws it in a 300 × 100 box.
fn drawing() -> Drawing {
    let stroke = |phase: f64| -> Vec<(f64, f64)> {
        let at = |t: f64| (10.0 + 280.0 * t + 8.0 * (t * 40.0 + phase).sin(), 50.0 + 30.0 * (t * 23.0 + phase).sin());
        (0..120).map(|i| at(f64::from(i) / 120.0)).collect()
    };
    Drawing::from_strokes(&[stroke(0.0), vec![(150.0, 90.0)]], 300.0, 100.0).expect("a drawing")
}

/// `answers` signed by the provider (typed name) on 30 November, then by the client
/// (typed and drawn) on 1 December, the client having signed the terms of `client_saw`.
fn signed(answers: &Answers, client_saw: &Answers) -> Message {
    let provider = Signature::new(
        Party::Provider,
        "Camille Moreau",
        "Entrepreneur individuel",
        "2026-11-30T19:40:00Z",
        Fingerprint::of_answers(answers),
        None,
    )
    .expect("a signature");
    let client = Signature::new(
        Party::Client,
        "Marc Dupont",
        "Gérant",
        "2026-12-01T08:05:00Z",
        Fingerprint::of_answers(client_saw),
        Some(drawing()),
    )
    .expect("a signature");
    Message {
        kind: Kind::Signed,
        draft: DraftRef { id: DraftId::parse("d-7f3a").expect("an id"), rev: 12, write: "w-91c2".into() },
        answers: answers.clone(),
        sent: None,
        comments: vec![],
        signatures: vec![provider, client],
    }
}

/// Spaces of any kind (and line ends) become one U+0020.
fn squeeze(s: &str) -> String {
    s.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

fn run(tool: &str, args: &[&str], path: &Path) -> String {
    let out = Command::new(tool).args(args).arg(path).output().unwrap_or_else(|e| panic!("{tool}: {e}"));
    assert!(out.status.success(), "{tool} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pages(path: &Path) -> usize {
    let info = run("pdfinfo", &[], path);
    let line = info.lines().find(|l| l.starts_with("Pages:")).expect("a page count");
    line["Pages:".len()..].trim().parse().expect("a number")
}

#[test]
fn every_page_of_the_signed_pdf_names_its_version_and_fingerprint() {
    if !(common::have("pdftotext", PDF_TOOLS) && common::have("qpdf", PDF_TOOLS)) {
        return;
    }
    for (mission, words) in [("creative-fixed", "Version 12 · empreinte"), ("english-uk", "Version 12 · fingerprint")]
    {
        let a = common::mission(mission);
        let message = signed(&a, &a);
        let doc = document(&message);
        let fp = Fingerprint::of_answers(&a);
        let expected = format!("{words} {}", fp.short());
        assert_eq!(doc.stamp.as_deref(), Some(expected.as_str()));
        let path = common::save("agreement_files", &format!("{mission}-signed.pdf"), &render(&doc, Format::Pdf).bytes);
        let text = common::pdftotext(&path, &[]);
        let per_page: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
        let count = pages(&path);
        assert!(count >= 3, "{mission}: {count} pages");
        assert_eq!(per_page.len(), count, "{mission}");
        for (n, page) in per_page.iter().enumerate() {
            assert!(squeeze(page).contains(&expected), "{mission}: page {} lacks {expected:?}", n + 1);
        }
        // The signature page, last: who signed, when, and the whole fingerprint.
        let last = squeeze(per_page[count - 1]);
        for shown in ["Camille Moreau", "Marc Dupont", "Version 12", &fp.full()] {
            assert!(last.contains(shown), "{mission}: {shown:?} not on the signature page:\n{last}");
        }
        run("qpdf", &["--check"], &path);
        let fonts = run("pdffonts", &[], &path);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty());
        for row in rows {
            // name, type, encoding, then emb sub uni: "yes yes yes".
            assert!(row.contains("yes yes yes"), "{mission}: a font not embedded as a subset with ToUnicode: {row}");
        }
    }
    let a = common::mission("creative-fixed");
    let text = squeeze(&common::pdftotext(
        &common::save("agreement_files", "fr.pdf", &render(&document(&signed(&a, &a)), Format::Pdf).bytes),
        &[],
    ));
    for shown in [
        "Signatures électroniques",
        "Porte sur ce texte (nom tapé)",
        "Porte sur ce texte (nom tapé et signature dessinée)",
    ] {
        assert!(text.contains(shown), "{shown:?} missing");
    }
    assert!(text.contains("1er décembre 2026, 08:05 UTC") && text.contains("30 novembre 2026, 19:40 UTC"));
}

#[test]
fn both_parties_write_the_same_bytes() {
    let a = common::mission("creative-fixed");
    let message = signed(&a, &a);
    // The client's Cadre reads the message from the frame the provider's sealed.
    let received = match open(&seal(&message)) {
        Ok(Opened::Plain(m)) => *m,
        other => panic!("not a plain message: {other:?}"),
    };
    for format in Format::ALL {
        let mine = render(&document(&message), format).bytes;
        assert_eq!(mine, render(&document(&message), format).bytes, "{format:?}: written twice");
        assert_eq!(mine, render(&document(&received), format).bytes, "{format:?}: the other party's");
    }
    // Dated the last signature's day, whatever day it is written.
    let doc = document(&message);
    assert_eq!(doc.meta.created, chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
    let pdf = render(&doc, Format::Pdf).bytes;
    assert!(pdf.windows(19).any(|w| w == b"(D:20261201000000Z)"), "creation date");
}

#[test]
fn the_drawn_signature_is_a_tagged_figure_of_vector_strokes() {
    let a = common::mission("creative-fixed");
    let bytes = render(&document(&signed(&a, &a)), Format::Pdf).bytes;
    let file = lopdf::Document::load_mem(&bytes).expect("parses");
    let figures: Vec<&lopdf::Dictionary> = file
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"S").and_then(Object::as_name).ok() == Some(&b"Figure"[..]))
        .collect();
    assert_eq!(figures.len(), 1, "one drawn signature");
    let alt = lopdf::decode_text_string(figures[0].get(b"Alt").expect("/Alt")).expect("text");
    assert_eq!(alt, "Signature dessinée du Client, Marc Dupont");
    let layout = figures[0].get(b"A").and_then(Object::as_dict).expect("/A");
    assert_eq!(layout.get(b"BBox").and_then(Object::as_array).map(Vec::len).ok(), Some(4));
    // On the last page, the strokes are paths inside the figure's marked content.
    let (_, last) = file.get_pages().into_iter().next_back().expect("a page");
    let content = lopdf::content::Content::decode(&file.get_page_content(last)).expect("decodes");
    let mut tag = Vec::new();
    let mut lines = 0;
    for op in &content.operations {
        match op.operator.as_str() {
            "BDC" | "BMC" => tag.push(op.operands[0].as_name().unwrap_or_default().to_vec()),
            "EMC" => {
                tag.pop();
            }
            // The rules and frames are artifacts; the strokes, the figure's content.
            "l" if tag.last().map(Vec::as_slice) == Some(&b"Figure"[..]) => lines += 1,
            "l" => assert_eq!(tag.last().map(Vec::as_slice), Some(&b"Artifact"[..]), "an untagged line"),
            "m" | "re" | "BT" => assert_eq!(tag.len(), 1, "{} outside marked content", op.operator),
            _ => {}
        }
    }
    let points: usize = drawing().strokes.iter().map(Vec::len).sum();
    // Every point after a stroke's first is a line; a one-point stroke draws one too.
    assert_eq!(lines, points - drawing().strokes.len() + 1);
}

#[test]
fn html_and_markdown_carry_the_stamp_and_the_drawing() {
    let a = common::mission("creative-fixed");
    let message = signed(&a, &a);
    let doc = document(&message);
    let expected = stamp(a.contract_lang, 12, &Fingerprint::of_answers(&a));
    let html = String::from_utf8(render(&doc, Format::Html).bytes).expect("UTF-8");
    assert!(html.contains(&format!("<p class=\"stamp\">{expected}</p>")), "stamp");
    assert!(html.contains(&format!("<path d=\"{}\"", drawing().svg_path())), "the drawing's path");
    assert!(html.contains("aria-label=\"Signature dessinée du Client, Marc Dupont\""));
    let md = String::from_utf8(render(&doc, Format::Markdown).bytes).expect("UTF-8");
    assert!(md.starts_with(&format!("{expected}\n\n# ")), "{}", &md[..200]);
    assert!(md.contains("*Signature dessinée du Client, Marc Dupont*"));
}

#[test]
fn a_signature_made_before_the_terms_changed_is_shown_void() {
    let a = common::mission("creative-fixed");
    let mut before = a.clone();
    Field::DepositValue.set(&mut before, "20");
    let doc = document(&signed(&a, &before));
    let path = common::save("agreement_files", "voided.pdf", &render(&doc, Format::Pdf).bytes);
    if !common::have("pdftotext", PDF_TOOLS) {
        return;
    }
    let text = squeeze(&common::pdftotext(&path, &[]));
    assert!(text.contains("Ne porte pas sur ce texte : donnée sur un texte différent"), "{text}");
    assert!(text.contains("Signature dessinée du Client, Marc Dupont (ne porte pas sur ce texte)"));
    assert!(text.contains("Porte sur ce texte (nom tapé)"), "the provider's still holds");
}

#[test]
fn an_unsigned_contract_has_no_stamp_and_a_message_without_signatures_is_dated_canonically() {
    let a = common::mission("creative-fixed");
    let (doc, _) = cadre::document::build::from_answers(&a, common::today());
    assert_eq!(doc.stamp, None);
    let unsigned = Message { signatures: vec![], ..signed(&a, &a) };
    let doc = document(&unsigned);
    assert_eq!(doc.meta.created, cadre::agreement::canonical::BUILD_DATE);
    assert!(doc.stamp.is_some());
}

#[test]
fn the_signed_pdf_records_its_full_fingerprint_for_check_a_contract() {
    use cadre::agreement::check::{check, fingerprint_in_pdf, Verdict, Version};
    let a = common::mission("creative-fixed");
    let message = signed(&a, &a);
    let pdf = render(&document(&message), Format::Pdf).bytes;
    let found = fingerprint_in_pdf(&pdf).expect("the fingerprint in the metadata");
    assert_eq!(found, Fingerprint::of_answers(&a).hex());
    let versions = [Version::of(12, &a)];
    assert_eq!(check(&found, &versions), Verdict::Matches { rev: 12, short: false });
    // An unsigned contract records none; another contract's does not match.
    assert_eq!(
        fingerprint_in_pdf(
            &render(&cadre::document::build::from_answers(&a, chrono::NaiveDate::MIN).0, Format::Pdf).bytes
        ),
        None
    );
    let other = common::mission("coaching-sessions");
    assert_eq!(check(&found, &[Version::of(3, &other)]), Verdict::NoMatch);
}
