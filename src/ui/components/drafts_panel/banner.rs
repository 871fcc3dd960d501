//! One saving alert: a warning, or an error announced at once; its actions or list
//! follow the text.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BannerProps {
    pub id: AttrValue,
    /// An error (announced as an alert) rather than a warning.
    #[prop_or_default]
    pub error: bool,
    pub text: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Banner)]
pub fn banner(p: &BannerProps) -> Html {
    let class = if p.error { "banner is-error" } else { "banner is-warn" };
    html! {
        <div {class} role={p.error.then_some("alert")} id={p.id.clone()}>
            <p>{ p.text.clone() }</p>
            { p.children.clone() }
        </div>
    }
}
