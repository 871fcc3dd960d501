//! A contract to sign or signed: its version and fingerprint, each signature and
//! whether it still holds, the form for the party that has not signed yet, then the
//! link to send and the signed PDF (and HTML) to download. Provider and client write
//! the same files: both come from the same message (`agreement::signed`).

use super::outgoing::Outgoing;
use super::sign::SignForm;
use super::text::{colon, quoted, t};
use crate::agreement::{frame, Fingerprint, Message, Party, Signature, Status};
use crate::document::build::from_answers;
use crate::model::Lang;
use crate::render::Format;
use crate::web::agreement_store;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SignedViewProps {
    pub message: Rc<Message>,
    pub lang: Lang,
    /// The id prefix of its controls.
    #[prop_or("sign")]
    pub id: &'static str,
}

/// Who this browser speaks for: the provider when it holds the draft.
fn me(m: &Message) -> Party {
    if agreement_store::envelope(&m.draft.id).is_some() {
        Party::Provider
    } else {
        Party::Client
    }
}

fn party_name(party: Party, lang: Lang) -> &'static str {
    match party {
        Party::Provider => t(lang, "Le prestataire", "The provider"),
        Party::Client => t(lang, "Le client", "The client"),
    }
}

#[function_component(SignedView)]
pub fn signed_view(p: &SignedViewProps) -> Html {
    let lang = p.lang;
    let message = use_state(|| p.message.clone());
    {
        let message = message.clone();
        use_effect_with(p.message.clone(), move |m| message.set(m.clone()));
    }
    // A signed contract opened here is kept: the panel finds it again, and shows it
    // void if the draft changes.
    use_effect_with(p.message.clone(), |m| {
        if !m.signatures.is_empty() {
            agreement_store::keep(m);
        }
    });
    let just_signed = use_state(|| false);
    let status = use_state(|| None::<String>);
    let m = (*message).clone();
    let fp = Fingerprint::of_answers(&m.answers);
    let me = me(&m);
    // The provider's draft moved on: these signatures bind to this version only, and
    // hold for the text as it is now only if it did not change.
    let now = match me {
        Party::Provider => agreement_store::envelope(&m.draft.id).map(|e| Fingerprint::of_answers(&e.draft.answers)),
        Party::Client => None,
    };
    let moved = now.as_ref().is_some_and(|n| *n != fp);
    let a = &m.answers;
    let mine = m.signatures.iter().find(|s| s.party == me && s.status(&fp) == Status::Valid);
    let valid = m.signatures.iter().filter(|s| s.status(&fp) == Status::Valid).count();
    let rows = m.signatures.iter().map(|s: &Signature| {
        let ok = s.status(now.as_ref().unwrap_or(&fp)) == Status::Valid;
        html! {
            <tr class={classes!((!ok).then_some("void"))}>
                <td>{ party_name(s.party, lang) }</td>
                <td>{ &s.name }{ if s.capacity.is_empty() { String::new() } else { format!(", {}", s.capacity) } }
                    if s.drawing.is_some() { <span class="hint">{ t(lang, " (et signature dessinée)", " (and drawn signature)") }</span> }</td>
                <td>{ crate::web::storage::local_time(&s.signed_at, lang) }</td>
                <td>{ if ok { t(lang, "Porte sur ce texte", "Covers this text") } else { t(lang, "Ne porte pas sur le texte actuel\u{a0}: il a changé depuis", "Does not cover the current text: it has changed since") } }</td>
            </tr>
        }
    });
    let on_sign = {
        let (message, just_signed, m) = (message.clone(), just_signed.clone(), m.clone());
        Callback::from(move |s: Signature| {
            let signed = Rc::new(Message::signed(&m, s));
            agreement_store::keep(&signed);
            message.set(signed);
            just_signed.set(true);
        })
    };
    let download = |format: Format| {
        let (m, status) = (m.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let (m, status) = (m.clone(), status.clone());
            status.set(Some(t(lang, "Préparation du fichier…", "Preparing the file…").to_string()));
            yew::platform::spawn_local(async move {
                let day =
                    m.signatures.iter().map(|s| s.signed_at.get(..10).unwrap_or_default()).max().unwrap_or_default();
                let day = crate::document::format::parse_iso(day).unwrap_or_else(crate::web::today);
                let name = crate::render::contract_file_name(&m.answers, format, day, false);
                let mark = if m.answers.contract_lang == Lang::Fr { "signe" } else { "signed" };
                let name =
                    name.replace(&format!(".{}", format.extension()), &format!("-{mark}.{}", format.extension()));
                let done = match crate::web::writers::write_signed(&frame::seal(&m), format).await {
                    Ok(w) if crate::web::download::download(&w.bytes, format.mime(), &name).is_ok() => {
                        colon(lang, t(lang, "Enregistré", "Saved"), &name)
                    }
                    Ok(_) => t(lang, "Le navigateur a refusé le téléchargement.", "The browser refused the download.")
                        .to_string(),
                    Err(_) => t(
                        lang,
                        "Le fichier n’a pas pu être écrit (hors ligne\u{a0}?). Réessayez une fois connecté.",
                        "The file could not be written (offline?). Try again once connected.",
                    )
                    .to_string(),
                };
                status.set(Some(done));
            });
        })
    };
    let default_name = match me {
        Party::Provider if !a.provider.signatory.trim().is_empty() => a.provider.signatory.clone(),
        Party::Provider => a.provider.name.clone(),
        Party::Client if !a.client.representative.trim().is_empty() => a.client.representative.clone(),
        // A company's name is not a signer's: the person who signs for it types theirs.
        Party::Client if a.client.kind == crate::model::ClientKind::Business => String::new(),
        Party::Client => a.client.name.clone(),
    };
    let default_capacity = match me {
        // An individual entrepreneur signs as such (his name then bears « EI »).
        Party::Provider
            if a.provider.signatory_role.trim().is_empty()
                && a.provider.status != crate::model::ProviderStatus::Company =>
        {
            t(lang, "Entrepreneur individuel", "Individual entrepreneur").to_string()
        }
        Party::Provider => a.provider.signatory_role.clone(),
        Party::Client => a.client.representative_role.clone(),
    };
    let other = if me == Party::Provider { Party::Client } else { Party::Provider };
    let doc = from_answers(&m.answers, crate::web::today()).0;
    let contract = crate::render::html::fragment(&doc);
    let out_id: &'static str = if p.id == "sign" { "signed" } else { "resend" };
    let title = if valid >= 2 {
        t(lang, "Contrat signé", "Signed contract")
    } else {
        t(lang, "Contrat à signer", "Contract to sign")
    };
    html! {
        <section class="signed" aria-labelledby={format!("{}-title", p.id)}>
            <h2 id={format!("{}-title", p.id)}>{ title }</h2>
            <p class="lead">{ quoted(lang, a.mission.title.trim()) }{ " · " }{ colon(lang, t(lang, "Version", "Version"), &m.draft.rev.to_string()) }</p>
            <p class="fingerprint">{ colon(lang, t(lang, "Empreinte SHA-256 du texte", "SHA-256 fingerprint of the text"), "") }<code>{ fp.full() }</code></p>
            if moved {
                <p class="note void" role="status">{ t(lang, "Votre brouillon a changé depuis cette version\u{a0}: les signatures ci-dessous ne portent que sur elle. Pour faire signer le texte modifié, envoyez-le de nouveau.", "Your draft has changed since this version: the signatures below cover it only. To have the changed text signed, send it again.") }</p>
            }
            if m.signatures.is_empty() {
                <p>{ t(lang, "Personne n’a encore signé cette version.", "Nobody has signed this version yet.") }</p>
            } else {
                <table class="signatures">
                    <thead><tr><th scope="col">{ t(lang, "Partie", "Party") }</th><th scope="col">{ t(lang, "Nom", "Name") }</th>
                        <th scope="col">{ t(lang, "Signé le (horloge de l’appareil, non vérifiée)", "Signed on (device clock, not verified)") }</th><th scope="col">{ t(lang, "État", "Status") }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
            <details class="contract-read">
                <summary>{ t(lang, "Lire le contrat", "Read the contract") }</summary>
                <div class="contract-text" lang={doc.lang.code()}>{ Html::from_html_unchecked(AttrValue::from(contract)) }</div>
            </details>
            if mine.is_none() {
                <h3>{ colon(lang, t(lang, "Signer", "Sign"), party_name(me, lang)) }</h3>
                <SignForm {lang} party={me} fingerprint={fp} rev={m.draft.rev} name={AttrValue::from(default_name)}
                    capacity={AttrValue::from(default_capacity)} {on_sign} id={p.id} />
            } else {
                if *just_signed || valid < 2 {
                    <h3>{ if valid >= 2 { t(lang, "Renvoyer le contrat signé", "Send the signed contract back") } else { t(lang, "Envoyer pour signature", "Send for signature") } }</h3>
                    <p>{ colon(lang, t(lang, "À envoyer à", "To send to"), party_name(other, lang)) }</p>
                    <Outgoing message={(*message).clone()} from={me} {lang} id={out_id} />
                }
                <div class="downloads">
                    <h3>{ t(lang, "Télécharger", "Download") }</h3>
                    <div class="buttons">
                        <button type="button" class="primary" id={format!("{}-pdf", p.id)} onclick={download(Format::Pdf)}>{ t(lang, "PDF signé", "Signed PDF") }</button>
                        <button type="button" class="secondary" id={format!("{}-html", p.id)} onclick={download(Format::Html)}>{ t(lang, "Page HTML", "HTML page") }</button>
                    </div>
                    <p class="status" aria-live="polite">{ (*status).clone().unwrap_or_default() }</p>
                </div>
            }
        </section>
    }
}
