//! The drafts bar and panel: the saved state, banners (storage refused or full, a
//! newer version, another tab, unreadable data), the drafts list (new, open, rename,
//! duplicate, export, delete with undo), import, and "my details".

use crate::i18n_drafts::{self as words, DraftsUi};
use crate::model::Lang;
use crate::storage::{DraftId, SaveState, StorageError, Summary};
use crate::ui::hooks::{Command, Drafts, Place};
use crate::web;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftsPanelProps {
    pub drafts: Drafts,
    pub lang: Lang,
}

fn state_key(s: &SaveState) -> &'static str {
    match s {
        SaveState::Saved => "saved",
        SaveState::Pending => "pending",
        SaveState::MemoryOnly => "memory",
        SaveState::ReadOnly { .. } => "read-only",
        SaveState::Conflict => "conflict",
        SaveState::Failed(_) => "failed",
    }
}

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
    let t: &DraftsUi = words::ui(lang);
    let v = &p.drafts.view;
    let open = use_state(|| false);
    let renaming = use_state(|| None::<DraftId>);
    let send = |c: Command| {
        let cb = p.drafts.command.clone();
        Callback::from(move |_: MouseEvent| cb.emit(c.clone()))
    };
    let message_at = |place: Place, id: String| {
        p.drafts.message.as_ref().filter(|m| m.place == place).map(|m| {
            html! { <p {id} class={classes!("drafts-msg", m.error.then_some("error"))}>{ m.text.clone() }</p> }
        })
    };

    // Focus: the rename field when it opens; "Undo" when a delete offers it.
    {
        let renaming = (*renaming).clone();
        use_effect_with(renaming, |r| {
            if let Some(id) = r {
                focus(&format!("rename-{id}"));
            }
        });
    }
    let undo_title = v.undo.as_ref().map(|d| title_of(d, lang));
    {
        let was_shown = use_mut_ref(|| false);
        use_effect_with(undo_title.is_some(), move |shown| {
            let was = std::mem::replace(&mut *was_shown.borrow_mut(), *shown);
            if *shown {
                focus("draft-undo");
            } else if was {
                // The toast went while it had the focus: back to the list's heading.
                let lost = web_sys::window()
                    .and_then(|w| w.document())
                    .map(|d| d.active_element().is_none() || d.active_element() == d.body().map(Into::into));
                if lost == Some(true) {
                    focus("drafts-title");
                }
            }
        });
    }

    let current = v.drafts.iter().find(|d| d.id == v.current);
    let current_title = current.map(|d| title_of(d, lang)).unwrap_or_default();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };

    // ---- Banners ----
    let mut banners: Vec<Html> = Vec::new();
    if !v.persistent {
        banners.push(html! {
            <div class="banner is-warn" id="banner-unavailable">
                <p>{ words::storage_error(&StorageError::Unavailable(String::new()), lang) }</p>
                <div class="banner-actions">
                    <button type="button" class="secondary" onclick={send(Command::Export(v.current.clone()))}>{ t.export_this }</button>
                    <button type="button" class="secondary" onclick={send(Command::ExportAll)}>{ t.export_all }</button>
                </div>
            </div>
        });
    }
    if let SaveState::Failed(e) = &v.state {
        let id = if *e == StorageError::Quota { "banner-quota" } else { "banner-failed" };
        banners.push(html! {
            <div class="banner is-error" role="alert" {id}>
                <p>{ words::storage_error(e, lang) }</p>
                <div class="banner-actions">
                    <button type="button" class="secondary" onclick={send(Command::Export(v.current.clone()))}>{ t.export_this }</button>
                </div>
            </div>
        });
    }
    if let SaveState::ReadOnly { .. } = v.state {
        banners.push(html! {
            <div class="banner is-warn" id="banner-read-only">
                <p>{ t.read_only_banner }</p>
                <div class="banner-actions">
                    <button type="button" class="primary" onclick={send(Command::SaveCopy)}>{ t.save_copy }</button>
                    <button type="button" class="secondary" onclick={send(Command::Export(v.current.clone()))}>{ t.export_this }</button>
                </div>
            </div>
        });
    }
    if v.conflict.is_some() {
        banners.push(html! {
            <div class="banner is-error" role="alert" id="banner-conflict">
                <p>{ t.conflict_banner }</p>
                <div class="banner-actions">
                    <button type="button" class="primary" id="conflict-keep-mine" onclick={send(Command::KeepMine)}>{ t.keep_mine }</button>
                    <button type="button" class="secondary" id="conflict-load-theirs" onclick={send(Command::LoadTheirs)}>{ t.load_theirs }</button>
                </div>
            </div>
        });
    }
    if !v.quarantine.is_empty() {
        let items = v.quarantine.iter().enumerate().map(|(n, q)| {
            let downloaded = p.drafts.downloaded.contains(&q.key);
            let label_id = format!("quarantine-{n}");
            html! {
                <li key={q.key.clone()}>
                    <span id={label_id.clone()}>{ format!("{} — {} ({})", t.quarantine_item, q.origin, words::size(q.bytes, lang)) }</span>
                    <button type="button" class="secondary quarantine-download" aria-describedby={label_id.clone()}
                        onclick={send(Command::DownloadQuarantined(q.key.clone()))}>{ t.download }</button>
                    if downloaded {
                        <button type="button" class="link" aria-describedby={label_id}
                            onclick={send(Command::DiscardQuarantined(q.key.clone()))}>{ t.discard_copy }</button>
                    }
                </li>
            }
        });
        banners.push(html! {
            <div class="banner is-warn" id="banner-quarantine">
                <p>{ t.quarantine_banner }</p>
                <ul class="quarantine-list">{ for items }</ul>
                { for message_at(Place::Banner, "quarantine-msg".into()) }
            </div>
        });
    }

    // ---- The list ----
    let items = v.drafts.iter().map(|d| {
        let is_current = d.id == v.current;
        let id = d.id.to_string();
        let title_id = format!("draft-{id}-title");
        let title = title_of(d, lang);
        let when = if d.saved_at.is_empty() { String::new() } else { web::storage::local_time(&d.saved_at, lang) };
        let dash = |s: &str| if s.trim().is_empty() { "—".to_string() } else { s.to_string() };
        let actions = if renaming.as_ref() == Some(&d.id) {
            let input_id = format!("rename-{id}");
            let help_id = format!("rename-{id}-help");
            let onsubmit = {
                let cb = p.drafts.command.clone();
                let renaming = renaming.clone();
                let draft = d.id.clone();
                let input_id = input_id.clone();
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    let value = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|doc| doc.get_element_by_id(&input_id))
                        .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
                        .map(|i| i.value())
                        .unwrap_or_default();
                    let too_long = value.trim().chars().count() > crate::storage::session::MAX_NAME_CHARS;
                    cb.emit(Command::Rename(draft.clone(), value));
                    if !too_long {
                        renaming.set(None);
                        focus(&format!("draft-{draft}-rename"));
                    }
                })
            };
            let cancel = {
                let renaming = renaming.clone();
                let draft = d.id.clone();
                move || {
                    renaming.set(None);
                    focus(&format!("draft-{draft}-rename"));
                }
            };
            let onkeydown = {
                let cancel = cancel.clone();
                Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Escape" {
                        e.prevent_default();
                        cancel();
                    }
                })
            };
            let oncancel = Callback::from(move |_: MouseEvent| cancel());
            let error = p.drafts.message.as_ref().is_some_and(|m| m.place == Place::Item(d.id.clone()) && m.error);
            html! {
                <form class="rename" {onsubmit}>
                    <label for={input_id.clone()}>{ t.new_name }</label>
                    <input type="text" id={input_id} value={d.name.clone()} {onkeydown} autocomplete="off"
                        aria-describedby={format!("{help_id} draft-{id}-msg")} aria-invalid={error.to_string()} />
                    <p class="hint" id={help_id}>{ t.name_help }</p>
                    <div class="draft-actions">
                        <button type="submit" class="primary">{ t.confirm_name }</button>
                        <button type="button" class="secondary" onclick={oncancel}>{ t.cancel_rename }</button>
                    </div>
                </form>
            }
        } else {
            let start_rename = {
                let renaming = renaming.clone();
                let draft = d.id.clone();
                Callback::from(move |_: MouseEvent| renaming.set(Some(draft.clone())))
            };
            let read_only = d.newer.is_some();
            html! {
                <div class="draft-actions" role="group" aria-labelledby={title_id.clone()}>
                    if !is_current {
                        <button type="button" class="secondary" id={format!("draft-{id}-open")} disabled={!d.openable}
                            onclick={send(Command::Open(d.id.clone()))} aria-describedby={title_id.clone()}>{ t.open }</button>
                    }
                    if !read_only {
                        <button type="button" class="secondary" id={format!("draft-{id}-rename")}
                            onclick={start_rename} aria-describedby={title_id.clone()}>{ t.rename }</button>
                    }
                    <button type="button" class="secondary" id={format!("draft-{id}-duplicate")} disabled={!d.openable}
                        onclick={send(Command::Duplicate(d.id.clone()))} aria-describedby={format!("{title_id} duplicate-help")}>{ t.duplicate }</button>
                    <button type="button" class="secondary" id={format!("draft-{id}-export")}
                        onclick={send(Command::Export(d.id.clone()))} aria-describedby={title_id.clone()}>{ t.export }</button>
                    <button type="button" class="secondary danger" id={format!("draft-{id}-delete")}
                        onclick={send(Command::Delete(d.id.clone()))} aria-describedby={title_id.clone()}>{ t.delete }</button>
                </div>
            }
        };
        html! {
            <li key={id.clone()} class={classes!("draft-item", is_current.then_some("current"))} data-draft-id={id.clone()}>
                <div class="draft-info">
                    <h3 class="draft-title" id={title_id.clone()}>
                        { title }
                        if is_current { <span class="tag">{ t.is_open }</span> }
                        if d.newer.is_some() { <span class="tag warn">{ if d.openable { t.newer } else { t.unopenable } }</span> }
                    </h3>
                    <dl class="draft-meta">
                        <div><dt>{ t.client }</dt><dd>{ dash(&d.client) }</dd></div>
                        <div><dt>{ t.mission }</dt><dd>{ dash(&d.mission) }</dd></div>
                        <div><dt>{ t.changed }</dt><dd><time datetime={d.saved_at.clone()}>{ dash(&when) }</time></dd></div>
                    </dl>
                </div>
                { actions }
                { for message_at(Place::Item(d.id.clone()), format!("draft-{id}-msg")) }
            </li>
        }
    });

    let onimport = {
        let cb = p.drafts.command.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                cb.emit(Command::Import(file));
            }
            // The same file may be chosen again.
            input.set_value("");
        })
    };
    let import_error = p.drafts.message.as_ref().is_some_and(|m| m.place == Place::Import && m.error);

    let toast = undo_title.map(|title| {
        html! {
            <div class="toast" id="draft-toast">
                <p>{ words::deleted(&title, lang) }</p>
                <button type="button" class="primary" id="draft-undo" onclick={send(Command::Undo)}>{ t.undo }</button>
                <button type="button" class="link" onclick={send(Command::DismissUndo)}>{ t.close }</button>
            </div>
        }
    });

    html! {
        <section class="drafts" aria-label={t.drafts_region}>
            <div class="drafts-bar">
                <button type="button" class="secondary drafts-toggle" id="drafts-toggle" onclick={toggle}
                    aria-expanded={open.to_string()} aria-controls="drafts-panel">
                    { words::drafts_count(v.drafts.len(), lang) }
                    <span aria-hidden="true" class="chevron">{ if *open { "▴" } else { "▾" } }</span>
                </button>
                <span class="current-draft" title={current_title.clone()}>{ current_title.clone() }</span>
                <p class="save-state" id="save-state" role="status" aria-live="polite" data-state={state_key(&v.state)}>
                    <span class="dot" aria-hidden="true"></span>
                    { words::save_state(&v.state, lang) }
                </p>
            </div>
            <div class="draft-banners" aria-live="polite" aria-label={t.banners} role="region">
                { for banners }
            </div>
            { for message_at(Place::Panel, "drafts-msg-bar".into()).filter(|_| !*open) }
            <div aria-live="polite" class="toast-region">{ for toast }</div>
            <div id="drafts-panel" class="drafts-panel" hidden={!*open}>
                <div class="drafts-panel-head">
                    <h2 id="drafts-title" tabindex="-1">{ t.drafts_title }</h2>
                    <div class="drafts-tools">
                        <button type="button" class="primary" id="draft-new" onclick={send(Command::New)}>{ t.new_draft }</button>
                        <button type="button" class="secondary" id="draft-export-all" onclick={send(Command::ExportAll)}>{ t.export_all }</button>
                        <span class="import">
                            <input type="file" id="draft-import" class="visually-hidden" accept=".json,application/json"
                                onchange={onimport} aria-describedby="draft-import-help draft-import-msg" aria-invalid={import_error.to_string()} />
                            <label for="draft-import" class="button secondary">{ t.import }</label>
                        </span>
                    </div>
                </div>
                <p class="hint" id="draft-import-help">{ t.import_help }</p>
                <div id="draft-import-msg" aria-live="polite">{ for message_at(Place::Import, "draft-import-error".into()) }</div>
                { for message_at(Place::Panel, "drafts-msg".into()) }
                <ul class="drafts-list">{ for items }</ul>
                <p class="hint" id="duplicate-help">{ t.duplicate_help }</p>
                <section class="my-details" aria-labelledby="my-details-title">
                    <h3 id="my-details-title">{ t.my_details }</h3>
                    <p class="hint">{ t.my_details_help }</p>
                    <p class="details-state">{ if v.has_profile { t.my_details_known } else { t.my_details_none } }</p>
                    <div class="draft-actions">
                        <button type="button" class="primary" id="save-my-details" onclick={send(Command::SaveProfile)}>{ t.save_my_details }</button>
                        if v.has_profile {
                            <button type="button" class="secondary" id="apply-my-details" onclick={send(Command::ApplyProfile)}>{ t.apply_my_details }</button>
                        }
                    </div>
                    <div aria-live="polite">{ for message_at(Place::Profile, "my-details-msg".into()) }</div>
                </section>
            </div>
        </section>
    }
}
