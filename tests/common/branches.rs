//! The interview's text fields, branch by branch, found from the interview's own rules
//! (`flow::steps`, `flow::items`, `Field::kind`, the `Interview` reducer) rather than
//! written down: tests/e2e/privacy.test.mjs types a canary into every one of them
//! (through `cargo run --example interview_fields`), and tests/interview_fields.rs
//! checks the search natively. A question added to the interview is picked up here
//! with no change; a new kind of input or of list does not compile until it is sorted
//! below.
//!
//! A branch is a short sequence of what a user clicks from a new draft (a radio option,
//! a checkbox, "add an item"), then every text field it shows, filled. Branches are
//! found greedily: each one keeps taking the click (or, when no single click helps, the
//! two clicks) that shows the most text fields no earlier branch has shown, until none
//! does; the next branch starts again from a new draft, until every text field of the
//! interview has been shown by one of them.

use cadre::flow::{self, Item, Step};
use cadre::interview::{Action, Interview};
use cadre::json::{Map, Value};
use cadre::model::{Answers, Deliverable, Field, FieldKind, Lang, Milestone};

/// Whether a field of this kind is typed as free text (an `<input type="text|email">`
/// or a `<textarea>`): what can carry a user's words. Dates (`<input type="date">`),
/// checkboxes and radio choices cannot.
pub fn is_text(kind: FieldKind) -> bool {
    match kind {
        FieldKind::Text
        | FieldKind::LongText
        | FieldKind::Email
        | FieldKind::Money
        | FieldKind::Percent
        | FieldKind::Count => true,
        FieldKind::Date | FieldKind::Bool | FieldKind::Choice(_) => false,
    }
}

/// A field's key with its list item's id as `*` ("deliverable-*-title"): one name for
/// the same question in every item.
pub fn shape(field: Field) -> String {
    let key = field.key();
    key.split('-')
        .map(|part| if part.bytes().all(|b| b.is_ascii_digit()) { "*" } else { part })
        .collect::<Vec<_>>()
        .join("-")
}

/// Every text field the interview has, by shape: the scalar ones and those of a list item.
pub fn all_text_shapes() -> Vec<String> {
    let mut fields: Vec<Field> = Field::SCALARS.to_vec();
    fields.extend(Deliverable::default().fields());
    fields.extend(Milestone::default().fields());
    let mut shapes: Vec<String> = Vec::new();
    for s in fields.into_iter().filter(|f| is_text(f.kind())).map(shape) {
        if !shapes.contains(&s) {
            shapes.push(s);
        }
    }
    shapes
}

/// The text fields a step shows for these answers, in the order shown.
pub fn text_fields(step: Step, a: &Answers) -> Vec<Field> {
    let mut out = Vec::new();
    for item in flow::items(step, a) {
        let fields: Vec<Field> = match item {
            Item::Field(f) => vec![f],
            Item::Deliverables => a.mission.deliverables.iter().flat_map(Deliverable::fields).collect(),
            Item::Milestones => a.payment.milestones.iter().flat_map(Milestone::fields).collect(),
        };
        out.extend(fields.into_iter().filter(|f| is_text(f.kind())));
    }
    out
}

/// One click of a branch.
#[derive(Debug, Clone, PartialEq)]
pub enum Click {
    /// A radio option: `field` set to `value`.
    Choice { step: Step, field: Field, value: String },
    /// A checkbox, clicked so that it becomes `checked`.
    Check { step: Step, field: Field, checked: bool },
    /// "Add" under a list ("deliverables" or "milestones"); the new item's text fields.
    Add { step: Step, list: &'static str, fields: Vec<Field> },
}

impl Click {
    /// What the interview's reducer receives when the user clicks.
    pub fn action(&self) -> Action {
        match self {
            Click::Choice { field, value, .. } => Action::Set { field: *field, value: value.clone() },
            Click::Check { field, checked, .. } => Action::Set { field: *field, value: checked.to_string() },
            Click::Add { list: "deliverables", .. } => Action::AddDeliverable,
            Click::Add { .. } => Action::AddMilestone,
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Click::Choice { field, value, .. } => format!("{}={value}", field.key()),
            Click::Check { field, checked, .. } => format!("{}={checked}", field.key()),
            Click::Add { list, .. } => format!("+1 {list}"),
        }
    }
}

/// Every click the interview offers for these answers, step by step.
fn clicks(a: &Answers) -> Vec<Click> {
    let mut out = Vec::new();
    for step in flow::steps(a) {
        for item in flow::items(step, a) {
            match item {
                Item::Field(field) => match field.kind() {
                    FieldKind::Bool => out.push(Click::Check { step, field, checked: field.get(a) != "true" }),
                    FieldKind::Choice(keys) => {
                        let now = field.get(a);
                        out.extend(keys.iter().filter(|k| **k != now).map(|k| Click::Choice {
                            step,
                            field,
                            value: k.to_string(),
                        }));
                    }
                    FieldKind::Text
                    | FieldKind::LongText
                    | FieldKind::Email
                    | FieldKind::Date
                    | FieldKind::Money
                    | FieldKind::Percent
                    | FieldKind::Count => {}
                },
                Item::Deliverables => {
                    let id = a.next_id();
                    let fields = Deliverable { id, ..Default::default() }.fields().to_vec();
                    out.push(Click::Add { step, list: "deliverables", fields });
                }
                Item::Milestones => {
                    let id = a.next_id();
                    let fields = Milestone { id, ..Default::default() }.fields().to_vec();
                    out.push(Click::Add { step, list: "milestones", fields });
                }
            }
        }
    }
    out
}

/// One branch: its clicks, then every text field it shows with the canary typed in it.
#[derive(Debug, Clone)]
pub struct Branch {
    pub name: String,
    pub clicks: Vec<Click>,
    /// (step, field, canary), in the order the fields are filled.
    pub filled: Vec<(Step, Field, String)>,
    /// The steps of the interview once filled.
    pub steps: Vec<Step>,
}

/// The canary typed into `field` in branch `n`: unique to both.
pub fn canary(prefix: &str, n: usize, field: Field) -> String {
    format!("{prefix}-b{n}-{}", field.key())
}

/// Types the canary into every text field shown, step by step, as the browser test
/// does: a step is filled until it shows no empty field (a typed answer may reveal
/// another), and the steps are gone through again until a round fills nothing.
fn fill(state: &mut Interview, prefix: &str, n: usize) -> Vec<(Step, Field, String)> {
    let mut filled: Vec<(Step, Field, String)> = Vec::new();
    loop {
        let before = filled.len();
        for step in flow::steps(&state.answers) {
            loop {
                let new: Vec<Field> = text_fields(step, &state.answers)
                    .into_iter()
                    .filter(|f| !filled.iter().any(|(_, g, _)| g == f))
                    .collect();
                if new.is_empty() {
                    break;
                }
                for field in new {
                    let value = canary(prefix, n, field);
                    state.apply(Action::Set { field, value: value.clone() });
                    filled.push((step, field, value));
                }
            }
        }
        if filled.len() == before {
            return filled;
        }
    }
}

/// How many of `wanted` the state shows once filled.
fn score(state: &Interview, prefix: &str, n: usize, wanted: &[String]) -> usize {
    let mut s = state.clone();
    let filled = fill(&mut s, prefix, n);
    let shapes: Vec<String> = filled.iter().map(|(_, f, _)| shape(*f)).collect();
    wanted.iter().filter(|w| shapes.contains(w)).count()
}

fn apply(state: &Interview, click: &Click) -> Interview {
    let mut s = state.clone();
    s.apply(click.action());
    s
}

/// The branches that together show every text field of the interview, or the text
/// fields no branch of clicks from a new draft shows.
pub fn find(prefix: &str) -> Result<Vec<Branch>, String> {
    let mut uncovered = all_text_shapes();
    let mut branches = Vec::new();
    while !uncovered.is_empty() {
        let n = branches.len() + 1;
        let mut state = Interview::new(Answers::default(), Lang::Fr);
        let mut taken: Vec<Click> = Vec::new();
        let mut best = score(&state, prefix, n, &uncovered);
        loop {
            let mut next: Option<(usize, Vec<Click>)> = None;
            for c1 in clicks(&state.answers) {
                let s1 = apply(&state, &c1);
                let sc = score(&s1, prefix, n, &uncovered);
                if sc > best && next.as_ref().is_none_or(|(b, _)| sc > *b) {
                    next = Some((sc, vec![c1]));
                }
            }
            if next.is_none() {
                // Some fields need two clicks together (a court clause: both parties traders).
                for c1 in clicks(&state.answers) {
                    let s1 = apply(&state, &c1);
                    for c2 in clicks(&s1.answers) {
                        let sc = score(&apply(&s1, &c2), prefix, n, &uncovered);
                        if sc > best && next.as_ref().is_none_or(|(b, _)| sc > *b) {
                            next = Some((sc, vec![c1.clone(), c2]));
                        }
                    }
                }
            }
            let Some((sc, cs)) = next else { break };
            for c in cs {
                state = apply(&state, &c);
                taken.push(c);
            }
            best = sc;
        }
        if best == 0 {
            return Err(format!(
                "no branch of clicks from a new draft shows these text fields: {} \
                 (is each one in flow::items, under a condition one or two clicks can meet?)",
                uncovered.join(", ")
            ));
        }
        let filled = fill(&mut state, prefix, n);
        let shown: Vec<Field> =
            flow::steps(&state.answers).into_iter().flat_map(|s| text_fields(s, &state.answers)).collect();
        let mut filled_fields: Vec<Field> = filled.iter().map(|(_, f, _)| *f).collect();
        if shown.len() != filled_fields.len() || shown.iter().any(|f| !filled_fields.contains(f)) {
            return Err(format!(
                "branch {n}: typing in its fields hid some of them ({:?} filled, {:?} shown at the end)",
                filled_fields, shown
            ));
        }
        filled_fields.sort_by_key(|f| f.key());
        uncovered.retain(|s| !filled_fields.iter().any(|f| shape(*f) == *s));
        let name = if taken.is_empty() {
            "a new draft".to_string()
        } else {
            taken.iter().map(Click::describe).collect::<Vec<_>>().join(", ")
        };
        branches.push(Branch { name, clicks: taken, filled, steps: flow::steps(&state.answers) });
    }
    Ok(branches)
}

/// The branches as JSON, for the browser test.
pub fn to_json(branches: &[Branch]) -> Value {
    let branches: Vec<Value> = branches
        .iter()
        .map(|b| {
            let clicks: Vec<Value> = b
                .clicks
                .iter()
                .map(|c| {
                    let mut m = Map::new();
                    match c {
                        Click::Choice { step, field, value } => {
                            m.insert("kind", "choice".into());
                            m.insert("step", step.id().into());
                            m.insert("key", field.key().into());
                            m.insert("value", value.as_str().into());
                        }
                        Click::Check { step, field, checked } => {
                            m.insert("kind", "check".into());
                            m.insert("step", step.id().into());
                            m.insert("key", field.key().into());
                            m.insert("checked", (*checked).into());
                        }
                        Click::Add { step, list, fields } => {
                            m.insert("kind", "add".into());
                            m.insert("step", step.id().into());
                            m.insert("list", (*list).into());
                            m.insert("keys", Value::Array(fields.iter().map(|f| f.key().into()).collect()));
                        }
                    }
                    Value::Object(m)
                })
                .collect();
            let fields: Vec<Value> = b
                .filled
                .iter()
                .map(|(step, field, canary)| {
                    let mut m = Map::new();
                    m.insert("step", step.id().into());
                    m.insert("key", field.key().into());
                    m.insert("canary", canary.as_str().into());
                    Value::Object(m)
                })
                .collect();
            let mut m = Map::new();
            m.insert("name", b.name.as_str().into());
            m.insert("clicks", Value::Array(clicks));
            m.insert("fields", Value::Array(fields));
            m.insert("steps", Value::Array(b.steps.iter().map(|s| s.id().into()).collect()));
            Value::Object(m)
        })
        .collect();
    let mut m = Map::new();
    m.insert("textFields", Value::Array(all_text_shapes().into_iter().map(Value::from).collect()));
    m.insert("branches", Value::Array(branches));
    Value::Object(m)
}
