//! What protects each party: personal data (GDPR art. 28), liability and force majeure,
//! the statutory guarantees, and the provider's insurance.

use super::{item, Block, Ctx, Section};
use crate::model::*;

/// The processor terms of GDPR art. 28(3), when the provider handles personal data on
/// the client's behalf.
pub fn personal_data(x: &Ctx) -> Vec<Block> {
    let d = &x.a.data;
    let mut out = vec![x
        .p()
        .t(x.tr(
            "Pour exécuter la mission, le Prestataire traite des données à caractère personnel pour le compte du Client. Le Client en est le responsable de traitement et le Prestataire le sous-traitant, au sens de l'article 28 du règlement (UE) 2016/679 (RGPD). Ce traitement a les caractéristiques suivantes :",
            "To perform the Services, the Provider processes personal data on the Client's behalf. The Client is the controller and the Provider the processor, within the meaning of article 28 of Regulation (EU) 2016/679 (GDPR). The processing is as follows:",
        ))
        .block()];
    let mut purpose = x
        .p()
        .t(x.tr(
            "objet et finalité : l'exécution de la mission décrite à l'article ",
            "subject matter and purpose: performing the Services described in article ",
        ))
        .t(&x.num(Section::Scope));
    if !d.purpose.trim().is_empty() {
        purpose = purpose.t(x.tr(", à savoir : ", ", namely: ")).v(&d.purpose);
    }
    out.push(Block::List {
        ordered: false,
        items: vec![
            item(purpose.t(" ;")),
            item(x.p().t(x.tr(
                "nature du traitement : collecte, enregistrement, conservation, consultation et transmission des données, dans la mesure nécessaire à la mission ;",
                "nature of the processing: collecting, recording, storing, consulting and transmitting the data, as far as the Services require;",
            ))),
            item(x.p().t(x.tr(
                "durée : celle du contrat et, le cas échéant, de l'hébergement assuré par le Prestataire, jusqu'à la suppression ou la restitution des données ;",
                "duration: the term of this Agreement and, where the Provider hosts the data, of the hosting, until the data are deleted or returned;",
            ))),
            item(x.p().t(x.tr("données traitées : ", "types of personal data: ")).v(&d.kinds).t(x.tr(" ;", ";"))),
            item(x.p().t(x.tr("personnes concernées : ", "categories of data subjects: ")).v(&d.subjects).t(".")),
        ],
    });
    let mut subprocessors = x.p().t(x.tr(
        "ne fait appel à un autre sous-traitant qu'avec l'autorisation écrite préalable du Client, lui impose les mêmes obligations et reste pleinement responsable envers le Client de leur respect",
        "engages another processor only with the Client's prior written authorisation, imposes the same obligations on it and remains fully liable to the Client for their performance",
    ));
    if !d.subprocessors.trim().is_empty() {
        subprocessors = subprocessors
            .t(x.tr(" ; le Client autorise dès à présent : ", "; the Client hereby authorises: "))
            .v(&d.subprocessors);
    }
    out.push(x.p().t(x.tr("Le Prestataire :", "The Provider:")).block());
    out.push(Block::List {
        ordered: false,
        items: vec![
            item(x.p().t(x.tr(
                "ne traite les données que sur instruction documentée du Client, y compris pour tout transfert hors de l'Union européenne, sauf obligation du droit de l'Union ou du droit français, dont il informe alors le Client au préalable ; il l'informe immédiatement si une instruction lui paraît contraire à la réglementation ;",
                "processes the data only on the Client's documented instructions, including for any transfer outside the European Union, unless Union or French law requires otherwise, in which case it informs the Client beforehand; it immediately informs the Client if an instruction seems to it to infringe data protection law;",
            ))),
            item(x.p().t(x.tr(
                "veille à ce que les personnes autorisées à traiter les données soient tenues à la confidentialité ;",
                "ensures that the persons authorised to process the data are bound by confidentiality;",
            ))),
            item(x.p().t(x.tr(
                "prend les mesures de sécurité requises par l'article 32 du RGPD, au minimum : chiffrement des échanges et des mots de passe, sauvegardes régulières conservées dans l'Union européenne, mises à jour de sécurité, accès nominatifs et limités aux personnes qui en ont besoin ;",
                "takes the security measures required by article 32 of the GDPR, at least: encrypted connections and passwords, regular back-ups kept in the European Union, security updates, named access limited to those who need it;",
            ))),
            item(subprocessors.t(x.tr(" ;", ";"))),
            item(x.p().t(x.tr(
                "aide le Client, dans la mesure du possible, à répondre aux demandes des personnes concernées qui exercent leurs droits et à respecter ses obligations des articles 32 à 36 du RGPD ; il lui notifie toute violation de données dans les meilleurs délais, et au plus tard 48 heures après en avoir pris connaissance ;",
                "assists the Client, as far as possible, in answering data subjects' requests to exercise their rights and in meeting its obligations under articles 32 to 36 of the GDPR; it notifies the Client of any personal data breach without undue delay, and no later than 48 hours after becoming aware of it;",
            ))),
            item(x.p().t(x.tr(
                "à la fin du contrat, selon le choix du Client, supprime les données ou les lui restitue, et détruit les copies existantes, sauf obligation légale de les conserver ;",
                "at the end of this Agreement, at the Client's choice, deletes the data or returns them to the Client, and deletes existing copies, unless the law requires their storage;",
            ))),
            item(x.p().t(x.tr(
                "met à la disposition du Client les informations nécessaires pour démontrer le respect de ces obligations, et permet les audits menés par le Client ou par un auditeur qu'il mandate, auxquels il contribue.",
                "makes available to the Client the information needed to demonstrate compliance with these obligations, and allows for and contributes to audits conducted by the Client or an auditor it mandates.",
            ))),
        ],
    });
    out.push(
        x.p()
            .t(x.tr(
                "Le Client, responsable de traitement, donne ses instructions par écrit et garantit que les traitements qu'il confie au Prestataire sont licites et que les personnes concernées en sont informées ; il peut vérifier à tout moment le respect du présent article.",
                "The Client, as controller, gives its instructions in writing and warrants that the processing it entrusts to the Provider is lawful and that the data subjects are informed of it; it may check compliance with this article at any time.",
            ))
            .block(),
    );
    out
}

pub fn liability(x: &Ctx) -> Vec<Block> {
    let mut out = Vec::new();
    if x.a.is_building() {
        out.push(x.p().t(x.tr(
            "Le Prestataire exécute les travaux avec soin, conformément au contrat et aux règles de l'art.",
            "The Provider carries out the works with care, in accordance with this Agreement and good building practice.",
        )).block());
    } else if x.a.mission.kind == MissionKind::Deliverables {
        out.push(x.p().t(x.tr(
            "Le Prestataire exécute la mission avec soin, selon les règles de l'art de sa profession, et remet au Client des livrables conformes à ce qui est convenu au présent contrat.",
            "The Provider performs the Services with care, following the standards of its profession, and delivers work that conforms to this Agreement.",
        )).block());
    }
    if x.a.is_b2b() {
        if let Some(p) = liability_cap(x) {
            out.push(p);
        }
        let own_use = match x.a.mission.kind {
            MissionKind::Deliverables if x.a.is_building() => x.tr(
                "Le Client répond de l'exactitude des plans, mesures et informations qu'il a fournis ou validés.",
                "The Client is responsible for the accuracy of the plans, measurements and information it supplied or approved.",
            ),
            MissionKind::Deliverables if x.a.has_rights() => x.tr(
                "Sous réserve de la garantie du Prestataire sur les droits de propriété intellectuelle, le Client reste seul responsable des contenus et éléments qu'il fournit et de l'usage qu'il fait des livrables ; il garantit qu'il détient les droits nécessaires sur les éléments qu'il fournit.",
                "Subject to the Provider's intellectual property warranty, the Client alone is responsible for the content and material it supplies and for the use it makes of the deliverables; it warrants that it holds the necessary rights in the material it supplies.",
            ),
            MissionKind::Deliverables => x.tr(
                "Le Client reste seul responsable des contenus et éléments qu'il fournit et de l'usage qu'il fait des livrables ; il garantit qu'il détient les droits nécessaires sur les éléments qu'il fournit.",
                "The Client alone is responsible for the content and material it supplies and for the use it makes of the deliverables; it warrants that it holds the necessary rights in the material it supplies.",
            ),
            MissionKind::Accompaniment if x.a.has_beneficiary() => x.tr(
                "Le Client et le Bénéficiaire restent seuls maîtres des décisions qu'ils prennent à la suite de l'accompagnement et seuls responsables de leurs conséquences.",
                "The Client and the Beneficiary alone make the decisions that follow the sessions and are alone responsible for their consequences.",
            ),
            MissionKind::Accompaniment => x.tr(
                "Le Client reste seul maître des décisions qu'il prend à la suite de l'accompagnement et seul responsable de leurs conséquences.",
                "The Client alone makes the decisions that follow the sessions and is alone responsible for their consequences.",
            ),
        };
        out.push(x.p().t(own_use).block());
    } else {
        // Code de la consommation R212-1: no clause may remove the consumer's right to
        // compensation.
        out.push(x.p().t(x.tr(
            "Le Prestataire est responsable de la bonne exécution de la mission dans les conditions du droit commun. Aucune clause du présent contrat ne prive le Client des droits que la loi lui reconnaît en cas d'inexécution ou de mauvaise exécution.",
            "The Provider is liable for the proper performance of the Services under ordinary law. No clause of this Agreement deprives the Client of the rights the law gives it in case of non-performance or faulty performance.",
        )).block());
    }
    let mut p = x.p().t(x.tr(
        "Aucune partie n'est responsable d'un manquement causé par un cas de force majeure au sens de l'article 1218 du Code civil. Si l'empêchement est temporaire, l'exécution est suspendue ; s'il dure plus de trente jours ou s'il est définitif, chaque partie peut mettre fin au contrat par écrit",
        "Neither party is liable for a failure caused by force majeure within the meaning of article 1218 of the French Civil Code. If the impediment is temporary, performance is suspended; if it lasts more than thirty days or is permanent, either party may end this Agreement in writing",
    ));
    if !x.a.is_free() {
        p = p.t(
            x.tr(", les prestations réalisées restant dues", ", all work performed up to that date remaining payable")
        );
    }
    out.push(p.t(".").block());
    out
}

/// The cap on the provider's liability towards a business. Never "the sums paid",
/// which are nil before the first payment and would empty the provider's essential
/// obligation (C. civ. 1170): the contract's total price, or an agreed amount.
fn liability_cap(x: &Ctx) -> Option<Block> {
    let lead = x.p().t(x.tr(
        "La responsabilité du Prestataire, toutes causes confondues, est limitée aux dommages directs et prévisibles",
        "The Provider's liability, howsoever arising, is limited to direct and foreseeable damage",
    ));
    let in_amount = x.tr(" et, pour leur montant, ", " and, in amount, ");
    let p = match (x.a.terms.liability, x.a.is_free()) {
        (LiabilityCap::None, _) => return None,
        (LiabilityCap::Amount, _) => {
            let p = lead.t(in_amount).t(x.tr("à ", "to "));
            match x.c.liability_amount {
                Some(m) => p.b(&x.money_words(m)),
                None => p.v(""),
            }
        }
        // Free work: a cap at a price would be nil (C. civ. 1170): only the kind of
        // damage is limited.
        (LiabilityCap::ContractPrice, true) => lead,
        (LiabilityCap::ContractPrice, false) => {
            let what = if x.a.is_unit_priced() {
                x.tr(
                    "au montant maximal du contrat fixé à l'article ",
                    "to the maximum amount of this Agreement set out in article ",
                )
            } else {
                x.tr(
                    "au prix total du contrat fixé à l'article ",
                    "to the total price of this Agreement set out in article ",
                )
            };
            let p = lead.t(in_amount).t(what).t(&x.num(Section::Price));
            match x.c.total {
                Some(t) => p.t(x.tr(", soit ", ", that is ")).b(&x.money_words(t)).t(x.excl_tax()),
                None => p,
            }
        }
    };
    let mut p = p.t(x.tr(
        ". Cette limite ne s'applique pas en cas de faute lourde ou dolosive (Code civil, art. 1231-3), ni aux dommages corporels",
        ". This limit does not apply to gross negligence or wilful misconduct (French Civil Code, art. 1231-3), nor to bodily injury",
    ));
    // The warranty against third parties' claims (rights article) and confidentiality
    // are what the client relies on most: the cap does not reach them.
    if x.sections.contains(&Section::Rights) {
        p = p
            .t(x.tr(
                ", ni à la garantie contre les actions de tiers prévue à l'article ",
                ", nor to the warranty against third-party claims in article ",
            ))
            .t(&x.num(Section::Rights));
    }
    if x.sections.contains(&Section::Confidentiality) {
        p = p
            .t(x.tr(", ni aux manquements à l'article ", ", nor to breaches of article "))
            .t(&x.num(Section::Confidentiality));
    }
    if x.a.is_building() {
        // C. civ. 1792-5: the builders' liability cannot be limited by contract.
        p = p.t(x.tr(
            ", ni aux responsabilités et garanties des constructeurs prévues aux articles 1792 et suivants du Code civil, qu'aucune clause ne peut limiter (art. 1792-5)",
            ", nor to the builders' liability and guarantees under articles 1792 and following of the French Civil Code, which no clause may limit (art. 1792-5)",
        ));
    }
    Some(p.t(".").block())
}

/// The statutory guarantees a client keeps whatever the contract says (C. consom.
/// L111-1 and L221-5 require a consumer to be told which apply).
pub fn guarantees(x: &Ctx) -> Vec<Block> {
    let mut out = Vec::new();
    if x.a.is_building() {
        let mut p = x.p().t(x.tr(
            "Dans la mesure où les travaux relèvent des articles 1792 et suivants du Code civil, le Client bénéficie, à compter de la réception, des garanties légales des constructeurs : la garantie de parfait achèvement pendant un an (art. 1792-6), la garantie de bon fonctionnement des éléments d'équipement dissociables pendant deux ans (art. 1792-3) et la garantie décennale des dommages qui compromettent la solidité de l'ouvrage ou le rendent impropre à sa destination, pendant dix ans (art. 1792 et 1792-4-1). Pour le reste, notamment un élément d'équipement ajouté à un ouvrage existant, le Prestataire répond des désordres au titre de sa responsabilité contractuelle de droit commun",
            "Insofar as the works fall under articles 1792 and following of the French Civil Code, the Client has, from acceptance, the builders' statutory guarantees: the guarantee of completion for one year (art. 1792-6), the guarantee of proper functioning of separable equipment for two years (art. 1792-3), and the ten-year guarantee against damage that compromises the soundness of the works or makes them unfit for their purpose (art. 1792 and 1792-4-1). Otherwise, in particular for equipment added to an existing building, the Provider is liable for defects under ordinary contract law",
        ));
        if x.sections.contains(&Section::Insurance) {
            p = p
                .t(x.tr(
                    " ; le Prestataire est assuré pour ces responsabilités, dans les limites et conditions des polices décrites à l'article ",
                    "; the Provider is insured for these liabilities, within the limits and conditions of the policies described in article ",
                ))
                .t(&x.num(Section::Insurance));
        }
        out.push(p.t(".").block());
    } else if x.a.is_consumer() && x.a.mission.kind == MissionKind::Deliverables && x.a.mission.digital {
        out.push(x.p().t(x.tr(
            "Les livrables étant des contenus ou services numériques, le Client bénéficie de la garantie légale de conformité prévue aux articles L224-25-12 et suivants du Code de la consommation : en cas de défaut de conformité, il peut obtenir la mise en conformité ou, à défaut, une réduction du prix ou la résolution du contrat, dans les conditions de ces articles.",
            "As the deliverables are digital content or a digital service, the Client has the statutory guarantee of conformity of articles L224-25-12 and following of the French Consumer Code: if they do not conform, the Client may have them brought into conformity or, failing that, obtain a price reduction or terminate this Agreement, as those articles provide.",
        )).block());
    } else {
        out.push(x.p().t(x.tr(
            "Si la mission n'est pas exécutée, ou l'est mal, le Client dispose des recours que lui donne le Code civil (art. 1217) : demander l'exécution, obtenir une réduction du prix, résoudre le contrat et demander réparation de son préjudice.",
            "If the Services are not performed, or are performed badly, the Client has the remedies of the French Civil Code (art. 1217): to require performance, obtain a price reduction, terminate this Agreement and claim damages.",
        )).block());
    }
    let mut p = x.p().t(x.tr("Aucune clause du présent contrat", "No clause of this Agreement"));
    if x.sections.contains(&Section::Acceptance) {
        p = p.t(x.tr(", notamment l'article ", ", including article ")).t(&x.num(Section::Acceptance)).t(",");
    }
    out.push(
        p.t(x.tr(" ne limite les garanties légales mentionnées ci-dessus", " limits the statutory guarantees above"))
            .t(".")
            .block(),
    );
    // The ordinary contractual liability of building works stays under the cap.
    if x.a.is_building() && x.a.is_b2b() && x.a.terms.liability != LiabilityCap::None {
        out.push(
            x.p()
                .t(x.tr(
                    "La responsabilité contractuelle de droit commun reste soumise à l'article ",
                    "Ordinary contractual liability remains subject to article ",
                ))
                .t(&x.num(Section::Liability))
                .t(".")
                .block(),
        );
    }
    out
}

pub fn insurance(x: &Ctx) -> Vec<Block> {
    let pr = &x.a.provider;
    // Loi 96-603 du 5 juillet 1996, art. 22-2; Code des assurances L241-1 and L243-2
    // for the décennale.
    let law = if pr.insurance_cover.has_decennale() {
        x.tr(
            " (loi n° 96-603 du 5 juillet 1996, art. 22-2 ; Code des assurances, art. L241-1 et L243-2).",
            " (French Act no. 96-603 of 5 July 1996, art. 22-2; French Insurance Code, art. L241-1 and L243-2).",
        )
    } else {
        x.tr(" (loi n° 96-603 du 5 juillet 1996, art. 22-2).", " (French Act no. 96-603 of 5 July 1996, art. 22-2).")
    };
    let decennale = x.tr(
        "une assurance de responsabilité civile décennale",
        "a ten-year liability insurance (assurance de responsabilité civile décennale)",
    );
    let civil = x.tr(
        "une assurance de responsabilité civile professionnelle",
        "a professional liability insurance (assurance de responsabilité civile professionnelle)",
    );
    let p = x
        .p()
        .t(x.tr("Le Prestataire est titulaire, auprès de ", "The Provider holds, with "))
        .v(&pr.insurer)
        .t(", ")
        .v(&pr.insurer_address)
        .t(", ");
    let p = match pr.insurance_cover {
        InsuranceCover::Both => p
            .t(x.tr("d'", ""))
            .t(decennale)
            .t(x.tr(" (contrat n° ", " (policy no. "))
            .v(&pr.policy)
            .t(x.tr(") et d'", ") and "))
            .t(civil)
            .t(x.tr(" (contrat n° ", " (policy no. "))
            .v(&pr.policy_civil)
            .t(x.tr("), qui couvrent", "), which cover")),
        cover => p
            .t(x.tr("d'", ""))
            .t(if cover == InsuranceCover::Decennale { decennale } else { civil })
            .t(x.tr(" (contrat n° ", " (policy no. "))
            .v(&pr.policy)
            .t(x.tr("), qui couvre", "), which covers")),
    };
    vec![
        p.t(x.tr(" la zone géographique suivante : ", " the following area: ")).v(&pr.insurance_area).t(".").block(),
        x.p()
            .t(x.tr(
                "L'attestation d'assurance en cours de validité est annexée au présent contrat",
                "The current insurance certificate is annexed to this Agreement",
            ))
            .t(law)
            .block(),
    ]
}
