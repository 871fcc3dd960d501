//! The provider's side of the client's answer: article by article, what the client
//! changed (before → after, in the contract's words) and their comments; each change
//! accepted or refused; then the draft's next revision, written like any edit (two
//! tabs merge as ever), and the contract to sign.

use super::signed_view::SignedView;
use super::text::{colon, quoted, t};
use crate::agreement::diff::{self, Change, Review};
use crate::agreement::{messages, Kind, Message};
use crate::i18n;
use crate::model::Lang;
use crate::storage::SaveState;
use crate::web::agreement_store;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangesProps {
    pub answer: Rc<Message>,
    pub lang: Lang,
}

/// A canonical line without its tag (`P `, `- `, `TR `…): the contract's words.
fn words(line: &str) -> &str {
    line.split_once(' ').map_or(line, |(_, rest)| rest)
}

/// Writes the accepted changes into the stored draft, over what it holds now (another
/// tab's edits since the review are kept). The draft as written, or why not.
fn write(answer: &Message, accepted: &[Change], lang: Lang) -> Result<Rc<Message>, &'static str> {
    let mut session = crate::web::storage::open_session();
    let gone = t(
        lang,
        "Ce brouillon n’est plus dans ce navigateur\u{a0}: rien n’a été modifié.",
        "This draft is no longer in this browser: nothing was changed.",
    );
    session.open_draft(&answer.draft.id).map_err(|_| gone)?;
    let next = diff::apply(session.answers(), accepted);
    session.edit(&next);
    match session.flush() {
        SaveState::Saved => {}
        SaveState::Conflict => return Err(t(lang, "Votre brouillon a changé dans un autre onglet sur les mêmes points\u{a0}: ouvrez-le pour choisir, champ par champ.", "Your draft changed in another tab on the same points: open it to choose, field by field.")),
        _ => return Err(t(lang, "Le brouillon n’a pas pu être enregistré dans ce navigateur\u{a0}: rien n’a été modifié.", "The draft could not be stored in this browser: nothing was changed.")),
    }
    agreement_store::announce_draft(&answer.draft.id);
    let envelope = agreement_store::envelope(&answer.draft.id).ok_or(gone)?;
    let mut unsigned = Message::proposal(&envelope);
    unsigned.kind = Kind::Signed;
    Ok(Rc::new(unsigned))
}

#[function_component(Changes)]
pub fn changes(p: &ChangesProps) -> Html {
    let lang = p.lang;
    let answer = p.answer.clone();
    let review = use_memo(answer.clone(), |answer| {
        let draft = agreement_store::envelope(&answer.draft.id).map(|e| e.draft);
        diff::review(draft.as_ref(), answer).map(Rc::new)
    });
    // Each change accepted or not, in `Review::changes` order: a change made meanwhile
    // in the draft waits for the provider's choice.
    let accepted = {
        let initial: Vec<bool> = match review.as_ref() {
            Ok(r) => r.changes().map(|c| c.meanwhile.is_none()).collect(),
            Err(_) => Vec::new(),
        };
        use_state(move || initial)
    };
    let written = use_state(|| None::<Result<Rc<Message>, &'static str>>);
    let review: Rc<Review> = match review.as_ref() {
        Ok(r) => r.clone(),
        Err(e) => {
            return html! {
                <section class="changes" aria-labelledby="changes-title">
                    <h1 id="changes-title">{ t(lang, "Réponse de votre client", "Your client’s answer") }</h1>
                    <p class="error" role="alert">{ messages::review(e, lang) }</p>
                </section>
            };
        }
    };
    if let Some(Ok(next)) = &*written {
        return html! {
            <div class="changes done">
                <p class="status ok" role="status">{ format!("{} {}.", t(lang, "Votre brouillon est à jour\u{a0}: version", "Your draft is up to date: version"), next.draft.rev) }</p>
                <p><a href="./" class="secondary">{ t(lang, "Ouvrir le brouillon dans Cadre", "Open the draft in Cadre") }</a></p>
                <SignedView message={next.clone()} {lang} id="sign" />
            </div>
        };
    }
    let mut index = 0usize;
    let articles = review.articles.iter().map(|art| {
        let heading = match art.number {
            Some(n) => format!("{} {n} – {}", t(lang, "Article", "Article"), art.title),
            None if art.title.is_empty() => t(lang, "Les parties et les signatures", "The parties and the signatures").to_string(),
            None => art.title.clone(),
        };
        let changes = art.changes.iter().map(|c| {
            let i = index;
            index += 1;
            let id = format!("accept-{i}");
            let onchange = {
                let accepted = accepted.clone();
                Callback::from(move |e: Event| {
                    let mut v = (*accepted).clone();
                    if let Some(slot) = v.get_mut(i) {
                        *slot = e.target_unchecked_into::<HtmlInputElement>().checked();
                    }
                    accepted.set(v);
                })
            };
            let label = i18n::label(c.field, lang);
            let (before, after) = (diff::shown(c.field, &c.before, lang), diff::shown(c.field, &c.after, lang));
            html! {
                <li class="change">
                    <input type="checkbox" id={id.clone()} checked={accepted.get(i).copied().unwrap_or(false)} {onchange} />
                    <label for={id}>
                        <strong>{ label }</strong>{ " " }
                        <del>{ before }</del>{ " → " }<ins>{ after }</ins>
                    </label>
                    if let Some(was) = &c.meanwhile {
                        <p class="note">{ colon(lang, t(lang, "Vous avez changé ce point depuis l’envoi (le client avait reçu", "You changed this since sending it (the client received"), &format!("{})", diff::shown(c.field, was, lang))) }{ t(lang, "\u{a0}: accepter remplace votre nouvelle valeur.", ": accepting replaces your new value.") }</p>
                    }
                    { for c.problems.iter().map(|k| html! { <p class="error">{ crate::i18n::problems::message(k, lang) }</p> }) }
                </li>
            }
        }).collect::<Vec<_>>();
        html! {
            <section class="change-article">
                <h2>{ heading }</h2>
                if !changes.is_empty() { <ul class="change-list">{ for changes }</ul> }
                if !art.removed.is_empty() || !art.added.is_empty() {
                    <div class="words">
                        <p class="hint">{ t(lang, "Dans le contrat, avec ces changements acceptés\u{a0}:", "In the contract, with these changes accepted:") }</p>
                        { for art.removed.iter().map(|l| html! { <p><del>{ words(l) }</del></p> }) }
                        { for art.added.iter().map(|l| html! { <p><ins>{ words(l) }</ins></p> }) }
                    </div>
                }
                { for art.comments.iter().map(|c| html! { <blockquote class="comment"><p><strong>{ colon(lang, t(lang, "Commentaire du client", "Client’s comment"), "") }</strong>{ c }</p></blockquote> }) }
            </section>
        }
    }).collect::<Vec<_>>();
    let total = review.changes().count();
    let chosen = accepted.iter().filter(|a| **a).count();
    let apply = {
        let (review, accepted, written, answer) = (review.clone(), accepted.clone(), written.clone(), answer.clone());
        Callback::from(move |_: MouseEvent| {
            let chosen: Vec<Change> =
                review.changes().zip(accepted.iter()).filter(|(_, a)| **a).map(|(c, _)| c.clone()).collect();
            written.set(Some(write(&answer, &chosen, lang)));
        })
    };
    let client = answer.answers.client.name.trim();
    html! {
        <div class="changes">
            <h1>{ t(lang, "Réponse de votre client", "Your client’s answer") }</h1>
            <p class="lead">{ format!("{} · {}", if client.is_empty() { t(lang, "Votre client", "Your client") } else { client }, quoted(lang, answer.answers.mission.title.trim())) }</p>
            if review.moved {
                <p class="note">{ t(lang, "Votre brouillon a changé depuis l’envoi. Là où vous avez aussi changé un point, les deux valeurs sont montrées et le changement du client n’est pas coché\u{a0}: à vous de choisir. Rien n’est écrasé sans votre accord.", "Your draft changed since you sent it. Where you also changed a point, both values are shown and the client’s change is not ticked: you choose. Nothing is overwritten without your consent.") }</p>
            }
            if articles.is_empty() {
                <p class="ok">{ t(lang, "Votre client n’a rien changé ni commenté.", "Your client changed and commented on nothing.") }</p>
            }
            { for articles }
            <div class="apply">
                if total > 0 {
                    <p>{ format!("{chosen} / {total} {}", t(lang, "changement(s) accepté(s). Ceux que vous refusez ne seront pas dans le contrat\u{a0}: dites-le à votre client.", "change(s) accepted. Those you refuse will not be in the contract: tell your client.")) }</p>
                }
                <button type="button" class="primary" id="apply-changes" onclick={apply}>
                    { if total > 0 { t(lang, "Mettre à jour mon brouillon et passer à la signature", "Update my draft and go on to signing") } else { t(lang, "Passer à la signature", "Go on to signing") } }
                </button>
                if let Some(Err(why)) = &*written {
                    <p class="error" role="alert">{ *why }</p>
                }
            </div>
        </div>
    }
}
