//! What the client may change in the provider's proposal: their own details and the
//! negotiable terms, never the provider's identity, the price or the scope. The
//! client's screen offers only these fields; the provider's Cadre refuses an answer
//! that touches any other (a hand-edited message).

use crate::model::{Answers, Field};

/// True when the client may fill or propose a value for `field`.
pub fn client_may_change(field: Field) -> bool {
    use Field::*;
    match field {
        // Who the client is: the provider rarely knows it all.
        ClientKind
        | ClientName
        | ClientLegalForm
        | ClientEstablished
        | ClientCountry
        | ClientRegistration
        | ClientVatNumber
        | ClientRepresentative
        | ClientRepresentativeRole
        | ClientAddress
        | ClientEmail
        | ClientTrader
        | ClientSmallBusiness => true,
        // Their side of the mission: what they supply, who is coached, their data.
        ClientInputs | BeneficiaryName | BeneficiaryRole | DataKinds | DataSubjects | DataPurpose => true,
        // A consumer's own express request to start within the withdrawal period.
        EarlyStart => true,
        // Negotiable terms: dates, deposit and payment term (the proposal is checked
        // like any answers, so a term past the legal limit shows as a problem),
        // acceptance, revisions, the accompaniment's frame, rights' extent, notice.
        StartDate | EndDate | DeliverableDue(_) | MilestoneDue(_) => true,
        DepositKind | DepositValue | TermKind | TermDays | PaymentMethod => true,
        AcceptanceDays | RevisionsUnlimited | RevisionRounds => true,
        Sessions | SessionMinutes | Frequency | Channels | RescheduleHours | UnusedSessions => true,
        RightsExclusive | RightsPurpose | RightsMedia | RightsTerritory | RightsDuration | Portfolio => true,
        Confidentiality | ConfidentialityYears | NoticeDays | CancellationPercent => true,
        SignaturePlace | SignatureDate => true,
        // The provider's identity, status, tax and insurance; the contract's language;
        // the price and its mode; the scope and its items; the legal regime chosen.
        ContractLang
        | ProviderName
        | ProviderStatus
        | ProviderLegalForm
        | ProviderSiren
        | ProviderRegistry
        | ProviderRegistryCity
        | ProviderAddress
        | ProviderEmail
        | ProviderPhone
        | ProviderVatFranchise
        | ProviderVatNumber
        | ProviderVatRate
        | ProviderTrader
        | ProviderInsurance
        | ProviderInsuranceCover
        | ProviderInsurer
        | ProviderInsurerAddress
        | ProviderPolicy
        | ProviderPolicyCivil
        | ProviderInsuranceArea
        | ProviderSignatory
        | ProviderSignatoryRole => false,
        MissionTitle | MissionDescription | MissionKind | MissionCreative | BuildingWorks | MissionDigital
        | Exclusions | AnnexedDocuments | DeliverableTitle(_) | WorkloadDays | ExtraRoundPrice => false,
        Beneficiary | DataProcessing | DataSubprocessors => false,
        PriceMode | PriceAmount | PriceCap | ExpensesOnApproval | FreeValue | UnitInvoicing => false,
        MilestoneLabel(_) | MilestonePercent(_) | PenaltyKind | PenaltyRate => false,
        IpMode | RightReproduction | RightRepresentation | RightAdaptation | RightDistribution
        | RightsOnFullPayment => false,
        Liability | LiabilityAmount | CourtCity | Conclusion | MediatorName | MediatorContact => false,
    }
}

/// Why a client's answer is refused as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProposalError {
    /// It changes fields only the provider may change (listed).
    ProviderOnly(Vec<Field>),
    /// It adds or removes deliverables or payment instalments.
    Items,
    /// A comment longer than `message::MAX_COMMENT` characters.
    CommentTooLong,
}

/// The fields `proposed` changes from `sent`, in the interview's order, when the
/// client may change every one of them.
pub fn changed_fields(sent: &Answers, proposed: &Answers) -> Result<Vec<Field>, ProposalError> {
    let ids = |a: &Answers| {
        let d: Vec<u32> = a.mission.deliverables.iter().map(|d| d.id).collect();
        (d, a.payment.milestones.iter().map(|m| m.id).collect::<Vec<u32>>())
    };
    if ids(sent) != ids(proposed) {
        return Err(ProposalError::Items);
    }
    let changed: Vec<Field> = sent.fields().into_iter().filter(|f| f.get(sent) != f.get(proposed)).collect();
    let refused: Vec<Field> = changed.iter().copied().filter(|&f| !client_may_change(f)).collect();
    if refused.is_empty() {
        Ok(changed)
    } else {
        Err(ProposalError::ProviderOnly(refused))
    }
}
