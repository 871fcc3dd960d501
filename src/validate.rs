//! Answers → a typed `Contract`, with every blocking problem named at its field.
//!
//! `check` always returns a contract (with gaps where answers are missing or wrong) so
//! a draft can still be previewed and exported marked "PROJET"; `validate` is the
//! strict form.

use crate::model::money::{parse_count, NumberError};
use crate::model::*;
use chrono::NaiveDate;

/// The answers, read into typed values. Text answers are read from `answers`.
#[derive(Debug, Clone, PartialEq)]
pub struct Contract {
    pub answers: Answers,
    /// Price excl. tax: the fixed price, or unit rate × cap. `None` when free or unknown.
    pub total: Option<Money>,
    pub unit_rate: Option<Money>,
    pub cap_units: Option<u32>,
    /// How VAT applies; `vat_rate` is its rate when French VAT is charged.
    pub vat: Vat,
    /// `None` unless French VAT is added to the price.
    pub vat_rate: Option<Percent>,
    pub installments: Vec<Installment>,
    pub term: Term,
    pub penalty: Penalty,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub deliverables: Vec<(String, Option<NaiveDate>)>,
    pub acceptance_days: Option<u32>,
    /// `None` means unlimited.
    pub revision_rounds: Option<u32>,
    pub extra_round_price: Option<Money>,
    pub sessions: Option<u32>,
    pub session_minutes: Option<u32>,
    pub reschedule_hours: Option<u32>,
    pub workload_days: Option<u32>,
    pub rights_years: Option<u32>,
    pub confidentiality_years: Option<u32>,
    pub notice_days: Option<u32>,
    pub cancellation: Option<Percent>,
    pub liability_amount: Option<Money>,
    pub free_value: Option<Money>,
    pub signature_date: Option<NaiveDate>,
}

impl Contract {
    /// A date the provider commits to: the end date or a deliverable's due date.
    pub fn has_deadline(&self) -> bool {
        self.end.is_some() || self.deliverables.iter().any(|(_, due)| due.is_some())
    }
}

/// One payment of the schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct Installment {
    pub kind: InstallmentKind,
    pub percent: Option<Percent>,
    pub amount: Option<Money>,
    pub due: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum InstallmentKind {
    /// The acompte, due at signature.
    Deposit,
    Milestone(String),
    /// What remains, due on delivery / at the end of the mission.
    Balance,
}

/// How VAT applies to the price.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vat {
    /// Franchise en base: "TVA non applicable, art. 293 B du CGI".
    Franchise,
    /// French VAT at this rate is added.
    Rate(Percent),
    /// Business client in another EU state: the client accounts for VAT (CGI art.
    /// 259-1 and 283-2; directive 2006/112/CE art. 196).
    ReverseCharge,
    /// Business client outside the EU: no French VAT (CGI art. 259-1).
    OutsideEu,
}

/// When an invoice falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    OnReceipt,
    Days(u32),
    EndOfMonth45,
}

impl Term {
    /// When an invoice sent on `invoiced` falls due. « 45 jours fin de mois » is
    /// counted as 45 days, then to the end of that month (the usual reading; the
    /// other, end of month then 45 days, is never later by more than a few days).
    pub fn due(self, invoiced: chrono::NaiveDate) -> chrono::NaiveDate {
        use chrono::Datelike;
        let plus = |d: chrono::NaiveDate, n: u32| d.checked_add_days(chrono::Days::new(n.into())).unwrap_or(d);
        match self {
            Term::OnReceipt => invoiced,
            Term::Days(n) => plus(invoiced, n),
            Term::EndOfMonth45 => {
                let d = plus(invoiced, 45);
                let first_next = if d.month() == 12 {
                    chrono::NaiveDate::from_ymd_opt(d.year() + 1, 1, 1)
                } else {
                    chrono::NaiveDate::from_ymd_opt(d.year(), d.month() + 1, 1)
                };
                first_next.and_then(|f| f.pred_opt()).unwrap_or(d)
            }
        }
    }
}

/// Late-payment interest between businesses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Penalty {
    EcbPlus10,
    TripleLegal,
    Fixed(Percent),
}

/// Legal maximum payment term between businesses, in days from the invoice date
/// (Code de commerce L441-10).
pub const MAX_TERM_DAYS: u32 = 60;

/// A blocking problem, named at its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: Field,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    Required,
    Number(NumberError),
    Date,
    Email,
    /// Not 9 (SIREN) or 14 (SIRET) digits, or a wrong check digit.
    Siren,
    PercentOver100,
    DepositOverPrice,
    ScheduleOver100,
    ZeroPrice,
    EndBeforeStart,
    /// A deliverable (named by its title, or its number when untitled) due after the
    /// mission's end: said at its due date.
    DueAfterEnd {
        deliverable: String,
    },
    /// The same conflict, said at the end date, so it is seen when that date is left.
    EndBeforeDue {
        deliverable: String,
    },
    /// Beyond 60 days (L441-10): refused.
    TermTooLong,
    ZeroCount,
    /// Building works need a décennale insurance (C. assur. L241-1).
    DecennaleRequired,
    /// The start falls inside the consumer's 14-day withdrawal period, with no early
    /// start offered (C. consom. L221-25).
    StartInWithdrawalPeriod,
}

impl Problem {
    /// A sentence the user can act on, in the interface language (`i18n::problems`).
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::problems::message(&self.kind, lang)
    }
}

/// The result of reading answers: a best-effort contract and what blocks it.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub contract: Contract,
    pub problems: Vec<Problem>,
}

/// Strict validation: the contract only when nothing blocks it.
pub fn validate(answers: &Answers) -> Result<Contract, Vec<Problem>> {
    let checked = check(answers);
    if checked.problems.is_empty() {
        Ok(checked.contract)
    } else {
        Err(checked.problems)
    }
}

/// Collects problems while reading values.
struct Reader<'a> {
    a: &'a Answers,
    problems: Vec<Problem>,
}

impl Reader<'_> {
    fn problem(&mut self, field: Field, kind: ProblemKind) {
        if !self.problems.iter().any(|p| p.field == field) {
            self.problems.push(Problem { field, kind });
        }
    }

    fn require(&mut self, field: Field) {
        if field.get(self.a).trim().is_empty() {
            self.problem(field, ProblemKind::Required);
        }
    }

    /// Reads a number with `parse`; an empty optional field is `None`, anything else
    /// that does not parse is a problem at the field.
    fn number<T>(&mut self, field: Field, required: bool, parse: fn(&str) -> Result<T, NumberError>) -> Option<T> {
        match parse(&field.get(self.a)) {
            Ok(n) => Some(n),
            Err(NumberError::Empty) if !required => None,
            Err(NumberError::Empty) => {
                self.problem(field, ProblemKind::Required);
                None
            }
            Err(e) => {
                self.problem(field, ProblemKind::Number(e));
                None
            }
        }
    }

    fn money(&mut self, field: Field, required: bool) -> Option<Money> {
        self.number(field, required, Money::parse)
    }

    fn percent(&mut self, field: Field, required: bool) -> Option<Percent> {
        let p = self.number(field, required, Percent::parse)?;
        if p > Percent::whole(100) {
            self.problem(field, ProblemKind::PercentOver100);
            return None;
        }
        Some(p)
    }

    fn count(&mut self, field: Field, required: bool) -> Option<u32> {
        self.number(field, required, parse_count)
    }

    fn date(&mut self, field: Field, required: bool) -> Option<NaiveDate> {
        let v = field.get(self.a);
        let v = v.trim();
        if v.is_empty() {
            if required {
                self.problem(field, ProblemKind::Required);
            }
            return None;
        }
        match crate::model::date::parse_iso(v) {
            Some(d) => Some(d),
            None => {
                self.problem(field, ProblemKind::Date);
                None
            }
        }
    }

    fn email(&mut self, field: Field) {
        let v = field.get(self.a);
        let v = v.trim();
        if v.is_empty() {
            return;
        }
        let ok = crate::model::text::is_email(v);
        if !ok {
            self.problem(field, ProblemKind::Email);
        }
    }

    fn siren(&mut self, field: Field, required: bool) {
        let v = field.get(self.a);
        if crate::model::text::siren_digits(&v).is_empty() {
            if required {
                self.problem(field, ProblemKind::Required);
            }
            return;
        }
        if !crate::model::text::is_siren(&v) {
            self.problem(field, ProblemKind::Siren);
        }
    }
}

/// Where a field stands in the interview, so problems list in the order asked.
pub fn interview_order(f: Field) -> usize {
    let anchor = match f {
        Field::DeliverableTitle(_) | Field::DeliverableDue(_) => Field::MissionKind,
        Field::MilestoneLabel(_) | Field::MilestonePercent(_) | Field::MilestoneDue(_) => Field::DepositValue,
        other => other,
    };
    Field::SCALARS.iter().position(|s| *s == anchor).unwrap_or(usize::MAX)
}

/// Reads the answers; never fails.
pub fn check(a: &Answers) -> Checked {
    let mut r = Reader { a, problems: Vec::new() };
    let p = &a.provider;
    let c = &a.client;

    // The provider.
    r.require(Field::ProviderName);
    r.require(Field::ProviderAddress);
    r.siren(Field::ProviderSiren, p.status != ProviderStatus::Other);
    if p.status == ProviderStatus::Company {
        r.require(Field::ProviderLegalForm);
        r.require(Field::ProviderSignatory);
    }
    // Artisans are registered in the national register (RNE), which needs no city.
    if p.registry == Registry::Rcs {
        r.require(Field::ProviderRegistryCity);
    }
    r.email(Field::ProviderEmail);
    // Services to a business established abroad are taxed where the client is (CGI
    // art. 259-1): no French VAT; within the EU, both VAT numbers for the reverse charge.
    if !p.vat_franchise || a.is_eu_foreign() {
        r.require(Field::ProviderVatNumber);
    }
    let vat = match c.established {
        _ if !a.is_foreign() && p.vat_franchise => Vat::Franchise,
        _ if !a.is_foreign() => {
            r.percent(Field::ProviderVatRate, true).map_or(Vat::Rate(Percent::whole(20)), Vat::Rate)
        }
        Establishment::Eu => Vat::ReverseCharge,
        _ => Vat::OutsideEu,
    };
    let vat_rate = match vat {
        Vat::Rate(rate) => Some(rate),
        _ => None,
    };
    if p.insurance {
        r.require(Field::ProviderInsurer);
        r.require(Field::ProviderInsurerAddress);
        r.require(Field::ProviderPolicy);
        if p.insurance_cover == InsuranceCover::Both {
            r.require(Field::ProviderPolicyCivil);
        }
        r.require(Field::ProviderInsuranceArea);
    }
    // Code des assurances L241-1: whoever builds must hold a décennale insurance.
    if a.needs_decennale() {
        if !p.insurance {
            r.problem(Field::ProviderInsurance, ProblemKind::DecennaleRequired);
        } else if !p.insurance_cover.has_decennale() {
            r.problem(Field::ProviderInsuranceCover, ProblemKind::DecennaleRequired);
        }
    }

    // The client.
    r.require(Field::ClientName);
    r.require(Field::ClientAddress);
    r.email(Field::ClientEmail);
    if a.is_foreign() {
        // A foreign company number is not a SIREN: no French check digit.
        r.require(Field::ClientCountry);
        if a.is_eu_foreign() {
            r.require(Field::ClientVatNumber);
        }
    } else if c.kind == ClientKind::Business {
        r.siren(Field::ClientRegistration, false);
    }
    if a.is_consumer() {
        // Pre-contract information owed to a consumer (C. consom. L111-1, R111-1).
        r.require(Field::ProviderPhone);
    }
    if a.has_beneficiary() {
        r.require(Field::BeneficiaryName);
    }
    if a.processes_data() {
        // GDPR art. 28(3): the types of data and the categories of persons.
        r.require(Field::DataKinds);
        r.require(Field::DataSubjects);
    }

    // The mission.
    r.require(Field::MissionTitle);
    let start = r.date(Field::StartDate, false);
    let end = r.date(Field::EndDate, false);
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            r.problem(Field::EndDate, ProblemKind::EndBeforeStart);
        }
    }
    let mut deliverables = Vec::new();
    let mut sessions = None;
    let mut session_minutes = None;
    let mut reschedule_hours = None;
    let (mut acceptance_days, mut revision_rounds, mut extra_round_price) = (None, None, None);
    match a.mission.kind {
        MissionKind::Deliverables => {
            let named: Vec<&Deliverable> =
                a.mission.deliverables.iter().filter(|d| !d.title.trim().is_empty()).collect();
            if named.is_empty() {
                match a.mission.deliverables.first() {
                    Some(d) => r.problem(Field::DeliverableTitle(d.id), ProblemKind::Required),
                    None => r.problem(Field::MissionDescription, ProblemKind::Required),
                }
            }
            for (i, d) in a.mission.deliverables.iter().enumerate() {
                let due = r.date(Field::DeliverableDue(d.id), false);
                if let (Some(due), Some(end)) = (due, end) {
                    if due > end {
                        let deliverable = match d.title.trim() {
                            "" => format!("{}", i + 1),
                            t => t.to_string(),
                        };
                        r.problem(
                            Field::DeliverableDue(d.id),
                            ProblemKind::DueAfterEnd { deliverable: deliverable.clone() },
                        );
                        r.problem(Field::EndDate, ProblemKind::EndBeforeDue { deliverable });
                    }
                }
                if !d.title.trim().is_empty() {
                    deliverables.push((d.title.trim().to_string(), due));
                }
            }
            if !a.is_building() {
                acceptance_days = r.count(Field::AcceptanceDays, false);
            }
            if !a.is_building() && !a.is_unit_priced() {
                if !a.mission.revisions_unlimited {
                    revision_rounds = r.count(Field::RevisionRounds, true);
                }
                if !a.is_free() {
                    extra_round_price = r.money(Field::ExtraRoundPrice, false);
                }
            }
        }
        MissionKind::Accompaniment => {
            sessions = r.count(Field::Sessions, false);
            if sessions == Some(0) {
                r.problem(Field::Sessions, ProblemKind::ZeroCount);
            }
            session_minutes = r.count(Field::SessionMinutes, false);
            reschedule_hours = r.count(Field::RescheduleHours, false);
        }
    }
    let workload_days = r.count(Field::WorkloadDays, false);

    // Price.
    let (mut total, mut unit_rate, mut cap_units, mut free_value) = (None, None, None, None);
    match a.price.mode {
        PriceMode::Free => free_value = r.money(Field::FreeValue, false),
        PriceMode::Fixed => {
            total = r.money(Field::PriceAmount, true);
            if total == Some(Money(0)) {
                r.problem(Field::PriceAmount, ProblemKind::ZeroPrice);
            }
        }
        _ => {
            unit_rate = r.money(Field::PriceAmount, true);
            if unit_rate == Some(Money(0)) {
                r.problem(Field::PriceAmount, ProblemKind::ZeroPrice);
            }
            cap_units = r.count(Field::PriceCap, true);
            if cap_units == Some(0) {
                r.problem(Field::PriceCap, ProblemKind::ZeroCount);
            }
            if let (Some(rate), Some(n)) = (unit_rate, cap_units) {
                total = Some(Money(rate.0.saturating_mul(n as i64)));
            }
        }
    }

    // Payment schedule, term and penalties (not for free work).
    let mut installments = Vec::new();
    let mut term = Term::Days(30);
    let mut penalty = Penalty::EcbPlus10;
    if !a.is_free() {
        let mut used = Percent(0);
        let deposit = match a.payment.deposit {
            DepositKind::None => None,
            DepositKind::Percent => {
                r.percent(Field::DepositValue, true).map(|p| (Some(p), total.map(|t| t.percent(p))))
            }
            DepositKind::Amount => r.money(Field::DepositValue, true).map(|m| {
                if let Some(t) = total {
                    if m > t {
                        r.problem(Field::DepositValue, ProblemKind::DepositOverPrice);
                    }
                }
                let pct = total.filter(|t| t.0 > 0).map(|t| Percent(m.0 * 10000 / t.0));
                (pct, Some(m))
            }),
        };
        if let Some((pct, amount)) = deposit {
            used = Percent(used.0 + pct.map_or(0, |p| p.0));
            installments.push(Installment { kind: InstallmentKind::Deposit, percent: pct, amount, due: None });
        }
        // Per-unit prices are invoiced on the units delivered: no milestones.
        let milestones: &[Milestone] = if a.is_unit_priced() { &[] } else { &a.payment.milestones };
        for m in milestones {
            let pct = r.percent(Field::MilestonePercent(m.id), true);
            let due = r.date(Field::MilestoneDue(m.id), false);
            if m.label.trim().is_empty() {
                r.problem(Field::MilestoneLabel(m.id), ProblemKind::Required);
            }
            if let Some(p) = pct {
                used = Percent(used.0 + p.0);
                if used > Percent::whole(100) {
                    r.problem(Field::MilestonePercent(m.id), ProblemKind::ScheduleOver100);
                }
            }
            installments.push(Installment {
                kind: InstallmentKind::Milestone(m.label.trim().to_string()),
                percent: pct,
                amount: pct.and_then(|p| total.map(|t| t.percent(p))),
                due,
            });
        }
        // A per-unit price has no balance: each invoice bills the units delivered.
        if used < Percent::whole(100) && !a.is_unit_priced() {
            let rest = Percent(10000 - used.0);
            let paid: i64 = installments.iter().filter_map(|i| i.amount).map(|m| m.0).sum();
            installments.push(Installment {
                kind: InstallmentKind::Balance,
                percent: Some(rest),
                amount: total.map(|t| Money(t.0 - paid)),
                due: end,
            });
        }
        term = match a.payment.term {
            TermKind::OnReceipt => Term::OnReceipt,
            TermKind::EndOfMonth45 => Term::EndOfMonth45,
            TermKind::Days => {
                let d = r.count(Field::TermDays, true).unwrap_or(30);
                if a.is_b2b() && d > MAX_TERM_DAYS {
                    r.problem(Field::TermDays, ProblemKind::TermTooLong);
                }
                Term::Days(d)
            }
        };
        penalty = match a.payment.penalty {
            PenaltyKind::EcbPlus10 => Penalty::EcbPlus10,
            PenaltyKind::TripleLegal => Penalty::TripleLegal,
            PenaltyKind::Fixed => match r.percent(Field::PenaltyRate, true) {
                Some(p) => Penalty::Fixed(p),
                None => Penalty::EcbPlus10,
            },
        };
    }

    // Rights, confidentiality, liability, termination.
    // CPI L131-3: each right assigned is delimited by its purpose, its media and its
    // territory (its duration defaults to the term of protection); a licence names its
    // purpose and territory (its media follow from the purpose).
    if a.has_rights() {
        r.require(Field::RightsPurpose);
        r.require(Field::RightsTerritory);
        if a.rights.mode == IpMode::Assignment {
            r.require(Field::RightsMedia);
        }
    }
    // Empty: the whole term of copyright protection.
    let rights_years = if a.has_rights() { r.count(Field::RightsDuration, false) } else { None };
    if a.has_rights() && rights_years == Some(0) {
        r.problem(Field::RightsDuration, ProblemKind::ZeroCount);
    }
    let confidentiality_years = if a.terms.confidentiality { r.count(Field::ConfidentialityYears, true) } else { None };
    let liability_amount = if a.is_b2b() && a.terms.liability == LiabilityCap::Amount {
        r.money(Field::LiabilityAmount, true)
    } else {
        None
    };
    let notice_days = r.count(Field::NoticeDays, false);
    // A cancellation fee binds the client alone: never for a consumer (R212-2).
    let cancellation = if a.is_free() || !a.is_b2b() { None } else { r.percent(Field::CancellationPercent, false) };
    let signature_date = r.date(Field::SignatureDate, false);
    if let (Some(s), Some(signed)) = (start, signature_date) {
        if a.has_withdrawal() && !a.consumer.early_start && s <= withdrawal_expiry(signed) {
            r.problem(Field::StartDate, ProblemKind::StartInWithdrawalPeriod);
        }
    }

    // Keep the problems in the interview's order.
    crate::order::sort_by_key(&mut r.problems, |p| interview_order(p.field));

    Checked {
        problems: r.problems,
        contract: Contract {
            answers: a.clone(),
            total,
            unit_rate,
            cap_units,
            vat,
            vat_rate,
            installments,
            term,
            penalty,
            start,
            end,
            deliverables,
            acceptance_days,
            revision_rounds,
            extra_round_price,
            sessions,
            session_minutes,
            reschedule_hours,
            workload_days,
            rights_years,
            confidentiality_years,
            notice_days,
            cancellation,
            liability_amount,
            free_value,
            signature_date,
        },
    }
}
