//! The start of a new draft, on the first step: the trade choice (skippable), "start
//! from a previous contract" for a new client, and where drafts live; then, once the
//! provider's details are complete, "save as my details". View functions, not
//! components (a component type costs about 0.7 KB of gzipped wasm).

use super::drafts_panel::drafts_message::drafts_message;
use crate::i18n::start as words;
use crate::interview::Action;
use crate::model::trades::Trade;
use crate::model::Lang;
use crate::storage::Summary;
use crate::ui::hooks::{Command, Drafts, Place};
use crate::ui::state::{make_callback, Dispatch};
use yew::prelude::*;

/// The previous contracts offered: the most recent openable ones but the open draft.
const PREVIOUS_SHOWN: usize = 5;

/// A draft's line: its title (or the client's name), and the client when both exist.
fn line(d: &Summary, lang: Lang) -> String {
    let title = d.title().unwrap_or(words::ui(lang).untitled);
    match d.client.trim() {
        c if c.is_empty() || c == title => title.to_string(),
        c => [title, c].join(" — "),
    }
}

/// Shown on the first step of a new draft, before any answer.
pub fn start_panel(drafts: &Drafts, dispatch: &Dispatch, lang: Lang) -> Html {
    let t = words::ui(lang);
    let trades = Trade::ALL.iter().map(|&trade| {
        html! {
            <button type="button" class="secondary trade" id={format!("trade--{}", trade.key())}
                onclick={make_callback(dispatch, move |_: MouseEvent| Action::StartFromTrade { trade })}>
                { words::trade(trade, lang) }
            </button>
        }
    });
    let v = &drafts.view;
    let previous: Vec<&Summary> =
        v.drafts.iter().filter(|d| d.id != v.current && d.openable && d.newer.is_none()).take(PREVIOUS_SHOWN).collect();
    let previous = (!previous.is_empty()).then(|| {
        let items = previous.iter().map(|d| {
            let command = Command::NewClient(d.id.clone(), Place::Start);
            let onclick = drafts.command.reform(move |_: MouseEvent| command.clone());
            html! {
                <li><button type="button" class="secondary" id={format!("start-from-{}", d.id)} {onclick}
                    aria-describedby="start-previous-help">{ line(d, lang) }</button></li>
            }
        });
        html! {
            <section class="start-previous" aria-labelledby="start-previous-title">
                <h3 id="start-previous-title">{ t.previous_title }</h3>
                <p class="hint" id="start-previous-help">{ t.previous_help }</p>
                <ul>{ for items }</ul>
            </section>
        }
    });
    html! {
        <div class="start">
            // A returning user most often starts from a previous contract: first.
            { for previous }
            <h3 id="trade-legend">{ t.trade_legend }</h3>
            <p class="hint" id="trade-help">{ t.trade_help }</p>
            <div class="trades" role="group" aria-labelledby="trade-legend" aria-describedby="trade-help">{ for trades }</div>
            <p class="hint device-only">{ t.device_only }</p>
        </div>
    }
}

/// After a trade was chosen: what it filled in.
pub fn trade_note(trade: Option<Trade>, lang: Lang) -> Html {
    match trade {
        Some(t) => {
            html! { <p class="note trade-note" id="trade-note" role="status">{ words::trade_applied(t, lang) }</p> }
        }
        None => html! {},
    }
}

/// "Save as my details" (`offer`: the provider's details are complete and none are
/// saved yet), and the message of the last save or "new client" asked from here.
pub fn save_details(drafts: &Drafts, offer: bool, lang: Lang) -> Html {
    let t = words::ui(lang);
    let onclick = drafts.command.reform(|_: MouseEvent| Command::SaveProfile(Place::Start));
    html! {
        <>
            if offer {
                <div class="save-details">
                    <p class="hint" id="save-details-help">{ t.save_help }</p>
                    <button type="button" class="secondary" id="save-details-here" {onclick}
                        aria-describedby="save-details-help">{ t.save }</button>
                </div>
            }
            <div aria-live="polite">{ drafts_message(drafts.message.as_ref(), Place::Start, "start-msg") }</div>
        </>
    }
}
