//! Signing: the typed full name and capacity (always possible by keyboard), an
//! optional drawing, and the consent to this version of the text, whose fingerprint
//! the signature binds to. What such a signature is worth is said beside the button.

use super::draw_pad::DrawPad;
use super::text::{colon, t};
use crate::agreement::{messages, Drawing, Fingerprint, Party, Signature};
use crate::model::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SignFormProps {
    pub lang: Lang,
    pub party: Party,
    pub fingerprint: Fingerprint,
    pub rev: u64,
    pub name: AttrValue,
    pub capacity: AttrValue,
    pub on_sign: Callback<Signature>,
    pub id: &'static str,
}

#[function_component(SignForm)]
pub fn sign_form(p: &SignFormProps) -> Html {
    let lang = p.lang;
    let (name, capacity, consent) = (use_node_ref(), use_node_ref(), use_node_ref());
    let drawing = use_mut_ref(|| None::<Drawing>);
    let name_error = use_state(|| None::<&'static str>);
    let consent_error = use_state(|| false);
    let on_draw = {
        let drawing = drawing.clone();
        Callback::from(move |d: Option<Drawing>| *drawing.borrow_mut() = d)
    };
    let submit = {
        let (name, capacity, consent, drawing) = (name.clone(), capacity.clone(), consent.clone(), drawing.clone());
        let (name_error, consent_error, on_sign) = (name_error.clone(), consent_error.clone(), p.on_sign.clone());
        let (party, fp) = (p.party, p.fingerprint);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| r.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let agreed = consent.cast::<HtmlInputElement>().is_some_and(|i| i.checked());
            consent_error.set(!agreed);
            let now = crate::web::storage::now_iso();
            match Signature::new(party, &value(&name), &value(&capacity), &now, fp, drawing.borrow().clone()) {
                Ok(s) => {
                    name_error.set(None);
                    if agreed {
                        on_sign.emit(s);
                    }
                }
                Err(e) => name_error.set(Some(messages::signature(e, lang))),
            }
        })
    };
    let id = p.id;
    let ids = |what: &str| format!("{id}-{what}");
    let consent_text = format!(
        "{} ({}, {})",
        t(lang, "J’ai lu ce contrat et je l’accepte", "I have read this contract and I accept it"),
        colon(lang, t(lang, "version", "version"), &p.rev.to_string()),
        colon(lang, t(lang, "empreinte", "fingerprint"), &p.fingerprint.short()),
    );
    html! {
        <form class="sign-form" onsubmit={submit} novalidate=true>
            <div class={classes!("field", name_error.is_some().then_some("invalid"))}>
                <label for={ids("name")}>{ t(lang, "Votre nom complet", "Your full name") }</label>
                <input type="text" id={ids("name")} ref={name} value={p.name.clone()} autocomplete="name"
                    aria-invalid={name_error.is_some().to_string()} aria-describedby={ids("name-error")} />
                <p class="error" id={ids("name-error")} aria-live="polite">{ name_error.unwrap_or_default() }</p>
            </div>
            <div class="field">
                <label for={ids("capacity")}>{ t(lang, "En qualité de (facultatif)", "Signing as (optional)") }</label>
                <input type="text" id={ids("capacity")} ref={capacity} value={p.capacity.clone()} autocomplete="organization-title" />
            </div>
            <details class="draw">
                <summary>{ t(lang, "Ajouter une signature dessinée (facultatif)", "Add a drawn signature (optional)") }</summary>
                <p class="hint">{ t(lang, "Dessinez avec la souris, un stylet ou le doigt. Votre nom tapé suffit à signer\u{a0}: le dessin ne fait que s’y ajouter.", "Draw with the mouse, a pen or your finger. Your typed name is enough to sign: the drawing only adds to it.") }</p>
                <DrawPad id={AttrValue::from(ids("pad"))} {lang} on_change={on_draw} />
            </details>
            <div class={classes!("field", "check", consent_error.then_some("invalid"))}>
                <input type="checkbox" id={ids("consent")} ref={consent} aria-describedby={ids("consent-error")}
                    aria-invalid={consent_error.to_string()} />
                <label for={ids("consent")}>{ consent_text }</label>
                <p class="error" id={ids("consent-error")} aria-live="polite">
                    { if *consent_error { t(lang, "Cochez cette case pour signer.", "Tick this box to sign.") } else { "" } }
                </p>
            </div>
            <p class="note">{ messages::what_signing_is(lang) }</p>
            <button type="submit" class="primary" id={ids("submit")}>{ t(lang, "Signer", "Sign") }</button>
        </form>
    }
}
