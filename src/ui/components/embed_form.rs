//! "Embed on your site": options a site owner picks, and the iframe snippet they
//! write (with this page's address), ready to copy. A Yew app of its own, in the
//! `embed_setup` module (`src/bin/embed_setup.rs`), mounted inside the panel when it is
//! first opened (`EmbedPanel`): the first screen does not carry it. Values go through the same
//! checks as the URL parameters (`crate::embed`), so the snippet never carries one
//! that the embedded app would ignore.

use crate::embed::{self, text, Presets, Reason};
use crate::i18n;
use crate::model::field::Choice;
use crate::model::{Lang, ProviderStatus};
use crate::web;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedFormProps {
    pub lang: Lang,
}

/// The default accent (styles/app.css `--accent`), shown by the colour input when unset.
const DEFAULT_ACCENT: &str = "#1f5f8b";

/// What the owner typed or chose, by URL key ("" = not set), in the order first set.
type Raw = Vec<(&'static str, String)>;

fn put(raw: &mut Raw, key: &'static str, value: String) {
    match raw.iter_mut().find(|(k, _)| *k == key) {
        Some((_, v)) => *v = value,
        None => raw.push((key, value)),
    }
}

fn lookup<'a>(raw: &'a Raw, key: &str) -> Option<&'a String> {
    raw.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
}

fn presets_of(raw: &Raw) -> (Presets, Vec<&'static str>) {
    let mut presets = Presets::default();
    let mut refused = Vec::new();
    for &(key, ref value) in raw {
        if value.trim().is_empty() {
            continue;
        }
        if let Err(Reason::Invalid | Reason::TooLong | Reason::BadEncoding | Reason::Repeated | Reason::OverLimit) =
            presets.set_param(key, value)
        {
            refused.push(key);
        }
    }
    (presets, refused)
}

fn value_of(e: &Event) -> String {
    let Some(target) = e.target() else { return String::new() };
    if let Some(i) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        i.value()
    } else if let Some(s) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.value()
    } else if let Some(t) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.value()
    } else {
        String::new()
    }
}

#[function_component(EmbedForm)]
pub fn embed_form(p: &EmbedFormProps) -> Html {
    let t = text::form(p.lang);
    let raw = use_state(Raw::new);
    let height = use_state(|| embed::DEFAULT_HEIGHT);
    // None: nothing tried yet; Some(copied?).
    let status = use_state(|| None::<bool>);

    let (presets, refused) = presets_of(&raw);
    let base = embed::base_url(&web::params::href()).to_string();
    // The snippet's title and link speak the language the frame is set to.
    let code = embed::snippet(&base, &presets, *height, presets.ui_lang.unwrap_or(p.lang));
    let direct = embed::full_page_url(&embed::embed_url(&base, &presets));

    let set = |key: &'static str| {
        let raw = raw.clone();
        Callback::from(move |e: Event| {
            let mut next = (*raw).clone();
            put(&mut next, key, value_of(&e));
            raw.set(next);
        })
    };
    let input = |key: &'static str| {
        let set = set(key);
        Callback::from(move |e: InputEvent| set.emit(e.into()))
    };
    let reset_accent = {
        let raw = raw.clone();
        Callback::from(move |_| {
            let mut next = (*raw).clone();
            next.retain(|(k, _)| *k != "accent");
            raw.set(next);
        })
    };
    let on_height = {
        let height = height.clone();
        Callback::from(move |e: Event| {
            if let Ok(h) = value_of(&e).trim().parse::<u32>() {
                height.set(h.clamp(*embed::HEIGHTS.start(), *embed::HEIGHTS.end()));
            }
        })
    };
    let copy = {
        let status = status.clone();
        let code = code.clone();
        Callback::from(move |_| {
            let status = status.clone();
            web::params::copy_text(&code, move |ok| status.set(Some(ok)));
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(area) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
            area.select();
        }
    });
    let status_text = match *status {
        Some(true) => t.copied,
        Some(false) => t.copy_failed,
        None => "",
    };

    let get = |key: &str| lookup(&raw, key).cloned().unwrap_or_default();
    let problem = |key: &'static str| {
        refused
            .contains(&key)
            .then(|| html! { <span class="problem" id={format!("embed-{key}-problem")}>{ t.invalid_ignored }</span> })
    };
    let lang_select = |key: &'static str, label: &'static str| {
        let current = get(key);
        html! {
            <label class="embed-field">
                <span>{ label }</span>
                <select id={format!("embed-{key}")} onchange={set(key)}>
                    <option value="" selected={current.is_empty()}>{ t.visitor_choice }</option>
                    <option value="fr" selected={current == "fr"}>{ "Français" }</option>
                    <option value="en" selected={current == "en"}>{ "English" }</option>
                </select>
            </label>
        }
    };
    let text_input = |key: &'static str, label: &'static str, kind: &'static str| {
        html! {
            <label class="embed-field">
                <span>{ label }</span>
                <input id={format!("embed-{key}")} type={kind} value={get(key)} oninput={input(key)}
                    aria-invalid={refused.contains(&key).to_string()} autocomplete="off" />
                { for problem(key) }
            </label>
        }
    };
    let status_options = ProviderStatus::KEYS.iter().map(|&k| {
        html! { <option value={k} selected={get("status") == k}>{ i18n::option(k, p.lang) }</option> }
    });
    let accent = lookup(&raw, "accent").filter(|a| !a.is_empty()).cloned();

    html! {
        <>
            <p>{ t.panel_intro }</p>
            <fieldset class="embed-options">
                <legend>{ t.options }</legend>
                { lang_select("lang", t.ui_lang) }
                { lang_select("contract", t.contract_lang) }
                <div class="embed-field">
                    <label for="embed-accent">{ t.accent }</label>
                    <div class="embed-accent">
                        <input id="embed-accent" type="color" value={accent.clone().unwrap_or_else(|| DEFAULT_ACCENT.into())} onchange={set("accent")} />
                        if accent.is_some() {
                            <button type="button" class="secondary" onclick={reset_accent}>{ t.accent_default }</button>
                        }
                    </div>
                </div>
                <label class="embed-field">
                    <span>{ t.height }</span>
                    <input id="embed-height" type="number" inputmode="numeric" min={embed::HEIGHTS.start().to_string()}
                        max={embed::HEIGHTS.end().to_string()} step="50" value={height.to_string()} onchange={on_height} />
                </label>
            </fieldset>
            <details class="embed-provider">
                <summary>{ t.provider }</summary>
                <p class="hint">{ t.provider_hint }</p>
                <div class="embed-options">
                    { text_input("name", t.name, "text") }
                    { text_input("siren", t.siren, "text") }
                    { text_input("address", t.address, "text") }
                    { text_input("email", t.email, "email") }
                    <label class="embed-field">
                        <span>{ t.vat }</span>
                        <select id="embed-vat" onchange={set("vat")}>
                            <option value="" selected={get("vat").is_empty()}>{ t.unset }</option>
                            <option value="franchise" selected={get("vat") == "franchise"}>{ t.vat_franchise }</option>
                            <option value="liable" selected={get("vat") == "liable"}>{ t.vat_liable }</option>
                        </select>
                    </label>
                    <label class="embed-field">
                        <span>{ t.status }</span>
                        <select id="embed-status" onchange={set("status")}>
                            <option value="" selected={get("status").is_empty()}>{ t.unset }</option>
                            { for status_options }
                        </select>
                    </label>
                </div>
            </details>
            <label for="embed-code" class="embed-code-label">{ t.snippet }</label>
            <textarea id="embed-code" class="embed-code" readonly=true rows="6" spellcheck="false" value={code} onfocus={select_all} />
            <p class="hint">{ t.snippet_hint }</p>
            <div class="embed-actions">
                <button type="button" class="primary" id="embed-copy" onclick={copy}>{ t.copy }</button>
                <p class="status" aria-live="polite">{ status_text }</p>
            </div>
            <p class="embed-direct">{ t.direct_link }{ " " }<a href={direct.clone()} target="_blank" rel="noopener">{ direct }</a></p>
        </>
    }
}
