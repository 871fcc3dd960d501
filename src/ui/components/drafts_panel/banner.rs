//! One saving alert: a warning, or an error announced at once; its actions or list
//! follow the text.

use yew::prelude::*;

/// A banner with `id`: an error (announced as an alert) or a warning, its `text`,
/// then `rest`.
pub fn banner(id: &'static str, error: bool, text: &str, rest: Html) -> Html {
    let class = if error { "banner is-error" } else { "banner is-warn" };
    html! {
        <div {class} role={error.then_some("alert")} {id}>
            <p>{ text.to_string() }</p>
            { rest }
        </div>
    }
}
