//! Where the user is, what is left, and which steps have problems.

use crate::flow::Step;
use crate::i18n;
use crate::interview::Action;
use crate::model::Lang;
use crate::ui::state::Dispatch;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepperProps {
    /// Each step that applies, with its count of problems to show.
    pub steps: Vec<(Step, usize)>,
    pub current: Step,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component(Stepper)]
pub fn stepper(p: &StepperProps) -> Html {
    let ui = i18n::ui(p.lang);
    // Keep the current step visible in the scrolling bar on narrow screens: the bar
    // scrolls sideways, the page does not move (and, unlike scrollIntoView, the
    // keyboard's starting point stays at the top, so the first Tab is the skip link).
    use_effect_with(p.current, |step| {
        let id = format!("nav-{}", step.id());
        let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id));
        if let Some(li) = el.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()).and_then(|b| b.parent_element()) {
            if let (Ok(li), Some(ol)) = (li.clone().dyn_into::<web_sys::HtmlElement>(), li.parent_element()) {
                // `ol` is the offset parent (position: relative in styles/app.css).
                let centre = li.offset_left() - (ol.client_width() - li.offset_width()) / 2;
                ol.set_scroll_left(centre.max(0));
            }
        }
    });
    let items = p.steps.iter().enumerate().map(|(n, &(step, problems))| {
        let d = p.dispatch.clone();
        let onclick = Callback::from(move |_| d.dispatch(Action::GoTo { step }));
        let current = step == p.current;
        html! {
            <li class={classes!(current.then_some("current"), (problems > 0).then_some("has-problems"))}>
                <button type="button" {onclick} aria-current={current.then_some("step")} id={format!("nav-{}", step.id())}>
                    // The count of problems sits in the number's circle, so flagging a
                    // step never shifts the bar under the pointer.
                    <span class="num" aria-hidden="true">{ if problems > 0 { "!".to_string() } else { (n + 1).to_string() } }</span>
                    <span class="name">{ i18n::step_title(step, p.lang) }</span>
                    if problems > 0 {
                        <span class="visually-hidden">{ format!(" ({} {})", problems, ui.step_has_problems) }</span>
                    }
                </button>
            </li>
        }
    });
    html! {
        <nav class="stepper" aria-label={ui.steps_nav}>
            <ol>{ for items }</ol>
        </nav>
    }
}
