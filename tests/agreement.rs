//! The agreement's native core: the message codec (round trip for every reference
//! mission, every corruption refused with its own error, versions), the canonical text
//! and its fingerprint (golden fingerprints), signatures, the review per article and
//! the fingerprint check. Run with UPDATE_GOLDEN=1 to rewrite the golden files after
//! a deliberate change of the canonical form (then bump `canonical::VERSION`).
// Native only: proptest is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cadre::agreement::check::{check, Verdict, Version};
use cadre::agreement::diff::{apply, review, ReviewError};
use cadre::agreement::fingerprint::Pasted;
use cadre::agreement::frame::{self, open, open_plaintext, plaintext, seal, seal_encrypted, FORMAT};
use cadre::agreement::link::{self, fits_in_link, frame_of_file, frame_of_link, LINK_MAX};
use cadre::agreement::proposal::{client_may_change, ProposalError};
use cadre::agreement::signature::{SignatureError, MAX_POINTS};
use cadre::agreement::{canonical, messages, page};
use cadre::agreement::{
    Comment, DraftRef, Drawing, Encrypted, Fingerprint, Kind, Message, Opened, Party, PayloadError, Signature, Status,
};
use cadre::document::build::from_answers;
use cadre::document::Section;
use cadre::model::{Answers, Field, Lang};
use cadre::render::markdown;
use cadre::storage::{Draft, DraftId, Envelope};
use cadre::validate::ProblemKind;
use proptest::prelude::*;

const PAGE: &str = "https://cadre.example/app/";

/// Every reference mission, and the draft at every cap (200 deliverables).
fn missions() -> Vec<(&'static str, Answers)> {
    let mut all: Vec<_> = common::MISSIONS.iter().map(|&n| (n, common::mission(n))).collect();
    all.push(("at-caps", common::mission("at-caps")));
    all
}

fn draft_ref() -> DraftRef {
    DraftRef { id: DraftId::parse("d-7f3a").unwrap(), rev: 12, write: "w-91c2".into() }
}

fn proposal(answers: Answers) -> Message {
    Message { kind: Kind::Proposal, draft: draft_ref(), answers, sent: None, comments: vec![], signatures: vec![] }
}

/// The client's answer to `sent`, proposing `answers`.
fn answer(sent: &Answers, answers: Answers, comments: Vec<Comment>) -> Message {
    Message { kind: Kind::Answer, sent: Some(sent.clone()), answers, comments, ..proposal(Answers::default()) }
}

fn signature(party: Party, answers: &Answers) -> Signature {
    let fp = Fingerprint::of_answers(answers);
    Signature::new(party, "Camille Moreau", "Entrepreneur individuel", "2026-11-30T19:40:00Z", fp, None).unwrap()
}

fn opened(frame: &[u8]) -> Message {
    match open(frame) {
        Ok(Opened::Plain(m)) => *m,
        other => panic!("not a plain message: {other:?}"),
    }
}

// The codec.

#[test]
fn every_mission_round_trips_in_a_link_and_in_a_file() {
    for (name, a) in missions() {
        let mut proposed = a.clone();
        Field::ClientRegistration.set(&mut proposed, "523 456 788 00012");
        let drawing = Drawing::from_strokes(&[vec![(0.0, 0.0), (120.5, 40.0), (300.0, 80.0)]], 300.0, 100.0);
        let mut signed = signature(Party::Provider, &a);
        signed.drawing = drawing;
        let messages = [
            proposal(a.clone()),
            answer(&a, proposed, vec![Comment { section: Section::Payment, text: "30 % d’acompte ?".into() }]),
            Message { kind: Kind::Signed, signatures: vec![signed], ..proposal(a.clone()) },
        ];
        for m in messages {
            let frame = seal(&m);
            let url = link::link(PAGE, &frame);
            assert!(url.starts_with("https://cadre.example/app/#cadre="), "{name}");
            assert_eq!(opened(&frame_of_link(&url).unwrap()), m, "{name}: link");
            let file = link::file(&frame);
            assert_eq!(opened(frame_of_file(&file).unwrap()), m, "{name}: file");
        }
    }
}

/// The link lengths the README reports, and the threshold they justify: every
/// reference mission's proposal and answer fit in a link; the draft at every cap goes
/// as a file.
#[test]
fn reference_proposals_fit_in_a_link() {
    let mut longest = ("", 0);
    for (name, a) in missions() {
        let sent = link::link(PAGE, &seal(&proposal(a.clone())));
        let back = link::link(PAGE, &seal(&answer(&a, a.clone(), vec![])));
        let signed =
            Message { kind: Kind::Signed, signatures: vec![signature(Party::Client, &a)], ..proposal(a.clone()) };
        let signed = link::link(PAGE, &seal(&signed));
        println!("{name}: proposal {} chars, answer {}, signed {}", sent.len(), back.len(), signed.len());
        if name == "at-caps" {
            assert!(!fits_in_link(&sent), "the draft at every cap goes as a file");
            continue;
        }
        assert!(fits_in_link(&sent) && fits_in_link(&back) && fits_in_link(&signed), "{name}: {}", sent.len());
        let drawn = drawn_signatures(&a);
        let one = Message { kind: Kind::Signed, signatures: drawn[..1].to_vec(), ..proposal(a.clone()) };
        let two = Message { kind: Kind::Signed, signatures: drawn, ..proposal(a.clone()) };
        let (one, two) = (link::link(PAGE, &seal(&one)), link::link(PAGE, &seal(&two)));
        println!("{name}: signed with one drawn signature {} chars, two {}", one.len(), two.len());
        assert!(fits_in_link(&one), "{name}: {}", one.len());
        if sent.len() > longest.1 {
            longest = (name, sent.len());
        }
    }
    println!("longest reference proposal: {} ({} chars, threshold {LINK_MAX})", longest.0, longest.1);
}

/// Both parties' signatures, each drawn: a line of writing and a flourish, about 320
/// points.
fn drawn_signatures(a: &Answers) -> Vec<Signature> {
    let stroke = |phase: f64, points: u32| -> Vec<(f64, f64)> {
        let at = |t: f64| (10.0 + 280.0 * t + 8.0 * (t * 40.0 + phase).sin(), 50.0 + 30.0 * (t * 23.0 + phase).sin());
        (0..points).map(|i| at(f64::from(i) / 250.0)).collect()
    };
    [(0.0, Party::Provider), (1.3, Party::Client)]
        .into_iter()
        .map(|(phase, party)| {
            let drawing = Drawing::from_strokes(&[stroke(phase, 250), stroke(phase + 2.0, 80)], 300.0, 100.0);
            Signature { drawing, ..signature(party, a) }
        })
        .collect()
}

/// A small message, to corrupt every byte of.
fn small_frame() -> Vec<u8> {
    seal(&proposal(Answers::default()))
}

#[test]
fn every_changed_byte_is_refused_with_its_own_error() {
    let frame = small_frame();
    for i in 0..frame.len() {
        for bit in [0x01, 0x80] {
            let mut bad = frame.clone();
            bad[i] ^= bit;
            let e = open(&bad).expect_err(&format!("byte {i} flipped by {bit:#x} was accepted"));
            let expected: &[PayloadError] = match i {
                0 | 1 => &[PayloadError::NotCadre],
                // The length: longer than the bytes (cut), or shorter (bytes left over).
                4..=7 => &[PayloadError::Truncated, PayloadError::Changed],
                _ => &[PayloadError::Changed],
            };
            assert!(expected.contains(&e), "byte {i} ({bit:#x}): {e:?}");
        }
    }
}

#[test]
fn every_truncation_is_refused_as_truncated() {
    let frame = small_frame();
    for len in 0..frame.len() {
        assert_eq!(open(&frame[..len]), Err(PayloadError::Truncated), "frame cut at {len}");
    }
    let url = link::link(PAGE, &frame);
    let start = url.find(link::FRAGMENT_KEY).unwrap() + link::FRAGMENT_KEY.len();
    for len in start..url.len() {
        let e = frame_of_link(&url[..len]).and_then(|f| open(&f).map(|_| ()));
        assert_eq!(e, Err(PayloadError::Truncated), "link cut at {len} of {}", url.len());
    }
    let file = link::file(&frame);
    for len in 0..file.len() {
        let e = frame_of_file(&file[..len]).and_then(|f| open(f).map(|_| ()));
        assert_eq!(e, Err(PayloadError::Truncated), "file cut at {len}");
    }
}

#[test]
fn every_changed_character_of_a_link_is_refused() {
    let url = link::link(PAGE, &small_frame());
    let start = url.find('#').unwrap();
    for i in start + 1 + link::FRAGMENT_KEY.len()..url.len() {
        for replacement in ['A', 'z', '-', '%'] {
            if url.as_bytes()[i] == replacement as u8 {
                continue;
            }
            let mut bad = url.clone();
            bad.replace_range(i..i + 1, &replacement.to_string());
            let e = frame_of_link(&bad).and_then(|f| open(&f).map(|_| ()));
            assert!(e.is_err(), "character {i} changed to {replacement} was accepted");
            assert_ne!(e, Err(PayloadError::Newer), "character {i}");
        }
    }
}

#[test]
fn a_link_wrapped_by_a_mail_client_still_opens() {
    let m = proposal(common::mission("creative-fixed"));
    let url = link::link(PAGE, &seal(&m));
    let wrapped: String =
        url.as_bytes().chunks(76).map(|c| std::str::from_utf8(c).unwrap()).collect::<Vec<_>>().join("\r\n ");
    assert_eq!(opened(&frame_of_link(&wrapped).unwrap()), m);
    // The fragment alone, as `location.hash` gives it.
    let hash = &url[url.find('#').unwrap()..];
    assert!(link::is_message(hash));
    assert_eq!(opened(&frame_of_link(hash).unwrap()), m);
}

/// A frame written by a Cadre whose format is `format`: the same frame, with its
/// checksum made right again.
fn with_format(format: u8) -> Vec<u8> {
    let mut f = small_frame();
    f[2] = format;
    let end = f.len() - 4;
    let crc = crc32fast::hash(&f[..end]).to_le_bytes();
    f[end..].copy_from_slice(&crc);
    f
}

#[test]
fn a_newer_format_is_refused_as_newer_and_format_zero_as_unreadable() {
    assert_eq!(FORMAT, 1);
    assert_eq!(open(&with_format(FORMAT + 1)), Err(PayloadError::Newer));
    assert_eq!(open(&with_format(u8::MAX)), Err(PayloadError::Newer));
    assert!(matches!(open(&with_format(0)), Err(PayloadError::Unreadable(_))));
    assert!(open(&with_format(FORMAT)).is_ok());
}

#[test]
fn what_is_not_cadre_is_refused_as_not_cadre() {
    let draft_file =
        std::fs::read(format!("{}/tests/fixtures/missions/creative-fixed.json", env!("CARGO_MANIFEST_DIR")));
    let not_ours: Vec<Vec<u8>> =
        vec![draft_file.unwrap(), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), b"%PDF-1.7\n".to_vec(), vec![0; 40]];
    for bytes in &not_ours {
        assert_eq!(frame_of_file(bytes).err(), Some(PayloadError::NotCadre));
        assert_eq!(open(bytes), Err(PayloadError::NotCadre));
    }
    assert_eq!(frame_of_link("https://cadre.example/app/#step-3"), Err(PayloadError::NotCadre));
    assert_eq!(frame_of_link("https://cadre.example/app/"), Err(PayloadError::NotCadre));
    assert!(!link::is_message("#step-3"));
    // Base64 of someone else's bytes behind our key.
    assert_eq!(
        frame_of_link("#cadre=SGVsbG8sIHdvcmxkIQ").and_then(|f| open(&f).map(|_| ())),
        Err(PayloadError::NotCadre)
    );
    // Characters outside base64url: changed on the way.
    assert_eq!(frame_of_link("#cadre=yt4B*AAA"), Err(PayloadError::Changed));
}

#[test]
fn an_encrypted_message_round_trips_through_what_the_browser_seals() {
    let m = proposal(common::mission("web-personal-data"));
    // Web Crypto would encrypt `plaintext(m)`; a stand-in cipher shows the frame.
    let ciphertext: Vec<u8> = plaintext(&m).iter().map(|b| b ^ 0x5A).collect();
    let sealed = Encrypted { iterations: frame::PBKDF2_ITERATIONS, salt: [7; 16], iv: [9; 12], ciphertext };
    let url = link::link(PAGE, &seal_encrypted(&sealed));
    let Ok(Opened::Encrypted(got)) = open(&frame_of_link(&url).unwrap()) else { panic!("not encrypted") };
    assert_eq!(got, sealed);
    let decrypted: Vec<u8> = got.ciphertext.iter().map(|b| b ^ 0x5A).collect();
    assert_eq!(open_plaintext(&decrypted), Ok(m));
    // A forged link asking for a key derivation that would take minutes.
    let slow = Encrypted { iterations: u32::MAX, ..sealed };
    assert!(matches!(open(&seal_encrypted(&slow)), Err(PayloadError::Unreadable(_))));
    // Garbage out of a decryption is not a message.
    assert!(matches!(open_plaintext(b"not deflate"), Err(PayloadError::Unreadable(_))));
}

#[test]
fn every_error_has_a_message_in_both_languages() {
    let errors = [
        PayloadError::NotCadre,
        PayloadError::Truncated,
        PayloadError::Changed,
        PayloadError::Newer,
        PayloadError::OtherWording,
        PayloadError::WrongPassphrase,
        PayloadError::Unreadable("x".into()),
    ];
    let mut seen = Vec::new();
    for e in &errors {
        let (fr, en) = (messages::payload(e, Lang::Fr), messages::payload(e, Lang::En));
        assert!(!fr.is_empty() && !en.is_empty() && fr != en, "{e:?}");
        assert!(!seen.contains(&fr), "{e:?} shares its message");
        seen.push(fr);
    }
    for e in [
        ReviewError::DraftGone,
        ReviewError::NotAnAnswer,
        ReviewError::Proposal(ProposalError::Items),
        ReviewError::Proposal(ProposalError::ProviderOnly(vec![Field::ProviderName])),
        ReviewError::Proposal(ProposalError::CommentTooLong),
    ] {
        assert_ne!(messages::review(&e, Lang::Fr), messages::review(&e, Lang::En));
    }
    for e in [SignatureError::NoName, SignatureError::TooLong, SignatureError::Drawing] {
        assert_ne!(messages::signature(e, Lang::Fr), messages::signature(e, Lang::En));
    }
    assert!(messages::what_signing_is(Lang::Fr).contains("1366"));
}

// The canonical text and its fingerprint.

fn golden(file: &str, actual: &str) {
    let path = format!("{}/tests/golden/{file}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e} (run with UPDATE_GOLDEN=1)"));
    assert_eq!(expected, actual, "{path} differs (a changed fingerprint voids every signature made before)");
}

#[test]
fn fingerprints_of_the_reference_missions_are_stable() {
    let mut lines = String::new();
    for (name, a) in missions() {
        let fp = Fingerprint::of_answers(&a);
        lines.push_str(&format!("{name} {}\n", fp.full()));
    }
    golden("fingerprints.txt", &lines);
    let (doc, _) = from_answers(&common::mission("creative-fixed"), common::today());
    golden("creative-fixed.canonical.txt", &canonical::text(&doc));
}

#[test]
fn the_fingerprint_ignores_the_day_whitespace_and_invisible_characters() {
    let a = common::mission("creative-fixed");
    let fp = Fingerprint::of_answers(&a);
    let (doc, _) = from_answers(&a, common::today());
    assert_eq!(Fingerprint::of(&doc), fp, "the build's date is metadata");
    let mut b = a.clone();
    Field::ClientName.set(&mut b, " Atelier\u{a0}\u{200b}Dupont\r\n");
    Field::ClientAddress.set(&mut b, "4 place Bellecour,\r\n69002   Lyon");
    let mut c = a.clone();
    Field::ClientAddress.set(&mut c, "4 place Bellecour, 69002 Lyon");
    assert_eq!(Fingerprint::of_answers(&b), Fingerprint::of_answers(&c));
    let text = canonical::text(&doc);
    assert!(text.starts_with("CADRE-CANONICAL 1\nLANG fr\n"));
    assert!(!text.contains('\r') && !text.contains('\u{a0}') && !text.contains("  "));
}

/// Any change of the terms changes the fingerprint: every field of every reference
/// mission, changed, changes it exactly when it changes the contract's Markdown.
#[test]
fn any_change_of_the_terms_changes_the_fingerprint() {
    for name in ["creative-fixed", "consumer-website-early", "coaching-manager", "english-uk"] {
        let a = common::mission(name);
        let md = |a: &Answers| markdown::write(&from_answers(a, common::today()).0);
        let (base_md, base_fp) = (md(&a), Fingerprint::of_answers(&a));
        for field in a.fields() {
            let mut b = a.clone();
            let value = match field.kind() {
                cadre::model::FieldKind::Bool => (field.get(&a) != "true").to_string(),
                cadre::model::FieldKind::Choice(keys) => {
                    keys.iter().find(|k| **k != field.get(&a)).unwrap().to_string()
                }
                cadre::model::FieldKind::Date => "2027-03-31".into(),
                _ => format!("{}7", field.get(&a)),
            };
            field.set(&mut b, &value);
            let changed = md(&b) != base_md;
            assert_eq!(Fingerprint::of_answers(&b) != base_fp, changed, "{name}: {field:?} = {value:?}");
        }
    }
}

#[test]
fn the_terms_of_one_contract_read_the_same_in_every_language_of_the_interface() {
    // The interface language is not part of the answers; the contract's is.
    let a = common::mission("english-uk");
    let mut fr = a.clone();
    Field::ContractLang.set(&mut fr, "fr");
    assert_ne!(Fingerprint::of_answers(&a), Fingerprint::of_answers(&fr));
}

#[test]
fn fingerprints_are_shown_in_groups_and_read_back_as_pasted() {
    let fp = Fingerprint::of_answers(&common::mission("creative-fixed"));
    let full = fp.full();
    assert_eq!(full.len(), 64 + 15);
    assert_eq!(fp.short(), full[..19]);
    for pasted in [full.clone(), full.to_lowercase(), fp.hex(), format!("SHA-256: {full}"), full.replace(' ', "-")] {
        assert_eq!(Pasted::parse(&pasted), Some(Pasted::Full(fp)), "{pasted}");
    }
    assert!(Pasted::parse(&fp.short().to_lowercase()).unwrap().matches(&fp));
    for bad in ["", "3F2A", &full[..70], &format!("{full} 0"), "zz2A 9C01 77B0 E5D4"] {
        assert_eq!(Pasted::parse(bad), None, "{bad}");
    }
}

// Signatures.

#[test]
fn a_signature_is_voided_by_any_change_of_the_terms() {
    let a = common::mission("creative-fixed");
    let s = signature(Party::Provider, &a);
    assert_eq!(s.status(&Fingerprint::of_answers(&a)), Status::Valid);
    let mut b = a.clone();
    Field::DepositValue.set(&mut b, "40");
    assert_eq!(s.status(&Fingerprint::of_answers(&b)), Status::Voided);
    // The message carries it, and the other party sees it voided too.
    let m = Message { kind: Kind::Signed, signatures: vec![s.clone()], ..proposal(b.clone()) };
    let back = opened(&seal(&m));
    assert_eq!(back.signatures[0].status(&Fingerprint::of_answers(&back.answers)), Status::Voided);
}

#[test]
fn a_signature_needs_a_typed_name_and_keeps_to_its_caps() {
    let fp = Fingerprint::of_answers(&Answers::default());
    let sign =
        |name: &str, capacity: &str| Signature::new(Party::Client, name, capacity, "2026-11-30T20:00:00Z", fp, None);
    assert_eq!(sign("  \u{200b} ", "").err(), Some(SignatureError::NoName));
    assert_eq!(sign(&"x".repeat(201), "").err(), Some(SignatureError::TooLong));
    let s = sign("  Marc\u{a0} Dupont ", "gérant").unwrap();
    assert_eq!(s.name, "Marc Dupont");
}

#[test]
fn a_drawn_signature_is_a_small_quantised_path() {
    let d = Drawing::from_strokes(&[vec![(0.0, 0.0), (0.1, 0.1), (150.0, 50.0), (999.0, -5.0)], vec![]], 300.0, 100.0)
        .unwrap();
    assert_eq!(d.strokes, vec![vec![(0, 0), (128, 48), (255, 0)]], "repeats dropped, clamped to the box");
    assert_eq!(d.svg_path(), "M0 0L128 48L255 0");
    assert_eq!(Drawing::from_strokes(&[vec![(f64::NAN, 3.0)]], 0.0, 0.0).unwrap().svg_path(), "M0 0h0");
    assert_eq!(Drawing::from_strokes(&[vec![]], 300.0, 100.0), None);
    // A long scribble is thinned under the cap, every stroke keeping its ends.
    let long: Vec<Vec<(f64, f64)>> =
        (0..40).map(|s| (0..300).map(|i| (f64::from(i), f64::from((i * 7 + s) % 100))).collect()).collect();
    let d = Drawing::from_strokes(&long, 300.0, 100.0).unwrap();
    assert!(d.is_valid());
    assert!(d.strokes.iter().map(Vec::len).sum::<usize>() <= MAX_POINTS);
    assert_eq!(d.strokes[0].last(), Some(&(254, 88)));
    // A forged message with a drawing off its grid is refused.
    let mut s = signature(Party::Client, &Answers::default());
    s.drawing = Some(Drawing { strokes: vec![vec![(1, 200)]] });
    let m = Message { kind: Kind::Signed, signatures: vec![s], ..proposal(Answers::default()) };
    assert!(matches!(open(&seal(&m)), Err(PayloadError::Unreadable(_))));
}

#[test]
fn the_signature_page_records_who_signed_when_and_the_text_s_fingerprint() {
    let a = common::mission("creative-fixed");
    let mut before = a.clone();
    Field::DepositValue.set(&mut before, "20");
    let provider = signature(Party::Provider, &a);
    let client =
        Signature { name: "Marc Dupont".into(), capacity: "gérant".into(), ..signature(Party::Client, &before) };
    let (doc, _) = from_answers(&a, common::today());
    let (signed, fp) = page::with_signature_page(doc.clone(), 12, &[provider, client]);
    assert_eq!(fp, Fingerprint::of_answers(&a), "the page is not part of the text it records");
    assert_eq!(signed.annexes.len(), doc.annexes.len() + 1);
    let md = markdown::write(&signed);
    for expected in [
        "Signatures électroniques",
        "Version 12",
        fp.full().as_str(),
        "Camille Moreau",
        "30\u{a0}novembre 2026, 19:40 UTC",
        "Porte sur ce texte (nom tapé)",
        "Ne porte pas sur ce texte\u{a0}: donnée sur un texte différent",
        "1366",
    ] {
        assert!(md.contains(expected), "{expected:?} missing from the page");
    }
    let rendered = cadre::render::render(&signed, cadre::render::Format::Pdf);
    assert!(rendered.bytes.starts_with(b"%PDF"));
}

// What the client may change, and what changed.

fn draft(answers: Answers) -> Draft {
    Draft { id: draft_ref().id, name: "Atelier Dupont".into(), answers }
}

#[test]
fn the_client_may_change_their_details_and_negotiable_terms_only() {
    for f in [Field::ClientRegistration, Field::ClientRepresentative, Field::ClientAddress, Field::DepositValue] {
        assert!(client_may_change(f), "{f:?}");
    }
    for f in [Field::StartDate, Field::TermDays, Field::RevisionRounds, Field::NoticeDays, Field::DeliverableDue(1)] {
        assert!(client_may_change(f), "{f:?}");
    }
    for f in [Field::ProviderName, Field::ProviderSiren, Field::PriceAmount, Field::ContractLang] {
        assert!(!client_may_change(f), "{f:?}");
    }
    assert!(!client_may_change(Field::DeliverableTitle(1)) && !client_may_change(Field::MilestonePercent(3)));
}

#[test]
fn the_constructors_keep_each_message_to_its_rules() {
    let mut envelope = Envelope::new(draft(common::mission("creative-fixed")), 12, "2026-11-30T19:00:00.000Z");
    envelope.write = "w-91c2".into();
    let p = Message::proposal(&envelope);
    assert_eq!(p.draft, draft_ref());
    let mut edited = p.answers.clone();
    Field::ClientRegistration.set(&mut edited, "523 456 788 00012");
    let comments = vec![
        Comment { section: Section::Payment, text: " \n ".into() },
        Comment { section: Section::Rights, text: "D’accord.".into() },
    ];
    let a = Message::answer(&p, edited.clone(), comments).unwrap();
    assert_eq!((a.kind, a.sent.as_ref(), a.comments.len()), (Kind::Answer, Some(&p.answers), 1));
    assert_eq!(review(Some(&envelope.draft), &a).unwrap().changes().count(), 1);
    let mut tampered = edited.clone();
    Field::ProviderSiren.set(&mut tampered, "");
    assert_eq!(
        Message::answer(&p, tampered, vec![]).unwrap_err(),
        ProposalError::ProviderOnly(vec![Field::ProviderSiren])
    );
    let long = vec![Comment { section: Section::Rights, text: "x".repeat(2_001) }];
    assert_eq!(Message::answer(&p, edited, long).unwrap_err(), ProposalError::CommentTooLong);
    // Each party's latest signature, the other's kept.
    let s = Message::signed(&p, signature(Party::Provider, &p.answers));
    let s = Message::signed(&s, signature(Party::Client, &p.answers));
    let s = Message::signed(&s, Signature { capacity: "EI".into(), ..signature(Party::Provider, &p.answers) });
    let parties: Vec<(Party, &str)> = s.signatures.iter().map(|x| (x.party, x.capacity.as_str())).collect();
    assert_eq!(parties, [(Party::Client, "Entrepreneur individuel"), (Party::Provider, "EI")]);
    assert_eq!((s.kind, s.sent.is_none()), (Kind::Signed, true));
}

#[test]
fn a_changed_deposit_shows_in_the_payment_article_in_the_contract_s_words() {
    let sent = common::mission("creative-fixed");
    let mut proposed = sent.clone();
    Field::DepositValue.set(&mut proposed, "20");
    let comment = Comment { section: Section::Payment, text: "Notre trésorerie est serrée en décembre.".into() };
    let r = review(Some(&draft(sent.clone())), &answer(&sent, proposed.clone(), vec![comment])).unwrap();
    assert!(!r.moved);
    assert_eq!(r.articles.len(), 1, "{:#?}", r.articles);
    let payment = &r.articles[0];
    assert_eq!((payment.section, payment.title.as_str()), (Section::Payment, "Paiement"));
    assert!(payment.number.is_some());
    assert_eq!(payment.changes.len(), 1);
    let c = &payment.changes[0];
    assert_eq!((c.field, c.before.as_str(), c.after.as_str(), &c.meanwhile), (Field::DepositValue, "30", "20", &None));
    assert!(payment.removed.iter().any(|l| l.contains("30")), "{:?}", payment.removed);
    assert!(payment.added.iter().any(|l| l.contains("20")), "{:?}", payment.added);
    assert_eq!(payment.comments, ["Notre trésorerie est serrée en décembre."]);
    // Accepted, the draft's next answers are the client's; refused, they stay.
    assert_eq!(apply(&sent, r.changes()), proposed);
    assert_eq!(apply(&sent, []), sent);
}

#[test]
fn changed_dates_and_filled_details_group_by_article() {
    let mut sent = common::mission("creative-fixed");
    Field::ClientRegistration.set(&mut sent, "");
    Field::ClientRepresentative.set(&mut sent, "");
    let mut proposed = sent.clone();
    Field::ClientRegistration.set(&mut proposed, "523 456 788");
    Field::ClientRepresentative.set(&mut proposed, "Marc Dupont");
    Field::EndDate.set(&mut proposed, "2027-02-12");
    Field::DeliverableDue(2).set(&mut proposed, "2027-02-12");
    let comments = vec![Comment { section: Section::Rights, text: "Pouvons-nous parler de la durée ?".into() }];
    let r = review(Some(&draft(sent.clone())), &answer(&sent, proposed.clone(), comments)).unwrap();
    let by_section = |s: Section| r.articles.iter().find(|a| a.section == s).unwrap_or_else(|| panic!("{s:?}"));
    let parties = by_section(Section::Parties);
    let fields: Vec<Field> = parties.changes.iter().map(|c| c.field).collect();
    assert_eq!(fields, [Field::ClientRegistration, Field::ClientRepresentative]);
    assert!(parties.added.iter().any(|l| l.contains("523 456 788")), "{:?}", parties.added);
    assert!(by_section(Section::Schedule).changes.iter().any(|c| c.field == Field::EndDate));
    assert!(by_section(Section::Scope).changes.iter().any(|c| c.field == Field::DeliverableDue(2)));
    let rights = by_section(Section::Rights);
    assert!(rights.changes.is_empty() && rights.comments.len() == 1);
    // Contract order: parties first.
    assert_eq!(r.articles[0].section, Section::Parties);
    // Accept some, refuse the others.
    let next = apply(&sent, r.changes().filter(|c| c.field != Field::EndDate));
    assert_eq!(Field::EndDate.get(&next), Field::EndDate.get(&sent));
    assert_eq!(Field::ClientRepresentative.get(&next), "Marc Dupont");
}

#[test]
fn a_term_past_the_legal_limit_is_shown_with_its_problem() {
    let sent = common::mission("creative-fixed");
    let mut proposed = sent.clone();
    Field::TermDays.set(&mut proposed, "90");
    let r = review(Some(&draft(sent.clone())), &answer(&sent, proposed, vec![])).unwrap();
    let c = r.changes().next().unwrap();
    assert_eq!(c.field, Field::TermDays);
    assert_eq!(c.problems, vec![ProblemKind::TermTooLong]);
}

#[test]
fn a_tampered_provider_field_or_item_list_is_refused_and_nothing_changes() {
    let sent = common::mission("creative-fixed");
    let mut tampered = sent.clone();
    Field::DepositValue.set(&mut tampered, "20");
    Field::ProviderName.set(&mut tampered, "Quelqu’un d’autre");
    Field::PriceAmount.set(&mut tampered, "1 000");
    let d = draft(sent.clone());
    let e = review(Some(&d), &answer(&sent, tampered, vec![])).unwrap_err();
    assert_eq!(e, ReviewError::Proposal(ProposalError::ProviderOnly(vec![Field::ProviderName, Field::PriceAmount])));
    let mut more = sent.clone();
    more.mission.deliverables.push(cadre::model::Deliverable { id: 9, title: "Site".into(), due: String::new() });
    assert_eq!(review(Some(&d), &answer(&sent, more, vec![])), Err(ReviewError::Proposal(ProposalError::Items)));
    // Hand-edited `sent` and answers alike: the provider's draft still decides.
    let mut both = sent.clone();
    Field::PriceAmount.set(&mut both, "1 000");
    let r = review(Some(&d), &answer(&both, both.clone(), vec![])).unwrap();
    assert_eq!(r.changes().count(), 0);
    assert_eq!(apply(&d.answers, r.changes()), sent);
}

#[test]
fn an_answer_for_a_deleted_draft_or_not_an_answer_is_refused() {
    let sent = common::mission("creative-fixed");
    assert_eq!(review(None, &answer(&sent, sent.clone(), vec![])), Err(ReviewError::DraftGone));
    assert_eq!(review(Some(&draft(sent.clone())), &proposal(sent.clone())), Err(ReviewError::NotAnAnswer));
}

#[test]
fn a_draft_changed_meanwhile_says_so_on_each_change() {
    let sent = common::mission("creative-fixed");
    let mut now = sent.clone();
    Field::DepositValue.set(&mut now, "40");
    Field::Exclusions.set(&mut now, "l’impression des supports");
    let mut proposed = sent.clone();
    Field::DepositValue.set(&mut proposed, "20");
    Field::NoticeDays.set(&mut proposed, "30");
    let r = review(Some(&draft(now.clone())), &answer(&sent, proposed, vec![])).unwrap();
    assert!(r.moved);
    let deposit = r.changes().find(|c| c.field == Field::DepositValue).unwrap();
    assert_eq!((deposit.before.as_str(), deposit.after.as_str()), ("40", "20"));
    assert_eq!(deposit.meanwhile.as_deref(), Some("30"));
    let notice = r.changes().find(|c| c.field == Field::NoticeDays).unwrap();
    assert_eq!(notice.meanwhile, None);
    // What the provider changed meanwhile and the client did not stays.
    let next = apply(&now, r.changes());
    assert_eq!(Field::Exclusions.get(&next), "l’impression des supports");
}

// Check.

#[test]
fn a_fingerprint_is_checked_against_the_versions_at_hand() {
    let a = common::mission("creative-fixed");
    let mut b = a.clone();
    Field::DepositValue.set(&mut b, "20");
    let versions = [Version::of(13, &b), Version::of(12, &a)];
    let fa = Fingerprint::of_answers(&a);
    assert_eq!(check(&fa.full(), &versions), Verdict::Matches { rev: 12, short: false });
    assert_eq!(check(&fa.short().to_lowercase(), &versions), Verdict::Matches { rev: 12, short: true });
    assert_eq!(check(&fa.hex(), &versions[..1]), Verdict::NoMatch);
    assert_eq!(check("1234", &versions), Verdict::NotAFingerprint);
}

// Any answers, any bytes.

/// Answers for proptest: a reference mission, then any text or choice in any field.
fn any_answers() -> impl Strategy<Value = Answers> {
    let edits = proptest::collection::vec((any::<prop::sample::Index>(), any::<String>()), 0..16);
    (0..common::MISSIONS.len(), edits).prop_map(|(m, edits)| {
        let mut a = common::mission(common::MISSIONS[m]);
        let fields = a.fields();
        for (which, text) in edits {
            let f = *which.get(&fields);
            let value = match f.kind() {
                cadre::model::FieldKind::Bool => (text.len() % 2 == 0).to_string(),
                cadre::model::FieldKind::Choice(keys) => keys[text.len() % keys.len()].to_string(),
                _ => text,
            };
            f.set(&mut a, &value);
        }
        a
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_answers_round_trip_exactly(a in any_answers(), comment in any::<String>()) {
        let comments = vec![Comment { section: Section::Scope, text: comment.chars().take(2_000).collect() }];
        let m = answer(&common::mission("creative-fixed"), a, comments);
        prop_assert_eq!(opened(&frame_of_link(&link::link(PAGE, &seal(&m))).unwrap()), m);
    }

    #[test]
    fn any_bytes_or_text_are_refused_without_a_panic(bytes in any::<Vec<u8>>(), text in any::<String>()) {
        prop_assert!(open(&bytes).is_err());
        let _ = frame_of_link(&text).map(|f| open(&f));
        let _ = frame_of_link(&format!("#cadre={text}")).map(|f| open(&f));
        let _ = frame_of_file(&bytes).map(open);
    }
}
