//! The app's JSON module (`cadre::json`) against serde_json, on generated documents
//! and on mutations of them: the same texts are JSON, they read the same values, and
//! what is read writes back to the same value (the property is `props::check_json`,
//! shared with the `import` fuzz target).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/src/props.rs"]
mod props;

use proptest::prelude::*;

/// A JSON document as text, with random spacing, escapes and number forms.
fn document() -> impl Strategy<Value = String> {
    let ws = prop::sample::select(vec!["", " ", "\n  ", "\t", "\r\n"]);
    let string = prop::collection::vec(
        prop_oneof![
            any::<char>().prop_map(|c| c.to_string()),
            prop::sample::select(vec![
                "\\\"",
                "\\\\",
                "\\/",
                "\\b",
                "\\f",
                "\\n",
                "\\r",
                "\\t",
                "\\u00e9",
                "\\ud83d\\ude00",
                "\\u0000",
                "\\ud800",
                "\\x",
                "\u{2028}",
                "\"",
            ])
            .prop_map(str::to_string),
        ],
        0..6,
    )
    .prop_map(|parts| format!("\"{}\"", parts.concat()));
    let number = prop::sample::select(vec![
        "0",
        "-0",
        "7",
        "42",
        "-12",
        "3.25",
        "1e3",
        "2E-2",
        "-0.5e+7",
        "18446744073709551615",
        "18446744073709551616",
        "1e400",
        "01",
        "1.",
        ".5",
        "+1",
        "--1",
        "1e",
    ])
    .prop_map(str::to_string);
    let leaf = prop_oneof![
        prop::sample::select(vec!["null", "true", "false", "nul", "True"]).prop_map(str::to_string),
        number,
        string.clone(),
    ];
    leaf.prop_recursive(5, 64, 6, move |inner| {
        let ws = ws.clone();
        prop_oneof![
            (prop::collection::vec(inner.clone(), 0..6), ws.clone())
                .prop_map(|(items, w)| format!("[{w}{}{w}]", items.join(&format!("{w},{w}")))),
            (prop::collection::vec((string.clone(), inner), 0..6), ws).prop_map(|(pairs, w)| {
                let members: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}{w}:{w}{v}")).collect();
                format!("{{{w}{}{w}}}", members.join(","))
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn agrees_with_serde_json(doc in document()) {
        props::check_json(&doc);
    }

    #[test]
    fn agrees_with_serde_json_on_damaged_documents(doc in document(), at in any::<prop::sample::Index>(), cut in any::<bool>(), byte in 0x20u8..0x7f) {
        let mut chars: Vec<char> = doc.chars().collect();
        let i = at.index(chars.len() + 1);
        if cut {
            chars.truncate(i);
        } else {
            chars.insert(i, byte as char);
        }
        props::check_json(&chars.into_iter().collect::<String>());
    }
}

#[test]
fn agrees_with_serde_json_on_every_fixture() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut seen = 0;
    let mut dirs = vec![std::path::PathBuf::from(root)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(cadre::json::parse(&text).is_ok(), "{}", path.display());
                props::check_json(&text);
                seen += 1;
            }
        }
    }
    assert!(seen >= 10, "only {seen} fixtures found");
}
