//! Assembles the contract: which articles apply, in which order, with which numbers.

use super::clauses::{self, Ctx};
use super::punctuation::joined;
use super::{Article, Block, Document, Meta, PartyBlock, Section, Signatures, Signer};
use crate::model::*;
use crate::validate::Checked;
use chrono::NaiveDate;

/// The articles that apply to these answers, in contract order. A clause that does not
/// apply is absent, never left blank.
pub fn sections(a: &Answers) -> Vec<Section> {
    let mut s = vec![Section::Object, Section::Scope];
    if a.mission.kind == MissionKind::Accompaniment {
        s.push(Section::Accompaniment);
    }
    if a.has_beneficiary() {
        s.push(Section::Beneficiary);
    }
    s.push(Section::Schedule);
    if a.mission.kind == MissionKind::Deliverables {
        s.push(Section::Acceptance);
    }
    s.push(Section::Price);
    if !a.is_free() {
        s.push(Section::Payment);
    }
    if a.has_rights() {
        s.push(Section::Rights);
    }
    if a.terms.confidentiality {
        s.push(Section::Confidentiality);
    }
    if a.processes_data() {
        s.push(Section::PersonalData);
    }
    s.push(Section::Liability);
    // The statutory guarantees: a consumer must be told which apply (C. consom.
    // L111-1, L221-5); building works carry the builders' guarantees for everyone.
    if a.is_consumer() || a.is_building() {
        s.push(Section::Guarantees);
    }
    if a.provider.insurance {
        s.push(Section::Insurance);
    }
    s.push(Section::Termination);
    if a.has_withdrawal() {
        s.push(Section::Withdrawal);
    }
    s.push(Section::General);
    s.push(Section::Law);
    s
}

/// An article's title, in the contract's language.
pub fn article_title(section: Section, a: &Answers) -> &'static str {
    let (fr, en) = match section {
        Section::Object => ("Objet", "Purpose"),
        Section::Scope => ("Contenu de la mission", "Scope of the Services"),
        Section::Accompaniment => ("Cadre de l’accompagnement", "Framework of the sessions"),
        Section::Beneficiary => ("Bénéficiaire de l’accompagnement", "Beneficiary of the sessions"),
        Section::Schedule => ("Durée et calendrier", "Term and schedule"),
        Section::Acceptance if a.is_building() => ("Réception des travaux", "Acceptance of the works"),
        Section::Acceptance => ("Livraison, réception et modifications", "Delivery, acceptance and changes"),
        Section::Price => ("Prix", "Price"),
        Section::Payment => ("Paiement", "Payment"),
        Section::Rights => ("Propriété intellectuelle", "Intellectual property"),
        Section::Confidentiality => ("Confidentialité", "Confidentiality"),
        Section::PersonalData => ("Données personnelles", "Personal data"),
        Section::Liability => ("Responsabilité et force majeure", "Liability and force majeure"),
        Section::Guarantees => ("Garanties légales", "Statutory guarantees"),
        Section::Insurance => ("Assurance", "Insurance"),
        Section::Termination => ("Fin du contrat", "Termination"),
        Section::Withdrawal => ("Droit de rétractation", "Right of withdrawal"),
        Section::General => ("Dispositions générales", "General provisions"),
        Section::Law => ("Droit applicable et litiges", "Governing law and disputes"),
        Section::Parties => ("Parties", "Parties"),
        Section::Signatures => ("Signatures", "Signatures"),
    };
    match a.contract_lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

fn body(section: Section, x: &Ctx) -> Vec<Block> {
    match section {
        Section::Object => clauses::object(x),
        Section::Scope => clauses::scope(x),
        Section::Accompaniment => clauses::accompaniment(x),
        Section::Beneficiary => clauses::beneficiary(x),
        Section::Schedule => clauses::schedule(x),
        Section::Acceptance => clauses::acceptance(x),
        Section::Price => clauses::price(x),
        Section::Payment => clauses::payment(x),
        Section::Rights => clauses::rights(x),
        Section::Confidentiality => clauses::confidentiality(x),
        Section::PersonalData => clauses::personal_data(x),
        Section::Liability => clauses::liability(x),
        Section::Guarantees => clauses::guarantees(x),
        Section::Insurance => clauses::insurance(x),
        Section::Termination => clauses::termination(x),
        Section::Withdrawal => clauses::withdrawal(x),
        Section::General => clauses::general(x),
        Section::Law => clauses::law(x),
        Section::Parties | Section::Signatures => Vec::new(),
    }
}

/// Builds the document from checked answers and checks it (`consistency`). `today`
/// dates the document's metadata (a pinned clock in tests). With blocking problems or a
/// broken invariant the document is marked as a draft. Every file is written from this.
pub fn build(checked: &Checked, today: NaiveDate) -> Document {
    let mut doc = build_unchecked(checked, today);
    doc.breaches = super::consistency::check(&doc, &checked.contract, checked.problems.is_empty());
    if !doc.breaches.is_empty() {
        doc.draft_mark = Some(draft_mark(doc.lang).into());
    }
    doc
}

fn draft_mark(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "PROJET",
        Lang::En => "DRAFT",
    }
}

/// The same document without the consistency check: the live preview's. The check
/// (about 6 KB of the first screen, gzipped) runs where files are written — the
/// writers module, loaded after the first screen — which also reports its breaches
/// to the review step (`web::writers::breaches`).
pub fn build_unchecked(checked: &Checked, today: NaiveDate) -> Document {
    let c = &checked.contract;
    let a = &c.answers;
    let lang = a.contract_lang;
    let x = Ctx { c, a, lang, sections: sections(a) };

    let title = if a.is_free() {
        x.tr("Contrat de prestation de services à titre gratuit", "Agreement for services free of charge")
    } else {
        x.tr("Contrat de prestation de services", "Services agreement")
    };
    // The mission's title is a user value like any other: no control or bidi override.
    let subtitle = clauses::user_text(&a.mission.title).trim().to_string();

    let mut blocks = vec![
        x.p().t(x.tr("Entre les soussignés :", "This Agreement is made between:")).block(),
        Block::Parties(vec![
            PartyBlock { role: x.tr("Le Prestataire", "The Provider").into(), lines: clauses::provider_identity(&x) },
            PartyBlock { role: x.tr("Le Client", "The Client").into(), lines: clauses::client_identity(&x) },
        ]),
        x.p().t(x.tr("Il a été convenu ce qui suit.", "The parties have agreed as follows.")).block(),
    ];
    for (i, &section) in x.sections.iter().enumerate() {
        blocks.push(Block::Article(Article {
            number: i as u32 + 1,
            title: article_title(section, a).into(),
            section,
            body: body(section, &x),
        }));
    }
    blocks.push(Block::Signatures(signatures(&x)));

    let annexes = clauses::annexes(&x);

    let author = one_line(&a.provider.name);
    let footer = if subtitle.is_empty() { title.to_string() } else { format!("{} – {}", title, one_line(&subtitle)) };
    let mut doc = Document {
        lang,
        title: title.into(),
        subtitle,
        draft_mark: None,
        stamp: None,
        fingerprint: None,
        meta: Meta { title: footer.clone(), author, created: today, footer },
        blocks,
        annexes,
        breaches: Vec::new(),
    };
    if !checked.problems.is_empty() {
        doc.draft_mark = Some(draft_mark(lang).into());
    }
    doc
}

/// Metadata and page footers hold one line (an HTML `<title>` or attribute, a PDF
/// footer or Info entry has no line break to show): user text cleaned as everywhere
/// else, its line breaks turned into spaces.
fn one_line(s: &str) -> String {
    let cleaned = clauses::user_text(s);
    let parts: Vec<&str> =
        cleaned.split(['\n', '\u{2028}', '\u{2029}']).map(str::trim).filter(|p| !p.is_empty()).collect();
    parts.join(" ")
}

fn signatures(x: &Ctx) -> Signatures {
    let a = x.a;
    let place = clauses::user_text(&a.signature.place).trim().to_string();
    let place = if place.is_empty() { "……………………".to_string() } else { place };
    let date = match x.c.signature_date {
        Some(d) => x.date(d),
        None => "……………………".into(),
    };
    // A distance contract is concluded at the last signature, wherever each party signs.
    let remote = a.has_withdrawal() && a.consumer.conclusion == Conclusion::Distance;
    let place_and_date = match (x.lang, remote) {
        (Lang::Fr, true) => "Signé à distance par les parties, électroniquement ou par échange d’exemplaires signés ; le contrat est conclu à la date de la dernière signature.".to_string(),
        (Lang::En, true) => "Signed at a distance by the parties, electronically or by exchange of signed counterparts; this Agreement is concluded on the date of the last signature.".to_string(),
        // C. civ. 1375: originals on paper, or one electronic signature by each party.
        (Lang::Fr, false) => format!(
            "Fait à {} {}, en deux exemplaires originaux, ou signé électroniquement par les parties, le contrat étant alors conclu à la date de la dernière signature.",
            joined(&place, ", le"), date
        ),
        (Lang::En, false) => format!("Signed in {} on {} in two counterparts, or electronically by the parties, in which case this Agreement is concluded on the date of the last signature.", place, date),
    };
    let pr = &a.provider;
    let clean = |s: &str| clauses::user_text(s).trim().to_string();
    let (p_name, p_capacity) = match pr.status {
        ProviderStatus::MicroEntrepreneur | ProviderStatus::IndividualEntrepreneur => {
            (format!("{} EI", clean(&pr.name)), x.tr("Entrepreneur individuel", "Individual entrepreneur").to_string())
        }
        ProviderStatus::Company => {
            (clean(&pr.signatory), format!("{}{}", joined(&clean(&pr.signatory_role), ", "), clean(&pr.name)))
        }
        ProviderStatus::Other => (clean(&pr.name), String::new()),
    };
    let cl = &a.client;
    let (c_name, c_capacity) = match cl.kind {
        ClientKind::Consumer => (clean(&cl.name), String::new()),
        ClientKind::Business if !cl.representative.trim().is_empty() => {
            let role = clean(&cl.representative_role);
            let cap = if role.is_empty() { clean(&cl.name) } else { joined(&role, ", ") + &clean(&cl.name) };
            (clean(&cl.representative), cap)
        }
        ClientKind::Business => (clean(&cl.name), String::new()),
    };
    let mention = x.tr("Date et signature", "Date and signature").to_string();
    Signatures {
        place_and_date: clauses::typo(&place_and_date, x.lang),
        parties: vec![
            Signer {
                role: x.tr("Le Prestataire", "The Provider").into(),
                name: p_name,
                capacity: p_capacity,
                mention: mention.clone(),
            },
            Signer { role: x.tr("Le Client", "The Client").into(), name: c_name, capacity: c_capacity, mention },
        ],
    }
}

/// Checks and builds in one call.
pub fn from_answers(a: &Answers, today: NaiveDate) -> (Document, Checked) {
    let checked = crate::validate::check(a);
    (build(&checked, today), checked)
}
