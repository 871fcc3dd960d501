//! The parties' identification, before the articles: every mandatory mention.

use super::{Ctx, Inline};
use crate::model::*;

/// The provider's identity lines.
pub fn provider_identity(x: &Ctx) -> Vec<Vec<Inline>> {
    let pr = &x.a.provider;
    let company = pr.status == ProviderStatus::Company;
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
    if company {
        lines.push(x.p().v(&pr.legal_form).inlines());
    }
    if !pr.siren.trim().is_empty() || pr.status != ProviderStatus::Other {
        let label = if digits(&pr.siren).len() == 14 { "SIRET" } else { "SIREN" };
        lines.push(x.p().t(label).t(x.tr(" : ", ": ")).v(&pr.siren).inlines());
    }
    match pr.registry {
        // A company agrees with "immatriculée"; a person's gender is unknown, so the
        // register is named without a participle.
        Registry::Rcs if company => lines.push(
            x.p()
                .t(x.tr("Immatriculée au RCS de ", "Registered with the Trade and Companies Register (RCS) of "))
                .v(&pr.registry_city)
                .inlines(),
        ),
        Registry::Rcs => lines.push(
            x.p()
                .t(x.tr("Immatriculation : RCS de ", "Registered with the Trade and Companies Register (RCS) of "))
                .v(&pr.registry_city)
                .inlines(),
        ),
        // Since 1 January 2023 artisans are registered in the Registre national des
        // entreprises, which replaced the répertoire des métiers (to check: the exact
        // wording practitioners use for the crafts sector).
        Registry::Rm => lines.push(
            x.p()
                .t(x.tr(
                    "Immatriculation : Registre national des entreprises (RNE), activité artisanale",
                    "Registered with the French national business register (RNE) as a craft business",
                ))
                .inlines(),
        ),
        Registry::None => {}
    }
    lines.push(x.p().t(x.tr("Adresse : ", "Address: ")).v(&pr.address).inlines());
    if !pr.phone.trim().is_empty() {
        lines.push(x.p().t(x.tr("Téléphone : ", "Telephone: ")).v(&pr.phone).inlines());
    }
    if !pr.email.trim().is_empty() {
        lines.push(x.p().t(x.tr("E-mail : ", "E-mail: ")).v(&pr.email).inlines());
    }
    if x.a.is_foreign() {
        // The price article states the rule of CGI art. 259-1; the 293 B mention alone
        // would be wrong for a client established abroad.
        if !pr.vat_number.trim().is_empty() || x.a.is_eu_foreign() {
            lines.push(x.p().t(x.tr("N° de TVA intracommunautaire : ", "VAT number: ")).v(&pr.vat_number).inlines());
        }
    } else if pr.vat_franchise {
        // Exact mention required under the VAT franchise.
        lines.push(x.p().t("TVA non applicable, art. 293 B du CGI").inlines());
    } else {
        lines.push(x.p().t(x.tr("N° de TVA intracommunautaire : ", "VAT number: ")).v(&pr.vat_number).inlines());
    }
    if company {
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

/// The client's identity lines: a business (French or established abroad) or a consumer.
pub fn client_identity(x: &Ctx) -> Vec<Vec<Inline>> {
    let cl = &x.a.client;
    let mut lines = vec![strong_first(x.p().v(&cl.name).inlines())];
    match cl.kind {
        ClientKind::Business => {
            if !cl.legal_form.trim().is_empty() {
                lines.push(x.p().v(&cl.legal_form).inlines());
            }
            if x.a.is_foreign() {
                lines.push(
                    x.p().t(x.tr("Pays d’établissement : ", "Country of establishment: ")).v(&cl.country).inlines(),
                );
                if !cl.registration.trim().is_empty() {
                    lines.push(
                        x.p().t(x.tr("N° d’immatriculation : ", "Company number: ")).v(&cl.registration).inlines(),
                    );
                }
                if !cl.vat_number.trim().is_empty() || x.a.is_eu_foreign() {
                    lines.push(x.p().t(x.tr("N° de TVA : ", "VAT number: ")).v(&cl.vat_number).inlines());
                }
            } else if !cl.registration.trim().is_empty() {
                let label = if digits(&cl.registration).len() == 14 { "SIRET" } else { "SIREN" };
                lines.push(x.p().t(label).t(x.tr(" : ", ": ")).v(&cl.registration).inlines());
            }
            lines.push(x.p().t(x.tr("Adresse : ", "Address: ")).v(&cl.address).inlines());
            if !cl.email.trim().is_empty() {
                lines.push(x.p().t(x.tr("E-mail : ", "E-mail: ")).v(&cl.email).inlines());
            }
            if !cl.representative.trim().is_empty() {
                // The client is a société or an association: "représentée".
                let mut p = x.p().t(x.tr("Représentée par ", "Represented by ")).v(&cl.representative);
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
