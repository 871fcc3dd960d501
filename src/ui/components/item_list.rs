//! The editor of a list of the answers (deliverables, payment instalments): a heading,
//! the items (each its questions, the first numbered, and "Remove"), and "Add", which
//! stops at the list's cap with a word beside it. One editor; `List` says which list it edits.
//!
//! The list and each item are memoised components (a component type costs about 0.7 KB
//! of gzipped wasm, worth it here): they get their items' values, not the answers, so a
//! keystroke elsewhere skips the list, and a keystroke in one item of 200 re-renders
//! that item alone. A long list opens with its first items and adds the rest a batch
//! per task (`aria-busy` meanwhile), so a step of 200 items shows its first question at
//! once instead of after every item is built.

use super::field_input::FieldInput;
use crate::i18n;
use crate::interview::Action;
use crate::model::{self, Answers, Field, Lang};
use crate::ui::state::{make_callback, Dispatch, Shown};
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// Items built when a list opens (more than a screenful), then per batch after it.
const FIRST: usize = 10;
const BATCH: usize = 10;

/// Which list of the answers an `ItemList` edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Deliverables,
    Milestones,
}

impl List {
    /// Each item's id and questions with their answers, in order.
    pub fn rows(self, a: &Answers) -> Rc<Vec<Row>> {
        let row = |id: u32, answers: &[(Field, &str)]| Row {
            id,
            values: answers.iter().map(|&(f, v)| (f, AttrValue::from(v.to_string()))).collect(),
        };
        Rc::new(match self {
            List::Deliverables => a.mission.deliverables.iter().map(|d| row(d.id, &d.answers())).collect(),
            List::Milestones => a.payment.milestones.iter().map(|m| row(m.id, &m.answers())).collect(),
        })
    }

    fn add(self) -> Action {
        match self {
            List::Deliverables => Action::AddDeliverable,
            List::Milestones => Action::AddMilestone,
        }
    }

    fn remove(self, id: u32) -> Action {
        match self {
            List::Deliverables => Action::RemoveDeliverable { id },
            List::Milestones => Action::RemoveMilestone { id },
        }
    }

    /// The model's list, for its cap.
    fn model(self) -> model::ItemList {
        match self {
            List::Deliverables => model::ItemList::Deliverables,
            List::Milestones => model::ItemList::Milestones,
        }
    }

    /// The id of the list's heading.
    fn title_id(self) -> &'static str {
        match self {
            List::Deliverables => "deliverables-title",
            List::Milestones => "milestones-title",
        }
    }

    /// Heading, help under it, and the "Add" button's label.
    fn words(self, ui: &i18n::Ui) -> (&'static str, Option<&'static str>, &'static str) {
        match self {
            List::Deliverables => (ui.deliverables_title, None, ui.add_deliverable),
            List::Milestones => (ui.milestones_title, Some(ui.milestones_help), ui.add_milestone),
        }
    }
}

/// One item: its id, and its questions with their answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: u32,
    /// Shared: the list hands each item its row without copying it.
    pub values: Rc<[(Field, AttrValue)]>,
}

#[derive(Properties, PartialEq)]
pub struct ItemListProps {
    pub list: List,
    /// `List::rows` of the answers.
    pub rows: Rc<Vec<Row>>,
    pub problems: Rc<Shown>,
    pub lang: Lang,
    pub dispatch: Dispatch,
    /// A field about to get the focus (a new item, a "Fix" link): its item is built at
    /// once.
    #[prop_or_default]
    pub reveal: Option<Field>,
}

#[function_component(ItemList)]
pub fn item_list(p: &ItemListProps) -> Html {
    let list = p.list;
    let (title, help, add_label) = list.words(i18n::ui(p.lang));
    // At its cap the list takes no more: "Add" says why beside it (the reducer refuses too).
    let full = p.rows.len() >= list.model().max();
    let full_id = format!("{}-full", list.title_id());
    let onadd = make_callback(&p.dispatch, move |_: MouseEvent| list.add());
    let built = use_state(|| FIRST);
    let revealed = p.reveal.and_then(|f| p.rows.iter().position(|r| r.values.iter().any(|&(g, _)| g == f)));
    let shown = (*built).max(revealed.map_or(0, |i| i + 1)).min(p.rows.len());
    let busy = shown < p.rows.len();
    {
        let built = built.clone();
        use_effect_with((shown, busy), move |&(shown, busy)| {
            let next = busy.then(|| Timeout::new(0, move || built.set(shown + BATCH)));
            move || drop(next)
        });
    }
    let items = p.rows[..shown].iter().enumerate().map(|(n, row)| {
        html! {
            <Item key={row.id} {list} row={row.clone()} number={n + 1} problems={p.problems.clone()}
                lang={p.lang} dispatch={p.dispatch.clone()} />
        }
    });
    html! {
        <section class="list" aria-labelledby={list.title_id()}>
            <h3 id={list.title_id()}>{ title }</h3>
            if let Some(help) = help {
                <p class="hint">{ help }</p>
            }
            <ol class="items" aria-busy={busy.then_some("true")}>{ for items }</ol>
            <div class="list-add">
                <button type="button" class="secondary" id={format!("{}-add", list.title_id())} onclick={onadd}
                    aria-disabled={full.then_some("true")} aria-describedby={full.then(|| full_id.clone())}>
                    { "+ " }{ add_label }
                </button>
                <p class="hint list-full" id={full_id.clone()} aria-live="polite">
                    if full { { i18n::list_full(list.model(), p.lang) } }
                </p>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    list: List,
    row: Row,
    /// From 1.
    number: usize,
    problems: Rc<Shown>,
    lang: Lang,
    dispatch: Dispatch,
}

/// One item, numbered: its questions, the first one naming it, and "Remove".
#[function_component(Item)]
fn item(p: &ItemProps) -> Html {
    let (list, id) = (p.list, p.row.id);
    let remove = i18n::ui(p.lang).remove;
    let name =
        p.row.values.first().map(|&(f, _)| format!("{} {}", i18n::label(f, p.lang), p.number)).unwrap_or_default();
    let questions = p.row.values.iter().enumerate().map(|(i, (f, value))| {
        let label = (i == 0).then(|| AttrValue::from(name.clone()));
        html! {
            <FieldInput field={*f} value={value.clone()} problem={p.problems.get(*f).cloned().map(AttrValue::from)}
                lang={p.lang} dispatch={p.dispatch.clone()} {label} />
        }
    });
    let onremove = make_callback(&p.dispatch, move |_: MouseEvent| list.remove(id));
    html! {
        <li class="item">
            { for questions }
            <button type="button" class="link remove" onclick={onremove} aria-label={format!("{remove} : {name}")}>
                { remove }
            </button>
        </li>
    }
}
