//! The drafts bar and panel: the saved state, banners (storage refused or full, a
//! newer version, another tab, unreadable data), the drafts list (new, open, rename,
//! duplicate, export, delete with undo, several at once by selection), import, and
//! "my details". Each part has its own file in `drafts_panel/`. Only the parts with
//! state or effects are components (this one, which holds whether the panel is open,
//! which draft is being renamed and which are selected, and `RenameForm`); the others are view functions, since every component type costs
//! about 0.7 KB of gzipped wasm (measured: the all-components version cost 9 KB).

mod banner;
mod draft_actions;
mod draft_item;
mod drafts_bar;
mod drafts_head;
pub(crate) mod drafts_message;
mod import_button;
mod my_details;
mod quarantine_banner;
mod rename_form;
mod selection_bar;
mod storage_banners;
mod undo_toast;

use crate::i18n::drafts as words;
use crate::model::Lang;
use crate::storage::{DraftId, Summary};
use crate::ui::hooks::{Command, Drafts, Place};
use draft_item::draft_item;
use drafts_bar::drafts_bar;
use drafts_head::drafts_head;
use drafts_message::drafts_message;
use my_details::my_details;
use quarantine_banner::quarantine_banner;
use selection_bar::selection_bar;
pub use storage_banners::memory_notice;
use storage_banners::storage_banners;
use undo_toast::{undo_toast, use_undo_focus};
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
    let drafts = &p.drafts;
    let v = &drafts.view;
    let open = use_state(|| false);
    let renaming = use_state(|| None::<DraftId>);
    let selection = use_state(Vec::<DraftId>::new);
    let undo_title = match v.undo.as_slice() {
        [] => None,
        [one] => Some(words::deleted(&title_of(one, lang), lang)),
        many => Some(words::deleted_many(many.len(), lang)),
    };
    use_undo_focus(undo_title.is_some());
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onrename = {
        let renaming = renaming.clone();
        Callback::from(move |id: Option<DraftId>| renaming.set(id))
    };
    let current_title = v.drafts.iter().find(|d| d.id == v.current).map(|d| title_of(d, lang)).unwrap_or_default();
    let message = |place: Place, id: &str| drafts_message(drafts.message.as_ref(), place, id);
    // Only drafts still listed count (another tab may have deleted some).
    let selected: Vec<DraftId> = v.drafts.iter().filter(|d| selection.contains(&d.id)).map(|d| d.id.clone()).collect();
    let onselect = {
        let selection = selection.clone();
        Callback::from(move |ids: Vec<DraftId>| selection.set(ids))
    };
    let ontoggle_select = {
        let (selection, selected) = (selection.clone(), selected.clone());
        Callback::from(move |id: DraftId| {
            let mut next = selected.clone();
            match next.iter().position(|d| *d == id) {
                Some(i) => drop(next.remove(i)),
                None => next.push(id),
            }
            selection.set(next);
        })
    };
    let items = v.drafts.iter().map(|d| {
        let line = draft_item::Line { renaming: renaming.as_ref() == Some(&d.id), selected: selected.contains(&d.id) };
        draft_item(d, drafts, line, &onrename, &ontoggle_select, lang)
    });

    html! {
        <section class="drafts" aria-label={t.drafts_region}>
            { drafts_bar(v.drafts.len(), &current_title, &v.state, *open, ontoggle, lang) }
            <div class="draft-banners" aria-live="polite" aria-label={t.banners} role="region">
                { storage_banners(drafts, lang) }
                { quarantine_banner(drafts, lang) }
            </div>
            if !*open {
                { message(Place::Panel, "drafts-msg-bar") }
            }
            <div aria-live="polite" class="toast-region">
                { for undo_title.map(|text| undo_toast(&text, &drafts.command, lang)) }
            </div>
            <div id="drafts-panel" class="drafts-panel" hidden={!*open}>
                { drafts_head(drafts, lang) }
                <p class="hint" id="draft-import-help">{ t.import_help }</p>
                <div id="draft-import-msg" aria-live="polite">{ message(Place::Import, "draft-import-error") }</div>
                { message(Place::Panel, "drafts-msg") }
                { selection_bar(drafts, &selected, &onselect, lang) }
                <ul class="drafts-list">{ for items }</ul>
                <p class="hint" id="duplicate-help">{ t.duplicate_help }</p>
                { my_details(drafts, lang) }
            </div>
        </section>
    }
}
