//! Root component (being written).
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <main class="app" id="cadre">
            <h1>{ "Cadre" }</h1>
        </main>
    }
}
