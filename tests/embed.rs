//! URL presets and the embed snippet, natively: table-driven, with hostile values.

use cadre::embed::*;
use cadre::model::{Answers, Field, Lang, ProviderStatus};

fn presets(q: &str) -> Presets {
    parse(q).presets
}

fn reasons(q: &str) -> Vec<(String, Reason)> {
    parse(q).ignored.into_iter().map(|i| (i.key, i.reason)).collect()
}

type Check = fn(&Presets) -> bool;

#[test]
fn each_key_reads_its_values() {
    let table: &[(&str, Check)] = &[
        ("", |p| *p == Presets::default()),
        ("?", |p| *p == Presets::default()),
        ("?embed=1", |p| p.embed),
        ("embed", |p| p.embed),
        ("embed=", |p| p.embed),
        ("embed=true", |p| p.embed),
        ("embed=YES", |p| p.embed),
        ("embed=0", |p| !p.embed),
        ("embed=false", |p| !p.embed),
        ("lang=fr", |p| p.ui_lang == Some(Lang::Fr)),
        ("lang=EN", |p| p.ui_lang == Some(Lang::En)),
        ("lang=en-GB", |p| p.ui_lang == Some(Lang::En)),
        ("lang=fr_CA", |p| p.ui_lang == Some(Lang::Fr)),
        ("contract=en", |p| p.contract_lang == Some(Lang::En) && p.ui_lang.is_none()),
        ("accent=1f5f8b", |p| p.accent == Some(Rgb(0x1f, 0x5f, 0x8b))),
        ("accent=%231F5F8B", |p| p.accent == Some(Rgb(0x1f, 0x5f, 0x8b))),
        ("accent=15a", |p| p.accent == Some(Rgb(0x11, 0x55, 0xaa))),
        ("name=Camille+Moreau", |p| p.provider.name.as_deref() == Some("Camille Moreau")),
        ("name=%C3%89lodie%20Caf%C3%A9", |p| p.provider.name.as_deref() == Some("Élodie Café")),
        ("name=++Camille++", |p| p.provider.name.as_deref() == Some("Camille")),
        ("siren=812+345+676", |p| p.provider.siren.as_deref() == Some("812345676")),
        ("siren=812.345.676.00012", |p| p.provider.siren.as_deref() == Some("81234567600012")),
        ("address=12+rue+des+Lilas%0A69003+Lyon", |p| {
            p.provider.address.as_deref() == Some("12 rue des Lilas\n69003 Lyon")
        }),
        ("address=12+rue%0D%0ALyon", |p| p.provider.address.as_deref() == Some("12 rue\nLyon")),
        ("email=camille%40exemple.fr", |p| p.provider.email.as_deref() == Some("camille@exemple.fr")),
        ("email=camille@exemple.fr", |p| p.provider.email.as_deref() == Some("camille@exemple.fr")),
        ("vat=franchise", |p| p.provider.vat == Some(Vat::Franchise)),
        ("vat=LIABLE", |p| p.provider.vat == Some(Vat::Liable)),
        ("status=micro_entrepreneur", |p| p.provider.status == Some(ProviderStatus::MicroEntrepreneur)),
        ("status=company", |p| p.provider.status == Some(ProviderStatus::Company)),
        ("LANG=en&Embed=1", |p| p.ui_lang == Some(Lang::En) && p.embed),
        ("utm_source=blog&lang=fr&fbclid=x", |p| p.ui_lang == Some(Lang::Fr)),
        ("lang=en#lang=fr", |p| p.ui_lang == Some(Lang::En)),
        ("embed=1&lang=fr&contract=en", |p| {
            p.embed && p.ui_lang == Some(Lang::Fr) && p.contract_lang == Some(Lang::En)
        }),
    ];
    for (q, ok) in table {
        let parsed = parse(q);
        assert!(ok(&parsed.presets), "{q:?} gave {:?}", parsed.presets);
        assert!(parsed.ignored.is_empty(), "{q:?} ignored {:?}", parsed.ignored);
    }
}

#[test]
fn hostile_values_are_ignored_never_a_crash() {
    let long_name = format!("name={}", "a".repeat(MAX_NAME + 1));
    let long_address = format!("address={}", "b".repeat(MAX_ADDRESS + 1));
    let long_email = format!("email={}@x.fr", "c".repeat(MAX_EMAIL));
    let table: &[(&str, &str, Reason)] = &[
        ("embed=maybe", "embed", Reason::Invalid),
        ("lang=de", "lang", Reason::Invalid),
        ("lang=", "lang", Reason::Invalid),
        ("lang=%66%72%00", "lang", Reason::Invalid),
        ("contract=klingon", "contract", Reason::Invalid),
        ("accent=red", "accent", Reason::Invalid),
        ("accent=12345", "accent", Reason::Invalid),
        ("accent=1f5f8bff", "accent", Reason::Invalid),
        ("accent=gggggg", "accent", Reason::Invalid),
        ("accent=%E2%80%AE1f5f8b", "accent", Reason::Invalid),
        ("accent=1f5f8b;color:red", "accent", Reason::Invalid),
        ("accent=1f5f8b)%3Bbackground:url(x", "accent", Reason::Invalid),
        ("name=", "name", Reason::Invalid),
        ("name=+++", "name", Reason::Invalid),
        ("name=Camille%00Moreau", "name", Reason::Invalid),
        ("name=Camille%0AMoreau", "name", Reason::Invalid),
        ("name=%E2%80%AEuaeroM", "name", Reason::Invalid),
        ("name=%1B%5B31m", "name", Reason::Invalid),
        (&long_name, "name", Reason::TooLong),
        (&long_address, "address", Reason::TooLong),
        ("address=rue%00", "address", Reason::Invalid),
        ("siren=12345", "siren", Reason::Invalid),
        ("siren=81234567A", "siren", Reason::Invalid),
        ("siren=%EF%BC%98%EF%BC%91%EF%BC%92345676", "siren", Reason::Invalid),
        ("email=camille", "email", Reason::Invalid),
        ("email=@exemple.fr", "email", Reason::Invalid),
        ("email=a@b", "email", Reason::Invalid),
        ("email=a@b.", "email", Reason::Invalid),
        ("email=a@@b.fr", "email", Reason::Invalid),
        ("email=a%20b@c.fr", "email", Reason::Invalid),
        ("email=%3Cscript%3E@x.fr", "email", Reason::Invalid),
        ("email=a@b.fr%0ABcc:x@y.fr", "email", Reason::Invalid),
        (&long_email, "email", Reason::TooLong),
        ("vat=maybe", "vat", Reason::Invalid),
        ("status=ceo", "status", Reason::Invalid),
        ("status=Company%00", "status", Reason::Invalid),
        ("name=%", "name", Reason::BadEncoding),
        ("name=%zz", "name", Reason::BadEncoding),
        ("name=%C3", "name", Reason::BadEncoding),
        ("name=%FF%FE", "name", Reason::BadEncoding),
        ("name=%E2%82", "name", Reason::BadEncoding),
    ];
    for (q, key, reason) in table {
        let parsed = parse(q);
        assert_eq!(parsed.presets, Presets::default(), "{q:?} set something");
        assert_eq!(reasons(q), vec![(key.to_string(), *reason)], "{q:?}");
    }
}

#[test]
fn a_bad_parameter_leaves_the_good_ones() {
    let p = parse("?embed=1&lang=xx&contract=en&accent=nope&name=Camille&email=bad");
    assert!(p.presets.embed);
    assert_eq!(p.presets.ui_lang, None);
    assert_eq!(p.presets.contract_lang, Some(Lang::En));
    assert_eq!(p.presets.accent, None);
    assert_eq!(p.presets.provider.name.as_deref(), Some("Camille"));
    let keys: Vec<&str> = p.ignored.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["lang", "accent", "email"]);
}

#[test]
fn the_first_of_a_repeated_key_counts() {
    let p = parse("lang=fr&lang=en&lang=de");
    assert_eq!(p.presets.ui_lang, Some(Lang::Fr));
    assert_eq!(reasons("lang=fr&lang=en"), vec![("lang".into(), Reason::Repeated)]);
    // A refused first value still takes the key: a later one cannot sneak in.
    assert_eq!(presets("lang=xx&lang=en").ui_lang, None);
}

#[test]
fn huge_or_numerous_queries_are_cut() {
    let many: String = (0..200).map(|i| format!("x{i}=1&")).collect::<String>() + "lang=en";
    let p = parse(&many);
    assert_eq!(p.presets.ui_lang, None);
    assert_eq!(p.ignored, vec![Ignored { key: "lang".into(), reason: Reason::OverLimit }]);

    let padding = format!("pad={}", "z".repeat(MAX_QUERY_BYTES));
    assert!(!presets(&format!("{padding}&embed=1")).embed);
    assert!(presets(&format!("embed=1&{padding}")).embed, "pairs before the limit still count");

    // Megabytes of junk parse quickly and set nothing.
    let junk = "%".repeat(1 << 20) + &"&=".repeat(1 << 18) + &"\u{202e}".repeat(1000);
    assert_eq!(presets(&junk), Presets::default());
}

#[test]
fn the_query_round_trips() {
    let full = Presets {
        embed: true,
        ui_lang: Some(Lang::En),
        contract_lang: Some(Lang::Fr),
        accent: Some(Rgb(0xab, 0x01, 0xef)),
        provider: ProviderPresets {
            name: Some("Zoé & Co <SARL> \"quotes\" 100 % + plus".into()),
            siren: Some("81234567600012".into()),
            address: Some("12, rue des Lilas\n69003 Lyon".into()),
            email: Some("zoe+cadre@exemple.fr".into()),
            vat: Some(Vat::Liable),
            status: Some(ProviderStatus::IndividualEntrepreneur),
        },
    };
    let q = full.query();
    assert!(q.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%=&".contains(&b)), "{q}");
    let back = parse(&q);
    assert_eq!(back.presets, full);
    assert!(back.ignored.is_empty());
    assert_eq!(Presets::default().query(), "");
    assert_eq!(parse(&format!("?{q}")).presets, full);
}

#[test]
fn presets_fill_the_provider_and_the_contract_language() {
    let p = presets(
        "contract=en&name=Camille&siren=812345676&address=Lyon&email=c%40x.fr&vat=liable&status=company&lang=fr",
    );
    let mut a = Answers::default();
    p.apply(&mut a);
    assert_eq!(a.contract_lang, Lang::En);
    assert_eq!(a.provider.name, "Camille");
    assert_eq!(a.provider.siren, "812345676");
    assert_eq!(a.provider.address, "Lyon");
    assert_eq!(a.provider.email, "c@x.fr");
    assert!(!a.provider.vat_franchise);
    assert_eq!(a.provider.status, ProviderStatus::Company);
    assert_eq!(Field::ProviderVatFranchise.get(&a), "false");

    let mut b = Answers::default();
    presets("vat=franchise").apply(&mut b);
    assert!(b.provider.vat_franchise);

    // Chrome-only presets change no answer.
    let chrome = presets("embed=1&lang=en&accent=000");
    assert!(chrome.sets_no_answer());
    let mut c = Answers::default();
    chrome.apply(&mut c);
    assert_eq!(c, Answers::default());
}

#[test]
fn presets_never_overwrite_a_draft() {
    let p = presets("contract=en&name=Camille&email=c%40x.fr&status=company&vat=liable");
    let mut fresh = Answers::default();
    p.fill(&mut fresh);
    assert_eq!(fresh.provider.name, "Camille");
    assert_eq!(fresh.provider.status, ProviderStatus::Company);
    assert_eq!(fresh.contract_lang, Lang::En);

    let mut draft = Answers::default();
    draft.provider.name = "Zoé".into();
    draft.client.name = "Atelier".into();
    p.fill(&mut draft);
    assert_eq!(draft.provider.name, "Zoé", "a typed name stays");
    assert_eq!(draft.provider.email, "c@x.fr", "an empty e-mail is filled");
    assert_eq!(draft.provider.status, ProviderStatus::MicroEntrepreneur, "choices of a draft stay");
    assert!(draft.provider.vat_franchise);
    assert_eq!(draft.contract_lang, Lang::Fr);
}

#[test]
fn colours_parse_and_stay_readable() {
    let table: &[(&str, Option<Rgb>)] = &[
        ("000000", Some(Rgb::BLACK)),
        ("#FFFFFF", Some(Rgb::WHITE)),
        ("fff", Some(Rgb::WHITE)),
        (" 1f5f8b ", Some(Rgb(0x1f, 0x5f, 0x8b))),
        ("##1f5f8b", None),
        ("1f5f8", None),
        ("+1f5f8b", None),
        ("1f 5f 8b", None),
        ("é1f5f8", None),
        ("", None),
    ];
    for (s, want) in table {
        assert_eq!(Rgb::parse(s), *want, "{s:?}");
    }
    for hex in ["1f5f8b", "ffeb3b", "ffffff", "000000", "ff0000", "00ff00", "7cb8e4", "123456", "808080"] {
        let c = Rgb::parse(hex).unwrap();
        for dark in [false, true] {
            let p = palette(c, dark);
            let bg = if dark { Rgb(0x1f, 0x22, 0x28) } else { Rgb(0xf6, 0xf5, 0xf2) };
            assert!(p.accent.contrast(bg) >= AA, "{hex} dark={dark}: {:?} on {bg:?}", p.accent);
            assert!(
                p.accent.contrast(p.accent_text) >= 4.0,
                "{hex} dark={dark}: text {:?} on {:?}",
                p.accent_text,
                p.accent
            );
        }
    }
    // A readable accent is kept as it is.
    assert_eq!(palette(Rgb(0x1f, 0x5f, 0x8b), false).accent, Rgb(0x1f, 0x5f, 0x8b));
    assert_eq!(palette(Rgb(0x1f, 0x5f, 0x8b), false).accent_text, Rgb::WHITE);
    assert!((Rgb::BLACK.contrast(Rgb::WHITE) - 21.0).abs() < 1e-9);
}

#[test]
fn urls_for_the_frame_and_the_full_page() {
    assert_eq!(base_url("https://blog.example/outils/contrat/?embed=1#x"), "https://blog.example/outils/contrat/");
    assert_eq!(base_url("https://a.example/"), "https://a.example/");
    let table: &[(&str, &str)] = &[
        ("https://a.example/c/?embed=1", "https://a.example/c/"),
        ("https://a.example/c/?embed=1&lang=en", "https://a.example/c/?lang=en"),
        ("https://a.example/c/?lang=en&EMBED=true&name=A%26B#top", "https://a.example/c/?lang=en&name=A%26B"),
        ("https://a.example/c/?embed&embed=1", "https://a.example/c/"),
        ("https://a.example/c/?%65mbed=1&lang=fr", "https://a.example/c/?lang=fr"),
        ("https://a.example/c/", "https://a.example/c/"),
        ("https://a.example/c/?embedded=1", "https://a.example/c/?embedded=1"),
    ];
    for (href, want) in table {
        assert_eq!(full_page_url(href), *want, "{href}");
    }
    let p = presets("lang=en&name=Camille");
    assert_eq!(embed_url("https://a.example/c/?old=1#f", &p), "https://a.example/c/?embed=1&lang=en&name=Camille");
}

#[test]
fn the_snippet_is_escaped_sandboxed_and_parsable() {
    let p = Presets {
        ui_lang: Some(Lang::Fr),
        accent: Some(Rgb(0x1f, 0x5f, 0x8b)),
        provider: ProviderPresets { name: Some("\"><script>alert(1)</script>".into()), ..Default::default() },
        ..Default::default()
    };
    let s = snippet("https://blog.example/outils/contrat/index.html?x=\"'<>#frag", &p, 720, Lang::Fr);
    assert!(s.starts_with("<iframe src=\"https://blog.example/outils/contrat/index.html?embed=1&amp;lang=fr&amp;accent=1f5f8b&amp;name=%22%3E%3Cscript%3E"), "{s}");
    assert!(!s.contains("<script"), "{s}");
    assert!(s.contains(&format!("sandbox=\"{SANDBOX}\"")));
    for needed in ["allow-scripts", "allow-same-origin", "allow-downloads"] {
        assert!(SANDBOX.split(' ').any(|x| x == needed), "{needed}");
    }
    assert!(s.contains("height:720px"));
    assert!(s.contains("referrerpolicy=\"no-referrer\""));
    assert!(s.contains("title=\"Cadre – rédiger un contrat de prestation\""));
    assert!(s.contains("<a href=\"https://blog.example/outils/contrat/index.html?lang=fr&amp;accent=1f5f8b&amp;name="));
    assert!(s.contains(">Ouvrir Cadre en pleine page</a>"));
    // Every quote inside an attribute is escaped: exactly the delimiters remain.
    let quotes = s.matches('"').count();
    assert_eq!(quotes % 2, 0);
    // Heights are clamped.
    assert!(snippet("https://a.example/", &Presets::default(), 10, Lang::En).contains("height:400px"));
    assert!(snippet("https://a.example/", &Presets::default(), 99_999, Lang::En).contains("height:3000px"));
    // The frame's address parses back to the presets, embed on.
    let src = s.split('"').nth(1).unwrap().replace("&amp;", "&");
    let back = parse(src.split_once('?').unwrap().1).presets;
    assert_eq!(back, Presets { embed: true, ..p });
}

#[test]
fn encoding_helpers() {
    assert_eq!(encode("a b&c=d/é~"), "a%20b%26c%3Dd%2F%C3%A9~");
    assert_eq!(decode("a%20b+c%2b"), Some("a b c+".into()));
    assert_eq!(decode("%"), None);
    assert_eq!(decode("%4"), None);
    assert_eq!(decode("%%41"), None);
    assert_eq!(attr("<a href='x'>&\"</a>"), "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
}

#[test]
fn texts_exist_in_both_languages() {
    for lang in [Lang::Fr, Lang::En] {
        let t = text::get(lang);
        let f = text::form(lang);
        for s in [
            t.frame_title,
            t.open_full_page,
            t.panel_title,
            t.panel_loading,
            t.panel_failed,
            f.panel_intro,
            f.copy,
            f.copied,
            f.copy_failed,
            f.snippet,
        ] {
            assert!(!s.trim().is_empty());
        }
    }
    assert_ne!(text::FR.panel_title, text::EN.panel_title);
}
