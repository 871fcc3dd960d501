//! Opening a message: from the page's fragment, a pasted link or a chosen `.cadre`
//! file; the passphrase asked when it is sealed; each refusal said in its own words,
//! and nothing touched.

use super::changes::Changes;
use super::client_review::ClientReview;
use super::signed_view::SignedView;
use super::text::t;
use crate::agreement::frame::{self, Opened};
use crate::agreement::{link, messages, Encrypted, Kind, Message, PayloadError};
use crate::model::Lang;
use crate::web::crypto::CryptoError;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Where a message comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// A link, or just its fragment.
    Link(String),
    /// A `.cadre` file's bytes.
    File(Vec<u8>),
}

/// Reads a message's frame; a sealed one still needs its passphrase.
pub fn read(source: &Source) -> Result<Opened, PayloadError> {
    match source {
        Source::Link(l) => frame::open(&link::frame_of_link(l)?),
        Source::File(bytes) => frame::open(link::frame_of_file(bytes)?),
    }
}

#[derive(Properties, PartialEq)]
pub struct OpenerProps {
    pub lang: Lang,
    /// What to open at once (the page's fragment); None: asks for a link or a file.
    #[prop_or_default]
    pub source: Option<Source>,
    pub on_open: Callback<Rc<Message>>,
    /// The id prefix of the fields (two openers never share a page, but ids stay unique).
    pub id: &'static str,
}

/// The link or file chooser, then the passphrase when the message is sealed.
#[function_component(Opener)]
pub fn opener(p: &OpenerProps) -> Html {
    // Why the last link, file or passphrase was refused, in words.
    let error = use_state(|| None::<&'static str>);
    let sealed = use_state(|| None::<Rc<Encrypted>>);
    let busy = use_state(|| false);
    let pasted = use_node_ref();
    let pass = use_node_ref();
    let take = {
        let (error, sealed, on_open) = (error.clone(), sealed.clone(), p.on_open.clone());
        let lang = p.lang;
        Callback::from(move |source: Source| match read(&source) {
            Ok(Opened::Plain(m)) => {
                error.set(None);
                on_open.emit(Rc::new(*m));
            }
            Ok(Opened::Encrypted(e)) => {
                error.set(None);
                sealed.set(Some(Rc::new(e)));
            }
            Err(e) => error.set(Some(messages::payload(&e, lang))),
        })
    };
    {
        let take = take.clone();
        use_effect_with(p.source.clone(), move |source| {
            if let Some(source) = source {
                take.emit(source.clone());
            }
        });
    }
    let open_pasted = {
        let (take, pasted) = (take.clone(), pasted.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(area) = pasted.cast::<HtmlTextAreaElement>() {
                take.emit(Source::Link(area.value()));
            }
        })
    };
    let open_file = {
        let take = take.clone();
        chosen_file(Callback::from(move |bytes| take.emit(Source::File(bytes))))
    };
    let lang = p.lang;
    let unlock = {
        let (sealed, error, busy, pass, on_open) =
            (sealed.clone(), error.clone(), busy.clone(), pass.clone(), p.on_open.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(record), Some(input)) = ((*sealed).clone(), pass.cast::<HtmlInputElement>()) else { return };
            let (sealed, error, busy, on_open) = (sealed.clone(), error.clone(), busy.clone(), on_open.clone());
            busy.set(true);
            yew::platform::spawn_local(async move {
                match crate::web::crypto::open(&record, &input.value()).await {
                    Ok(m) => {
                        error.set(None);
                        sealed.set(None);
                        on_open.emit(Rc::new(m));
                    }
                    Err(CryptoError::Payload(e)) => error.set(Some(messages::payload(&e, lang))),
                    Err(_) => error.set(Some(t(
                        lang,
                        "Ce navigateur ne peut pas déchiffrer ici (page non sécurisée\u{a0}: ouvrez Cadre en https).",
                        "This browser cannot decrypt here (page not secure: open Cadre over https).",
                    ))),
                }
                busy.set(false);
            });
        })
    };
    let id = p.id;
    let message = *error;
    let error_id = format!("{id}-error");
    let error_line = html! { <p class="error" id={error_id.clone()} role="alert">{ message.unwrap_or_default() }</p> };
    if sealed.is_some() {
        let pass_id = format!("{id}-passphrase");
        return html! {
            <form class="opener passphrase" onsubmit={unlock}>
                <p>{ t(lang, "Ce contrat est protégé par une phrase secrète\u{a0}: l’expéditeur vous l’a donnée à part (téléphone, SMS…).", "This contract is protected by a passphrase: the sender gave it to you separately (phone, text message…).") }</p>
                <div class={classes!("field", message.is_some().then_some("invalid"))}>
                    <label for={pass_id.clone()}>{ t(lang, "Phrase secrète", "Passphrase") }</label>
                    <input type="password" id={pass_id} ref={pass} autocomplete="off" aria-describedby={error_id}
                        aria-invalid={message.is_some().to_string()} />
                    { error_line }
                </div>
                <button type="submit" class="primary" disabled={*busy}>
                    { if *busy { t(lang, "Ouverture…", "Opening…") } else { t(lang, "Ouvrir le contrat", "Open the contract") } }
                </button>
            </form>
        };
    }
    let paste_id = format!("{id}-link");
    let file_id = format!("{id}-file");
    html! {
        <div class="opener">
            <form onsubmit={open_pasted}>
                <div class={classes!("field", message.is_some().then_some("invalid"))}>
                    <label for={paste_id.clone()}>{ t(lang, "Collez le lien reçu", "Paste the link you received") }</label>
                    <textarea id={paste_id} ref={pasted} rows="3" spellcheck="false" autocomplete="off"
                        aria-describedby={error_id} aria-invalid={message.is_some().to_string()} />
                    { error_line }
                </div>
                <button type="submit" class="secondary">{ t(lang, "Ouvrir ce lien", "Open this link") }</button>
            </form>
            <div class="field file">
                <label for={file_id.clone()}>{ t(lang, "… ou choisissez le fichier .cadre reçu", "… or choose the .cadre file you received") }</label>
                <input type="file" id={file_id} accept=".cadre,application/octet-stream" onchange={open_file} />
            </div>
        </div>
    }
}

/// The `onchange` of a file input: the chosen file's bytes to `then` (empty when the
/// browser cannot read it), and the input cleared, so the same file can be chosen again.
pub fn chosen_file(then: Callback<Vec<u8>>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        let then = then.clone();
        yew::platform::spawn_local(async move {
            let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
            then.emit(buffer.map(|b| js_sys::Uint8Array::new(&b).to_vec()).unwrap_or_default());
        });
        input.set_value("");
    })
}

#[derive(Properties, PartialEq)]
pub struct MessageViewProps {
    pub message: Rc<Message>,
    pub lang: Lang,
}

/// A message, by what it is: the client reviews a proposal, the provider sees what
/// an answer changes, either party signs a contract or downloads it signed.
#[function_component(MessageView)]
pub fn message_view(p: &MessageViewProps) -> Html {
    match p.message.kind {
        Kind::Proposal => html! { <ClientReview proposal={p.message.clone()} lang={p.lang} /> },
        Kind::Answer => html! { <Changes answer={p.message.clone()} lang={p.lang} /> },
        Kind::Signed => html! { <SignedView message={p.message.clone()} lang={p.lang} /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct MessagePageProps {
    /// The page's fragment (`#cadre=…`; `#cadre=` alone asks for a link or a file).
    pub fragment: AttrValue,
    pub lang: Lang,
}

/// The whole page of an opened link: Cadre's name, the interface language, the message.
#[function_component(MessagePage)]
pub fn message_page(p: &MessagePageProps) -> Html {
    let lang = use_state(|| p.lang);
    let message = use_state(|| None::<Rc<Message>>);
    let l = *lang;
    use_effect_with(l, |l| {
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", l.code());
        }
    });
    let switch = |to: Lang| {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| {
            crate::web::remember_ui_lang(to);
            lang.set(to);
        })
    };
    let on_open = {
        let message = message.clone();
        Callback::from(move |m: Rc<Message>| message.set(Some(m)))
    };
    let fragment = p.fragment.trim_start_matches('#');
    // `open.html` alone, or `#cadre=` with nothing after: ask for a link or a file.
    let source = (!matches!(fragment, "" | link::FRAGMENT_KEY)).then(|| Source::Link(fragment.to_string()));
    let home = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    let go_home = Callback::from(move |e: MouseEvent| {
        // The same page without its fragment: a fragment change alone would not reload.
        e.prevent_default();
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_href(&home);
            let _ = w.location().reload();
        }
    });
    let lang_button = |to: Lang, label: &'static str| {
        html! { <button type="button" class="lang" aria-pressed={(l == to).to_string()} onclick={switch(to)}>{ label }</button> }
    };
    html! {
        <main class="message-page">
            <header class="message-header">
                <p class="brand"><a href="./" onclick={go_home}>{ "Cadre" }</a>
                    <span>{ t(l, " · sans serveur\u{a0}: rien de ce que vous tapez ne quitte votre navigateur", " · no server: nothing you type leaves your browser") }</span></p>
                <div class="langs" role="group" aria-label={t(l, "Langue de l’interface", "Interface language")}>
                    { lang_button(Lang::Fr, "FR") }{ lang_button(Lang::En, "EN") }
                </div>
            </header>
            if let Some(m) = &*message {
                <MessageView message={m.clone()} lang={l} />
            } else {
                <section class="message-open" aria-labelledby="open-title">
                    <h1 id="open-title">{ t(l, "Ouvrir un contrat reçu", "Open a contract you received") }</h1>
                    <Opener id="page" {source} lang={l} {on_open} />
                </section>
            }
        </main>
    }
}
