//! "Import a draft…": a file input behind a button-styled label.

use crate::ui::hooks::Command;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The import control; `error`: the last import was refused.
pub fn import_button(commands: &Callback<Command>, error: bool, label: &'static str) -> Html {
    let onchange = {
        let commands = commands.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                commands.emit(Command::Import(file));
            }
            // The same file may be chosen again.
            input.set_value("");
        })
    };
    html! {
        <span class="import">
            <input type="file" id="draft-import" class="visually-hidden" accept=".json,application/json"
                {onchange} aria-describedby="draft-import-help draft-import-msg" aria-invalid={error.to_string()} />
            <label for="draft-import" class="button secondary">{ label }</label>
        </span>
    }
}
