//! The root component: header, steps, questions, live preview.

use super::components::downloads::Downloads;
use super::components::drafts_panel::{memory_notice, DraftsPanel};
use super::components::field_conflict::Conflicts;
use super::components::field_input::{in_contract, FieldInput};
use super::components::item_list::{ItemList, List};
use super::components::later_panel::LaterPanel;
use super::components::new_version::NewVersion;
use super::components::preview::Preview;
use super::components::review_step::ReviewStep;
use super::components::schedule_picture::{Payment, SchedulePicture};
use super::components::start_panel::{save_details, start_panel, trade_note};
use super::components::stepper::Stepper;
use super::hooks::{use_draft_session, use_drafts, use_new_version};
use super::state::{Shown, State};
use crate::document::{build, Document, Section};
use crate::flow::{self, Item, Step};
use crate::interview::{Action, Interview};
use crate::model::{Answers, Lang};
use crate::validate::{Checked, Contract, InstallmentKind, Term};
use crate::{i18n, render, web};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Everything derived from the answers, computed once per change.
struct Derived {
    checked: Checked,
    doc: Rc<Document>,
    /// The preview's HTML, as a tree of parts.
    contract: Rc<render::html::Part>,
}

fn derive(answers: &Answers, today: chrono::NaiveDate) -> Derived {
    let checked = crate::validate::check(answers);
    let doc = build::build_unchecked(&checked, today);
    let contract = Rc::new(render::html::fragment_parts(&doc));
    Derived { checked, doc: Rc::new(doc), contract }
}

fn schedule_payments(c: &Contract, lang: Lang) -> Vec<Payment> {
    let t = |fr: &str, en: &str| if lang == Lang::Fr { fr } else { en }.to_string();
    c.installments
        .iter()
        .map(|i| Payment {
            label: match &i.kind {
                InstallmentKind::Deposit => t("Acompte", "Deposit"),
                InstallmentKind::Milestone(l) if l.is_empty() => "…".into(),
                InstallmentKind::Milestone(l) => l.clone(),
                InstallmentKind::Balance => t("Solde", "Balance"),
            },
            // When the money comes in: the invoice's date plus the payment term.
            when: match (&i.kind, i.due) {
                (InstallmentKind::Deposit, _) => t("à la signature", "on signature"),
                (_, Some(d)) if c.term == Term::OnReceipt => {
                    format!("{} {}", t("payable le", "due on"), crate::document::format::date(d, lang))
                }
                (_, Some(d)) => format!(
                    "{} {} ({} {})",
                    t("payable le", "due on"),
                    crate::document::format::date(c.term.due(d), lang),
                    t("facture le", "invoiced on"),
                    crate::document::format::date(d, lang)
                ),
                (InstallmentKind::Balance, None) => t("à la fin", "at the end"),
                (_, None) => "—".into(),
            },
            amount: match (i.amount, i.percent) {
                (Some(m), _) => m.format(lang),
                (None, Some(p)) => p.format(lang),
                (None, None) => "—".into(),
            },
            share: i.percent.map_or(0, |p| p.0),
        })
        .collect()
}

/// The browser's autofill for the provider's own details; never for the client's,
/// which autofill would fill with the user's own.
fn autocomplete(field: crate::model::Field, a: &Answers) -> Option<AttrValue> {
    use crate::model::Field::*;
    let company = a.provider.status == crate::model::ProviderStatus::Company;
    let token = match field {
        ProviderName if company => "organization",
        ProviderName => "name",
        ProviderEmail => "email",
        ProviderPhone => "tel",
        ProviderAddress => "street-address",
        ProviderSignatory => "name",
        ClientName | ClientEmail | ClientAddress | ClientRepresentative => "off",
        _ => return None,
    };
    Some(AttrValue::Static(token))
}

fn focus_by_id(id: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Center);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
        }
    }
}

/// The skip link: the keyboard focus to the step's first question (or, on the
/// review, its first control), past the header, the drafts bar and the steps.
fn focus_first_question() {
    let doc = web_sys::window().and_then(|w| w.document());
    let sel = ".questions .questions-list input, .questions .questions-list textarea, .questions .review button, .questions .review summary";
    if let Some(el) = doc.and_then(|d| d.query_selector(sel).ok().flatten()) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Center);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
        }
    }
}

#[function_component(App)]
pub fn app() -> Html {
    // The interview starts from the most recent draft (see `hooks::use_drafts`).
    let session = use_draft_session();
    // URL presets (?embed=1&lang=en&name=…, see `crate::embed`): chrome, languages, and
    // defaults that fill the empty fields of a new draft only — a draft reopened keeps
    // its fields as the user left them (`Session::fill_new_drafts`).
    let presets = use_memo((), |_| web::params::presets());
    let state = {
        let session = session.clone();
        let presets = presets.clone();
        use_reducer(move || {
            let fill = (*presets).clone();
            session.borrow_mut().fill_new_drafts(Box::new(move |a| fill.fill(a)));
            let answers = session.borrow().answers().clone();
            let mut interview = Interview::new(answers, presets.ui_lang.unwrap_or_else(web::ui_lang));
            // A reload reopens the draft at the step this tab was on.
            let id = session.borrow().current().id.as_str().to_string();
            if let Some(step) = web::tab_memory::recalled_step(&id).and_then(|s| Step::from_id(&s)) {
                if step != Step::You && flow::steps(&interview.answers).contains(&step) {
                    interview.apply(Action::GoTo { step });
                }
            }
            State(interview)
        })
    };
    let today = *use_memo((), |_| web::today());
    let s = &state.0;
    let lang = s.ui_lang;
    let ui = i18n::ui(lang);
    let dispatch = state.dispatcher();
    let drafts = use_drafts(&session, &s.answers, lang, dispatch.clone());
    // Answers changed here and in another tab: each question shows its own choice.
    let conflicts = Conflicts { list: Rc::new(drafts.view.conflicts.clone()), command: drafts.command.clone(), lang };

    // A new build waits (see `web::offline`): reload only once the draft is stored.
    let new_version = use_new_version();
    let reload_refused = use_state(|| false);
    let onreload = {
        let session = session.clone();
        let refused = reload_refused.clone();
        Callback::from(move |_| {
            let stored = {
                let mut s = session.borrow_mut();
                s.flush();
                s.is_persistent() && !s.is_dirty()
            };
            if stored {
                web::offline::activate_update();
            } else {
                refused.set(true);
            }
        })
    };

    // One copy of the answers per change (a draft at the caps holds 300 items), shared by
    // everything derived from them.
    let answers: Rc<Answers> = (*use_memo(s.answers.clone(), |a| Rc::new(a.clone()))).clone();
    let derived = use_memo(answers.clone(), move |a| derive(a, today));

    // Problems shown: those of fields the user has left.
    let mut shown = Shown::default();
    for p in derived.checked.problems.iter().filter(|p| s.touched.contains(&p.field)) {
        if shown.get(p.field).is_none() {
            shown.0.push((p.field, p.message(lang)));
        }
    }
    let shown = Rc::new(shown);

    let steps: Vec<(Step, usize)> = flow::steps(&s.answers)
        .into_iter()
        .map(|step| {
            let n = derived
                .checked
                .problems
                .iter()
                .filter(|p| shown.get(p.field).is_some() && flow::step_of(p.field, &s.answers) == step)
                .count();
            (step, n)
        })
        .collect();

    // Move the focus to the heading of a new step (not on the first render).
    // The page's language follows the interface's, for screen readers and hyphenation.
    use_effect_with(lang, |lang| {
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
    let first = use_mut_ref(|| true);
    use_effect_with(s.step, move |_| {
        if *first.borrow() {
            *first.borrow_mut() = false;
        } else {
            focus_by_id("step-title");
        }
    });
    // Remember the step of the open draft in this tab; another draft opened goes to
    // the step it was left at.
    {
        let current = drafts.view.current.as_str().to_string();
        let step = s.step;
        let dispatch = dispatch.clone();
        let last = use_mut_ref(|| current.clone());
        use_effect_with((current, step), move |(current, step)| {
            if *last.borrow() != *current {
                *last.borrow_mut() = current.clone();
                let recalled = web::tab_memory::recalled_step(current).and_then(|s| Step::from_id(&s));
                if let Some(to) = recalled.filter(|to| to != step) {
                    dispatch.dispatch(Action::GoTo { step: to });
                    return;
                }
            }
            web::tab_memory::remember_step(current, step.id());
        });
    }
    // Move the focus to a field asked for by a "Fix" link or a new list item.
    use_effect_with(s.focus_request, move |req| {
        if let Some((field, _)) = req {
            focus_by_id(&field.key());
        }
    });

    let reveal = s.focus_request.map(|(f, _)| f);
    // The articles of the contract as it stands, so each question can name the one it
    // changes.
    let mut list: Vec<(Section, Option<u32>, String)> = derived
        .doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            crate::document::Block::Article(a) => Some((a.section, Some(a.number), a.title.clone())),
            _ => None,
        })
        .collect();
    // Articles a question of this step would add (the withdrawal right…), by title.
    for item in flow::items(s.step, &s.answers) {
        if let Item::Field(f) = item {
            let section = flow::section_of(f);
            let numbered = !matches!(section, Section::Parties | Section::Signatures);
            if numbered && !list.iter().any(|(x, _, _)| *x == section) {
                list.push((section, None, build::article_title(section, &s.answers).to_string()));
            }
        }
    }
    let items = flow::items(s.step, &s.answers).into_iter().map(|item| match item {
        Item::Field(f) => html! {
            <FieldInput key={f.key()} field={f} value={AttrValue::from(f.get(&s.answers))}
                label={AttrValue::Static(i18n::label_for(f, &s.answers, lang))}
                autocomplete={autocomplete(f, &s.answers)} article={in_contract(&list, f, lang)}
                problem={shown.get(f).cloned().map(AttrValue::from)} {lang} dispatch={dispatch.clone()} />
        },
        Item::Deliverables => html! {
            <ItemList key="deliverables" list={List::Deliverables} rows={List::Deliverables.rows(&s.answers)} problems={shown.clone()} {lang} dispatch={dispatch.clone()} {reveal} />
        },
        Item::Milestones => html! {
            <ItemList key="milestones" list={List::Milestones} rows={List::Milestones.rows(&s.answers)} problems={shown.clone()} {lang} dispatch={dispatch.clone()} {reveal} />
        },
    });

    // The first step of a new draft starts with the trade choice and the previous
    // contracts (until the mission is described); once the provider's details are
    // complete, it offers to save them.
    let start = (s.step == Step::You).then(|| {
        let m = &s.answers.mission;
        let fresh = !s.trade_done
            && m.title.is_empty()
            && s.answers.client.name.is_empty()
            && m.deliverables.iter().all(|d| d.title.is_empty());
        let you_complete = !s.answers.provider.name.trim().is_empty()
            && !derived.checked.problems.iter().any(|p| flow::step_of(p.field, &s.answers) == Step::You);
        let top = if fresh { start_panel(&drafts, &dispatch, lang) } else { trade_note(s.trade, lang) };
        (top, save_details(&drafts, !fresh && you_complete && !drafts.view.has_profile, lang))
    });
    let (start_top, start_bottom) = start.unzip();

    let step_body = if s.step == Step::Review {
        html! {
            <ReviewStep problems={Rc::new(derived.checked.problems.clone())}
                doc={derived.doc.clone()} answers={answers.clone()} {lang} dispatch={dispatch.clone()}
                draft={AttrValue::from(drafts.view.current.as_str().to_string())} />
        }
    } else {
        html! { <div class="questions-list">{ for items }</div> }
    };
    let picture = (s.step == Step::Price && !s.answers.is_free()).then(|| {
        html! { <SchedulePicture payments={schedule_payments(&derived.checked.contract, lang)} title={ui.schedule_picture} {lang} /> }
    });

    let all_steps = flow::steps(&s.answers);
    let at = all_steps.iter().position(|x| *x == s.step).unwrap_or(0);
    let d = dispatch.clone();
    let previous = Callback::from(move |_| d.dispatch(Action::Previous));
    let d = dispatch.clone();
    let next = Callback::from(move |_| d.dispatch(Action::Next));
    let d = dispatch.clone();
    let toggle = Callback::from(move |_| d.dispatch(Action::TogglePreview));
    let lang_button = |l: Lang, text: &'static str, name: &'static str| {
        let d = dispatch.clone();
        let onclick = Callback::from(move |_| {
            web::remember_ui_lang(l);
            d.dispatch(Action::SetUiLang { lang: l });
        });
        html! { <button type="button" class="lang" aria-pressed={(lang == l).to_string()} lang={l.code()} title={name} {onclick}>{ text }</button> }
    };
    let highlight = s.current.map(flow::section_of);

    let embed_text = crate::embed::text::get(lang);
    html! {
        <main class={classes!("app", s.preview_open.then_some("preview-open"), presets.embed.then_some("embed"))} id="cadre" lang={lang.code()}>
            <a class="skip-link" href="#step-title" onclick={Callback::from(|e: MouseEvent| { e.prevent_default(); focus_first_question(); })}>
                { ui.skip_to_question }
            </a>
            <header class="topbar">
                <div class="brand">
                    <h1>{ ui.app_title }</h1>
                    <p class="tagline">{ ui.tagline }</p>
                </div>
                <div class="topbar-end">
                    if presets.embed {
                        <a class="full-page" href={web::params::full_page_url()} target="_blank" rel="noopener"
                            title={crate::embed::text::get(lang).open_full_page_hint}>{ crate::embed::text::get(lang).open_full_page }{ " ↗" }</a>
                    }
                    <div class="langs" role="group" aria-label={ui.interface_language}>
                        { lang_button(Lang::Fr, "FR", "Français") }
                        { lang_button(Lang::En, "EN", "English") }
                    </div>
                </div>
            </header>
            <ul class="badges" aria-label={ui.badges_label}>
                <li>{ ui.badge_free }</li>
                <li>{ ui.badge_no_account }</li>
                <li>{ ui.badge_local }</li>
                <li>{ ui.badge_formats }</li>
                <li>{ ui.badge_not_lawyer }</li>
            </ul>
            if new_version {
                <NewVersion {lang} {onreload} unsaved={*reload_refused} />
            }
            <DraftsPanel drafts={drafts.clone()} {lang} />
            <Stepper steps={steps} current={s.step} {lang} dispatch={dispatch.clone()} />
            <ContextProvider<Conflicts> context={conflicts}>
            <div class="workspace">
                <section class="questions" aria-labelledby="step-title">
                    <h2 id="step-title" tabindex="-1">{ i18n::step_title(s.step, lang) }</h2>
                    <p class="intro">{ i18n::step_intro(s.step, lang) }</p>
                    { for start_top }
                    { step_body }
                    { for start_bottom }
                    { for picture }
                    <div class="step-nav">
                        if at > 0 {
                            <button type="button" class="secondary" onclick={previous}>{ "← " }{ ui.previous }</button>
                        }
                        if at + 1 < all_steps.len() {
                            <button type="button" class="primary" onclick={next}>{ ui.next }{ " →" }</button>
                        }
                    </div>
                </section>
                <aside class="preview" aria-label={ui.preview}>
                    <div class="preview-head">
                        <h2>{ ui.preview }</h2>
                        <Downloads answers={answers.clone()} {lang} draft={derived.doc.draft_mark.is_some()} place="preview" compact=true />
                    </div>
                    <Preview contract={derived.contract.clone()} {highlight} label={ui.preview} />
                </aside>
            </div>
            </ContextProvider<Conflicts>>
            // Drafts kept in this tab only (storage refused or full): said below the
            // questions, so that the first question comes first.
            { memory_notice(&drafts, lang) }
            // Phones: the preview's toggle in a bar of its own, the page padded for it and
            // focused fields scrolled clear of it (styles/app.css).
            <div class="bottom-bar">
                <button type="button" class="preview-toggle" onclick={toggle} aria-expanded={s.preview_open.to_string()}>
                    { if s.preview_open { ui.hide_preview } else { ui.show_preview } }
                </button>
            </div>
            <footer class="footer"><p>{ ui.privacy }</p>
                if !presets.embed {
                    <LaterPanel module="embed_setup" id="embed-panel" title={embed_text.panel_title} {lang} />
                }
            </footer>
        </main>
    }
}
