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
                <span class="what"><strong>{ i18n::label_for(pr.field, &p.answers, p.lang) }</strong>{ " — " }{ pr.message(p.lang) }</span>
                <button type="button" class="link" onclick={fix(pr.field)}>{ ui.go_to_field }</button>
            </li>
        }
    });
    // Most at stake first (`AdviceKind::rank`); a fix Cadre can make is one click.
    let advice = p.advice.iter().enumerate().map(|(i, a)| {
        let t = a.text(p.lang);
        let quick = a.quick_fix(p.lang).map(|q| {
            let d = p.dispatch.clone();
            let field = a.field;
            let onclick = Callback::from(move |_: MouseEvent| {
                for (f, value) in q.set {
                    d.dispatch(Action::Set { field: *f, value: value.to_string() });
                }
                d.dispatch(Action::Leave { field });
            });
            html! { <button type="button" class="secondary quick-fix" id={format!("quick-fix-{i}")} {onclick}>{ q.label }</button> }
        });
        html! {
            <li>
                <strong>{ t.title }</strong>
                <p>{ t.why }</p>
                <p><span class="fix-label">{ ui.fix }{ if p.lang == Lang::Fr { "\u{a0}: " } else { ": " } }</span>{ t.fix }</p>
                <p class="advice-actions">{ for quick }
                    <button type="button" class="link" onclick={fix(a.field)}>{ ui.go_to_field }</button></p>
            </li>
        }
    });
    // A broken invariant is a bug: shown with the problems, never silent. The check
    // runs in the writers module (not on the first screen), which this also loads
    // ahead of the download.
    let found = use_state(Vec::<String>::new);
    {
        let found = found.clone();
        use_effect_with((p.answers.clone(), p.lang), move |(answers, lang)| {
            let (json, lang) = (answers.to_json_text(), *lang);
            let today = crate::document::format::iso(crate::web::today());
            yew::platform::spawn_local(async move {
                found.set(crate::web::writers::breaches(&json, &today, lang).await.unwrap_or_default());
            });
        });
    }
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
                if p.advice.is_empty() {
                    <p class="ok">{ ui.no_advice }</p>
                } else {
                    <ul>{ for advice }</ul>
                }
            </section>
            <Downloads answers={p.answers.clone()} lang={p.lang} draft={p.doc.draft_mark.is_some() || !found.is_empty()} place="review" />
            <p class="note lawyer">{ ui.lawyer_note }</p>
        </div>
    }
}
