//! The answers a freelancer gives about a mission: the stored draft.
//!
//! Answers keep exactly what the user typed (numbers, dates and amounts stay text), so
//! nothing is ever lost; `validate` turns them into a typed `Contract`.

mod codec;
pub mod date;
pub mod field;
pub mod items;
pub mod money;
pub mod text;
pub mod trades;

pub use codec::{from_json, over_cap, to_json};

pub use field::{Field, FieldKind, Value};
pub use items::{ItemList, OverCap, MAX_DELIVERABLES, MAX_ITEM_ID, MAX_MILESTONES};
pub use money::{Money, Percent};

/// Language of a contract or of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// Everything the interview asks. `Default` gives the sensible defaults of a new draft
/// (30 % deposit, 30 days, two revision rounds…).
#[derive(Debug, Clone, PartialEq)]
pub struct Answers {
    pub contract_lang: Lang,
    pub provider: Provider,
    pub client: Client,
    pub mission: Mission,
    pub price: Price,
    pub payment: Payment,
    pub rights: Rights,
    pub terms: Terms,
    pub consumer: ConsumerTerms,
    /// Personal data the provider processes for the client (GDPR art. 28).
    pub data: DataTerms,
    pub signature: SignatureInfo,
}

/// The provider's legal status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProviderStatus {
    /// Micro-entrepreneur (an individual entrepreneur under the micro regime).
    #[default]
    MicroEntrepreneur,
    /// Entrepreneur individuel outside the micro regime.
    IndividualEntrepreneur,
    /// A company (SARL, SAS, EURL, SASU…).
    Company,
    Other,
}

impl ProviderStatus {
    /// Individual entrepreneurs must show "EI" beside their name (since 15 May 2022).
    pub fn is_individual(self) -> bool {
        matches!(self, ProviderStatus::MicroEntrepreneur | ProviderStatus::IndividualEntrepreneur)
    }
}

/// Where the provider is registered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Registry {
    /// No trade or crafts register (liberal professions).
    #[default]
    None,
    /// Registre du commerce et des sociétés.
    Rcs,
    /// Artisans: the Registre national des entreprises, which replaced the répertoire
    /// des métiers on 1 January 2023 (stored key "rm" kept for older drafts).
    Rm,
}

/// The kind of cover a trade's mandatory insurance gives (loi 96-603 art. 22-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InsuranceCover {
    /// Assurance de responsabilité civile professionnelle.
    #[default]
    CivilLiability,
    /// Assurance de responsabilité civile décennale (building works, C. assur. L241-1).
    Decennale,
    /// Both: décennale for the works, civil liability for the rest.
    Both,
}

impl InsuranceCover {
    pub fn has_decennale(self) -> bool {
        matches!(self, InsuranceCover::Decennale | InsuranceCover::Both)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Provider {
    /// Full name, or company name.
    pub name: String,
    pub status: ProviderStatus,
    /// For companies: "SARL au capital de 1 000 €" etc.
    pub legal_form: String,
    /// SIREN (9 digits) or SIRET (14 digits), spaces allowed.
    pub siren: String,
    pub registry: Registry,
    pub registry_city: String,
    pub address: String,
    pub email: String,
    /// Telephone: part of the information a consumer must have (C. consom. R111-1).
    pub phone: String,
    /// Franchise en base de TVA (art. 293 B du CGI).
    pub vat_franchise: bool,
    pub vat_number: String,
    /// VAT rate in percent when liable, e.g. "20".
    pub vat_rate: String,
    /// Commerçant: the only case where a court-choice clause is allowed.
    pub trader: bool,
    /// A trade with mandatory professional insurance (loi 96-603 art. 22-2).
    pub insurance: bool,
    pub insurance_cover: InsuranceCover,
    pub insurer: String,
    pub insurer_address: String,
    pub policy: String,
    /// With both covers: the civil liability policy's number (`policy` is the décennale's).
    pub policy_civil: String,
    pub insurance_area: String,
    /// Who signs for a company, and in what capacity.
    pub signatory: String,
    pub signatory_role: String,
}

impl Default for Provider {
    fn default() -> Self {
        Provider {
            name: String::new(),
            status: ProviderStatus::default(),
            legal_form: String::new(),
            siren: String::new(),
            registry: Registry::default(),
            registry_city: String::new(),
            address: String::new(),
            email: String::new(),
            phone: String::new(),
            vat_franchise: true,
            vat_number: String::new(),
            vat_rate: "20".into(),
            trader: false,
            insurance: false,
            insurance_cover: InsuranceCover::default(),
            insurer: String::new(),
            insurer_address: String::new(),
            policy: String::new(),
            policy_civil: String::new(),
            insurance_area: "France".into(),
            signatory: String::new(),
            signatory_role: String::new(),
        }
    }
}

/// Business (B2B) or consumer (B2C) client: the switch that changes the most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClientKind {
    #[default]
    Business,
    Consumer,
}

/// Where a business client is established: it decides VAT (CGI art. 259-1), the
/// registration number asked and whether a court may be chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Establishment {
    #[default]
    France,
    /// Another member state of the European Union.
    Eu,
    OutsideEu,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Client {
    pub kind: ClientKind,
    /// Company name, or the consumer's full name.
    pub name: String,
    pub legal_form: String,
    /// Business clients only.
    pub established: Establishment,
    /// Country of a client established abroad.
    pub country: String,
    /// SIREN/SIRET in France; the company number of the client's country abroad.
    pub registration: String,
    /// The client's VAT number (needed for the reverse charge within the EU).
    pub vat_number: String,
    pub representative: String,
    pub representative_role: String,
    pub address: String,
    pub email: String,
    /// Commerçant (business clients only).
    pub trader: bool,
    /// A business of five employees or fewer buying outside its main activity gets the
    /// consumer's withdrawal right for off-premises contracts (C. consom. L221-3).
    pub small_business: bool,
}

/// What the invoices of a per-unit price follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UnitInvoicing {
    /// At the end of each month, on the units delivered that month.
    #[default]
    Monthly,
    /// Once, at the end of the mission, on every unit delivered.
    AtEnd,
}

/// Deliverables, or an accompaniment with no deliverable (coaching, advice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MissionKind {
    #[default]
    Deliverables,
    Accompaniment,
}

/// A deliverable with a stable id (never a list index).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Deliverable {
    pub id: u32,
    pub title: String,
    /// ISO date, or empty for "by the end of the mission".
    pub due: String,
}

/// What happens to accompaniment sessions not used by the end date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UnusedSessions {
    /// Lost at the end date, not refunded.
    #[default]
    Lost,
    /// Carried over once, for one month after the end date.
    CarriedOneMonth,
    /// Refunded (or not invoiced).
    Refunded,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mission {
    pub title: String,
    pub description: String,
    pub kind: MissionKind,
    pub deliverables: Vec<Deliverable>,
    /// The deliverables are works of the mind (design, text, code, photos…).
    pub creative: bool,
    /// Building works (construction, renovation, fitting): réception (C. civ. 1792-6),
    /// the builders' guarantees and décennale insurance.
    pub building_works: bool,
    /// The deliverables are digital content or a digital service (website, app, files):
    /// for a consumer, the legal conformity guarantee of C. consom. L224-25-12.
    pub digital: bool,
    /// The person coached or trained is not the paying client ("le Bénéficiaire").
    pub beneficiary: bool,
    pub beneficiary_name: String,
    pub beneficiary_role: String,
    /// What the client supplies, and by when.
    pub client_inputs: String,
    pub exclusions: String,
    /// Documents the scope relies on (a quote, a plan, a specification), annexed.
    pub annexed_documents: String,
    /// Days the client has to accept or list reservations after a delivery.
    pub acceptance_days: String,
    pub revisions_unlimited: bool,
    pub revision_rounds: String,
    /// Price of an extra round, excl. tax.
    pub extra_round_price: String,
    // Accompaniment frame.
    pub sessions: String,
    pub session_minutes: String,
    pub frequency: String,
    pub channels: String,
    pub reschedule_hours: String,
    pub unused_sessions: UnusedSessions,
    // Schedule.
    pub start_date: String,
    /// Deadline for deliverables, or end date of the accompaniment.
    pub end_date: String,
    /// The provider's own estimate of the work, in working days: a deadline shorter
    /// than this is flagged.
    pub workload_days: String,
}

impl Default for Mission {
    fn default() -> Self {
        Mission {
            title: String::new(),
            description: String::new(),
            kind: MissionKind::default(),
            deliverables: vec![Deliverable { id: 1, title: String::new(), due: String::new() }],
            creative: true,
            building_works: false,
            digital: false,
            beneficiary: false,
            beneficiary_name: String::new(),
            beneficiary_role: String::new(),
            client_inputs: String::new(),
            exclusions: String::new(),
            annexed_documents: String::new(),
            acceptance_days: "8".into(),
            revisions_unlimited: false,
            revision_rounds: "2".into(),
            extra_round_price: String::new(),
            sessions: "6".into(),
            session_minutes: "60".into(),
            frequency: String::new(),
            channels: String::new(),
            reschedule_hours: "48".into(),
            unused_sessions: UnusedSessions::default(),
            start_date: String::new(),
            end_date: String::new(),
            workload_days: String::new(),
        }
    }
}

/// How the price is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PriceMode {
    #[default]
    Fixed,
    PerDay,
    PerHour,
    PerSession,
    Free,
}

impl PriceMode {
    pub fn is_unit(self) -> bool {
        matches!(self, PriceMode::PerDay | PriceMode::PerHour | PriceMode::PerSession)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Price {
    pub mode: PriceMode,
    /// The total (fixed) or the unit rate, excl. tax, as typed: "1 200", "450,50".
    pub amount: String,
    /// For unit prices: the most units that may be invoiced without a new agreement.
    pub cap_units: String,
    /// Expenses reimbursed on receipts when approved in writing beforehand.
    pub expenses_on_approval: bool,
    /// For free work: the value of the work, stated so the client knows what it gets.
    pub free_value: String,
}

/// The deposit, always called "acompte".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DepositKind {
    None,
    #[default]
    Percent,
    Amount,
}

/// A payment between deposit and balance.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Milestone {
    pub id: u32,
    pub label: String,
    /// Share of the price, in percent.
    pub percent: String,
    /// ISO date, or empty when due at an event named in the label.
    pub due: String,
}

/// When an invoice is due (Code de commerce L441-10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TermKind {
    OnReceipt,
    #[default]
    Days,
    /// 45 days end of month.
    EndOfMonth45,
}

/// The late-payment rate between businesses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PenaltyKind {
    /// ECB refinancing rate + 10 points: the legal default.
    #[default]
    EcbPlus10,
    /// Three times the legal interest rate: the legal floor.
    TripleLegal,
    /// A fixed annual rate typed by the user.
    Fixed,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Payment {
    pub deposit: DepositKind,
    /// Percent or amount, per `deposit`.
    pub deposit_value: String,
    pub milestones: Vec<Milestone>,
    /// Per-unit prices: invoiced on the units actually delivered.
    pub unit_invoicing: UnitInvoicing,
    pub term: TermKind,
    pub term_days: String,
    pub penalty: PenaltyKind,
    pub penalty_rate: String,
    pub method: String,
}

impl Default for Payment {
    fn default() -> Self {
        Payment {
            deposit: DepositKind::Percent,
            deposit_value: "30".into(),
            milestones: Vec::new(),
            unit_invoicing: UnitInvoicing::default(),
            term: TermKind::Days,
            term_days: "30".into(),
            penalty: PenaltyKind::EcbPlus10,
            penalty_rate: String::new(),
            method: String::new(),
        }
    }
}

/// Transfer of copyright on creative deliverables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum IpMode {
    /// Assignment of the listed rights (cession de droits).
    #[default]
    Assignment,
    /// The provider keeps the rights and grants a right of use.
    Licence,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rights {
    pub mode: IpMode,
    pub reproduction: bool,
    pub representation: bool,
    pub adaptation: bool,
    pub distribution: bool,
    pub exclusive: bool,
    /// Purpose (destination) of the use, e.g. "the client's website and brochures".
    pub purpose: String,
    /// Media (supports).
    pub media: String,
    pub territory: String,
    pub duration_years: String,
    pub on_full_payment: bool,
    pub portfolio: bool,
}

impl Default for Rights {
    fn default() -> Self {
        Rights {
            mode: IpMode::Assignment,
            reproduction: true,
            representation: true,
            adaptation: false,
            distribution: false,
            exclusive: false,
            purpose: String::new(),
            media: String::new(),
            territory: String::new(),
            duration_years: "5".into(),
            on_full_payment: true,
            portfolio: true,
        }
    }
}

/// How much the provider's liability is capped at (business clients only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LiabilityCap {
    /// No clause: the common law applies.
    None,
    /// The contract's total price excluding tax (not "the sums paid", which are nil
    /// before the first payment and would empty the obligation: C. civ. 1170).
    #[default]
    ContractPrice,
    /// A fixed amount.
    Amount,
}

/// Confidentiality, liability, termination and disputes.
#[derive(Debug, Clone, PartialEq)]
pub struct Terms {
    pub confidentiality: bool,
    pub confidentiality_years: String,
    pub liability: LiabilityCap,
    pub liability_amount: String,
    pub notice_days: String,
    /// Cancellation fee, in percent of the price of the work not yet done.
    pub cancellation_percent: String,
    /// Court for disputes: between traders (CPC art. 48), or with a business client
    /// established abroad (Brussels I bis art. 25, Hague 2005).
    pub court_city: String,
}

impl Default for Terms {
    fn default() -> Self {
        Terms {
            confidentiality: true,
            confidentiality_years: "2".into(),
            liability: LiabilityCap::ContractPrice,
            liability_amount: String::new(),
            notice_days: "15".into(),
            cancellation_percent: String::new(),
            court_city: String::new(),
        }
    }
}

/// Where a consumer contract is concluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Conclusion {
    /// At a distance (e-mail, phone, web): withdrawal right.
    #[default]
    Distance,
    /// Off the provider's premises (at the client's home…): withdrawal right.
    OffPremises,
    /// At the provider's premises: no withdrawal right.
    OnPremises,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConsumerTerms {
    pub conclusion: Conclusion,
    /// Work may start before the 14-day withdrawal period ends if the consumer asks for
    /// it in a separate signed request, annexed (C. consom. L221-25).
    pub early_start: bool,
    pub mediator_name: String,
    pub mediator_contact: String,
}

/// GDPR art. 28(3): the processor terms, when the provider handles personal data on
/// the client's behalf (a site with accounts or forms, a mailing list, coaching notes…).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataTerms {
    pub processing: bool,
    /// Which data: "names, e-mail addresses and orders of the site's customers".
    pub kinds: String,
    /// Whose data: "the client's customers and prospects".
    pub subjects: String,
    /// What is done with it, beyond the mission itself (hosting, sending newsletters…).
    pub purpose: String,
    /// Sub-processors the client authorises now (host, e-mail service…).
    pub subprocessors: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SignatureInfo {
    pub place: String,
    /// ISO date; empty means "to be dated at signature".
    pub date: String,
}

impl Default for Answers {
    fn default() -> Self {
        Answers {
            contract_lang: Lang::Fr,
            provider: Provider::default(),
            client: Client::default(),
            mission: Mission::default(),
            price: Price::default(),
            payment: Payment::default(),
            rights: Rights::default(),
            terms: Terms::default(),
            consumer: ConsumerTerms::default(),
            data: DataTerms::default(),
            signature: SignatureInfo::default(),
        }
    }
}

impl Answers {
    /// Is the client a consumer?
    pub fn is_consumer(&self) -> bool {
        self.client.kind == ClientKind::Consumer
    }

    /// Does the client get a 14-day withdrawal right?
    pub fn has_withdrawal(&self) -> bool {
        match self.client.kind {
            ClientKind::Consumer => self.consumer.conclusion != Conclusion::OnPremises,
            // C. consom. L221-3: small businesses outside their main activity, for
            // off-premises contracts only (distance contracts are not covered).
            ClientKind::Business => {
                self.client.small_business && self.consumer.conclusion == Conclusion::OffPremises && !self.is_foreign()
            }
        }
    }

    /// A business client established outside France.
    pub fn is_foreign(&self) -> bool {
        self.is_b2b() && self.client.established != Establishment::France
    }

    /// A business client established in another EU member state: reverse charge.
    pub fn is_eu_foreign(&self) -> bool {
        self.is_b2b() && self.client.established == Establishment::Eu
    }

    /// Building works: only for deliverables.
    pub fn is_building(&self) -> bool {
        self.mission.kind == MissionKind::Deliverables && self.mission.building_works
    }

    /// Coaching for a person other than the paying business client.
    pub fn has_beneficiary(&self) -> bool {
        self.is_b2b() && self.mission.kind == MissionKind::Accompaniment && self.mission.beneficiary
    }

    /// The processor terms of GDPR art. 28 apply.
    pub fn processes_data(&self) -> bool {
        self.data.processing
    }

    /// Invoiced on units actually delivered (per day, hour or session).
    pub fn is_unit_priced(&self) -> bool {
        self.price.mode.is_unit()
    }

    /// The provider must show a decennale insurance: building works (C. assur. L241-1).
    pub fn needs_decennale(&self) -> bool {
        self.is_building()
    }

    /// Are there creative deliverables whose rights must be dealt with?
    pub fn has_rights(&self) -> bool {
        self.mission.kind == MissionKind::Deliverables && self.mission.creative
    }

    pub fn is_free(&self) -> bool {
        self.price.mode == PriceMode::Free
    }

    /// Business-to-business payment rules (L441-10 penalties, 40 € indemnity) apply.
    pub fn is_b2b(&self) -> bool {
        self.client.kind == ClientKind::Business
    }

    /// A court-choice clause is allowed between traders (CPC art. 48, for domestic
    /// jurisdiction), and between businesses of different states even if neither is a
    /// trader (Brussels I bis art. 25 in the EU; Hague Convention of 2005 elsewhere).
    pub fn court_clause_allowed(&self) -> bool {
        self.is_b2b() && ((self.provider.trader && self.client.trader) || self.is_foreign())
    }
}

/// The last day of the consumer's 14-day withdrawal period for a contract concluded on
/// `concluded` (C. consom. L221-18 and L221-19): the day of conclusion is not counted,
/// and a period ending on a Saturday, a Sunday or a public holiday runs to the next
/// working day.
pub fn withdrawal_expiry(concluded: chrono::NaiveDate) -> chrono::NaiveDate {
    use chrono::{Datelike, Weekday};
    let mut day = concluded + chrono::Days::new(14);
    while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) || is_public_holiday(day) {
        day = day + chrono::Days::new(1);
    }
    day
}

/// French public holidays (Code du travail L3133-1), metropolitan France.
pub fn is_public_holiday(day: chrono::NaiveDate) -> bool {
    use chrono::Datelike;
    let fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)];
    if fixed.contains(&(day.month(), day.day())) {
        return true;
    }
    // Easter Monday, Ascension Thursday and Whit Monday follow Easter Sunday.
    let easter = easter_sunday(day.year());
    [1u64, 39, 50].iter().any(|&n| easter.is_some_and(|e| e + chrono::Days::new(n) == day))
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
fn easter_sunday(year: i32) -> Option<chrono::NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    chrono::NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

#[cfg(test)]
mod withdrawal_tests {
    use super::*;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_period_ends_fourteen_days_later_on_a_working_day() {
        assert_eq!(withdrawal_expiry(d(2027, 1, 8)), d(2027, 1, 22), "a Friday");
        assert_eq!(withdrawal_expiry(d(2026, 12, 20)), d(2027, 1, 4), "Sunday 3 January runs to Monday");
        assert_eq!(withdrawal_expiry(d(2027, 1, 11)), d(2027, 1, 25));
        // 7 April 2025 + 14 days is Easter Monday, 21 April 2025: the 22nd.
        assert_eq!(withdrawal_expiry(d(2025, 4, 7)), d(2025, 4, 22), "Easter Monday 21 April 2025");
        assert_eq!(easter_sunday(2027), Some(d(2027, 3, 28)));
        assert!(is_public_holiday(d(2027, 5, 6)), "Ascension 2027");
        assert!(is_public_holiday(d(2026, 12, 25)));
        assert!(!is_public_holiday(d(2026, 12, 24)));
    }
}
