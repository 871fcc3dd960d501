//! Health checks: what is legal but weak in a contract, with why it matters and a fix.
//! Separate from validation: advice never blocks a download.

use crate::model::*;
use crate::validate::{Contract, Penalty};
use chrono::{Datelike, NaiveDate, Weekday};

/// One weak point, named at the field that fixes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Advice {
    pub field: Field,
    pub kind: AdviceKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdviceKind {
    NoDeposit,
    LowDeposit,
    UnlimitedRevisions,
    AccompanimentWithoutEnd,
    AccompanimentWithoutCap,
    /// Deliverables with no date at all (neither an end date nor a deliverable's).
    NoDeadline,
    DeadlineTooShort {
        available: u32,
        needed: u32,
    },
    RightsBeforePayment,
    PenaltyRateToCheck,
    ClientRegistrationMissing,
    ConsumerWithoutMediator,
    NoCancellationFee,
    VigilanceCertificate,
    /// A business client abroad and no court chosen: a dispute would start with a
    /// fight over which country's courts hear it.
    ForeignCourtNotChosen,
}

/// Amount from which a business client must ask for the provider's URSSAF certificate
/// (Code du travail L8222-1 and D8222-5; threshold to check: 5 000 € excl. tax).
pub const VIGILANCE_THRESHOLD_CENTS: i64 = 500_000;

/// Three sentences: what, why, and how to fix it.
pub struct AdviceText {
    pub title: &'static str,
    pub why: &'static str,
    pub fix: String,
}

impl Advice {
    pub fn text(&self, lang: Lang) -> AdviceText {
        use AdviceKind::*;
        let fr = lang == Lang::Fr;
        let t = |f: &'static str, e: &'static str| if fr { f } else { e };
        let (title, why, fix) = match self.kind {
            NoDeposit => (
                t("Aucun acompte", "No deposit"),
                t("Sans acompte, vous travaillez à crédit et un client qui renonce ne vous doit rien d’avance.", "Without a deposit you work on credit, and a client who walks away owes you nothing up front."),
                t("Demandez un acompte de 30 % à la signature.", "Ask for a 30% deposit on signature.").to_string(),
            ),
            LowDeposit => (
                t("Acompte faible", "Small deposit"),
                t("On conseille couramment 20 à 50 % d’acompte : il engage le client et couvre vos premiers jours.", "A 20–50% deposit is common advice: it commits the client and covers your first days."),
                t("Portez l’acompte à 30 %.", "Raise the deposit to 30%.").to_string(),
            ),
            UnlimitedRevisions => (
                t("Modifications illimitées", "Unlimited revisions"),
                t("Sans limite, les allers-retours peuvent ne jamais s’arrêter, sans rémunération de plus.", "With no limit, back-and-forth can go on forever, with no extra pay."),
                t("Incluez 2 séries de modifications et fixez le prix d’une série supplémentaire.", "Include 2 rounds of changes and set a price for each extra round.").to_string(),
            ),
            AccompanimentWithoutEnd => (
                t("Accompagnement sans date de fin", "Accompaniment with no end date"),
                t("Sans livrable ni date de fin, la mission « peut ne jamais s’arrêter ».", "With no deliverable and no end date, the assignment can go on forever."),
                t("Fixez une date de fin.", "Set an end date.").to_string(),
            ),
            NoDeadline => (
                t("Aucune date de livraison", "No delivery date"),
                t("Sans date, le contrat ne vous engage qu’à livrer « dans un délai raisonnable » : le client ne sait pas quand il sera livré, et vous ne pouvez pas lui opposer ses propres retards.", "With no date, the contract only binds you to deliver “within a reasonable time”: the client does not know when delivery comes, and you cannot hold their own delays against them."),
                t("Indiquez la date de fin de la mission, ou celle de chaque livrable.", "Give the mission’s end date, or each deliverable’s.").to_string(),
            ),
            AccompanimentWithoutCap => (
                t("Nombre de séances non fixé", "Number of sessions not set"),
                t("Un nombre de séances cadre l’accompagnement et ce que le client peut attendre.", "A number of sessions frames the accompaniment and what the client can expect."),
                t("Indiquez le nombre de séances prévues.", "Enter the number of sessions planned.").to_string(),
            ),
            DeadlineTooShort { available, needed } => (
                t("Délai trop court", "Deadline too short"),
                t("Un délai intenable vous fait travailler dans l’urgence et expose à des retards : mieux vaut le refuser dès maintenant.", "An impossible deadline means working in a rush and risking delays: better to refuse it now."),
                if fr {
                    format!("Il reste {available} jours ouvrés pour {needed} jours de travail estimés : repoussez la date de fin ou réduisez le périmètre.")
                } else {
                    format!("There are {available} working days left for {needed} estimated days of work: move the end date or reduce the scope.")
                },
            ),
            RightsBeforePayment => (
                t("Droits cédés avant paiement", "Rights assigned before payment"),
                t("Si les droits passent au client dès la livraison, vous perdez votre meilleur levier en cas d’impayé.", "If rights pass to the client on delivery, you lose your best lever if it does not pay."),
                t("Faites prendre effet la cession au paiement complet du prix.", "Make the assignment take effect upon full payment.").to_string(),
            ),
            PenaltyRateToCheck => (
                t("Taux de pénalités à vérifier", "Penalty rate to check"),
                t("Un taux fixe ne peut être inférieur à trois fois le taux d’intérêt légal, qui change chaque semestre (Code de commerce, art. L441-10).", "A fixed rate may not be lower than three times the French legal interest rate, which changes every six months (Commercial Code, art. L441-10)."),
                t("Vérifiez le taux légal du semestre en cours, ou choisissez la formule « taux BCE + 10 points », toujours à jour.", "Check this half-year's legal rate, or choose the “ECB rate + 10 points” formula, which is always up to date.").to_string(),
            ),
            ClientRegistrationMissing => (
                t("Numéro SIREN du client manquant", "Client's registration number missing"),
                t("Le SIREN identifie sans ambiguïté l’entreprise qui s’engage et vous permet de la poursuivre en cas d’impayé.", "The registration number identifies the business that commits and lets you pursue it if it does not pay."),
                t("Ajoutez le SIREN du client (il figure sur ses factures ou sur annuaire-entreprises.data.gouv.fr).", "Add the client's registration number (it appears on its invoices).").to_string(),
            ),
            ConsumerWithoutMediator => (
                t("Médiateur de la consommation manquant", "Consumer mediator missing"),
                t("Avec un particulier, le nom et les coordonnées de votre médiateur de la consommation sont obligatoires (Code de la consommation, art. L612-1).", "With a consumer, the name and contact details of your consumer mediator are mandatory (French Consumer Code, art. L612-1)."),
                t("Adhérez à un médiateur de la consommation et indiquez-le.", "Join a consumer mediation scheme and name it.").to_string(),
            ),
            NoCancellationFee => (
                t("Pas d’indemnité d’annulation", "No cancellation fee"),
                t("Si le client arrête en cours de route, vous ne toucherez que le travail déjà fait, alors que vous aviez réservé ce temps.", "If the client stops halfway, you only get paid for work done, though you had booked that time."),
                t("Prévoyez une indemnité, par exemple 20 à 30 % du travail restant.", "Set a fee, for example 20–30% of the remaining work.").to_string(),
            ),
            ForeignCourtNotChosen => (
                t("Aucun tribunal choisi pour un client étranger", "No court chosen for a foreign client"),
                t("Avec un client établi à l’étranger, un litige commence souvent par une dispute sur le pays dont les tribunaux sont compétents. Entre professionnels de pays différents, vous pouvez les choisir d’avance (règlement (UE) n° 1215/2012, art. 25).", "With a client established abroad, a dispute often starts with an argument over which country’s courts hear it. Between businesses of different countries you may choose them in advance (Regulation (EU) No 1215/2012, art. 25)."),
                t("Indiquez la ville dont les tribunaux seront compétents, en général la vôtre.", "Enter the city whose courts will hear disputes, usually yours.").to_string(),
            ),
            VigilanceCertificate => (
                t("Attestation de vigilance URSSAF", "URSSAF vigilance certificate"),
                t("À partir de 5 000 € HT, votre client doit vous demander une attestation de vigilance URSSAF, puis tous les six mois (Code du travail, art. L8222-1).", "From €5,000 excl. VAT, a French client must ask for your URSSAF vigilance certificate, then every six months (Labour Code, art. L8222-1)."),
                t("Téléchargez-la sur votre espace URSSAF et joignez-la au contrat.", "Download it from your URSSAF account and attach it to the contract.").to_string(),
            ),
        };
        AdviceText { title, why, fix }
    }
}

/// One click that applies an advice's fix: answers to set, in order, and the button's
/// words. Only where the fix is a value Cadre can choose for the user.
pub struct QuickFix {
    pub label: &'static str,
    pub set: &'static [(Field, &'static str)],
}

impl AdviceKind {
    /// What is at stake, most first: money and rights, then what the law requires,
    /// then time and scope, then formalities. The review lists advice in this order.
    pub fn rank(self) -> u8 {
        use AdviceKind::*;
        match self {
            NoDeposit => 0,
            RightsBeforePayment => 1,
            LowDeposit => 2,
            NoCancellationFee => 3,
            ConsumerWithoutMediator => 4,
            PenaltyRateToCheck => 5,
            DeadlineTooShort { .. } => 6,
            UnlimitedRevisions => 7,
            AccompanimentWithoutCap => 8,
            AccompanimentWithoutEnd => 9,
            NoDeadline => 10,
            ForeignCourtNotChosen => 11,
            ClientRegistrationMissing => 12,
            VigilanceCertificate => 13,
        }
    }
}

impl Advice {
    /// The fix in one click, where there is one.
    pub fn quick_fix(&self, lang: Lang) -> Option<QuickFix> {
        use AdviceKind::*;
        let t = |fr: &'static str, en: &'static str| if lang == Lang::Fr { fr } else { en };
        let (label, set): (&'static str, &'static [(Field, &'static str)]) = match self.kind {
            NoDeposit => (
                t("Ajouter un acompte de 30\u{a0}%", "Add a 30% deposit"),
                &[(Field::DepositKind, "percent"), (Field::DepositValue, "30")],
            ),
            LowDeposit => (
                t("Porter l’acompte à 30\u{a0}%", "Raise the deposit to 30%"),
                &[(Field::DepositKind, "percent"), (Field::DepositValue, "30")],
            ),
            RightsBeforePayment => (
                t("Céder les droits au paiement complet", "Assign the rights on full payment"),
                &[(Field::RightsOnFullPayment, "true")],
            ),
            UnlimitedRevisions => (
                t("Limiter à 2 séries de modifications", "Limit to 2 rounds of changes"),
                &[(Field::RevisionsUnlimited, "false"), (Field::RevisionRounds, "2")],
            ),
            PenaltyRateToCheck => (
                t("Choisir « taux BCE + 10 points »", "Choose “ECB rate + 10 points”"),
                &[(Field::PenaltyKind, "ecb_plus10")],
            ),
            NoCancellationFee => (
                t("Prévoir 20\u{a0}% du travail restant", "Set 20% of the remaining work"),
                &[(Field::CancellationPercent, "20")],
            ),
            _ => return None,
        };
        Some(QuickFix { label, set })
    }
}

/// Working days (Monday to Friday) from `start` to `end`, both included.
pub fn working_days(start: NaiveDate, end: NaiveDate) -> u32 {
    let mut n = 0;
    let mut d = start;
    while d <= end && n < 10_000 {
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            n += 1;
        }
        match d.succ_opt() {
            Some(next) => d = next,
            None => break,
        }
    }
    n
}

/// Every weak point of a contract, what is at stake first (`AdviceKind::rank`), then
/// in interview order.
pub fn advise(c: &Contract) -> Vec<Advice> {
    let a = &c.answers;
    let mut out = Vec::new();
    let mut add = |field, kind| out.push(Advice { field, kind });

    // A foreign client has no SIREN: its company number is optional.
    if a.is_b2b() && !a.is_foreign() && a.client.registration.trim().is_empty() && !a.client.name.trim().is_empty() {
        add(Field::ClientRegistration, AdviceKind::ClientRegistrationMissing);
    }
    match a.mission.kind {
        MissionKind::Deliverables => {
            if a.mission.revisions_unlimited && !a.is_building() && !a.is_unit_priced() {
                add(Field::RevisionsUnlimited, AdviceKind::UnlimitedRevisions);
            }
            if !c.has_deadline() {
                add(Field::EndDate, AdviceKind::NoDeadline);
            }
        }
        MissionKind::Accompaniment => {
            if c.sessions.is_none() {
                add(Field::Sessions, AdviceKind::AccompanimentWithoutCap);
            }
            if c.end.is_none() {
                add(Field::EndDate, AdviceKind::AccompanimentWithoutEnd);
            }
        }
    }
    if let (Some(s), Some(e), Some(needed)) = (c.start, c.end, c.workload_days) {
        let available = working_days(s, e);
        if e >= s && available < needed {
            add(Field::EndDate, AdviceKind::DeadlineTooShort { available, needed });
        }
    }
    if !a.is_free() {
        match a.payment.deposit {
            DepositKind::None => add(Field::DepositKind, AdviceKind::NoDeposit),
            _ => {
                let pct = c
                    .installments
                    .first()
                    .filter(|i| i.kind == crate::validate::InstallmentKind::Deposit)
                    .and_then(|i| i.percent);
                match pct {
                    Some(p) if p.0 == 0 => add(Field::DepositValue, AdviceKind::NoDeposit),
                    Some(p) if p < Percent::whole(20) => add(Field::DepositValue, AdviceKind::LowDeposit),
                    _ => {}
                }
            }
        }
        if a.is_b2b() && matches!(c.penalty, Penalty::Fixed(_)) {
            add(Field::PenaltyRate, AdviceKind::PenaltyRateToCheck);
        }
    }
    if a.has_rights() && !a.is_free() && a.rights.mode == IpMode::Assignment && !a.rights.on_full_payment {
        add(Field::RightsOnFullPayment, AdviceKind::RightsBeforePayment);
    }
    // Never for a consumer: a fee binding the consumer alone is presumed abusive
    // (C. consom. R212-2).
    if a.is_b2b() && !a.is_free() && c.cancellation.is_none_or(|p| p.0 == 0) {
        add(Field::CancellationPercent, AdviceKind::NoCancellationFee);
    }
    if a.is_consumer() && (a.consumer.mediator_name.trim().is_empty() || a.consumer.mediator_contact.trim().is_empty())
    {
        let field =
            if a.consumer.mediator_name.trim().is_empty() { Field::MediatorName } else { Field::MediatorContact };
        add(field, AdviceKind::ConsumerWithoutMediator);
    }
    if a.is_foreign() && a.terms.court_city.trim().is_empty() {
        add(Field::CourtCity, AdviceKind::ForeignCourtNotChosen);
    }
    // The URSSAF vigilance duty weighs on clients established in France.
    if a.is_b2b() && !a.is_foreign() && c.total.is_some_and(|t| t.0 >= VIGILANCE_THRESHOLD_CENTS) {
        add(Field::PriceAmount, AdviceKind::VigilanceCertificate);
    }
    crate::order::sort_by_key(&mut out, |x| (x.kind.rank(), crate::validate::interview_order(x.field)));
    out
}
