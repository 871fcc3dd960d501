//! The drafts bar and panel: the saved state, banners (storage refused or full, a
//! newer version, another tab, unreadable data), the drafts list (new, open, rename,
//! duplicate, export, delete with undo), import, and "my details". Each part is a
//! small component in `drafts_panel/`; this one lays them out and holds whether the
//! panel is open and which draft is being renamed.

mod banner;
mod draft_actions;
mod draft_item;
mod drafts_bar;
mod drafts_head;
mod drafts_message;
mod import_button;
mod my_details;
mod quarantine_banner;
mod rename_form;
mod storage_banners;
mod undo_toast;

use crate::i18n_drafts as words;
use crate::model::Lang;
use crate::storage::{DraftId, Summary};
use crate::ui::hooks::{Command, Drafts, Place};
use draft_item::DraftItem;
use drafts_bar::DraftsBar;
use drafts_head::DraftsHead;
use drafts_message::DraftsMessage;
use my_details::MyDetails;
use quarantine_banner::QuarantineBanner;
use storage_banners::StorageBanners;
use undo_toast::UndoToast;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftsPanelProps {
    pub drafts: Drafts,
    pub lang: Lang,
}

/// A click that sends `command` to the drafts hook: one helper instead of a clone of
/// the callback per button.
fn on_click(commands: &Callback<Command>, command: Command) -> Callback<MouseEvent> {
    commands.reform(move |_| command.clone())
}

/// The name a draft is shown by.
fn title_of(d: &Summary, lang: Lang) -> String {
    d.title().map(str::to_string).unwrap_or_else(|| words::ui(lang).untitled.to_string())
}

fn focus(id: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

#[function_component(DraftsPanel)]
pub fn drafts_panel(p: &DraftsPanelProps) -> Html {
    let lang = p.lang;
    let t = words::ui(lang);
    let v = &p.drafts.view;
    let open = use_state(|| false);
    let renaming = use_state(|| None::<DraftId>);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onrename = {
        let renaming = renaming.clone();
        Callback::from(move |id: Option<DraftId>| renaming.set(id))
    };
    let current_title = v.drafts.iter().find(|d| d.id == v.current).map(|d| title_of(d, lang)).unwrap_or_default();
    let message = |place: Place, id: &'static str| {
        html! { <DraftsMessage message={p.drafts.message.clone()} {place} {id} /> }
    };
    let items = v.drafts.iter().map(|d| {
        let place = Place::Item(d.id.clone());
        let message = p.drafts.message.clone().filter(|m| m.place == place);
        html! {
            <DraftItem key={d.id.to_string()} summary={d.clone()} current={d.id == v.current}
                renaming={renaming.as_ref() == Some(&d.id)} {message} {lang}
                commands={p.drafts.command.clone()} onrename={onrename.clone()} />
        }
    });

    html! {
        <section class="drafts" aria-label={t.drafts_region}>
            <DraftsBar count={v.drafts.len()} {current_title} state={v.state.clone()} open={*open} {ontoggle} {lang} />
            <div class="draft-banners" aria-live="polite" aria-label={t.banners} role="region">
                <StorageBanners drafts={p.drafts.clone()} {lang} />
                <QuarantineBanner drafts={p.drafts.clone()} {lang} />
            </div>
            if !*open {
                { message(Place::Panel, "drafts-msg-bar") }
            }
            <div aria-live="polite" class="toast-region">
                <UndoToast undo={v.undo.as_ref().map(|d| title_of(d, lang))} commands={p.drafts.command.clone()} {lang} />
            </div>
            <div id="drafts-panel" class="drafts-panel" hidden={!*open}>
                <DraftsHead drafts={p.drafts.clone()} {lang} />
                <p class="hint" id="draft-import-help">{ t.import_help }</p>
                <div id="draft-import-msg" aria-live="polite">{ message(Place::Import, "draft-import-error") }</div>
                { message(Place::Panel, "drafts-msg") }
                <ul class="drafts-list">{ for items }</ul>
                <p class="hint" id="duplicate-help">{ t.duplicate_help }</p>
                <MyDetails drafts={p.drafts.clone()} {lang} />
            </div>
        </section>
    }
}
