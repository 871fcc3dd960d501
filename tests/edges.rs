//! The contract at its edges (LEGAL.md, "Second reading"): one test per rule a lawyer
//! struck out, the consistency check over the whole space of switches, and proof that
//! the check catches each contradiction it names.

mod common;

use cadre::document::build::{from_answers, sections};
use cadre::document::consistency::{check as consistency, Invariant};
use cadre::document::{Block, Document, Inline, Section, Table};
use cadre::flow;
use cadre::model::*;
use cadre::validate::{check, validate, ProblemKind};

fn doc(a: &Answers) -> Document {
    from_answers(a, common::today()).0
}

/// The contract's text with no-break spaces as plain spaces, so tests read naturally.
fn text(a: &Answers) -> String {
    norm(&doc(a).plain_text())
}

fn norm(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
}

fn article(d: &Document, s: Section) -> String {
    let mut out = String::new();
    for a in d.articles().filter(|a| a.section == s) {
        for b in &a.body {
            match b {
                Block::Paragraph(p) => out.push_str(&cadre::document::plain(p)),
                Block::List { items, .. } => items.iter().for_each(|i| out.push_str(&cadre::document::plain(i))),
                _ => {}
            }
            out.push('\n');
        }
    }
    norm(&out)
}

// ---- Consumer client -------------------------------------------------------------

#[test]
fn consumer_disputes_amicable_attempt_is_never_a_precondition() {
    // C. consom. L612-4, R212-2 10°.
    for name in ["consumer-remote", "consumer-building-home", "consumer-website-early"] {
        let d = doc(&common::mission(name));
        let law = article(&d, Section::Law);
        assert!(!law.contains("avant toute action en justice"), "{name}: {law}");
        assert!(law.contains("les parties peuvent rechercher une solution amiable"), "{name}");
        assert!(law.contains("recourir gratuitement au médiateur"), "{name}");
        assert!(law.contains("ne sont un préalable obligatoire"), "{name}");
    }
    let mut en = common::mission("consumer-remote");
    en.contract_lang = Lang::En;
    let law = article(&doc(&en), Section::Law);
    assert!(
        !law.contains("before any legal action") && law.contains("not a precondition")
            || law.contains("is a precondition of going to court"),
        "{law}"
    );
}

#[test]
fn consumer_deposit_is_qualified_by_the_withdrawal_right_and_never_starts_the_work() {
    for name in ["consumer-remote", "consumer-building-home", "consumer-website-early"] {
        let t = text(&common::mission(name));
        assert!(t.contains("ne peuvent se dédire, sous réserve du droit de rétractation prévu à l’article"), "{name}");
        assert!(!t.contains("commence à réception de l’acompte"), "{name}");
        assert!(!t.contains("qu’après réception de l’acompte"), "{name}");
        assert!(t.contains("Aucune prestation ne commence avant la fin du délai de rétractation"), "{name}");
    }
    // Between businesses, the deposit may condition the start.
    assert!(text(&common::mission("creative-fixed")).contains("qu’après réception de l’acompte"));
}

#[test]
fn consumer_early_start_is_a_separate_signed_request() {
    let d = doc(&common::mission("consumer-website-early"));
    assert!(d.annexes.iter().any(|x| x.title.contains("Demande d’exécution avant la fin du délai de rétractation")));
    assert!(norm(&d.plain_text()).contains("la signature du contrat ne vaut pas cette demande"));
    // Without the offer, no annex and no exception.
    let mut a = common::mission("consumer-website-early");
    a.consumer.early_start = false;
    let d = doc(&a);
    assert!(!d.annexes.iter().any(|x| x.title.contains("Demande")));
    assert!(!norm(&d.plain_text()).contains("sauf si le Client l’a demandé"));
    // A start date inside the 14 days without the offer is refused at the field.
    a.mission.start_date = "2027-01-15".into();
    a.signature.date = "2027-01-08".into();
    assert!(check(&a)
        .problems
        .iter()
        .any(|p| p.field == Field::StartDate && p.kind == ProblemKind::StartInWithdrawalPeriod));
}

#[test]
fn consumer_has_no_cancellation_fee_nor_advice_to_add_one() {
    // R212-2: a fee binding the consumer alone is presumed abusive.
    let mut a = common::mission("consumer-remote");
    a.terms.cancellation_percent = "30".into();
    assert!(!text(&a).contains("restant à réaliser"));
    assert!(!flow::is_shown(Field::CancellationPercent, &a));
    let advice = cadre::advice::advise(&check(&a).contract);
    assert!(!advice.iter().any(|x| x.kind == cadre::advice::AdviceKind::NoCancellationFee));
}

#[test]
fn consumer_is_told_which_legal_guarantees_apply() {
    // L111-1, L221-5: digital content (L224-25-12), building works (1792 and following).
    let web = doc(&common::mission("consumer-website-early"));
    assert!(article(&web, Section::Guarantees).contains("L224-25-12"));
    let home = doc(&common::mission("consumer-building-home"));
    let g = article(&home, Section::Guarantees);
    assert!(g.contains("1792-6") && g.contains("1792-3") && g.contains("décennale"));
    let mut other = common::mission("consumer-remote");
    other.mission.digital = false;
    assert!(article(&doc(&other), Section::Guarantees).contains("1217"));
    // A deemed acceptance never limits them.
    assert!(text(&common::mission("consumer-website-early"))
        .contains("réputée acceptée, sans préjudice des garanties légales prévues à l’article"));
}

#[test]
fn building_works_are_accepted_by_reception_never_by_silence() {
    // C. civ. 1792-6, for consumers and businesses alike.
    for name in ["consumer-building-home", "artisan-insurance"] {
        let d = doc(&common::mission(name));
        let t = norm(&d.plain_text());
        assert!(!t.contains("réputée acceptée"), "{name}");
        let acc = article(&d, Section::Acceptance);
        assert!(
            acc.contains("procès-verbal écrit signé par les deux parties") && acc.contains("avec ou sans réserves"),
            "{name}"
        );
        assert!(acc.contains("1792-6"), "{name}");
        assert!(d.articles().any(|a| a.title == "Réception des travaux"), "{name}");
        assert!(!flow::is_shown(Field::AcceptanceDays, &common::mission(name)), "{name}: no acceptance days asked");
    }
}

#[test]
fn small_business_has_the_withdrawal_right_off_premises_only() {
    // L221-3 covers off-premises contracts, not distance contracts.
    let mut a = common::mission("creative-fixed");
    a.client.small_business = true;
    a.consumer.conclusion = Conclusion::Distance;
    assert!(!sections(&a).contains(&Section::Withdrawal));
    a.consumer.conclusion = Conclusion::OffPremises;
    assert!(sections(&a).contains(&Section::Withdrawal));
}

#[test]
fn withdrawal_form_uses_the_models_words_and_the_phone_is_given() {
    let d = doc(&common::mission("consumer-remote"));
    let form = d.annexes.iter().find(|x| x.title.contains("Formulaire de rétractation")).unwrap();
    let t: String = form
        .body
        .iter()
        .map(|b| if let Block::Paragraph(p) = b { cadre::document::plain(p) } else { String::new() })
        .collect();
    for words in ["Commandé le (*)/reçu le (*)", "Nom du (des) consommateur(s)", "(*) Rayez la mention inutile."] {
        assert!(t.contains(words), "{words}");
    }
    // R111-1: the provider's telephone, asked and required for consumers.
    assert!(norm(&d.plain_text()).contains("Téléphone : 06 71 23 45 67"));
    let mut a = common::mission("consumer-remote");
    a.provider.phone.clear();
    assert!(check(&a).problems.iter().any(|p| p.field == Field::ProviderPhone));
}

// ---- Free work ---------------------------------------------------------------------

#[test]
fn free_work_assigns_rights_free_of_charge_on_delivery_and_never_speaks_of_invoices() {
    let d = doc(&common::mission("free-creative"));
    let rights = article(&d, Section::Rights);
    assert!(rights.contains("à titre gratuit") && rights.contains("prend effet à la livraison"), "{rights}");
    let t = norm(&d.plain_text());
    for word in ["paiement complet du prix", "factur", "paiement)", "restant à réaliser"] {
        assert!(!t.contains(word), "{word}");
    }
    assert!(t.contains("Toute série supplémentaire fait l’objet d’un accord écrit distinct"));
    // The provider may end free work with notice.
    assert!(article(&d, Section::Termination).contains("Chaque partie peut en outre mettre fin au contrat"));
    assert!(!flow::is_shown(Field::RightsOnFullPayment, &common::mission("free-creative")));
}

// ---- Insurance ---------------------------------------------------------------------

#[test]
fn insurance_names_the_cover_the_insurer_and_annexes_the_certificate() {
    let d = doc(&common::mission("consumer-building-home"));
    let ins = article(&d, Section::Insurance);
    assert!(ins.contains("assurance de responsabilité civile décennale"));
    assert!(ins.contains("SMABTP, 8 rue Louis Armand, 75015 Paris"));
    assert!(ins.contains("DEC-2026-118734") && ins.contains("France métropolitaine"));
    assert!(ins.contains("annexée au présent contrat") && ins.contains("L241-1"));
    assert!(!norm(&d.plain_text()).contains("assurance professionnelle obligatoire"));
    assert!(d.annexes.iter().any(|x| x.title.contains("Attestation d’assurance")));
    // Building works without a décennale are refused.
    let mut a = common::mission("consumer-building-home");
    a.provider.insurance_cover = InsuranceCover::CivilLiability;
    assert!(check(&a).problems.iter().any(|p| p.kind == ProblemKind::DecennaleRequired));
    a.provider.insurance = false;
    assert!(check(&a).problems.iter().any(|p| p.field == Field::ProviderInsurance));
}

// ---- Liability and creative work ---------------------------------------------------

#[test]
fn business_liability_cap_is_the_contract_price_never_the_sums_paid() {
    let t = text(&common::mission("creative-fixed"));
    assert!(!t.contains("sommes effectivement payées"));
    assert!(
        t.contains("au prix total du contrat fixé à l’article 5, soit 2 400,00 € (deux mille quatre cents euros)"),
        "{t}"
    );
    let t = text(&common::mission("coaching-manager"));
    assert!(t.contains("au montant maximal du contrat"));
}

#[test]
fn creative_work_carries_a_warranty_of_originality() {
    for name in ["creative-fixed", "free-creative", "web-personal-data"] {
        assert!(text(&common::mission(name)).contains("créations originales"), "{name}");
    }
    assert!(text(&common::mission("english-uk")).contains("original works and do not infringe"));
}

// ---- International business client --------------------------------------------------

#[test]
fn foreign_client_no_siren_vat_259_1_and_a_choice_of_court() {
    let uk = common::mission("english-uk");
    assert!(!flow::is_shown(Field::ClientTrader, &uk));
    for lang in [Lang::Fr, Lang::En] {
        let label = cadre::i18n::label_for(Field::ClientRegistration, &uk, lang);
        assert!(!label.contains("SIREN"), "never ask a foreign client for a SIREN: {label}");
    }
    assert!(cadre::i18n::label_for(Field::ClientRegistration, &common::mission("creative-fixed"), Lang::Fr)
        .contains("SIREN"));
    assert!(validate(&uk).is_ok(), "a UK company number is not checked as a SIREN");
    let t = text(&uk);
    assert!(t.contains("Company number: 12345678 (Companies House, England and Wales)"));
    assert!(t.contains("art. 259-1") && !t.contains("293 B"));
    assert!(t.contains("the courts of Nice, France, shall have exclusive jurisdiction"));
    let eu = text(&common::mission("eu-business"));
    assert!(eu.contains("Autoliquidation") && eu.contains("N° de TVA : BE 0712.345.630") && !eu.contains("293 B"));
    assert!(eu.contains("N° de TVA intracommunautaire : FR 70 445566771"));
    // No SIREN advice for a foreign client, but advice to choose a court.
    let mut no_court = common::mission("english-uk");
    no_court.terms.court_city.clear();
    let kinds: Vec<_> = cadre::advice::advise(&check(&no_court).contract).into_iter().map(|x| x.kind).collect();
    assert!(!kinds.contains(&cadre::advice::AdviceKind::ClientRegistrationMissing));
    assert!(kinds.contains(&cadre::advice::AdviceKind::ForeignCourtNotChosen));
    // An EU client needs both VAT numbers.
    let mut a = common::mission("eu-business");
    a.client.vat_number.clear();
    assert!(check(&a).problems.iter().any(|p| p.field == Field::ClientVatNumber));
}

// ---- Accompaniment and per-unit prices ----------------------------------------------

#[test]
fn per_unit_work_is_invoiced_on_units_delivered_not_in_fixed_shares() {
    let d = doc(&common::mission("coaching-manager"));
    let pay = article(&d, Section::Payment);
    assert!(pay.contains("à la fin de chaque mois, sur les séances réalisées dans le mois"), "{pay}");
    assert!(!d.articles().any(|a| a.body.iter().any(|b| matches!(b, Block::Table(_)))), "no fixed-share table");
    assert!(!flow::is_shown(Field::MilestoneLabel(1), &common::mission("coaching-manager")));
}

#[test]
fn a_beneficiary_distinct_from_the_paying_client_is_named() {
    let d = doc(&common::mission("coaching-manager"));
    let b = article(&d, Section::Beneficiary);
    assert!(b.contains("Nadia Benali, responsable d’exploitation, ci-après « le Bénéficiaire »"));
    assert!(b.contains("dates des séances et de la présence"));
    assert!(b.contains("ni le contenu des échanges"));
    assert!(b.contains("y compris à l’égard du Client"));
}

// ---- Personal data -------------------------------------------------------------------

#[test]
fn processing_personal_data_brings_the_gdpr_article_28_terms() {
    let d = doc(&common::mission("web-personal-data"));
    let t = article(&d, Section::PersonalData);
    for term in [
        "sous-traitant",
        "durée",
        "données traitées",
        "personnes concernées",
        "instruction documentée",
        "confidentialité",
        "article 32",
        "autorisation écrite préalable",
        "OVHcloud",
        "articles 32 à 36",
        "supprime les données ou les lui restitue",
        "audits",
    ] {
        assert!(t.contains(term), "{term}");
    }
    let mut a = common::mission("web-personal-data");
    a.data.kinds.clear();
    assert!(check(&a).problems.iter().any(|p| p.field == Field::DataKinds));
    a.data.processing = false;
    assert!(!sections(&a).contains(&Section::PersonalData));
}

// ---- Wording --------------------------------------------------------------------------

#[test]
fn wording_agreement_registers_signature_and_english_terms() {
    let t = text(&common::mission("creative-fixed"));
    assert!(t.contains("Représentée par Marc Dupont"));
    assert!(t.contains("en deux exemplaires originaux, ou signé électroniquement par les parties"));
    assert!(t.contains("sauf pour les mesures urgentes") || t.contains("ni une procédure d’injonction de payer"));
    let art = text(&common::mission("artisan-insurance"));
    assert!(art.contains("Registre national des entreprises") && !art.contains("Répertoire des métiers"));
    let en = text(&common::mission("english-uk"));
    assert!(en.starts_with("Services agreement") || en.contains("This Agreement is made between"));
    assert!(en.contains("This Agreement is made between:"));
    assert!(en.contains("in two counterparts"));
    assert!(en.contains("requires a separate written quote"));
    assert!(!en.contains("holding fee"));
}

#[test]
fn every_total_is_also_in_words() {
    for name in common::MISSIONS {
        let d = doc(&common::mission(name));
        assert!(!d.breaches.iter().any(|b| b.invariant == Invariant::TotalInWords), "{name}: {:?}", d.breaches);
    }
    let t = text(&common::mission("web-personal-data"));
    assert!(t.contains("montant toutes taxes comprises : 11 520,00 € (onze mille cinq cent vingt euros)"), "{t}");
}

// ---- The consistency check -------------------------------------------------------------

#[test]
fn reference_missions_break_no_invariant() {
    for name in common::MISSIONS {
        let d = doc(&common::mission(name));
        assert!(d.breaches.is_empty(), "{name}: {:?}", d.breaches);
        assert!(d.draft_mark.is_none(), "{name}");
    }
}

/// Which invariants `doc` (altered) breaks, for the answers of `name` (altered).
fn breaches_after(name: &str, edit_answers: impl Fn(&mut Answers), edit_doc: impl Fn(&mut Document)) -> Vec<Invariant> {
    let mut a = common::mission(name);
    edit_answers(&mut a);
    let checked = check(&a);
    let mut d = cadre::document::build::build(&checked, common::today());
    edit_doc(&mut d);
    consistency(&d, &checked.contract, checked.problems.is_empty()).into_iter().map(|b| b.invariant).collect()
}

fn add_paragraph(d: &mut Document, section: Section, text: &str) {
    for b in &mut d.blocks {
        if let Block::Article(a) = b {
            if a.section == section {
                a.body.push(Block::Paragraph(vec![Inline::Text(text.into())]));
                return;
            }
        }
    }
    panic!("no {section:?} article");
}

#[test]
fn the_consistency_check_catches_each_contradiction_it_names() {
    type EditA = fn(&mut Answers);
    type EditD = fn(&mut Document);
    let none_a: EditA = |_| {};
    let cases: Vec<(Invariant, &str, EditA, EditD)> = vec![
        (Invariant::ArticleReference, "creative-fixed", none_a, |d| {
            add_paragraph(d, Section::Object, "Voir l’article 42.")
        }),
        (Invariant::ArticleReference, "creative-fixed", none_a, |d| {
            add_paragraph(d, Section::Object, "Voir l’article ?.")
        }),
        (Invariant::EmptyArticle, "creative-fixed", none_a, |d| {
            if let Some(Block::Article(a)) = d.blocks.iter_mut().find(|b| matches!(b, Block::Article(_))) {
                a.body.clear();
            }
        }),
        (Invariant::Placeholder, "creative-fixed", none_a, |d| {
            if let Some(Block::Article(a)) = d.blocks.iter_mut().find(|b| matches!(b, Block::Article(_))) {
                a.body.push(Block::Paragraph(vec![Inline::Text("Prix : ".into()), Inline::Blank]));
            }
        }),
        (Invariant::TotalInWords, "creative-fixed", none_a, |d| {
            for b in &mut d.blocks {
                if let Block::Article(a) = b {
                    if a.section == Section::Price {
                        a.body.push(Block::Paragraph(vec![Inline::Strong("2\u{202f}400,00\u{a0}€".into())]));
                    }
                }
            }
        }),
        (Invariant::ScheduleSum, "creative-fixed", none_a, |d| {
            for b in &mut d.blocks {
                if let Block::Article(a) = b {
                    for x in &mut a.body {
                        if let Block::Table(Table { rows, .. }) = x {
                            rows[0][3] = "100,00\u{a0}€".into();
                        }
                    }
                }
            }
        }),
        (Invariant::UnitPriceFixedShares, "coaching-manager", none_a, |d| {
            for b in &mut d.blocks {
                if let Block::Article(a) = b {
                    if a.section == Section::Payment {
                        a.body.push(Block::Table(Table {
                            header: vec!["Part".into()],
                            rows: vec![],
                            right_aligned: vec![],
                        }));
                    }
                }
            }
        }),
        (Invariant::ConsumerAmicablePrecondition, "consumer-remote", none_a, |d| {
            add_paragraph(d, Section::Law, "Les parties tentent un accord amiable avant toute action en justice.")
        }),
        (Invariant::WithdrawalStartsOnDeposit, "consumer-remote", none_a, |d| {
            add_paragraph(d, Section::Payment, "La mission commence à réception de l’acompte.")
        }),
        (Invariant::DepositWithoutWithdrawalReserve, "consumer-remote", none_a, |d| {
            for b in &mut d.blocks {
                if let Block::Article(a) = b {
                    a.body.retain(|x| !matches!(x, Block::Paragraph(p) if cadre::document::plain(p).contains("sous réserve du droit")));
                }
            }
            add_paragraph(d, Section::Payment, "Aucune partie ne peut se dédire.");
        }),
        (Invariant::EarlyStartImplied, "consumer-remote", none_a, |d| {
            add_paragraph(d, Section::Withdrawal, "Le Client demande un début anticipé en signant le présent contrat.")
        }),
        (Invariant::EarlyStartImplied, "consumer-website-early", none_a, |d| {
            d.annexes.retain(|x| !x.title.contains("Demande"))
        }),
        (Invariant::WithdrawalWithoutRight, "creative-fixed", none_a, |d| {
            if let Some(Block::Article(a)) = d.blocks.iter_mut().find(|b| matches!(b, Block::Article(_))) {
                a.section = Section::Withdrawal;
            }
        }),
        (Invariant::ConsumerOneSidedFee, "consumer-remote", none_a, |d| {
            add_paragraph(d, Section::Termination, "Une indemnité de 30 % du prix restant à réaliser est due.")
        }),
        (Invariant::ConsumerGuaranteesMissing, "consumer-remote", none_a, |d| {
            d.blocks.retain(|b| !matches!(b, Block::Article(a) if a.section == Section::Guarantees))
        }),
        (Invariant::FreeWorkPriced, "free-creative", none_a, |d| {
            add_paragraph(d, Section::Rights, "La cession prend effet au paiement complet du prix.")
        }),
        (Invariant::BuildingDeemedAcceptance, "consumer-building-home", none_a, |d| {
            add_paragraph(d, Section::Acceptance, "Sans réponse sous 8 jours, la livraison est réputée acceptée.")
        }),
        (Invariant::BuildingWithoutDecennale, "artisan-insurance", none_a, |d| {
            d.blocks.retain(|b| !matches!(b, Block::Article(a) if matches!(a.section, Section::Insurance | Section::Guarantees | Section::Acceptance | Section::Liability)))
        }),
        (Invariant::LiabilitySumsPaid, "creative-fixed", none_a, |d| {
            add_paragraph(d, Section::Liability, "Le plafond est égal aux sommes effectivement payées.")
        }),
        (Invariant::ForeignClientVat293B, "english-uk", none_a, |d| {
            add_paragraph(d, Section::Price, "VAT not applicable, article 293 B of the CGI.")
        }),
        (Invariant::CourtClauseNotAllowed, "creative-fixed", none_a, |d| {
            add_paragraph(d, Section::Law, "Tout litige relève de la compétence exclusive des juridictions de Lyon.")
        }),
        (Invariant::ProcessorTermsMissing, "web-personal-data", none_a, |d| {
            d.blocks.retain(|b| !matches!(b, Block::Article(a) if a.section == Section::PersonalData))
        }),
        (Invariant::EnglishAssignmentForWork, "english-uk", none_a, |d| {
            add_paragraph(d, Section::Scope, "The assignment starts on signature.")
        }),
    ];
    let mut named = std::collections::HashSet::new();
    for (invariant, name, edit_a, edit_d) in cases {
        let found = breaches_after(name, edit_a, edit_d);
        assert!(found.contains(&invariant), "{invariant:?} on {name}: found {found:?}");
        named.insert(invariant);
    }
    assert_eq!(named.len(), 21, "every invariant has a case that breaks it");
}

#[test]
fn a_user_who_types_a_forbidden_phrase_is_not_a_breach() {
    let mut a = common::mission("free-of-charge");
    a.mission.description = "Audit de la facturation et du paiement complet du prix des adhésions.".into();
    assert!(doc(&a).breaches.is_empty(), "{:?}", doc(&a).breaches);
}

// ---- The whole space of switches ------------------------------------------------------

/// Fills what each switch requires, so every combination is a complete contract.
fn complete(a: &mut Answers) {
    a.provider.phone = "06 11 22 33 44".into();
    a.provider.vat_number = "FR 40 812345676".into();
    a.client.country = "Allemagne".into();
    a.client.vat_number = "DE 298 765 432".into();
    a.mission.beneficiary_name = "Nadia Benali".into();
    a.data.kinds = "noms et e-mails".into();
    a.data.subjects = "clients du Client".into();
    a.consumer.mediator_name = "CM2C".into();
    a.consumer.mediator_contact = "www.cm2c.net".into();
    a.provider.insurer = "SMABTP".into();
    a.provider.insurer_address = "8 rue Louis Armand, 75015 Paris".into();
    a.provider.policy = "P-1".into();
    a.provider.legal_form = "SARL".into();
    a.provider.signatory = "Camille Moreau".into();
    a.provider.signatory_role = "gérante".into();
    a.price.cap_units = "10".into();
    a.mission.sessions = "6".into();
    // Signed on 1 December 2026: without an early start, nothing starts in the 14 days.
    if a.has_withdrawal() && !a.consumer.early_start {
        a.mission.start_date = "2026-12-16".into();
    }
    if a.mission.deliverables.iter().all(|d| d.title.is_empty()) {
        a.mission.deliverables = vec![Deliverable { id: 1, title: "Logo".into(), due: String::new() }];
    }
}

#[test]
fn the_consistency_check_passes_over_the_whole_space_of_switches() {
    let base = common::mission("creative-fixed");
    let mut count = 0u32;
    let clients: Vec<fn(&mut Answers)> = vec![
        |a| a.client.kind = ClientKind::Consumer,
        |a| {
            a.client.kind = ClientKind::Consumer;
            a.consumer.conclusion = Conclusion::OffPremises;
            a.consumer.early_start = true;
        },
        |a| {
            a.client.kind = ClientKind::Consumer;
            a.consumer.conclusion = Conclusion::OnPremises;
        },
        |_| {},
        |a| {
            a.provider.trader = true;
            a.client.trader = true;
            a.terms.court_city = "Lyon".into();
        },
        |a| {
            a.client.small_business = true;
            a.consumer.conclusion = Conclusion::OffPremises;
        },
        |a| {
            a.client.established = Establishment::Eu;
            a.terms.court_city = "Lyon".into();
        },
        |a| a.client.established = Establishment::OutsideEu,
    ];
    let missions: Vec<fn(&mut Answers)> = vec![
        |a| a.mission.creative = false,
        |_| {},
        |a| {
            a.rights.mode = IpMode::Licence;
            a.rights.on_full_payment = false;
        },
        |a| {
            a.mission.creative = false;
            a.mission.building_works = true;
            a.provider.insurance = true;
            a.provider.insurance_cover = InsuranceCover::Decennale;
        },
        |a| a.mission.digital = true,
        |a| a.mission.kind = MissionKind::Accompaniment,
        |a| {
            a.mission.kind = MissionKind::Accompaniment;
            a.mission.beneficiary = true;
        },
    ];
    let prices: Vec<fn(&mut Answers)> = vec![
        |_| {},
        |a| a.payment.deposit = DepositKind::None,
        |a| {
            a.payment.deposit = DepositKind::Amount;
            a.payment.deposit_value = "500".into();
        },
        |a| a.price.mode = PriceMode::PerDay,
        |a| {
            a.price.mode = PriceMode::PerSession;
            a.payment.unit_invoicing = UnitInvoicing::AtEnd;
            a.payment.deposit = DepositKind::None;
        },
        |a| a.price.mode = PriceMode::Free,
    ];
    let statuses = [
        ProviderStatus::MicroEntrepreneur,
        ProviderStatus::IndividualEntrepreneur,
        ProviderStatus::Company,
        ProviderStatus::Other,
    ];
    for lang in [Lang::Fr, Lang::En] {
        for status in statuses {
            for franchise in [true, false] {
                for client in &clients {
                    for mission in &missions {
                        for price in &prices {
                            for data in [false, true] {
                                for liability in [LiabilityCap::ContractPrice, LiabilityCap::None] {
                                    let mut a = base.clone();
                                    a.contract_lang = lang;
                                    a.provider.status = status;
                                    a.provider.vat_franchise = franchise;
                                    a.data.processing = data;
                                    a.terms.liability = liability;
                                    client(&mut a);
                                    mission(&mut a);
                                    price(&mut a);
                                    complete(&mut a);
                                    let (d, checked) = from_answers(&a, common::today());
                                    assert!(
                                        checked.problems.is_empty(),
                                        "{lang:?} {status:?} franchise={franchise}: {:?}",
                                        checked.problems
                                    );
                                    assert!(d.breaches.is_empty(), "{:?}\n{}", d.breaches, norm(&d.plain_text()));
                                    count += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    // Written to the process's stderr directly (not captured by the test harness), so
    // every run says how much of the space it covered.
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "consistency: {count} combinations of answers checked, no invariant broken");
    assert_eq!(count, 2 * 4 * 2 * 8 * 7 * 6 * 2 * 2);
}

/// Clauses read numbers, amounts and dates from the validated contract only: a clause
/// that read such an answer as typed would bypass validation. Free text goes through
/// the paragraph builder, which cleans it; choices are typed enums.
#[test]
fn clauses_never_read_a_number_amount_or_date_as_typed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/document");
    let mut sources = vec![std::fs::read_to_string(format!("{dir}/clauses.rs")).unwrap()];
    for entry in std::fs::read_dir(format!("{dir}/clauses")).unwrap() {
        sources.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    sources.push(std::fs::read_to_string(format!("{dir}/build.rs")).unwrap());
    let typed =
        |f: &Field| matches!(f.kind(), FieldKind::Money | FieldKind::Percent | FieldKind::Count | FieldKind::Date);
    let mut checked = 0;
    for f in Field::SCALARS.iter().filter(|f| typed(f)) {
        let path = format!("a.{}", f.json_path().join("."));
        for src in &sources {
            for (i, _) in src.match_indices(&path) {
                let next = src[i + path.len()..].chars().next().unwrap_or(' ');
                assert!(
                    next.is_alphanumeric() || next == '_',
                    "a clause reads {path} as typed: use the validated contract"
                );
            }
        }
        checked += 1;
    }
    assert!(checked > 20, "{checked} typed answers checked");
}
