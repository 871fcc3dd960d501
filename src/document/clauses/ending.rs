//! How the contract ends, the consumer's withdrawal right, the law and the courts, and
//! the general provisions.

use super::{annexes, Block, Ctx};
use crate::model::withdrawal_expiry;
use crate::model::*;

pub fn termination(x: &Ctx) -> Vec<Block> {
    let free = x.a.is_free();
    let mut out = vec![x
        .p()
        .t(x.tr(
            "Si une partie manque gravement à ses obligations et n'y remédie pas dans les quinze jours d'une mise en demeure écrite, l'autre partie peut résilier le contrat par écrit, sans préjudice de tous dommages et intérêts.",
            "If a party commits a material breach of its obligations and does not remedy it within fifteen days of written notice, the other party may terminate this Agreement in writing, without prejudice to any damages.",
        ))
        .block()];
    let notice = x.c.notice_days.map(|n| crate::document::format::notice(n, x.lang));
    // Free work binds the provider for nothing in return: either party may end it.
    let who = if free {
        x.tr(
            "Chaque partie peut en outre mettre fin au contrat à tout moment, par écrit, moyennant ",
            "Either party may also end this Agreement at any time, in writing, with ",
        )
    } else {
        x.tr(
            "Le Client peut en outre mettre fin au contrat à tout moment, par écrit, moyennant ",
            "The Client may also end this Agreement at any time, in writing, with ",
        )
    };
    // With a beneficiary, their departure is the one case of its own (article of the
    // beneficiary): neither this notice nor the fee below applies to it.
    let except = |fr: &str, en: &str| {
        if x.a.has_beneficiary() {
            format!("{}{}, ", x.tr(fr, en), x.num(crate::document::Section::Beneficiary))
        } else {
            String::new()
        }
    };
    let who = if x.a.has_beneficiary() {
        let lower = who.replacen("Le Client", "le Client", 1).replacen("The Client", "the Client", 1);
        format!("{}{}", except("Sauf dans le cas prévu à l'article ", "Except in the case set out in article "), lower)
    } else {
        who.to_string()
    };
    let who = who.as_str();
    match notice {
        Some(n) => out.push(x.p().t(who).b(&n).t(".").block()),
        None if free => out.push(x.p().t(who).t(x.tr("un préavis raisonnable.", "reasonable notice.")).block()),
        None => {}
    }
    let paid = if free {
        x.tr(
            "En cas de fin anticipée, chaque partie restitue à l'autre les éléments et informations qu'elle en a reçus, à l'exception des livrables déjà remis, qui restent acquis au Client.",
            "If this Agreement ends early, each party returns to the other the material and information it received from it, except for the deliverables already handed over, which the Client keeps.",
        )
    } else {
        x.tr(
            "Quelle que soit la cause de la fin du contrat, le Client paie le prix des prestations réalisées conformément au contrat jusqu'à sa date d'effet ; les sommes déjà versées s'imputent sur ce montant et l'excédent éventuel lui est remboursé dans les trente jours.",
            "Whatever the reason this Agreement ends, the Client pays for the work duly done up to the date it takes effect; sums already paid are set against that amount and any surplus is refunded to the Client within thirty days.",
        )
    };
    out.push(x.p().t(paid).block());
    // Only between businesses (validation drops it for consumers, C. consom. R212-2).
    if let Some(pct) = x.c.cancellation.filter(|p| p.0 > 0) {
        let lead = if x.a.has_beneficiary() {
            format!(
                "{}{}",
                except("Hors le cas prévu à l'article ", "Except in the case set out in article "),
                x.tr(
                    "si le Client met fin au contrat sans faute du Prestataire, il verse en outre une indemnité de ",
                    "if the Client ends this Agreement through no fault of the Provider, it also pays a cancellation fee of ",
                )
            )
        } else {
            x.tr(
                "Si le Client met fin au contrat sans faute du Prestataire, il verse en outre une indemnité de ",
                "If the Client ends this Agreement through no fault of the Provider, it also pays a cancellation fee of ",
            )
            .to_string()
        };
        out.push(
            x.p()
                .t(&lead)
                .b(&x.pct(pct))
                .t(&if x.a.is_unit_priced() {
                    let (_, units) = super::money::unit_names(x);
                    format!(
                        "{}{}{}{}",
                        x.tr(" du prix des ", " of the price of the "),
                        units,
                        x.tr(
                            " restant à réaliser dans la limite du plafond fixé à l'article ",
                            " not yet delivered, within the cap set out in article "
                        ),
                        x.num(crate::document::Section::Price)
                    )
                } else {
                    x.tr(" du prix des prestations restant à réaliser", " of the price of the work not yet done")
                        .to_string()
                })
                .t(".")
                .block(),
        );
    }
    out
}

pub fn withdrawal(x: &Ctx) -> Vec<Block> {
    let pr = &x.a.provider;
    let mut out = Vec::new();
    if x.a.client.kind == ClientKind::Business {
        out.push(x.p().t(x.tr(
            "Le Client, entreprise employant au plus cinq salariés qui conclut ce contrat hors établissement et en dehors du champ de son activité principale, bénéficie du droit de rétractation des consommateurs (Code de la consommation, art. L221-3).",
            "The Client, a business with five employees or fewer concluding this Agreement off-premises and outside its main activity, has the consumer's right of withdrawal (French Consumer Code, art. L221-3).",
        )).block());
    }
    // Code de la consommation L221-18.
    let mut p = x
        .p()
        .t(x.tr("Le Client dispose d'un délai de ", "The Client has "))
        .b(x.tr("quatorze jours", "fourteen days"))
        .t(x.tr(
            " à compter de la conclusion du contrat pour se rétracter, sans avoir à donner de motif ni à payer de pénalité. Pour l'exercer, il adresse au Prestataire, avant l'expiration du délai, une déclaration dénuée d'ambiguïté, par exemple au moyen du formulaire de rétractation figurant en annexe, à l'adresse ",
            " from the conclusion of this Agreement to withdraw from it, without giving any reason or paying any penalty. To do so, the Client sends the Provider, before the period expires, an unambiguous statement, for example using the withdrawal form in the annex, to ",
        ))
        .v(&pr.address);
    if !pr.email.trim().is_empty() {
        p = p.t(x.tr(" ou par e-mail à ", " or by e-mail to ")).v(&pr.email);
    }
    out.push(p.t(".").block());
    out.push(x.p().t(x.tr(
        "En cas de rétractation, le Prestataire rembourse toutes les sommes reçues au plus tard quatorze jours après en avoir été informé, par le même moyen de paiement, sauf accord exprès du Client pour un autre moyen (art. L221-24).",
        "If the Client withdraws, the Provider refunds every sum received no later than fourteen days after being informed, using the same means of payment unless the Client expressly agrees to another (art. L221-24).",
    )).block());
    // L221-19: the period runs to the next working day; say the date when it is known.
    if let Some(signed) = x.c.signature_date {
        out.push(
            x.p()
                .t(x.tr("Pour un contrat conclu le ", "For an Agreement concluded on "))
                .t(&x.date(signed))
                .t(x.tr(", ce délai expire le ", ", this period ends on "))
                .b(&x.date(withdrawal_expiry(signed)))
                .t(".")
                .block(),
        );
    }
    if x.a.consumer.early_start {
        // L221-25 and L221-28 1°: the request is an act of its own, not the signature.
        out.push(x.p().t(x.tr(
            "Si le Client souhaite que la mission commence avant la fin de ce délai, il le demande expressément en signant la demande distincte jointe en annexe ; la signature du contrat ne vaut pas cette demande. S'il se rétracte après le début de la mission commencée à sa demande expresse, il paie un montant proportionnel à ce qui a été fourni jusqu'à la communication de sa décision ; sans cette demande, aucune somme n'est due (art. L221-25).",
            "If the Client wishes the Services to start before this period ends, it asks for it expressly by signing the separate request annexed to this Agreement; signing this Agreement is not such a request. If the Client withdraws after the Services have started at its express request, it pays an amount proportionate to what was provided until it communicated its decision; without that request, nothing is owed (art. L221-25).",
        )).block());
    }
    out
}

pub fn law(x: &Ctx) -> Vec<Block> {
    let mut out = vec![x
        .p()
        .t(x.tr("Le présent contrat est soumis au droit français.", "This Agreement is governed by French law."))
        .block()];
    if x.a.is_consumer() {
        // C. consom. L612-1 to L612-4 and R212-2 10°: mediation is offered, never a
        // precondition of going to court.
        out.push(x.p()
            .t(x.tr(
                "En cas de différend, les parties peuvent rechercher une solution amiable. Après avoir adressé une réclamation écrite au Prestataire, le Client peut recourir gratuitement au médiateur de la consommation dont relève le Prestataire : ",
                "In the event of a dispute, the parties may seek an amicable solution. After sending a written complaint to the Provider, the Client may refer the dispute free of charge to the consumer mediator the Provider belongs to: ",
            ))
            .v(&x.a.consumer.mediator_name)
            .t(" (")
            .v(&x.a.consumer.mediator_contact)
            .t(x.tr(
                "). Ni la recherche d'une solution amiable ni la médiation ne sont un préalable obligatoire : le Client peut à tout moment saisir la juridiction compétente, notamment celle du lieu où il demeurait lors de la conclusion du contrat ou de la survenance du fait dommageable.",
                "). Neither an amicable attempt nor mediation is a precondition of going to court: the Client may at any time bring the matter before the competent court, including that of the place where it lived when this Agreement was concluded or when the harmful event occurred.",
            ))
            .block());
        return out;
    }
    if x.a.is_free() {
        // No money at stake, and the client may be a non-professional (an association):
        // a compulsory amicable step would be presumed abusive (C. consom. L212-2,
        // R212-5, R212-2 10°), so it is offered, not imposed.
        out.push(x.p().t(x.tr(
            "En cas de différend, les parties peuvent rechercher une solution amiable avant de saisir la juridiction compétente.",
            "In the event of a dispute, the parties may seek an amicable solution before going to the competent court.",
        )).block());
    } else {
        out.push(x.p().t(x.tr(
            "En cas de différend, les parties recherchent d'abord une solution amiable, par écrit, pendant au moins trente jours avant toute action en justice. Cette démarche n'empêche ni les mesures urgentes ou conservatoires, ni une procédure d'injonction de payer, qui restent possibles à tout moment.",
            "In the event of a dispute, the parties first seek an amicable solution, in writing, for at least thirty days before any legal action. This does not prevent urgent or protective measures, nor an order for payment procedure (injonction de payer), which remain available at any time.",
        )).block());
    }
    if x.a.court_clause_allowed() && !x.a.terms.court_city.trim().is_empty() {
        // Between traders: CPC art. 48, "de façon très apparente" (bold). With a
        // business established abroad: Brussels I bis art. 25 (EU) or, where it applies,
        // the Hague Convention of 2005. Named neutrally: twelve tribunaux de commerce
        // became tribunaux des activités économiques in 2025 (loi 2023-1059).
        let mut p = x.p();
        p = match x.lang {
            Lang::Fr => p
                .b("À défaut d’accord amiable, tout litige relatif au contrat, à sa conclusion, à son exécution ou à sa fin relève de la compétence exclusive des juridictions de ")
                .bv(&x.a.terms.court_city),
            Lang::En => p
                .b("Failing an amicable settlement, the courts of ")
                .bv(&x.a.terms.court_city)
                .b(", France, shall have exclusive jurisdiction over any dispute relating to this Agreement, its conclusion, performance or termination"),
        };
        if x.a.is_foreign() && x.lang == Lang::Fr {
            p = p.b(" (France)");
        }
        p = if x.a.is_eu_foreign() {
            p.b(x.tr(
                ", auxquelles les parties attribuent compétence conformément à l'article 25 du règlement (UE) n° 1215/2012.",
                ". This is an exclusive choice-of-court agreement under article 25 of Regulation (EU) No 1215/2012.",
            ))
        } else if x.a.is_foreign() {
            p.b(x.tr(
                ", auxquelles les parties attribuent compétence exclusive, notamment au sens de la convention de La Haye du 30 juin 2005 sur les accords d'élection de for lorsqu'elle s'applique.",
                ". This is an exclusive choice-of-court agreement, within the meaning of the Hague Convention of 30 June 2005 on Choice of Court Agreements where it applies.",
            ))
        } else {
            p.b(".")
        };
        out.push(p.block());
    } else {
        out.push(x.p().t(x.tr(
            "À défaut d'accord amiable, le litige est porté devant la juridiction compétente selon les règles de droit commun.",
            "Failing an amicable settlement, the dispute is brought before the court having jurisdiction under the ordinary rules.",
        )).block());
    }
    out
}

pub fn general(x: &Ctx) -> Vec<Block> {
    let titles = annexes::titles(x);
    let whole = if titles.is_empty() {
        x.tr(
            "Le présent contrat exprime l'intégralité de l'accord des parties ; il ne peut être modifié que par un avenant écrit signé par les deux parties.",
            "This Agreement is the parties' entire agreement; it may only be amended in writing, signed by both parties.",
        )
    } else {
        x.tr(
            "Le présent contrat et ses annexes expriment l'intégralité de l'accord des parties ; ils ne peuvent être modifiés que par un avenant écrit signé par les deux parties.",
            "This Agreement and its annexes are the parties' entire agreement; they may only be amended in writing, signed by both parties.",
        )
    };
    let mut out = vec![
        x.p()
            .t(whole)
            .t(x.tr(
                " Aucune partie ne peut céder le contrat à un tiers sans l'accord écrit de l'autre.",
                " Neither party may transfer this Agreement to a third party without the other's written consent.",
            ))
            .block(),
        x.p().t(x.tr(
            "Les communications entre les parties se font par écrit, y compris par e-mail, aux adresses indiquées en tête du contrat ; les mises en demeure et la résiliation sont notifiées par lettre recommandée avec avis de réception ou par tout moyen qui en prouve la réception. Si une clause est jugée nulle, les autres restent applicables.",
            "Notices between the parties shall be given in writing, e-mail included, to the addresses given at the head of this Agreement; formal notices and termination are sent by registered letter with acknowledgement of receipt or by any means that proves receipt. If a clause is held void, the others remain in force.",
        )).block(),
        x.p().t(x.tr(
            "Le contrat peut être signé électroniquement ; la signature électronique a la même valeur que la signature manuscrite lorsqu'elle résulte d'un procédé fiable d'identification garantissant son lien avec le contrat, dont l'intégrité est assurée (Code civil, art. 1366 et 1367).",
            "This Agreement may be signed electronically; an electronic signature has the same value as a handwritten one where it results from a reliable identification process that guarantees its link with this Agreement, whose integrity is ensured (French Civil Code, art. 1366 and 1367).",
        )).block(),
    ];
    if !titles.is_empty() {
        let mut p = x.p().t(x.tr("Sont annexés au présent contrat : ", "Annexed to this Agreement: "));
        for (i, (title, user)) in titles.iter().enumerate() {
            if i > 0 {
                p = p.t(x.tr(" ; ", "; "));
            }
            p = if *user { p.v(title) } else { p.t(title) };
        }
        out.push(p.t(".").block());
    }
    out
}
