//! Every answer the interview can set, named by one `Field` value.
//!
//! The UI binds a generic input to a `Field`; validation problems and advice name the
//! `Field` they concern, so the review step can link back to it.

use super::*;

/// What kind of input a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    LongText,
    Email,
    /// ISO date (`<input type="date">`).
    Date,
    Money,
    Percent,
    /// A whole number (days, rounds, sessions).
    Count,
    Bool,
    /// One of a fixed set of keys.
    Choice(&'static [&'static str]),
}

/// A field's value as the UI exchanges it: the text typed, "true"/"false", or a key.
pub type Value = String;

/// An enum answered by a choice, by stable keys: the names stored in drafts
/// (`tests/fixtures/drafts` pins them).
pub trait Choice: Sized + Copy {
    const KEYS: &'static [&'static str];
    fn key(self) -> &'static str;
    fn from_key(key: &str) -> Option<Self>;
}

macro_rules! choices {
    ($($ty:ident { $($variant:ident = $key:literal),+ $(,)? })+) => {$(
        impl Choice for $ty {
            const KEYS: &'static [&'static str] = &[$($key),+];
            fn key(self) -> &'static str {
                match self { $($ty::$variant => $key),+ }
            }
            fn from_key(key: &str) -> Option<Self> {
                match key { $($key => Some($ty::$variant),)+ _ => None }
            }
        }
        impl Slot for $ty {
            fn get(&self) -> Value { self.key().to_string() }
            fn put(&mut self, v: &str) { if let Some(x) = $ty::from_key(v) { *self = x; } }
        }
    )+};
}

choices! {
    Lang { Fr = "fr", En = "en" }
    ProviderStatus {
        MicroEntrepreneur = "micro_entrepreneur",
        IndividualEntrepreneur = "individual_entrepreneur",
        Company = "company",
        Other = "other",
    }
    Registry { None = "none", Rcs = "rcs", Rm = "rm" }
    ClientKind { Business = "business", Consumer = "consumer" }
    MissionKind { Deliverables = "deliverables", Accompaniment = "accompaniment" }
    UnusedSessions { Lost = "lost", CarriedOneMonth = "carried_one_month", Refunded = "refunded" }
    PriceMode { Fixed = "fixed", PerDay = "per_day", PerHour = "per_hour", PerSession = "per_session", Free = "free" }
    DepositKind { None = "none", Percent = "percent", Amount = "amount" }
    TermKind { OnReceipt = "on_receipt", Days = "days", EndOfMonth45 = "end_of_month45" }
    PenaltyKind { EcbPlus10 = "ecb_plus10", TripleLegal = "triple_legal", Fixed = "fixed" }
    IpMode { Assignment = "assignment", Licence = "licence" }
    LiabilityCap { None = "none", ContractPrice = "contract_price", Amount = "amount" }
    InsuranceCover { CivilLiability = "civil_liability", Decennale = "decennale", Both = "both" }
    Establishment { France = "france", Eu = "eu", OutsideEu = "outside_eu" }
    UnitInvoicing { Monthly = "monthly", AtEnd = "at_end" }
    Conclusion { Distance = "distance", OffPremises = "off_premises", OnPremises = "on_premises" }
}

/// A value slot in `Answers` that a field reads and writes as text.
trait Slot {
    fn get(&self) -> Value;
    fn put(&mut self, v: &str);
}

impl Slot for String {
    fn get(&self) -> Value {
        self.clone()
    }
    fn put(&mut self, v: &str) {
        *self = v.to_string();
    }
}

impl Slot for bool {
    fn get(&self) -> Value {
        if *self { "true" } else { "false" }.to_string()
    }
    fn put(&mut self, v: &str) {
        *self = v == "true";
    }
}

macro_rules! fields {
    ($($variant:ident = $key:literal, $kind:expr, $($path:ident).+;)+) => {
        /// Names one answer. List items carry their item's stable id.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Field {
            $($variant,)+
            DeliverableTitle(u32),
            DeliverableDue(u32),
            MilestoneLabel(u32),
            MilestonePercent(u32),
            MilestoneDue(u32),
        }

        impl Field {
            /// Every field that is not a list item.
            pub const SCALARS: &'static [Field] = &[$(Field::$variant),+];

            /// Where the field sits in the stored JSON: `["provider", "name"]`.
            /// Empty for list items, which are stored in their list.
            pub fn json_path(self) -> &'static [&'static str] {
                match self {
                    $(Field::$variant => &[$(stringify!($path)),+],)+
                    _ => &[],
                }
            }

            /// Stable key, also the DOM id of the field's input: "provider-name".
            pub fn key(self) -> String {
                match self {
                    $(Field::$variant => $key.to_string(),)+
                    Field::DeliverableTitle(id) => format!("deliverable-{id}-title"),
                    Field::DeliverableDue(id) => format!("deliverable-{id}-due"),
                    Field::MilestoneLabel(id) => format!("milestone-{id}-label"),
                    Field::MilestonePercent(id) => format!("milestone-{id}-percent"),
                    Field::MilestoneDue(id) => format!("milestone-{id}-due"),
                }
            }

            pub fn kind(self) -> FieldKind {
                match self {
                    $(Field::$variant => $kind,)+
                    Field::DeliverableTitle(_) | Field::MilestoneLabel(_) => FieldKind::Text,
                    Field::DeliverableDue(_) | Field::MilestoneDue(_) => FieldKind::Date,
                    Field::MilestonePercent(_) => FieldKind::Percent,
                }
            }

            /// Reads the field's value from the answers ("" for a missing list item).
            pub fn get(self, a: &Answers) -> Value {
                match self {
                    $(Field::$variant => Slot::get(&a.$($path).+),)+
                    Field::DeliverableTitle(id) => deliverable(a, id).map(|d| d.title.clone()).unwrap_or_default(),
                    Field::DeliverableDue(id) => deliverable(a, id).map(|d| d.due.clone()).unwrap_or_default(),
                    Field::MilestoneLabel(id) => milestone(a, id).map(|m| m.label.clone()).unwrap_or_default(),
                    Field::MilestonePercent(id) => milestone(a, id).map(|m| m.percent.clone()).unwrap_or_default(),
                    Field::MilestoneDue(id) => milestone(a, id).map(|m| m.due.clone()).unwrap_or_default(),
                }
            }

            /// Writes the field's value; an unknown choice key or a missing list item
            /// leaves the answers as they were.
            pub fn set(self, a: &mut Answers, v: &str) {
                match self {
                    $(Field::$variant => Slot::put(&mut a.$($path).+, v),)+
                    Field::DeliverableTitle(id) => if let Some(d) = deliverable_mut(a, id) { d.title = v.into() },
                    Field::DeliverableDue(id) => if let Some(d) = deliverable_mut(a, id) { d.due = v.into() },
                    Field::MilestoneLabel(id) => if let Some(m) = milestone_mut(a, id) { m.label = v.into() },
                    Field::MilestonePercent(id) => if let Some(m) = milestone_mut(a, id) { m.percent = v.into() },
                    Field::MilestoneDue(id) => if let Some(m) = milestone_mut(a, id) { m.due = v.into() },
                }
            }
        }
    };
}

use FieldKind as K;

fields! {
    ContractLang = "contract-lang", K::Choice(Lang::KEYS), contract_lang;
    ProviderName = "provider-name", K::Text, provider.name;
    ProviderStatus = "provider-status", K::Choice(ProviderStatus::KEYS), provider.status;
    ProviderLegalForm = "provider-legal-form", K::Text, provider.legal_form;
    ProviderSiren = "provider-siren", K::Text, provider.siren;
    ProviderRegistry = "provider-registry", K::Choice(Registry::KEYS), provider.registry;
    ProviderRegistryCity = "provider-registry-city", K::Text, provider.registry_city;
    ProviderAddress = "provider-address", K::LongText, provider.address;
    ProviderEmail = "provider-email", K::Email, provider.email;
    ProviderVatFranchise = "provider-vat-franchise", K::Bool, provider.vat_franchise;
    ProviderVatNumber = "provider-vat-number", K::Text, provider.vat_number;
    ProviderVatRate = "provider-vat-rate", K::Percent, provider.vat_rate;
    ProviderTrader = "provider-trader", K::Bool, provider.trader;
    ProviderInsurance = "provider-insurance", K::Bool, provider.insurance;
    ProviderInsuranceCover = "provider-insurance-cover", K::Choice(InsuranceCover::KEYS), provider.insurance_cover;
    ProviderInsurer = "provider-insurer", K::Text, provider.insurer;
    ProviderInsurerAddress = "provider-insurer-address", K::LongText, provider.insurer_address;
        ProviderPolicy = "provider-policy", K::Text, provider.policy;
    ProviderPolicyCivil = "provider-policy-civil", K::Text, provider.policy_civil;
    ProviderInsuranceArea = "provider-insurance-area", K::Text, provider.insurance_area;
    ProviderSignatory = "provider-signatory", K::Text, provider.signatory;
    ProviderSignatoryRole = "provider-signatory-role", K::Text, provider.signatory_role;
    ClientKind = "client-kind", K::Choice(ClientKind::KEYS), client.kind;
    ClientName = "client-name", K::Text, client.name;
    ClientLegalForm = "client-legal-form", K::Text, client.legal_form;
    ClientEstablished = "client-established", K::Choice(Establishment::KEYS), client.established;
    ClientCountry = "client-country", K::Text, client.country;
    ClientRegistration = "client-registration", K::Text, client.registration;
    ClientVatNumber = "client-vat-number", K::Text, client.vat_number;
    ClientRepresentative = "client-representative", K::Text, client.representative;
    ClientRepresentativeRole = "client-representative-role", K::Text, client.representative_role;
    ClientAddress = "client-address", K::LongText, client.address;
    ClientEmail = "client-email", K::Email, client.email;
    ClientTrader = "client-trader", K::Bool, client.trader;
    ClientSmallBusiness = "client-small-business", K::Bool, client.small_business;
    MissionTitle = "mission-title", K::Text, mission.title;
    MissionDescription = "mission-description", K::LongText, mission.description;
    MissionKind = "mission-kind", K::Choice(MissionKind::KEYS), mission.kind;
    MissionCreative = "mission-creative", K::Bool, mission.creative;
    BuildingWorks = "building-works", K::Bool, mission.building_works;
    MissionDigital = "mission-digital", K::Bool, mission.digital;
    ClientInputs = "client-inputs", K::LongText, mission.client_inputs;
        Exclusions = "exclusions", K::LongText, mission.exclusions;
    AnnexedDocuments = "annexed-documents", K::LongText, mission.annexed_documents;
    DataProcessing = "data-processing", K::Bool, data.processing;
    DataKinds = "data-kinds", K::LongText, data.kinds;
    DataSubjects = "data-subjects", K::Text, data.subjects;
    DataPurpose = "data-purpose", K::LongText, data.purpose;
    DataSubprocessors = "data-subprocessors", K::LongText, data.subprocessors;
    AcceptanceDays = "acceptance-days", K::Count, mission.acceptance_days;
    RevisionsUnlimited = "revisions-unlimited", K::Bool, mission.revisions_unlimited;
    RevisionRounds = "revision-rounds", K::Count, mission.revision_rounds;
    ExtraRoundPrice = "extra-round-price", K::Money, mission.extra_round_price;
    Sessions = "sessions", K::Count, mission.sessions;
    SessionMinutes = "session-minutes", K::Count, mission.session_minutes;
    Frequency = "frequency", K::Text, mission.frequency;
    Channels = "channels", K::Text, mission.channels;
    RescheduleHours = "reschedule-hours", K::Count, mission.reschedule_hours;
    UnusedSessions = "unused-sessions", K::Choice(UnusedSessions::KEYS), mission.unused_sessions;
    Beneficiary = "beneficiary", K::Bool, mission.beneficiary;
    BeneficiaryName = "beneficiary-name", K::Text, mission.beneficiary_name;
    BeneficiaryRole = "beneficiary-role", K::Text, mission.beneficiary_role;
    StartDate = "start-date", K::Date, mission.start_date;
    EndDate = "end-date", K::Date, mission.end_date;
    WorkloadDays = "workload-days", K::Count, mission.workload_days;
    PriceMode = "price-mode", K::Choice(PriceMode::KEYS), price.mode;
    PriceAmount = "price-amount", K::Money, price.amount;
    PriceCap = "price-cap", K::Count, price.cap_units;
    ExpensesOnApproval = "expenses-on-approval", K::Bool, price.expenses_on_approval;
    FreeValue = "free-value", K::Money, price.free_value;
    DepositKind = "deposit-kind", K::Choice(DepositKind::KEYS), payment.deposit;
    DepositValue = "deposit-value", K::Text, payment.deposit_value;
    UnitInvoicing = "unit-invoicing", K::Choice(UnitInvoicing::KEYS), payment.unit_invoicing;
    TermKind = "term-kind", K::Choice(TermKind::KEYS), payment.term;
    TermDays = "term-days", K::Count, payment.term_days;
    PenaltyKind = "penalty-kind", K::Choice(PenaltyKind::KEYS), payment.penalty;
    PenaltyRate = "penalty-rate", K::Percent, payment.penalty_rate;
    PaymentMethod = "payment-method", K::Text, payment.method;
    IpMode = "ip-mode", K::Choice(IpMode::KEYS), rights.mode;
    RightReproduction = "right-reproduction", K::Bool, rights.reproduction;
    RightRepresentation = "right-representation", K::Bool, rights.representation;
    RightAdaptation = "right-adaptation", K::Bool, rights.adaptation;
    RightDistribution = "right-distribution", K::Bool, rights.distribution;
    RightsExclusive = "rights-exclusive", K::Bool, rights.exclusive;
    RightsPurpose = "rights-purpose", K::Text, rights.purpose;
    RightsMedia = "rights-media", K::Text, rights.media;
    RightsTerritory = "rights-territory", K::Text, rights.territory;
    RightsDuration = "rights-duration", K::Count, rights.duration_years;
    RightsOnFullPayment = "rights-on-full-payment", K::Bool, rights.on_full_payment;
    Portfolio = "portfolio", K::Bool, rights.portfolio;
    Confidentiality = "confidentiality", K::Bool, terms.confidentiality;
    ConfidentialityYears = "confidentiality-years", K::Count, terms.confidentiality_years;
    Liability = "liability", K::Choice(LiabilityCap::KEYS), terms.liability;
    LiabilityAmount = "liability-amount", K::Money, terms.liability_amount;
    NoticeDays = "notice-days", K::Count, terms.notice_days;
    CancellationPercent = "cancellation-percent", K::Percent, terms.cancellation_percent;
    CourtCity = "court-city", K::Text, terms.court_city;
    Conclusion = "conclusion", K::Choice(Conclusion::KEYS), consumer.conclusion;
    EarlyStart = "early-start", K::Bool, consumer.early_start;
    MediatorName = "mediator-name", K::Text, consumer.mediator_name;
    MediatorContact = "mediator-contact", K::Text, consumer.mediator_contact;
    ProviderPhone = "provider-phone", K::Text, provider.phone;
    SignaturePlace = "signature-place", K::Text, signature.place;
    SignatureDate = "signature-date", K::Date, signature.date;
}

fn deliverable(a: &Answers, id: u32) -> Option<&Deliverable> {
    a.mission.deliverables.iter().find(|d| d.id == id)
}
fn deliverable_mut(a: &mut Answers, id: u32) -> Option<&mut Deliverable> {
    a.mission.deliverables.iter_mut().find(|d| d.id == id)
}
fn milestone(a: &Answers, id: u32) -> Option<&Milestone> {
    a.payment.milestones.iter().find(|m| m.id == id)
}
fn milestone_mut(a: &mut Answers, id: u32) -> Option<&mut Milestone> {
    a.payment.milestones.iter_mut().find(|m| m.id == id)
}

impl Field {
    /// Finds a field by its key (the inverse of `key`).
    pub fn from_key(key: &str) -> Option<Field> {
        if let Some(f) = Field::SCALARS.iter().find(|f| f.key() == key) {
            return Some(*f);
        }
        let mut parts = key.split('-');
        let (list, id, attr) = (parts.next()?, parts.next()?.parse().ok()?, parts.next()?);
        match (list, attr) {
            ("deliverable", "title") => Some(Field::DeliverableTitle(id)),
            ("deliverable", "due") => Some(Field::DeliverableDue(id)),
            ("milestone", "label") => Some(Field::MilestoneLabel(id)),
            ("milestone", "percent") => Some(Field::MilestonePercent(id)),
            ("milestone", "due") => Some(Field::MilestoneDue(id)),
            _ => None,
        }
    }
}

impl Deliverable {
    /// The questions one deliverable asks.
    pub fn fields(&self) -> [Field; 2] {
        [Field::DeliverableTitle(self.id), Field::DeliverableDue(self.id)]
    }

    /// Its questions with their answers: what `Field::get` reads, without looking the
    /// item up among the answers' (a list of 200 read through `Field::get` is quadratic).
    pub fn answers(&self) -> [(Field, &str); 2] {
        [(Field::DeliverableTitle(self.id), &self.title), (Field::DeliverableDue(self.id), &self.due)]
    }
}

impl Milestone {
    /// The questions one payment instalment asks.
    pub fn fields(&self) -> [Field; 3] {
        [Field::MilestoneLabel(self.id), Field::MilestonePercent(self.id), Field::MilestoneDue(self.id)]
    }

    /// Its questions with their answers, as `Deliverable::answers`.
    pub fn answers(&self) -> [(Field, &str); 3] {
        [
            (Field::MilestoneLabel(self.id), &self.label),
            (Field::MilestonePercent(self.id), &self.percent),
            (Field::MilestoneDue(self.id), &self.due),
        ]
    }
}

impl Answers {
    /// Every field of these answers: the scalars, then each deliverable's and each
    /// instalment's.
    pub fn fields(&self) -> Vec<Field> {
        let mut fields = Field::SCALARS.to_vec();
        fields.extend(self.mission.deliverables.iter().flat_map(Deliverable::fields));
        fields.extend(self.payment.milestones.iter().flat_map(Milestone::fields));
        fields
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_round_trips_through_set_and_get() {
        for &f in Field::SCALARS {
            let mut a = Answers::default();
            let v = match f.kind() {
                FieldKind::Bool => {
                    let flipped = if f.get(&a) == "true" { "false" } else { "true" };
                    flipped.to_string()
                }
                FieldKind::Choice(keys) => keys.last().unwrap().to_string(),
                _ => "x1 <typed>".to_string(),
            };
            f.set(&mut a, &v);
            assert_eq!(f.get(&a), v, "{:?}", f);
            assert_eq!(Field::from_key(&f.key()), Some(f));
        }
    }

    #[test]
    fn list_fields_address_items_by_id() {
        let mut a = Answers::default();
        let id = a.mission.deliverables[0].id;
        Field::DeliverableTitle(id).set(&mut a, "Logo");
        assert_eq!(a.mission.deliverables[0].title, "Logo");
        assert_eq!(Field::from_key(&Field::DeliverableTitle(id).key()), Some(Field::DeliverableTitle(id)));
        // An item's answers are what its fields read.
        a.payment.milestones.push(Milestone {
            id: 7,
            label: "Logo".into(),
            percent: "30".into(),
            due: "2027-01-15".into(),
        });
        let d = &a.mission.deliverables[0];
        assert!(d.answers().iter().chain(&a.payment.milestones[0].answers()).all(|&(f, v)| f.get(&a) == v));
        assert_eq!(d.answers().map(|(f, _)| f), d.fields());
        Field::DeliverableTitle(99).set(&mut a, "ghost");
        assert_eq!(Field::DeliverableTitle(99).get(&a), "");
        let mut b = a.clone();
        Field::PriceMode.set(&mut b, "nonsense");
        assert_eq!(a, b, "an unknown key changes nothing");
    }
}
