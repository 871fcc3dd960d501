//! The last step: every problem and every piece of advice, each linking to its
//! question, then the downloads.

use super::downloads::Downloads;
use crate::advice::Advice;
use crate::document::Document;
use crate::i18n;
use crate::interview::Action;
use crate::model::{Answers, Lang};
use crate::ui::state::Dispatch;
use crate::validate::Problem;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewStepProps {
    pub problems: Rc<Vec<Problem>>,
    pub advice: Rc<Vec<Advice>>,
    pub doc: Rc<Document>,
    pub answers: Rc<Answers>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component(ReviewStep)]
pub fn review_step(p: &ReviewStepProps) -> Html {
    let ui = i18n::ui(p.lang);
    let fix = |field| {
        let d = p.dispatch.clone();
        Callback::from(move |_| d.dispatch(Action::Fix { field }))
    };
    let problems = p.problems.iter().map(|pr| {
        html! {
            <li>
                <strong>{ i18n::label_for(pr.field, &p.answers, p.lang) }</strong>{ " — " }{ pr.message(p.lang) }
                { " " }
                <button type="button" class="link" onclick={fix(pr.field)}>{ ui.go_to_field }</button>
            </li>
        }
    });
    let advice = p.advice.iter().map(|a| {
        let t = a.text(p.lang);
        html! {
            <li>
                <strong>{ t.title }</strong>
                <p>{ t.why }</p>
                <p><span class="fix-label">{ ui.fix }{ if p.lang == Lang::Fr { "\u{a0}: " } else { ": " } }</span>{ t.fix }
                    { " " }<button type="button" class="link" onclick={fix(a.field)}>{ ui.go_to_field }</button></p>
            </li>
        }
    });
    // A broken invariant is a bug: shown with the problems, never silent.
    let breaches = p.doc.breaches.iter().map(|b| {
        html! {
            <li class="inconsistency">
                <strong>{ ui.inconsistency }</strong>{ " — " }{ b.invariant.describe(p.lang) }
                <p>{ ui.inconsistency_note }</p>
            </li>
        }
    });
    let blocking = !p.problems.is_empty() || !p.doc.breaches.is_empty();
    html! {
        <div class="review">
            <section aria-labelledby="problems-title" class={classes!("problems", blocking.then_some("blocking"))}>
                <h3 id="problems-title">{ ui.problems_title }</h3>
                if !blocking {
                    <p class="ok">{ ui.no_problems }</p>
                } else {
                    <ul>{ for problems }{ for breaches }</ul>
                }
            </section>
            <section aria-labelledby="advice-title" class="advice">
                <h3 id="advice-title">{ ui.advice_title }</h3>
                if p.advice.is_empty() {
                    <p class="ok">{ ui.no_advice }</p>
                } else {
                    <ul>{ for advice }</ul>
                }
            </section>
            <Downloads doc={p.doc.clone()} answers={p.answers.clone()} lang={p.lang} draft={blocking} place="review" />
            <p class="note lawyer">{ ui.lawyer_note }</p>
        </div>
    }
}
