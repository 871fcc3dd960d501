//! The interview's shape: its steps, which questions each shows for given answers, and
//! which article of the contract each question changes.

use crate::document::Section;
use crate::model::*;

/// One page of the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    You,
    Client,
    Mission,
    Schedule,
    Price,
    Rights,
    Ending,
    Review,
}

impl Step {
    pub const ALL: [Step; 8] =
        [Step::You, Step::Client, Step::Mission, Step::Schedule, Step::Price, Step::Rights, Step::Ending, Step::Review];

    /// The step whose `id` this is.
    pub fn from_id(id: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.id() == id)
    }

    pub fn id(self) -> &'static str {
        match self {
            Step::You => "you",
            Step::Client => "client",
            Step::Mission => "mission",
            Step::Schedule => "schedule",
            Step::Price => "price",
            Step::Rights => "rights",
            Step::Ending => "ending",
            Step::Review => "review",
        }
    }
}

/// The steps that apply: no rights step without creative deliverables.
pub fn steps(a: &Answers) -> Vec<Step> {
    Step::ALL.into_iter().filter(|s| *s != Step::Rights || a.has_rights()).collect()
}

/// One row of a step: a single field, or a list editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Field(Field),
    Deliverables,
    Milestones,
}

/// The questions a step shows for these answers, in order. Questions that don't apply
/// are not there.
pub fn items(step: Step, a: &Answers) -> Vec<Item> {
    use Field::*;
    let mut f: Vec<Item> = Vec::new();
    let mut add = |field: Field| f.push(Item::Field(field));
    let p = &a.provider;
    match step {
        Step::You => {
            add(ProviderName);
            add(ProviderStatus);
            if p.status == crate::model::ProviderStatus::Company {
                add(ProviderLegalForm);
                add(ProviderSignatory);
                add(ProviderSignatoryRole);
            }
            add(ProviderSiren);
            add(ProviderRegistry);
            if p.registry == Registry::Rcs {
                add(ProviderRegistryCity);
            }
            add(ProviderAddress);
            add(ProviderEmail);
            add(ProviderVatFranchise);
            // An EU business client needs the provider's VAT number even under the
            // franchise (reverse charge, CGI art. 259-1 and 283-2).
            if !p.vat_franchise || a.is_eu_foreign() {
                add(ProviderVatNumber);
            }
            if !p.vat_franchise && !a.is_foreign() {
                add(ProviderVatRate);
            }
            add(ProviderInsurance);
            if p.insurance {
                add(ProviderInsuranceCover);
                add(ProviderInsurer);
                add(ProviderInsurerAddress);
                add(ProviderPolicy);
                if p.insurance_cover == crate::model::InsuranceCover::Both {
                    add(ProviderPolicyCivil);
                }
                add(ProviderInsuranceArea);
            }
            add(ContractLang);
        }
        Step::Client => {
            add(ClientKind);
            add(ClientName);
            if a.is_b2b() {
                add(ClientEstablished);
                if a.is_foreign() {
                    add(ClientCountry);
                }
                add(ClientLegalForm);
                add(ClientRegistration);
                if a.is_foreign() {
                    add(ClientVatNumber);
                }
                add(ClientRepresentative);
                add(ClientRepresentativeRole);
            }
            add(ClientAddress);
            add(ClientEmail);
            if a.is_b2b() && !a.is_foreign() {
                add(ClientTrader);
                add(ClientSmallBusiness);
            }
            if a.is_consumer() || (a.client.small_business && !a.is_foreign()) {
                add(Conclusion);
            }
            if a.has_withdrawal() {
                add(EarlyStart);
            }
            if a.is_consumer() {
                add(MediatorName);
                add(MediatorContact);
                add(ProviderPhone);
            }
        }
        Step::Mission => {
            add(MissionTitle);
            add(MissionDescription);
            add(MissionKind);
            match a.mission.kind {
                crate::model::MissionKind::Deliverables => {
                    f.push(Item::Deliverables);
                    f.push(Item::Field(MissionCreative));
                    f.push(Item::Field(BuildingWorks));
                    if a.is_consumer() && !a.is_building() {
                        f.push(Item::Field(MissionDigital));
                    }
                }
                crate::model::MissionKind::Accompaniment => {
                    for x in [Sessions, SessionMinutes, Frequency, Channels, RescheduleHours, UnusedSessions] {
                        f.push(Item::Field(x));
                    }
                    if a.is_b2b() {
                        f.push(Item::Field(Beneficiary));
                        if a.mission.beneficiary {
                            f.push(Item::Field(BeneficiaryName));
                            f.push(Item::Field(BeneficiaryRole));
                        }
                    }
                }
            }
            f.push(Item::Field(ClientInputs));
            f.push(Item::Field(Exclusions));
            f.push(Item::Field(AnnexedDocuments));
            f.push(Item::Field(DataProcessing));
            if a.processes_data() {
                for x in [DataKinds, DataSubjects, DataPurpose, DataSubprocessors] {
                    f.push(Item::Field(x));
                }
            }
            // Building works are accepted by a réception (C. civ. 1792-6), not by
            // delivery and rounds of changes.
            if a.mission.kind == crate::model::MissionKind::Deliverables && !a.is_building() {
                f.push(Item::Field(AcceptanceDays));
                // Paid for the time spent, changes are invoiced as time: no rounds.
                if !a.is_unit_priced() {
                    f.push(Item::Field(RevisionsUnlimited));
                    if !a.mission.revisions_unlimited {
                        f.push(Item::Field(RevisionRounds));
                    }
                    if !a.is_free() {
                        f.push(Item::Field(ExtraRoundPrice));
                    }
                }
            }
        }
        Step::Schedule => {
            add(StartDate);
            add(EndDate);
            add(WorkloadDays);
        }
        Step::Price => {
            add(PriceMode);
            if a.is_free() {
                add(FreeValue);
            } else {
                add(PriceAmount);
                if a.is_unit_priced() {
                    add(PriceCap);
                }
                add(ExpensesOnApproval);
                add(DepositKind);
                if a.payment.deposit != crate::model::DepositKind::None {
                    add(DepositValue);
                }
                if a.is_unit_priced() {
                    f.push(Item::Field(UnitInvoicing));
                } else {
                    f.push(Item::Milestones);
                }
                f.push(Item::Field(TermKind));
                if a.payment.term == crate::model::TermKind::Days {
                    f.push(Item::Field(TermDays));
                }
                if a.is_b2b() {
                    f.push(Item::Field(PenaltyKind));
                    if a.payment.penalty == crate::model::PenaltyKind::Fixed {
                        f.push(Item::Field(PenaltyRate));
                    }
                }
                f.push(Item::Field(PaymentMethod));
            }
        }
        Step::Rights => {
            add(IpMode);
            if a.rights.mode == crate::model::IpMode::Assignment {
                for x in [RightReproduction, RightRepresentation, RightAdaptation, RightDistribution, RightsExclusive] {
                    add(x);
                }
            }
            for x in [RightsPurpose, RightsMedia, RightsTerritory, RightsDuration] {
                add(x);
            }
            // Free work: the rights pass on delivery, there is no price to wait for.
            if !a.is_free() {
                add(RightsOnFullPayment);
            }
            add(Portfolio);
            add(Confidentiality);
            if a.terms.confidentiality {
                add(ConfidentialityYears);
            }
        }
        Step::Ending => {
            if !a.has_rights() {
                add(Confidentiality);
                if a.terms.confidentiality {
                    add(ConfidentialityYears);
                }
            }
            if a.is_b2b() {
                add(Liability);
                if a.terms.liability == crate::model::LiabilityCap::Amount {
                    add(LiabilityAmount);
                }
            }
            add(NoticeDays);
            // No one-sided cancellation fee for a consumer (C. consom. R212-2).
            if !a.is_free() && a.is_b2b() {
                add(CancellationPercent);
            }
            if a.court_clause_allowed() {
                add(CourtCity);
            }
            add(SignaturePlace);
            add(SignatureDate);
        }
        Step::Review => {}
    }
    f
}

/// Is this field asked, for these answers?
pub fn is_shown(field: Field, a: &Answers) -> bool {
    steps(a).into_iter().any(|s| {
        items(s, a).into_iter().any(|i| match i {
            Item::Field(f) => f == field,
            Item::Deliverables => matches!(field, Field::DeliverableTitle(_) | Field::DeliverableDue(_)),
            Item::Milestones => {
                matches!(field, Field::MilestoneLabel(_) | Field::MilestonePercent(_) | Field::MilestoneDue(_))
            }
        })
    })
}

/// The step that asks this field (for linking a problem to its question).
pub fn step_of(field: Field, a: &Answers) -> Step {
    for s in steps(a) {
        let found = items(s, a).into_iter().any(|i| match i {
            Item::Field(f) => f == field,
            Item::Deliverables => matches!(field, Field::DeliverableTitle(_) | Field::DeliverableDue(_)),
            Item::Milestones => {
                matches!(field, Field::MilestoneLabel(_) | Field::MilestonePercent(_) | Field::MilestoneDue(_))
            }
        });
        if found {
            return s;
        }
    }
    Step::Review
}

/// The article a question changes, so the preview can show it.
pub fn section_of(field: Field) -> Section {
    use Field::*;
    match field {
        ProviderName
        | ProviderStatus
        | ProviderLegalForm
        | ProviderSiren
        | ProviderRegistry
        | ProviderRegistryCity
        | ProviderPhone
        | ClientEstablished
        | ClientCountry
        | ClientVatNumber
        | ProviderAddress
        | ProviderEmail
        | ProviderVatNumber
        | ProviderSignatory
        | ProviderSignatoryRole
        | ClientKind
        | ClientName
        | ClientLegalForm
        | ClientRegistration
        | ClientRepresentative
        | ClientRepresentativeRole
        | ClientAddress
        | ClientEmail
        | ContractLang => Section::Parties,
        MissionTitle | MissionDescription => Section::Object,
        MissionKind | MissionCreative | ClientInputs | Exclusions | DeliverableTitle(_) | DeliverableDue(_) => {
            Section::Scope
        }
        Sessions | SessionMinutes | Frequency | Channels | RescheduleHours | UnusedSessions => Section::Accompaniment,
        BuildingWorks | AcceptanceDays | RevisionsUnlimited | RevisionRounds | ExtraRoundPrice => Section::Acceptance,
        StartDate | EndDate | WorkloadDays => Section::Schedule,
        PriceMode | PriceAmount | PriceCap | ExpensesOnApproval | FreeValue | ProviderVatFranchise
        | ProviderVatRate => Section::Price,
        DepositKind | DepositValue | MilestoneLabel(_) | MilestonePercent(_) | MilestoneDue(_) | TermKind
        | TermDays | PenaltyKind | PenaltyRate | PaymentMethod | UnitInvoicing => Section::Payment,
        IpMode | RightReproduction | RightRepresentation | RightAdaptation | RightDistribution | RightsExclusive
        | RightsPurpose | RightsMedia | RightsTerritory | RightsDuration | RightsOnFullPayment | Portfolio => {
            Section::Rights
        }
        Confidentiality | ConfidentialityYears => Section::Confidentiality,
        Liability | LiabilityAmount => Section::Liability,
        ProviderInsurance
        | ProviderInsuranceCover
        | ProviderInsurer
        | ProviderInsurerAddress
        | ProviderPolicy
        | ProviderPolicyCivil
        | ProviderInsuranceArea => Section::Insurance,
        NoticeDays | CancellationPercent => Section::Termination,
        ClientSmallBusiness | Conclusion | EarlyStart => Section::Withdrawal,
        MediatorName | MediatorContact | CourtCity | ProviderTrader | ClientTrader => Section::Law,
        SignaturePlace | SignatureDate => Section::Signatures,
        AnnexedDocuments => Section::General,
        MissionDigital => Section::Guarantees,
        Beneficiary | BeneficiaryName | BeneficiaryRole => Section::Beneficiary,
        DataProcessing | DataKinds | DataSubjects | DataPurpose | DataSubprocessors => Section::PersonalData,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rights_step_only_for_creative_deliverables() {
        let mut a = Answers::default();
        assert!(steps(&a).contains(&Step::Rights));
        a.mission.creative = false;
        assert!(!steps(&a).contains(&Step::Rights));
        assert!(
            items(Step::Ending, &a).contains(&Item::Field(Field::Confidentiality)),
            "confidentiality moves to the last step"
        );
        a.mission.creative = true;
        a.mission.kind = MissionKind::Accompaniment;
        assert!(!steps(&a).contains(&Step::Rights));
    }

    #[test]
    fn consumer_questions_only_for_consumers() {
        let mut a = Answers::default();
        assert!(!is_shown(Field::MediatorName, &a));
        assert!(!is_shown(Field::Conclusion, &a));
        assert!(is_shown(Field::ClientRegistration, &a));
        a.client.kind = ClientKind::Consumer;
        assert!(is_shown(Field::MediatorName, &a));
        assert!(is_shown(Field::EarlyStart, &a));
        assert!(!is_shown(Field::ClientRegistration, &a));
        assert!(!is_shown(Field::PenaltyKind, &a), "no B2B penalties for consumers");
        assert!(!is_shown(Field::Liability, &a));
    }

    #[test]
    fn no_payment_questions_for_free_work() {
        let mut a = Answers::default();
        a.price.mode = PriceMode::Free;
        for f in
            [Field::DepositKind, Field::TermKind, Field::PenaltyKind, Field::PriceAmount, Field::CancellationPercent]
        {
            assert!(!is_shown(f, &a), "{f:?}");
        }
        assert!(is_shown(Field::FreeValue, &a));
    }

    #[test]
    fn every_problem_field_of_a_default_draft_is_asked_somewhere() {
        let a = Answers::default();
        for p in crate::validate::check(&a).problems {
            assert!(is_shown(p.field, &a), "{:?} is not asked", p.field);
            assert_ne!(step_of(p.field, &a), Step::Review);
        }
    }

    #[test]
    fn court_city_only_between_traders() {
        let mut a = Answers::default();
        assert!(!is_shown(Field::CourtCity, &a));
        a.provider.registry = Registry::Rcs;
        a.provider.trader = true;
        a.client.trader = true;
        assert!(is_shown(Field::CourtCity, &a));
    }
}
