//! The annexes that follow the signatures: the consumer's withdrawal form, the separate
//! request to start early, and the insurance certificate.

use super::{Block, Ctx};
use crate::document::Annex;

/// Which annexes a contract has, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The documents the scope relies on (a quote, a plan, a specification).
    Documents,
    WithdrawalForm,
    EarlyStartRequest,
    InsuranceCertificate,
}

fn kinds(x: &Ctx) -> Vec<Kind> {
    let mut out = Vec::new();
    if !x.a.mission.annexed_documents.trim().is_empty() {
        out.push(Kind::Documents);
    }
    if x.a.has_withdrawal() {
        out.push(Kind::WithdrawalForm);
        if x.a.consumer.early_start {
            out.push(Kind::EarlyStartRequest);
        }
    }
    if x.a.provider.insurance {
        out.push(Kind::InsuranceCertificate);
    }
    out
}

/// What each annex is, as a list of the general provisions names it.
fn name(x: &Ctx, k: Kind) -> String {
    let fixed = match k {
        Kind::Documents => {
            // One document a line, joined by commas: « devis du 4 janvier 2027. » and
            // the next line give « devis du 4 janvier 2027, plan… ».
            let text = super::user_text(&x.a.mission.annexed_documents);
            let mut docs = String::new();
            for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                if !docs.is_empty() {
                    let sep = crate::document::punctuation::join(&mut docs, ", ");
                    docs.push_str(&sep);
                }
                docs.push_str(line);
            }
            return docs;
        }
        Kind::WithdrawalForm => x.tr("le formulaire de rétractation", "the withdrawal form"),
        Kind::EarlyStartRequest => x.tr(
            "la demande d'exécution avant la fin du délai de rétractation",
            "the request for performance before the end of the withdrawal period",
        ),
        Kind::InsuranceCertificate => {
            x.tr("l'attestation d'assurance du Prestataire", "the Provider's insurance certificate")
        }
    };
    super::typo(fixed, x.lang)
}

fn heading(x: &Ctx, k: Kind) -> &'static str {
    match k {
        Kind::Documents => x.tr("Documents contractuels", "Contract documents"),
        Kind::WithdrawalForm => x.tr("Formulaire de rétractation", "Withdrawal form"),
        Kind::EarlyStartRequest => x.tr(
            "Demande d'exécution avant la fin du délai de rétractation",
            "Request for performance before the end of the withdrawal period",
        ),
        Kind::InsuranceCertificate => x.tr("Attestation d'assurance", "Insurance certificate"),
    }
}

/// The annexes' names, for the general provisions' list, each with whether it is
/// the user's text (the documents they listed), to be joined as an answer.
pub fn titles(x: &Ctx) -> Vec<(String, bool)> {
    kinds(x).into_iter().map(|k| (name(x, k), k == Kind::Documents)).collect()
}

/// Every annex, numbered when there are several.
pub fn annexes(x: &Ctx) -> Vec<Annex> {
    let kinds = kinds(x);
    let several = kinds.len() > 1;
    kinds
        .iter()
        .enumerate()
        .map(|(i, &k)| {
            let label = x.tr("Annexe", "Annex");
            let title = if several {
                format!("{} {} – {}", label, i + 1, heading(x, k))
            } else {
                format!("{} – {}", label, heading(x, k))
            };
            let body = match k {
                Kind::Documents => documents(x),
                Kind::WithdrawalForm => withdrawal_form(x),
                Kind::EarlyStartRequest => early_start_request(x),
                Kind::InsuranceCertificate => insurance_certificate(x),
            };
            Annex { title: super::typo(&title, x.lang), body }
        })
        .collect()
}

/// The model withdrawal form, in the words of the annex to Code de la consommation
/// R221-1 (French) and of Directive 2011/83/EU, annex I(B) (English).
fn withdrawal_form(x: &Ctx) -> Vec<Block> {
    let pr = &x.a.provider;
    let mut to = x.p().t(x.tr("À l'attention de ", "To ")).v(&x.provider_name()).t(", ").v(&pr.address);
    if !pr.email.trim().is_empty() {
        to = to.t(", ").v(&pr.email);
    }
    vec![
        x.p()
            .t(x.tr(
                "(Veuillez compléter et renvoyer le présent formulaire uniquement si vous souhaitez vous rétracter du contrat.)",
                "(Complete and return this form only if you wish to withdraw from the contract.)",
            ))
            .block(),
        to.t(" :").block(),
        x.p()
            .t(x.tr(
                "Je/Nous (*) vous notifie/notifions (*) par la présente ma/notre (*) rétractation du contrat portant sur la prestation de services ci-dessous : « ",
                "I/We (*) hereby give notice that I/We (*) withdraw from my/our (*) contract for the provision of the following service: “",
            ))
            .v(&x.a.mission.title)
            .t(x.tr(" »", "”"))
            .block(),
        x.p().t(x.tr("Commandé le (*)/reçu le (*) : ", "Ordered on (*)/received on (*): ")).blank().block(),
        x.p().t(x.tr("Nom du (des) consommateur(s) : ", "Name of consumer(s): ")).v(&x.a.client.name).block(),
        x.p().t(x.tr("Adresse du (des) consommateur(s) : ", "Address of consumer(s): ")).v(&x.a.client.address).block(),
        x.p()
            .t(x.tr(
                "Signature du (des) consommateur(s) (uniquement en cas de notification du présent formulaire sur papier) : ",
                "Signature of consumer(s) (only if this form is notified on paper): ",
            ))
            .blank()
            .block(),
        x.p().t(x.tr("Date : ", "Date: ")).blank().block(),
        x.p().t(x.tr("(*) Rayez la mention inutile.", "(*) Delete as appropriate.")).block(),
    ]
}

/// The consumer's express request to start within the withdrawal period: an act of its
/// own, signed apart from the contract (C. consom. L221-25 and L221-28 1°).
fn early_start_request(x: &Ctx) -> Vec<Block> {
    let mut out = vec![
        x.p()
            .t(x.tr(
                "À signer uniquement si vous souhaitez que la mission commence avant la fin du délai de rétractation de quatorze jours. Sans cette demande, aucune prestation ne commence avant la fin de ce délai.",
                "Sign only if you wish the Services to start before the end of the fourteen-day withdrawal period. Without this request, no work starts before that period ends.",
            ))
            .block(),
        x.p()
            .t(x.tr("Je soussigné(e), ", "I, the undersigned, "))
            .v(&x.a.client.name)
            .t(x.tr(", demande expressément à ", ", expressly ask "))
            .v(&x.provider_name())
            .t(x.tr(" de commencer la mission « ", " to start the Services “"))
            .v(&x.a.mission.title)
            .t(x.tr(
                " » avant la fin du délai de rétractation. Je reconnais que, si je me rétracte ensuite, je devrai payer un montant proportionnel à ce qui m'aura été fourni jusqu'à la communication de ma décision (Code de la consommation, art. L221-25).",
                "” before the end of the withdrawal period. I acknowledge that if I then withdraw, I shall pay an amount proportionate to what has been provided until I communicate my decision (French Consumer Code, art. L221-25).",
            ))
            .block(),
        x.p().t(x.tr("Date et signature du Client : ", "Date and Client's signature: ")).blank().block(),
    ];
    // L221-28 1°: losing the right once the work is fully performed only makes sense
    // when the work can be finished within the period.
    let finishes_in_period = match (x.c.signature_date, x.c.end) {
        (Some(signed), Some(end)) => end <= crate::model::withdrawal_expiry(signed),
        _ => false,
    };
    if finishes_in_period {
        out.push(x.p().t(x.tr(
            "Facultatif : je demande en outre que la mission soit entièrement exécutée avant la fin du délai de rétractation, et je reconnais perdre mon droit de rétractation une fois la mission pleinement exécutée (art. L221-28, 1°).",
            "Optional: I also ask for the Services to be fully performed before the end of the withdrawal period, and I acknowledge that I shall lose my right of withdrawal once the Services are fully performed (art. L221-28, 1°).",
        )).block());
        out.push(
            x.p()
                .t(x.tr(
                    "Date et signature du Client, pour cette seconde demande : ",
                    "Date and Client's signature, for this second request: ",
                ))
                .blank()
                .block(),
        );
    }
    out
}

/// The documents the scope relies on are part of the contract, which prevails.
fn documents(x: &Ctx) -> Vec<Block> {
    vec![
        x.p()
            .t(x.tr(
                "Les documents suivants sont joints au présent contrat et en font partie : ",
                "The following documents are attached to and form part of this Agreement: ",
            ))
            .v(&x.a.mission.annexed_documents)
            .t(".")
            .block(),
        x.p()
            .t(x.tr(
                "En cas de contradiction entre ces documents et le présent contrat, le contrat prévaut.",
                "In case of conflict between these documents and this Agreement, this Agreement prevails.",
            ))
            .block(),
    ]
}

/// The insurance certificate is attached as a document of its own: this annex names it.
fn insurance_certificate(x: &Ctx) -> Vec<Block> {
    vec![x
        .p()
        .t(x.tr(
            "L'attestation d'assurance du Prestataire en cours de validité, délivrée par ",
            "The Provider's current insurance certificate, issued by ",
        ))
        .v(&x.a.provider.insurer)
        .t(x.tr(" pour le contrat n° ", " for policy no. "))
        .v(&x.a.provider.policy)
        .t(x.tr(", est jointe au présent contrat.", ", is attached to this Agreement."))
        .block()]
}
