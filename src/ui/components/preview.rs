//! The live contract: the document's HTML fragment, with the article that the current
//! question changes highlighted and scrolled into view. The fragment comes as a tree of
//! parts (`render::html::Part`): a part whose HTML did not change keeps its DOM, so a
//! keystroke replaces and lays out one paragraph or list item, not the whole contract.

use crate::document::Section;
use crate::render::html::Part;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew::virtual_dom::VTag;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The contract's `<article>` (`render::html::fragment_parts`), escaped by
    /// `render::html`, the one place HTML is escaped.
    pub contract: Rc<Part>,
    pub highlight: Option<Section>,
    /// Accessible name of the scrollable region.
    pub label: AttrValue,
}

#[function_component(Preview)]
pub fn preview(p: &PreviewProps) -> Html {
    let body = use_node_ref();
    {
        let body = body.clone();
        use_effect_with((p.highlight, p.contract.clone()), move |(highlight, _)| {
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
            { view(&p.contract) }
        </div>
    }
}

fn view(part: &Part) -> Html {
    match part {
        Part::Html(html) => Html::from_html_unchecked(AttrValue::from(html.clone())),
        Part::Element { tag, attrs, children } => {
            let mut element = VTag::new(*tag);
            for (name, value) in attrs {
                element.add_attribute(name, value.clone());
            }
            element.add_children(children.iter().map(view));
            element.into()
        }
    }
}
