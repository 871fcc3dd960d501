//! The live contract: the document's HTML fragment, with the article that the current
//! question changes highlighted and scrolled into view.

use crate::document::Section;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// Escaped by `render::html`, the one place HTML is escaped.
    pub html: AttrValue,
    pub highlight: Option<Section>,
    /// Accessible name of the scrollable region.
    pub label: AttrValue,
}

#[function_component(Preview)]
pub fn preview(p: &PreviewProps) -> Html {
    let body = use_node_ref();
    {
        let body = body.clone();
        use_effect_with((p.highlight, p.html.clone()), move |(highlight, _)| {
            if let Some(root) = body.cast::<web_sys::Element>() {
                if let Ok(old) = root.query_selector_all(".highlight") {
                    for i in 0..old.length() {
                        if let Some(el) = old.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                            let _ = el.class_list().remove_1("highlight");
                        }
                    }
                }
                if let Some(section) = highlight {
                    if let Ok(Some(el)) = root.query_selector(&format!("#art-{}", section.id())) {
                        let _ = el.class_list().add_1("highlight");
                    }
                }
            }
        });
    }
    {
        // Scroll only when the question changes, not on every keystroke.
        let body = body.clone();
        use_effect_with(p.highlight, move |highlight| {
            if let (Some(root), Some(section)) = (body.cast::<web_sys::Element>(), highlight) {
                if let Ok(Some(el)) = root.query_selector(&format!("#art-{}", section.id())) {
                    let visible = root.client_height() > 0;
                    if visible {
                        let opts = web_sys::ScrollIntoViewOptions::new();
                        opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
                        opts.set_behavior(web_sys::ScrollBehavior::Smooth);
                        el.scroll_into_view_with_scroll_into_view_options(&opts);
                    }
                }
            }
        });
    }
    html! {
        <div class="preview-body" ref={body} tabindex="0" role="region" aria-label={p.label.clone()}>
            { Html::from_html_unchecked(p.html.clone()) }
        </div>
    }
}
