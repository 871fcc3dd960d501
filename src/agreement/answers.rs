//! The answers inside a message, compact: their values only, in a fixed order, with
//! no key names (half the length of their JSON once deflated, which decides whether
//! a contract fits in a link). The order is frozen per payload format (`LAYOUT_1`);
//! reading goes back through the stored JSON of the message's schema version, so a
//! link made by an older Cadre is upgraded by the same migrations as an old draft.

use super::frame::PayloadError;
use crate::json::{self, Map, Value};
use crate::model::{self, Answers};
use crate::storage::migrate;
use serde::{Deserialize, Serialize};

/// One scalar answer's value, as the stored JSON holds it.
#[derive(Debug, Serialize, Deserialize)]
enum Slot {
    Text(String),
    Flag(bool),
}

/// The answers as a message carries them.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct Compact {
    /// The stored JSON's schema version they were written in.
    schema: u32,
    /// The scalar answers, in the order of `LAYOUT_1`.
    scalars: Vec<Slot>,
    /// Deliverables: id, title, due date.
    deliverables: Vec<(u32, String, String)>,
    /// Payment instalments: id, label, percent, due date.
    milestones: Vec<(u32, String, String, String)>,
}

impl Compact {
    pub(super) fn of(a: &Answers) -> Compact {
        let json = model::to_json(a);
        let scalars = LAYOUT_1
            .iter()
            .map(|path| match lookup(&json, path) {
                Some(Value::Bool(b)) => Slot::Flag(*b),
                Some(Value::String(s)) => Slot::Text(s.clone()),
                _ => unreachable!("every path of the layout is an answer of this build"),
            })
            .collect();
        Compact {
            schema: crate::storage::CURRENT_VERSION,
            scalars,
            deliverables: a.mission.deliverables.iter().map(|d| (d.id, d.title.clone(), d.due.clone())).collect(),
            milestones: a
                .payment
                .milestones
                .iter()
                .map(|m| (m.id, m.label.clone(), m.percent.clone(), m.due.clone()))
                .collect(),
        }
    }

    /// The answers, upgraded from their schema version to this build's.
    pub(super) fn read(self) -> Result<Answers, PayloadError> {
        let unreadable = |why: String| PayloadError::Unreadable(format!("answers: {why}"));
        if self.schema > crate::storage::CURRENT_VERSION {
            return Err(PayloadError::Newer);
        }
        if self.scalars.len() != LAYOUT_1.len() {
            return Err(unreadable("layout".into()));
        }
        let mut root = Map::new();
        for (path, slot) in LAYOUT_1.iter().zip(self.scalars) {
            let value = match slot {
                Slot::Text(s) => Value::String(s),
                Slot::Flag(b) => Value::Bool(b),
            };
            insert(&mut root, path, value);
        }
        let deliverables = self.deliverables.into_iter().map(|(id, title, due)| {
            json::object([("id", Value::from(id)), ("title", title.into()), ("due", due.into())])
        });
        insert(&mut root, "mission.deliverables", Value::Array(deliverables.collect()));
        let milestones = self.milestones.into_iter().map(|(id, label, percent, due)| {
            json::object([
                ("id", Value::from(id)),
                ("label", label.into()),
                ("percent", percent.into()),
                ("due", due.into()),
            ])
        });
        insert(&mut root, "payment.milestones", Value::Array(milestones.collect()));
        let envelope = json::object([("draft", json::object([("answers", Value::Object(root))]))]);
        let upgraded = migrate::upgrade(envelope, self.schema).map_err(unreadable)?;
        let answers = upgraded.get("draft").and_then(|d| d.get("answers")).ok_or_else(|| unreadable("lost".into()))?;
        model::from_json(answers).map_err(unreadable)
    }
}

fn lookup<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |v, key| v.get(key))
}

fn insert(root: &mut Map, path: &str, value: Value) {
    match path.split_once('.') {
        None => {
            root.insert(path, value);
        }
        Some((head, rest)) => {
            if root.get(head).and_then(Value::as_object).is_none() {
                root.insert(head, Value::Object(Map::new()));
            }
            if let Some(Value::Object(inner)) = root.get_mut(head) {
                insert(inner, rest, value);
            }
        }
    }
}

/// The stored-JSON paths of the scalar answers, in the order a message of payload
/// format 1 lists their values. Frozen: a question added to the interview needs a
/// `LAYOUT_2` and `FORMAT` 2, and format 1 stays readable (a test fails until then).
pub(super) const LAYOUT_1: &[&str] = &[
    "contract_lang",
    "provider.name",
    "provider.status",
    "provider.legal_form",
    "provider.siren",
    "provider.registry",
    "provider.registry_city",
    "provider.address",
    "provider.email",
    "provider.vat_franchise",
    "provider.vat_number",
    "provider.vat_rate",
    "provider.trader",
    "provider.insurance",
    "provider.insurance_cover",
    "provider.insurer",
    "provider.insurer_address",
    "provider.policy",
    "provider.policy_civil",
    "provider.insurance_area",
    "provider.signatory",
    "provider.signatory_role",
    "client.kind",
    "client.name",
    "client.legal_form",
    "client.established",
    "client.country",
    "client.registration",
    "client.vat_number",
    "client.representative",
    "client.representative_role",
    "client.address",
    "client.email",
    "client.trader",
    "client.small_business",
    "mission.title",
    "mission.description",
    "mission.kind",
    "mission.creative",
    "mission.building_works",
    "mission.digital",
    "mission.client_inputs",
    "mission.exclusions",
    "mission.annexed_documents",
    "data.processing",
    "data.kinds",
    "data.subjects",
    "data.purpose",
    "data.subprocessors",
    "mission.acceptance_days",
    "mission.revisions_unlimited",
    "mission.revision_rounds",
    "mission.extra_round_price",
    "mission.sessions",
    "mission.session_minutes",
    "mission.frequency",
    "mission.channels",
    "mission.reschedule_hours",
    "mission.unused_sessions",
    "mission.beneficiary",
    "mission.beneficiary_name",
    "mission.beneficiary_role",
    "mission.start_date",
    "mission.end_date",
    "mission.workload_days",
    "price.mode",
    "price.amount",
    "price.cap_units",
    "price.expenses_on_approval",
    "price.free_value",
    "payment.deposit",
    "payment.deposit_value",
    "payment.unit_invoicing",
    "payment.term",
    "payment.term_days",
    "payment.penalty",
    "payment.penalty_rate",
    "payment.method",
    "rights.mode",
    "rights.reproduction",
    "rights.representation",
    "rights.adaptation",
    "rights.distribution",
    "rights.exclusive",
    "rights.purpose",
    "rights.media",
    "rights.territory",
    "rights.duration_years",
    "rights.on_full_payment",
    "rights.portfolio",
    "terms.confidentiality",
    "terms.confidentiality_years",
    "terms.liability",
    "terms.liability_amount",
    "terms.notice_days",
    "terms.cancellation_percent",
    "terms.court_city",
    "consumer.conclusion",
    "consumer.early_start",
    "consumer.mediator_name",
    "consumer.mediator_contact",
    "provider.phone",
    "signature.place",
    "signature.date",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Field;

    #[test]
    fn the_layout_of_format_1_lists_every_answer_of_this_build() {
        let paths: Vec<String> = Field::SCALARS.iter().map(|f| f.json_path().join(".")).collect();
        assert_eq!(
            super::super::frame::FORMAT,
            1,
            "a new format needs its own layout; keep LAYOUT_1 for the links already sent"
        );
        assert_eq!(LAYOUT_1, paths, "the answers changed: add LAYOUT_2, bump frame::FORMAT, keep reading format 1");
    }

    #[test]
    fn answers_of_a_newer_schema_are_newer() {
        let mut c = Compact::of(&Answers::default());
        c.schema += 1;
        assert_eq!(c.read().unwrap_err(), PayloadError::Newer);
    }

    #[test]
    fn answers_of_schema_1_are_upgraded() {
        let mut a = Answers::default();
        Field::Liability.set(&mut a, "contract_price");
        let mut c = Compact::of(&a);
        c.schema = 1;
        let i = LAYOUT_1.iter().position(|p| *p == "terms.liability").unwrap();
        c.scalars[i] = Slot::Text("price_paid".into());
        assert_eq!(c.read().unwrap(), a, "the cap at the sums paid became the contract's price");
    }
}
