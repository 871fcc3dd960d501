//! "Embed on your site": a closed panel whose form (`EmbedForm`, about 9 KB gzipped
//! with the colour maths and the snippet) is a module of its own, imported and mounted
//! inside the panel the first time it is opened (`web::later`).

use crate::embed::text;
use crate::model::Lang;
use crate::web::later;
use js_sys::Function;
use wasm_bindgen::JsValue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    pub lang: Lang,
}

#[derive(Clone, Copy, PartialEq)]
enum Form {
    Closed,
    Loading,
    Shown,
    Failed,
}

#[function_component(EmbedPanel)]
pub fn embed_panel(p: &EmbedPanelProps) -> Html {
    let t = text::get(p.lang);
    let form = use_state(|| Form::Closed);
    let root = use_node_ref();
    // Mounted at the first opening, and told the interface language at each change.
    let show = {
        let (form, root) = (form.clone(), root.clone());
        move |lang: Lang| {
            let (form, root) = (form.clone(), root.clone());
            yew::platform::spawn_local(async move {
                let mounted = async {
                    let module = later::module("embed_setup").await?;
                    let mount: Function = later::get(&module, "mount")?;
                    let element: JsValue = root.get().ok_or(later::LoadError)?.into();
                    mount.call2(&JsValue::NULL, &element, &lang.code().into()).map_err(|_| later::LoadError)
                };
                form.set(if mounted.await.is_ok() { Form::Shown } else { Form::Failed });
            });
        }
    };
    {
        let (show, state) = (show.clone(), *form);
        use_effect_with(p.lang, move |&lang| {
            if state == Form::Shown {
                show(lang);
            }
        });
    }
    let ontoggle = {
        let (form, lang) = (form.clone(), p.lang);
        Callback::from(move |_: Event| {
            if matches!(*form, Form::Closed | Form::Failed) {
                form.set(Form::Loading);
                show(lang);
            }
        })
    };
    html! {
        <details class="embed-panel" id="embed-panel" {ontoggle}>
            <summary>{ t.panel_title }</summary>
            if *form == Form::Loading {
                <p class="status" aria-live="polite">{ t.panel_loading }</p>
            }
            if *form == Form::Failed {
                <p class="status error" role="alert">{ t.panel_failed }</p>
            }
            <div class="embed-form" ref={root}></div>
        </details>
    }
}
