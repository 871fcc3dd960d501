//! A closed panel whose content is a module of its own (`web::later`), imported and
//! mounted inside the panel the first time it is opened, then told the interface
//! language at each change: the site owner's embedding form (`embed_setup`) and the
//! agreement's tools (`agreement`: send to the client, sign, open a reply, check).

use crate::model::Lang;
use crate::web::later;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LaterPanelProps {
    /// The module (`dist/<module>/`), whose export `mount(root, lang, arg)` shows it.
    pub module: &'static str,
    /// What the module is shown for (the open draft's id…), its third argument.
    #[prop_or_default]
    pub arg: AttrValue,
    pub id: &'static str,
    pub title: &'static str,
    pub lang: Lang,
}

#[derive(Clone, Copy, PartialEq)]
enum Content {
    Closed,
    Loading,
    Shown,
    Failed,
}

#[function_component(LaterPanel)]
pub fn later_panel(p: &LaterPanelProps) -> Html {
    let content = use_state(|| Content::Closed);
    let root = use_node_ref();
    let show = {
        let (content, root, module) = (content.clone(), root.clone(), p.module);
        move |lang: Lang, arg: AttrValue| {
            let (content, root) = (content.clone(), root.clone());
            yew::platform::spawn_local(async move {
                let shown = match root.get() {
                    Some(element) => later::mount(module, element.into(), lang, &arg).await,
                    None => Err(later::LoadError),
                };
                content.set(if shown.is_ok() { Content::Shown } else { Content::Failed });
            });
        }
    };
    {
        let (show, state) = (show.clone(), *content);
        use_effect_with((p.lang, p.arg.clone()), move |(lang, arg)| {
            if state == Content::Shown {
                show(*lang, arg.clone());
            }
        });
    }
    let ontoggle = {
        let (content, lang, arg) = (content.clone(), p.lang, p.arg.clone());
        Callback::from(move |_: Event| {
            if matches!(*content, Content::Closed | Content::Failed) {
                content.set(Content::Loading);
                show(lang, arg.clone());
            }
        })
    };
    // One wording for every such panel: "Loading…", "could not be loaded (offline?)".
    let words = crate::embed::text::get(p.lang);
    html! {
        <details class="later-panel" id={p.id} {ontoggle}>
            <summary>{ p.title }</summary>
            if *content == Content::Loading {
                <p class="status" aria-live="polite">{ words.panel_loading }</p>
            }
            if *content == Content::Failed {
                <p class="status error" role="alert">{ words.panel_failed }</p>
            }
            <div class="later-content" ref={root}></div>
        </details>
    }
}
