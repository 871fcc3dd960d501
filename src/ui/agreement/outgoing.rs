//! Sending a message: an optional passphrase, then the link (or, past
//! `link::LINK_MAX`, the `.cadre` file), a copy button, and the e-mail to paste.

use super::text::{colon, quoted, t};
use crate::agreement::{frame, link, Kind, Message, Party};
use crate::model::Lang;
use crate::web::agreement_store;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutgoingProps {
    pub message: Rc<Message>,
    /// Who sends it.
    pub from: Party,
    pub lang: Lang,
    /// The id prefix of the controls.
    pub id: &'static str,
}

/// What was made to send.
#[derive(Clone, PartialEq)]
struct Made {
    /// The link, when short enough for an e-mail.
    link: Option<String>,
    /// Its length, or the one it would have had.
    length: usize,
    file: Rc<Vec<u8>>,
    sealed: bool,
}

/// Where a link opens: `open.html` beside the app (the agreement alone, not the app's
/// first screen; `static/open.js`), whichever of the two pages makes the link.
fn page() -> String {
    let base =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
    web_sys::Url::new_with_base("open.html", &base).map(|u| u.href()).unwrap_or_default()
}

/// Copies `text` to the clipboard (best effort: the text stays selectable).
fn copy(text: &str) {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return };
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    if let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) {
        if let Ok(write) = wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(write) {
            let _ = write.call1(&clipboard, &text.into());
        }
    }
}

/// The `.cadre` file's name: what it is and for whom.
fn file_name(m: &Message) -> String {
    let what = match (m.answers.contract_lang, m.kind) {
        (Lang::Fr, Kind::Proposal) => "proposition",
        (Lang::Fr, Kind::Answer) => "reponse",
        (Lang::Fr, Kind::Signed) => "contrat-signe",
        (Lang::En, Kind::Proposal) => "proposal",
        (Lang::En, Kind::Answer) => "answer",
        (Lang::En, Kind::Signed) => "signed-contract",
    };
    let slug = crate::file_name::first_slug([&m.answers.client.name, &m.answers.mission.title]);
    match slug {
        Some(s) => format!("{what}-{s}-v{}.cadre", m.draft.rev),
        None => format!("{what}-v{}.cadre", m.draft.rev),
    }
}

/// The e-mail that goes with it, in the interface's language.
fn email(m: &Message, from: Party, made: &Made, lang: Lang) -> String {
    let a = &m.answers;
    let mission = if a.mission.title.trim().is_empty() {
        t(lang, "notre mission", "our mission").to_string()
    } else {
        quoted(lang, a.mission.title.trim())
    };
    let me = match from {
        Party::Provider => a.provider.name.trim(),
        Party::Client => a.client.name.trim(),
    };
    let (subject, ask) = match (m.kind, from) {
        (Kind::Proposal, _) => (
            t(lang, "Contrat à relire", "Contract to review"),
            t(lang, "Voici le contrat que je vous propose. Ouvrez-le pour le lire, compléter vos coordonnées et, si besoin, me proposer des changements ou commenter un article\u{a0}; puis renvoyez-moi par e-mail le lien de réponse que Cadre vous donnera en bas de la page.", "Here is the contract I propose. Open it to read it, complete your details and, if needed, propose changes or comment on an article; then e-mail me the answer link Cadre gives you at the bottom of the page."),
        ),
        (Kind::Answer, _) => (
            t(lang, "Ma réponse au contrat", "My answer to the contract"),
            t(lang, "Voici ma réponse\u{a0}: mes coordonnées, et les changements ou commentaires que je propose.", "Here is my answer: my details, and the changes or comments I propose."),
        ),
        (Kind::Signed, _) if m.signatures.len() >= 2 => (
            t(lang, "Contrat signé", "Signed contract"),
            t(lang, "Voici le contrat signé par nous deux\u{a0}: ouvrez-le pour télécharger le PDF signé.", "Here is the contract signed by both of us: open it to download the signed PDF."),
        ),
        (Kind::Signed, _) => (
            t(lang, "Contrat à signer", "Contract to sign"),
            t(lang, "J’ai signé le contrat\u{a0}: ouvrez-le pour le relire et le signer à votre tour, puis renvoyez-moi par e-mail le lien que Cadre vous donnera.", "I have signed the contract: open it to read it and sign it in turn, then e-mail me the link Cadre gives you."),
        ),
    };
    let how = match &made.link {
        Some(l) => format!("{}\n{l}", t(lang, "Le lien\u{a0}:", "The link:")),
        None => {
            let open = link::link(&page(), &[]);
            format!(
                "{}\n{open}",
                t(lang, "Le fichier .cadre joint s’ouvre sur cette page (bouton «\u{a0}choisissez le fichier .cadre reçu\u{a0}»)\u{a0}:", "The attached .cadre file opens on this page (button “choose the .cadre file you received”):")
            )
        }
    };
    let secret = if made.sealed {
        t(
            lang,
            "\n\nIl est protégé par une phrase secrète, que je vous donne à part.",
            "\n\nIt is protected by a passphrase, which I will give you separately.",
        )
    } else {
        ""
    };
    let privacy = t(
        lang,
        "Le contrat s’ouvre dans votre navigateur, avec Cadre\u{a0}: rien n’est envoyé à un serveur.",
        "The contract opens in your browser, with Cadre: nothing is sent to a server.",
    );
    let hello = t(lang, "Bonjour,", "Hello,");
    let bye = t(lang, "Bien cordialement,", "Kind regards,");
    format!(
        "{}\n\n{hello}\n\n{ask}\n\n{how}{secret}\n\n{privacy}\n\n{bye}\n{me}",
        colon(lang, t(lang, "Objet", "Subject"), &format!("{subject} – {mission}"))
    )
}

#[function_component(Outgoing)]
pub fn outgoing(p: &OutgoingProps) -> Html {
    let lang = p.lang;
    let made = use_state(|| None::<Made>);
    let busy = use_state(|| false);
    let failed = use_state(|| None::<&'static str>);
    let copied = use_state(|| None::<&'static str>);
    let pass = use_node_ref();
    // A new message to send: what was made for the previous one is gone.
    {
        let (made, copied) = (made.clone(), copied.clone());
        use_effect_with(p.message.clone(), move |_| {
            made.set(None);
            copied.set(None);
        });
    }
    let make = {
        let (made, busy, failed, pass, message) =
            (made.clone(), busy.clone(), failed.clone(), pass.clone(), p.message.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let passphrase = pass.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let (made, busy, failed, message) = (made.clone(), busy.clone(), failed.clone(), message.clone());
            busy.set(true);
            yew::platform::spawn_local(async move {
                let sealed = !passphrase.trim().is_empty();
                let bytes = if sealed {
                    crate::web::crypto::seal(&message, &passphrase).await.map_err(|_| {
                        t(lang, "Le chiffrement n’est pas disponible dans ce navigateur (page non sécurisée\u{a0}?)\u{a0}: envoyez sans phrase secrète, ou ouvrez Cadre en https.", "Encryption is not available in this browser (page not secure?): send without a passphrase, or open Cadre over https.")
                    })
                } else {
                    Ok(frame::seal(&message))
                };
                match bytes {
                    Ok(bytes) => {
                        let l = link::link(&page(), &bytes);
                        let length = l.len();
                        let fits = link::fits_in_link(&l);
                        agreement_store::keep(&message);
                        failed.set(None);
                        made.set(Some(Made {
                            link: fits.then_some(l),
                            length,
                            file: Rc::new(link::file(&bytes)),
                            sealed,
                        }));
                    }
                    Err(why) => failed.set(Some(why)),
                }
                busy.set(false);
            });
        })
    };
    let id = p.id;
    let pass_id = format!("{id}-passphrase");
    let result = made.as_ref().map(|m| {
        let mail = email(&p.message, p.from, m, lang);
        let name = file_name(&p.message);
        let save = {
            let (file, name, failed) = (m.file.clone(), name.clone(), failed.clone());
            Callback::from(move |_: MouseEvent| {
                if crate::web::download::download(&file, "application/octet-stream", &name).is_err() {
                    failed.set(Some(t(lang, "Le navigateur a refusé le téléchargement.", "The browser refused the download.")));
                }
            })
        };
        let copy_button = |text: String, what: &'static str, label: &'static str, button_id: String| {
            let copied = copied.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                copy(&text);
                copied.set(Some(what));
            });
            html! { <button type="button" class="secondary" id={button_id} {onclick}>{ label }</button> }
        };
        let link_id = format!("{id}-link");
        let mail_id = format!("{id}-email");
        html! {
            <div class="made" aria-live="polite">
                if let Some(l) = &m.link {
                    <label for={link_id.clone()}>{ t(lang, "Le lien à envoyer", "The link to send") }</label>
                    <textarea id={link_id.clone()} class="link-out" readonly=true rows="3" value={l.clone()} />
                    <p class="hint">{ format!("{} {}", m.length, t(lang, "caractères. Le contrat est dans le lien lui-même (après le #, que les navigateurs n’envoient jamais à un serveur).", "characters. The contract is inside the link itself (after the #, which browsers never send to a server).")) }</p>
                    <div class="buttons">
                        { copy_button(l.clone(), "link", t(lang, "Copier le lien", "Copy the link"), format!("{id}-copy-link")) }
                        <button type="button" class="link" id={format!("{id}-file")} onclick={save.clone()}>{ t(lang, "ou télécharger le fichier .cadre", "or download the .cadre file") }</button>
                    </div>
                } else {
                    <p class="note">{ format!("{} ({} {})", t(lang, "Ce contrat est trop long pour un lien qu’une messagerie transmet sans le couper\u{a0}: envoyez le fichier .cadre en pièce jointe.", "This contract is too long for a link that mail programs pass on without cutting it: send the .cadre file as an attachment."), m.length, t(lang, "caractères", "characters")) }</p>
                    <div class="buttons">
                        <button type="button" class="primary" id={format!("{id}-file")} onclick={save}>{ t(lang, "Télécharger le fichier .cadre", "Download the .cadre file") }</button>
                    </div>
                }
                <label for={mail_id.clone()}>{ t(lang, "Le message à coller dans votre e-mail", "The message to paste into your e-mail") }</label>
                <textarea id={mail_id} class="email-out" readonly=true rows="10" value={mail.clone()} />
                <div class="buttons">{ copy_button(mail, "email", t(lang, "Copier le message", "Copy the message"), format!("{id}-copy-email")) }</div>
                if let Some(what) = *copied {
                    <p class="status">{ if what == "link" { t(lang, "Lien copié.", "Link copied.") } else { t(lang, "Message copié.", "Message copied.") } }</p>
                }
            </div>
        }
    });
    html! {
        <div class="outgoing">
            <form onsubmit={make}>
                <div class="field">
                    <label for={pass_id.clone()}>{ t(lang, "Phrase secrète (facultative)", "Passphrase (optional)") }</label>
                    <input type="text" id={pass_id.clone()} ref={pass} autocomplete="off" spellcheck="false" aria-describedby={format!("{pass_id}-hint")} />
                    <p class="hint" id={format!("{pass_id}-hint")}>{ t(lang, "Chiffre le contrat (AES-GCM, par votre navigateur)\u{a0}: sans elle, quiconque voit le lien peut le lire. Donnez-la par un autre moyen que le lien (téléphone, SMS).", "Encrypts the contract (AES-GCM, by your browser): without it, anyone who sees the link can read it. Give it by another way than the link (phone, text message).") }</p>
                </div>
                <button type="submit" class="primary" id={format!("{id}-make")} disabled={*busy}>
                    { if *busy { t(lang, "Préparation…", "Preparing…") } else { t(lang, "Créer le lien", "Make the link") } }
                </button>
                if let Some(why) = *failed {
                    <p class="error" role="alert">{ why }</p>
                }
            </form>
            { for result }
        </div>
    }
}
