//! Renders a saved-answers JSON file to any format, natively.
//!
//! `cargo run --example render -- answers.json --format md [--today 2026-11-27] [--out FILE]`

use cadre::document::build::from_answers;
use cadre::model::Answers;
use cadre::render::{render, Format, RenderWarning};
use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut input = None;
    let mut format = Format::Markdown;
    let mut today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("valid date");
    let mut out_path = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => {
                let f = it.next().map(String::as_str).unwrap_or("");
                format = Format::parse(f)
                    .unwrap_or_else(|| fail(&format!("unknown format {f:?}: use pdf, docx, html or md")));
            }
            "--today" => {
                let d = it.next().map(String::as_str).unwrap_or("");
                today = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                    .unwrap_or_else(|_| fail("--today takes YYYY-MM-DD"));
            }
            "--out" => out_path = it.next().cloned(),
            _ if input.is_none() => input = Some(a.clone()),
            other => fail(&format!("unexpected argument {other:?}")),
        }
    }
    let input = input.unwrap_or_else(|| {
        fail("usage: render ANSWERS.json [--format pdf|docx|html|md] [--today YYYY-MM-DD] [--out FILE]")
    });
    let text = std::fs::read_to_string(&input).unwrap_or_else(|e| fail(&format!("cannot read {input}: {e}")));
    let answers =
        Answers::from_json_text(&text).unwrap_or_else(|e| fail(&format!("{input} is not valid answers JSON: {e}")));
    let (doc, checked) = from_answers(&answers, today);
    for p in &checked.problems {
        eprintln!("problem at {}: {}", p.field.key(), p.message(cadre::model::Lang::En));
    }
    let rendered = render(&doc, format);
    for w in &rendered.warnings {
        let RenderWarning::Substituted { chars } = w;
        eprintln!("warning: characters replaced by '?': {:?}", chars);
    }
    match out_path {
        Some(p) => std::fs::write(&p, &rendered.bytes).unwrap_or_else(|e| fail(&format!("cannot write {p}: {e}"))),
        None => {
            let _ = std::io::stdout().write_all(&rendered.bytes);
        }
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("render: {msg}");
    std::process::exit(2)
}
