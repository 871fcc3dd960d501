//! The editor of a list of the answers (deliverables, payment instalments): a heading,
//! the items (each its questions, the first numbered, and "Remove"), and "Add", which
//! stops at the list's cap with a word beside it. One
//! editor; `List` says which list it edits. The item is a view function, not a
//! component: a component type costs about 0.7 KB of gzipped wasm.

use super::field_input::FieldInput;
use crate::i18n;
use crate::interview::Action;
use crate::model::{self, Answers, Deliverable, Field, Lang, Milestone};
use crate::ui::state::{make_callback, Dispatch, Shown};
use std::rc::Rc;
use yew::prelude::*;

/// Which list of the answers an `ItemList` edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Deliverables,
    Milestones,
}

impl List {
    /// Each item's id and questions, in order.
    fn items(self, a: &Answers) -> Vec<(u32, Vec<Field>)> {
        match self {
            List::Deliverables => {
                a.mission.deliverables.iter().map(|d| (d.id, Deliverable::fields(d).to_vec())).collect()
            }
            List::Milestones => a.payment.milestones.iter().map(|m| (m.id, Milestone::fields(m).to_vec())).collect(),
        }
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

#[derive(Properties, PartialEq)]
pub struct ItemListProps {
    pub list: List,
    pub answers: Rc<Answers>,
    pub problems: Rc<Shown>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component(ItemList)]
pub fn item_list(p: &ItemListProps) -> Html {
    let list = p.list;
    let (title, help, add_label) = list.words(i18n::ui(p.lang));
    // At its cap the list takes no more: "Add" says why beside it (the reducer refuses too).
    let full = list.model().is_full(&p.answers);
    let full_id = format!("{}-full", list.title_id());
    let onadd = make_callback(&p.dispatch, move |_: MouseEvent| list.add());
    let onremove = make_callback(&p.dispatch, move |id| list.remove(id));
    let items =
        list.items(&p.answers).into_iter().enumerate().map(|(n, (id, fields))| item(p, id, n + 1, &fields, &onremove));
    html! {
        <section class="list" aria-labelledby={list.title_id()}>
            <h3 id={list.title_id()}>{ title }</h3>
            if let Some(help) = help {
                <p class="hint">{ help }</p>
            }
            <ol class="items">{ for items }</ol>
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

/// Item `id`, number `number` (from 1): its questions, the first one naming it, and
/// "Remove".
fn item(p: &ItemListProps, id: u32, number: usize, fields: &[Field], onremove: &Callback<u32>) -> Html {
    let remove = i18n::ui(p.lang).remove;
    let name = fields.first().map(|&f| format!("{} {}", i18n::label(f, p.lang), number)).unwrap_or_default();
    let questions = fields.iter().enumerate().map(|(i, &f)| {
        let label = (i == 0).then(|| AttrValue::from(name.clone()));
        html! {
            <FieldInput field={f} value={AttrValue::from(f.get(&p.answers))} problem={p.problems.get(f).cloned().map(AttrValue::from)}
                lang={p.lang} dispatch={p.dispatch.clone()} {label} />
        }
    });
    html! {
        <li class="item" key={id}>
            { for questions }
            <button type="button" class="link remove" onclick={onremove.reform(move |_: MouseEvent| id)} aria-label={format!("{remove} : {name}")}>
                { remove }
            </button>
        </li>
    }
}
