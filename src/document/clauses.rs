//! The clause library: each function reads the contract and returns document nodes in
//! the contract's language. French and English stand side by side so the logic that
//! chooses a clause is written once.

use super::{format, words, Block, Inline, Section};
use crate::model::*;
use crate::validate::{Contract, InstallmentKind, Penalty, Term};

/// The clause context: the contract, its language, and the article numbers.
pub struct Ctx<'a> {
    pub c: &'a Contract,
    pub a: &'a Answers,
    pub lang: Lang,
    /// The sections present, in order: article n is `sections[n - 1]`.
    pub sections: Vec<Section>,
}

impl Ctx<'_> {
    /// Chooses the text for the contract's language.
    pub fn tr<'s>(&self, fr: &'s str, en: &'s str) -> &'s str {
        match self.lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// The number of the article holding `section`.
    pub fn num(&self, section: Section) -> String {
        match self.sections.iter().position(|s| *s == section) {
            Some(i) => (i + 1).to_string(),
            None => "?".into(),
        }
    }

    pub fn money(&self, m: Money) -> String {
        m.format(self.lang)
    }

    /// "1 200,00 € (mille deux cents euros)".
    pub fn money_words(&self, m: Money) -> String {
        format!("{} ({})", m.format(self.lang), words::money(m, self.lang))
    }

    pub fn pct(&self, p: Percent) -> String {
        p.format(self.lang)
    }

    pub fn date(&self, d: chrono::NaiveDate) -> String {
        format::date(d, self.lang)
    }

    pub fn days(&self, n: u32) -> String {
        match self.lang {
            Lang::Fr => format::count(n, "jour", "jours"),
            Lang::En => format::count(n, "day", "days"),
        }
    }

    /// A paragraph builder in this contract's language.
    pub fn p(&self) -> P {
        P { lang: self.lang, inlines: Vec::new() }
    }
}

/// Builds a paragraph: clause text (with French typography applied), emphasis, and
/// user values (kept exactly as typed; an empty one leaves a blank to fill).
pub struct P {
    lang: Lang,
    inlines: Vec<Inline>,
}

impl P {
    /// Clause text.
    pub fn t(mut self, s: &str) -> P {
        let s = typo(s, self.lang);
        match self.inlines.last_mut() {
            Some(Inline::Text(prev)) => prev.push_str(&s),
            _ => self.inlines.push(Inline::Text(s)),
        }
        self
    }

    /// Clause text in bold (defined terms, amounts).
    pub fn b(mut self, s: &str) -> P {
        self.inlines.push(Inline::Strong(typo(s, self.lang)));
        self
    }

    /// A user's answer, or a blank when it is empty.
    pub fn v(mut self, s: &str) -> P {
        let cleaned = user_text(s);
        let s = cleaned.trim();
        if s.is_empty() {
            self.inlines.push(Inline::Blank);
        } else {
            match self.inlines.last_mut() {
                Some(Inline::Text(prev)) => prev.push_str(s),
                _ => self.inlines.push(Inline::Text(s.to_string())),
            }
        }
        self
    }

    pub fn inlines(self) -> Vec<Inline> {
        self.inlines
    }

    pub fn block(self) -> Block {
        Block::Paragraph(self.inlines)
    }
}

/// User text as the contract shows it: control characters and bidirectional overrides
/// (which can disguise a name or an amount) removed; line breaks kept.
pub fn user_text(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            c == '\n'
                || !(c.is_control()
                    || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}'))
        })
        .collect()
}

/// Typography for clause text: typographic apostrophes; in French, no-break spaces
/// before : ; ! ? % € and inside « ». User text is never touched.
pub fn typo(s: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    let mut prev = '\0';
    while let Some(c) = chars.next() {
        match c {
            '\'' => out.push('’'),
            ' ' if lang == Lang::Fr => {
                let next = chars.peek().copied().unwrap_or('\0');
                if prev == '«' {
                    out.push('\u{a0}');
                } else {
                    match next {
                        ':' | '%' | '€' | '»' => out.push('\u{a0}'),
                        ';' | '!' | '?' => out.push('\u{202f}'),
                        _ => out.push(' '),
                    }
                }
            }
            c => out.push(c),
        }
        prev = c;
    }
    out
}

/// Joins adjacent text runs (after paragraphs are assembled from parts).
fn merge(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(inlines.len());
    for i in inlines {
        match (out.last_mut(), i) {
            (Some(Inline::Text(prev)), Inline::Text(s)) => prev.push_str(&s),
            (_, i) => out.push(i),
        }
    }
    out
}

/// A list item from a builder.
fn item(p: P) -> Vec<Inline> {
    p.inlines()
}

// ───────────────────────────── Parties ─────────────────────────────

/// The provider's identity lines, with every mandatory mention.
pub fn provider_identity(x: &Ctx) -> Vec<Vec<Inline>> {
    let pr = &x.a.provider;
    let mut lines = Vec::new();
    let name = match pr.status {
        // Since 15 May 2022 an individual entrepreneur's name goes with "EI".
        ProviderStatus::MicroEntrepreneur | ProviderStatus::IndividualEntrepreneur => {
            x.p().v(&pr.name).t(" EI").inlines()
        }
        _ => x.p().v(&pr.name).inlines(),
    };
    lines.push(strong_first(name));
    let status = match pr.status {
        ProviderStatus::MicroEntrepreneur => x.tr(
            "Entrepreneur individuel, sous le régime de la micro-entreprise",
            "Individual entrepreneur (entrepreneur individuel), French micro-enterprise scheme",
        ),
        ProviderStatus::IndividualEntrepreneur => {
            x.tr("Entrepreneur individuel", "Individual entrepreneur (entrepreneur individuel)")
        }
        ProviderStatus::Company | ProviderStatus::Other => "",
    };
    if !status.is_empty() {
        lines.push(x.p().t(status).inlines());
    }
    if pr.status == ProviderStatus::Company {
        lines.push(x.p().v(&pr.legal_form).inlines());
    }
    if !pr.siren.trim().is_empty() || pr.status != ProviderStatus::Other {
        let label = if digits(&pr.siren).len() == 14 { "SIRET" } else { "SIREN" };
        lines.push(x.p().t(label).t(x.tr(" : ", ": ")).v(&pr.siren).inlines());
    }
    match pr.registry {
        Registry::Rcs => lines.push(
            x.p()
                .t(x.tr("Immatriculé au RCS de ", "Registered with the Trade and Companies Register (RCS) of "))
                .v(&pr.registry_city)
                .inlines(),
        ),
        Registry::Rm => lines.push(
            x.p()
                .t(x.tr(
                    "Immatriculé au Répertoire des métiers de ",
                    "Registered with the Trades Register (Répertoire des métiers) of ",
                ))
                .v(&pr.registry_city)
                .inlines(),
        ),
        Registry::None => {}
    }
    lines.push(x.p().t(x.tr("Adresse : ", "Address: ")).v(&pr.address).inlines());
    if !pr.email.trim().is_empty() {
        lines.push(x.p().t(x.tr("E-mail : ", "E-mail: ")).v(&pr.email).inlines());
    }
    if pr.vat_franchise {
        // Exact mention required under the VAT franchise.
        lines.push(x.p().t("TVA non applicable, art. 293 B du CGI").inlines());
    } else {
        lines.push(x.p().t(x.tr("N° de TVA intracommunautaire : ", "VAT number: ")).v(&pr.vat_number).inlines());
    }
    if pr.status == ProviderStatus::Company {
        lines.push(
            x.p()
                .t(x.tr("Représentée par ", "Represented by "))
                .v(&pr.signatory)
                .t(", ")
                .v(&pr.signatory_role)
                .inlines(),
        );
    }
    lines.push(x.p().t(x.tr("ci-après « le Prestataire »", "hereinafter “the Provider”")).inlines());
    lines
}

pub fn client_identity(x: &Ctx) -> Vec<Vec<Inline>> {
    let cl = &x.a.client;
    let mut lines = vec![strong_first(x.p().v(&cl.name).inlines())];
    match cl.kind {
        ClientKind::Business => {
            if !cl.legal_form.trim().is_empty() {
                lines.push(x.p().v(&cl.legal_form).inlines());
            }
            if !cl.registration.trim().is_empty() {
                let label = if digits(&cl.registration).len() == 14 { "SIRET" } else { "SIREN" };
                lines.push(x.p().t(label).t(x.tr(" : ", ": ")).v(&cl.registration).inlines());
            }
            lines.push(x.p().t(x.tr("Adresse : ", "Address: ")).v(&cl.address).inlines());
            if !cl.email.trim().is_empty() {
                lines.push(x.p().t(x.tr("E-mail : ", "E-mail: ")).v(&cl.email).inlines());
            }
            if !cl.representative.trim().is_empty() {
                let mut p = x.p().t(x.tr("Représenté par ", "Represented by ")).v(&cl.representative);
                if !cl.representative_role.trim().is_empty() {
                    p = p.t(", ").v(&cl.representative_role);
                }
                lines.push(p.inlines());
            }
        }
        ClientKind::Consumer => {
            lines.push(
                x.p()
                    .t(x.tr("Particulier, demeurant : ", "Private individual, residing at: "))
                    .v(&cl.address)
                    .inlines(),
            );
            if !cl.email.trim().is_empty() {
                lines.push(x.p().t(x.tr("E-mail : ", "E-mail: ")).v(&cl.email).inlines());
            }
        }
    }
    lines.push(x.p().t(x.tr("ci-après « le Client »", "hereinafter “the Client”")).inlines());
    lines
}

/// The party's name line, in bold.
fn strong_first(inlines: Vec<Inline>) -> Vec<Inline> {
    inlines
        .into_iter()
        .map(|i| match i {
            Inline::Text(s) => Inline::Strong(s),
            other => other,
        })
        .collect()
}

fn digits(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_digit()).collect()
}

// ───────────────────────────── Articles ─────────────────────────────

pub fn object(x: &Ctx) -> Vec<Block> {
    let m = &x.a.mission;
    let mut out = vec![x
        .p()
        .t(x.tr(
            "Le présent contrat définit les conditions dans lesquelles le Prestataire réalise pour le Client la mission suivante : « ",
            "This contract sets out the terms on which the Provider performs the following assignment for the Client: “",
        ))
        .v(&m.title)
        .t(x.tr(" ».", "”."))
        .block()];
    if !m.description.trim().is_empty() {
        out.push(x.p().v(&m.description).block());
    }
    if x.a.is_free() {
        out.push(
            x.p()
                .t(x.tr(
                    "La mission est réalisée à titre gratuit. Cette gratuité ne diminue en rien les engagements de chaque partie, qui sont ceux du présent contrat.",
                    "The assignment is performed free of charge. This does not lessen either party's commitments, which are those of this contract.",
                ))
                .block(),
        );
    }
    out
}

pub fn scope(x: &Ctx) -> Vec<Block> {
    let m = &x.a.mission;
    let mut out = Vec::new();
    match m.kind {
        MissionKind::Deliverables => {
            out.push(x.p().t(x.tr("Le Prestataire livre au Client :", "The Provider delivers to the Client:")).block());
            let items: Vec<Vec<Inline>> = if x.c.deliverables.is_empty() {
                vec![vec![Inline::Blank]]
            } else {
                x.c.deliverables
                    .iter()
                    .map(|(title, due)| {
                        let mut p = x.p().v(title);
                        if let Some(d) = due {
                            p = p.t(x.tr(", au plus tard le ", ", no later than ")).t(&x.date(*d));
                        }
                        item(p)
                    })
                    .collect()
            };
            out.push(Block::List { ordered: false, items });
        }
        MissionKind::Accompaniment => {
            out.push(
                x.p()
                    .t(x.tr(
                        "La mission est un accompagnement, sans livrable. Le Prestataire s'engage à mettre en œuvre tous les moyens raisonnables pour aider le Client à atteindre ses objectifs, sans garantir un résultat : il s'agit d'une obligation de moyens.",
                        "The assignment is an accompaniment with no deliverable. The Provider undertakes to use all reasonable means to help the Client reach its goals, without guaranteeing a result (an obligation of means).",
                    ))
                    .block(),
            );
        }
    }
    if !m.client_inputs.trim().is_empty() {
        out.push(
            x.p()
                .t(x.tr(
                    "Pour permettre la réalisation de la mission, le Client fournit au Prestataire : ",
                    "To make the assignment possible, the Client provides the Provider with: ",
                ))
                .v(&m.client_inputs)
                .t(x.tr(
                    ". Tout retard dans cette fourniture décale d'autant les délais du Prestataire.",
                    ". Any delay in providing them postpones the Provider's deadlines by the same time.",
                ))
                .block(),
        );
    }
    if !m.exclusions.trim().is_empty() {
        out.push(
            x.p()
                .t(x.tr("Sont exclus de la mission : ", "The following are outside the assignment: "))
                .v(&m.exclusions)
                .t(".")
                .block(),
        );
    }
    let beyond = match m.kind {
        MissionKind::Deliverables => {
            x.p().t(x.tr("Toute demande qui sort du périmètre ci-dessus", "Any request outside the scope above"))
        }
        MissionKind::Accompaniment => x
            .p()
            .t(x.tr(
                "Toute demande qui sort du cadre décrit à l'article ",
                "Any request outside the frame set out in article ",
            ))
            .t(&x.num(Section::Accompaniment)),
    };
    out.push(
        beyond
            .t(x.tr(
                " fait l'objet d'un devis complémentaire, accepté par écrit avant d'être exécuté.",
                " is the subject of an additional quote, accepted in writing before the work starts.",
            ))
            .block(),
    );
    out.push(
        x.p()
            .t(x.tr(
                "Le Prestataire exerce sa mission en toute indépendance : il organise librement son travail, ses horaires et ses moyens, sans aucun lien de subordination avec le Client. Le Client collabore de bonne foi et répond aux demandes du Prestataire dans des délais raisonnables.",
                "The Provider acts as an independent contractor: it organises its work, hours and means freely, with no subordination to the Client. The Client cooperates in good faith and answers the Provider's requests within a reasonable time.",
            ))
            .block(),
    );
    out
}

pub fn accompaniment(x: &Ctx) -> Vec<Block> {
    let m = &x.a.mission;
    let mut items = Vec::new();
    if let Some(n) = x.c.sessions {
        let mut p = x.p().t(x.tr("Nombre de séances : ", "Number of sessions: ")).b(&n.to_string());
        if let Some(min) = x.c.session_minutes {
            p = p.t(x.tr(", d'une durée de ", ", each lasting ")).t(&duration(x, min));
        }
        items.push(item(p));
    }
    if !m.frequency.trim().is_empty() {
        items.push(item(x.p().t(x.tr("Rythme : ", "Frequency: ")).v(&m.frequency)));
    }
    if !m.channels.trim().is_empty() {
        items.push(item(x.p().t(x.tr("Modalités : ", "Format: ")).v(&m.channels)));
    }
    match (x.c.start, x.c.end) {
        (Some(s), Some(e)) => items.push(item(
            x.p().t(x.tr("Période : du ", "Period: from ")).t(&x.date(s)).t(x.tr(" au ", " to ")).t(&x.date(e)),
        )),
        (None, Some(e)) => {
            items.push(item(x.p().t(x.tr("Fin de l'accompagnement : ", "End of the accompaniment: ")).t(&x.date(e))))
        }
        _ => {}
    }
    let mut out = vec![x
        .p()
        .t(x.tr("L'accompagnement s'inscrit dans le cadre suivant :", "The accompaniment follows this frame:"))
        .block()];
    if !items.is_empty() {
        out.push(Block::List { ordered: false, items });
    }
    if let Some(h) = x.c.reschedule_hours {
        let hours = match x.lang {
            Lang::Fr => format::count(h, "heure", "heures"),
            Lang::En => format::count(h, "hour", "hours"),
        };
        out.push(
            x.p()
                .t(x.tr("Une séance peut être reportée sans frais si la demande parvient à l'autre partie au moins ", "A session may be rescheduled free of charge if the request reaches the other party at least "))
                .t(&hours)
                .t(x.tr(
                    " à l'avance. Une séance annulée plus tard par le Client, ou à laquelle il ne se présente pas, est due et décomptée. Une séance annulée par le Prestataire est toujours reportée.",
                    " in advance. A session the Client cancels later, or does not attend, is due and counted. A session the Provider cancels is always rescheduled.",
                ))
                .block(),
        );
    }
    let unused = match m.unused_sessions {
        UnusedSessions::Lost => x.tr(
            "Les séances non utilisées à la date de fin de l'accompagnement sont perdues et ne donnent lieu à aucun remboursement.",
            "Sessions not used by the end date of the accompaniment are forfeited and not refunded.",
        ),
        UnusedSessions::CarriedOneMonth => x.tr(
            "Les séances non utilisées à la date de fin peuvent l'être dans le mois qui suit ; au-delà, elles sont perdues sans remboursement.",
            "Sessions not used by the end date may be used within the following month; after that they are forfeited without refund.",
        ),
        UnusedSessions::Refunded => x.tr(
            "Les séances non utilisées à la date de fin ne sont pas facturées, ou sont remboursées si elles ont été payées.",
            "Sessions not used by the end date are not invoiced, or are refunded if already paid.",
        ),
    };
    out.push(x.p().t(unused).block());
    out.push(
        x.p()
            .t(x.tr(
                "Les supports remis pendant l'accompagnement restent la propriété du Prestataire ; le Client peut les utiliser pour ses besoins propres, sans les diffuser.",
                "Materials handed over during the accompaniment remain the Provider's property; the Client may use them for its own needs, without distributing them.",
            ))
            .block(),
    );
    out
}

fn duration(x: &Ctx, minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (x.lang, h, m) {
        (Lang::Fr, 0, m) => format::count(m, "minute", "minutes"),
        (Lang::Fr, h, 0) => format::count(h, "heure", "heures"),
        (Lang::Fr, h, m) => format!("{}\u{a0}h\u{a0}{:02}", h, m),
        (Lang::En, 0, m) => format::count(m, "minute", "minutes"),
        (Lang::En, h, 0) => format::count(h, "hour", "hours"),
        (Lang::En, h, m) => format!("{}\u{a0}h\u{a0}{:02}\u{a0}min", h, m),
    }
}

pub fn schedule(x: &Ctx) -> Vec<Block> {
    let mut out = vec![x
        .p()
        .t(x.tr(
            "Le contrat entre en vigueur à sa signature par les deux parties.",
            "This contract comes into force when both parties have signed it.",
        ))
        .block()];
    if let Some(s) = x.c.start {
        out.push(x.p().t(x.tr("La mission commence le ", "The assignment starts on ")).t(&x.date(s)).t(".").block());
    }
    if let Some(e) = x.c.end {
        let lead = match x.a.mission.kind {
            MissionKind::Deliverables => x.tr(
                "Le Prestataire livre l'ensemble des livrables au plus tard le ",
                "The Provider delivers all deliverables no later than ",
            ),
            MissionKind::Accompaniment => x.tr("L'accompagnement prend fin le ", "The accompaniment ends on "),
        };
        out.push(x.p().t(lead).b(&x.date(e)).t(".").block());
    }
    out.push(
        x.p()
            .t(x.tr(
                "Ces délais sont prolongés de la durée de tout retard imputable au Client (validation, fourniture d'éléments, paiement) ou d'un cas de force majeure.",
                "These deadlines are extended by any delay attributable to the Client (approvals, materials, payment) or by force majeure.",
            ))
            .block(),
    );
    if x.a.has_withdrawal() && !x.a.consumer.early_start {
        out.push(
            x.p()
                .t(x.tr(
                    "Aucune prestation ne commence avant la fin du délai de rétractation prévu à l'article ",
                    "No work starts before the end of the withdrawal period set out in article ",
                ))
                .t(&x.num(Section::Withdrawal))
                .t(".")
                .block(),
        );
    }
    out
}

pub fn acceptance(x: &Ctx) -> Vec<Block> {
    let days = x.c.acceptance_days.unwrap_or(8);
    let mut out = vec![x
        .p()
        .t(x.tr("À chaque livraison, le Client dispose de ", "After each delivery, the Client has "))
        .t(&x.days(days))
        .t(x.tr(
            " pour l'accepter ou pour formuler par écrit des réserves précises. Sans réponse dans ce délai, la livraison est réputée acceptée.",
            " to accept it or to state precise reservations in writing. Without an answer within that time, the delivery is deemed accepted.",
        ))
        .block()];
    match x.c.revision_rounds {
        None => out.push(
            x.p()
                .t(x.tr(
                    "Les demandes de modification sont prises en compte sans limite de nombre, dans le périmètre décrit à l'article ",
                    "Change requests are taken into account with no limit on their number, within the scope described in article ",
                ))
                .t(&x.num(Section::Scope))
                .t(".")
                .block(),
        ),
        Some(0) => out.push(
            x.p()
                .t(x.tr(
                    "Le prix ne comprend pas de série de modifications : toute modification demandée après livraison, hors correction d'une non-conformité, est facturée en sus",
                    "The price includes no round of changes: any change requested after delivery, other than correcting a non-conformity, is invoiced in addition",
                ))
                .t(&extra_price(x))
                .t(".")
                .block(),
        ),
        Some(n) => {
            let rounds = match x.lang {
                Lang::Fr => format::count(n, "série de modifications", "séries de modifications"),
                Lang::En => format::count(n, "round of changes", "rounds of changes"),
            };
            out.push(
                x.p()
                    .t(x.tr("Le prix comprend ", "The price includes "))
                    .b(&rounds)
                    .t(x.tr(
                        " par livrable, chacune regroupant toutes les demandes du Client en un seul envoi. Toute série supplémentaire est facturée",
                        " per deliverable, each gathering all the Client's requests in a single message. Any further round is invoiced",
                    ))
                    .t(&extra_price(x))
                    .t(".")
                    .block(),
            );
        }
    }
    out.push(
        x.p()
            .t(x.tr(
                "La correction d'un livrable non conforme à ce qui a été convenu n'est jamais facturée.",
                "Correcting a deliverable that does not conform to what was agreed is never invoiced.",
            ))
            .block(),
    );
    out
}

fn extra_price(x: &Ctx) -> String {
    match x.c.extra_round_price {
        Some(m) => {
            let tax = if x.c.vat_rate.is_some() { x.tr(" HT", " excl. VAT") } else { "" };
            format!("{}{}{}", x.tr(" au prix de ", " at "), x.money(m), tax)
        }
        None => x.tr(" sur devis", " on a quote").to_string(),
    }
}

pub fn price(x: &Ctx) -> Vec<Block> {
    let mode = x.a.price.mode;
    let mut out = Vec::new();
    let ht = if x.c.vat_rate.is_some() { x.tr(" hors taxes", " excluding VAT") } else { "" };
    match mode {
        PriceMode::Fixed => {
            let mut p = x.p().t(x.tr(
                "Le prix de la mission est fixé forfaitairement à ",
                "The price of the assignment is a fixed fee of ",
            ));
            p = match x.c.total {
                Some(t) => p.b(&x.money_words(t)),
                None => p.v(""),
            };
            out.push(p.t(ht).t(".").block());
        }
        PriceMode::PerDay | PriceMode::PerHour | PriceMode::PerSession => {
            let (unit, units) = match (mode, x.lang) {
                (PriceMode::PerDay, Lang::Fr) => ("par jour de travail", "jours"),
                (PriceMode::PerHour, Lang::Fr) => ("par heure de travail", "heures"),
                (_, Lang::Fr) => ("par séance", "séances"),
                (PriceMode::PerDay, Lang::En) => ("per working day", "days"),
                (PriceMode::PerHour, Lang::En) => ("per working hour", "hours"),
                (_, Lang::En) => ("per session", "sessions"),
            };
            let mut p = x.p().t(x.tr("Le prix est de ", "The price is "));
            p = match x.c.unit_rate {
                Some(r) => p.b(&x.money_words(r)),
                None => p.v(""),
            };
            out.push(p.t(" ").t(unit).t(ht).t(".").block());
            let mut p = x.p().t(x.tr("Le nombre facturé ne peut dépasser ", "No more than "));
            p = match x.c.cap_units {
                Some(n) => p.b(&format!("{}\u{a0}{}", n, units)),
                None => p.v(""),
            };
            p = p.t(x.tr(
                " sans l'accord écrit préalable du Client, soit un montant maximal de ",
                " may be invoiced without the Client's prior written consent, that is at most ",
            ));
            p = match x.c.total {
                Some(t) => p.b(&x.money(t)),
                None => p.v(""),
            };
            let statement = if mode == PriceMode::PerSession {
                x.tr(". Chaque facture détaille les séances réalisées.", ". Each invoice lists the sessions held.")
            } else {
                x.tr(
                    ". Le temps passé est justifié par un relevé joint à chaque facture.",
                    ". Time spent is itemised in a statement attached to each invoice.",
                )
            };
            out.push(p.t(ht).t(statement).block());
        }
        PriceMode::Free => {
            let mut p = x.p().t(x.tr(
                "La mission est réalisée à titre gratuit : aucune somme n'est due au Prestataire",
                "The assignment is free of charge: no sum is owed to the Provider",
            ));
            if let Some(v) = x.c.free_value {
                p = p
                    .t(x.tr(
                        ". À titre d'information, sa valeur est estimée à ",
                        ". For information, its value is estimated at ",
                    ))
                    .t(&x.money(v));
            }
            out.push(p.t(".").block());
            out.push(x.p().t(x.tr(
                "Si le Client demande des travaux supplémentaires, ils font l'objet d'un devis distinct, payant sauf accord contraire écrit.",
                "Any further work the Client asks for is the subject of a separate quote, to be paid unless otherwise agreed in writing.",
            )).block());
            return out;
        }
    }
    match x.c.vat_rate {
        None => out.push(x.p().t(x.tr(
            "TVA non applicable, art. 293 B du CGI : le prix ci-dessus est le montant total dû.",
            "VAT not applicable, article 293 B of the French General Tax Code (CGI): the price above is the total amount due.",
        )).block()),
        Some(rate) => {
            let mut p = x.p().t(x.tr("La TVA au taux de ", "VAT at ")).t(&x.pct(rate)).t(x.tr(" s'y ajoute", " is added"));
            if let Some(t) = x.c.total {
                let vat = t.percent(rate);
                p = p
                    .t(x.tr(", soit ", ", i.e. "))
                    .t(&x.money(vat))
                    .t(x.tr(" ; montant toutes taxes comprises : ", "; total including VAT: "))
                    .b(&x.money(Money(t.0 + vat.0)));
            }
            out.push(p.t(".").block());
        }
    }
    if x.a.price.expenses_on_approval {
        out.push(x.p().t(x.tr(
            "Les frais engagés pour la mission (déplacements, achats) ne sont remboursés que s'ils ont été approuvés par écrit par le Client avant d'être engagés, sur justificatifs.",
            "Expenses incurred for the assignment (travel, purchases) are reimbursed only if the Client approved them in writing beforehand, against receipts.",
        )).block());
    } else {
        out.push(
            x.p()
                .t(x.tr(
                    "Ce prix couvre tous les frais du Prestataire liés à la mission.",
                    "This price covers all of the Provider's expenses for the assignment.",
                ))
                .block(),
        );
    }
    out
}

pub fn payment(x: &Ctx) -> Vec<Block> {
    let mut out = Vec::new();
    let has_vat = x.c.vat_rate.is_some();
    out.push(
        x.p()
            .t(x.tr("Le prix est payé selon l'échéancier suivant :", "The price is paid on the following schedule:"))
            .block(),
    );
    let mut header = vec![
        x.tr("Échéance", "Instalment").to_string(),
        x.tr("Facturation", "Invoiced").to_string(),
        x.tr("Part", "Share").to_string(),
        if has_vat { x.tr("Montant HT", "Amount excl. VAT") } else { x.tr("Montant", "Amount") }.to_string(),
    ];
    if has_vat {
        header.push(x.tr("Montant TTC", "Amount incl. VAT").to_string());
    }
    // Code de la consommation L221-10: no payment in the 7 days after an off-premises
    // contract.
    let off_premises = x.a.has_withdrawal() && x.a.consumer.conclusion == Conclusion::OffPremises;
    let end_label = match x.a.mission.kind {
        MissionKind::Deliverables => x.tr("à la livraison finale", "on final delivery"),
        MissionKind::Accompaniment => x.tr("à la fin de l'accompagnement", "at the end of the accompaniment"),
    };
    let rows = x
        .c
        .installments
        .iter()
        .map(|i| {
            let label = match &i.kind {
                InstallmentKind::Deposit => x.tr("Acompte", "Deposit").to_string(),
                InstallmentKind::Milestone(l) => user_text(l),
                InstallmentKind::Balance => x.tr("Solde", "Balance").to_string(),
            };
            let due = match (&i.kind, i.due) {
                (InstallmentKind::Deposit, _) if off_premises => {
                    x.tr("8 jours après la signature", "8 days after signature").to_string()
                }
                (InstallmentKind::Deposit, _) => x.tr("à la signature", "on signature").to_string(),
                (InstallmentKind::Balance, Some(d)) => format!("{} ({})", end_label, x.date(d)),
                (InstallmentKind::Balance, None) => end_label.to_string(),
                (InstallmentKind::Milestone(_), Some(d)) => x.date(d),
                (InstallmentKind::Milestone(_), None) => x.tr("à l'étape indiquée", "at the stage named").to_string(),
            };
            let mut row = vec![
                label,
                typo(&due, x.lang),
                i.percent.map(|p| x.pct(p)).unwrap_or_default(),
                i.amount.map(|m| x.money(m)).unwrap_or_default(),
            ];
            if let Some(rate) = x.c.vat_rate {
                row.push(i.amount.map(|m| x.money(Money(m.0 + m.percent(rate).0))).unwrap_or_default());
            }
            row
        })
        .collect();
    let right = if has_vat { vec![2, 3, 4] } else { vec![2, 3] };
    out.push(Block::Table(super::Table { header, rows, right_aligned: right }));
    if x.c.installments.iter().any(|i| i.kind == InstallmentKind::Deposit) {
        out.push(x.p().t(x.tr(
            "Les sommes versées d'avance sont des acomptes, et non des arrhes : elles engagent définitivement les deux parties et ne permettent à aucune d'elles de se dédire. La mission commence à réception de l'acompte.",
            "Sums paid in advance are a deposit on account (acompte), not a non-refundable holding fee (arrhes): they bind both parties for good and let neither of them withdraw. Work starts when the deposit is received.",
        )).block());
    }
    let term = match x.c.term {
        Term::OnReceipt => x.tr("à réception", "on receipt").to_string(),
        Term::Days(d) => format!(
            "{}{}{}",
            x.tr("à ", "within "),
            x.days(d),
            x.tr(" à compter de la date d'émission de la facture", " of the invoice date")
        ),
        Term::EndOfMonth45 => x
            .tr(
                "à 45 jours fin de mois à compter de la date d'émission de la facture",
                "within 45 days end of month from the invoice date",
            )
            .to_string(),
    };
    let has_deposit = x.c.installments.iter().any(|i| i.kind == InstallmentKind::Deposit);
    let mut p = if has_deposit && x.c.term != Term::OnReceipt {
        x.p()
            .t(x.tr("Chaque échéance fait l'objet d'une facture. L'acompte est payable à réception ; les autres factures sont payables ", "Each instalment is invoiced. The deposit is payable on receipt; the other invoices are payable "))
            .t(&term)
    } else {
        x.p()
            .t(x.tr("Chaque échéance fait l'objet d'une facture, payable ", "Each instalment is invoiced, payable "))
            .t(&term)
    };
    if !x.a.payment.method.trim().is_empty() {
        p = p.t(x.tr(", par ", ", by ")).v(&x.a.payment.method);
    }
    out.push(
        p.t(x.tr(
            ". Aucun escompte n'est accordé pour paiement anticipé.",
            ". No discount is granted for early payment.",
        ))
        .block(),
    );
    if off_premises {
        out.push(x.p().t(x.tr(
            "Le contrat étant conclu hors établissement, aucun paiement ne peut être demandé au Client avant l'expiration d'un délai de sept jours à compter de sa conclusion (Code de la consommation, art. L221-10).",
            "As the contract is concluded off-premises, no payment may be asked of the Client before seven days have passed since it was concluded (French Consumer Code, art. L221-10).",
        )).block());
    }
    if x.a.is_b2b() {
        // Code de commerce L441-10 and D441-5.
        let rate = match x.c.penalty {
            Penalty::EcbPlus10 => x.tr(
                "égal au taux d'intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, majoré de 10 points de pourcentage, par an",
                "equal to the interest rate applied by the European Central Bank to its most recent refinancing operation plus 10 percentage points, per year",
            ).to_string(),
            Penalty::TripleLegal => x.tr("égal à trois fois le taux d'intérêt légal en vigueur, par an", "equal to three times the French legal interest rate in force, per year").to_string(),
            Penalty::Fixed(p) => format!("{}{}", x.pct(p), x.tr(" par an", " per year")),
        };
        out.push(x.p()
            .t(x.tr("En cas de retard de paiement, des pénalités sont dues de plein droit, sans qu'un rappel soit nécessaire, à compter du jour suivant la date d'échéance, au taux ", "If payment is late, penalties are due automatically, with no reminder needed, from the day after the due date, at a rate "))
            .t(&rate)
            .t(x.tr(". Le Client doit en outre une indemnité forfaitaire pour frais de recouvrement de ", ". The Client also owes a fixed recovery indemnity of "))
            .b(x.tr("40 €", "€40"))
            .t(x.tr(" par facture payée en retard (Code de commerce, art. L441-10 et D441-5).", " per invoice paid late (French Commercial Code, art. L441-10 and D441-5)."))
            .block());
    } else {
        // Code civil 1231-6; no recovery fees may be charged to a consumer.
        out.push(x.p().t(x.tr(
            "Toute somme impayée à l'échéance porte intérêt au taux légal à compter de la mise en demeure du Client (Code civil, art. 1231-6).",
            "Any sum unpaid when due bears interest at the French legal rate from the date the Client is given formal notice (French Civil Code, art. 1231-6).",
        )).block());
    }
    out.push(x.p().t(x.tr(
        "Si une facture reste impayée huit jours après une mise en demeure, le Prestataire peut suspendre la mission jusqu'au paiement, les délais étant prolongés d'autant.",
        "If an invoice remains unpaid eight days after formal notice, the Provider may suspend the assignment until payment, deadlines being extended accordingly.",
    )).block());
    out
}

pub fn rights(x: &Ctx) -> Vec<Block> {
    let r = &x.a.rights;
    let mut out = Vec::new();
    let field = |p: P| -> P {
        let mut p = p.t(x.tr(" pour la destination suivante : ", " for the following purpose: ")).v(&r.purpose);
        if !r.media.trim().is_empty() {
            p = p.t(x.tr(", sur les supports suivants : ", ", on the following media: ")).v(&r.media);
        }
        let years = x.c.rights_years.unwrap_or(0);
        let duration = match x.lang {
            Lang::Fr => format::count(years, "an", "ans"),
            Lang::En => format::count(years, "year", "years"),
        };
        p.t(x.tr(" ; territoire : ", "; territory: "))
            .v(&r.territory)
            .t(x.tr(" ; durée : ", "; duration: "))
            .t(&duration)
            .t(match r.mode {
                IpMode::Assignment => x.tr(" à compter de la cession.", " from the assignment."),
                IpMode::Licence => x.tr(" à compter de la livraison.", " from delivery."),
            })
    };
    match r.mode {
        IpMode::Assignment => {
            // Code de la propriété intellectuelle L131-3: each right named, its field
            // limited in extent, purpose, place and duration.
            let kind = if r.exclusive {
                x.tr("à titre exclusif", "exclusively")
            } else {
                x.tr("à titre non exclusif", "non-exclusively")
            };
            out.push(
                x.p()
                    .t(x.tr("Le Prestataire cède au Client, ", "The Provider assigns to the Client, "))
                    .t(kind)
                    .t(x.tr(
                        ", les droits patrimoniaux d'auteur sur les livrables désignés à l'article ",
                        ", the author's economic rights in the deliverables listed in article ",
                    ))
                    .t(&x.num(Section::Scope))
                    .t(x.tr(", limités aux droits suivants :", ", limited to the following rights:"))
                    .block(),
            );
            let mut items = Vec::new();
            if r.reproduction {
                items.push(item(x.p().b(x.tr("droit de reproduction", "right of reproduction")).t(x.tr(
                    " : fixer et reproduire les livrables, en tout nombre, sur les supports désignés ;",
                    ": to fix and reproduce the deliverables, in any number, on the media named;",
                ))));
            }
            if r.representation {
                items.push(item(x.p().b(x.tr("droit de représentation", "right of representation")).t(x.tr(
                    " : communiquer les livrables au public par tout procédé, notamment en ligne ;",
                    ": to communicate the deliverables to the public by any process, online in particular;",
                ))));
            }
            if r.adaptation {
                items.push(item(x.p().b(x.tr("droit d'adaptation", "right of adaptation")).t(x.tr(
                    " : modifier, traduire ou adapter les livrables, dans le respect de leur esprit ;",
                    ": to modify, translate or adapt the deliverables, respecting their spirit;",
                ))));
            }
            if r.distribution {
                items.push(item(x.p().b(x.tr("droit de distribution", "right of distribution")).t(x.tr(
                    " : mettre en circulation des exemplaires des livrables, à titre gratuit ou onéreux ;",
                    ": to put copies of the deliverables into circulation, for free or for a fee;",
                ))));
            }
            if items.is_empty() {
                items.push(vec![Inline::Blank]);
            }
            out.push(Block::List { ordered: false, items });
            out.push(field(x.p().t(x.tr("Ces droits sont cédés", "These rights are assigned"))).block());
            let price_note = if x.a.is_free() {
                x.tr("La cession est consentie à titre gratuit.", "The assignment is granted free of charge.")
            } else {
                match x.lang {
                    Lang::Fr => "Le prix de cette cession est compris dans le prix fixé à l'article ",
                    Lang::En => "The fee for this assignment of rights is included in the price set out in article ",
                }
            };
            let mut p = x.p().t(price_note);
            if !x.a.is_free() {
                p = p.t(&x.num(Section::Price)).t(".");
            }
            out.push(p.block());
            if r.on_full_payment {
                out.push(x.p().t(x.tr(
                    "La cession prend effet au paiement complet du prix. Jusque-là, le Prestataire reste titulaire de tous les droits et le Client ne peut exploiter les livrables qu'à titre d'essai.",
                    "The assignment takes effect upon full payment of the price. Until then, the Provider keeps all rights and the Client may use the deliverables for evaluation only.",
                )).block());
            } else {
                out.push(
                    x.p()
                        .t(x.tr(
                            "La cession prend effet à la livraison de chaque livrable.",
                            "The assignment takes effect on delivery of each deliverable.",
                        ))
                        .block(),
                );
            }
            out.push(x.p().t(x.tr(
                "Tout droit ou mode d'exploitation non mentionné ci-dessus reste la propriété du Prestataire. Le droit moral des auteurs, inaliénable, est réservé.",
                "Any right or form of use not mentioned above remains the Provider's property. The authors' moral rights, which cannot be assigned, are reserved.",
            )).block());
        }
        IpMode::Licence => {
            out.push(x.p().t(x.tr(
                "Le Prestataire reste titulaire de l'ensemble des droits d'auteur sur les livrables. Il concède au Client un droit d'utilisation personnel et non exclusif des livrables,",
                "The Provider keeps all copyright in the deliverables. It grants the Client a personal, non-exclusive right to use the deliverables,",
            )).block());
            if let Some(Block::Paragraph(last)) = out.pop() {
                let mut p = field(x.p()).inlines();
                let mut all = last;
                all.append(&mut p);
                out.push(Block::Paragraph(all));
            }
            if r.on_full_payment {
                out.push(
                    x.p()
                        .t(x.tr(
                            "Ce droit est acquis au paiement complet du prix.",
                            "This right is acquired upon full payment of the price.",
                        ))
                        .block(),
                );
            }
        }
    }
    out.push(x.p().t(x.tr(
        "Les outils, méthodes, savoir-faire et éléments préexistants du Prestataire, ou qu'il développe indépendamment de la mission, restent sa propriété ; lorsqu'ils sont intégrés aux livrables, le Client en reçoit un droit d'usage non exclusif, limité à l'utilisation de ces livrables.",
        "The Provider's tools, methods, know-how and pre-existing material, or those it develops independently of the assignment, remain its property; where they are built into the deliverables, the Client receives a non-exclusive right to use them, limited to the use of those deliverables.",
    )).block());
    if r.portfolio {
        out.push(x.p().t(x.tr(
            "Sauf refus écrit du Client pour une raison de confidentialité, le Prestataire peut présenter les livrables dans ses références et son portfolio.",
            "Unless the Client objects in writing for a reason of confidentiality, the Provider may show the deliverables in its references and portfolio.",
        )).block());
    }
    out
}

pub fn confidentiality(x: &Ctx) -> Vec<Block> {
    let years = x.c.confidentiality_years.unwrap_or(0);
    let duration = match x.lang {
        Lang::Fr => format::count(years, "an", "ans"),
        Lang::En => format::count(years, "year", "years"),
    };
    vec![
        x.p()
            .t(x.tr(
                "Chaque partie garde confidentielles les informations non publiques qu'elle reçoit de l'autre à l'occasion du contrat, ne les utilise que pour la mission et ne les communique qu'aux personnes qui en ont besoin pour l'exécuter. Cette obligation dure pendant le contrat et ",
                "Each party keeps confidential the non-public information it receives from the other under this contract, uses it only for the assignment and discloses it only to those who need it to perform it. This obligation lasts for the term of the contract and ",
            ))
            .b(&duration)
            .t(x.tr(" après sa fin.", " after it ends."))
            .block(),
        x.p()
            .t(x.tr(
                "Elle ne s'applique pas aux informations déjà publiques ou qui le deviennent sans faute de la partie qui les a reçues, à celles qu'elle connaissait déjà ou a obtenues licitement d'un tiers, ni à celles dont la communication est exigée par la loi ou par une décision de justice.",
                "It does not apply to information that is or becomes public through no fault of the receiving party, that it already knew or lawfully obtained from a third party, or whose disclosure is required by law or by a court.",
            ))
            .block(),
    ]
}

pub fn liability(x: &Ctx) -> Vec<Block> {
    let mut out = Vec::new();
    if x.a.mission.kind == MissionKind::Deliverables {
        out.push(x.p().t(x.tr(
            "Le Prestataire exécute la mission avec soin, selon les règles de l'art de sa profession, et livre des livrables conformes à ce qui est convenu au présent contrat.",
            "The Provider performs the assignment with care, following the standards of its profession, and delivers deliverables that conform to this contract.",
        )).block());
    }
    if x.a.is_b2b() {
        let cap = match (x.a.terms.liability, x.a.is_free()) {
            (LiabilityCap::None, _) => None,
            (LiabilityCap::Amount, _) => Some(match x.c.liability_amount {
                Some(m) => x.p().t(x.tr(" et, pour leur montant, à ", " and, in amount, to ")).b(&x.money(m)),
                None => x.p().t(x.tr(" et, pour leur montant, à ", " and, in amount, to ")).v(""),
            }),
            // Free work: a cap at the sums paid would be nil and empty the obligation
            // (Code civil 1170), so only the kind of damage is limited.
            (LiabilityCap::PricePaid, true) => Some(x.p()),
            (LiabilityCap::PricePaid, false) => Some(x.p().t(x.tr(
                " et, pour leur montant, aux sommes effectivement payées par le Client au titre du contrat",
                " and, in amount, to the sums actually paid by the Client under this contract",
            ))),
        };
        if let Some(cap) = cap {
            let mut inl = x
                .p()
                .t(x.tr(
                    "La responsabilité du Prestataire, toutes causes confondues, est limitée aux dommages directs et prévisibles",
                    "The Provider's liability, on any ground, is limited to direct and foreseeable damage",
                ))
                .inlines();
            inl.extend(cap.inlines());
            inl.extend(
                x.p()
                    .t(x.tr(
                        ". Cette limite ne s'applique pas en cas de faute lourde ou dolosive (Code civil, art. 1231-3) ni aux dommages corporels.",
                        ". This limit does not apply to gross negligence or wilful misconduct (French Civil Code, art. 1231-3), nor to bodily injury.",
                    ))
                    .inlines(),
            );
            out.push(Block::Paragraph(merge(inl)));
        }
        let own_use = match x.a.mission.kind {
            MissionKind::Deliverables => x.tr(
                "Le Client reste seul responsable des contenus et éléments qu'il fournit et de l'usage qu'il fait des livrables ; il garantit qu'il détient les droits nécessaires sur les éléments qu'il fournit.",
                "The Client alone is responsible for the content and material it supplies and for the use it makes of the deliverables; it warrants that it holds the necessary rights in the material it supplies.",
            ),
            MissionKind::Accompaniment => x.tr(
                "Le Client reste seul maître des décisions qu'il prend à la suite de l'accompagnement et seul responsable de leurs conséquences.",
                "The Client alone makes the decisions that follow the accompaniment and is alone responsible for their consequences.",
            ),
        };
        out.push(x.p().t(own_use).block());
    } else {
        // Code de la consommation R212-1: no clause may remove the consumer's right to
        // compensation.
        out.push(x.p().t(x.tr(
            "Le Prestataire est responsable de la bonne exécution de la mission dans les conditions du droit commun. Aucune clause du présent contrat ne prive le Client des droits que la loi lui reconnaît en cas d'inexécution ou de mauvaise exécution.",
            "The Provider is liable for the proper performance of the assignment under ordinary law. No clause of this contract deprives the Client of the rights the law gives it in case of non-performance or faulty performance.",
        )).block());
    }
    let mut p = x.p().t(x.tr(
        "Aucune partie n'est responsable d'un manquement causé par un cas de force majeure au sens de l'article 1218 du Code civil. Si l'empêchement est temporaire, l'exécution est suspendue ; s'il dure plus de trente jours ou s'il est définitif, chaque partie peut mettre fin au contrat par écrit",
        "Neither party is liable for a failure caused by force majeure within the meaning of article 1218 of the French Civil Code. If the impediment is temporary, performance is suspended; if it lasts more than thirty days or is permanent, either party may end the contract in writing",
    ));
    if !x.a.is_free() {
        p = p.t(x.tr(", les prestations réalisées restant dues", ", work already done remaining payable"));
    }
    out.push(p.t(".").block());
    out
}

pub fn insurance(x: &Ctx) -> Vec<Block> {
    let pr = &x.a.provider;
    // Loi 96-603 du 5 juillet 1996, art. 22-2.
    vec![x
        .p()
        .t(x.tr(
            "Le Prestataire est titulaire d'une assurance professionnelle obligatoire pour son activité, souscrite auprès de ",
            "The Provider holds the professional insurance its trade requires, taken out with ",
        ))
        .v(&pr.insurer)
        .t(x.tr(" (contrat n° ", " (policy no. "))
        .v(&pr.policy)
        .t(x.tr("), couvrant la zone géographique suivante : ", "), covering the following area: "))
        .v(&pr.insurance_area)
        .t(".")
        .block()]
}

pub fn termination(x: &Ctx) -> Vec<Block> {
    let mut out = vec![x
        .p()
        .t(x.tr(
            "Si une partie manque gravement à ses obligations et n'y remédie pas dans les quinze jours d'une mise en demeure écrite, l'autre partie peut résilier le contrat par écrit, sans préjudice de tous dommages et intérêts.",
            "If a party seriously breaches its obligations and does not remedy the breach within fifteen days of written notice, the other party may terminate the contract in writing, without prejudice to any damages.",
        ))
        .block()];
    if let Some(n) = x.c.notice_days {
        let notice = match (x.lang, n) {
            (Lang::Fr, _) => format!("un préavis de {}", x.days(n)),
            (Lang::En, 1) => "1\u{a0}day's notice".to_string(),
            (Lang::En, _) => format!("{}\u{a0}days' notice", n),
        };
        out.push(
            x.p()
                .t(x.tr(
                    "Le Client peut en outre mettre fin au contrat à tout moment, par écrit, moyennant ",
                    "The Client may also end the contract at any time, in writing, with ",
                ))
                .b(&notice)
                .t(".")
                .block(),
        );
    }
    let paid = if x.a.is_free() {
        x.tr(
            "En cas de fin anticipée, chaque partie restitue à l'autre les éléments et informations qu'elle en a reçus.",
            "If the contract ends early, each party returns to the other the material and information it received from it.",
        )
    } else {
        x.tr(
            "Quelle que soit la cause de la fin du contrat, le Client paie le prix des prestations réalisées jusqu'à sa date d'effet ; les sommes déjà versées s'imputent sur ce montant.",
            "Whatever the reason the contract ends, the Client pays for the work done up to the date it takes effect; sums already paid are set against that amount.",
        )
    };
    out.push(x.p().t(paid).block());
    if let Some(pct) = x.c.cancellation {
        if pct.0 > 0 {
            out.push(
                x.p()
                    .t(x.tr(
                        "Si le Client met fin au contrat sans faute du Prestataire, il verse en outre une indemnité de ",
                        "If the Client ends the contract through no fault of the Provider, it also pays a cancellation fee of ",
                    ))
                    .b(&x.pct(pct))
                    .t(x.tr(" du prix des prestations restant à réaliser.", " of the price of the work not yet done."))
                    .block(),
            );
        }
    }
    out
}

pub fn withdrawal(x: &Ctx) -> Vec<Block> {
    let pr = &x.a.provider;
    let mut out = Vec::new();
    if x.a.client.kind == ClientKind::Business {
        out.push(x.p().t(x.tr(
            "Le Client, entreprise employant au plus cinq salariés qui conclut ce contrat hors établissement et en dehors du champ de son activité principale, bénéficie du droit de rétractation des consommateurs (Code de la consommation, art. L221-3).",
            "The Client, a business with five employees or fewer concluding this contract off-premises and outside its main activity, has the consumer's right of withdrawal (French Consumer Code, art. L221-3).",
        )).block());
    }
    // Code de la consommation L221-18.
    let mut p = x
        .p()
        .t(x.tr("Le Client dispose d'un délai de ", "The Client has "))
        .b(x.tr("quatorze jours", "fourteen days"))
        .t(x.tr(
            " à compter de la conclusion du contrat pour se rétracter, sans avoir à donner de motif ni à payer de pénalité. Pour l'exercer, il adresse au Prestataire, avant l'expiration du délai, une déclaration dénuée d'ambiguïté, par exemple au moyen du formulaire de rétractation figurant en annexe, à l'adresse ",
            " from the conclusion of the contract to withdraw from it, without giving any reason or paying any penalty. To do so, the Client sends the Provider, before the period expires, an unambiguous statement, for example using the withdrawal form in the annex, to ",
        ))
        .v(&pr.address);
    if !pr.email.trim().is_empty() {
        p = p.t(x.tr(" ou par e-mail à ", " or by e-mail to ")).v(&pr.email);
    }
    out.push(p.t(".").block());
    out.push(x.p().t(x.tr(
        "En cas de rétractation, le Prestataire rembourse toutes les sommes reçues au plus tard quatorze jours après en avoir été informé, par le même moyen de paiement (art. L221-24).",
        "If the Client withdraws, the Provider refunds every sum received no later than fourteen days after being informed, using the same means of payment (art. L221-24).",
    )).block());
    if x.a.consumer.early_start {
        // L221-25 and L221-28 1°.
        out.push(x.p().t(x.tr(
            "À la demande expresse du Client, qui la confirme en signant le présent contrat, la mission commence avant la fin du délai de rétractation. S'il se rétracte ensuite, le Client paie un montant proportionnel à ce qui a été fourni jusqu'à la communication de sa décision (art. L221-25). S'il demande que la mission soit entièrement exécutée avant la fin du délai et reconnaît perdre alors son droit de rétractation, ce droit ne peut plus être exercé une fois la mission pleinement exécutée (art. L221-28).",
            "At the Client's express request, confirmed by signing this contract, the work starts before the end of the withdrawal period. If the Client then withdraws, it pays an amount proportionate to what was provided until it communicated its decision (art. L221-25). If it asks for the assignment to be fully performed before the period ends and acknowledges that it then loses its right of withdrawal, that right can no longer be exercised once the assignment is fully performed (art. L221-28).",
        )).block());
    }
    out
}

pub fn law(x: &Ctx) -> Vec<Block> {
    let mut out = vec![x
        .p()
        .t(x.tr("Le présent contrat est soumis au droit français.", "This contract is governed by French law."))
        .block()];
    out.push(x.p().t(x.tr(
        "En cas de différend, les parties recherchent d'abord une solution amiable, par écrit, pendant au moins trente jours avant toute action en justice.",
        "In the event of a dispute, the parties first seek an amicable solution, in writing, for at least thirty days before any legal action.",
    )).block());
    if x.a.is_consumer() {
        // Code de la consommation L612-1.
        out.push(x.p()
            .t(x.tr(
                "À défaut d'accord, le Client peut recourir gratuitement au médiateur de la consommation dont relève le Prestataire : ",
                "Failing agreement, the Client may refer the dispute free of charge to the consumer mediator the Provider belongs to: ",
            ))
            .v(&x.a.consumer.mediator_name)
            .t(" (")
            .v(&x.a.consumer.mediator_contact)
            .t(x.tr(
                "). Le Client peut aussi saisir, à son choix, la juridiction du lieu où il demeurait lors de la conclusion du contrat ou de la survenance du fait dommageable.",
                "). The Client may also bring the matter, at its choice, before the court of the place where it lived when the contract was concluded or when the harmful event occurred.",
            ))
            .block());
    } else if x.a.court_clause_allowed() && !x.a.terms.court_city.trim().is_empty() {
        // Code de procédure civile art. 48: only between traders.
        out.push(x.p()
            .t(x.tr(
                "À défaut d'accord, tout litige relatif au contrat relève de la compétence exclusive du tribunal de commerce de ",
                "Failing agreement, any dispute relating to this contract falls under the exclusive jurisdiction of the commercial court (tribunal de commerce) of ",
            ))
            .v(&x.a.terms.court_city)
            .t(".")
            .block());
    } else {
        out.push(x.p().t(x.tr(
            "À défaut d'accord, le litige est porté devant la juridiction compétente selon les règles de droit commun.",
            "Failing agreement, the dispute is brought before the court having jurisdiction under the ordinary rules.",
        )).block());
    }
    out
}

pub fn general(x: &Ctx) -> Vec<Block> {
    vec![
        x.p().t(x.tr(
            "Le présent contrat et ses annexes expriment l'intégralité de l'accord des parties ; il ne peut être modifié que par un avenant écrit signé par les deux parties. Aucune partie ne peut céder le contrat à un tiers sans l'accord écrit de l'autre.",
            "This contract and its annexes are the parties' entire agreement; it may only be amended in writing, signed by both parties. Neither party may assign the contract to a third party without the other's written consent.",
        )).block(),
        x.p().t(x.tr(
            "Les communications entre les parties se font par écrit, y compris par e-mail, aux adresses indiquées en tête du contrat. Si une clause est jugée nulle, les autres restent applicables.",
            "Notices between the parties are made in writing, e-mail included, to the addresses given at the head of this contract. If a clause is held void, the others remain in force.",
        )).block(),
        x.p().t(x.tr(
            "Le contrat peut être signé électroniquement ; la signature électronique a la même valeur que la signature manuscrite dès lors que le signataire est identifié (Code civil, art. 1366 et 1367).",
            "This contract may be signed electronically; an electronic signature has the same value as a handwritten one where the signatory is identified (French Civil Code, art. 1366 and 1367).",
        )).block(),
    ]
}

/// The model withdrawal form (annex to Code de la consommation R221-1).
pub fn withdrawal_form(x: &Ctx) -> Vec<Block> {
    let pr = &x.a.provider;
    let mut to = x.p().t(x.tr("À l'attention de ", "To ")).v(&pr.name);
    if pr.status.is_individual() {
        to = to.t(" EI");
    }
    to = to.t(", ").v(&pr.address);
    if !pr.email.trim().is_empty() {
        to = to.t(", ").v(&pr.email);
    }
    vec![
        x.p().t(x.tr(
            "Complétez et renvoyez ce formulaire uniquement si vous souhaitez vous rétracter du contrat.",
            "Complete and return this form only if you wish to withdraw from the contract.",
        )).block(),
        to.t(".").block(),
        x.p().t(x.tr(
            "Je vous notifie par la présente ma rétractation du contrat portant sur la prestation de services ci-dessous :",
            "I hereby give notice that I withdraw from my contract for the provision of the following service:",
        )).block(),
        x.p().t("« ").v(&x.a.mission.title).t(x.tr(" »", "”")).block(),
        x.p().t(x.tr("Conclu le : ", "Concluded on: ")).inlines().into_iter().chain([Inline::Blank]).collect::<Vec<_>>().into_block(),
        x.p().t(x.tr("Nom du consommateur : ", "Name of consumer: ")).v(&x.a.client.name).block(),
        x.p().t(x.tr("Adresse du consommateur : ", "Address of consumer: ")).v(&x.a.client.address).block(),
        x.p().t(x.tr("Signature (uniquement en cas de notification sur papier) : ", "Signature (only if this form is notified on paper): ")).inlines().into_iter().chain([Inline::Blank]).collect::<Vec<_>>().into_block(),
        x.p().t(x.tr("Date : ", "Date: ")).inlines().into_iter().chain([Inline::Blank]).collect::<Vec<_>>().into_block(),
    ]
}

trait IntoBlock {
    fn into_block(self) -> Block;
}

impl IntoBlock for Vec<Inline> {
    fn into_block(self) -> Block {
        Block::Paragraph(self)
    }
}
