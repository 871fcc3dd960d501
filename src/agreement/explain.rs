//! Plain words for the client: what each article of the provider's proposal means for
//! them (what they get, what they must do, what it costs, by when, what happens if
//! something goes wrong), in their interface language, beside the contract they are
//! asked to sign (issue #13). Each explanation reads the answers exactly as its clause
//! does (`document::clauses`), so it never says what the article does not; the article
//! remains what binds.

use crate::document::build::sections;
use crate::document::{format, punctuation, typo, Section};
use crate::model::*;
use crate::validate::{check, Contract, InstallmentKind, Penalty, Term, Vat};
use chrono::{Days, NaiveDate};

/// What `section` of the contract built from `answers` means for the client, in one to
/// three short sentences addressed to them, in `lang` (the client's interface language,
/// which may differ from the contract's). `None` for the parties and the signatures,
/// which speak for themselves, and for a section this contract does not have.
pub fn for_client(section: Section, answers: &Answers, lang: Lang) -> Option<String> {
    if !sections(answers).contains(&section) {
        return None;
    }
    let checked = check(answers);
    explain(section, &Ex { c: &checked.contract, a: answers, lang })
}

/// Every article's explanation, in contract order: `for_client` for each section the
/// contract has, the answers read once.
pub fn for_every_article(answers: &Answers, lang: Lang) -> Vec<(Section, String)> {
    let checked = check(answers);
    let x = Ex { c: &checked.contract, a: answers, lang };
    sections(answers).into_iter().filter_map(|s| explain(s, &x).map(|text| (s, text))).collect()
}

fn explain(section: Section, x: &Ex) -> Option<String> {
    let sentences = match section {
        Section::Parties | Section::Signatures => return None,
        Section::Object => object(x),
        Section::Scope => scope(x),
        Section::Accompaniment => accompaniment(x),
        Section::Beneficiary => beneficiary(x),
        Section::Schedule => schedule(x),
        Section::Acceptance => acceptance(x),
        Section::Price => price(x),
        Section::Payment => payment(x),
        Section::Rights => rights(x),
        Section::Confidentiality => confidentiality(x),
        Section::PersonalData => personal_data(x),
        Section::Liability => liability(x),
        Section::Guarantees => guarantees(x),
        Section::Insurance => insurance(x),
        Section::Termination => termination(x),
        Section::Withdrawal => withdrawal(x),
        Section::General => general(x),
        Section::Law => law(x),
    };
    let text = sentences.into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

/// The explanation's context: the contract as the clauses read it, and the language.
struct Ex<'a> {
    c: &'a Contract,
    a: &'a Answers,
    lang: Lang,
}

impl Ex<'_> {
    fn tr(&self, fr: &'static str, en: &'static str) -> &'static str {
        match self.lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    fn line(&self) -> Line {
        Line { lang: self.lang, out: String::new(), after_answer: false, closer: String::new() }
    }

    /// One sentence of fixed text.
    fn say(&self, fr: &'static str, en: &'static str) -> String {
        self.line().t(self.tr(fr, en)).end()
    }

    fn money(&self, m: Money) -> String {
        m.format(self.lang)
    }

    fn pct(&self, p: Percent) -> String {
        p.format(self.lang)
    }

    fn date(&self, d: NaiveDate) -> String {
        format::date(d, self.lang)
    }

    fn count(&self, n: u32, fr: (&str, &str), en: (&str, &str)) -> String {
        let (one, many) = match self.lang {
            Lang::Fr => fr,
            Lang::En => en,
        };
        format::count(n, one, many)
    }

    fn days(&self, n: u32) -> String {
        format::days(n, self.lang)
    }

    /// " hors taxes" when French VAT is added to the prices, as the contract says it.
    fn excl_tax(&self) -> &'static str {
        if self.c.vat_rate.is_some() {
            self.tr(" hors taxes", " excluding VAT")
        } else {
            ""
        }
    }

    /// The number of the article holding `section`, as the contract numbers it.
    fn num(&self, section: Section) -> Option<String> {
        sections(self.a).iter().position(|s| *s == section).map(|i| (i + 1).to_string())
    }

    /// "à l'article 9" / "article 9", or the article's title when it cannot be numbered.
    fn article(&self, section: Section, fr_title: &'static str, en_title: &'static str) -> String {
        match (self.num(section), self.lang) {
            (Some(n), Lang::Fr) => format!("à l'article {n}"),
            (Some(n), Lang::En) => format!("article {n}"),
            (None, Lang::Fr) => format!("à l'article « {fr_title} »"),
            (None, Lang::En) => format!("the article “{en_title}”"),
        }
    }

    fn free(&self) -> bool {
        self.a.is_free()
    }

    /// "la mission" / "the work" (deliverables) or "the service" (an accompaniment).
    fn work(&self) -> &'static str {
        match self.a.mission.kind {
            MissionKind::Deliverables => self.tr("la mission", "the work"),
            MissionKind::Accompaniment => self.tr("la mission", "the service"),
        }
    }

    /// The person coached when it is not the client: their name, or a description.
    fn coached(&self) -> Option<String> {
        self.a.has_beneficiary().then(|| {
            answer(&self.a.mission.beneficiary_name)
                .unwrap_or_else(|| self.tr("la personne accompagnée", "the person coached").into())
        })
    }

    /// Singular and plural of the unit a per-unit price counts.
    fn units(&self) -> (&'static str, &'static str) {
        match self.a.price.mode {
            PriceMode::PerDay => (self.tr("jour", "day"), self.tr("jours", "days")),
            PriceMode::PerHour => (self.tr("heure", "hour"), self.tr("heures", "hours")),
            _ => (self.tr("séance", "session"), self.tr("séances", "sessions")),
        }
    }

    /// "a, b et c" / "a, b and c"; `last` replaces " et " / " and ".
    fn list(&self, items: &[&str], last: Option<&str>) -> String {
        let last = last.unwrap_or(self.tr(" et ", " and "));
        match items {
            [] => String::new(),
            [one] => one.to_string(),
            [rest @ .., end] => format!("{}{}{}", rest.join(", "), last, end),
        }
    }
}

/// A user's answer as an explanation shows it: cleaned like the contract's, on one
/// line; `None` when empty.
fn answer(s: &str) -> Option<String> {
    let cleaned = crate::model::text::clean(s);
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// `s` with its first letter in capitals (a sentence that starts with a value).
fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Builds a sentence: fixed text with the contract's typography, and answers joined to
/// it with one mark between them (`punctuation::join`), as the contract's paragraphs.
struct Line {
    lang: Lang,
    out: String,
    after_answer: bool,
    /// A closing quote or bracket after an answer, held until the text that follows
    /// it, so the join sees the mark after it (« étape », puis »).
    closer: String,
}

impl Line {
    /// Fixed text (or a formatted amount or date); nothing when empty.
    fn t(self, s: &str) -> Line {
        if s.is_empty() {
            return self;
        }
        self.push(s)
    }

    /// Text after the closer held, if any, joined to an answer just before it.
    fn push(mut self, s: &str) -> Line {
        let s = std::mem::take(&mut self.closer) + s;
        if s.is_empty() {
            return self;
        }
        let s = typo(&s, self.lang);
        let s = if std::mem::take(&mut self.after_answer) { punctuation::join(&mut self.out, &s) } else { s };
        self.out.push_str(&s);
        self
    }

    /// A closing quote or bracket after an answer, joined with what follows it.
    fn close(mut self, s: &str) -> Line {
        self.closer.push_str(s);
        self
    }

    /// An answer, from `answer`.
    fn v(mut self, s: &str) -> Line {
        self = self.push("");
        self.out.push_str(s);
        self.after_answer = true;
        self
    }

    fn end(self) -> String {
        self.push("").out
    }
}

fn object(x: &Ex) -> Vec<String> {
    let first = match answer(&x.a.mission.title) {
        Some(title) => x
            .line()
            .t(x.tr("Ce contrat encadre la mission « ", "This contract covers the work “"))
            .v(&title)
            .t(x.tr(" », que le prestataire réalise pour vous.", "”, which the provider carries out for you."))
            .end(),
        None => x.say(
            "Ce contrat encadre la mission que le prestataire réalise pour vous.",
            "This contract covers the work the provider carries out for you.",
        ),
    };
    let second = if x.free() {
        x.say(
            "Elle est gratuite pour vous, mais chacun reste tenu des engagements qu'il y prend.",
            "It is free of charge for you, but each of you remains bound by the commitments made in it.",
        )
    } else {
        x.say(
            "Vérifiez que cette description correspond à ce que vous attendez : c'est sur elle que repose ce que le prestataire vous doit.",
            "Check that this description matches what you expect: what the provider owes you rests on it.",
        )
    };
    vec![first, second]
}

fn scope(x: &Ex) -> Vec<String> {
    let m = &x.a.mission;
    let mut out = Vec::new();
    match m.kind {
        MissionKind::Deliverables if x.a.is_building() => out.push(x.say(
            "Le prestataire réalise pour vous les travaux listés dans cet article.",
            "The provider carries out for you the works listed in this article.",
        )),
        MissionKind::Deliverables if x.c.deliverables.len() > 1 => {
            let n = x.c.deliverables.len() as u32;
            out.push(
                x.line()
                    .t(x.tr("Le prestataire vous livre les ", "The provider delivers to you the "))
                    .t(&x.count(n, ("élément", "éléments"), ("item", "items")))
                    .t(x.tr(" listés dans cet article.", " listed in this article."))
                    .end(),
            )
        }
        MissionKind::Deliverables => out.push(x.say(
            "Le prestataire vous livre ce qui est listé dans cet article.",
            "The provider delivers to you what is listed in this article.",
        )),
        MissionKind::Accompaniment => {
            let l = x.line().t(x.tr(
                "Il s'agit d'un accompagnement, sans livrable : le prestataire s'engage à faire tout ce qui est raisonnablement possible pour ",
                "This is coaching or advice with no deliverable: the provider commits to doing everything reasonably possible to help ",
            ));
            let l = match x.coached() {
                // In English "their goals" could be read as the client company's.
                Some(name) if x.lang == Lang::En => match answer(&x.a.mission.beneficiary_name) {
                    Some(_) => l.t("the coachee, ").v(&name).t(", reach the goals set for the sessions"),
                    None => l.v(&name).t(" reach the goals set for the sessions"),
                },
                Some(name) => l.t("aider ").v(&name).t(" à atteindre ses objectifs"),
                None => l.t(x.tr("vous aider à atteindre vos objectifs", "you reach your goals")),
            };
            out.push(l.t(x.tr(", sans pouvoir garantir le résultat.", ", but cannot guarantee the result.")).end());
        }
    }
    if answer(&m.client_inputs).is_some() {
        out.push(x.say(
            "De votre côté, vous fournissez les éléments indiqués dans cet article ; tout retard de votre part décale d'autant les délais du prestataire.",
            "On your side, you provide the material listed in this article; any delay on your part pushes the provider's deadlines back by the same length of time.",
        ));
    }
    let lead = match m.kind {
        MissionKind::Deliverables => x.tr("Tout ce qui n'y figure pas", "Anything not listed"),
        MissionKind::Accompaniment => {
            x.tr("Toute demande en dehors du cadre des séances", "Any request outside the framework of the sessions")
        }
    };
    let mut l = x.line().t(lead);
    if answer(&m.exclusions).is_some() {
        l = l.t(x.tr(", notamment ce que cet article exclut,", ", in particular what this article excludes,"));
    }
    l = l.t(if x.free() {
        x.tr(
            " demande un accord écrit séparé, gratuit ou payant.",
            " requires a separate written agreement, free or paid.",
        )
    } else {
        x.tr(
            " demande un devis complémentaire, que vous acceptez par écrit avant que le travail commence.",
            " requires a separate quote, which you accept in writing before any work on it starts.",
        )
    });
    out.push(l.end());
    out
}

fn accompaniment(x: &Ex) -> Vec<String> {
    let m = &x.a.mission;
    let coached = x.coached();
    let mut out = Vec::new();

    let mut l = match &coached {
        Some(name) => x.line().v(&upper_first(name)).t(x.tr(" bénéficie de ", " has ")),
        None => x.line().t(x.tr("Vous bénéficiez de ", "You have ")),
    };
    l = match x.c.sessions {
        Some(n) => {
            let mut l = l.t(&x.count(n, ("séance", "séances"), ("session", "sessions")));
            if let Some(min) = x.c.session_minutes {
                l = l.t(x.tr(" d'une durée de ", " of ")).t(&format::duration(min, x.lang)).t(x.tr("", " each"));
            }
            l
        }
        None => l.t(x.tr("séances dans le cadre décrit ici", "sessions within the framework set out here")),
    };
    l = match (x.c.start, x.c.end) {
        (Some(s), Some(e)) => l.t(x.tr(", du ", ", from ")).t(&x.date(s)).t(x.tr(" au ", " to ")).t(&x.date(e)),
        (None, Some(e)) => l.t(x.tr(", jusqu'au ", ", until ")).t(&x.date(e)),
        _ => l,
    };
    out.push(l.t(".").end());

    if let Some(h) = x.c.reschedule_hours {
        let hours = x.count(h, ("heure", "heures"), ("hour", "hours"));
        let counted = if x.a.is_unit_priced() {
            x.tr("compte comme réalisée et vous est facturée", "counts as held and is invoiced to you")
        } else {
            x.tr("compte comme réalisée", "counts as held")
        };
        let l = match &coached {
            Some(name) => x
                .line()
                .t(x.tr("Vous ou ", "You or "))
                .v(name)
                .t(x.tr(
                    " pouvez reporter une séance sans frais en prévenant au moins ",
                    " may reschedule a session free of charge by asking at least ",
                ))
                .t(&hours)
                .t(x.tr(
                    " à l'avance ; une séance annulée plus tard, ou manquée par ",
                    " in advance; a session cancelled later, or missed by ",
                ))
                .v(name)
                .t(", "),
            None => x
                .line()
                .t(x.tr(
                    "Vous pouvez reporter une séance sans frais en prévenant au moins ",
                    "You may reschedule a session free of charge by asking at least ",
                ))
                .t(&hours)
                .t(x.tr(
                    " à l'avance ; une séance annulée plus tard ou manquée ",
                    " in advance; a session cancelled later or missed ",
                )),
        };
        out.push(
            l.t(counted)
                .t(x.tr(
                    ", et une séance annulée par le prestataire est toujours reportée.",
                    ", and a session the provider cancels is always rescheduled.",
                ))
                .end(),
        );
    }

    // As the frame's clause: paid per session, only sessions held are invoiced.
    // The end date moves with the sessions rescheduled (schedule article), so it is
    // not the first one written; sessions cancelled late or missed count as held.
    let by_end = if x.c.end.is_some() && x.c.has_deadline() {
        x.tr(
            " à la date de fin, repoussée d'autant par les séances reportées,",
            " by the end date, pushed back by the same length of time for sessions rescheduled,",
        )
    } else if x.c.end.is_some() {
        x.tr(" à la date de fin", " by the end date")
    } else {
        x.tr(" à la fin de l'accompagnement", " when the service ends")
    };
    let (lead, rest) = match m.unused_sessions {
        UnusedSessions::CarriedOneMonth if x.a.is_unit_priced() => (
            x.tr("Les séances non réalisées", "Sessions not held"),
            x.tr(
                " peuvent encore avoir lieu dans le mois qui suit ; au-delà, elles ne vous sont pas facturées, sauf annulation tardive.",
                " may still take place within the following month; after that they are not invoiced, except late cancellations.",
            ),
        ),
        _ if x.a.is_unit_priced() => (
            x.tr("Les séances non réalisées", "Sessions not held"),
            x.tr(
                " ne vous sont pas facturées, sauf annulation tardive.",
                " are not invoiced, except late cancellations.",
            ),
        ),
        UnusedSessions::Lost if x.free() => (x.tr("Les séances non utilisées", "Sessions not used"), x.tr(" sont perdues.", " are lost.")),
        UnusedSessions::Lost => (
            x.tr("Les séances non utilisées", "Sessions not used"),
            x.tr(" sont perdues, sans remboursement.", " are lost and not refunded."),
        ),
        UnusedSessions::CarriedOneMonth if x.free() => (
            x.tr("Les séances non utilisées", "Sessions not used"),
            x.tr(
                " peuvent encore l'être dans le mois qui suit ; au-delà, elles sont perdues.",
                " may still be used within the following month; after that they are lost.",
            ),
        ),
        UnusedSessions::CarriedOneMonth => (
            x.tr("Les séances non utilisées", "Sessions not used"),
            x.tr(
                " peuvent encore l'être dans le mois qui suit ; au-delà, elles sont perdues, sans remboursement.",
                " may still be used within the following month; after that they are lost and not refunded.",
            ),
        ),
        UnusedSessions::Refunded => (
            x.tr("Les séances non utilisées", "Sessions not used"),
            x.tr(
                " ne vous sont pas facturées, ou vous sont remboursées si vous les avez déjà payées.",
                " are not invoiced, or are refunded if you have already paid for them.",
            ),
        ),
    };
    out.push(x.line().t(lead).t(by_end).t(rest).end());
    out
}

fn beneficiary(x: &Ex) -> Vec<String> {
    let name = x.coached().unwrap_or_default();
    let mut out = vec![
        x.line()
            .t(x.tr("Les séances sont suivies par ", "The sessions are attended by "))
            .v(&name)
            .t(x.tr(
                ", qui n'est pas partie au contrat : c'est vous qui commandez et payez, et vous lui faites connaître le cadre de l'accompagnement.",
                ", who is not a party to the contract: you order and pay for the sessions, and you tell them the framework of the sessions.",
            ))
            .end(),
        x.line()
            .t(x.tr(
                "Le prestataire vous informe des dates des séances et de la présence de ",
                "The provider tells you the dates of the sessions and whether ",
            ))
            .v(&name)
            .t(x.tr(
                ", jamais du contenu des échanges ni de ses notes, qui restent confidentiels, même envers vous.",
                " attended, never what was said nor its notes, which stay confidential, even from you.",
            ))
            .end(),
    ];
    let l = x
        .line()
        .t(x.tr("Si ", "If "))
        .v(&name)
        .t(x.tr(
            " quitte ses fonctions chez vous, vous pouvez mettre fin au contrat par écrit avec un préavis de huit jours, sans indemnité",
            " leaves their position with you, you may end the contract in writing with eight days' notice and no compensation",
        ));
    out.push(
        l.t(if x.free() {
            "."
        } else {
            x.tr(" ; les séances réalisées restent dues.", "; sessions already held remain payable.")
        })
        .end(),
    );
    out
}

fn schedule(x: &Ex) -> Vec<String> {
    let a = x.a;
    let withdrawal = a.has_withdrawal();
    let early = a.consumer.early_start;
    let work = upper_first(x.work());
    let starts = x.tr(" commence le ", " starts on ");
    let mut out = Vec::new();

    // When the work starts: as the schedule's clause, with the withdrawal period.
    let signed = x.c.signature_date;
    let expiry = signed.map(withdrawal_expiry);
    out.push(match (x.c.start, signed, expiry) {
        (Some(s), Some(signed), Some(e)) if withdrawal && early && s <= e => x
            .line()
            .t(&work)
            .t(starts)
            .t(&x.date(s))
            .t(x.tr(
                " si vous avez signé la demande séparée pour qu'elle commence pendant votre délai de rétractation ; sinon, elle commence le ",
                " if you have signed the separate request for it to start during your withdrawal period; otherwise it starts on ",
            ))
            .t(&x.date(e + Days::new(1)))
            .t(x.tr(
                ", lendemain de la fin de ce délai pour un contrat conclu le ",
                ", the day after that period ends for a contract concluded on ",
            ))
            .t(&x.date(signed))
            .t(".")
            .end(),
        (Some(s), _, _) if withdrawal && !early => x
            .line()
            .t(&work)
            .t(starts)
            .t(&x.date(s))
            .t(x.tr(
                " ou, si c'est plus tard, le lendemain de la fin de votre délai de rétractation.",
                " or, if later, on the day after your withdrawal period ends.",
            ))
            .end(),
        (Some(s), _, _) if withdrawal => x
            .line()
            .t(&work)
            .t(starts)
            .t(&x.date(s))
            .t(x.tr(
                " ; rien ne commence pendant votre délai de rétractation, sauf si vous l'avez demandé en signant la demande séparée jointe au contrat.",
                "; nothing starts during your withdrawal period unless you asked for it by signing the separate request annexed to the contract.",
            ))
            .end(),
        (None, _, _) if withdrawal && early => x.say(
            "Rien ne commence pendant votre délai de rétractation, sauf si vous le demandez en signant la demande séparée jointe au contrat.",
            "Nothing starts during your withdrawal period unless you ask for it by signing the separate request annexed to the contract.",
        ),
        (None, _, _) if withdrawal => {
            x.say("Rien ne commence avant la fin de votre délai de rétractation.", "Nothing starts before your withdrawal period ends.")
        }
        (Some(s), _, _) => x
            .line()
            .t(x.tr(
                "Le contrat s'applique dès que vous et le prestataire l'avez signé, et ",
                "The contract applies as soon as you and the provider have signed it, and ",
            ))
            .t(x.work())
            .t(starts)
            .t(&x.date(s))
            .t(".")
            .end(),
        (None, _, _) => x.say(
            "Le contrat s'applique dès que vous et le prestataire l'avez signé.",
            "The contract applies as soon as you and the provider have signed it.",
        ),
    });

    // By when: the end date, the deliverables' dates, or what the law gives.
    match (x.c.end, a.mission.kind) {
        (Some(e), MissionKind::Deliverables) => out.push(
            x.line()
                .t(if a.is_building() {
                    x.tr("Les travaux sont achevés au plus tard le ", "The works are completed no later than ")
                } else {
                    x.tr("Tout vous est livré au plus tard le ", "Everything is delivered to you no later than ")
                })
                .t(&x.date(e))
                .t(".")
                .end(),
        ),
        (Some(e), MissionKind::Accompaniment) => {
            let mut l = x.line().t(x.tr("L'accompagnement se termine le ", "The sessions end on ")).t(&x.date(e));
            if a.mission.unused_sessions == UnusedSessions::CarriedOneMonth {
                l = l.t(x.tr(
                    " ; les séances restantes peuvent encore avoir lieu dans le mois qui suit",
                    "; sessions not yet held may still take place within the following month",
                ));
            }
            out.push(l.t(".").end());
        }
        (None, MissionKind::Deliverables) if x.c.has_deadline() => out.push(x.say(
            "Chaque élément de la mission qui a une date vous est livré au plus tard à cette date.",
            "Each part of the work that has a date is delivered to you no later than that date.",
        )),
        // A consumer is owed delivery within thirty days when no date is set (C. consom.
        // L216-1); a business, within a reasonable time.
        (None, MissionKind::Deliverables) if a.is_b2b() => out.push(x.say(
            "Aucune date de livraison n'est fixée : le prestataire doit livrer dans un délai raisonnable pour ce type de mission.",
            "No delivery date is set: the provider must deliver within a reasonable time for this kind of work.",
        )),
        (None, MissionKind::Deliverables) => out.push(x.say(
            "Aucune date de livraison n'est fixée : le prestataire doit réaliser la mission sans retard injustifié et au plus tard trente jours après la conclusion du contrat.",
            "No delivery date is set: the provider must do the work without undue delay and no later than thirty days after the contract is concluded.",
        )),
        (None, MissionKind::Accompaniment) => out.push(x.say(
            "Aucune date de fin n'est fixée pour l'accompagnement.",
            "No end date is set for the sessions.",
        )),
    }

    // What moves the dates.
    if x.c.has_deadline() {
        out.push(match a.mission.kind {
            MissionKind::Accompaniment => x
                .line()
                .t(x.tr(
                    "Ces dates sont repoussées d'autant si des séances sont reportées",
                    "These dates move back by the same length of time if sessions are rescheduled",
                ))
                .t(if x.free() { "" } else { x.tr(", si un paiement est en retard", ", if a payment is late") })
                .t(x.tr(" ou en cas de force majeure.", " or in case of force majeure."))
                .end(),
            MissionKind::Deliverables => x
                .line()
                .t(x.tr(
                    "Ces délais sont repoussés d'autant si vous tardez à valider, à fournir des éléments",
                    "These deadlines move back by the same length of time if you are late with approvals, material",
                ))
                .t(if x.free() { "" } else { x.tr(" ou à payer", " or payment") })
                .t(x.tr(", ou en cas de force majeure.", ", or in case of force majeure."))
                .end(),
        });
    }
    out
}

fn acceptance(x: &Ex) -> Vec<String> {
    if x.a.is_building() {
        // The réception of C. civ. 1792-6: joint and written, never deemed.
        return vec![
            x.say(
                "À la fin des travaux, vous les réceptionnez en présence du prestataire, avec ou sans réserves, et vous signez tous les deux un procès-verbal écrit qui liste les réserves.",
                "When the works are finished, you accept them in the provider's presence, with or without reservations, and you both sign a written report listing any reservations.",
            ),
            x.say(
                "Le prestataire corrige les réserves dans le délai convenu dans ce procès-verbal, et la réception fait démarrer les garanties légales.",
                "The provider fixes the reservations within the time agreed in that report, and the acceptance starts the statutory guarantees.",
            ),
            x.say(
                "Tout travail supplémentaire ou modifié que vous demandez pendant le chantier passe par un devis écrit, que vous acceptez avant qu'il soit réalisé.",
                "Any extra or changed work you ask for during the works needs a written quote, which you accept before it is done.",
            ),
        ];
    }
    let days = x.c.acceptance_days.unwrap_or(8);
    let mut out = vec![x
        .line()
        .t(x.tr("Après chaque livraison, vous avez ", "After each delivery, you have "))
        .t(&x.days(days))
        .t(x.tr(
            " pour l'accepter ou signaler par écrit des réserves précises ; sans réponse de votre part, elle est considérée comme acceptée, mais vous gardez vos garanties légales.",
            " to accept it or send specific objections in writing; if you do not answer, it counts as accepted, but you keep your statutory rights.",
        ))
        .end()];
    let free = x.free();
    let extra = || match x.c.extra_round_price {
        Some(m) => format!("{}{}{}", x.tr(" au prix de ", " at "), x.money(m), x.excl_tax()),
        None => x.tr(" sur devis", ", charged as quoted in advance").to_string(),
    };
    out.push(match x.c.revision_rounds {
        _ if x.a.is_unit_priced() => x.say(
            "Les modifications demandées après livraison sont facturées au temps passé, dans la limite du plafond prévu.",
            "Changes you ask for after delivery are invoiced for the time spent, within the agreed cap.",
        ),
        None => x.say(
            "Vous pouvez demander des modifications sans limite de nombre, tant qu'elles restent dans le périmètre de la mission.",
            "You may ask for changes with no limit on their number, as long as they stay within the scope of the work.",
        ),
        Some(0) if free => x.say(
            "Aucune série de modifications n'est prévue : toute modification après livraison demande un accord écrit séparé.",
            "No round of changes is included: any change after delivery needs a separate written agreement.",
        ),
        Some(0) => x
            .line()
            .t(x.tr(
                "Aucune série de modifications n'est comprise dans le prix : toute modification après livraison vous est facturée en plus",
                "No round of changes is included in the price: any change after delivery is invoiced on top",
            ))
            .t(&extra())
            .t(".")
            .end(),
        Some(n) => {
            let rounds = x.count(n, ("série de modifications", "séries de modifications"), ("round of changes", "rounds of changes"));
            let l = x
                .line()
                .t(if free { x.tr("La mission comprend ", "The work includes ") } else { x.tr("Le prix comprend ", "The price includes ") })
                .t(&rounds)
                .t(x.tr(
                    " par livrable, chacune regroupant toutes vos demandes en un seul envoi ; ",
                    " per deliverable, each gathering all your requests in one message; ",
                ));
            if free {
                l.t(x.tr(
                    "au-delà, il faut un accord écrit séparé.",
                    "beyond that, a separate written agreement is needed.",
                ))
                .end()
            } else {
                l.t(x.tr("chaque série en plus vous est facturée", "each further round is invoiced"))
                    .t(&extra())
                    .t(".")
                    .end()
            }
        }
    });
    out.push(if free {
        x.say(
            "Corriger un livrable qui ne correspond pas à ce qui était convenu fait toujours partie de la mission.",
            "Correcting a deliverable that does not match what was agreed is always part of the work.",
        )
    } else {
        x.say(
            "Corriger un livrable qui ne correspond pas à ce qui était convenu ne vous est jamais facturé.",
            "Correcting a deliverable that does not match what was agreed is never invoiced to you.",
        )
    });
    out
}

fn price(x: &Ex) -> Vec<String> {
    let ht = x.excl_tax();
    let mut out = Vec::new();
    match x.a.price.mode {
        PriceMode::Free => {
            out.push(x.say(
                "La mission est gratuite : vous ne devez rien au prestataire.",
                "The work is free of charge: you owe the provider nothing.",
            ));
            if let Some(v) = x.c.free_value {
                out.push(
                    x.line()
                        .t(x.tr(
                            "À titre d'information, sa valeur est estimée à ",
                            "For information, its value is estimated at ",
                        ))
                        .t(&x.money(v))
                        .t(".")
                        .end(),
                );
            }
            out.push(x.say(
                "Tout travail en plus que vous demanderiez fait l'objet d'un accord écrit séparé, gratuit ou payant.",
                "Any further work you ask for needs a separate written agreement, free or paid.",
            ));
            return out;
        }
        PriceMode::Fixed => out.push(match x.c.total {
            Some(t) => x
                .line()
                .t(x.tr("Le prix total est fixé à l'avance : ", "The total price is fixed in advance: "))
                .t(&x.money(t))
                .t(ht)
                .t(".")
                .end(),
            None => x.say("Le prix est un forfait fixé à l'avance.", "The price is a fixed fee."),
        }),
        mode => {
            let per = match mode {
                PriceMode::PerDay => x.tr("par jour de travail", "per working day"),
                PriceMode::PerHour => x.tr("par heure de travail", "per working hour"),
                _ => x.tr("par séance", "per session"),
            };
            let mut l = x.line().t(x.tr("Vous payez ", "You pay "));
            if let Some(rate) = x.c.unit_rate {
                l = l.t(&x.money(rate)).t(ht).t(" ");
            }
            l = l.t(per).t(if mode == PriceMode::PerSession {
                x.tr(", seulement pour les séances réalisées", ", only for the sessions held")
            } else {
                x.tr(
                    ", seulement pour le temps réellement passé, détaillé dans un relevé joint à chaque facture",
                    ", only for the time actually spent, itemised in a statement with each invoice",
                )
            });
            if let (Some(cap), Some(total)) = (x.c.cap_units, x.c.total) {
                let (one, many) = x.units();
                l = l
                    .t(x.tr(", et jamais plus de ", ", and never more than "))
                    .t(&format::count(cap, one, many))
                    .t(" (")
                    .t(&x.money(total))
                    .t(ht)
                    .t(x.tr(") sans votre accord écrit", ") without your written consent"));
            }
            out.push(l.t(".").end());
        }
    }
    let unit = x.a.is_unit_priced();
    out.push(match x.c.vat {
        Vat::Franchise => x.say(
            "Le prestataire ne facture pas de TVA : le prix indiqué est ce que vous payez.",
            "The provider charges no VAT: the price shown is what you pay.",
        ),
        Vat::Rate(rate) => {
            let l = x.line().t(x.tr("La TVA de ", "VAT at ")).t(&x.pct(rate)).t(x.tr(" s'y ajoute", " is added"));
            match x.c.total {
                Some(t) => l
                    .t(if unit {
                        x.tr(", soit au plus ", ", that is at most ")
                    } else {
                        x.tr(" : vous payez ", ": you pay ")
                    })
                    .t(&x.money(Money(t.0 + t.percent(rate).0)))
                    .t(x.tr(" toutes taxes comprises.", " including VAT."))
                    .end(),
                None => l.t(".").end(),
            }
        }
        Vat::ReverseCharge => x.say(
            "Aucune TVA française n'est facturée : c'est vous qui déclarez la TVA dans votre pays (autoliquidation), et chaque facture porte les numéros de TVA des deux parties.",
            "No French VAT is charged: you account for VAT in your own country (reverse charge), and each invoice shows both parties' VAT numbers.",
        ),
        Vat::OutsideEu => x.say(
            "Aucune TVA française n'est facturée ; vous payez vous-même les taxes éventuellement dues dans votre pays.",
            "No French VAT is charged; you pay any tax due in your own country yourself.",
        ),
    });
    out.push(if x.a.price.expenses_on_approval {
        x.say(
            "Vous ne remboursez des frais (déplacements, achats) que si vous les avez approuvés par écrit à l'avance, sur justificatifs.",
            "You reimburse expenses (travel, purchases) only if you approved them in writing beforehand, against receipts.",
        )
    } else {
        x.say(
            "Ce prix comprend tous les frais du prestataire : rien ne s'y ajoute pour ses dépenses.",
            "This price covers all the provider's expenses: nothing is added for them.",
        )
    });
    out
}

fn payment(x: &Ex) -> Vec<String> {
    let a = x.a;
    let unit = a.is_unit_priced();
    let ht = x.excl_tax();
    let work = x.work();
    // No payment in the seven days after an off-premises contract (C. consom. L221-10).
    let off_premises = a.has_withdrawal() && a.consumer.conclusion == Conclusion::OffPremises;
    let deposit_due = if off_premises {
        x.tr("8 jours après la signature", "8 days after signature")
    } else {
        x.tr("à la signature", "on signature")
    };
    let on_receipt = x.c.term == Term::OnReceipt;
    let deposit = x.c.installments.iter().find(|i| i.kind == InstallmentKind::Deposit);
    let mut out = Vec::new();

    // The deposit: how much, when, and that it binds (an acompte, not arrhes).
    out.push(match deposit {
        Some(d) => {
            let mut l = x.line().t(x.tr("Un acompte de ", "An advance payment of "));
            l = match (d.percent, d.amount, unit) {
                (Some(p), Some(m), true) => l
                    .t(&x.money(m))
                    .t(ht)
                    .t(" (")
                    .t(&x.pct(p))
                    .t(x.tr(" du montant maximal)", " of the maximum amount)")),
                (Some(p), Some(m), false) => l.t(&x.pct(p)).t(" (").t(&x.money(m)).t(ht).t(")"),
                (Some(p), None, _) => l.t(&x.pct(p)),
                (None, Some(m), _) => l.t(&x.money(m)).t(ht),
                (None, None, _) => l.t(x.tr("montant indiqué", "the amount shown")),
            };
            l = l.t(x.tr(" vous est facturé ", " is invoiced to you ")).t(deposit_due);
            if !on_receipt {
                l = l.t(x.tr(", payable dès réception", ", payable on receipt"));
            }
            if unit {
                l = l.t(x.tr(", puis déduit des factures suivantes", ", then deducted from the following invoices"));
            }
            // As the payment clause: binding, except for the termination article (and
            // the withdrawal, refunded, for a consumer).
            let ending = x.article(Section::Termination, "Fin du contrat", "End of the contract");
            l = l
                .t(x.tr(
                    " : c'est un acompte, non des arrhes ; y renoncer ne vous dégage pas du contrat, dont vous ne pouvez sortir qu",
                    ": this is an advance payment, not a forfeitable deposit; giving it up does not release you from the contract, which you may end only ",
                ))
                .t(if a.has_withdrawal() {
                    x.tr("'en vous rétractant (il vous est alors remboursé) ou dans les cas prévus ", "by withdrawing (it is then refunded) or as provided in ")
                } else {
                    x.tr("e dans les cas prévus ", "as provided in ")
                })
                .t(&ending);
            if !a.has_withdrawal() {
                l = l.t(x.tr(
                    ", et le prestataire peut attendre de l'avoir reçu pour commencer",
                    ", and the provider may wait until it is paid before starting",
                ));
            }
            l.t(".").end()
        }
        None => x.say("Aucun acompte n'est demandé.", "No advance payment is asked for."),
    });

    // The other invoices, and when they are due.
    let others = deposit.is_some() && !on_receipt;
    let mut l = x.line();
    if unit {
        let (_, units) = x.units();
        // "Les jours réalisés", "les heures / séances réalisées".
        let done = match (x.lang, a.price.mode) {
            (Lang::Fr, PriceMode::PerDay) => "réalisés",
            (Lang::Fr, _) => "réalisées",
            (Lang::En, _) => "delivered",
        };
        l = l.t(x.tr("Le prestataire vous facture ", "The provider invoices you ")).t(&match (
            a.payment.unit_invoicing,
            x.lang,
        ) {
            (UnitInvoicing::Monthly, Lang::Fr) => format!("à la fin de chaque mois les {units} {done} dans le mois"),
            (UnitInvoicing::Monthly, Lang::En) => {
                format!("at the end of each month for the {units} delivered that month")
            }
            (UnitInvoicing::AtEnd, Lang::Fr) => format!("à la fin de la mission l'ensemble des {units} {done}"),
            (UnitInvoicing::AtEnd, Lang::En) => format!("at the end of the work for all the {units} {done}"),
        });
        l = l.t(x.tr(", dans la limite du plafond", ", within the cap"));
    } else {
        let end_label = match a.mission.kind {
            MissionKind::Deliverables if a.is_building() => {
                x.tr("à la réception des travaux", "on acceptance of the works")
            }
            MissionKind::Deliverables => x.tr("à la livraison finale", "on final delivery"),
            MissionKind::Accompaniment => x.tr("à la fin de l'accompagnement", "at the end of the sessions"),
        };
        let rest: Vec<_> = x.c.installments.iter().filter(|i| i.kind != InstallmentKind::Deposit).collect();
        let milestones = rest.iter().filter(|i| matches!(i.kind, InstallmentKind::Milestone(_))).count();
        l = l.t(if deposit.is_some() {
            x.tr("Le prestataire vous facture ensuite ", "The provider then invoices you ")
        } else {
            x.tr("Le prestataire vous facture ", "The provider invoices you ")
        });
        // Beyond three stages, the schedule's table says it better than a sentence.
        let mut first = true;
        if milestones > 3 {
            l = l
                .t(&x.count(
                    milestones as u32,
                    ("paiement d'étape", "paiements d'étape"),
                    ("stage payment", "stage payments"),
                ))
                .t(x.tr(", chacun à la fin de son étape", ", each when its stage is completed"));
            first = false;
        }
        let share = |l: Line, percent: Option<Percent>, amount: Option<Money>, balance: bool| -> Line {
            let l = l.t(" (");
            match (percent, amount) {
                (Some(p), Some(m)) => l.t(&x.pct(p)).t(x.tr(", soit ", ", that is ")).t(&x.money(m)).t(ht).t(")"),
                (Some(p), None) => l.t(&x.pct(p)).t(")"),
                (None, Some(m)) => l.t(&x.money(m)).t(ht).t(")"),
                (None, None) if balance => l.t(x.tr("le reste", "the rest")).t(")"),
                (None, None) => l.t(x.tr("part indiquée", "share shown")).t(")"),
            }
        };
        for i in rest {
            match &i.kind {
                InstallmentKind::Milestone(_) if milestones > 3 => continue,
                InstallmentKind::Milestone(label) => {
                    if !first {
                        l = l.t(x.tr(", puis ", ", then "));
                    }
                    l = l.t(x.tr("une part", "a share"));
                    l = share(l, i.percent, i.amount, false);
                    l = l.t(x.tr(" à la fin de l'étape « ", " when the stage “"));
                    l = match answer(label) {
                        Some(label) => l.v(&label),
                        None => l,
                    };
                    l = l.close(x.tr(" »", "”")).t(x.tr("", " is completed"));
                    if let Some(d) = i.due {
                        l = l.t(x.tr(" (prévue le ", " (expected on ")).t(&x.date(d)).t(")");
                    }
                }
                InstallmentKind::Balance => {
                    if !first {
                        l = l.t(x.tr(", puis ", ", then "));
                    }
                    if deposit.is_none() && milestones == 0 {
                        l = l.t(x.tr("le prix entier", "the whole price"));
                    } else {
                        l = share(l.t(x.tr("le solde", "the balance")), i.percent, i.amount, true);
                    }
                    l = l.t(" ").t(end_label);
                    if let Some(d) = i.due {
                        l = l.t(x.tr(" (prévue le ", " (expected on ")).t(&x.date(d)).t(")");
                    }
                }
                InstallmentKind::Deposit => {}
            }
            first = false;
        }
    }
    let (whose, subject) = if others {
        (x.tr("leur", "their"), x.tr(" ; les autres factures sont à payer ", "; the other invoices are payable "))
    } else {
        (x.tr("sa", "its"), x.tr(" ; chaque facture est à payer ", "; each invoice is payable "))
    };
    l = l.t(subject).t(&match (x.c.term, x.lang) {
        (Term::OnReceipt, _) => x.tr("dès réception", "on receipt").to_string(),
        (Term::Days(d), Lang::Fr) => format!("dans les {} suivant {whose} date", x.days(d)),
        (Term::Days(d), Lang::En) => format!("within {} of {whose} date", x.days(d)),
        (Term::EndOfMonth45, Lang::Fr) => format!("à 45 jours fin de mois à compter de {whose} date"),
        (Term::EndOfMonth45, Lang::En) => format!("within 45 days from {whose} date, end of month"),
    });
    // A common method in the other language is translated; any other typed value is
    // quoted rather than dropped into a sentence of another language.
    if let Some(method) = answer(&a.payment.method) {
        // "virement bancaire ou chèque": each part recognised, or the whole quoted.
        let parts: Vec<&str> = method
            .split([',', '/'])
            .flat_map(|p| p.split(" ou "))
            .flat_map(|p| p.split(" or "))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let known: Option<Vec<_>> = parts.iter().map(|p| payment_method(p)).collect();
        l = match known {
            Some(k) if k.iter().all(|(lang, _, _)| *lang == x.lang) => l.t(x.tr(", par ", ", by ")).v(&method),
            Some(k) => {
                let names: Vec<&str> = k.iter().map(|(_, fr, en)| x.tr(fr, en)).collect();
                l.t(x.tr(", par ", ", by ")).t(&x.list(&names, Some(x.tr(" ou ", " or "))))
            }
            None => l.t(x.tr(" ; moyen de paiement : « ", "; payment method: “")).v(&method).close(x.tr(" »", "”")),
        };
    }
    out.push(l.t(".").end());

    // Late payment: the business regime (C. com. L441-10, D441-5), or the legal rate
    // after formal notice for a consumer (C. civ. 1231-6): never the 40 € for them.
    let suspend = if x.c.has_deadline() {
        x.tr(", ses délais étant repoussés d'autant", ", its deadlines moving back accordingly")
    } else {
        ""
    };
    out.push(if a.is_b2b() {
        let rate = match x.c.penalty {
            Penalty::EcbPlus10 => x
                .tr(
                    "calculées au taux annuel de la Banque centrale européenne (opération de refinancement la plus récente) majoré de 10 points de pourcentage",
                    "at an annual rate equal to the ECB's most recent refinancing rate plus 10 percentage points",
                )
                .to_string(),
            Penalty::TripleLegal => x
                .tr(
                    "calculées au taux annuel égal à trois fois le taux d'intérêt légal",
                    "at an annual rate equal to three times the French legal interest rate",
                )
                .to_string(),
            Penalty::Fixed(p) => format!("{}{}{}", x.tr("calculées au taux de ", "at "), x.pct(p), x.tr(" par an", " a year")),
        };
        x.line()
            .t(x.tr("En cas de retard, des pénalités ", "If you pay late, interest "))
            .t(&rate)
            .t(x.tr(
                " courent automatiquement dès le lendemain de l'échéance, plus une indemnité forfaitaire de ",
                " runs automatically from the day after the due date, plus a fixed recovery fee of ",
            ))
            .t(&x.money(Money(4000)))
            .t(x.tr(
                " par facture en retard ; si une facture reste impayée huit jours après une mise en demeure, le prestataire peut aussi suspendre ",
                " per late invoice; if an invoice is still unpaid eight days after formal notice, the provider may also suspend ",
            ))
            .t(work)
            .t(suspend)
            .t(".")
            .end()
    } else {
        x.line()
            .t(x.tr(
                "Si vous payez en retard, la somme due porte intérêt au taux légal après une mise en demeure ; si une facture reste impayée huit jours après celle-ci, le prestataire peut suspendre ",
                "If you pay late, the sum due bears interest at the French legal rate once you have been given formal notice; if an invoice is still unpaid eight days after that notice, the provider may suspend ",
            ))
            .t(work)
            .t(suspend)
            .t(".")
            .end()
    });
    out
}

/// A payment method typed in French or English that the explanation recognises: the
/// language it is typed in, and its French and English names.
fn payment_method(typed: &str) -> Option<(Lang, &'static str, &'static str)> {
    let key = typed.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace()).to_lowercase();
    let key = key.replace(['é', 'è'], "e");
    Some(match key.as_str() {
        "virement" | "virement bancaire" => (Lang::Fr, "virement bancaire", "bank transfer"),
        "cheque" if typed.contains('è') => (Lang::Fr, "chèque", "cheque"),
        "cheque" | "check" => (Lang::En, "chèque", "cheque"),
        "bank transfer" | "transfer" => (Lang::En, "virement bancaire", "bank transfer"),
        "carte bancaire" => (Lang::Fr, "carte bancaire", "card"),
        "especes" => (Lang::Fr, "espèces", "cash"),
        "cash" => (Lang::En, "espèces", "cash"),
        _ => return None,
    })
}

fn rights(x: &Ex) -> Vec<String> {
    let r = &x.a.rights;
    let free = x.free();
    // As the clause: free work passes its rights on delivery.
    let on_payment = r.on_full_payment && !free;
    let mut out = Vec::new();

    // Which rights, for what use, where and how long (CPI L131-3).
    let mut l = match r.mode {
        IpMode::Assignment => {
            let mut verbs = Vec::new();
            for (on, fr, en) in [
                (r.reproduction, "de reproduire", "reproduce"),
                (r.representation, "de diffuser", "publicly show"),
                (r.adaptation, "d'adapter", "adapt"),
                (r.distribution, "de distribuer", "distribute"),
            ] {
                if on {
                    verbs.push(x.tr(fr, en));
                }
            }
            let l = x
                .line()
                .t(x.tr("Le prestataire vous cède, ", "The provider assigns to you, "))
                .t(if r.exclusive { x.tr("en exclusivité, ", "exclusively, ") } else { x.tr("sans exclusivité, ", "non-exclusively, ") });
            if verbs.is_empty() {
                l.t(x.tr("des droits sur les livrables", "rights in the deliverables"))
            } else {
                l.t(x.tr("le droit ", "the right to ")).t(&x.list(&verbs, None)).t(x.tr(" les livrables", " the deliverables"))
            }
        }
        IpMode::Licence => x.line().t(x.tr(
            "Le prestataire garde ses droits d'auteur et vous accorde le droit personnel, sans exclusivité, de reproduire, de montrer et d'adapter les livrables au format de vos usages",
            "The provider keeps the copyright and grants you a personal, non-exclusive right to reproduce, show and adapt the deliverables to the format of your uses",
        )),
    };
    let mut open = true;
    let mut field =
        |l: Line, label: &str| l.t(if std::mem::take(&mut open) { " (" } else { x.tr(" ; ", "; ") }).t(label);
    for (label, value) in [
        (x.tr("usage : ", "purpose: "), &r.purpose),
        (x.tr("supports : ", "media: "), &r.media),
        (x.tr("territoire : ", "territory: "), &r.territory),
    ] {
        if let Some(value) = answer(value) {
            // Typed, perhaps in the other language: quoted.
            l = field(l, label).t(x.tr("« ", "“")).v(&value).close(x.tr(" »", "”"));
        }
    }
    let duration = match (x.c.rights_years, r.mode) {
        (Some(years), IpMode::Assignment) => format!(
            "{}{}",
            x.count(years, ("an", "ans"), ("year", "years")),
            x.tr(" à partir du moment où les droits vous sont acquis", " from when the rights become yours")
        ),
        (Some(years), IpMode::Licence) => {
            format!(
                "{}{}",
                x.count(years, ("an", "ans"), ("year", "years")),
                x.tr(" à partir de la livraison", " from delivery")
            )
        }
        (None, _) => x.tr("toute la durée des droits d'auteur", "the full term of copyright").to_string(),
    };
    out.push(field(l, x.tr("durée : ", "duration: ")).t(&duration).t(").").end());

    // When they are acquired.
    out.push(match r.mode {
        // As the clause: the invoices and, on an early end, the sums due under the
        // termination article too.
        IpMode::Assignment if on_payment && x.a.is_unit_priced() => x
            .line()
            .t(x.tr(
                "Les droits sur chaque livrable, compris dans le prix, vous sont acquis une fois payées toutes les factures du travail qui lui est consacré et, si le contrat prend fin plus tôt, les sommes encore dues selon ",
                "The rights in each deliverable, included in the price, become yours once all invoices for the work on it have been paid and, if the contract ends early, once the sums still due under ",
            ))
            .t(&x.article(Section::Termination, "Fin du contrat", "End of the contract").replacen("à l'", "l'", 1))
            .t(x.tr(
                " ; d'ici là, vous pouvez déjà l'utiliser et le mettre en service, sauf si ces sommes restent impayées huit jours après une mise en demeure.",
                " have been paid too; until then you may already use it and put it into service, unless those sums remain unpaid eight days after formal notice.",
            ))
            .end(),
        IpMode::Assignment if on_payment => x.say(
            "Ces droits, compris dans le prix, vous sont acquis au paiement complet du prix ; d'ici là, vous pouvez déjà utiliser les livrables et les mettre en service, sauf si le prix reste impayé huit jours après une mise en demeure.",
            "These rights, included in the price, become yours once the price is paid in full; until then you may already use the deliverables and put them into service, unless the price remains unpaid eight days after formal notice.",
        ),
        IpMode::Assignment if free => x.say(
            "Ces droits vous sont cédés gratuitement, à la livraison de chaque livrable.",
            "These rights are assigned to you free of charge, on delivery of each deliverable.",
        ),
        IpMode::Assignment => x.say(
            "Ces droits, compris dans le prix, vous sont acquis à la livraison de chaque livrable.",
            "These rights, included in the price, become yours on delivery of each deliverable.",
        ),
        IpMode::Licence if free => {
            x.say("Ce droit est gratuit et vous est acquis à la livraison.", "This right is free of charge and yours on delivery.")
        }
        IpMode::Licence if on_payment => x.say(
            "Ce droit vous est acquis au paiement complet du prix.",
            "This right becomes yours once the price is paid in full.",
        ),
        IpMode::Licence => x.say("Ce droit vous est acquis à la livraison.", "This right becomes yours on delivery."),
    });

    // What stays the provider's, its warranty, and its portfolio.
    let mut l = x.line().t(x.tr(
        "Tout autre usage reste réservé au prestataire, qui garantit que son travail est original et vous protège contre les réclamations de tiers, sauf pour ce que vous avez fourni",
        "Any other use stays reserved to the provider, who guarantees that the work is original and protects you against third-party claims, except for what you supplied",
    ));
    if r.portfolio {
        l = l.t(if x.a.is_consumer() {
            x.tr(
                " ; il ne montre les livrables dans son portfolio qu'avec votre accord écrit, que vous pouvez retirer à tout moment",
                "; it shows the deliverables in its portfolio only with your written consent, which you may withdraw at any time",
            )
        } else {
            x.tr(
                " ; une fois les livrables rendus publics par vous, il peut les montrer dans son portfolio, sauf refus écrit de votre part",
                "; once you have made the deliverables public, it may show them in its portfolio unless you object in writing",
            )
        });
    }
    out.push(l.t(".").end());
    out
}

fn confidentiality(x: &Ex) -> Vec<String> {
    let l = x.line().t(x.tr(
        "Vous et le prestataire gardez secrètes les informations non publiques que vous échangez et ne les utilisez que pour la mission, pendant le contrat",
        "You and the provider keep confidential the non-public information you share and use it only for this work, during the contract",
    ));
    let l = match x.c.confidentiality_years.filter(|&y| y > 0) {
        Some(y) => l
            .t(x.tr(" et ", " and for "))
            .t(&x.count(y, ("an", "ans"), ("year", "years")))
            .t(x.tr(" après sa fin.", " after it ends.")),
        None => l.t("."),
    };
    vec![
        l.end(),
        x.say(
            "Cela ne vaut pas pour ce qui est déjà public, déjà connu ou obtenu légalement d'un tiers, ni pour ce que la loi ou un juge oblige à communiquer.",
            "This does not cover what is already public, already known or lawfully obtained from someone else, nor what the law or a court requires to be disclosed.",
        ),
    ]
}

fn personal_data(x: &Ex) -> Vec<String> {
    let d = &x.a.data;
    let mut l = x.line().t(x.tr(
        "Le prestataire traite pour votre compte des données personnelles",
        "The provider processes personal data on your behalf",
    ));
    let kinds = answer(&d.kinds);
    let subjects = answer(&d.subjects);
    // Typed values, perhaps in the other language: quoted.
    if let Some(k) = &kinds {
        l = l.t(x.tr(" (« ", " (“")).v(k).close(x.tr(" »", "”"));
    }
    if let Some(s) = &subjects {
        l = l
            .t(if kinds.is_some() {
                x.tr(" ; personnes concernées : « ", "; people concerned: “")
            } else {
                x.tr(" (personnes concernées : « ", " (people concerned: “")
            })
            .v(s)
            .close(x.tr(" »", "”"));
    }
    l = l.t(if kinds.is_some() || subjects.is_some() { x.tr(") :", "):") } else { x.tr(" :", ":") });
    let first = l
        .t(x.tr(
            " vous en êtes le responsable du traitement au sens du RGPD, et il n'agit que sur vos instructions écrites.",
            " you are the controller under the GDPR, and the provider acts only on your written instructions.",
        ))
        .end();
    let mut l = x.line().t(x.tr(
        "Il protège ces données (chiffrement, sauvegardes dans l'Union européenne, accès limités), vous signale toute violation de données au plus tard 48 heures après l'avoir constatée et ne fait appel à un autre sous-traitant qu'avec votre accord écrit",
        "It protects the data (encryption, back-ups in the European Union, restricted access), tells you of any data breach no later than 48 hours after becoming aware of it and uses another processor only with your written consent",
    ));
    if let Some(s) = answer(&d.subprocessors) {
        l = l.t(x.tr(" ; vous autorisez déjà : ", "; you already authorise: ")).v(&s);
    }
    vec![
        first,
        l.t(".").end(),
        x.say(
            "À la fin du contrat, vous choisissez s'il supprime les données ou vous les rend ; de votre côté, vous garantissez que ce traitement est licite et que les personnes concernées en sont informées.",
            "When the contract ends, you choose whether the provider deletes the data or returns them to you; on your side, you guarantee that the processing is lawful and that the people concerned are informed of it.",
        ),
    ]
}

fn liability(x: &Ex) -> Vec<String> {
    let a = x.a;
    let mut out = Vec::new();
    if a.is_b2b() {
        // The cap and what it never covers (C. civ. 1231-3, 1170; 1792-5 for building).
        let amount = match (a.terms.liability, x.free()) {
            (LiabilityCap::None, _) => None,
            (LiabilityCap::Amount, _) => Some(x.c.liability_amount.map(|m| x.money(m))),
            (LiabilityCap::ContractPrice, true) => Some(None),
            (LiabilityCap::ContractPrice, false) => {
                let what = if a.is_unit_priced() {
                    x.tr("du montant maximal du contrat", "the maximum amount of the contract")
                } else {
                    x.tr("du prix total du contrat", "the total price of the contract")
                };
                Some(Some(match x.c.total {
                    Some(t) => format!("{what} ({}{})", x.money(t), x.excl_tax()),
                    None => what.to_string(),
                }))
            }
        };
        match amount {
            None => out.push(x.say(
                "La responsabilité du prestataire n'est pas plafonnée : les règles ordinaires s'appliquent.",
                "The provider's liability is not capped: the ordinary rules apply.",
            )),
            Some(amount) => {
                let mut l = x.line().t(x.tr(
                    "Si le prestataire vous cause un dommage, il ne répond que des dommages directs et prévisibles",
                    "If the provider causes you harm, it is liable only for direct and foreseeable damage",
                ));
                if let Some(amount) = amount {
                    let amount = match (x.lang, a.terms.liability) {
                        (Lang::Fr, LiabilityCap::Amount) => format!("de {amount}"),
                        _ => amount,
                    };
                    l = l.t(x.tr(", et au plus à hauteur ", ", and up to ")).t(&amount);
                }
                let mut exceptions = vec![
                    x.tr(
                        "à une faute lourde (négligence d'une extrême gravité) ou dolosive (intentionnelle)",
                        "gross negligence or wilful misconduct",
                    ),
                    x.tr("à un dommage corporel", "bodily injury"),
                ];
                let has = |s: Section| sections(a).contains(&s);
                if has(Section::Rights) {
                    exceptions.push(x.tr(
                        "à la garantie contre les réclamations de tiers sur les livrables",
                        "the warranty against third-party claims on the deliverables",
                    ));
                }
                if has(Section::Confidentiality) {
                    exceptions.push(x.tr("aux manquements à la confidentialité", "breaches of confidentiality"));
                }
                if a.is_building() {
                    exceptions.push(x.tr(
                        "aux garanties des constructeurs, qu'aucune clause ne peut limiter",
                        "the builders' guarantees, which no clause may limit",
                    ));
                }
                out.push(
                    l.t(x.tr(" ; cette limite ne s'applique pas ", "; this limit does not apply to "))
                        .t(&x.list(&exceptions, Some(x.tr(", ni ", " or "))))
                        .t(".")
                        .end(),
                );
            }
        }
        out.push(match a.mission.kind {
            MissionKind::Deliverables if a.is_building() => x.say(
                "Vous répondez de l'exactitude des plans, mesures et informations que vous avez fournis ou validés.",
                "You are responsible for the accuracy of the plans, measurements and information you supplied or approved.",
            ),
            MissionKind::Deliverables => x.say(
                "Vous restez responsable de ce que vous fournissez et de l'usage que vous faites des livrables.",
                "You remain responsible for what you supply and for how you use the deliverables.",
            ),
            MissionKind::Accompaniment => match x.coached() {
                Some(name) => x
                    .line()
                    .t(x.tr("Vous et ", "You and "))
                    .v(&name)
                    .t(x.tr(
                        " restez seuls maîtres des décisions prises à la suite de l'accompagnement, et de leurs conséquences.",
                        " alone decide what to do after the sessions and bear the consequences.",
                    ))
                    .end(),
                None => x.say(
                    "Vous restez seul maître des décisions que vous prenez à la suite de l'accompagnement, et de leurs conséquences.",
                    "You alone decide what to do after the sessions and bear the consequences.",
                ),
            },
        });
    } else {
        // C. consom. R212-1: nothing removes the consumer's right to compensation.
        out.push(x.say(
            "Le prestataire répond de la bonne exécution de la mission selon les règles ordinaires, et aucune clause ne vous prive des droits que la loi vous donne s'il ne l'exécute pas ou l'exécute mal.",
            "The provider is liable for doing the work properly under the ordinary rules, and no clause takes away the rights the law gives you if the work is not done or is done badly.",
        ));
    }
    out.push(
        x.line()
            .t(x.tr(
                "En cas de force majeure (un événement hors de contrôle, imprévisible et inévitable), l'exécution est suspendue ; si cela dure plus de trente jours ou devient définitif, chacun peut mettre fin au contrat par écrit",
                "In case of force majeure (an event beyond a party's control that could be neither foreseen nor avoided), performance is suspended; if it lasts more than thirty days or becomes permanent, either of you may end the contract in writing",
            ))
            .t(if x.free() { "" } else { x.tr(", le travail déjà fait restant dû", ", work already done remaining payable") })
            .t(".")
            .end(),
    );
    out
}

fn guarantees(x: &Ex) -> Vec<String> {
    let a = x.a;
    let has = |s: Section| sections(a).contains(&s);
    let mut out = Vec::new();
    if a.is_building() {
        out.push(x.say(
            "À partir de la réception, vous bénéficiez des garanties légales des constructeurs : un an pour faire réparer tous les défauts signalés (parfait achèvement), deux ans pour les équipements qu'on peut retirer sans abîmer l'ouvrage (bon fonctionnement) et dix ans pour les dommages qui menacent sa solidité ou le rendent impropre à son usage (garantie décennale).",
            "From acceptance, you have the builders' statutory guarantees: one year to have every reported defect repaired (completion), two years for equipment that can be removed without damaging the building (proper functioning) and ten years for damage that threatens its soundness or makes it unfit for its purpose (ten-year guarantee).",
        ));
        let mut l = x.line().t(x.tr(
            "Pour le reste, par exemple un équipement ajouté à un bâtiment existant, le prestataire répond des défauts selon les règles ordinaires des contrats",
            "Otherwise, for example for equipment added to an existing building, the provider is liable for defects under the ordinary rules of contract",
        ));
        if a.is_b2b() && a.terms.liability != LiabilityCap::None {
            l = l.t(x.tr(
                ", dans la limite du plafond de responsabilité du contrat",
                ", within the contract's liability cap",
            ));
        }
        if has(Section::Insurance) {
            let certificate = x.article(Section::Insurance, "Assurance", "Insurance");
            l = l.t(&match x.lang {
                Lang::Fr => format!(" ; vérifiez sur son attestation d'assurance (mentionnée {certificate}) si ces responsabilités sont couvertes"),
                Lang::En => format!("; check its insurance certificate ({certificate}) to see whether these liabilities are covered"),
            });
        }
        out.push(l.t(".").end());
    } else if a.is_consumer() && a.mission.kind == MissionKind::Deliverables && a.mission.digital {
        out.push(x.say(
            "Les livrables étant numériques, vous bénéficiez de la garantie légale de conformité : s'ils ne sont pas conformes, vous pouvez obtenir leur mise en conformité ou, à défaut (notamment si elle est impossible, refusée ou tardive), une réduction du prix ou, sauf défaut mineur, la résolution du contrat avec remboursement.",
            "As the deliverables are digital, you have the statutory guarantee of conformity: if they do not conform, you can have them brought into conformity or, failing that (in particular if this is impossible, refused or late), obtain a price reduction or, unless the defect is minor, the termination of the contract with a refund.",
        ));
    } else {
        out.push(x.say(
            "Si la mission n'est pas réalisée ou l'est mal, vous pouvez exiger qu'elle le soit, obtenir une baisse du prix, demander réparation de votre préjudice et, si le manquement est suffisamment grave, mettre fin au contrat.",
            "If the work is not done, or is done badly, you can require it to be done, obtain a price reduction, claim damages and, if the failure is serious enough, end the contract.",
        ));
    }
    out.push(match (has(Section::Acceptance), a.is_building()) {
        (true, true) => x.say(
            "Aucune clause du contrat, pas même celle sur la réception, ne réduit ces garanties.",
            "No clause of the contract, not even the one on acceptance, reduces these guarantees.",
        ),
        (true, false) => x.say(
            "Aucune clause du contrat, pas même l'acceptation d'une livraison restée sans réponse, ne réduit ces garanties.",
            "No clause of the contract, not even a delivery deemed accepted for want of an answer, reduces these guarantees.",
        ),
        _ => x.say("Aucune clause du contrat ne réduit ces garanties.", "No clause of the contract reduces these guarantees."),
    });
    out
}

fn insurance(x: &Ex) -> Vec<String> {
    let pr = &x.a.provider;
    let cover = match pr.insurance_cover {
        InsuranceCover::Decennale => {
            x.tr("en responsabilité civile décennale", "for ten-year building liability (décennale)")
        }
        InsuranceCover::CivilLiability => {
            x.tr("en responsabilité civile professionnelle", "for professional liability")
        }
        InsuranceCover::Both => x.tr(
            "en responsabilité civile décennale et en responsabilité civile professionnelle",
            "for ten-year building liability (décennale) and for professional liability",
        ),
    };
    let mut l = x.line().t(x.tr("Le prestataire est assuré ", "The provider is insured ")).t(cover);
    if let Some(insurer) = answer(&pr.insurer) {
        l = l.t(x.tr(" auprès de ", " with ")).v(&insurer);
    }
    if let Some(area) = answer(&pr.insurance_area) {
        l = l.t(x.tr(", pour la zone suivante : ", ", for the following area: ")).v(&area);
    }
    let mut out = vec![l.t(".").end()];
    if pr.insurance_cover.has_decennale() {
        out.push(x.say(
            "L'assurance décennale couvre sa responsabilité pendant les dix ans qui suivent la réception des travaux.",
            "The ten-year insurance covers its liability for the ten years after the works are accepted.",
        ));
    }
    out.push(x.say(
        "L'attestation d'assurance est jointe au contrat : vous pouvez y vérifier la couverture et sa validité.",
        "The insurance certificate is annexed to the contract, so you can check the cover and that it is current.",
    ));
    out
}

fn termination(x: &Ex) -> Vec<String> {
    let a = x.a;
    let free = x.free();
    let mut out = vec![x.say(
        "Si l'un de vous manque gravement à ses obligations et n'y remédie pas dans les quinze jours d'une mise en demeure écrite, l'autre peut résilier le contrat par écrit.",
        "If either of you seriously fails to meet their obligations and does not put it right within fifteen days of written notice, the other may end the contract in writing.",
    )];
    let notice = x.c.notice_days.map(|n| crate::document::format::notice(n, x.lang));
    let who = if free {
        x.tr(
            "Chacun de vous peut aussi y mettre fin à tout moment, par écrit, avec ",
            "Either of you may also end it at any time, in writing, with ",
        )
    } else {
        x.tr(
            "Vous pouvez aussi y mettre fin à tout moment, par écrit, avec ",
            "You may also end it at any time, in writing, with ",
        )
    };
    // With a beneficiary, their departure is a case of its own (the beneficiary's
    // article): neither the notice nor the fee applies to it.
    let apart = |l: Line| match x.coached() {
        Some(name) => l.t(x.tr(" ; si ", "; if ")).v(&name).t(x.tr(
            " quitte ses fonctions chez vous, un préavis de huit jours suffit, sans indemnité",
            " leaves their position with you, eight days' notice is enough, with no compensation",
        )),
        None => l,
    };
    let fee = x.c.cancellation.filter(|p| p.0 > 0).map(|pct| {
        let rest = if a.is_unit_priced() {
            let (_, units) = x.units();
            match x.lang {
                Lang::Fr => format!(" du prix des {units} restant à réaliser, dans la limite du plafond"),
                Lang::En => format!(" of the price of the {units} not yet delivered, within the cap"),
            }
        } else {
            x.tr(" du prix du travail restant à faire", " of the price of the work not yet done").to_string()
        };
        (x.pct(pct), rest)
    });
    let fee_text = |l: Line, lead_fr: &'static str, lead_en: &'static str| match &fee {
        Some((pct, rest)) => l
            .t(x.tr(lead_fr, lead_en))
            .t(x.tr(
                "si vous mettez fin au contrat sans faute du prestataire, vous devez en plus une indemnité de ",
                "if you end the contract through no fault of the provider, you also owe a cancellation fee of ",
            ))
            .t(pct)
            .t(rest),
        None => l,
    };
    match (notice, free) {
        (Some(n), _) => {
            let l = fee_text(x.line().t(who).t(&n), " ; ", "; ");
            out.push(apart(l).t(".").end());
        }
        (None, true) => out.push(x.line().t(who).t(x.tr("un préavis raisonnable.", "reasonable notice.")).end()),
        (None, false) if fee.is_some() => {
            let l = apart(fee_text(x.line(), "", ""));
            out.push(upper_first(&l.t(".").end()));
        }
        (None, false) => {}
    }
    out.push(if free {
        x.say(
            "En cas de fin anticipée, vous gardez les livrables déjà remis et les droits cédés sur eux ; chacun rend à l'autre les documents qu'il lui a confiés.",
            "If the contract ends early, you keep the deliverables already handed over and the rights granted in them; each of you returns the documents the other entrusted to them.",
        )
    } else {
        x.say(
            "Dans tous les cas, vous payez le travail réalisé conformément au contrat jusqu'à la date où il prend fin ; ce que vous avez versé en trop vous est remboursé dans les trente jours.",
            "In every case, you pay for the work done in accordance with the contract up to the date it ends; anything you paid beyond that is refunded within thirty days.",
        )
    });
    out
}

fn withdrawal(x: &Ex) -> Vec<String> {
    let a = x.a;
    let mut l = if a.is_b2b() {
        // C. consom. L221-3: a small business, off-premises, outside its main activity.
        x.line().t(x.tr(
            "Comme votre entreprise compte cinq salariés au plus et signe ce contrat ailleurs que dans les locaux du prestataire, en dehors de son activité principale, vous avez, comme un particulier, ",
            "As your business has five employees or fewer and signs this contract away from the provider's premises, outside its main activity, you have, like a consumer, ",
        ))
    } else {
        x.line().t(x.tr("Vous avez ", "You have "))
    };
    l = l.t(&x.days(14)).t(x.tr(
        " après la conclusion du contrat pour changer d'avis, sans donner de raison ni payer de pénalité",
        " after the contract is concluded to change your mind, without giving a reason or paying a penalty",
    ));
    if let Some(signed) = x.c.signature_date {
        l = l
            .t(x.tr(" (jusqu'au ", " (until "))
            .t(&x.date(withdrawal_expiry(signed)))
            .t(x.tr(" pour un contrat conclu le ", " for a contract concluded on "))
            .t(&x.date(signed))
            .t(")");
    }
    let mut out = vec![l
        .t(x.tr(
            " : il suffit d'envoyer au prestataire une déclaration claire, par exemple avec le formulaire joint au contrat.",
            ": just send the provider a clear statement, for example with the form annexed to the contract.",
        ))
        .end()];
    // With an early start, what was done at the client's request is owed (below).
    out.push(x.line().t(if a.consumer.early_start { x.tr("Ce que", "What") } else { x.tr("Tout ce que", "Everything") }).t(x.tr(
        " vous avez payé vous est alors remboursé dans les quatorze jours, par le même moyen de paiement sauf si vous acceptez un autre moyen.",
        " you paid is then refunded within fourteen days, by the same means of payment unless you agree to another.",
    )).end());
    if a.consumer.early_start {
        out.push(x.say(
            "Vous pouvez demander que le travail commence avant la fin de ce délai en signant la demande séparée jointe au contrat (signer le contrat ne suffit pas) ; si vous vous rétractez ensuite, vous payez seulement la part déjà réalisée.",
            "You can ask for the work to start before this period ends by signing the separate request annexed to the contract (signing the contract is not enough); if you then withdraw, you pay only for the part already done.",
        ));
    }
    out
}

fn general(x: &Ex) -> Vec<String> {
    let a = x.a;
    // The annexes, as `clauses::annexes` lists them.
    let annexes = answer(&a.mission.annexed_documents).is_some() || a.has_withdrawal() || a.provider.insurance;
    vec![
        if annexes {
            x.say(
                "Le contrat et ses annexes contiennent tout ce qui a été convenu : pour les modifier, il faut un avenant écrit signé par vous et le prestataire, et aucun de vous ne peut transférer le contrat à quelqu'un d'autre sans l'accord de l'autre.",
                "The contract and its annexes contain everything agreed: changing them takes a written amendment signed by you and the provider, and neither of you may transfer the contract to someone else without the other's consent.",
            )
        } else {
            x.say(
                "Le contrat contient tout ce qui a été convenu : pour le modifier, il faut un avenant écrit signé par vous et le prestataire, et aucun de vous ne peut le transférer à quelqu'un d'autre sans l'accord de l'autre.",
                "The contract contains everything agreed: changing it takes a written amendment signed by you and the provider, and neither of you may transfer it to someone else without the other's consent.",
            )
        },
        x.say(
            "Vous échangez par écrit, e-mail compris ; une mise en demeure ou une résiliation se fait par lettre recommandée avec accusé de réception ou par un moyen qui prouve sa réception.",
            "You communicate in writing, e-mail included; a formal notice or a termination is sent by registered letter with acknowledgement of receipt or by any means that proves receipt.",
        ),
        x.say(
            "Vous pouvez signer électroniquement ; une signature électronique vaut signature à la main si le procédé vous identifie, garantit son lien avec le contrat et en préserve l'intégrité, ce qui n'est pas présumé pour une signature simple (nom tapé ou signature dessinée) et devrait alors être prouvé en cas de contestation.",
            "You may sign electronically; an electronic signature counts as a handwritten one if the process identifies you, guarantees its link with the contract and preserves the contract's integrity, which is not presumed for a simple signature (typed name or drawn signature) and would then have to be proved if challenged.",
        ),
    ]
}

fn law(x: &Ex) -> Vec<String> {
    let a = x.a;
    if a.is_consumer() {
        // C. consom. L612-1 to L612-4, R212-2 10°: mediation offered, never required.
        let mut l = x.line().t(x.tr(
            "Le droit français s'applique ; en cas de désaccord, vous pouvez chercher une solution amiable et, après une réclamation écrite au prestataire, faire appel gratuitement au médiateur de la consommation dont il relève",
            "French law applies; in a dispute, you may seek an amicable solution and, after a written complaint to the provider, refer the matter free of charge to the provider's consumer mediator",
        ));
        // The closing bracket and the full stop in one piece, so an answer's own
        // full stop is not doubled.
        let mut close = ".";
        if let Some(name) = answer(&a.consumer.mediator_name) {
            l = l.t(x.tr(" : ", ": ")).v(&name);
            if let Some(contact) = answer(&a.consumer.mediator_contact) {
                l = l.t(" (").v(&contact);
                close = ").";
            }
        }
        return vec![
            l.t(close).end(),
            x.say(
                "Rien de tout cela n'est obligatoire : vous pouvez à tout moment saisir le tribunal compétent, notamment celui du lieu où vous habitiez à la conclusion du contrat ou au moment du dommage.",
                "Neither step is compulsory: you may go to the competent court at any time, including the court of the place where you lived when the contract was concluded or when the damage occurred.",
            ),
        ];
    }
    let first = if x.free() {
        x.say(
            "Le droit français s'applique ; en cas de désaccord, vous pouvez chercher une solution amiable avant d'aller en justice.",
            "French law applies; in a dispute, you may seek an amicable solution before going to court.",
        )
    } else {
        x.say(
            "Le droit français s'applique ; en cas de désaccord, vous devez d'abord chercher ensemble une solution amiable, par écrit, pendant au moins trente jours avant d'aller en justice, sauf mesures urgentes et injonction de payer (la procédure simplifiée pour une facture impayée).",
            "French law applies; in a dispute, you must first seek an amicable solution together, in writing, for at least thirty days before going to court, except for urgent measures and an order for payment (the simplified procedure for an unpaid invoice).",
        )
    };
    let court = answer(&a.terms.court_city).filter(|_| a.court_clause_allowed());
    let second = match court {
        Some(city) => {
            let l = x
                .line()
                .t(x.tr("À défaut d'accord, seuls les tribunaux de ", "Failing agreement, only the courts of "))
                .v(&city);
            let l = match x.lang {
                Lang::Fr if a.is_foreign() => l.t(" (France)"),
                Lang::Fr => l,
                Lang::En => l.t(", France,"),
            };
            l.t(x.tr(" pourront juger le litige.", " may hear the dispute.")).end()
        }
        None => x.say(
            "À défaut d'accord, le litige ira devant le tribunal désigné par les règles ordinaires.",
            "Failing agreement, the dispute goes to the court that has jurisdiction under the ordinary rules.",
        ),
    };
    vec![first, second]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A business client, a fixed price with a 30 % deposit, dates set.
    fn base() -> Answers {
        let mut a = Answers::default();
        a.provider.name = "Camille Martin".into();
        a.provider.address = "3 rue des Lilas, 69001 Lyon".into();
        a.provider.siren = "732 829 320".into();
        a.provider.phone = "06 00 00 00 00".into();
        a.client.name = "Atelier Nord".into();
        a.client.address = "1 quai Nord, 69002 Lyon".into();
        a.mission.title = "Identité visuelle".into();
        a.mission.deliverables[0].title = "Logo".into();
        a.mission.start_date = "2027-02-01".into();
        a.mission.end_date = "2027-03-01".into();
        a.price.amount = "2000".into();
        a.rights.purpose = "communication".into();
        a.rights.media = "tout support".into();
        a.rights.territory = "France".into();
        a.signature.date = "2027-01-10".into();
        a
    }

    fn consumer() -> Answers {
        let mut a = base();
        a.client.kind = ClientKind::Consumer;
        a.consumer.mediator_name = "CM2C".into();
        a.mission.start_date = "2027-02-15".into();
        a
    }

    fn say(section: Section, a: &Answers, lang: Lang) -> String {
        for_client(section, a, lang).unwrap_or_else(|| panic!("{section:?} has no explanation"))
    }

    #[test]
    fn parties_signatures_and_absent_sections_have_none() {
        let a = base();
        for lang in [Lang::Fr, Lang::En] {
            assert_eq!(for_client(Section::Parties, &a, lang), None);
            assert_eq!(for_client(Section::Signatures, &a, lang), None);
            assert_eq!(for_client(Section::Withdrawal, &a, lang), None, "a business client");
            assert_eq!(for_client(Section::Accompaniment, &a, lang), None);
        }
    }

    #[test]
    fn only_a_consumer_has_fourteen_days_to_withdraw() {
        let fr = say(Section::Withdrawal, &consumer(), Lang::Fr);
        assert!(fr.contains("14\u{a0}jours"), "{fr}");
        assert!(fr.contains("25\u{a0}janvier 2027"), "signed on 10 January: {fr}");
        let en = say(Section::Withdrawal, &consumer(), Lang::En);
        assert!(en.contains("14\u{a0}days"), "{en}");
        // Signed at the provider's premises: no withdrawal right, so no article.
        let mut on_premises = consumer();
        on_premises.consumer.conclusion = Conclusion::OnPremises;
        assert_eq!(for_client(Section::Withdrawal, &on_premises, Lang::Fr), None);
    }

    #[test]
    fn the_recovery_fee_is_for_business_clients_only() {
        for lang in [Lang::Fr, Lang::En] {
            // With a space before it: « 1 400,00 € » is not the fee.
            let forty = format!(" {}", Money(4000).format(lang));
            let b2b = say(Section::Payment, &base(), lang);
            assert!(b2b.contains(&forty), "{b2b}");
            let b2c = say(Section::Payment, &consumer(), lang);
            assert!(!b2c.contains(&forty) && !b2c.contains("recouvrement") && !b2c.contains("recovery"), "{b2c}");
        }
    }

    #[test]
    fn the_deposit_shows_its_share_and_amount() {
        let mut a = base();
        a.provider.vat_franchise = true;
        let fr = say(Section::Payment, &a, Lang::Fr);
        assert!(fr.contains("30\u{a0}% (600,00\u{a0}€)"), "{fr}");
        let en = say(Section::Payment, &a, Lang::En);
        assert!(en.contains("30% (€600.00)"), "{en}");
        a.payment.deposit = DepositKind::None;
        assert!(say(Section::Payment, &a, Lang::Fr).starts_with("Aucun acompte"));
    }

    #[test]
    fn no_date_means_a_reasonable_time_or_thirty_days() {
        let mut a = base();
        a.mission.start_date.clear();
        a.mission.end_date.clear();
        assert!(say(Section::Schedule, &a, Lang::Fr).contains("délai raisonnable"));
        assert!(say(Section::Schedule, &a, Lang::En).contains("reasonable time"));
        let mut c = consumer();
        c.mission.start_date.clear();
        c.mission.end_date.clear();
        assert!(say(Section::Schedule, &c, Lang::Fr).contains("trente jours"));
        assert!(say(Section::Schedule, &c, Lang::En).contains("thirty days"));
    }

    #[test]
    fn rights_follow_payment_and_the_field_of_use() {
        let a = base();
        let fr = say(Section::Rights, &a, Lang::Fr);
        assert!(fr.contains("le droit de reproduire et de diffuser les livrables"), "{fr}");
        assert!(
            fr.contains("usage\u{a0}: «\u{a0}communication\u{a0}»\u{202f}; supports\u{a0}: «\u{a0}tout support"),
            "{fr}"
        );
        assert!(fr.contains("5\u{a0}ans"), "{fr}");
        assert!(fr.contains("paiement complet du prix"), "{fr}");
        let mut free = a.clone();
        free.price.mode = PriceMode::Free;
        let en = say(Section::Rights, &free, Lang::En);
        assert!(en.contains("free of charge, on delivery") && !en.contains("paid"), "{en}");
    }

    #[test]
    fn acceptance_says_the_days_and_the_rounds() {
        let mut a = base();
        a.mission.acceptance_days = "10".into();
        a.mission.extra_round_price = "150".into();
        let fr = say(Section::Acceptance, &a, Lang::Fr);
        assert!(fr.contains("10\u{a0}jours") && fr.contains("considérée comme acceptée"), "{fr}");
        assert!(fr.contains("2\u{a0}séries de modifications") && fr.contains("150,00\u{a0}€"), "{fr}");
        a.mission.revisions_unlimited = true;
        assert!(say(Section::Acceptance, &a, Lang::En).contains("no limit"));
    }

    #[test]
    fn coaching_says_sessions_notice_and_unused_sessions() {
        let mut a = consumer();
        a.mission.kind = MissionKind::Accompaniment;
        a.mission.sessions = "6".into();
        a.mission.session_minutes = "90".into();
        let fr = say(Section::Accompaniment, &a, Lang::Fr);
        assert!(fr.contains("6\u{a0}séances d’une durée de 1\u{a0}h\u{a0}30"), "{fr}");
        assert!(fr.contains("48\u{a0}heures"), "{fr}");
        assert!(fr.contains("perdues, sans remboursement"), "{fr}");
        a.mission.unused_sessions = UnusedSessions::Refunded;
        assert!(say(Section::Accompaniment, &a, Lang::En).contains("refunded if you have already paid"));
    }

    #[test]
    fn the_liability_cap_is_the_price_for_a_business_and_none_for_a_consumer() {
        let fr = say(Section::Liability, &base(), Lang::Fr);
        assert!(fr.contains("2\u{202f}000,00\u{a0}€") || fr.contains("2000,00\u{a0}€"), "{fr}");
        assert!(fr.contains("faute lourde") && !fr.contains("faute grave"), "{fr}");
        let b2c = say(Section::Liability, &consumer(), Lang::Fr);
        assert!(!b2c.contains("plafon") && !b2c.contains("hauteur"), "{b2c}");
    }

    #[test]
    fn fixed_text_has_typographic_apostrophes() {
        let mut coaching = consumer();
        coaching.mission.kind = MissionKind::Accompaniment;
        for a in [base(), consumer(), coaching] {
            for lang in [Lang::Fr, Lang::En] {
                for (section, text) in for_every_article(&a, lang) {
                    assert!(!text.contains('\''), "{section:?}, {lang:?}: {text}");
                }
            }
        }
    }

    #[test]
    fn an_answer_ending_with_a_mark_is_not_doubled() {
        let mut a = consumer();
        a.consumer.mediator_contact = "www.cm2c.net.".into();
        a.payment.method = "virement.".into();
        let law = say(Section::Law, &a, Lang::Fr);
        assert!(law.contains("(www.cm2c.net)."), "{law}");
        assert!(say(Section::Payment, &a, Lang::Fr).contains("par virement."));
    }
}
