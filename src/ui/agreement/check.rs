//! "Check a contract": a fingerprint, pasted or read from a signed PDF that Cadre
//! wrote, against the versions at hand (the draft as it is, the last message about it,
//! what each signature signed): which version it is, or none.

use super::open::chosen_file;
use super::text::{colon, t};
use crate::agreement::check::{check, fingerprint_in_pdf, Verdict, Version};
use crate::model::Lang;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckFormProps {
    pub lang: Lang,
    /// The versions at hand, newest first.
    pub versions: Rc<Vec<Version>>,
}

#[function_component(CheckForm)]
pub fn check_form(p: &CheckFormProps) -> Html {
    let lang = p.lang;
    let verdict = use_state(|| None::<Verdict>);
    let input = use_node_ref();
    let judge = {
        let (verdict, versions) = (verdict.clone(), p.versions.clone());
        Callback::from(move |text: String| verdict.set(Some(check(&text, &versions))))
    };
    let onsubmit = {
        let (judge, input) = (judge.clone(), input.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            judge.emit(input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default());
        })
    };
    let on_file = {
        let judge = judge.clone();
        chosen_file(Callback::from(move |bytes: Vec<u8>| judge.emit(fingerprint_in_pdf(&bytes).unwrap_or_default())))
    };
    let (line, bad) = match &*verdict {
        None => (String::new(), false),
        Some(Verdict::Matches { rev, short }) => {
            let what = colon(lang, t(lang, "C’est ce contrat, version", "This is this contract, version"), &rev.to_string());
            let more = if *short { t(lang, " (empreinte courte\u{a0}: comparez l’empreinte complète pour une preuve)", " (short fingerprint: compare the full one for proof)") } else { "" };
            (format!("{what}{more}."), false)
        }
        Some(Verdict::NoMatch) => (t(lang, "Cette empreinte ne correspond à aucune version de ce contrat\u{a0}: c’est un autre texte, ou ses termes ont changé.", "This fingerprint matches no version of this contract: it is another text, or its terms have changed.").to_string(), true),
        Some(Verdict::NotAFingerprint) => (t(lang, "Ce n’est pas une empreinte\u{a0}: collez les 64 caractères (ou les 16 premiers) imprimés en bas de chaque page du PDF signé, ou choisissez ce PDF.", "This is not a fingerprint: paste the 64 characters (or the first 16) printed at the foot of every page of the signed PDF, or choose that PDF.").to_string(), true),
    };
    html! {
        <form class="check" {onsubmit}>
            <div class={classes!("field", bad.then_some("invalid"))}>
                <label for="check-fingerprint">{ t(lang, "Empreinte à vérifier", "Fingerprint to check") }</label>
                <input type="text" id="check-fingerprint" ref={input} spellcheck="false" autocomplete="off" aria-describedby="check-verdict" />
                <p id="check-verdict" class={classes!(if bad { "error" } else { "ok" })} aria-live="polite">{ line }</p>
            </div>
            <div class="buttons">
                <button type="submit" class="secondary">{ t(lang, "Vérifier", "Check") }</button>
            </div>
            <div class="field file">
                <label for="check-pdf">{ t(lang, "… ou choisissez le PDF signé", "… or choose the signed PDF") }</label>
                <input type="file" id="check-pdf" accept=".pdf,application/pdf" onchange={on_file} />
            </div>
        </form>
    }
}
