//! The price and how it is paid: amounts in figures and in words, VAT as it applies to
//! this client, the schedule, the payment term and what a late payment costs.

use super::{typo, user_text, Block, Ctx, Section};
use crate::document::Table;
use crate::model::*;
use crate::validate::{InstallmentKind, Penalty, Term, Vat};

/// Singular and plural of the unit a per-unit price counts, in the contract's language.
pub(super) fn unit_names(x: &Ctx) -> (&'static str, &'static str) {
    match (x.a.price.mode, x.lang) {
        (PriceMode::PerDay, Lang::Fr) => ("jour", "jours"),
        (PriceMode::PerHour, Lang::Fr) => ("heure", "heures"),
        (_, Lang::Fr) => ("séance", "séances"),
        (PriceMode::PerDay, Lang::En) => ("day", "days"),
        (PriceMode::PerHour, Lang::En) => ("hour", "hours"),
        (_, Lang::En) => ("session", "sessions"),
    }
}

pub fn price(x: &Ctx) -> Vec<Block> {
    let mode = x.a.price.mode;
    let mut out = Vec::new();
    let ht = x.excl_tax();
    match mode {
        PriceMode::Fixed => {
            let mut p = x.p().t(x.tr(
                "Le prix de la mission est fixé forfaitairement à ",
                "The price of the Services is a fixed fee of ",
            ));
            p = match x.c.total {
                Some(t) => p.b(&x.money_words(t)),
                None => p.v(""),
            };
            out.push(p.t(ht).t(".").block());
        }
        PriceMode::PerDay | PriceMode::PerHour | PriceMode::PerSession => {
            let unit = match (mode, x.lang) {
                (PriceMode::PerDay, Lang::Fr) => "par jour de travail",
                (PriceMode::PerHour, Lang::Fr) => "par heure de travail",
                (_, Lang::Fr) => "par séance",
                (PriceMode::PerDay, Lang::En) => "per working day",
                (PriceMode::PerHour, Lang::En) => "per working hour",
                (_, Lang::En) => "per session",
            };
            let (_, units) = unit_names(x);
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
                " may be invoiced without the Client's prior written consent, i.e. a maximum of ",
            ));
            p = match x.c.total {
                Some(t) => p.b(&x.money_words(t)),
                None => p.v(""),
            };
            let statement = if mode == PriceMode::PerSession {
                x.tr(
                    ". Seules les séances réalisées sont facturées, et chaque facture les détaille.",
                    ". Only the sessions held are invoiced, and each invoice lists them.",
                )
            } else {
                x.tr(
                    ". Seul le temps effectivement passé est facturé, justifié par un relevé joint à chaque facture.",
                    ". Only the time actually spent is invoiced, itemised in a statement attached to each invoice.",
                )
            };
            out.push(p.t(ht).t(statement).block());
        }
        PriceMode::Free => {
            let mut p = x.p().t(x.tr(
                "La mission est réalisée à titre gratuit : aucune somme n'est due au Prestataire",
                "The Services are free of charge: no sum is owed to the Provider",
            ));
            if let Some(v) = x.c.free_value {
                p = p
                    .t(x.tr(
                        ". À titre d'information, sa valeur est estimée à ",
                        ". For information, their value is estimated at ",
                    ))
                    .t(&x.money_words(v))
                    // A gift of services is valued at cost for a donation receipt: this
                    // figure is information only (CGI art. 238 bis).
                    .t(x.tr(
                        " ; cette estimation ne vaut pas évaluation d'un don au sens de l'article 238 bis du CGI",
                        "; this estimate is not a valuation of a donation under article 238 bis of the French General Tax Code",
                    ));
            }
            out.push(p.t(".").block());
            out.push(
                x.p()
                    .t(x.tr(
                        "Tout travail supplémentaire demandé par le Client fait l'objet d'un accord écrit distinct, gratuit ou payant.",
                        "Any further work the Client asks for requires a separate written agreement, free of charge or paid.",
                    ))
                    .block(),
            );
            return out;
        }
    }
    out.push(vat(x));
    if x.a.price.expenses_on_approval {
        out.push(x.p().t(x.tr(
            "Les frais engagés pour la mission (déplacements, achats) ne sont remboursés que s'ils ont été approuvés par écrit par le Client avant d'être engagés, sur justificatifs.",
            "Expenses incurred for the Services (travel, purchases) are reimbursed only if the Client approved them in writing beforehand, against receipts.",
        )).block());
    } else {
        out.push(
            x.p()
                .t(x.tr(
                    "Ce prix couvre tous les frais du Prestataire liés à la mission.",
                    "This price covers all of the Provider's expenses for the Services.",
                ))
                .block(),
        );
    }
    out
}

/// VAT as it applies: the franchise, French VAT added, or none because the client is
/// established abroad (CGI art. 259-1).
fn vat(x: &Ctx) -> Block {
    match x.c.vat {
        Vat::Franchise => x
            .p()
            .t(x.tr(
                "TVA non applicable, art. 293 B du CGI : le prix ci-dessus est le montant total dû.",
                "VAT not applicable, article 293 B of the French General Tax Code (CGI): the price above is the total amount due.",
            ))
            .block(),
        Vat::Rate(rate) => {
            let unit = x.a.is_unit_priced();
            let mut p = x.p().t(x.tr("La TVA au taux de ", "VAT at ")).t(&x.pct(rate)).t(x.tr(" s'y ajoute", " is added"));
            if let Some(t) = x.c.total {
                let vat = t.percent(rate);
                p = p
                    .t(if unit { x.tr(", soit, pour le montant maximal, ", ", that is, on the maximum amount, ") } else { x.tr(", soit ", ", that is ") })
                    .t(&x.money_words(vat))
                    .t(if unit {
                        x.tr(" ; montant maximal toutes taxes comprises : ", "; maximum amount including VAT: ")
                    } else {
                        x.tr(" ; montant toutes taxes comprises : ", "; total including VAT: ")
                    })
                    .b(&x.money_words(Money(t.0 + vat.0)));
            }
            p.t(".").block()
        }
        // CGI art. 259-1 and 283-2; directive 2006/112/CE art. 196.
        Vat::ReverseCharge => x
            .p()
            .t(x.tr(
                "Le Client étant un assujetti établi dans un autre État membre de l'Union européenne, la prestation est imposable dans cet État (art. 259-1 du CGI ; art. 196 de la directive 2006/112/CE) : le prix est facturé hors TVA française et la TVA est autoliquidée par le Client. Chaque facture porte la mention « Autoliquidation » et les numéros de TVA intracommunautaire des deux parties (CGI, annexe II, art. 242 nonies A).",
                "As the Client is a taxable person established in another Member State of the European Union, the Services are taxed in that state (art. 259-1 of the French General Tax Code, CGI; art. 196 of Directive 2006/112/EC): the price is invoiced without French VAT and the Client accounts for VAT under the reverse charge. Each invoice bears the mention “Autoliquidation” (reverse charge) and both parties' VAT numbers (CGI, Annex II, art. 242 nonies A).",
            ))
            .block(),
        Vat::OutsideEu => x
            .p()
            .t(x.tr(
                "TVA non applicable – art. 259-1 du CGI : le Client étant établi hors de l'Union européenne, aucune TVA française n'est facturée ; le Client acquitte lui-même toute taxe due dans son pays.",
                "VAT not applicable – art. 259-1 of the French General Tax Code (CGI): as the Client is established outside the European Union, no French VAT is charged; the Client accounts for any VAT or similar tax due in its own country.",
            ))
            .block(),
    }
}

pub fn payment(x: &Ctx) -> Vec<Block> {
    let mut out = Vec::new();
    // Code de la consommation L221-10: no payment in the 7 days after an off-premises
    // contract.
    let off_premises = x.a.has_withdrawal() && x.a.consumer.conclusion == Conclusion::OffPremises;
    let deposit_due = if off_premises {
        x.tr("8 jours après la signature", "8 days after signature")
    } else {
        x.tr("à la signature", "on signature")
    };
    if x.a.is_unit_priced() {
        out.extend(unit_schedule(x, deposit_due));
    } else {
        out.push(
            x.p()
                .t(x.tr(
                    "Le prix est payé selon l'échéancier suivant :",
                    "The price is paid on the following schedule:",
                ))
                .block(),
        );
        out.push(Block::Table(schedule_table(x, deposit_due)));
    }
    let has_deposit = x.c.installments.iter().any(|i| i.kind == InstallmentKind::Deposit);
    if has_deposit {
        // "Acompte", never "arrhes" (C. civ. 1590; for consumers C. consom. L214-1).
        let mut p = x.p().t(x.tr(
            "Les sommes versées d'avance sont des acomptes, et non des arrhes : elles engagent définitivement les deux parties, qui ne peuvent se dédire",
            "Sums paid in advance are a deposit on account of the price (acompte), not arrhes (which would let either party withdraw, the payer forfeiting them and the recipient repaying twice the amount): they bind both parties, neither of whom may withdraw from this Agreement",
        ));
        if x.a.has_withdrawal() {
            p = p
                .t(x.tr(
                    ", sous réserve du droit de rétractation prévu à l'article ",
                    ", subject to the right of withdrawal set out in article ",
                ))
                .t(&x.num(Section::Withdrawal))
                .t(x.tr(
                    " et des cas de fin du contrat prévus à l'article ",
                    " and to the termination rights set out in article ",
                ))
                .t(&x.num(Section::Termination))
                .t(x.tr(
                    ". En cas de rétractation, l'acompte est remboursé dans les conditions de l'article ",
                    ". If the Client withdraws, the deposit is refunded as article ",
                ))
                .t(&x.num(Section::Withdrawal))
                .t(x.tr(".", " provides."));
        } else {
            // Neither party may back out, except as the contract itself provides.
            p = p
                .t(x.tr(
                    ", sauf dans les cas de fin du contrat prévus à l'article ",
                    ", except under the termination rights set out in article ",
                ))
                .t(&x.num(Section::Termination));
            p = p.t(x.tr(
                ". Le Prestataire n'est tenu de commencer la mission qu'après réception de l'acompte.",
                ". The Provider need not start the Services before the deposit is received.",
            ));
        }
        out.push(p.block());
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
    let mut p = if has_deposit && x.c.term != Term::OnReceipt {
        x.p()
            .t(x.tr(
                "L'acompte est payable à réception de sa facture ; les autres factures sont payables ",
                "The deposit is payable on receipt of its invoice; the other invoices are payable ",
            ))
            .t(&term)
    } else {
        x.p().t(x.tr("Chaque facture est payable ", "Each invoice is payable ")).t(&term)
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
            "As this Agreement is concluded off-premises, no payment may be asked of the Client before seven days have passed since it was concluded (French Consumer Code, art. L221-10).",
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
            .t(x.tr("En cas de retard de paiement, des pénalités sont dues de plein droit, sans qu'un rappel soit nécessaire, à compter du jour suivant la date d'échéance, au taux ", "If payment is late, interest is due automatically, with no reminder needed, from the day after the due date, at a rate "))
            .t(&rate)
            .t(x.tr(". Le Client doit en outre une indemnité forfaitaire pour frais de recouvrement de ", ". The Client also owes fixed compensation for recovery costs of "))
            .b(&x.money_words(Money(4000)))
            .t(x.tr(" par facture payée en retard (Code de commerce, art. L441-10 et D441-5).", " per invoice paid late (French Commercial Code, art. L441-10 and D441-5)."))
            .block());
    } else {
        // Code civil 1231-6; no recovery fees may be charged to a consumer.
        out.push(x.p().t(x.tr(
            "Toute somme impayée à l'échéance porte intérêt au taux légal à compter de la mise en demeure du Client (Code civil, art. 1231-6).",
            "Any sum unpaid when due bears interest at the French legal rate from the date the Client is given formal notice (French Civil Code, art. 1231-6).",
        )).block());
    }
    out.push(x.p().t(if x.c.has_deadline() {
        x.tr(
            "Si une facture reste impayée huit jours après une mise en demeure, le Prestataire peut suspendre la mission jusqu'au paiement, les délais étant prolongés d'autant.",
            "If an invoice remains unpaid eight days after formal notice, the Provider may suspend the Services until payment, deadlines being extended accordingly.",
        )
    } else {
        x.tr(
            "Si une facture reste impayée huit jours après une mise en demeure, le Prestataire peut suspendre la mission jusqu'au paiement.",
            "If an invoice remains unpaid eight days after formal notice, the Provider may suspend the Services until payment.",
        )
    }).block());
    out
}

/// A fixed price: deposit, milestones and balance, each a share of the price.
fn schedule_table(x: &Ctx, deposit_due: &str) -> Table {
    let has_vat = x.c.vat_rate.is_some();
    let mut header = vec![
        x.tr("Échéance", "Instalment").to_string(),
        x.tr("Facturation", "Invoiced").to_string(),
        x.tr("Part", "Share").to_string(),
        if has_vat { x.tr("Montant HT", "Amount excl. VAT") } else { x.tr("Montant", "Amount") }.to_string(),
    ];
    if has_vat {
        header.push(x.tr("Montant TTC", "Amount incl. VAT").to_string());
    }
    let end_label = match x.a.mission.kind {
        MissionKind::Deliverables if x.a.is_building() => {
            x.tr("à la réception des travaux", "on acceptance of the works")
        }
        MissionKind::Deliverables => x.tr("à la livraison finale", "on final delivery"),
        MissionKind::Accompaniment => x.tr("à la fin de l'accompagnement", "at the end of the Services"),
    };
    let rows =
        x.c.installments
            .iter()
            .map(|i| {
                let label = match &i.kind {
                    InstallmentKind::Deposit => x.tr("Acompte", "Deposit").to_string(),
                    InstallmentKind::Milestone(l) => user_text(l),
                    InstallmentKind::Balance => x.tr("Solde", "Balance").to_string(),
                };
                let due = match (&i.kind, i.due) {
                    (InstallmentKind::Deposit, _) => deposit_due.to_string(),
                    (InstallmentKind::Balance, Some(d)) => {
                        format!("{} ({}{})", end_label, x.tr("prévue le ", "expected on "), x.date(d))
                    }
                    (InstallmentKind::Balance, None) => end_label.to_string(),
                    // Events, with their dates as a forecast: the invoice follows the event.
                    (InstallmentKind::Milestone(_), Some(d)) => format!(
                        "{}{})",
                        x.tr("à l'achèvement de cette étape (prévu le ", "when this stage is completed (expected on "),
                        x.date(d)
                    ),
                    (InstallmentKind::Milestone(_), None) => {
                        x.tr("à l'achèvement de cette étape", "when this stage is completed").to_string()
                    }
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
    let right_aligned = if has_vat { vec![2, 3, 4] } else { vec![2, 3] };
    Table { header, rows, right_aligned }
}

/// A per-unit price: invoiced periodically on the units actually delivered, within the
/// cap; a deposit is set against the first invoices. No fixed shares of the cap, which
/// would contradict "only the units delivered are invoiced".
fn unit_schedule(x: &Ctx, deposit_due: &str) -> Vec<Block> {
    let (_, units) = unit_names(x);
    let period = match x.a.payment.unit_invoicing {
        UnitInvoicing::Monthly => match x.lang {
            Lang::Fr => format!(
                "à la fin de chaque mois, sur les {units} réalisé{} dans le mois",
                if units == "heures" || units == "séances" { "es" } else { "s" }
            ),
            Lang::En => format!("at the end of each month, for the {units} delivered that month"),
        },
        UnitInvoicing::AtEnd => match x.lang {
            Lang::Fr => format!(
                "à la fin de la mission, sur l'ensemble des {units} réalisé{}",
                if units == "heures" || units == "séances" { "es" } else { "s" }
            ),
            Lang::En => format!("at the end of the Services, for all the {units} delivered"),
        },
    };
    let mut out = vec![x
        .p()
        .t(x.tr("Le prix est facturé ", "The price is invoiced "))
        .t(&period)
        .t(x.tr(", dans la limite du plafond fixé à l'article ", ", within the cap set out in article "))
        .t(&x.num(Section::Price))
        .t(".")
        .block()];
    if let Some(d) = x.c.installments.iter().find(|i| i.kind == InstallmentKind::Deposit) {
        let mut p = x.p().t(x.tr("Un acompte de ", "A deposit of "));
        p = match d.amount {
            Some(m) => {
                let p = p.b(&x.money_words(m)).t(x.excl_tax());
                match x.c.vat_rate {
                    Some(rate) => p
                        .t(" (")
                        .t(&x.money_words(Money(m.0 + m.percent(rate).0)))
                        .t(x.tr(" toutes taxes comprises)", " including VAT)")),
                    None => p,
                }
            }
            None => p.v(""),
        };
        if let Some(pct) = d.percent {
            p = p
                .t(x.tr(", soit ", ", that is "))
                .t(&x.pct(pct))
                .t(x.tr(" du montant maximal,", " of the maximum amount,"));
        }
        out.push(
            p.t(x.tr(" est facturé ", " is invoiced "))
                .t(deposit_due)
                .t(x.tr(
                    " ; il est déduit des factures suivantes jusqu'à épuisement.",
                    "; it is deducted from the following invoices until used up.",
                ))
                .block(),
        );
    }
    out
}
