//! The contract engine, natively: validation (table-driven), which clauses appear for
//! which answers (every switch of LEGAL.md), advice, and escaping.

mod common;

use cadre::advice::{advise, AdviceKind};
use cadre::document::build::{from_answers, sections};
use cadre::document::{Document, Section};
use cadre::model::*;
use cadre::render::{html, markdown};
use cadre::validate::{check, validate, ProblemKind};

fn base() -> Answers {
    common::mission("creative-fixed")
}

fn doc(a: &Answers) -> Document {
    from_answers(a, common::today()).0
}

fn text(a: &Answers) -> String {
    doc(a).plain_text()
}

fn problem_at(a: &Answers, field: Field) -> Option<ProblemKind> {
    check(a).problems.into_iter().find(|p| p.field == field).map(|p| p.kind)
}

#[test]
fn validation_names_each_problem_at_its_field() {
    type Edit = fn(&mut Answers);
    let cases: Vec<(&str, Edit, Field, ProblemKind)> = vec![
        ("missing provider name", |a| a.provider.name.clear(), Field::ProviderName, ProblemKind::Required),
        (
            "missing provider address",
            |a| a.provider.address = "  ".into(),
            Field::ProviderAddress,
            ProblemKind::Required,
        ),
        ("missing SIREN", |a| a.provider.siren.clear(), Field::ProviderSiren, ProblemKind::Required),
        (
            "bad SIREN check digit",
            |a| a.provider.siren = "123 456 789".into(),
            Field::ProviderSiren,
            ProblemKind::Siren,
        ),
        ("SIREN too short", |a| a.provider.siren = "1234".into(), Field::ProviderSiren, ProblemKind::Siren),
        ("missing client name", |a| a.client.name.clear(), Field::ClientName, ProblemKind::Required),
        ("bad e-mail", |a| a.client.email = "marc@".into(), Field::ClientEmail, ProblemKind::Email),
        ("missing title", |a| a.mission.title.clear(), Field::MissionTitle, ProblemKind::Required),
        (
            "no deliverable",
            |a| a.mission.deliverables.iter_mut().for_each(|d| d.title.clear()),
            Field::DeliverableTitle(1),
            ProblemKind::Required,
        ),
        (
            "deposit over 100 %",
            |a| a.payment.deposit_value = "150".into(),
            Field::DepositValue,
            ProblemKind::PercentOver100,
        ),
        (
            "deposit not a number",
            |a| a.payment.deposit_value = "trente".into(),
            Field::DepositValue,
            ProblemKind::Number(money::NumberError::NotANumber),
        ),
        (
            "deposit amount over price",
            |a| {
                a.payment.deposit = DepositKind::Amount;
                a.payment.deposit_value = "3000".into();
            },
            Field::DepositValue,
            ProblemKind::DepositOverPrice,
        ),
        (
            "schedule over 100 %",
            |a| a.payment.milestones[0].percent = "80".into(),
            Field::MilestonePercent(3),
            ProblemKind::ScheduleOver100,
        ),
        (
            "negative price",
            |a| a.price.amount = "-100".into(),
            Field::PriceAmount,
            ProblemKind::Number(money::NumberError::Negative),
        ),
        ("zero price", |a| a.price.amount = "0".into(), Field::PriceAmount, ProblemKind::ZeroPrice),
        ("missing price", |a| a.price.amount.clear(), Field::PriceAmount, ProblemKind::Required),
        ("end before start", |a| a.mission.end_date = "2026-12-01".into(), Field::EndDate, ProblemKind::EndBeforeStart),
        ("bad date", |a| a.mission.start_date = "31/12/2026".into(), Field::StartDate, ProblemKind::Date),
        (
            "deliverable after end",
            |a| a.mission.deliverables[0].due = "2027-03-01".into(),
            Field::DeliverableDue(1),
            ProblemKind::DueAfterEnd { deliverable: "Logo (couleur, noir et blanc, formats SVG et PNG)".into() },
        ),
        (
            "end before a deliverable, said at the end date",
            |a| {
                a.mission.end_date = "2027-01-20".into();
            },
            Field::EndDate,
            ProblemKind::EndBeforeDue { deliverable: "Charte graphique de 12 pages (PDF)".into() },
        ),
        ("term beyond 60 days", |a| a.payment.term_days = "90".into(), Field::TermDays, ProblemKind::TermTooLong),
        (
            "VAT number when liable",
            |a| {
                a.provider.vat_franchise = false;
                a.provider.vat_number.clear();
            },
            Field::ProviderVatNumber,
            ProblemKind::Required,
        ),
        (
            "insurer when insured",
            |a| {
                a.provider.insurance = true;
                a.provider.insurer.clear();
            },
            Field::ProviderInsurer,
            ProblemKind::Required,
        ),
        ("registry city", |a| a.provider.registry = Registry::Rcs, Field::ProviderRegistryCity, ProblemKind::Required),
        ("unit price needs a cap", |a| a.price.mode = PriceMode::PerDay, Field::PriceCap, ProblemKind::Required),
        (
            "zero sessions",
            |a| {
                a.mission.kind = MissionKind::Accompaniment;
                a.mission.sessions = "0".into();
            },
            Field::Sessions,
            ProblemKind::ZeroCount,
        ),
        ("rights duration", |a| a.rights.duration_years = "0".into(), Field::RightsDuration, ProblemKind::ZeroCount),
    ];
    for (name, edit, field, kind) in cases {
        let mut a = base();
        assert!(validate(&a).is_ok(), "the base mission is valid");
        edit(&mut a);
        assert_eq!(problem_at(&a, field), Some(kind.clone()), "{name}: {:?}", check(&a).problems);
        for lang in [Lang::Fr, Lang::En] {
            let p = check(&a).problems.into_iter().find(|p| p.field == field).unwrap();
            assert!(p.message(lang).len() > 10, "{name}: message in {lang:?}");
        }
    }
}

#[test]
fn payment_term_limit_is_for_businesses_only() {
    let mut a = common::mission("consumer-remote");
    a.payment.term = TermKind::Days;
    a.payment.term_days = "90".into();
    assert_eq!(problem_at(&a, Field::TermDays), None);
    let mut b = base();
    b.payment.term_days = "60".into();
    assert_eq!(problem_at(&b, Field::TermDays), None, "60 days is the maximum, allowed");
}

#[test]
fn an_empty_draft_still_builds_a_marked_document() {
    let a = Answers::default();
    let (d, checked) = from_answers(&a, common::today());
    assert!(!checked.problems.is_empty());
    assert_eq!(d.draft_mark.as_deref(), Some("PROJET"));
    let mut en = a.clone();
    en.contract_lang = Lang::En;
    assert_eq!(doc(&en).draft_mark.as_deref(), Some("DRAFT"));
    assert!(doc(&base()).draft_mark.is_none());
}

#[test]
fn individual_entrepreneurs_carry_the_ei_mention() {
    let t = text(&base());
    assert!(t.contains("Camille Moreau EI"), "{t}");
    let mut a = base();
    a.provider.status = ProviderStatus::Company;
    a.provider.legal_form = "SARL".into();
    a.provider.signatory = "Camille Moreau".into();
    assert!(!text(&a).contains(" EI"));
}

#[test]
fn vat_franchise_mention_or_vat_amounts() {
    let t = text(&base());
    assert!(t.contains("TVA non applicable, art. 293 B du CGI"));
    assert!(!t.contains("TTC"));
    let mut a = base();
    a.provider.vat_franchise = false;
    a.provider.vat_number = "FR 12 812345676".into();
    let t = text(&a);
    assert!(!t.contains("293 B"));
    assert!(t.contains("TVA au taux de 20\u{a0}%"));
    assert!(t.contains("2\u{202f}880,00\u{a0}€"), "TTC total: {t}");
    assert!(t.contains("Montant TTC"));
}

#[test]
fn price_in_figures_and_words() {
    let t = text(&base());
    assert!(t.contains("2\u{202f}400,00\u{a0}€ (deux mille quatre cents euros)"), "{t}");
    let t = text(&common::mission("english-foreign"));
    assert!(t.contains("€550.00 (five hundred and fifty euros)"));
}

#[test]
fn b2b_gets_penalties_and_indemnity_consumers_do_not() {
    let t = text(&base());
    assert!(t.contains("10 points de pourcentage"));
    assert!(t.contains("40,00\u{a0}€ (quarante euros)"));
    assert!(t.contains("L441-10"));
    let t = text(&common::mission("consumer-remote"));
    assert!(!t.contains("quarante euros") && !t.contains("recouvrement"), "no recovery indemnity for consumers");
    assert!(!t.contains("L441-10"));
    assert!(t.contains("1231-6"));
}

#[test]
fn penalty_rate_choices() {
    let mut a = base();
    a.payment.penalty = PenaltyKind::TripleLegal;
    assert!(text(&a).contains("trois fois le taux d’intérêt légal"));
    a.payment.penalty = PenaltyKind::Fixed;
    a.payment.penalty_rate = "12".into();
    assert!(text(&a).contains("12\u{a0}% par an"));
}

#[test]
fn deposit_is_always_an_acompte_never_arrhes_alone() {
    for name in common::MISSIONS {
        let t = text(&common::mission(name));
        if t.contains("arrhes") {
            assert!(t.contains("acomptes, et non des arrhes") || t.contains("(acompte), not arrhes"), "{name}");
        }
    }
    let mut a = base();
    a.payment.deposit = DepositKind::None;
    let t = text(&a);
    assert!(!t.contains("acompte") && !t.contains("Acompte"), "no deposit, no deposit clause");
    // LEGAL.md: arrhes are never described as a non-refundable holding fee.
    for name in common::MISSIONS {
        assert!(!text(&common::mission(name)).contains("holding fee"), "{name}");
    }
}

#[test]
fn sections_follow_the_switches() {
    use Section::*;
    let has = |a: &Answers, s: Section| sections(a).contains(&s);
    let a = base();
    assert!(has(&a, Rights) && has(&a, Acceptance) && has(&a, Payment) && !has(&a, Accompaniment));
    assert!(!has(&a, Withdrawal) && !has(&a, Insurance));

    let coaching = common::mission("coaching-sessions");
    assert!(has(&coaching, Accompaniment) && !has(&coaching, Acceptance) && !has(&coaching, Rights));

    let free = common::mission("free-of-charge");
    assert!(!has(&free, Payment), "no payment article for free work");
    let t = text(&free);
    assert!(!t.contains("pénalités") && !t.contains("Acompte"));
    assert!(t.contains("à titre gratuit"));

    let consumer = common::mission("consumer-remote");
    assert!(has(&consumer, Withdrawal));
    let d = doc(&consumer);
    assert_eq!(d.annexes.len(), 1, "withdrawal form annexed");
    let mut on_premises = consumer.clone();
    on_premises.consumer.conclusion = Conclusion::OnPremises;
    assert!(!has(&on_premises, Withdrawal));
    assert!(doc(&on_premises).annexes.is_empty());

    let artisan = common::mission("artisan-insurance");
    assert!(has(&artisan, Insurance));
    assert!(text(&artisan).contains("RCD-2026-004512"));

    let mut no_secret = base();
    no_secret.terms.confidentiality = false;
    assert!(!has(&no_secret, Confidentiality));

    let mut not_creative = base();
    not_creative.mission.creative = false;
    assert!(!has(&not_creative, Rights));
}

#[test]
fn small_business_off_premises_gets_withdrawal() {
    let mut a = base();
    a.client.small_business = true;
    a.consumer.conclusion = Conclusion::OffPremises;
    assert!(sections(&a).contains(&Section::Withdrawal));
    assert!(text(&a).contains("L221-3"));
    a.consumer.conclusion = Conclusion::OnPremises;
    assert!(!sections(&a).contains(&Section::Withdrawal));
}

#[test]
fn court_clause_only_between_traders_or_with_a_client_abroad() {
    // Between French businesses: CPC art. 48, both must be traders.
    let mut fr = base();
    fr.terms.court_city = "Lyon".into();
    assert!(!text(&fr).contains("compétence exclusive"), "CPC art. 48: both parties must be traders");
    fr.provider.trader = true;
    fr.client.trader = true;
    let d = doc(&fr);
    assert!(d.plain_text().contains("compétence exclusive des juridictions de Lyon"));
    // Very apparent: the whole clause is bold.
    let law = d.articles().find(|a| a.section == Section::Law).unwrap();
    assert!(law.body.iter().any(|b| matches!(b, cadre::document::Block::Paragraph(p)
        if p.iter().all(|i| matches!(i, cadre::document::Inline::Strong(_))) && cadre::document::plain(p).contains("Lyon"))));
    // A client established abroad: allowed even if neither is a trader.
    let en = common::mission("english-foreign");
    let mut not_traders = en.clone();
    not_traders.provider.trader = false;
    assert!(text(&not_traders).contains("the courts of Paris, France, shall have exclusive jurisdiction"));
    assert!(text(&en).contains("Regulation (EU) No 1215/2012"));
    let mut consumer = common::mission("consumer-remote");
    consumer.provider.trader = true;
    consumer.client.trader = true;
    consumer.terms.court_city = "Tours".into();
    assert!(!text(&consumer).contains("compétence exclusive"));
}

#[test]
fn consumer_mediator_and_no_liability_cap() {
    let t = text(&common::mission("consumer-remote"));
    assert!(t.contains("Médiateur de la consommation CM2C"));
    assert!(!t.contains("limitée aux dommages"), "no liability cap against a consumer");
    assert!(t.contains("Aucune clause du présent contrat ne prive le Client"));
}

#[test]
fn off_premises_consumer_pays_nothing_for_seven_days() {
    let mut a = common::mission("consumer-remote");
    a.consumer.conclusion = Conclusion::OffPremises;
    let t = text(&a);
    assert!(t.contains("L221-10"));
    assert!(t.contains("8 jours après la signature"));
}

#[test]
fn early_start_needs_a_separate_express_request() {
    let mut a = common::mission("consumer-remote");
    let t = text(&a);
    assert!(t.contains("Aucune prestation ne commence avant la fin du délai de rétractation prévu à l’article 11."));
    a.consumer.early_start = true;
    let d = doc(&a);
    let t = d.plain_text();
    assert!(t.contains("sauf si le Client l’a demandé expressément en signant la demande distincte jointe en annexe"));
    assert!(t.contains("la signature du contrat ne vaut pas cette demande"));
    assert!(!t.contains("en signant le présent contrat"), "never implied by the contract's signature");
    let request = d.annexes.iter().find(|x| x.title.contains("Demande d’exécution")).expect("a separate request");
    let blanks = request
        .body
        .iter()
        .filter(|b| matches!(b, cadre::document::Block::Paragraph(p) if p.contains(&cadre::document::Inline::Blank)))
        .count();
    assert_eq!(blanks, 1, "signed apart from the contract");
    // Full performance inside the period (L221-28 1°) is offered only when the work can
    // end before the period does: then it has a signature of its own.
    a.mission.end_date = "2026-12-30".into();
    a.mission.start_date = "2026-12-21".into();
    a.mission.deliverables[0].due = String::new();
    let d = doc(&a);
    let request = d.annexes.iter().find(|x| x.title.contains("Demande d’exécution")).unwrap();
    let blanks = request
        .body
        .iter()
        .filter(|b| matches!(b, cadre::document::Block::Paragraph(p) if p.contains(&cadre::document::Inline::Blank)))
        .count();
    assert_eq!(blanks, 2, "one signature for the request, one for the full performance");
    assert!(d.plain_text().replace(['\u{a0}', '\u{202f}'], " ").contains(
        "si le Client a signé la demande distincte jointe en annexe ; à défaut, elle commence le lendemain de l’expiration du délai de rétractation (le 5 janvier 2027 pour un contrat conclu le 20 décembre 2026)"
    ));
}

#[test]
fn copyright_names_each_right_and_its_limits() {
    let t = text(&base());
    for right in ["droit de reproduction", "droit de représentation", "droit d’adaptation"] {
        assert!(t.contains(right), "{right}");
    }
    assert!(!t.contains("droit de distribution"));
    for limit in [
        "destination suivante",
        "territoire\u{a0}: monde entier",
        "durée\u{a0}: toute la durée de protection des droits d’auteur",
    ] {
        assert!(t.contains(limit), "{limit}: {t}");
    }
    // A duration typed is counted from the assignment.
    let mut ten = base();
    ten.rights.duration_years = "10".into();
    assert!(text(&ten).contains("durée\u{a0}: 10\u{a0}ans à compter de la prise d’effet de la cession"));
    assert!(t.contains("paiement complet du prix"));
    assert!(t.contains("portfolio"));
    assert!(t.contains("éléments préexistants"));
    let mut a = base();
    a.rights.portfolio = false;
    assert!(!text(&a).contains("portfolio"));
}

#[test]
fn article_numbers_and_cross_references_agree() {
    for name in common::MISSIONS {
        let d = doc(&common::mission(name));
        let numbers: Vec<u32> = d.articles().map(|a| a.number).collect();
        assert_eq!(numbers, (1..=numbers.len() as u32).collect::<Vec<_>>(), "{name}");
        assert!(!d.plain_text().contains("article ?"), "{name}: dangling reference");
    }
}

#[test]
fn amounts_of_the_schedule_add_up_to_the_price() {
    for name in common::MISSIONS {
        let c = check(&common::mission(name)).contract;
        // A per-unit price has no fixed schedule: invoices follow the units.
        if c.answers.is_unit_priced() {
            assert!(c.installments.iter().all(|i| i.kind == cadre::validate::InstallmentKind::Deposit), "{name}");
            continue;
        }
        if let Some(total) = c.total {
            let sum: i64 = c.installments.iter().filter_map(|i| i.amount).map(|m| m.0).sum();
            assert_eq!(sum, total.0, "{name}");
        }
    }
}

#[test]
fn advice_flags_weak_points_with_a_reason_and_a_fix() {
    let kinds = |a: &Answers| advise(&check(a).contract).into_iter().map(|x| x.kind).collect::<Vec<_>>();
    assert!(kinds(&base()).is_empty(), "{:?}", kinds(&base()));

    let mut a = base();
    a.payment.deposit = DepositKind::None;
    assert!(kinds(&a).contains(&AdviceKind::NoDeposit));
    a.payment.deposit = DepositKind::Percent;
    a.payment.deposit_value = "10".into();
    assert!(kinds(&a).contains(&AdviceKind::LowDeposit));

    let mut a = base();
    a.mission.revisions_unlimited = true;
    assert!(kinds(&a).contains(&AdviceKind::UnlimitedRevisions));
    assert!(text(&a).contains("sans limite de nombre"));

    let mut a = common::mission("coaching-sessions");
    a.mission.end_date.clear();
    a.mission.sessions.clear();
    let k = kinds(&a);
    assert!(k.contains(&AdviceKind::AccompanimentWithoutEnd) && k.contains(&AdviceKind::AccompanimentWithoutCap));

    let mut a = base();
    a.rights.on_full_payment = false;
    assert!(kinds(&a).contains(&AdviceKind::RightsBeforePayment));

    let mut a = base();
    a.mission.workload_days = "60".into();
    assert!(matches!(kinds(&a).as_slice(), [AdviceKind::DeadlineTooShort { needed: 60, .. }]));

    let mut a = common::mission("consumer-remote");
    a.consumer.mediator_name.clear();
    assert!(kinds(&a).contains(&AdviceKind::ConsumerWithoutMediator));

    let mut a = base();
    a.payment.penalty = PenaltyKind::Fixed;
    a.payment.penalty_rate = "5".into();
    assert!(kinds(&a).contains(&AdviceKind::PenaltyRateToCheck));

    assert!(kinds(&common::mission("artisan-insurance")).contains(&AdviceKind::VigilanceCertificate));

    for x in advise(&check(&a).contract) {
        for lang in [Lang::Fr, Lang::En] {
            let t = x.text(lang);
            assert!(!t.title.is_empty() && !t.why.is_empty() && !t.fix.is_empty());
        }
    }
}

#[test]
fn working_days_skip_weekends() {
    use chrono::NaiveDate;
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(cadre::advice::working_days(d(2026, 11, 23), d(2026, 11, 29)), 5);
    assert_eq!(cadre::advice::working_days(d(2026, 11, 28), d(2026, 11, 29)), 0);
}

#[test]
fn hostile_text_is_escaped_in_html_and_markdown() {
    let mut a = base();
    a.client.name = "<script>alert(1)</script> & \"Co\" 'x'".into();
    a.mission.title = "# Titre\n- liste\n1. un *gras* [lien](http://x) | `code`".into();
    a.mission.description = "\u{202e}evil\u{0007}".into();
    let d = doc(&a);
    let h = html::standalone(&d);
    assert!(!h.contains("<script>"));
    assert!(h.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; &#39;x&#39;"));
    assert!(!h.contains('\u{202e}') && !h.contains('\u{7}'));
    let m = markdown::write(&d);
    assert!(m.contains("\\<script\\>"));
    assert!(m.contains("\\# Titre"));
    assert!(m.contains("\\[lien\\]"));
    assert!(m.contains("\\- liste"));
    assert!(m.contains("1\\. un \\*gras\\*"));
    assert!(!m.contains('\u{202e}'));
}

#[test]
fn english_contract_reads_english() {
    let t = text(&common::mission("english-foreign"));
    for fr in ["Prestataire", "Article 1 – Objet", "jours", " le "] {
        assert!(!t.contains(fr), "French {fr:?} in the English contract");
    }
    assert!(t.contains("VAT number"));
}

/// A draft at the caps (200 deliverables, 100 instalments): the contract is complete —
/// each deliverable in the scope with its date, each instalment a row of the schedule
/// with its share and amount, the shares and amounts adding up, no blocking problem and
/// no broken invariant. Correctness only; its speed is measured by `scripts/bench-ui.mjs`.
#[test]
fn a_draft_at_the_caps_builds_a_complete_contract() {
    let a = common::mission("at-caps");
    assert_eq!(a.mission.deliverables.len(), 200);
    assert_eq!(a.payment.milestones.len(), 100);
    let (d, checked) = from_answers(&a, common::today());
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    assert!(d.breaches.is_empty(), "{:?}", d.breaches);
    assert!(d.draft_mark.is_none());

    let scope = d.articles().find(|art| art.section == Section::Scope).expect("scope article");
    let items = scope
        .body
        .iter()
        .find_map(|b| match b {
            cadre::document::Block::List { items, .. } => Some(items),
            _ => None,
        })
        .expect("the list of deliverables");
    assert_eq!(items.len(), 200);
    for (item, del) in items.iter().zip(&a.mission.deliverables) {
        let due = chrono::NaiveDate::parse_from_str(&del.due, "%Y-%m-%d").unwrap();
        let line = cadre::document::plain(item);
        let want = format!("{}, au plus tard le {}", del.title, cadre::document::format::date(due, Lang::Fr));
        assert_eq!(line.trim_end_matches([';', '.']), want);
    }

    let payment = d.articles().find(|art| art.section == Section::Payment).expect("payment article");
    let table = payment
        .body
        .iter()
        .find_map(|b| match b {
            cadre::document::Block::Table(t) => Some(t),
            _ => None,
        })
        .expect("the schedule");
    // No deposit and shares of 1 % each: 100 rows, no balance.
    assert_eq!(table.rows.len(), 100);
    for (row, m) in table.rows.iter().zip(&a.payment.milestones) {
        assert_eq!(row[0], m.label);
        assert_eq!(row[2], "1\u{a0}%");
        assert_eq!(row[3], "240,00\u{a0}€");
    }
    let c = &checked.contract;
    let sum: i64 = c.installments.iter().filter_map(|i| i.amount).map(|m| m.0).sum();
    assert_eq!(Some(sum), c.total.map(|t| t.0));

    // The preview and the text formats hold it all.
    let html = html::fragment(&d);
    let md = markdown::write(&d);
    for del in &a.mission.deliverables {
        assert!(html.contains(&del.title) && md.contains(&del.title), "{}", del.title);
    }
    for m in &a.payment.milestones {
        assert!(html.contains(&m.label) && md.contains(&m.label), "{}", m.label);
    }
}

#[test]
fn advice_puts_money_and_rights_before_formalities_and_fixes_in_one_click() {
    // The tester's contract: no client SIREN, no deposit, rights given on delivery.
    let mut a = base();
    a.client.registration.clear();
    a.payment.deposit = DepositKind::None;
    a.rights.on_full_payment = false;
    let kinds: Vec<_> = advise(&check(&a).contract).into_iter().map(|x| x.kind).collect();
    assert_eq!(
        kinds,
        [AdviceKind::NoDeposit, AdviceKind::RightsBeforePayment, AdviceKind::ClientRegistrationMissing],
        "money, then rights, then formalities"
    );
    // Each one-click fix makes its advice go away, in both languages' words.
    let mut fixed = 0;
    for x in advise(&check(&a).contract) {
        let Some(fix) = x.quick_fix(Lang::Fr) else { continue };
        assert!(!fix.label.is_empty() && !x.quick_fix(Lang::En).unwrap().label.is_empty());
        let mut b = a.clone();
        for (field, value) in fix.set {
            field.set(&mut b, value);
        }
        let after: Vec<_> = advise(&check(&b).contract).into_iter().map(|y| y.kind).collect();
        assert!(!after.contains(&x.kind), "{:?} stays after its fix", x.kind);
        assert!(check(&b).problems.len() <= check(&a).problems.len(), "{:?}: its fix adds a problem", x.kind);
        fixed += 1;
    }
    assert_eq!(fixed, 2, "a deposit and the rights on full payment, in one click each");
    // The other fixes too, each on a contract that needs it.
    type Spoil = Box<dyn Fn(&mut Answers)>;
    let cases: Vec<(AdviceKind, Spoil)> = vec![
        (AdviceKind::LowDeposit, Box::new(|a| a.payment.deposit_value = "10".into())),
        (AdviceKind::UnlimitedRevisions, Box::new(|a| a.mission.revisions_unlimited = true)),
        (
            AdviceKind::PenaltyRateToCheck,
            Box::new(|a| {
                a.payment.penalty = PenaltyKind::Fixed;
                a.payment.penalty_rate = "5".into();
            }),
        ),
        (AdviceKind::NoCancellationFee, Box::new(|a| a.terms.cancellation_percent = "0".into())),
    ];
    for (kind, spoil) in cases {
        let mut a = base();
        a.payment.deposit = DepositKind::Percent;
        a.payment.deposit_value = "30".into();
        spoil(&mut a);
        let x = advise(&check(&a).contract).into_iter().find(|x| x.kind == kind);
        let x = x.unwrap_or_else(|| panic!("{kind:?} not flagged"));
        let fix = x.quick_fix(Lang::En).unwrap_or_else(|| panic!("{kind:?} has no quick fix"));
        for (field, value) in fix.set {
            field.set(&mut a, value);
        }
        assert!(!advise(&check(&a).contract).iter().any(|y| y.kind == kind), "{kind:?} stays after its fix");
    }
}

#[test]
fn an_invoice_falls_due_per_the_payment_term() {
    use cadre::validate::Term;
    use chrono::NaiveDate;
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(Term::OnReceipt.due(d(2027, 3, 4)), d(2027, 3, 4));
    assert_eq!(Term::Days(30).due(d(2027, 3, 4)), d(2027, 4, 3));
    assert_eq!(Term::EndOfMonth45.due(d(2027, 3, 4)), d(2027, 4, 30));
    assert_eq!(Term::EndOfMonth45.due(d(2026, 11, 20)), d(2027, 1, 31));
}

/// The preview builds the document without the consistency check (it runs where files
/// are written, in the writers module): apart from the breaches, the preview's document
/// is the files' — the same text, the same draft mark — for every reference mission,
/// complete or not.
#[test]
fn the_preview_shows_the_document_the_files_are_written_from() {
    use cadre::document::build::{build, build_unchecked};
    for name in common::MISSIONS {
        for blank_client in [false, true] {
            let mut a = common::mission(name);
            if blank_client {
                a.client.name.clear();
            }
            let checked = check(&a);
            let file = build(&checked, common::today());
            assert!(file.breaches.is_empty(), "{name}: {:?}", file.breaches);
            let preview = build_unchecked(&checked, common::today());
            assert_eq!(preview, file, "{name} (client blank: {blank_client})");
            assert_eq!(preview.draft_mark.is_some(), blank_client, "{name}");
        }
    }
}

/// A contract with no date at all promises no delay it could extend: the schedule says
/// a delivery is owed within a reasonable time, and the review advises a date.
#[test]
fn a_contract_without_any_date_says_reasonable_time_and_is_advised_one() {
    let schedule_text = |a: &Answers| {
        let (d, _) = from_answers(a, common::today());
        let art = d.articles().find(|art| art.section == Section::Schedule).expect("schedule");
        let mut text = String::new();
        cadre::document::write_text(&art.body, &mut text);
        text
    };
    let advised = |a: &Answers| advise(&check(a).contract).iter().any(|x| x.kind == AdviceKind::NoDeadline);

    let mut a = common::mission("creative-fixed");
    assert!(!advised(&a), "dated: no advice");
    assert!(schedule_text(&a).contains("Ces délais sont prolongés"));
    a.mission.end_date.clear();
    for d in &mut a.mission.deliverables {
        d.due.clear();
    }
    assert!(advised(&a));
    let text = schedule_text(&a);
    assert!(text.contains("dans un délai raisonnable"), "{text}");
    assert!(!text.contains("Ces délais") && !text.contains("Ces dates"), "{text}");
    // Nor does the payment article extend them when an invoice is late.
    let whole = doc(&a).plain_text();
    assert!(
        whole.contains("suspendre la mission jusqu’au paiement.")
            || whole.contains("suspendre la mission jusqu'au paiement."),
        "{whole}"
    );
    assert!(!whole.contains("prolongés d"), "{whole}");
    // A consumer is owed delivery within thirty days (C. consom. L216-1).
    let mut consumer = common::mission("consumer-remote");
    consumer.mission.end_date.clear();
    for d in &mut consumer.mission.deliverables {
        d.due.clear();
    }
    let text = schedule_text(&consumer);
    assert!(
        text.contains("au plus tard trente jours après la conclusion du contrat") && text.contains("L216-1"),
        "{text}"
    );

    // One deliverable's date is a deadline: the extension clause is back, no advice.
    a.mission.deliverables[0].due = "2027-03-01".into();
    assert!(!advised(&a));
    assert!(schedule_text(&a).contains("Ces délais sont prolongés"));

    // An accompaniment with no end date: no extension of dates that do not exist.
    let mut c = common::mission("coaching-sessions");
    c.mission.end_date.clear();
    let text = schedule_text(&c);
    assert!(!text.contains("Ces dates") && !text.contains("Ces délais"), "{text}");
}

/// The liability cap never reaches the warranty against third parties' claims (rights
/// article) nor confidentiality, each named by its number.
#[test]
fn the_liability_cap_leaves_out_the_ip_warranty_and_confidentiality() {
    let d = doc(&base());
    let num = |s: Section| d.articles().find(|a| a.section == s).map(|a| a.number).expect("article");
    let text = d.plain_text();
    assert!(
        text.contains(&format!(
            "ni à la garantie contre les actions de tiers prévue à l’article {}",
            num(Section::Rights)
        )) || text.contains(&format!(
            "ni à la garantie contre les actions de tiers prévue à l'article {}",
            num(Section::Rights)
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("ni aux manquements à l’article {}", num(Section::Confidentiality)))
            || text.contains(&format!("ni aux manquements à l'article {}", num(Section::Confidentiality))),
        "{text}"
    );
}

/// Without an early start, a consumer's mission starts on its date or after the
/// withdrawal period, whichever is later: never a date the period forbids.
#[test]
fn a_consumers_start_date_waits_for_the_withdrawal_period() {
    let mut a = common::mission("consumer-remote");
    a.consumer.early_start = false;
    a.mission.start_date = "2027-01-11".into();
    let text = doc(&a).plain_text();
    assert!(
        text.contains("ou, s’il est plus tardif, le lendemain de l’expiration du délai de rétractation")
            || text.contains("ou, s'il est plus tardif, le lendemain de l'expiration du délai de rétractation"),
        "{text}"
    );
}
