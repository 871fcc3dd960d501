//! Native tests of the DOCX writer: ZIP container, XML well-formedness, content, and
//! read-back with python-docx (a missing python3 / python-docx fails the test, saying
//! what to install; skipped with a note only when `CADRE_ALLOW_MISSING_TOOLS` is set).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cadre::document::{Annex, Article, Block, Document, Inline, Meta, PartyBlock, Section, Signatures, Signer, Table};
use cadre::model::Lang;
use cadre::render::docx;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const HOSTILE: &str = "<script>alert('x')</script> & ]]> \u{1}\u{b}\u{7f} \"quoted\" \u{202E}evil\u{202C} 🎉\u{FFFE}";
const ACCENTS: &str = "é è à ç ù œ « » € ’";

fn t(s: &str) -> Inline {
    Inline::Text(s.to_string())
}

fn para(s: &str) -> Block {
    Block::Paragraph(vec![t(s)])
}

fn article(number: u32, title: &str, body: Vec<Block>) -> Block {
    Block::Article(Article { number, title: title.to_string(), section: Section::General, body })
}

/// A contract covering every block and inline kind, accents and hostile strings.
fn sample() -> Document {
    let filler = "Chacune des parties s’engage à exécuter le présent contrat de bonne foi, \
        à coopérer loyalement et à informer l’autre partie sans délai de toute difficulté \
        susceptible d’en affecter la bonne exécution.";
    Document {
        lang: Lang::Fr,
        title: "Contrat de prestation de services".into(),
        subtitle: "Refonte du site « Boulangerie Œillet »".into(),
        draft_mark: Some("Projet".into()),
        stamp: None,
        fingerprint: None,
        meta: Meta {
            title: "Contrat – Boulangerie Œillet & Cie".into(),
            author: format!("Zoé Durand {HOSTILE}"),
            created: chrono::NaiveDate::from_ymd_opt(2025, 3, 14).expect("valid date"),
            footer: "Contrat de prestation – Zoé Durand / Boulangerie Œillet".into(),
        },
        blocks: vec![
            Block::Parties(vec![
                PartyBlock {
                    role: "Le Prestataire".into(),
                    lines: vec![
                        vec![Inline::Strong("Zoé Durand".into()), t(", entrepreneuse individuelle")],
                        vec![t("12 rue de l’Église, 69001 Lyon")],
                        vec![t("SIRET 123 456 789 00012")],
                    ],
                },
                PartyBlock {
                    role: "Le Client".into(),
                    lines: vec![vec![Inline::Strong("Boulangerie Œillet SARL".into())], vec![t(HOSTILE)]],
                },
            ]),
            article(
                1,
                "Objet",
                vec![Block::Paragraph(vec![
                    t("Le présent contrat a pour objet "),
                    Inline::Strong("la refonte du site".into()),
                    t(" décrite ci-après. "),
                    Inline::Em("Première ligne\nseconde ligne\r\ntroisième".into()),
                    t("  deux espaces\tet une tabulation. Date : "),
                    Inline::Blank,
                ])],
            ),
            article(
                2,
                "Périmètre & livrables",
                vec![
                    para(ACCENTS),
                    Block::List {
                        ordered: false,
                        items: vec![vec![t("maquettes")], vec![t("intégration"), Inline::Em(" responsive".into())]],
                    },
                    Block::List {
                        ordered: true,
                        items: vec![vec![t("cadrage")], vec![t("conception")], vec![t("livraison")]],
                    },
                    para("Puis une seconde liste numérotée, qui repart à 1 :"),
                    Block::List { ordered: true, items: vec![vec![t("recette")], vec![t("mise en ligne")]] },
                    Block::List { ordered: false, items: vec![] },
                ],
            ),
            article(
                3,
                "Prix – échéancier",
                vec![
                    Block::Table(Table {
                        header: vec!["Étape".into(), "Échéance".into(), "Montant HT".into()],
                        rows: vec![
                            vec!["Acompte".into(), "À la signature".into(), "1 500,00 €".into()],
                            vec!["Livraison".into(), "30 jours".into(), "3 500,00 €".into()],
                            vec!["Total".into()],
                            vec![HOSTILE.into(), "x".into(), "y".into(), "extra".into()],
                        ],
                        right_aligned: vec![2, 99],
                    }),
                    Block::Table(Table { header: vec![], rows: vec![], right_aligned: vec![] }),
                    para(filler),
                ],
            ),
            article(4, &format!("Données {HOSTILE}"), vec![para(HOSTILE), para(filler)]),
            article(5, "Résiliation", (0..12).map(|_| para(filler)).collect()),
            Block::Signatures(Signatures {
                place_and_date: "Fait à Lyon, le 14 mars 2025, en deux exemplaires.".into(),
                parties: vec![
                    Signer {
                        role: "Le Prestataire".into(),
                        name: "Zoé Durand".into(),
                        capacity: "Entrepreneuse individuelle".into(),
                        mention: "« Lu et approuvé »".into(),
                    },
                    Signer {
                        role: "Le Client".into(),
                        name: "Boulangerie Œillet SARL".into(),
                        capacity: "Gérante".into(),
                        mention: "« Lu et approuvé »".into(),
                    },
                    Signer {
                        role: "Le Garant".into(),
                        name: HOSTILE.into(),
                        capacity: String::new(),
                        mention: String::new(),
                    },
                ],
            }),
        ],
        annexes: vec![Annex {
            title: "Annexe 1 – Formulaire de rétractation".into(),
            body: vec![
                para("À l’attention de Zoé Durand, 12 rue de l’Église, 69001 Lyon :"),
                Block::Paragraph(vec![t("Commandé le : "), Inline::Blank]),
                Block::Paragraph(vec![t("Nom du consommateur : "), Inline::Blank]),
                Block::Signatures(Signatures { place_and_date: "Date :".into(), parties: vec![] }),
            ],
        }],
        breaches: Vec::new(),
    }
}

/// A document whose every field is empty.
fn empty() -> Document {
    Document {
        lang: Lang::En,
        title: String::new(),
        subtitle: String::new(),
        draft_mark: Some("   ".into()),
        stamp: None,
        fingerprint: None,
        meta: Meta {
            title: String::new(),
            author: String::new(),
            created: chrono::NaiveDate::MIN,
            footer: String::new(),
        },
        blocks: vec![
            Block::Paragraph(vec![]),
            Block::Parties(vec![PartyBlock { role: String::new(), lines: vec![] }]),
            Block::Table(Table { header: vec![], rows: vec![vec![]], right_aligned: vec![] }),
            Block::Signatures(Signatures { place_and_date: String::new(), parties: vec![] }),
        ],
        annexes: vec![Annex { title: String::new(), body: vec![] }],
        breaches: Vec::new(),
    }
}

// ---------------------------------------------------------------- tiny ZIP reader

fn u16_at(b: &[u8], at: usize) -> usize {
    usize::from(u16::from_le_bytes([b[at], b[at + 1]]))
}

fn u32_at(b: &[u8], at: usize) -> usize {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]) as usize
}

/// Reads every entry through the central directory, checking the local headers,
/// sizes and CRCs. Panics (fails the test) on anything malformed.
fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let end = bytes.len() - 22;
    assert_eq!(u32_at(bytes, end), 0x0605_4b50, "end record");
    let count = u16_at(bytes, end + 10);
    let cd_size = u32_at(bytes, end + 12);
    let mut at = u32_at(bytes, end + 16);
    assert_eq!(at + cd_size, end, "central directory ends at the end record");
    let mut files = BTreeMap::new();
    for _ in 0..count {
        assert_eq!(u32_at(bytes, at), 0x0201_4b50, "central header");
        let method = u16_at(bytes, at + 10);
        let crc = u32_at(bytes, at + 16);
        let csize = u32_at(bytes, at + 20);
        let size = u32_at(bytes, at + 24);
        let name_len = u16_at(bytes, at + 28);
        let skip = name_len + u16_at(bytes, at + 30) + u16_at(bytes, at + 32);
        let offset = u32_at(bytes, at + 42);
        let name = String::from_utf8(bytes[at + 46..at + 46 + name_len].to_vec()).expect("name");
        at += 46 + skip;

        assert_eq!(u32_at(bytes, offset), 0x0403_4b50, "local header of {name}");
        assert_eq!(u16_at(bytes, offset + 8), method, "method of {name}");
        let local_name_len = u16_at(bytes, offset + 26);
        let start = offset + 30 + local_name_len + u16_at(bytes, offset + 28);
        let raw = &bytes[start..start + csize];
        let data = match method {
            0 => raw.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec(raw).expect("inflate"),
            m => panic!("unknown method {m} for {name}"),
        };
        assert_eq!(data.len(), size, "size of {name}");
        assert_eq!(crc32fast::hash(&data) as usize, crc, "CRC of {name}");
        files.insert(name, data);
    }
    files
}

fn text(files: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(files.get(name).unwrap_or_else(|| panic!("missing {name}")).clone()).expect("UTF-8")
}

// ------------------------------------------------------- a small strict XML check

/// Checks that `xml` is well-formed as far as a writer can get it wrong: balanced
/// tags, quoted attributes, no raw `<`/`&` in text, only known entities, and no
/// character XML 1.0 forbids.
fn check_well_formed(name: &str, xml: &str) {
    for c in xml.chars() {
        let ok = matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}') || c >= '\u{10000}';
        assert!(ok, "{name}: forbidden character U+{:04X}", c as u32);
        assert!(!('\u{7f}'..='\u{9f}').contains(&c), "{name}: C1 control U+{:04X}", c as u32);
    }
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = xml;
    let mut roots = 0;
    while let Some(lt) = rest.find('<') {
        check_text(name, &rest[..lt]);
        let after = &rest[lt..];
        let gt = after.find('>').unwrap_or_else(|| panic!("{name}: unclosed tag"));
        let tag = &after[1..gt];
        rest = &after[gt + 1..];
        if tag.starts_with('?') {
            assert!(tag.ends_with('?'), "{name}: bad declaration");
            continue;
        }
        if let Some(closing) = tag.strip_prefix('/') {
            let open = stack.pop().unwrap_or_else(|| panic!("{name}: stray </{closing}>"));
            assert_eq!(open, closing, "{name}: mismatched tags");
            continue;
        }
        let empty = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let element = tag.split_whitespace().next().unwrap_or_else(|| panic!("{name}: empty tag"));
        check_attributes(name, &tag[element.len()..]);
        if stack.is_empty() {
            roots += 1;
        }
        if !empty {
            stack.push(element);
        }
    }
    check_text(name, rest);
    assert!(stack.is_empty(), "{name}: unclosed {stack:?}");
    assert_eq!(roots, 1, "{name}: one root element");
}

fn check_text(name: &str, text: &str) {
    assert!(!text.contains('>') || !text.contains("]]>"), "{name}: raw ]]> in text");
    let mut parts = text.split('&');
    parts.next();
    for p in parts {
        let entity = p.split(';').next().unwrap_or("");
        assert!(
            ["amp", "lt", "gt", "quot", "apos"].contains(&entity) && p.contains(';'),
            "{name}: bad entity &{entity}"
        );
    }
}

fn check_attributes(name: &str, mut attrs: &str) {
    loop {
        attrs = attrs.trim_start();
        if attrs.is_empty() {
            return;
        }
        let eq = attrs.find('=').unwrap_or_else(|| panic!("{name}: attribute without value"));
        let value = &attrs[eq + 1..];
        assert!(value.starts_with('"'), "{name}: unquoted attribute");
        let close = value[1..].find('"').unwrap_or_else(|| panic!("{name}: unterminated attribute"));
        let v = &value[1..1 + close];
        assert!(!v.contains('<'), "{name}: raw < in attribute");
        check_text(name, v);
        attrs = &value[close + 2..];
    }
}

// ------------------------------------------------------------ external tools

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("docx-tests");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir.join(name)
}

/// Plain text as Word will show it: what the writer drops is dropped here too.
fn shown(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
                && c != '\u{fffe}'
                && c != '\u{ffff}'
        })
        .collect()
}

fn heading(a: &Article) -> String {
    shown(&format!("Article {} \u{2013} {}", a.number, a.title))
}

// ------------------------------------------------------------------- tests

const PARTS: [&str; 11] = [
    "[Content_Types].xml",
    "_rels/.rels",
    "docProps/app.xml",
    "docProps/core.xml",
    "word/_rels/document.xml.rels",
    "word/document.xml",
    "word/footer1.xml",
    "word/header1.xml",
    "word/numbering.xml",
    "word/settings.xml",
    "word/styles.xml",
];

#[test]
fn zip_holds_every_part_and_reads_back() {
    let files = unzip(&docx::write(&sample()));
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(names, PARTS);
}

#[test]
fn output_is_deterministic() {
    assert_eq!(docx::write(&sample()), docx::write(&sample()));
}

#[test]
fn every_part_is_well_formed() {
    for doc in [sample(), empty()] {
        for (name, data) in unzip(&docx::write(&doc)) {
            let xml = String::from_utf8(data).expect("UTF-8");
            check_well_formed(&name, &xml);
        }
    }
}

#[test]
fn a_signed_contract_s_stamp_is_in_the_footer_of_every_page() {
    let plain = text(&unzip(&docx::write(&sample())), "word/footer1.xml");
    let doc = Document { stamp: Some("Version 12 · empreinte 3492 C435 6E20 A69C".into()), ..sample() };
    let files = unzip(&docx::write(&doc));
    let footer = text(&files, "word/footer1.xml");
    check_well_formed("word/footer1.xml", &footer);
    assert!(!plain.contains("Version 12"));
    assert!(footer.contains("<w:t>Version 12 · empreinte 3492 C435 6E20 A69C</w:t>"), "{footer}");
}

#[test]
fn empty_document_still_makes_a_package() {
    let files = unzip(&docx::write(&empty()));
    assert!(!files.contains_key("word/header1.xml"), "a blank draft mark adds no header");
    let styles = text(&files, "word/styles.xml");
    assert!(styles.contains("w:val=\"en-GB\""));
    let core = text(&files, "docProps/core.xml");
    assert!(!core.contains("dcterms:created"), "no invalid date for year outside 1..=9999");
}

#[test]
fn document_carries_titles_accents_and_escaped_hostile_text() {
    let doc = sample();
    let files = unzip(&docx::write(&doc));
    let body = text(&files, "word/document.xml");
    for a in doc.articles() {
        let mut escaped = String::new();
        for c in shown(&heading(a)).chars() {
            match c {
                '&' => escaped.push_str("&amp;"),
                '<' => escaped.push_str("&lt;"),
                '>' => escaped.push_str("&gt;"),
                '"' => escaped.push_str("&quot;"),
                '\'' => escaped.push_str("&apos;"),
                c => escaped.push(c),
            }
        }
        assert!(body.contains(&escaped), "article heading {escaped:?}");
    }
    assert!(body.contains(ACCENTS));
    assert!(!body.contains("<script>"));
    assert!(body.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; ]]&gt;"));
    assert!(body.contains("\u{202E}evil") && body.contains("🎉"));
    assert!(body.contains("<w:br/>"), "newlines become breaks");
    assert!(body.contains("<w:tab/>"), "tabs become tabs");
    assert!(body.contains("xml:space=\"preserve\">  deux espaces"));
    assert!(body.contains("<w:tblHeader/>"));
    assert!(body.contains("<w:pageBreakBefore/>"), "annexes start a page");
    assert!(body.contains("\u{2026}\u{2026}"), "blanks are dotted lines");

    let header = text(&files, "word/header1.xml");
    assert!(header.contains(">Projet<"), "draft mark in the header");
    let footer = text(&files, "word/footer1.xml");
    assert!(footer.contains("NUMPAGES") && footer.contains("Zoé Durand / Boulangerie Œillet"));
    let core = text(&files, "docProps/core.xml");
    assert!(core.contains("<dc:title>Contrat – Boulangerie Œillet &amp; Cie</dc:title>"));
    assert!(core.contains(">2025-03-14T00:00:00Z</dcterms:created>"));
    assert!(core.contains("<dc:language>fr-FR</dc:language>"));
    let styles = text(&files, "word/styles.xml");
    assert!(styles.contains("w:val=\"fr-FR\""));
}

#[test]
fn each_ordered_list_restarts() {
    let files = unzip(&docx::write(&sample()));
    let body = text(&files, "word/document.xml");
    assert!(body.contains("<w:numId w:val=\"3\"/>") && body.contains("<w:numId w:val=\"4\"/>"));
    let numbering = text(&files, "word/numbering.xml");
    assert_eq!(numbering.matches("<w:startOverride w:val=\"1\"/>").count(), 2);
}

#[test]
fn parts_parse_with_a_strict_xml_parser() {
    if !common::have_python("xml.dom.minidom", "Debian: apt-get install python3") {
        return;
    }
    let dir = scratch("parts");
    std::fs::create_dir_all(&dir).expect("dir");
    for (i, (name, data)) in unzip(&docx::write(&sample())).into_iter().enumerate() {
        let path = dir.join(format!("{i}.xml"));
        std::fs::write(&path, data).expect("write part");
        let out = Command::new("python3")
            .args(["-c", "import xml.dom.minidom,sys; xml.dom.minidom.parse(sys.argv[1])"])
            .arg(&path)
            .output()
            .expect("python3 runs");
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn python_docx_reads_articles_as_heading_1() {
    if !common::have_python_docx() {
        return;
    }
    let doc = sample();
    let path = scratch("sample.docx");
    std::fs::write(&path, docx::write(&doc)).expect("write docx");
    let script = "import docx, json, sys\n\
d = docx.Document(sys.argv[1])\n\
out = [[p.style.name, p.text] for p in d.paragraphs]\n\
out += [['cell', c.text] for t in d.tables for r in t.rows for c in r.cells]\n\
print(json.dumps(out))\n\
print(json.dumps([d.core_properties.title, d.core_properties.author]))";
    let out = Command::new("python3").args(["-c", script]).arg(&path).output().expect("python3");
    assert!(out.status.success(), "python-docx failed: {}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let mut lines = stdout.lines();
    let paragraphs: Vec<(String, String)> = serde_json::from_str(lines.next().unwrap_or("")).expect("paragraph JSON");
    let core: Vec<String> = serde_json::from_str(lines.next().unwrap_or("")).expect("core JSON");

    let headings: Vec<&str> = paragraphs.iter().filter(|(s, _)| s == "Heading 1").map(|(_, t)| t.as_str()).collect();
    let expected: Vec<String> = doc.articles().map(heading).collect();
    assert_eq!(headings, expected);

    let style_of =
        |text: &str| paragraphs.iter().find(|(_, t)| t == text).map(|(s, _)| s.as_str()).unwrap_or("(absent)");
    assert_eq!(style_of("Contrat de prestation de services"), "Title");
    assert_eq!(style_of("Refonte du site « Boulangerie Œillet »"), "Subtitle");
    assert_eq!(style_of("Le Prestataire"), "Heading 2");
    assert_eq!(style_of("Annexe 1 – Formulaire de rétractation"), "Heading 2");
    assert_eq!(style_of("cadrage"), "List Number");
    assert_eq!(style_of("maquettes"), "List Bullet");
    assert_eq!(style_of(ACCENTS), "Normal");
    let hostile = shown(HOSTILE);
    assert!(paragraphs.iter().any(|(s, t)| s == "Party Details" && *t == hostile));
    assert!(paragraphs.iter().any(|(s, t)| s == "Normal" && *t == hostile));
    let objet = paragraphs.iter().find(|(_, t)| t.starts_with("Le présent contrat")).expect("art. 1");
    assert!(objet.1.contains("Première ligne\nseconde ligne\ntroisième  deux espaces\tet"));
    assert!(paragraphs
        .iter()
        .any(|(_, t)| t
            == "Commandé le : \u{2026}\u{2026}\u{2026}\u{2026}\u{2026}\u{2026}\u{2026}\u{2026}\u{2026}\u{2026}"));
    assert!(paragraphs.iter().any(|(s, t)| s == "cell" && t == "1 500,00 €"));
    assert!(paragraphs
        .iter()
        .any(|(s, t)| s == "cell" && t == "Le Client\nBoulangerie Œillet SARL\nGérante\n« Lu et approuvé »"));
    assert_eq!(core, ["Contrat – Boulangerie Œillet & Cie".to_string(), shown(&doc.meta.author)]);
}
