//! Editors for the lists of the answers: deliverables and payment instalments.

use super::field_input::FieldInput;
use crate::i18n;
use crate::interview::Action;
use crate::model::{Answers, Field, Lang};
use crate::ui::state::{Dispatch, Shown};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub answers: std::rc::Rc<Answers>,
    pub problems: std::rc::Rc<Shown>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

fn field(p: &ListProps, f: Field, label: Option<String>) -> Html {
    html! {
        <FieldInput field={f} value={AttrValue::from(f.get(&p.answers))} problem={p.problems.get(f).cloned().map(AttrValue::from)}
            lang={p.lang} dispatch={p.dispatch.clone()} label={label.map(AttrValue::from)} />
    }
}

#[function_component(Deliverables)]
pub fn deliverables(p: &ListProps) -> Html {
    let ui = i18n::ui(p.lang);
    let rows = p.answers.mission.deliverables.iter().enumerate().map(|(n, d)| {
        let id = d.id;
        let dispatch = p.dispatch.clone();
        let remove = Callback::from(move |_| dispatch.dispatch(Action::RemoveDeliverable { id }));
        let title = format!("{} {}", i18n::label(Field::DeliverableTitle(id), p.lang), n + 1);
        html! {
            <li class="item" key={id}>
                { field(p, Field::DeliverableTitle(id), Some(title)) }
                { field(p, Field::DeliverableDue(id), None) }
                <button type="button" class="link remove" onclick={remove}
                    aria-label={format!("{} : {} {}", ui.remove, i18n::label(Field::DeliverableTitle(id), p.lang), n + 1)}>
                    { ui.remove }
                </button>
            </li>
        }
    });
    let dispatch = p.dispatch.clone();
    let add = Callback::from(move |_| dispatch.dispatch(Action::AddDeliverable));
    html! {
        <section class="list" aria-labelledby="deliverables-title">
            <h3 id="deliverables-title">{ ui.deliverables_title }</h3>
            <ol class="items">{ for rows }</ol>
            <button type="button" class="secondary" onclick={add}>{ "+ " }{ ui.add_deliverable }</button>
        </section>
    }
}

#[function_component(Milestones)]
pub fn milestones(p: &ListProps) -> Html {
    let ui = i18n::ui(p.lang);
    let rows = p.answers.payment.milestones.iter().enumerate().map(|(n, m)| {
        let id = m.id;
        let dispatch = p.dispatch.clone();
        let remove = Callback::from(move |_| dispatch.dispatch(Action::RemoveMilestone { id }));
        let title = format!("{} {}", i18n::label(Field::MilestoneLabel(id), p.lang), n + 1);
        html! {
            <li class="item" key={id}>
                { field(p, Field::MilestoneLabel(id), Some(title)) }
                { field(p, Field::MilestonePercent(id), None) }
                { field(p, Field::MilestoneDue(id), None) }
                <button type="button" class="link remove" onclick={remove}
                    aria-label={format!("{} : {} {}", ui.remove, i18n::label(Field::MilestoneLabel(id), p.lang), n + 1)}>
                    { ui.remove }
                </button>
            </li>
        }
    });
    let dispatch = p.dispatch.clone();
    let add = Callback::from(move |_| dispatch.dispatch(Action::AddMilestone));
    html! {
        <section class="list" aria-labelledby="milestones-title">
            <h3 id="milestones-title">{ ui.milestones_title }</h3>
            <p class="hint">{ ui.milestones_help }</p>
            <ol class="items">{ for rows }</ol>
            <button type="button" class="secondary" onclick={add}>{ "+ " }{ ui.add_milestone }</button>
        </section>
    }
}
