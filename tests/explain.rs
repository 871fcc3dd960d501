//! The plain words beside each article of a proposal (`agreement::explain`), over every
//! reference mission, in both interface languages: every article but the parties and
//! the signatures is explained, never with a blank, a placeholder, a doubled space or
//! a doubled mark, and each explanation says what its clause says for these answers.

mod common;

use cadre::agreement::explain::{for_client, for_every_article};
use cadre::document::build::from_answers;
use cadre::document::{Document, Section};
use cadre::model::*;
use cadre::validate::{check, InstallmentKind};
use common::marks::{doubled, sentinel, text_fields, MARKS};

const LANGS: [Lang; 2] = [Lang::Fr, Lang::En];

fn doc(a: &Answers) -> Document {
    from_answers(a, common::today()).0
}

/// What no explanation may hold: a blank to fill, a placeholder or a debug value, a
/// doubled space, a space before a full stop or a comma, a mark doubled; in French,
/// a colon, semicolon or guillemet without its no-break space.
fn flaws(text: &str, lang: Lang) -> Vec<&'static str> {
    let mut out = Vec::new();
    let checks: [(&str, bool); 9] = [
        ("a blank", text.contains("……")),
        ("a brace", text.contains('{') || text.contains('}')),
        ("a debug value", text.contains("None") || text.contains("Some(")),
        ("a doubled space", text.contains("  ")),
        ("a space before a full stop or a comma", text.contains(" .") || text.contains(" ,")),
        ("a doubled mark", doubled_mark(text)),
        ("an empty text", text.trim().is_empty()),
        ("a line break", text.contains('\n')),
        ("French spacing", lang == Lang::Fr && !french_spacing(text)),
    ];
    for (what, found) in checks {
        if found {
            out.push(what);
        }
    }
    out
}

/// Two marks in a row, spaces and closing brackets or quotes between them (an
/// ellipsis is one mark).
fn doubled_mark(text: &str) -> bool {
    let is_mark = |c: char| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…');
    let is_between = |c: char| c.is_whitespace() || matches!(c, '»' | '”' | '"' | ')' | '’');
    let text = text.replace("...", "…");
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        is_mark(c) && {
            let next = chars[i + 1..].iter().find(|&&n| !is_between(n));
            // "(France)." and "€)." are fine: only marks count.
            next.is_some_and(|&n| is_mark(n))
        }
    })
}

/// « : » and « ; » after a no-break space, « » » after one, « « » before one.
fn french_spacing(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let nb = |c: char| c == '\u{a0}' || c == '\u{202f}';
    chars.iter().enumerate().all(|(i, &c)| match c {
        ':' | ';' | '»' => i > 0 && nb(chars[i - 1]),
        '«' => chars.get(i + 1).is_some_and(|&n| nb(n)),
        _ => true,
    })
}

/// Sentences: a full stop, "!" or "?" then a space and a capital letter, plus one.
fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    1 + chars.windows(3).filter(|w| matches!(w[0], '.' | '!' | '?') && w[1] == ' ' && w[2].is_uppercase()).count()
}

#[test]
fn every_article_but_the_parties_and_signatures_is_explained() {
    let mut failures = Vec::new();
    for name in common::MISSIONS {
        let a = common::mission(name);
        let d = doc(&a);
        let articles: Vec<Section> = d.articles().map(|art| art.section).collect();
        for lang in LANGS {
            for section in Section::ALL {
                let text = for_client(section, &a, lang);
                let expected =
                    articles.contains(&section) && !matches!(section, Section::Parties | Section::Signatures);
                match (&text, expected) {
                    (Some(t), true) => {
                        for flaw in flaws(t, lang) {
                            failures.push(format!("{name}, {lang:?}, {section:?}: {flaw}: {t}"));
                        }
                        if sentences(t) > 3 {
                            failures.push(format!("{name}, {lang:?}, {section:?}: more than three sentences: {t}"));
                        }
                    }
                    (None, false) => {}
                    (Some(_), false) => {
                        failures.push(format!("{name}, {lang:?}, {section:?}: explained, not in the contract"))
                    }
                    (None, true) => failures.push(format!("{name}, {lang:?}, {section:?}: not explained")),
                }
            }
            let all: Vec<(Section, String)> =
                articles.iter().filter_map(|&s| for_client(s, &a, lang).map(|t| (s, t))).collect();
            assert_eq!(for_every_article(&a, lang), all, "{name}, {lang:?}");
        }
    }
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn an_answer_ending_with_a_mark_never_doubles_it_in_an_explanation() {
    let mut failures = Vec::new();
    for name in common::MISSIONS {
        let base = common::mission(name);
        let fields = text_fields(&base);
        for mark in MARKS {
            let mut a = base.clone();
            for (i, f) in fields.iter().enumerate() {
                f.set(&mut a, &format!("{}{mark}", sentinel(i)));
            }
            for lang in LANGS {
                for (section, text) in for_every_article(&a, lang) {
                    for place in doubled(&text) {
                        failures.push(format!("{name}, {mark:?}, {lang:?}, {section:?}: {place:?}"));
                    }
                    for flaw in flaws(&text, lang).into_iter().filter(|f| *f != "French spacing") {
                        failures.push(format!("{name}, {mark:?}, {lang:?}, {section:?}: {flaw}: {text}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_checks_catch_what_they_look_for() {
    assert!(doubled_mark("le prix.. Suite"));
    assert!(doubled_mark("« Site web. »."));
    assert!(!doubled_mark("(France). Suite, puis ; fin… et (www.cm2c.net)."));
    assert!(french_spacing("prix\u{a0}: 30\u{a0}%\u{202f}; «\u{a0}titre\u{a0}»"));
    assert!(!french_spacing("prix : 30"));
    assert!(!french_spacing("«titre\u{a0}»"));
    assert_eq!(sentences("Un. Deux ; trois. Quatre 2.5 cinq."), 3);
}

/// The facts a client must read right, over the reference missions.
#[test]
fn each_explanation_says_what_its_clause_says() {
    for name in common::MISSIONS {
        let a = common::mission(name);
        let contract = check(&a).contract;
        for lang in LANGS {
            let say = |s: Section| for_client(s, &a, lang).unwrap_or_default();
            // With a space before it: « 840,00 € » is not the fee.
            let forty = format!(" {}", Money(4000).format(lang));
            if a.has_withdrawal() {
                let days = match lang {
                    Lang::Fr => "14\u{a0}jours",
                    Lang::En => "14\u{a0}days",
                };
                assert!(say(Section::Withdrawal).contains(days), "{name}, {lang:?}: {}", say(Section::Withdrawal));
            }
            if !a.is_free() {
                let payment = say(Section::Payment);
                // The recovery fee: a business client only (C. com. D441-5).
                assert_eq!(payment.contains(&forty), a.is_b2b(), "{name}, {lang:?}: {payment}");
                if let Some(p) = contract.installments.iter().find(|i| i.kind == InstallmentKind::Deposit) {
                    let share = p.percent.expect("a share").format(lang);
                    assert!(payment.contains(&share), "{name}, {lang:?}: {share} in {payment}");
                }
            }
            if a.is_consumer() {
                let law = say(Section::Law);
                assert!(law.contains(a.consumer.mediator_name.trim()), "{name}, {lang:?}: {law}");
            }
        }
    }
}

#[test]
fn a_deposit_of_thirty_percent_shows_thirty_percent() {
    let mut a = common::mission("creative-fixed");
    a.payment.deposit = DepositKind::Percent;
    a.payment.deposit_value = "30".into();
    assert!(for_client(Section::Payment, &a, Lang::Fr).unwrap().contains("30\u{a0}%"));
    assert!(for_client(Section::Payment, &a, Lang::En).unwrap().contains("30%"));
}

#[test]
fn a_contract_without_any_date_says_a_reasonable_time_or_thirty_days() {
    let undated = |name: &str| {
        let mut a = common::mission(name);
        a.mission.start_date.clear();
        a.mission.end_date.clear();
        a.mission.deliverables.iter_mut().for_each(|d| d.due.clear());
        a.payment.milestones.iter_mut().for_each(|m| m.due.clear());
        a
    };
    let business = undated("creative-fixed");
    assert!(for_client(Section::Schedule, &business, Lang::Fr).unwrap().contains("délai raisonnable"));
    assert!(for_client(Section::Schedule, &business, Lang::En).unwrap().contains("reasonable time"));
    let consumer = undated("consumer-remote");
    assert!(for_client(Section::Schedule, &consumer, Lang::Fr).unwrap().contains("trente jours"));
    assert!(for_client(Section::Schedule, &consumer, Lang::En).unwrap().contains("thirty days"));
}

/// A private client's coaching: a fixed package of sessions, at a distance.
fn coaching_consumer() -> Answers {
    let mut a = common::mission("coaching-sessions");
    a.client.kind = ClientKind::Consumer;
    a.client.name = "Claire Fontaine".into();
    a.client.address = "4 rue du Palais Gallien, 33000 Bordeaux".into();
    a.client.email = "claire.fontaine@example.org".into();
    a.client.legal_form.clear();
    a.client.registration.clear();
    a.client.representative.clear();
    a.client.representative_role.clear();
    a.provider.phone = "06 12 34 56 78".into();
    a.provider.vat_franchise = true;
    a.mission.title = "Accompagnement à la reconversion professionnelle".into();
    a.mission.description = "Six séances individuelles de coaching en reconversion.".into();
    a.mission.beneficiary = false;
    a.mission.sessions = "6".into();
    a.mission.session_minutes = "60".into();
    a.mission.channels = "en visioconférence".into();
    a.mission.unused_sessions = UnusedSessions::Lost;
    a.price.mode = PriceMode::Fixed;
    a.price.amount = "540".into();
    a.payment.deposit_value = "30".into();
    a.payment.term = TermKind::OnReceipt;
    a.consumer.mediator_name = "Médiateur de la consommation CM2C".into();
    a.consumer.mediator_contact = "14 rue Saint-Jean, 75017 Paris – www.cm2c.net".into();
    a
}

#[test]
fn coaching_for_a_private_client_is_explained() {
    let a = coaching_consumer();
    assert!(check(&a).problems.is_empty(), "{:?}", check(&a).problems);
    let fr = for_client(Section::Accompaniment, &a, Lang::Fr).unwrap();
    assert!(fr.contains("6\u{a0}séances") && fr.contains("perdues, sans remboursement"), "{fr}");
    assert!(for_client(Section::Withdrawal, &a, Lang::Fr).unwrap().contains("14\u{a0}jours"));
    assert!(!for_client(Section::Payment, &a, Lang::Fr).unwrap().contains("recouvrement"));
    assert_eq!(for_client(Section::Beneficiary, &a, Lang::Fr), None, "a consumer has no beneficiary article");
}

/// The wording a client's lawyer asked for, over every reference mission: the
/// liability exception and the controller named as the clauses name them, an advance
/// payment never called a "deposit" alone, the late-payment rate as an annual rate,
/// the court named only when the contract holds the exclusive-court clause.
#[test]
fn the_lawyers_wording_holds_over_every_mission() {
    for name in common::MISSIONS {
        let a = common::mission(name);
        for lang in LANGS {
            let all: String = for_every_article(&a, lang).into_iter().map(|(_, t)| t + "\n").collect();
            for bad in [
                "faute grave",
                "gross or deliberate",
                "responsable au sens",
                "A deposit",
                "No deposit",
                "by as long",
                "at most up to",
                "on a quote",
                "days end of month",
                "whatever remains due",
                "l’annulation du contrat",
                "10\u{a0}points par an",
                "10 points a year",
                "signature électronique fiable",
                "A reliable electronic signature",
                "reach their goals",
            ] {
                assert!(!all.contains(bad), "{name}, {lang:?}: {bad} in\n{all}");
            }
            let law = for_client(Section::Law, &a, lang).unwrap_or_default();
            let city = a.terms.court_city.trim();
            if !city.is_empty() {
                let clause = a.court_clause_allowed();
                assert_eq!(law.contains(city), clause, "{name}, {lang:?}: {law}");
                let text = format!("{:?}", doc(&a));
                assert_eq!(text.contains("exclusive"), clause, "{name}: the contract's court clause");
            }
            if let Some(t) = for_client(Section::PersonalData, &a, lang) {
                if lang == Lang::Fr {
                    assert!(t.contains("responsable du traitement au sens du RGPD"), "{name}: {t}");
                }
            }
            if let Some(t) = for_client(Section::Termination, &a, lang).filter(|_| !a.is_free()) {
                let due = match lang {
                    Lang::Fr => "conformément au contrat jusqu’à la date où il prend fin",
                    Lang::En => "in accordance with the contract up to the date it ends",
                };
                assert!(t.contains(due), "{name}, {lang:?}: {t}");
            }
        }
    }
}

#[test]
fn a_deposit_is_an_advance_payment_binding_but_for_the_termination_article() {
    let a = common::mission("creative-fixed");
    let n = doc(&a).articles().find(|art| art.section == Section::Termination).expect("termination").number;
    let fr = for_client(Section::Payment, &a, Lang::Fr).unwrap();
    assert!(fr.contains("non des arrhes") && fr.contains(&format!("l’article {n}")), "{fr}");
    let en = for_client(Section::Payment, &a, Lang::En).unwrap();
    assert!(en.contains("An advance payment of") && en.contains("not a forfeitable deposit"), "{en}");
    assert!(en.contains(&format!("as provided in article {n}")), "{en}");
}

#[test]
fn a_payment_method_in_the_other_language_is_translated_or_quoted() {
    let mut a = common::mission("creative-fixed");
    a.payment.method = "virement bancaire".into();
    let en = for_client(Section::Payment, &a, Lang::En).unwrap();
    assert!(en.contains("by bank transfer") && !en.contains("virement"), "{en}");
    assert!(for_client(Section::Payment, &a, Lang::Fr).unwrap().contains("par virement bancaire"));
    a.payment.method = "bank transfer".into();
    let fr = for_client(Section::Payment, &a, Lang::Fr).unwrap();
    assert!(fr.contains("par virement bancaire") && !fr.contains("bank"), "{fr}");
    a.payment.method = "Lydia ou PayPal".into();
    let en = for_client(Section::Payment, &a, Lang::En).unwrap();
    assert!(en.contains("payment method: “Lydia ou PayPal”") && !en.contains("by Lydia"), "{en}");
    let fr = for_client(Section::Payment, &a, Lang::Fr).unwrap();
    assert!(fr.contains("moyen de paiement\u{a0}: «\u{a0}Lydia ou PayPal\u{a0}»"), "{fr}");
}

#[test]
fn unused_coaching_sessions_follow_the_end_date_as_it_moves() {
    let a = coaching_consumer();
    let fr = for_client(Section::Accompaniment, &a, Lang::Fr).unwrap();
    assert!(
        fr.contains("repoussée d’autant par les séances reportées") && fr.contains("compte comme réalisée"),
        "{fr}"
    );
    let en = for_client(Section::Accompaniment, &a, Lang::En).unwrap();
    assert!(en.contains("pushed back by the same length of time"), "{en}");
}

#[test]
fn english_coaching_names_the_coachee_not_the_client() {
    let a = common::mission("coaching-sessions");
    if let Some(name) = a.has_beneficiary().then(|| a.mission.beneficiary_name.trim().to_string()) {
        let en = for_client(Section::Scope, &a, Lang::En).unwrap();
        assert!(en.contains(&format!("the coachee, {name}, reach the goals set for the sessions")), "{en}");
    }
}

#[test]
fn typed_values_in_an_english_sentence_are_translated_or_quoted() {
    let mut a = common::mission("consumer-remote");
    a.payment.method = "virement bancaire ou chèque".into();
    let en = for_client(Section::Payment, &a, Lang::En).unwrap();
    assert!(en.contains("by bank transfer or cheque"), "{en}");
    let en = for_client(Section::Rights, &common::mission("english-foreign"), Lang::En).unwrap();
    assert!(en.contains("(purpose: “"), "{en}");
    let fr = for_client(Section::Rights, &common::mission("english-foreign"), Lang::Fr).unwrap();
    assert!(fr.contains("(usage\u{a0}: «\u{a0}"), "{fr}");
}
