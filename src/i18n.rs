//! Every interface string in French and English, in one typed place. Labels are
//! exhaustive matches over `Field`: a field without both translations does not compile.

pub mod conflicts;
pub mod drafts;
pub mod embed;
pub mod problems;
pub mod start;

use crate::flow::Step;
use crate::model::{Field, Lang};

/// Picks the string for the interface language.
pub fn pick(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// Beside "+ Add" when a list is at its cap: "200 livrables au plus par brouillon."
pub fn list_full(list: crate::model::ItemList, lang: Lang) -> String {
    let (max, what) = (drafts::number(list.max(), lang), drafts::items_word(list, lang));
    match lang {
        Lang::Fr => format!("{max} {what} au plus par brouillon."),
        Lang::En => format!("{max} {what} at most per draft."),
    }
}

/// The question for a field.
pub fn label(field: Field, lang: Lang) -> &'static str {
    use Field::*;
    let (fr, en) = match field {
        ContractLang => ("Langue du contrat", "Language of the contract"),
        ProviderName => ("Votre nom (ou celui de votre société)", "Your name (or your company’s)"),
        ProviderStatus => ("Votre statut", "Your legal status"),
        ProviderLegalForm => ("Forme juridique et capital", "Legal form and share capital"),
        ProviderSiren => ("Votre SIREN ou SIRET", "Your SIREN or SIRET number"),
        ProviderRegistry => ("Registre d’immatriculation", "Trade register"),
        ProviderRegistryCity => ("Ville du greffe ou de la chambre", "City of registration"),
        ProviderAddress => ("Votre adresse professionnelle", "Your business address"),
        ProviderEmail => ("Votre e-mail", "Your e-mail"),
        ProviderVatFranchise => {
            ("Je suis en franchise de TVA (je ne facture pas la TVA)", "I am under the VAT franchise (I charge no VAT)")
        }
        ProviderVatNumber => ("Votre n° de TVA intracommunautaire", "Your VAT number"),
        ProviderVatRate => ("Taux de TVA (%)", "VAT rate (%)"),
        ProviderTrader => (
            "Je suis commerçant (activité commerciale, pas artisanale ni libérale)",
            "I am a trader (commercial activity, not a craft or liberal profession)",
        ),
        ProviderInsurance => {
            ("Mon métier impose une assurance professionnelle", "My trade requires professional insurance")
        }
        ProviderInsuranceCover => ("Quelle assurance\u{202f}?", "Which insurance?"),
        ProviderInsurer => ("Assureur", "Insurer"),
        ProviderInsurerAddress => ("Adresse de l’assureur", "Insurer’s address"),
        ProviderPhone => ("Votre téléphone", "Your telephone number"),
        ProviderPolicy => (
            "Numéro de contrat d’assurance (la décennale, si vous avez les deux)",
            "Policy number (the ten-year one, if you have both)",
        ),
        ProviderPolicyCivil => {
            ("Numéro du contrat de responsabilité civile professionnelle", "Professional liability policy number")
        }
        ProviderInsuranceArea => ("Zone géographique couverte", "Area covered"),
        ProviderSignatory => ("Qui signe pour la société\u{202f}?", "Who signs for the company?"),
        ProviderSignatoryRole => ("En quelle qualité\u{202f}?", "In what capacity?"),
        ClientKind => ("Votre client est…", "Your client is…"),
        ClientName => ("Nom du client", "Client’s name"),
        ClientLegalForm => ("Forme juridique", "Legal form"),
        ClientEstablished => ("Où le client est-il établi\u{202f}?", "Where is the client established?"),
        ClientCountry => ("Pays du client", "Client’s country"),
        ClientVatNumber => ("N° de TVA du client", "Client’s VAT number"),
        ClientRegistration => ("SIREN ou SIRET du client", "Client’s registration number"),
        ClientRepresentative => ("Qui signe pour le client\u{202f}?", "Who signs for the client?"),
        ClientRepresentativeRole => ("En quelle qualité\u{202f}?", "In what capacity?"),
        ClientAddress => ("Adresse du client", "Client’s address"),
        ClientEmail => ("E-mail du client", "Client’s e-mail"),
        ClientTrader => ("Le client est commerçant", "The client is a trader"),
        ClientSmallBusiness => (
            "Le client a 5 salariés au plus et ce contrat sort de son activité principale",
            "The client has 5 employees or fewer and this contract is outside its main activity",
        ),
        MissionTitle => ("Titre de la mission", "Title of the assignment"),
        MissionDescription => ("Description en quelques lignes", "Description in a few lines"),
        MissionKind => ("Que fournissez-vous\u{202f}?", "What do you provide?"),
        BuildingWorks => (
            "Ce sont des travaux de bâtiment (construction, rénovation, aménagement)",
            "These are building works (construction, renovation, fitting)",
        ),
        MissionDigital => (
            "Les livrables sont numériques (site web, application, fichiers)",
            "The deliverables are digital (website, app, files)",
        ),
        Beneficiary => (
            "Les séances sont suivies par une autre personne que le client (un salarié, un dirigeant…)",
            "The sessions are attended by someone other than the client (an employee, a manager…)",
        ),
        BeneficiaryName => ("Nom de la personne accompagnée", "Name of the person attending"),
        BeneficiaryRole => ("Sa fonction chez le client", "Their role at the client"),
        DataProcessing => (
            "Je traite des données personnelles pour le client (comptes, formulaires, fichier clients, notes…)",
            "I process personal data for the client (accounts, forms, customer files, notes…)",
        ),
        DataKinds => ("Quelles données\u{202f}?", "Which data?"),
        DataSubjects => ("De quelles personnes\u{202f}?", "About whom?"),
        DataPurpose => {
            ("Pour quoi faire (hébergement, envoi de lettres…)\u{202f}?", "For what (hosting, sending newsletters…)?")
        }
        DataSubprocessors => {
            ("Vos propres prestataires qui y ont accès (hébergeur…)", "Your own providers with access to them (host…)")
        }
        UnitInvoicing => ("Quand facturez-vous\u{202f}?", "When do you invoice?"),
        MissionCreative => (
            "Les livrables sont des créations (design, texte, code, photo…)",
            "The deliverables are creative works (design, text, code, photos…)",
        ),
        ClientInputs => ("Ce que le client doit vous fournir, et quand", "What the client must give you, and when"),
        Exclusions => ("Ce qui n’est pas compris", "What is not included"),
        AnnexedDocuments => (
            "Documents joints au contrat (devis, plan, cahier des charges…)",
            "Documents attached to the contract (quote, plan, specification…)",
        ),
        AcceptanceDays => {
            ("Jours laissés au client pour valider une livraison", "Days the client has to approve a delivery")
        }
        RevisionsUnlimited => ("Modifications sans limite", "Unlimited revisions"),
        RevisionRounds => ("Séries de modifications incluses", "Rounds of changes included"),
        ExtraRoundPrice => ("Prix d’une série supplémentaire (€)", "Price of an extra round (€)"),
        Sessions => ("Nombre de séances", "Number of sessions"),
        SessionMinutes => ("Durée d’une séance (minutes)", "Length of a session (minutes)"),
        Frequency => ("Rythme des séances", "Frequency of sessions"),
        Channels => ("Où et comment (visio, téléphone, sur place…)", "Where and how (video, phone, on site…)"),
        RescheduleHours => (
            "Délai pour reporter une séance sans frais (heures)",
            "Notice to reschedule a session free of charge (hours)",
        ),
        UnusedSessions => ("Séances non utilisées à la fin", "Sessions unused at the end"),
        StartDate => ("Date de début", "Start date"),
        EndDate => ("Date de fin ou de livraison finale", "End date or final delivery"),
        WorkloadDays => ("Votre estimation du travail (jours ouvrés)", "Your estimate of the work (working days)"),
        DeliverableTitle(_) => ("Livrable", "Deliverable"),
        DeliverableDue(_) => ("À livrer le", "Due on"),
        PriceMode => ("Comment êtes-vous payé\u{202f}?", "How are you paid?"),
        PriceAmount => ("Montant hors taxes (€)", "Amount excluding VAT (€)"),
        PriceCap => ("Plafond (nombre maximal d’unités facturables)", "Cap (most units that may be invoiced)"),
        ExpensesOnApproval => {
            ("Frais remboursés s’ils sont approuvés d’avance", "Expenses reimbursed if approved beforehand")
        }
        FreeValue => ("Valeur de la mission, pour information (€)", "Value of the work, for information (€)"),
        DepositKind => ("Acompte à la signature", "Deposit on signature"),
        DepositValue => ("Montant de l’acompte (% ou €)", "Deposit (% or €)"),
        MilestoneLabel(_) => ("Étape", "Stage"),
        MilestonePercent(_) => ("Part du prix (%)", "Share of the price (%)"),
        MilestoneDue(_) => ("Date", "Date"),
        TermKind => ("Délai de paiement des factures", "Payment term of invoices"),
        TermDays => ("Jours après la facture", "Days after the invoice"),
        PenaltyKind => ("Taux des pénalités de retard", "Late-payment interest rate"),
        PenaltyRate => ("Taux annuel (%)", "Annual rate (%)"),
        PaymentMethod => ("Moyen de paiement", "Payment method"),
        IpMode => ("Droits d’auteur sur vos créations", "Copyright in your work"),
        RightReproduction => ("Droit de reproduction", "Right of reproduction"),
        RightRepresentation => {
            ("Droit de représentation (diffusion au public)", "Right of representation (showing to the public)")
        }
        RightAdaptation => ("Droit d’adaptation (modifier, traduire)", "Right of adaptation (modify, translate)"),
        RightDistribution => {
            ("Droit de distribution (vendre des exemplaires)", "Right of distribution (selling copies)")
        }
        RightsExclusive => ("À titre exclusif", "Exclusively"),
        RightsPurpose => ("Pour quel usage\u{202f}?", "For what use?"),
        RightsMedia => ("Sur quels supports\u{202f}?", "On which media?"),
        RightsTerritory => ("Territoire", "Territory"),
        RightsDuration => {
            ("Durée en années (vide : toute la durée légale)", "Duration in years (empty: the full legal term)")
        }
        RightsOnFullPayment => ("Seulement une fois le prix entièrement payé", "Only once the price is paid in full"),
        Portfolio => ("Je peux montrer ce travail dans mon portfolio", "I may show this work in my portfolio"),
        Confidentiality => ("Clause de confidentialité", "Confidentiality clause"),
        ConfidentialityYears => ("Durée après la fin du contrat (années)", "Duration after the contract ends (years)"),
        Liability => ("Plafond de votre responsabilité", "Cap on your liability"),
        LiabilityAmount => ("Montant du plafond (€)", "Cap amount (€)"),
        NoticeDays => ("Préavis si le client arrête (jours)", "Notice if the client stops (days)"),
        CancellationPercent => {
            ("Indemnité d’annulation (% du travail restant)", "Cancellation fee (% of remaining work)")
        }
        CourtCity => ("Ville des tribunaux compétents en cas de litige", "City whose courts hear any dispute"),
        Conclusion => ("Où le contrat est-il signé\u{202f}?", "Where is the contract signed?"),
        EarlyStart => (
            "Proposer au client de commencer avant la fin des 14 jours (demande à signer à part, en annexe)",
            "Offer the client to start before the 14 days end (a separate request to sign, annexed)",
        ),
        MediatorName => ("Votre médiateur de la consommation", "Your consumer mediator"),
        MediatorContact => {
            ("Coordonnées du médiateur (site, adresse)", "Mediator’s contact details (website, address)")
        }
        SignaturePlace => ("Lieu de signature", "Place of signature"),
        SignatureDate => {
            ("Date de signature (vide\u{a0}: à dater à la main)", "Date of signature (empty: dated by hand)")
        }
    };
    pick(lang, fr, en)
}

/// The question for a field as these answers ask it: a client established abroad has
/// a company number of its own country, never a SIREN.
pub fn label_for(field: Field, a: &crate::model::Answers, lang: Lang) -> &'static str {
    match field {
        Field::ClientRegistration if a.is_foreign() => {
            pick(lang, "N° d’immatriculation du client dans son pays", "Client’s company number in its country")
        }
        _ => label(field, lang),
    }
}

/// "Why this matters" for the questions with legal weight.
pub fn why(field: Field, lang: Lang) -> Option<&'static str> {
    use Field::*;
    let (fr, en) = match field {
        DepositKind => (
            "Un acompte engage les deux parties\u{a0}: le client ne peut plus se dédire et vous ne travaillez pas à crédit. On parle d’« acompte » et non d’« arrhes », qui permettraient à chacun de renoncer.",
            "A deposit (acompte) binds both parties: the client can no longer back out and you don’t work on credit. Unlike arrhes, it lets neither party simply walk away.",
        ),
        TermKind => (
            "Entre professionnels, le paiement est dû à 30 jours par défaut, et jamais au-delà de 60 jours après la facture ou 45 jours fin de mois (Code de commerce, art. L441-10).",
            "Between French businesses, payment is due within 30 days by default, and never later than 60 days from the invoice or 45 days end of month (Commercial Code, art. L441-10).",
        ),
        PenaltyKind => (
            "Les pénalités courent dès le lendemain de l’échéance, sans rappel, plus 40 € d’indemnité par facture. La formule « taux BCE + 10 points » reste juste quand les taux changent.",
            "Penalties run from the day after the due date, with no reminder, plus a €40 indemnity per invoice. The “ECB rate + 10 points” formula stays right as rates change.",
        ),
        RevisionsUnlimited => (
            "Sans limite, les allers-retours peuvent ne jamais finir. Deux séries incluses, puis un prix par série, protègent votre temps.",
            "With no limit, back-and-forth may never end. Two rounds included, then a price per round, protect your time.",
        ),
        IpMode => (
            "La loi exige que chaque droit cédé soit nommé et limité en usage, lieu et durée (Code de la propriété intellectuelle, art. L131-3). Céder seulement au paiement complet vous protège des impayés.",
            "French law requires each assigned right to be named and limited in use, place and duration (Intellectual Property Code, art. L131-3). Assigning only on full payment protects you against non-payment.",
        ),
        Conclusion => (
            "Un particulier qui signe à distance ou hors de vos locaux peut se rétracter pendant 14 jours (Code de la consommation, art. L221-18). S’il veut que vous commenciez avant, il doit le demander expressément.",
            "A consumer who signs at a distance or off your premises may withdraw within 14 days (Consumer Code, art. L221-18). To start earlier, they must ask for it expressly.",
        ),
        MediatorName => (
            "Avec un particulier, indiquer votre médiateur de la consommation est obligatoire (Code de la consommation, art. L612-1).",
            "With a consumer, naming your consumer mediator is mandatory (Consumer Code, art. L612-1).",
        ),
        Sessions => (
            "Sans livrable, un accompagnement doit avoir un cadre — nombre de séances et date de fin — sinon « ça peut ne jamais s’arrêter ».",
            "With no deliverable, an accompaniment needs a frame — number of sessions and end date — or it may never stop.",
        ),
        WorkloadDays => (
            "Indiquez le temps de travail que vous estimez\u{a0}: Cadre vous prévient si le délai est intenable. Refuser un délai impossible est plus professionnel que de le rater.",
            "Enter the work you estimate: Cadre warns you if the deadline is unrealistic. Refusing an impossible deadline is more professional than missing it.",
        ),
        ProviderStatus => (
            "Un entrepreneur individuel doit faire suivre son nom de « EI » sur ses contrats, devis et factures depuis le 15 mai 2022\u{a0}: Cadre l’ajoute.",
            "A French individual entrepreneur must add “EI” to their name on contracts, quotes and invoices since 15 May 2022: Cadre adds it.",
        ),
        CourtCity => (
            "Entre commerçants, ou avec un client établi à l’étranger, vous pouvez désigner à l’avance les tribunaux d’une ville (la vôtre, en général). La clause est écrite en gras, comme la loi l’exige.",
            "Between traders, or with a client established abroad, you may choose in advance the courts of a city (usually yours). The clause is printed in bold, as the law requires.",
        ),
        ClientEstablished => (
            "Pour un client professionnel établi à l’étranger, pas de SIREN ni de TVA française (CGI, art. 259-1)\u{a0}: dans l’Union européenne, la TVA est autoliquidée par le client, avec vos deux numéros de TVA.",
            "For a business client established abroad, no SIREN and no French VAT (CGI art. 259-1): within the EU, the client self-accounts for VAT (reverse charge), with both VAT numbers.",
        ),
        BuildingWorks => (
            "Les travaux de bâtiment sont reçus par un procès-verbal signé des deux parties (Code civil, art. 1792-6), ouvrent les garanties des constructeurs et imposent une assurance décennale (Code des assurances, art. L241-1).",
            "Building works are accepted by a report signed by both parties (French Civil Code, art. 1792-6), carry the builders’ guarantees and require a ten-year liability insurance (Insurance Code, art. L241-1).",
        ),
        MissionDigital => (
            "Un particulier doit savoir quelles garanties légales s’appliquent\u{a0}: quand le livrable lui-même est un contenu ou un service numérique (site, application, logiciel), celle de conformité des contenus et services numériques (Code de la consommation, art. L224-25-12). Pas pour une prestation rendue en personne, même livrée en fichiers (photo, traduction).",
            "A consumer must be told which statutory guarantees apply: when the deliverable itself is digital content or a digital service (website, app, software), conformity of digital content and services (Consumer Code, art. L224-25-12). Not for a service rendered in person, even delivered as files (photography, translation).",
        ),
        Beneficiary => (
            "Quand une entreprise paie l’accompagnement d’un de ses salariés, le contrat dit qui assiste aux séances, ce que l’entreprise apprend (les dates et la présence, pas le contenu) et protège ce que la personne vous confie.",
            "When a company pays for one of its employees to be coached, the contract says who attends, what the company is told (dates and attendance, not content) and protects what the person confides to you.",
        ),
        DataProcessing => (
            "Si vous traitez des données personnelles pour votre client (site avec comptes ou formulaires, fichier d’adresses, statistiques, notes de coaching), le RGPD (art. 28) impose des clauses de sous-traitance\u{a0}: Cadre les ajoute.",
            "If you handle personal data for your client (a site with accounts or forms, a mailing list, analytics, coaching notes), the GDPR (art. 28) requires processor terms: Cadre adds them.",
        ),
        ProviderInsuranceCover => (
            "Nommez la garantie exacte\u{a0}: la décennale pour les travaux de bâtiment (Code des assurances, art. L241-1), la responsabilité civile professionnelle pour les autres métiers qui l’exigent. L’attestation est annexée au contrat.",
            "Name the exact cover: the ten-year (décennale) insurance for building works (Insurance Code, art. L241-1), professional liability for other trades that require it. The certificate is annexed to the contract.",
        ),
        AnnexedDocuments => (
            "Si la mission renvoie à un devis, un plan ou un cahier des charges, joignez-le\u{a0}: le contrat dit qu’il en fait partie et qu’il prévaut en cas de contradiction.",
            "If the work refers to a quote, a plan or a specification, attach it: the contract says it is part of it and prevails in case of conflict.",
        ),
        ProviderPhone => (
            "Avec un particulier, votre numéro de téléphone fait partie des informations obligatoires (Code de la consommation, art. R111-1).",
            "With a consumer, your telephone number is part of the mandatory information (Consumer Code, art. R111-1).",
        ),
        UnitInvoicing => (
            "Au temps passé ou à la séance, chaque facture porte sur ce qui a été réellement fait, dans la limite du plafond.",
            "When paid by time or by session, each invoice covers what was actually done, within the cap.",
        ),
        EarlyStart => (
            "Le particulier qui veut que vous commenciez pendant les 14 jours doit le demander par une demande séparée, qu’il signe à part\u{a0}: Cadre l’ajoute en annexe. S’il se rétracte ensuite, il paie le travail déjà fait (Code de la consommation, art. L221-25).",
            "A consumer who wants you to start within the 14 days must ask in a separate request they sign on its own: Cadre annexes it. If they then withdraw, they pay for the work done (Consumer Code, art. L221-25).",
        ),
        Liability => (
            "Entre professionnels, la responsabilité peut être plafonnée au prix du contrat, mais jamais pour une faute lourde ou un dommage corporel (Code civil, art. 1231-3 et 1170).",
            "Between businesses, liability may be capped at the contract price, but never for gross negligence or bodily injury (French Civil Code, art. 1231-3 and 1170).",
        ),
        ClientSmallBusiness => (
            "Si le contrat est signé hors de vos locaux, le client a les droits d’un particulier (art. L221-3)\u{a0}: 14 jours de rétractation, formulaire annexé, début différé.",
            "If signed off your premises, the client has a consumer’s rights (art. L221-3): 14 days to withdraw, form annexed, start deferred.",
        ),
        ClientTrader => (
            "Entre commerçants seulement, le contrat peut choisir le tribunal (CPC, art. 48). Une SARL ou une SAS est commerçante.",
            "Only between traders may the contract choose the court (CPC, art. 48). A SARL or SAS is a trader.",
        ),
        ClientKind => (
            "Un particulier a les droits du Code de la consommation\u{a0}; une entreprise doit des pénalités de retard.",
            "A consumer has Consumer Code rights; a business owes late-payment interest.",
        ),
        ContractLang => (
            "Avec un particulier en France, le contrat doit être en français (loi du 4 août 1994).",
            "With a consumer in France, the contract must be in French (law of 4 August 1994).",
        ),
        ProviderRegistry => (
            "Une mention obligatoire. Inscrit au RCS, vous êtes commerçant (un artisan ou une profession libérale ne l’est pas)\u{a0}: seuls des commerçants peuvent choisir le tribunal à l’avance (CPC, art. 48).",
            "A mandatory mention. Registered at the RCS, you are a trader (craftspeople and liberal professions are not): only traders may choose the court in advance (CPC, art. 48).",
        ),
        ProviderVatFranchise => (
            "En franchise, Cadre écrit « TVA non applicable, art. 293 B du CGI »\u{a0}; sinon il ajoute la TVA.",
            "Under the franchise, Cadre writes “TVA non applicable, art. 293 B du CGI”; otherwise it adds VAT.",
        ),
        ProviderInsurance => (
            "Une assurance obligatoire doit être nommée au contrat, avec l’assureur et la zone couverte.",
            "Mandatory insurance must be named in the contract, with the insurer and the area covered.",
        ),
        MissionKind => (
            "Des livrables ont une réception et des modifications\u{a0}; un accompagnement, des séances et une durée.",
            "Deliverables get acceptance and changes; guidance gets sessions and a length.",
        ),
        MissionCreative => (
            "Sans cession écrite de vos droits d’auteur, le client ne peut pas exploiter vos créations.",
            "Without a written assignment of your copyright, the client may not exploit your work.",
        ),
        UnusedSessions => (
            "Le dire d’avance évite un désaccord à la fin.",
            "Saying it in advance avoids a disagreement at the end.",
        ),
        PriceMode => (
            "Forfait\u{a0}: un total et un échéancier. Au temps passé\u{a0}: un tarif et un plafond.",
            "Fixed price: a total and a schedule. Time-based: a rate and a cap.",
        ),
        ExpensesOnApproval => (
            "Pas de frais surprise pour le client, pas d’avance sans accord pour vous.",
            "No surprise expenses for the client, no outlay without agreement for you.",
        ),
        RightReproduction | RightRepresentation | RightAdaptation | RightDistribution => (
            "Chaque droit cédé doit être nommé (CPI, art. L131-3)\u{a0}: un droit non coché reste à vous.",
            "Each right assigned must be named (CPI, art. L131-3): an unticked right stays yours.",
        ),
        RightsExclusive => (
            "En exclusivité, vous ne pouvez plus céder ces droits à un autre.",
            "Exclusively, you may no longer assign these rights to anyone else.",
        ),
        RightsOnFullPayment => (
            "Jusqu’au paiement, le client n’a qu’un droit d’usage provisoire\u{a0}: votre levier en cas d’impayé.",
            "Until payment, the client only has a provisional right of use: your lever if it does not pay.",
        ),
        Portfolio => (
            "Sans cette clause, montrer ce travail pourrait aller contre la cession.",
            "Without this clause, showing the work could breach the assignment.",
        ),
        Confidentiality => (
            "Chacun garde secrètes les informations de l’autre, pendant et après le contrat.",
            "Each keeps the other’s information secret, during and after the contract.",
        ),
        ConfidentialityYears => ("La durée de la confidentialité après la fin.", "How long confidentiality lasts after the end."),
        LiabilityAmount => (
            "Jamais pour une faute lourde ni un dommage corporel.",
            "Never for gross negligence or bodily injury.",
        ),
        NoticeDays => (
            "Le client peut arrêter en vous prévenant d’autant\u{a0}; le travail fait reste dû.",
            "The client may stop with this much notice; work done stays due.",
        ),
        CancellationPercent => (
            "Si le client arrête sans faute de votre part, il compense le temps réservé.",
            "If the client stops through no fault of yours, it pays for the time you set aside.",
        ),
        SignaturePlace => ("Écrit au-dessus des signatures\u{a0}: « Fait à …, le … ».", "Written above the signatures."),
        SignatureDate => ("Vide\u{a0}: la date s’écrit à la main.", "Empty: the date is written by hand."),
        _ => return None,
    };
    Some(pick(lang, fr, en))
}

/// An example shown inside an empty field.
pub fn placeholder(field: Field, lang: Lang) -> &'static str {
    use Field::*;
    let (fr, en) = match field {
        ProviderName => ("Camille Moreau", "Camille Moreau"),
        ProviderSiren => ("812 345 676", "812 345 676"),
        ProviderAddress | ClientAddress => ("12 rue des Lilas, 69003 Lyon", "12 rue des Lilas, 69003 Lyon, France"),
        ProviderEmail | ClientEmail => ("nom@exemple.fr", "name@example.com"),
        ClientName => ("Atelier Dupont", "Kranich Software GmbH"),
        ClientLegalForm | ProviderLegalForm => ("SARL au capital de 10 000 €", "GmbH"),
        ClientRepresentative | ProviderSignatory => ("Marc Dupont", "Lena Vogel"),
        ClientRepresentativeRole | ProviderSignatoryRole => ("gérant", "Managing Director"),
        MissionTitle => ("Identité visuelle de l’Atelier Dupont", "Development of a booking web app"),
        DeliverableTitle(_) => ("Logo, formats SVG et PNG", "Source code in the client’s repository"),
        PriceAmount => ("2 400", "2,400"),
        MediatorName => ("Médiateur de la consommation …", "Consumer mediator …"),
        PaymentMethod => ("virement bancaire", "bank transfer"),
        RightsPurpose => ("communication de l’entreprise", "the client’s communication"),
        RightsMedia => ("site internet, réseaux sociaux, imprimés", "website, social media, print"),
        RightsTerritory => ("France", "worldwide"),
        Frequency => ("une séance toutes les deux semaines", "one session every two weeks"),
        SignaturePlace => ("Lyon", "Paris"),
        MilestoneLabel(_) => ("Validation des maquettes", "Mock-ups approved"),
        ProviderPhone => ("06 12 34 56 78", "+33 6 12 34 56 78"),
        ProviderInsurer => ("Mutuelle des Artisans", "Mutuelle des Artisans"),
        ProviderInsurerAddress => ("10 rue de la Paix, 75002 Paris", "10 rue de la Paix, 75002 Paris"),
        ClientCountry => ("Allemagne", "Germany"),
        ClientVatNumber => ("DE123456789", "DE123456789"),
        BeneficiaryName => ("Claire Martin", "Claire Martin"),
        BeneficiaryRole => ("directrice commerciale", "Head of Sales"),
        DataKinds => (
            "noms, e-mails et commandes des clients du site",
            "names, e-mail addresses and orders of the site’s customers",
        ),
        DataSubjects => ("clients et prospects du client", "the client’s customers and prospects"),
        DataPurpose => ("hébergement du site et gestion des commandes", "hosting the site and handling orders"),
        DataSubprocessors => ("hébergeur OVH (France)", "host OVH (France)"),
        AnnexedDocuments => ("devis n° 2026-044 du 2 décembre 2026", "specification v2.1 of 2 December 2026"),
        _ => ("", ""),
    };
    pick(lang, fr, en)
}

/// The label of a choice key, for choice fields.
pub fn option(key: &str, lang: Lang) -> &'static str {
    let (fr, en) = match key {
        "fr" => ("Français", "French"),
        "en" => ("Anglais", "English"),
        "micro_entrepreneur" => ("Micro-entrepreneur", "Micro-entrepreneur"),
        "individual_entrepreneur" => ("Entrepreneur individuel (hors micro)", "Individual entrepreneur (not micro)"),
        "company" => ("Société (SARL, SAS, EURL…)", "Company (SARL, SAS, EURL…)"),
        "other" => ("Autre", "Other"),
        "none" => ("Aucun", "None"),
        "rcs" => ("RCS (commerçants, sociétés commerciales)", "RCS (traders, commercial companies)"),
        "rm" => ("RNE, activité artisanale (artisans)", "RNE, crafts sector (craftspeople)"),
        "business" => ("Une entreprise ou une association", "A business or an association"),
        "consumer" => ("Un particulier", "A private individual"),
        "deliverables" => {
            ("Des livrables (site, logo, texte, rapport…)", "Deliverables (website, logo, text, report…)")
        }
        "accompaniment" => {
            ("Un accompagnement sans livrable (coaching, conseil)", "Guidance with no deliverable (coaching, advice)")
        }
        "lost" => ("Perdues", "Forfeited"),
        "carried_one_month" => ("Utilisables un mois de plus", "Usable for one more month"),
        "refunded" => ("Remboursées", "Refunded"),
        "fixed" => ("Forfait", "Fixed price"),
        "per_day" => ("À la journée", "Per day"),
        "per_hour" => ("À l’heure", "Per hour"),
        "per_session" => ("À la séance", "Per session"),
        "free" => ("Gratuit", "Free of charge"),
        "percent" => ("En pourcentage", "As a percentage"),
        "amount" => ("Montant fixe", "Fixed amount"),
        "on_receipt" => ("À réception", "On receipt"),
        "days" => ("En jours après la facture", "Days after the invoice"),
        "end_of_month45" => ("45 jours fin de mois", "45 days end of month"),
        "ecb_plus10" => ("Taux BCE + 10 points (par défaut)", "ECB rate + 10 points (default)"),
        "triple_legal" => ("3 fois le taux légal (minimum)", "3 × the legal rate (minimum)"),
        "assignment" => ("Je les cède au client", "I assign them to the client"),
        "licence" => ("Je les garde, le client a un droit d’usage", "I keep them; the client gets a right of use"),
        "contract_price" => ("Prix total du contrat", "Total price of the contract"),
        "civil_liability" => ("Responsabilité civile professionnelle", "Professional liability"),
        "decennale" => ("Décennale (travaux de bâtiment)", "Ten-year liability (building works)"),
        "both" => ("Décennale et responsabilité civile professionnelle", "Ten-year and professional liability"),
        "france" => ("En France", "In France"),
        "eu" => ("Dans un autre pays de l’Union européenne", "In another EU country"),
        "outside_eu" => ("Hors de l’Union européenne", "Outside the EU"),
        "monthly" => ("Chaque mois, sur ce qui a été fait", "Monthly, on what was done"),
        "at_end" => ("À la fin, sur ce qui a été fait", "At the end, on what was done"),
        "distance" => ("À distance (e-mail, téléphone, en ligne)", "At a distance (e-mail, phone, online)"),
        "off_premises" => ("Chez le client ou hors de mes locaux", "At the client’s or off my premises"),
        "on_premises" => ("Dans mes locaux", "On my premises"),
        _ => ("", ""),
    };
    pick(lang, fr, en)
}

/// Per-field override where a shared key needs another wording.
pub fn option_for(field: Field, key: &str, lang: Lang) -> &'static str {
    match (field, key) {
        (Field::DepositKind, "none") => pick(lang, "Pas d’acompte", "No deposit"),
        (Field::Liability, "none") => pick(lang, "Pas de plafond", "No cap"),
        (Field::Liability, "amount") => pick(lang, "Montant fixe", "Fixed amount"),
        (Field::PenaltyKind, "fixed") => pick(lang, "Taux fixe", "Fixed rate"),
        (Field::ProviderRegistry, "none") => pick(lang, "Aucun (profession libérale)", "None (liberal profession)"),
        _ => option(key, lang),
    }
}

pub fn step_title(step: Step, lang: Lang) -> &'static str {
    let (fr, en) = match step {
        Step::You => ("Vous", "You"),
        Step::Client => ("Votre client", "Your client"),
        Step::Mission => ("La mission", "The assignment"),
        Step::Schedule => ("Calendrier", "Schedule"),
        Step::Price => ("Prix et paiement", "Price and payment"),
        Step::Rights => ("Droits et confidentialité", "Rights and confidentiality"),
        Step::Ending => ("Fin du contrat", "Ending the contract"),
        Step::Review => ("Relire et télécharger", "Review and download"),
    };
    pick(lang, fr, en)
}

pub fn step_intro(step: Step, lang: Lang) -> &'static str {
    let (fr, en) = match step {
        Step::You => (
            "Qui êtes-vous ? Ces mentions identifient le prestataire, comme la loi le demande.",
            "Who are you? These details identify you as the law requires.",
        ),
        Step::Client => (
            "Pour qui travaillez-vous ? Un particulier a des droits que Cadre ajoute pour vous.",
            "Who are you working for? A consumer has rights that Cadre adds for you.",
        ),
        Step::Mission => (
            "Ce que vous faites — et ce que vous ne faites pas. C’est ce qui évite les malentendus.",
            "What you do — and what you don’t. That is what prevents misunderstandings.",
        ),
        Step::Schedule => (
            "Quand commencez-vous, quand livrez-vous ? Engagez-vous sur des délais tenables.",
            "When do you start and deliver? Commit to deadlines you can keep.",
        ),
        Step::Price => (
            "Vous vous engagez sur un travail ; le client s’engage sur un paiement.",
            "You commit to the work; the client commits to paying for it.",
        ),
        Step::Rights => ("Qui peut utiliser vos créations, et comment.", "Who may use your work, and how."),
        Step::Ending => (
            "Comment le contrat peut prendre fin, et où il est signé.",
            "How the contract can end, and where it is signed.",
        ),
        Step::Review => (
            "Relisez le contrat, corrigez les points signalés, puis téléchargez-le.",
            "Read the contract, fix what is flagged, then download it.",
        ),
    };
    pick(lang, fr, en)
}

/// Interface strings that are not tied to a field.
pub struct Ui {
    pub app_title: &'static str,
    pub tagline: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub preview: &'static str,
    pub show_preview: &'static str,
    pub hide_preview: &'static str,
    pub steps_nav: &'static str,
    pub step_has_problems: &'static str,
    pub add_deliverable: &'static str,
    pub add_milestone: &'static str,
    pub remove: &'static str,
    pub milestones_title: &'static str,
    pub milestones_help: &'static str,
    pub deliverables_title: &'static str,
    pub problems_title: &'static str,
    pub no_problems: &'static str,
    pub advice_title: &'static str,
    pub no_advice: &'static str,
    pub download_title: &'static str,
    pub download_draft_note: &'static str,
    pub lawyer_note: &'static str,
    /// The agreement's panel (a module of its own, `ui::components::later_panel`).
    pub agreement_title: &'static str,
    pub why: &'static str,
    pub fix: &'static str,
    pub go_to_field: &'static str,
    pub schedule_picture: &'static str,
    pub substituted: &'static str,
    pub interface_language: &'static str,
    pub yes: &'static str,
    pub privacy: &'static str,
    pub download_failed: &'static str,
    /// A broken invariant of the document: Cadre's bug, never the user's.
    pub inconsistency: &'static str,
    /// The PDF/DOCX writers could not be loaded (offline before the first download…).
    pub writers_failed: &'static str,
    pub inconsistency_note: &'static str,
    /// A new build of Cadre is installed and waits for a reload.
    pub new_version: &'static str,
    pub new_version_reload: &'static str,
    /// The reload was not done: the open draft's changes are not stored.
    pub new_version_unsaved: &'static str,
    /// The primary download: the PDF, for a complete contract.
    pub download_pdf: &'static str,
    pub download_pdf_draft: &'static str,
    pub download_docx: &'static str,
    pub download_html: &'static str,
    pub download_md: &'static str,
    pub download_other: &'static str,
    pub download_other_hint: &'static str,
    pub download_saved: &'static str,
    /// After a download: what to do with the file.
    pub next_title: &'static str,
    pub next_draft: &'static str,
    pub next_send: &'static str,
    pub next_sign: &'static str,
    pub next_keep: &'static str,
    pub next_lawyer: &'static str,
    pub badge_free: &'static str,
    pub badge_no_account: &'static str,
    pub badge_local: &'static str,
    pub badge_formats: &'static str,
    pub badge_not_lawyer: &'static str,
    pub badges_label: &'static str,
    pub skip_to_question: &'static str,
    /// Where a question's answer shows in the contract.
    pub in_contract: &'static str,
    pub article: &'static str,
    pub adds_article: &'static str,
}

pub const FR: Ui = Ui {
    app_title: "Cadre",
    tagline: "Votre contrat de prestation, écrit pendant que vous répondez.",
    previous: "Précédent",
    next: "Suivant",
    preview: "Aperçu du contrat",
    show_preview: "Voir le contrat",
    hide_preview: "Masquer le contrat",
    steps_nav: "Étapes",
    step_has_problems: "à compléter",
    add_deliverable: "Ajouter un livrable",
    add_milestone: "Ajouter une échéance",
    remove: "Retirer",
    milestones_title: "Échéances intermédiaires",
    milestones_help: "Entre l’acompte et le solde, des paiements à des étapes de la mission (facultatif).",
    deliverables_title: "Livrables",
    problems_title: "À corriger avant de signer",
    no_problems: "Rien ne bloque\u{a0}: le contrat est complet.",
    advice_title: "Conseils",
    no_advice: "Aucun point faible repéré.",
    download_title: "Télécharger",
    download_draft_note: "Le contrat n’est pas complet\u{a0}: les fichiers porteront la mention « PROJET ».",
    agreement_title: "Envoyer à mon client, signer",
    lawyer_note: "Cadre n’est pas un avocat. Pour une mission importante, faites relire votre contrat par un professionnel du droit.",
    why: "Pourquoi c’est important",
    fix: "Que faire",
    go_to_field: "Corriger",
    schedule_picture: "Échéancier des paiements",
    substituted: "Certains caractères ne peuvent pas figurer dans le PDF et ont été remplacés par « ? » :",
    interface_language: "Langue de l’interface",
    yes: "Oui",
    privacy: "Rien de ce que vous tapez ne quitte votre navigateur.",
        download_failed: "Le téléchargement a échoué\u{a0}: votre navigateur l’a refusé.",
    inconsistency: "Incohérence du contrat",
    writers_failed: "Le PDF et le Word n’ont pas pu être préparés\u{a0}: vérifiez votre connexion et réessayez (une fois chargés, ils fonctionnent hors ligne).",
    inconsistency_note: "C’est une erreur de Cadre, pas la vôtre\u{a0}: le contrat reste marqué « PROJET ». Modifiez la réponse concernée ou faites relire ce point.",
    new_version: "Une nouvelle version de Cadre est prête",
    new_version_reload: "Recharger",
    new_version_unsaved: "Vos dernières modifications ne sont pas enregistrées dans ce navigateur\u{a0}: exportez vos brouillons avant de recharger, pour ne rien perdre.",
    download_pdf: "Télécharger le PDF à signer",
    download_pdf_draft: "Télécharger le projet en PDF",
    download_docx: "Word (modifiable)",
    download_html: "Page web (HTML)",
    download_md: "Texte brut (Markdown)",
    download_other: "Autres formats",
    download_other_hint: "Pour publier le contrat sur un site ou le reprendre dans un autre outil.",
    download_saved: "Fichier téléchargé",
    next_title: "Et maintenant\u{a0}?",
    next_draft: "Ce fichier est un projet\u{a0}: corrigez les points signalés ci-dessus avant de l’envoyer pour signature.",
    next_send: "Relisez-le, puis envoyez-le à votre client (par e-mail, par exemple).",
    next_sign: "Signez-le tous les deux\u{a0}: sur papier en deux exemplaires, ou par signature électronique.",
    next_keep: "Gardez chacun un exemplaire signé, et exportez ce brouillon pour le retrouver.",
    next_lawyer: "Gros enjeux (montant élevé, droits importants, litige possible)\u{a0}? Faites relire le contrat par un avocat avant de signer.",
    badge_free: "Gratuit",
    badge_no_account: "Sans compte",
    badge_local: "Rien ne quitte votre navigateur",
    badge_formats: "PDF et Word",
    badge_not_lawyer: "Pas un avocat",
    badges_label: "Ce qu’il faut savoir",
    skip_to_question: "Aller à la question",
    in_contract: "Dans le contrat",
    article: "article",
    adds_article: "ajoute l’article",
};

pub const EN: Ui = Ui {
    app_title: "Cadre",
    tagline: "Your services contract, written while you answer.",
    previous: "Previous",
    next: "Next",
    preview: "Contract preview",
    show_preview: "Show the contract",
    hide_preview: "Hide the contract",
    steps_nav: "Steps",
    step_has_problems: "to complete",
    add_deliverable: "Add a deliverable",
    add_milestone: "Add an instalment",
    remove: "Remove",
    milestones_title: "Intermediate instalments",
    milestones_help: "Between the deposit and the balance, payments at stages of the work (optional).",
    deliverables_title: "Deliverables",
    problems_title: "To fix before signing",
    no_problems: "Nothing blocks: the contract is complete.",
    advice_title: "Advice",
    no_advice: "No weak point found.",
    download_title: "Download",
    download_draft_note: "The contract is not complete: files will be marked “DRAFT”.",
    agreement_title: "Send to my client, sign",
    lawyer_note:
        "Cadre is not a lawyer. For an important assignment, have your contract reviewed by a legal professional.",
    why: "Why this matters",
    fix: "What to do",
    go_to_field: "Fix",
    schedule_picture: "Payment schedule",
    substituted: "Some characters cannot appear in the PDF and were replaced by “?”:",
    interface_language: "Interface language",
    yes: "Yes",
    privacy: "Nothing you type ever leaves your browser.",
    download_failed: "The download failed: your browser refused it.",
    inconsistency: "Inconsistency in the contract",
    writers_failed: "The PDF and Word files could not be prepared: check your connection and try again (once loaded, they work offline).",
    inconsistency_note: "This is Cadre’s error, not yours: the contract stays marked “DRAFT”. Change the answer concerned or have this point reviewed.",
    new_version: "A new version of Cadre is ready",
    new_version_reload: "Reload",
    new_version_unsaved: "Your latest changes are not stored in this browser: export your drafts before reloading, so nothing is lost.",
    download_pdf: "Download the PDF to sign",
    download_pdf_draft: "Download the draft as PDF",
    download_docx: "Word (editable)",
    download_html: "Web page (HTML)",
    download_md: "Plain text (Markdown)",
    download_other: "Other formats",
    download_other_hint: "To publish the contract on a website or reuse it in another tool.",
    download_saved: "File downloaded",
    next_title: "What next?",
    next_draft: "This file is a draft: fix the points flagged above before sending it for signature.",
    next_send: "Read it through, then send it to your client (by e-mail, for example).",
    next_sign: "Both sign it: on paper in two copies, or with an electronic signature.",
    next_keep: "Each keep a signed copy, and export this draft to find it again.",
    next_lawyer: "High stakes (a large amount, important rights, a possible dispute)? Have a lawyer review the contract before signing.",
    badge_free: "Free",
    badge_no_account: "No account",
    badge_local: "Nothing leaves your browser",
    badge_formats: "PDF and Word",
    badge_not_lawyer: "Not a lawyer",
    badges_label: "Good to know",
    skip_to_question: "Skip to the question",
    in_contract: "In the contract",
    article: "article",
    adds_article: "adds the article",
};

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::field::FieldKind;

    #[test]
    fn every_choice_has_a_label_in_both_languages() {
        for &f in Field::SCALARS {
            assert!(!label(f, Lang::Fr).is_empty() && !label(f, Lang::En).is_empty(), "{f:?}");
            if let FieldKind::Choice(keys) = f.kind() {
                for k in keys {
                    for lang in [Lang::Fr, Lang::En] {
                        assert!(!option_for(f, k, lang).is_empty(), "{f:?} option {k} in {lang:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_choice_that_changes_the_contract_says_why() {
        for &f in Field::SCALARS {
            // Never asked: being a trader follows from the RCS register (Interview::apply).
            if f == Field::ProviderTrader {
                continue;
            }
            if matches!(f.kind(), FieldKind::Bool | FieldKind::Choice(_)) {
                for lang in [Lang::Fr, Lang::En] {
                    assert!(why(f, lang).is_some_and(|w| !w.is_empty()), "{f:?} has no why in {lang:?}");
                }
            }
        }
        // And every question of the last step.
        let a = crate::model::Answers::default();
        for item in crate::flow::items(Step::Ending, &a) {
            if let crate::flow::Item::Field(f) = item {
                assert!(why(f, Lang::Fr).is_some(), "{f:?} (end of the contract) has no why");
            }
        }
    }

    #[test]
    fn french_and_english_differ_where_they_should() {
        assert_ne!(label(Field::ClientName, Lang::Fr), label(Field::ClientName, Lang::En));
        assert_ne!(FR.next, EN.next);
    }
}
