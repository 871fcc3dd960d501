//! The last step: every problem and every piece of advice, each linking to its
//! question, then the downloads.

use super::downloads::Downloads;
use super::later_panel::LaterPanel;
use crate::document::Document;
use crate::i18n;
use crate::interview::Action;
use crate::model::{Answers, Lang};
use crate::ui::state::Dispatch;
use crate::validate::Problem;
use crate::web::writers::{self, AdviceView};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewStepProps {
    pub problems: Rc<Vec<Problem>>,
    pub doc: Rc<Document>,
    pub answers: Rc<Answers>,
    pub lang: Lang,
    pub dispatch: Dispatch,
    /// The open draft's id: what the agreement's panel sends and signs.
    pub draft: AttrValue,
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
                <span class="what"><strong>{ i18n::label_for(pr.field, &p.answers, p.lang) }</strong>{ " — " }{ pr.message(p.lang) }</span>
                <button type="button" class="link" onclick={fix(pr.field)}>{ ui.go_to_field }</button>
            </li>
        }
    });
    // A broken invariant is a bug: shown with the problems, never silent. The check
    // runs in the writers module (not on the first screen), which this also loads
    // ahead of the download.
    // The advice too is computed and worded there (`AdviceKind::rank`: most at stake
    // first); `None` until it comes.
    let found = use_state(Vec::<String>::new);
    let advice = use_state(|| None::<Vec<AdviceView>>);
    {
        let (found, advice) = (found.clone(), advice.clone());
        use_effect_with((p.answers.clone(), p.lang), move |(answers, lang)| {
            let (json, lang) = (answers.to_json_text(), *lang);
            let today = crate::document::format::iso(crate::web::today());
            yew::platform::spawn_local(async move {
                found.set(writers::breaches(&json, &today, lang).await.unwrap_or_default());
                advice.set(writers::advice(&json, lang).await.ok());
            });
        });
    }
    // A fix Cadre can make is one click.
    let advice_items = advice.as_deref().unwrap_or_default().iter().enumerate().map(|(i, a)| {
        let quick = a.quick.clone().map(|(label, set)| {
            let d = p.dispatch.clone();
            let field = a.field;
            let onclick = Callback::from(move |_: MouseEvent| {
                for (f, value) in &set {
                    d.dispatch(Action::Set { field: *f, value: value.clone() });
                }
                d.dispatch(Action::Leave { field });
            });
            html! { <button type="button" class="secondary quick-fix" id={format!("quick-fix-{i}")} {onclick}>{ label }</button> }
        });
        html! {
            <li>
                <strong>{ &a.title }</strong>
                <p>{ &a.why }</p>
                <p><span class="fix-label">{ ui.fix }{ if p.lang == Lang::Fr { "\u{a0}: " } else { ": " } }</span>{ &a.fix }</p>
                <p class="advice-actions">{ for quick }
                    <button type="button" class="link" onclick={fix(a.field)}>{ ui.go_to_field }</button></p>
            </li>
        }
    });
    let breaches = found.iter().map(|b| {
        html! {
            <li class="inconsistency">
                <span class="what"><strong>{ ui.inconsistency }</strong>{ " — " }{ b }</span>
                <p>{ ui.inconsistency_note }</p>
            </li>
        }
    });
    let blocking = !p.problems.is_empty() || !found.is_empty();
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
                if advice.as_ref().is_some_and(|a| a.is_empty()) {
                    <p class="ok">{ ui.no_advice }</p>
                } else {
                    <ul aria-busy={advice.is_none().to_string()}>{ for advice_items }</ul>
                }
            </section>
            <Downloads answers={p.answers.clone()} lang={p.lang} draft={p.doc.draft_mark.is_some() || !found.is_empty()} place="review" />
            <LaterPanel module="agreement" id="agreement-panel" arg={p.draft.clone()} title={ui.agreement_title} lang={p.lang} />
            <p class="note lawyer">{ ui.lawyer_note }</p>
        </div>
    }
}
