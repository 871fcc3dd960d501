//! What the provider does, for whom, and when: object, scope, the frame of an
//! accompaniment and its beneficiary, the schedule, and how the work is accepted.

use super::{format, item, Block, Ctx, Inline, Section};
use crate::model::*;

pub fn object(x: &Ctx) -> Vec<Block> {
    let m = &x.a.mission;
    let mut out = vec![x
        .p()
        .t(x.tr(
            "Le présent contrat définit les conditions dans lesquelles le Prestataire réalise pour le Client la mission suivante : « ",
            "This Agreement sets out the terms on which the Provider performs the following services for the Client (the “Services”): “",
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
                    "The Services are provided free of charge. This does not lessen either party's commitments, which are those of this Agreement.",
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
            let lead = if x.a.is_building() {
                x.tr(
                    "Le Prestataire réalise pour le Client les travaux suivants :",
                    "The Provider carries out the following works for the Client:",
                )
            } else {
                x.tr("Le Prestataire livre au Client :", "The Provider delivers to the Client:")
            };
            out.push(x.p().t(lead).block());
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
            let helped = if x.a.has_beneficiary() {
                x.tr("le Bénéficiaire désigné à l'article ", "the Beneficiary named in article ")
            } else {
                x.tr("le Client", "the Client")
            };
            let mut p = x
                .p()
                .t(x.tr(
                    "La mission est un accompagnement, sans livrable. Le Prestataire s'engage à mettre en œuvre tous les moyens raisonnables pour aider ",
                    "The Services are support sessions (coaching or advice) with no deliverable. The Provider undertakes to use all reasonable means to help ",
                ))
                .t(helped);
            if x.a.has_beneficiary() {
                p = p.t(&x.num(Section::Beneficiary));
            }
            out.push(
                p.t(x.tr(
                    " à atteindre ses objectifs, sans garantir un résultat : il s'agit d'une obligation de moyens.",
                    " to reach their goals, without guaranteeing a result (an obligation of means, not of result).",
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
                    "To enable the Provider to perform the Services, the Client shall provide: ",
                ))
                .v(&m.client_inputs)
                .t(x.tr(
                    ". Tout retard dans cette fourniture décale d'autant les délais du Prestataire.",
                    ". Any delay in providing them extends the Provider's deadlines by the length of the delay.",
                ))
                .block(),
        );
    }
    if !m.exclusions.trim().is_empty() {
        out.push(
            x.p()
                .t(x.tr("Sont exclus de la mission : ", "The following are not part of the Services: "))
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
                "Any request outside the framework set out in article ",
            ))
            .t(&x.num(Section::Accompaniment)),
    };
    let quote = if x.a.is_free() {
        x.tr(
            " n'est exécutée qu'après la conclusion d'un accord écrit distinct, gratuit ou payant.",
            " is carried out only under a separate written agreement, free of charge or paid.",
        )
    } else {
        x.tr(
            " n'est exécutée qu'après l'acceptation écrite d'un devis complémentaire.",
            " requires a separate written quote, accepted in writing before any work on it starts.",
        )
    };
    out.push(beyond.t(quote).block());
    out.push(
        x.p()
            .t(x.tr(
                "Le Prestataire exerce sa mission en toute indépendance : il organise librement son travail, ses horaires et ses moyens, sans aucun lien de subordination avec le Client. Le Client collabore de bonne foi et répond aux demandes du Prestataire dans des délais raisonnables.",
                "The Provider is an independent contractor, neither an employee of the Client nor subject to its direction or control, and determines the working methods, hours and resources of the Services. The Client shall cooperate in good faith and answer the Provider's requests within a reasonable time.",
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
            p = p.t(x.tr(", d'une durée de ", ", each lasting ")).t(&format::duration(min, x.lang));
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
            items.push(item(x.p().t(x.tr("Fin de l'accompagnement : ", "Last session by: ")).t(&x.date(e))))
        }
        _ => {}
    }
    let mut out = vec![x
        .p()
        .t(x.tr("L'accompagnement s'inscrit dans le cadre suivant :", "The sessions follow this framework:"))
        .block()];
    if !items.is_empty() {
        out.push(Block::List { ordered: false, items });
    }
    if let Some(h) = x.c.reschedule_hours {
        let hours = match x.lang {
            Lang::Fr => format::count(h, "heure", "heures"),
            Lang::En => format::count(h, "hour", "hours"),
        };
        let (who_fr, who_en) = if x.a.has_beneficiary() {
            (
                "par le Client ou par le Bénéficiaire, ou à laquelle le Bénéficiaire ne se présente pas",
                "by the Client or the Beneficiary, or that the Beneficiary does not attend",
            )
        } else {
            ("par le Client, ou à laquelle il ne se présente pas", "by the Client, or that the Client does not attend")
        };
        out.push(
            x.p()
                .t(x.tr(
                    "Une séance peut être reportée sans frais si la demande parvient à l'autre partie au moins ",
                    "A session may be rescheduled free of charge if the request reaches the other party at least ",
                ))
                .t(&hours)
                .t(x.tr(" à l'avance. Une séance annulée plus tard ", " in advance. A session cancelled later "))
                .t(x.tr(who_fr, who_en))
                .t(x.tr(
                    ", est due et décomptée. Une séance annulée par le Prestataire est toujours reportée.",
                    ", is due and counted. A session the Provider cancels is always rescheduled.",
                ))
                .block(),
        );
    }
    // Paid per session: only sessions held are invoiced, so none can be "lost".
    let unit = x.a.is_unit_priced();
    let unused = match m.unused_sessions {
        UnusedSessions::CarriedOneMonth if unit => x.tr(
            "Les séances non réalisées à la date de fin peuvent l'être dans le mois qui suit ; au-delà, elles ne sont ni dues ni facturées, sauf annulation tardive au sens de l'alinéa précédent.",
            "Sessions not held by the end date may be held within the following month; after that they are neither due nor invoiced, except late cancellations as defined above.",
        ),
        _ if unit => x.tr(
            "Les séances non réalisées à la date de fin ne sont ni dues ni facturées, sauf annulation tardive au sens de l'alinéa précédent.",
            "Sessions not held by the end date are neither due nor invoiced, except late cancellations as defined above.",
        ),
        UnusedSessions::Lost => x.tr(
            "Les séances non utilisées à la date de fin de l'accompagnement sont perdues et ne donnent lieu à aucun remboursement.",
            "Sessions not used by the end date are forfeited and not refunded.",
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
    let materials = if x.a.has_beneficiary() {
        x.tr(
            "Les supports remis pendant l'accompagnement restent la propriété du Prestataire ; le Client et le Bénéficiaire peuvent les utiliser pour leurs besoins propres, sans les diffuser.",
            "Materials handed over during the sessions remain the Provider's property; the Client and the Beneficiary may use them for their own needs, without distributing them.",
        )
    } else {
        x.tr(
            "Les supports remis pendant l'accompagnement restent la propriété du Prestataire ; le Client peut les utiliser pour ses besoins propres, sans les diffuser.",
            "Materials handed over during the sessions remain the Provider's property; the Client may use them for its own needs, without distributing them.",
        )
    };
    out.push(x.p().t(materials).block());
    // The coach's own notes: the coach decides why and how they are kept, so is their
    // controller (GDPR art. 4(7)), never the client's processor.
    out.push(
        x.p()
            .t(x.tr(
                "Les notes que le Prestataire prend pour préparer et suivre les séances lui sont personnelles : il en est responsable, ne les communique jamais au Client et les détruit au plus tard trois mois après la fin de l'accompagnement.",
                "The notes the Provider takes to prepare and follow up the sessions are its own: it is responsible for them, never discloses them to the Client and destroys them no later than three months after the Services end.",
            ))
            .block(),
    );
    out
}

/// The person coached when it is not the paying client: who attends, who is told what,
/// and the confidentiality of what they say.
pub fn beneficiary(x: &Ctx) -> Vec<Block> {
    let m = &x.a.mission;
    let mut who =
        x.p().t(x.tr("Les séances sont suivies par ", "The sessions are attended by ")).v(&m.beneficiary_name);
    if !m.beneficiary_role.trim().is_empty() {
        who = who.t(", ").v(&m.beneficiary_role);
    }
    vec![
        who.t(x.tr(
            ", ci-après « le Bénéficiaire ». Le Bénéficiaire n'est pas partie au contrat : le Client, qui commande et paie la mission, lui fait connaître le cadre de l'accompagnement décrit à l'article ",
            ", hereinafter “the Beneficiary”. The Beneficiary is not a party to this Agreement: the Client, who orders and pays for the Services, makes the framework set out in article ",
        ))
        .t(&x.num(Section::Accompaniment))
        .t(x.tr(".", " known to the Beneficiary."))
        .block(),
        x.p()
            .t(x.tr(
                "Le Client comme le Bénéficiaire peuvent demander le report d'une séance, dans les conditions de l'article ",
                "Either the Client or the Beneficiary may ask for a session to be rescheduled, on the terms of article ",
            ))
            .t(&x.num(Section::Accompaniment))
            .t(x.tr(
                ". Les objectifs de l'accompagnement sont définis avec le Bénéficiaire, en tenant compte de ceux que le Client a exprimés.",
                ". The goals of the Services are set with the Beneficiary, taking into account those the Client has expressed.",
            ))
            .block(),
        x.p()
            .t(x.tr(
                "Le Prestataire informe le Client des dates des séances et de la présence du Bénéficiaire. Il ne lui communique ni le contenu des échanges ni ses notes : seul le Bénéficiaire peut décider d'en partager une partie.",
                "The Provider tells the Client the dates of the sessions and whether the Beneficiary attended. It discloses neither the content of the sessions nor its notes: only the Beneficiary may decide to share any of it.",
            ))
            .block(),
        x.p()
            .t(x.tr(
                "Ce que le Bénéficiaire confie au Prestataire pendant l'accompagnement est confidentiel, y compris à l'égard du Client, sauf si la loi impose de le révéler. Le Client stipule cette confidentialité au profit du Bénéficiaire, qui peut s'en prévaloir directement (Code civil, art. 1205).",
                "What the Beneficiary confides to the Provider during the sessions is confidential, including towards the Client, unless the law requires its disclosure. The Client stipulates this confidentiality for the Beneficiary's benefit, who may enforce it directly (French Civil Code, art. 1205).",
            ))
            .block(),
        x.p()
            .t(x.tr(
                "Si le Bénéficiaire quitte ses fonctions chez le Client, celui-ci peut mettre fin au contrat par écrit avec un préavis de huit jours, sans indemnité",
                "If the Beneficiary leaves their position with the Client, the Client may end this Agreement in writing with eight days' notice, with no compensation owed",
            ))
            .t(if x.a.is_free() { "." } else { x.tr(" ; les séances réalisées restent dues.", "; sessions already held remain payable.") })
            .block(),
    ]
}

pub fn schedule(x: &Ctx) -> Vec<Block> {
    let mut out = vec![x
        .p()
        .t(x.tr(
            "Le contrat entre en vigueur à sa signature par les deux parties.",
            "This Agreement comes into force when both parties have signed it.",
        ))
        .block()];
    // With an early start offered, a start inside the withdrawal period depends on the
    // consumer's request: say both dates.
    let expiry = x.c.signature_date.map(withdrawal_expiry);
    match (x.c.start, expiry) {
        (Some(s), Some(e)) if x.a.has_withdrawal() && x.a.consumer.early_start && s <= e => out.push(
            x.p()
                .t(x.tr("La mission commence le ", "The Services start on "))
                .t(&x.date(s))
                .t(x.tr(
                    " si le Client a signé la demande distincte jointe en annexe ; à défaut, elle commence le lendemain de l'expiration du délai de rétractation (le ",
                    " if the Client has signed the separate request annexed to this Agreement; otherwise they start on the day after the withdrawal period ends (",
                ))
                .t(&x.date(e + chrono::Days::new(1)))
                .t(x.tr(" pour un contrat conclu le ", " for an Agreement concluded on "))
                .t(&x.date(x.c.signature_date.unwrap_or(s)))
                .t(").")
                .block(),
        ),
        // Without an early start, work waits for the withdrawal period's end, which
        // depends on the day the contract is signed.
        (Some(s), _) if x.a.has_withdrawal() && !x.a.consumer.early_start => out.push(
            x.p()
                .t(x.tr("La mission commence le ", "The Services start on "))
                .t(&x.date(s))
                .t(x.tr(
                    " ou, s'il est plus tardif, le lendemain de l'expiration du délai de rétractation.",
                    " or, if later, on the day after the withdrawal period ends.",
                ))
                .block(),
        ),
        (Some(s), _) => out.push(x.p().t(x.tr("La mission commence le ", "The Services start on ")).t(&x.date(s)).t(".").block()),
        _ => {}
    }
    // C. consom. L221-25: no work inside the withdrawal period unless the consumer
    // asked for it, by a request of its own (annexed), never by signing the contract.
    if x.a.has_withdrawal() {
        let mut p = x
            .p()
            .t(x.tr(
                "Aucune prestation ne commence avant la fin du délai de rétractation prévu à l'article ",
                "No work starts before the end of the withdrawal period set out in article ",
            ))
            .t(&x.num(Section::Withdrawal));
        if x.a.consumer.early_start {
            p = p.t(x.tr(
                ", sauf si le Client l'a demandé expressément en signant la demande distincte jointe en annexe",
                ", unless the Client has expressly asked for it by signing the separate request annexed to this Agreement",
            ));
        }
        out.push(p.t(".").block());
    }
    if let Some(e) = x.c.end {
        let lead = match x.a.mission.kind {
            MissionKind::Deliverables if x.a.is_building() => x.tr(
                "Le Prestataire achève les travaux au plus tard le ",
                "The Provider completes the works no later than ",
            ),
            MissionKind::Deliverables => x.tr(
                "Le Prestataire livre l'ensemble des livrables au plus tard le ",
                "The Provider delivers all deliverables no later than ",
            ),
            MissionKind::Accompaniment => x.tr("L'accompagnement prend fin le ", "The Services end on "),
        };
        let mut p = x.p().t(lead).b(&x.date(e));
        // Sessions carried over for a month (article of the frame) run past that date.
        if x.a.mission.kind == MissionKind::Accompaniment
            && x.a.mission.unused_sessions == UnusedSessions::CarriedOneMonth
        {
            p = p
                .t(x.tr(
                    " ; les séances non réalisées à cette date peuvent l'être dans le mois qui suit, dans les conditions de l'article ",
                    "; sessions not held by then may be held within the following month, as article ",
                ))
                .t(&x.num(Section::Accompaniment))
                .t(x.tr("", " provides"));
        }
        out.push(p.t(".").block());
    }
    // The dates above move with the client's delays. With none there is nothing to
    // move, and a delivery is owed within a reasonable time: said plainly (the review
    // advises a date, `AdviceKind::NoDeadline`).
    if !x.c.has_deadline() {
        // A consumer is owed a date or, failing one, delivery within thirty days of
        // the contract (C. consom. L111-1 3° and L216-1).
        let fallback = if x.a.is_b2b() {
            x.tr(
                "Aucune date de livraison n'étant fixée, le Prestataire livre dans un délai raisonnable au regard de la nature de la mission.",
                "As no delivery date is set, the Provider delivers within a reasonable time given the nature of the Services.",
            )
        } else {
            x.tr(
                "Aucune date de livraison n'étant fixée, le Prestataire exécute la mission sans retard injustifié et au plus tard trente jours après la conclusion du contrat (Code de la consommation, art. L216-1).",
                "As no delivery date is set, the Provider performs the Services without undue delay and no later than thirty days after this Agreement is concluded (French Consumer Code, art. L216-1).",
            )
        };
        if x.a.mission.kind == MissionKind::Deliverables {
            out.push(x.p().t(fallback).block());
        }
        return out;
    }
    if x.a.mission.kind == MissionKind::Accompaniment {
        // Postponed by the client or, with a beneficiary, by either of them (article
        // of the frame): the end date moves with them.
        let tail = if x.a.is_free() {
            x.tr(" ou d'un cas de force majeure.", " or by force majeure.")
        } else {
            x.tr(", de tout retard de paiement ou d'un cas de force majeure.", ", any late payment or force majeure.")
        };
        out.push(
            x.p()
                .t(x.tr(
                    "Ces dates sont prolongées de la durée des reports de séance demandés conformément à l'article ",
                    "These dates are extended by any session postponed under article ",
                ))
                .t(&x.num(Section::Accompaniment))
                .t(tail)
                .block(),
        );
        return out;
    }
    let delays = if x.a.is_free() {
        x.tr(
            "Ces délais sont prolongés de la durée de tout retard imputable au Client (validation, fourniture d'éléments) ou d'un cas de force majeure.",
            "These deadlines are extended by any delay attributable to the Client (approvals, materials) or by force majeure.",
        )
    } else {
        x.tr(
            "Ces délais sont prolongés de la durée de tout retard imputable au Client (validation, fourniture d'éléments, paiement) ou d'un cas de force majeure.",
            "These deadlines are extended by any delay attributable to the Client (approvals, materials, payment) or by force majeure.",
        )
    };
    out.push(x.p().t(delays).block());
    out
}

pub fn acceptance(x: &Ctx) -> Vec<Block> {
    if x.a.is_building() {
        return reception(x);
    }
    let days = x.c.acceptance_days.unwrap_or(8);
    let mut out = vec![x
        .p()
        .t(x.tr("À chaque livraison, le Client dispose de ", "After each delivery, the Client has "))
        .t(&x.days(days))
        .t(x.tr(
            " pour l'accepter ou pour formuler par écrit des réserves précises. Sans réponse dans ce délai, la livraison est réputée acceptée, sans préjudice des garanties légales",
            " to accept it or to notify specific written objections. If the Client does not respond within that period, the delivery is deemed accepted, without prejudice to any statutory rights",
        ))
        .t(&guarantees_ref(x))
        .t(".")
        .block()];
    let free = x.a.is_free();
    if x.a.is_unit_priced() {
        // Paid for the time spent: changes are time like any other, within the cap.
        out.push(
            x.p()
                .t(x.tr(
                    "Les modifications demandées après livraison sont facturées au temps passé, au tarif fixé à l'article ",
                    "Changes requested after delivery are invoiced for the time spent, at the rate set out in article ",
                ))
                .t(&x.num(Section::Price))
                .t(x.tr(", dans la limite du plafond.", ", within the cap."))
                .block(),
        );
    } else {
        rounds(x, &mut out);
    }
    let correction = if free {
        x.tr(
            "La correction d'un livrable non conforme à ce qui a été convenu est toujours comprise dans la mission.",
            "Correcting a deliverable that does not conform to what was agreed is always part of the Services.",
        )
    } else {
        x.tr(
            "La correction d'un livrable non conforme à ce qui a été convenu n'est jamais facturée.",
            "Correcting a deliverable that does not conform to what was agreed is never invoiced.",
        )
    };
    out.push(x.p().t(correction).block());
    out
}

/// The rounds of changes a fixed price includes, and what a further round costs.
fn rounds(x: &Ctx, out: &mut Vec<Block>) {
    let free = x.a.is_free();
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
        Some(0) if free => out.push(
            x.p()
                .t(x.tr(
                    "La mission ne comprend pas de série de modifications : toute modification demandée après livraison, hors correction d'une non-conformité, fait l'objet d'un accord écrit distinct.",
                    "The Services include no round of changes: any change requested after delivery, other than correcting a non-conformity, requires a separate written agreement.",
                ))
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
            let further = if free {
                x.tr(
                    " par livrable, chacune regroupant toutes les demandes du Client en un seul envoi. Toute série supplémentaire fait l'objet d'un accord écrit distinct",
                    " per deliverable, each gathering all the Client's requests in a single message. Any further round requires a separate written agreement",
                )
            } else {
                x.tr(
                    " par livrable, chacune regroupant toutes les demandes du Client en un seul envoi. Toute série supplémentaire est facturée",
                    " per deliverable, each gathering all the Client's requests in a single message. Any further round is invoiced",
                )
            };
            let lead = if free { x.tr("La mission comprend ", "The Services include ") } else { x.tr("Le prix comprend ", "The price includes ") };
            let mut p = x.p().t(lead).b(&rounds).t(further);
            if !free {
                p = p.t(&extra_price(x));
            }
            out.push(p.t(".").block());
        }
    }
}

/// Building works: the réception of C. civ. 1792-6, joint and written, never deemed.
fn reception(x: &Ctx) -> Vec<Block> {
    vec![
        x.p()
            .t(x.tr(
                "À l'achèvement des travaux, le Client prononce la réception, avec ou sans réserves, à la demande de la partie la plus diligente et en présence des deux parties (Code civil, art. 1792-6). La réception est constatée par un procès-verbal écrit signé par les deux parties, qui énumère les réserves éventuelles.",
                "When the works are completed, the Client accepts them, with or without reservations, at the request of either party and in the presence of both (réception, French Civil Code, art. 1792-6). The acceptance is recorded in a written report signed by both parties, listing any reservations.",
            ))
            .block(),
        x.p()
            .t(x.tr(
                "Le Prestataire lève les réserves dans le délai fixé d'un commun accord au procès-verbal. La réception fait courir les garanties légales",
                "The Provider remedies the reservations within the time agreed in the report. The acceptance starts the statutory guarantees",
            ))
            .t(&guarantees_ref(x))
            .t(".")
            .block(),
        x.p()
            .t(x.tr(
                "Les travaux supplémentaires ou modificatifs demandés par le Client en cours de chantier font l'objet d'un devis écrit, accepté avant leur exécution.",
                "Additional or modified works the Client asks for during the works require a written quote, accepted before they are carried out.",
            ))
            .block(),
    ]
}

/// " prévues à l'article N" when the contract has a guarantees article.
fn guarantees_ref(x: &Ctx) -> String {
    if x.sections.contains(&Section::Guarantees) {
        format!("{}{}", x.tr(" prévues à l'article ", " set out in article "), x.num(Section::Guarantees))
    } else {
        String::new()
    }
}

fn extra_price(x: &Ctx) -> String {
    match x.c.extra_round_price {
        Some(m) => format!("{}{}{}", x.tr(" au prix de ", " at "), x.money_words(m), x.excl_tax()),
        None => x.tr(" sur devis", " on a quote").to_string(),
    }
}
