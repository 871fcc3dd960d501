//! Native benchmark of the contract engine: validate, build and render one contract.
//! Prints figures; asserts nothing. `cargo run --release --example bench`

use cadre::document::build::build;
use cadre::model::Answers;
use cadre::render::{self, Format};
use std::time::Instant;

const MISSIONS: [&str; 7] = [
    "creative-fixed",
    "coaching-sessions",
    "free-of-charge",
    "consumer-remote",
    "english-foreign",
    "artisan-insurance",
    // A draft at the caps: 200 deliverables, 100 instalments.
    "at-caps",
];

fn time<F: FnMut()>(iterations: u32, mut f: F) -> f64 {
    f();
    let start = Instant::now();
    for _ in 0..iterations {
        f();
    }
    start.elapsed().as_secs_f64() * 1e6 / iterations as f64
}

fn main() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    println!(
        "{:<20} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}",
        "mission (µs)", "validate", "build", "html", "markdown", "pdf", "docx"
    );
    for name in MISSIONS {
        let path = format!("{}/tests/fixtures/missions/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let answers = Answers::from_json_text(&std::fs::read_to_string(&path).expect("fixture")).expect("json");
        let checked = cadre::validate::check(&answers);
        let doc = build(&checked, today);
        let v = time(2000, || {
            std::hint::black_box(cadre::validate::check(&answers));
        });
        let b = time(2000, || {
            std::hint::black_box(build(&checked, today));
        });
        let h = time(2000, || {
            std::hint::black_box(render::html::fragment(&doc));
        });
        let m = time(2000, || {
            std::hint::black_box(render::markdown::write(&doc));
        });
        let p = time(200, || {
            std::hint::black_box(render::render(&doc, Format::Pdf));
        });
        let d = time(200, || {
            std::hint::black_box(render::render(&doc, Format::Docx));
        });
        println!("{name:<20} {v:>10.1} {b:>10.1} {h:>10.1} {m:>10.1} {p:>10.1} {d:>10.1}");
    }
    let answers = Answers::from_json_text(
        &std::fs::read_to_string(format!("{}/tests/fixtures/missions/creative-fixed.json", env!("CARGO_MANIFEST_DIR")))
            .expect("fixture"),
    )
    .expect("json");
    let all = time(2000, || {
        let checked = cadre::validate::check(&answers);
        let doc = build(&checked, today);
        std::hint::black_box(render::html::fragment(&doc));
    });
    println!("validate + build + render HTML preview, creative-fixed: {all:.1} µs per contract");
}
