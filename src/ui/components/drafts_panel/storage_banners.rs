//! The alerts about the open draft's saving: storage full or refused (drafts in this
//! tab only), a write refused, a newer version's draft (read-only), answers changed in
//! two tabs (conflicts), and the one-line notice of what happened elsewhere.

use super::banner::banner;
use super::on_click;
use crate::i18n::conflicts;
use crate::i18n::drafts as words;
use crate::model::Lang;
use crate::storage::merge::Part;
use crate::storage::session::Notice;
use crate::storage::{SaveState, StorageError};
use crate::ui::components::field_conflict::{choice, Conflicts};
use crate::ui::hooks::{Command, Drafts};
use yew::prelude::*;

pub fn storage_banners(drafts: &Drafts, lang: Lang) -> Html {
    let t = words::ui(lang);
    let v = &drafts.view;
    let send = |c: Command| on_click(&drafts.command, c);
    let export_this = || {
        html! {
            <button type="button" class="secondary" onclick={send(Command::Export(v.current.clone()))}>{ t.export_this }</button>
        }
    };
    let state = match &v.state {
        SaveState::Failed(e) => {
            let id = if *e == StorageError::Quota { "banner-quota" } else { "banner-failed" };
            banner(
                id,
                true,
                words::storage_error(e, lang),
                html! { <div class="banner-actions">{ export_this() }</div> },
            )
        }
        SaveState::ReadOnly { .. } => {
            let actions = html! {
                <div class="banner-actions">
                    <button type="button" class="primary" onclick={send(Command::SaveCopy)}>{ t.save_copy }</button>
                    { export_this() }
                </div>
            };
            banner("banner-read-only", false, t.read_only_banner, actions)
        }
        _ => html! {},
    };
    let conflict = (!v.conflicts.is_empty()).then(|| conflict_banner(drafts, lang));
    let notice = v.notice.as_ref().map(|n| notice_line(n, drafts, lang));
    html! {
        <>
            { state }
            { for conflict }
            { for notice }
        </>
    }
}

/// Drafts in this tab only: the site's storage is full (tried again), or refused (an
/// iframe whose browser blocks storage). Shown below the questions, discreetly: the
/// first question comes first; the drafts bar's state says it in a word meanwhile.
pub fn memory_notice(drafts: &Drafts, lang: Lang) -> Html {
    let t = words::ui(lang);
    let v = &drafts.view;
    let Some(why) = v.unavailable.as_ref() else { return html! {} };
    let send = |c: Command| on_click(&drafts.command, c);
    let id = if *why == StorageError::Quota { "banner-full" } else { "banner-unavailable" };
    let actions = html! {
        <div class="banner-actions">
            <button type="button" class="secondary" onclick={send(Command::Export(v.current.clone()))}>{ t.export_this }</button>
            <button type="button" class="secondary" onclick={send(Command::ExportAll)}>{ t.export_all }</button>
        </div>
    };
    html! {
        <div class="memory-notice" aria-live="polite">
            { banner(id, false, words::memory_only(why, lang), actions) }
        </div>
    }
}

/// Answers changed in both tabs: how many, each with a link to its field (the choice
/// is there), and the choice for all at once.
fn conflict_banner(drafts: &Drafts, lang: Lang) -> Html {
    let c = conflicts::ui(lang);
    let v = &drafts.view;
    let send = |cmd: Command| on_click(&drafts.command, cmd);
    let ctx = Conflicts { list: std::rc::Rc::new(v.conflicts.clone()), command: drafts.command.clone(), lang };
    let items = v.conflicts.iter().map(|conflict| {
        let what = html! { <strong>{ conflicts::part_label(conflict.part, lang) }</strong> };
        // Both values, so that the answer is known even among a list's like-named ones.
        let values = conflicts::both_values(conflict, lang);
        match conflict.part {
            Part::Field(field) => html! {
                <li>{ what }{ " — " }{ values }{ " — " }
                    <button type="button" class="link" onclick={send(Command::Fix(field))}>{ c.go_to }</button>
                </li>
            },
            Part::Name => html! { <li>{ what }{ choice(conflict, &ctx) }</li> },
        }
    });
    let rest = html! {
        <>
            <ul class="conflict-list">{ for items }</ul>
            <div class="banner-actions">
                <button type="button" class="secondary" id="conflict-keep-all" onclick={send(Command::ResolveAll(true))}>{ c.keep_all_here }</button>
                <button type="button" class="secondary" id="conflict-take-all" onclick={send(Command::ResolveAll(false))}>{ c.take_all_there }</button>
            </div>
        </>
    };
    banner("banner-conflict", true, &conflicts::banner(v.conflicts.len(), lang), rest)
}

/// What happened to the open draft elsewhere, in one line, with its action if any.
fn notice_line(notice: &Notice, drafts: &Drafts, lang: Lang) -> Html {
    let c = conflicts::ui(lang);
    let send = |cmd: Command| on_click(&drafts.command, cmd);
    let (text, action) = match notice {
        Notice::ChangedElsewhere { at } => {
            (conflicts::changed_elsewhere(&crate::web::storage::local_time(at, lang), lang), html! {})
        }
        Notice::DeletedElsewhere => (
            conflicts::deleted_elsewhere(lang).to_string(),
            html! { <button type="button" class="link" id="notice-restore" onclick={send(Command::RestoreHere)}>{ c.restore_here }</button> },
        ),
        Notice::Cleared => (conflicts::cleared(lang).to_string(), html! {}),
        Notice::SetAside { id, name } => (
            conflicts::set_aside(name, lang),
            html! { <button type="button" class="link" id="notice-open-aside" onclick={send(Command::Open(id.clone()))}>{ c.open_aside }</button> },
        ),
    };
    html! {
        <p class="draft-notice" id="draft-notice" role="status">
            <span>{ text }</span>{ " " }{ action }
            <button type="button" class="link dismiss" onclick={send(Command::DismissNotice)} aria-label={c.dismiss} title={c.dismiss}>{ "×" }</button>
        </p>
    }
}
