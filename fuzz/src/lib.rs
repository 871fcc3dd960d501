//! Shared by the fuzz targets: answers built from the fuzzer's bytes, and the
//! properties every writer must keep (`props`, also included by tests/hostile.rs).

pub mod props;

use arbitrary::{Result, Unstructured};
use cadre::model::{Answers, Deliverable, FieldKind, Milestone};

/// Pieces of hostile text: the syntax of every output format, the characters the
/// writers drop or replace, and numbers, amounts and dates at the parsers' edges.
pub const SNIPPETS: &[&str] = &[
    "<",
    ">",
    "&",
    "\"",
    "'",
    "(",
    ")",
    "\\",
    "*",
    "_",
    "`",
    "#",
    "[",
    "]",
    "|",
    "~",
    "!",
    "-",
    "+",
    "=",
    ".",
    ":",
    "\n",
    "\r",
    "\r\n",
    "\t",
    " ",
    "    ",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=javascript:alert(1)>",
    "</p></article><script>",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&#x3c;",
    "&lt;",
    "<w:t>",
    "</w:t></w:r>",
    ") Tj ET (",
    "\\(",
    "\\)",
    ")\\",
    "endstream",
    "endobj",
    "%%EOF",
    "<<",
    ">>",
    "--",
    "---",
    "***",
    "___",
    "===",
    "# ",
    "## ",
    "> ",
    "- ",
    "+ ",
    "* ",
    "1. ",
    "1) ",
    "```",
    "~~~",
    "[a](javascript:x)",
    "![i](x)",
    "[^1]",
    "<http://x>",
    "| a | b |",
    "|---|",
    "<!--",
    "-->",
    "\u{0}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{9f}",
    "\u{a0}",
    "\u{ad}",
    "\u{200b}",
    "\u{200d}",
    "\u{200e}",
    "\u{202e}",
    "\u{202f}",
    "\u{2028}",
    "\u{2029}",
    "\u{2066}",
    "\u{3000}",
    "\u{fe0f}",
    "\u{feff}",
    "\u{fffd}",
    "\u{fffe}",
    "\u{ffff}",
    "€",
    "œ",
    "é",
    "ﬁ",
    "😀",
    "👩\u{200d}💻",
    "字",
    "ب",
    "e\u{301}",
    "1e309",
    "NaN",
    "Infinity",
    "−5",
    "-5",
    "-0",
    "٣٤",
    "0",
    "00",
    "0,5",
    "999999999999",
    "9999999999999",
    "999999",
    "1000000",
    "100",
    "101",
    "61",
    "1 200,50",
    "1,200.50",
    "12,345",
    "0,001",
    "1.2.3",
    "2026-02-30",
    "2026-11-27",
    "2027-01-01",
    "0000-01-01",
    "+10000-01-01",
    "%",
    "@",
    "a@b.c",
    "812 345 676",
    "523 456 788",
];

/// A text made of snippets, arbitrary strings, numbers and characters.
pub fn text(u: &mut Unstructured) -> Result<String> {
    let mut s = String::new();
    for _ in 0..u.int_in_range(0..=6)? {
        match u.int_in_range(0..=3)? {
            0 => s.push_str(u.choose(SNIPPETS)?),
            1 => s.push_str(u.arbitrary::<&str>()?),
            2 => s.push_str(&u.arbitrary::<u64>()?.to_string()),
            _ => s.push(u.arbitrary::<char>()?),
        }
    }
    Ok(s)
}

/// Answers from fuzzer bytes: a reference mission (or the defaults), lists of 0–3
/// deliverables and milestones, then edits of any field: text fields get hostile
/// text, booleans and choices one of their values.
pub fn answers(u: &mut Unstructured) -> Result<Answers> {
    let pick = u.int_in_range(0..=props::MISSIONS.len())?;
    let mut a = if pick == props::MISSIONS.len() { Answers::default() } else { props::mission(pick) };
    if u.arbitrary()? {
        a.mission.deliverables =
            (0..u.int_in_range(0..=3u32)?).map(|i| Deliverable { id: 10 + i, ..Default::default() }).collect();
    }
    if u.arbitrary()? {
        a.payment.milestones =
            (0..u.int_in_range(0..=3u32)?).map(|i| Milestone { id: 20 + i, ..Default::default() }).collect();
    }
    let fields = a.fields();
    for _ in 0..64 {
        if u.is_empty() {
            break;
        }
        let f = *u.choose(&fields)?;
        match f.kind() {
            FieldKind::Bool => f.set(&mut a, if u.arbitrary()? { "true" } else { "false" }),
            FieldKind::Choice(keys) => f.set(&mut a, u.choose(keys)?),
            _ => f.set(&mut a, &text(u)?),
        }
    }
    Ok(a)
}
