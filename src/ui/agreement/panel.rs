//! The provider's agreement tools for the open draft, in the review step's panel:
//! send it to the client, open the client's reply, sign, check a contract. The draft
//! is read from storage at each render (the panel's module does not share the app's
//! memory; the app writes within 300 ms of a keystroke).

use super::check::CheckForm;
use super::open::{MessageView, Opener};
use super::outgoing::Outgoing;
use super::signed_view::SignedView;
use super::text::{colon, t};
use crate::agreement::check::Version;
use crate::agreement::{Fingerprint, Kind, Message, Party, Status};
use crate::model::Lang;
use crate::storage::DraftId;
use crate::web::agreement_store;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub id: DraftId,
    pub lang: Lang,
}

#[function_component(Panel)]
pub fn panel(p: &PanelProps) -> Html {
    let lang = p.lang;
    let opened = use_state(|| None::<Rc<Message>>);
    let envelope = agreement_store::envelope(&p.id);
    let key = envelope.as_ref().map(|e| (e.rev, e.write.clone()));
    let proposal = {
        let envelope = envelope.clone();
        use_memo(key, move |_| envelope.map(|e| Rc::new(Message::proposal(&e))))
    };
    let Some(proposal) = (*proposal).clone() else {
        return html! {
            <p class="note">{ t(lang, "Ce brouillon n’est pas enregistré dans ce navigateur (stockage refusé)\u{a0}: Cadre ne peut pas l’envoyer. Ouvrez Cadre dans un onglet normal.", "This draft is not stored in this browser (storage refused): Cadre cannot send it. Open Cadre in a normal tab.") }</p>
        };
    };
    let fp = Fingerprint::of_answers(&proposal.answers);
    let kept = agreement_store::kept(&p.id);
    // Signing: what was signed of this very text, or the text to sign.
    let to_sign = match &kept {
        Some(k) if k.kind == Kind::Signed && Fingerprint::of_answers(&k.answers) == fp => Rc::new(k.clone()),
        _ => {
            let mut m = (*proposal).clone();
            m.kind = Kind::Signed;
            Rc::new(m)
        }
    };
    // A signature on an earlier text is void: said here, where the provider edits.
    let voided = kept.as_ref().is_some_and(|k| k.signatures.iter().any(|s| s.status(&fp) == Status::Voided));
    let mut versions = vec![Version::of(proposal.draft.rev, &proposal.answers)];
    if let Some(k) = &kept {
        versions.push(Version::of(k.draft.rev, &k.answers));
        versions.extend(k.signatures.iter().map(|s| Version { rev: k.draft.rev, fingerprint: s.fingerprint }));
    }
    let on_open = {
        let opened = opened.clone();
        Callback::from(move |m: Rc<Message>| opened.set(Some(m)))
    };
    // A message opened takes the panel (its controls would repeat the tools' ids); the
    // tools come back when it is closed.
    if let Some(m) = &*opened {
        let close = {
            let opened = opened.clone();
            Callback::from(move |_: MouseEvent| opened.set(None))
        };
        return html! {
            <div class="agreement-tools">
                <button type="button" class="secondary" id="reply-close" onclick={close}>{ t(lang, "← Retour aux outils", "← Back to the tools") }</button>
                <MessageView message={m.clone()} {lang} />
            </div>
        };
    }
    let blocking = crate::agreement::canonical::build(&proposal.answers).1.problems.len();
    html! {
        <div class="agreement-tools">
            <p class="hint">{ t(lang, "Le contrat voyage dans un lien (ou un petit fichier) entre votre navigateur et celui de votre client\u{a0}: aucun serveur, aucun compte.", "The contract travels in a link (or a small file) between your browser and your client’s: no server, no account.") }
                { " " }{ colon(lang, t(lang, "Version", "Version"), &proposal.draft.rev.to_string()) }{ " · " }{ colon(lang, t(lang, "empreinte", "fingerprint"), &fp.short()) }</p>
            if voided {
                <div class="note void" role="status" id="signatures-void">
                    <p>{ t(lang, "Les termes ont changé depuis la dernière signature\u{a0}: elle ne vaut plus pour ce texte. Faites signer la nouvelle version.", "The terms have changed since the last signature: it no longer holds for this text. Have the new version signed.") }</p>
                    <ul>{ for kept.iter().flat_map(|k| k.signatures.iter().map(move |s| (k.draft.rev, s))).map(|(rev, s)| html! {
                        <li>{ format!("{} ({} {rev}){}", s.name, t(lang, "version", "version"), t(lang, "\u{a0}: annulée", ": void")) }</li>
                    }) }</ul>
                </div>
            }
            <section aria-labelledby="send-step">
                <h3 id="send-step">{ t(lang, "1. Envoyer à votre client pour relecture", "1. Send to your client for review") }</h3>
                <p>{ t(lang, "Votre client lit le contrat avec, pour chaque article, ce qu’il signifie pour lui\u{a0}; il complète ses coordonnées, peut proposer d’autres dates, un autre acompte ou délai, commenter, puis vous renvoie sa réponse. Il ne peut changer ni votre identité, ni le prix, ni le contenu de la mission.", "Your client reads the contract with, for each article, what it means for them; they complete their details, may propose other dates, another deposit or term, comment, then send you their answer. They cannot change your identity, the price or the scope.") }</p>
                <Outgoing message={proposal.clone()} from={Party::Provider} {lang} id="proposal" />
            </section>
            <section aria-labelledby="reply-step">
                <h3 id="reply-step">{ t(lang, "2. Ouvrir la réponse ou le contrat signé reçu", "2. Open the answer or signed contract you received") }</h3>
                <Opener id="reply" {lang} {on_open} />
            </section>
            <section aria-labelledby="sign-step">
                <h3 id="sign-step">{ t(lang, "3. Signer", "3. Sign") }</h3>
                if blocking > 0 {
                    <p class="note">{ t(lang, "Le contrat a encore des points à corriger (ci-dessus)\u{a0}: complétez-le, souvent avec les coordonnées que votre client vous renvoie, avant de le signer.", "The contract still has points to fix (above): complete it, often with the details your client sends back, before signing it.") }</p>
                } else {
                    <SignedView message={to_sign} {lang} />
                }
            </section>
            <section aria-labelledby="check-step">
                <h3 id="check-step">{ t(lang, "Vérifier un contrat", "Check a contract") }</h3>
                <p>{ t(lang, "Un PDF signé avec Cadre porte en bas de chaque page la version et l’empreinte de son texte\u{a0}: Cadre dit s’il s’agit bien de ce contrat, et de quelle version.", "A PDF signed with Cadre carries at the foot of every page its version and its text’s fingerprint: Cadre says whether it is this contract, and which version.") }</p>
                <CheckForm {lang} versions={Rc::new(versions)} />
            </section>
        </div>
    }
}
