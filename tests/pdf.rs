//! Native tests of the PDF writer: file structure, `qpdf --check`, and text extracted
//! back with `pdftotext` (accents, WinAnsi punctuation, page numbers, headings never
//! stranded, nothing outside the page).
//!
//! Tests needing qpdf / poppler-utils fail, saying what to install, when the tool is
//! missing (skipped with a note only when `CADRE_ALLOW_MISSING_TOOLS` is set).

mod common;

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;

use cadre::document::{
    plain, Annex, Article, Block, Document, Inline, Meta, PartyBlock, Section, Signatures, Signer, Table,
};
use cadre::model::Lang;
use cadre::render::{pdf, RenderWarning};

const PDF_TOOLS: &str = "Debian: apt-get install qpdf poppler-utils";

const NNBSP: char = '\u{202F}';

fn text(s: &str) -> Inline {
    Inline::Text(s.to_string())
}

fn para(inlines: Vec<Inline>) -> Block {
    Block::Paragraph(inlines)
}

/// Filler sentences, so the body runs over several pages (no "W" in them: the long
/// word is made of W and counted).
fn filler(n: u32, sentences: usize) -> String {
    let base = [
        "Le Prestataire exécute la mission avec le soin et la diligence d’un professionnel averti.",
        "Il informe le Client sans délai de toute difficulté susceptible d’affecter le calendrier.",
        "Les livrables sont remis au format convenu, accompagnés d’une notice d’utilisation.",
        "Chaque partie désigne un interlocuteur chargé du suivi de la mission.",
        "Les échanges écrits par courrier électronique valent preuve entre les parties.",
    ];
    (0..sentences).map(|i| base[(i + n as usize) % base.len()]).collect::<Vec<_>>().join(" ")
}

fn article(number: u32, title: &str, section: Section, body: Vec<Block>) -> Block {
    Block::Article(Article { number, title: title.to_string(), section, body })
}

const FRENCH: &str = "L’œuvre « Cadre » coûte 1\u{202F}500 € HT\u{202F}; êtes-vous sûr\u{202F}? \
    Ça dépend\u{202F}: oui\u{202F}! Où ça\u{202F}? Élément Œdipe à Noël, déjà vu — façon «\u{a0}naïve\u{a0}» … \
    le cœur, l’été, Ùrsula, le maïs.";

const ESCAPES: &str = "Parenthèses (ouvrante et fermante), une barre \\ inverse, ) seule et ( seule.";

const SYMBOLS: &str = "Merci 👍 et 字 à bientôt\u{7}.";

fn long_word() -> String {
    "W".repeat(10_000)
}

fn sample(draft: bool, lang: Lang) -> Document {
    let mut blocks = vec![
        Block::Parties(vec![
            PartyBlock {
                role: "Le Prestataire".into(),
                lines: vec![
                    vec![Inline::Strong("Camille Durand".into()), text(", entrepreneuse individuelle")],
                    vec![text("12 rue de l’Église, 75011 Paris — SIRET 123\u{a0}456\u{a0}789\u{a0}00012")],
                ],
            },
            PartyBlock {
                role: "Le Client".into(),
                lines: vec![vec![Inline::Strong("Société Œnologie & Cie (SAS)".into()), text(", représentée par sa gérante")]],
            },
        ]),
        article(1, "Objet", Section::Object, vec![
            para(vec![text("Le présent contrat a pour objet la "), Inline::Strong("refonte du site".into()), text(" du Client, "), Inline::Em("dans les conditions ci-après".into()), text(".")]),
            para(vec![text(FRENCH)]),
        ]),
        article(2, "Périmètre", Section::Scope, vec![
            para(vec![text("La mission comprend :")]),
            Block::List { ordered: false, items: vec![
                vec![text("la conception graphique de dix gabarits de pages ;")],
                vec![text("l’intégration responsive, "), Inline::Em("accessible".into()), text(", et testée sur les navigateurs récents, avec une longue phrase qui occupe plusieurs lignes pour vérifier le retrait suspendu.")],
                vec![text("la formation de l’équipe du Client.")],
            ]},
            para(vec![text(ESCAPES)]),
        ]),
        article(3, "Prix et paiement", Section::Price, vec![
            para(vec![text("Le prix est payé selon l’échéancier suivant :")]),
            Block::Table(Table {
                header: vec!["Échéance".into(), "Déclencheur".into(), "Montant HT".into(), "TTC".into()],
                rows: vec![
                    vec!["Acompte".into(), "À la signature".into(), "1\u{202F}500,00 €".into(), "1\u{202F}800,00 €".into()],
                    vec!["Deuxième versement".into(), "Livraison des maquettes validées par le Client".into(), "3\u{202F}000,00 €".into(), "3\u{202F}600,00 €".into()],
                    vec!["Solde".into(), "Recette".into(), "500,00 €".into(), "600,00 €".into()],
                ],
                right_aligned: vec![2, 3],
            }),
            Block::List { ordered: true, items: (1..=11).map(|i| vec![text(&format!("Étape numéro {i} du calendrier de paiement."))]).collect() },
        ]),
        article(4, "Caractères", Section::General, vec![
            para(vec![text(SYMBOLS)]),
            para(vec![text("Mot très long : "), text(&long_word()), text(" fin.")]),
        ]),
    ];
    for n in 5..=16 {
        let body =
            (0..(n % 3 + 1)).map(|i| para(vec![text(&filler(n + i, 3 + (n as usize * 7 + i as usize) % 6))])).collect();
        blocks.push(article(n, &format!("Clause générale numéro {n}"), Section::General, body));
    }
    blocks.push(Block::Signatures(Signatures {
        place_and_date: "Fait à Paris, le 1er mars 2025, en deux exemplaires.".into(),
        parties: vec![
            Signer {
                role: "Le Prestataire".into(),
                name: "Camille Durand".into(),
                capacity: "Entrepreneuse individuelle".into(),
                mention: "« Lu et approuvé »".into(),
            },
            Signer {
                role: "Le Client".into(),
                name: "Jérôme Lefèvre".into(),
                capacity: "Gérant".into(),
                mention: "« Lu et approuvé »".into(),
            },
        ],
    }));
    Document {
        lang,
        title: "Contrat de prestation de services".into(),
        subtitle: "Refonte du site « Œnologie » — été 2025".into(),
        draft_mark: draft.then(|| "PROJET".to_string()),
        stamp: None,
        fingerprint: None,
        meta: Meta {
            title: "Contrat de prestation – Société Œnologie".into(),
            author: "Camille Durand".into(),
            created: chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("valid date"),
            footer: "Contrat de prestation — Camille Durand / Œnologie".into(),
        },
        blocks,
        annexes: vec![Annex {
            title: "Annexe 1 – Formulaire de rétractation".into(),
            body: vec![
                para(vec![text("À l’attention de Camille Durand, 12 rue de l’Église, 75011 Paris.")]),
                para(vec![text("Date : "), Inline::Blank]),
            ],
        }],
        breaches: Vec::new(),
    }
}

/// Every paragraph, list item, cell and line of the document as plain text.
fn texts(doc: &Document) -> Vec<String> {
    fn walk(blocks: &[Block], out: &mut Vec<String>) {
        for block in blocks {
            match block {
                Block::Article(a) => {
                    out.push(a.title.clone());
                    walk(&a.body, out);
                }
                Block::Parties(ps) => {
                    for p in ps {
                        out.push(p.role.clone());
                        out.extend(p.lines.iter().map(|l| plain(l)));
                    }
                }
                Block::Paragraph(p) => out.push(plain(p)),
                Block::List { items, .. } => out.extend(items.iter().map(|i| plain(i))),
                Block::Table(t) => {
                    out.extend(t.header.iter().cloned());
                    out.extend(t.rows.iter().flatten().cloned());
                }
                Block::Signatures(s) => {
                    out.push(s.place_and_date.clone());
                    for p in &s.parties {
                        out.extend([p.role.clone(), p.name.clone(), p.capacity.clone(), p.mention.clone()]);
                    }
                }
                Block::Drawings(ds) => out.extend(ds.iter().map(|d| d.caption.clone())),
            }
        }
    }
    let mut out = vec![doc.title.clone(), doc.subtitle.clone()];
    walk(&doc.blocks, &mut out);
    for a in &doc.annexes {
        out.push(a.title.clone());
        walk(&a.body, &mut out);
    }
    out
}

/// Spaces of any kind become one U+0020; control characters go.
fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .map(|c| if c.is_whitespace() || c == NNBSP || c == '\u{a0}' { ' ' } else { c })
        .collect::<String>()
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn run(tool: &str, args: &[&str], path: &Path) -> std::process::Output {
    Command::new(tool).args(args).arg(path).output().unwrap_or_else(|e| panic!("{tool}: {e}"))
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn structure_metadata_and_warnings() {
    let doc = sample(true, Lang::Fr);
    let out = pdf::write(&doc);
    let bytes = &out.bytes;
    assert!(bytes.starts_with(b"%PDF-"), "no PDF header");
    assert!(bytes.trim_ascii_end().ends_with(b"%%EOF"), "no %%EOF at the end");
    assert_eq!(out.warnings, vec![RenderWarning::Substituted { chars: vec!['👍', '字'] }]);
    // The writer is compact (no space between a name and a delimiter).
    for needle in [
        &b"/Lang(fr-FR)"[..],
        b"/CreationDate(D:20250301000000Z)",
        b"/Author(Camille Durand)",
        b"+CadreSans-Italic",
        b"/Encoding/Identity-H",
        b"/FontFile2",
        b"/ToUnicode",
        b"/StructTreeRoot",
        b"/Marked true",
        b"/OutputIntents",
        b"/S/GTS_PDFA1",
        b"<pdfaid:part>2</pdfaid:part>",
        b"<pdfaid:conformance>B</pdfaid:conformance>",
        b"/Filter/FlateDecode",
        b"/MediaBox[0 0 595 842]",
    ] {
        assert!(contains(bytes, needle), "missing {}", String::from_utf8_lossy(needle));
    }
    // The non-ASCII title is a UTF-16BE text string with a byte order mark.
    assert!(contains(bytes, b"/Title<FEFF"), "title is not UTF-16BE");

    let english = pdf::write(&sample(false, Lang::En));
    assert!(contains(&english.bytes, b"/Lang(en-GB)"));
}

#[test]
fn qpdf_check_passes() {
    if !common::have("qpdf", PDF_TOOLS) {
        return;
    }
    for (name, doc) in [("check-fr.pdf", sample(true, Lang::Fr)), ("check-en.pdf", sample(false, Lang::En))] {
        let path = common::save("pdf", name, &pdf::write(&doc).bytes);
        let out = run("qpdf", &["--check"], &path);
        assert!(
            out.status.success(),
            "qpdf --check failed on {}:\n{}{}",
            path.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn info_dictionary_reads_back() {
    if !common::have("pdfinfo", PDF_TOOLS) {
        return;
    }
    let path = common::save("pdf", "info.pdf", &pdf::write(&sample(true, Lang::Fr)).bytes);
    let info = String::from_utf8_lossy(&run("pdfinfo", &["-isodates"], &path).stdout).into_owned();
    assert!(info.contains("Contrat de prestation – Société Œnologie"), "{info}");
    assert!(info.contains("Camille Durand"), "{info}");
    assert!(info.contains("2025-03-01T00:00:00"), "{info}");
    assert!(info.contains("595 x 842 pts (A4)"), "{info}");
}

#[test]
fn text_comes_back_with_accents_and_page_numbers() {
    if !common::have("pdftotext", PDF_TOOLS) {
        return;
    }
    let doc = sample(true, Lang::Fr);
    let path = common::save("pdf", "text.pdf", &pdf::write(&doc).bytes);
    let extracted = common::pdftotext(&path, &[]);
    let flat = normalize(&extracted);
    let tokens: HashSet<&str> = flat.split(' ').collect();

    // Every word of every text comes back, accents and punctuation included.
    let long = long_word();
    for t in texts(&doc) {
        for word in normalize(&t).split(' ').filter(|w| !w.is_empty()) {
            if word.contains('…') || word.contains(&long[..50]) || word.chars().any(|c| c == '👍' || c == '字') {
                continue;
            }
            assert!(tokens.contains(word), "word {word:?} of {t:?} is missing from the extracted text");
        }
    }
    // Short texts come back whole, in order.
    for t in [FRENCH, ESCAPES, "Merci ? et ? à bientôt."] {
        assert!(flat.contains(&normalize(t)), "{t:?} not found in:\n{flat}");
    }
    for s in ["«", "»", "€", "œ", "Œ", "’", "—", "…"] {
        assert!(extracted.contains(s), "{s} is missing");
    }
    // The 10 000-letter word is all there, cut across lines and pages.
    assert_eq!(extracted.matches('W').count(), long.len());

    // "X / Y" on every page, and no page ends with an article heading.
    let pages: Vec<&str> = extracted.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    let total = pages.len();
    assert!(total >= 5, "expected a multi-page document, got {total} pages");
    for (i, page) in pages.iter().enumerate() {
        let number = format!("{} / {total}", i + 1);
        assert!(page.contains(&number), "page {} lacks {number:?}", i + 1);
        assert!(page.lines().any(|l| l.trim() == "PROJET"), "page {} lacks the draft mark", i + 1);
        let lines: Vec<&str> = page
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.contains(&number) && !l.starts_with("Contrat de prestation —"))
            .filter(|l| *l != "PROJET")
            .collect();
        let last = lines.last().copied().unwrap_or_default();
        assert!(!last.starts_with("Article "), "page {} ends with the heading {last:?}", i + 1);
    }
    // The annex starts on a page of its own.
    let annex = pages.iter().position(|p| p.contains("Annexe 1")).expect("annex page");
    assert!(!pages[annex].contains("Fait à Paris"), "the annex shares a page with the signatures");
}

#[test]
fn nothing_is_drawn_outside_the_margins() {
    if !common::have("pdftotext", PDF_TOOLS) {
        return;
    }
    // Every word box sits inside the margins (the draft stamp too).
    let path = common::save("pdf", "bbox.pdf", &pdf::write(&hostile()).bytes);
    let html = common::pdftotext(&path, &["-bbox"]);
    let attr = |s: &str, name: &str| -> f64 {
        let start = s.find(&format!("{name}=\"")).map(|i| i + name.len() + 2).expect("attribute");
        s[start..].split('"').next().and_then(|v| v.parse().ok()).expect("number")
    };
    let mut words = 0;
    for word in html.split("<word ").skip(1) {
        let (x0, x1, y1) = (attr(word, "xMin"), attr(word, "xMax"), attr(word, "yMax"));
        assert!(x0 >= 60.0 && x1 <= 535.5, "word outside the margins: {}", &word[..word.len().min(120)]);
        assert!(y1 <= 842.0 - 20.0, "word in the bottom edge: {}", &word[..word.len().min(120)]);
        words += 1;
    }
    assert!(words > 100);
}

/// A document built to break things: huge cells, many columns, many signers, empty
/// strings, a word longer than a page in a table cell.
fn hostile() -> Document {
    let mut doc = sample(true, Lang::En);
    doc.draft_mark = Some("DRAFT – DO NOT SIGN ".repeat(20));
    doc.title = "X".repeat(300);
    doc.subtitle = String::new();
    doc.meta.footer = "F ".repeat(200);
    doc.blocks.push(Block::Table(Table {
        header: (0..8).map(|i| format!("Column header number {i}")).collect(),
        rows: vec![(0..8).map(|i| "cell ".repeat(i * 5)).collect(), vec!["Z".repeat(3000), String::new()], vec![]],
        right_aligned: vec![1, 7, 99],
    }));
    doc.blocks.push(Block::Table(Table { header: vec![], rows: vec![], right_aligned: vec![] }));
    doc.blocks.push(Block::List { ordered: true, items: (0..150).map(|i| vec![text(&format!("item {i}"))]).collect() });
    doc.blocks.push(para(vec![]));
    doc.blocks.push(article(99, "", Section::General, vec![]));
    doc.blocks.push(article(100, "Heading without body, then another", Section::General, vec![]));
    doc.blocks.push(Block::Signatures(Signatures {
        place_and_date: String::new(),
        parties: (0..5)
            .map(|i| Signer {
                role: format!("Party {i}"),
                name: "N".repeat(80),
                capacity: String::new(),
                mention: "Read and approved".into(),
            })
            .collect(),
    }));
    doc
}

#[test]
fn hostile_document_is_still_a_valid_pdf() {
    let out = pdf::write(&hostile());
    assert!(out.bytes.starts_with(b"%PDF-"));
    let empty = Document { blocks: vec![], annexes: vec![], ..sample(false, Lang::En) };
    assert!(pdf::write(&empty).bytes.trim_ascii_end().ends_with(b"%%EOF"));
    if common::have("qpdf", PDF_TOOLS) {
        let path = common::save("pdf", "hostile.pdf", &out.bytes);
        let check = run("qpdf", &["--check"], &path);
        assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stdout));
    }
}
