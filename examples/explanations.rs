//! Every reference mission's plain-words explanations (`agreement::explain`), in French
//! and English, article by article, to read as a client would (or to give a reviewer):
//!
//!     cargo run --example explanations > /tmp/explanations.txt
//!
//! The missions are those of `tests/fixtures/missions/`.

use cadre::agreement::explain::for_client;
use cadre::document::build::from_answers;
use cadre::model::{Answers, Lang};

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/missions");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/fixtures/missions")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("a date");
    let mut out = String::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let a = Answers::from_json_text(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        for lang in [Lang::Fr, Lang::En] {
            out.push_str(&format!("==== {name}, {lang:?}\n\n"));
            let (doc, _) = from_answers(&a, today);
            for art in doc.articles() {
                let text = for_client(art.section, &a, lang).unwrap_or_else(|| "(no explanation)".into());
                out.push_str(&format!("Article {} – {}\n{text}\n\n", art.number, art.title));
            }
        }
    }
    print!("{out}");
}
