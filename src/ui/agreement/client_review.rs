//! The client's side of a proposal: the contract article by article, each with what
//! it means for them in plain words, the answers they may give or change there
//! (their own details, the negotiable terms: `agreement::proposal::client_may_change`)
//! and a comment; then their answer, sent back as a link or a file. What they type is
//! kept in this browser as they type (`web::agreement_store::keep_reply`).

use super::outgoing::Outgoing;
use super::text::{colon, quoted, t};
use crate::agreement::proposal::client_may_change;
use crate::agreement::{explain, messages, Comment, Fingerprint, Message, Party};
use crate::document::build::from_answers;
use crate::document::{Block, Section};
use crate::flow::{self, section_of, Item, Step};
use crate::i18n;
use crate::interview::Interview;
use crate::model::{Answers, Field, Lang};
use crate::render::html::blocks_html;
use crate::ui::components::field_input::FieldInput;
use crate::ui::state::State;
use crate::web::agreement_store;
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClientReviewProps {
    pub proposal: Rc<Message>,
    pub lang: Lang,
}

/// The fields the client may answer in `section`, as the contract stands.
fn fields_of(section: Section, a: &Answers) -> Vec<Field> {
    if section == Section::Parties {
        return flow::items(Step::Client, a)
            .into_iter()
            .filter_map(|i| match i {
                Item::Field(f) if client_may_change(f) => Some(f),
                _ => None,
            })
            .collect();
    }
    a.fields()
        .into_iter()
        .filter(|&f| client_may_change(f) && section_of(f) == section && section != Section::Signatures)
        .filter(|&f| match f {
            Field::DeliverableDue(_) | Field::MilestoneDue(_) => true,
            _ => flow::is_shown(f, a) && flow::step_of(f, a) != Step::Client,
        })
        .collect()
}

/// A field's label; a deliverable's or an instalment's date names it.
fn label(f: Field, a: &Answers, lang: Lang) -> AttrValue {
    let base = i18n::label_for(f, a, lang);
    let item = match f {
        Field::DeliverableDue(id) => Field::DeliverableTitle(id).get(a),
        Field::MilestoneDue(id) => Field::MilestoneLabel(id).get(a),
        _ => return AttrValue::Static(base),
    };
    AttrValue::from(format!("{base} – {}", item.trim()))
}

#[function_component(ClientReview)]
pub fn client_review(p: &ClientReviewProps) -> Html {
    let lang = p.lang;
    let proposal = p.proposal.clone();
    // Where the client left off with this proposal, or the proposal as sent.
    let kept = use_memo(proposal.clone(), |proposal| {
        agreement_store::reply(&proposal.draft.id).filter(|r| r.sent.as_ref() == Some(&proposal.answers))
    });
    let state = {
        let (answers, lang) =
            (kept.as_ref().as_ref().map_or_else(|| proposal.answers.clone(), |r| r.answers.clone()), lang);
        use_reducer(move || State(Interview::new(answers, lang)))
    };
    let comments = {
        let initial = kept.as_ref().as_ref().map(|r| r.comments.clone()).unwrap_or_default();
        use_state(move || initial)
    };
    let dispatch = state.dispatcher();
    let s = &state.0;
    let today = crate::web::today();
    let built = use_memo(s.answers.clone(), move |a| from_answers(a, today));
    let (doc, checked) = (&built.0, &built.1);
    let answer =
        use_memo((proposal.clone(), s.answers.clone(), (*comments).clone()), |(proposal, answers, comments)| {
            Message::answer(proposal, answers.clone(), comments.clone()).map(Rc::new)
        });
    // Kept as typed: a closed tab loses nothing.
    use_effect_with(answer.clone(), |answer| {
        if let Ok(m) = answer.as_ref() {
            agreement_store::keep_reply(m);
        }
    });
    let problem = |f: Field| {
        checked
            .problems
            .iter()
            .find(|pr| pr.field == f && s.touched.contains(&f))
            .map(|pr| AttrValue::from(pr.message(lang)))
    };
    let inputs = |section: Section| {
        fields_of(section, &s.answers)
            .into_iter()
            .map(|f| {
                html! {
                    <FieldInput key={f.key()} field={f} value={AttrValue::from(f.get(&s.answers))}
                        label={label(f, &s.answers, lang)} problem={problem(f)} {lang} dispatch={dispatch.clone()} />
                }
            })
            .collect::<Vec<_>>()
    };
    let comment_box = |section: Section| {
        let id = format!("comment-{}", section.id());
        let value = comments.iter().find(|c| c.section == section).map(|c| c.text.clone()).unwrap_or_default();
        let oninput = {
            let comments = comments.clone();
            Callback::from(move |e: InputEvent| {
                let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                let mut list: Vec<Comment> = comments.iter().filter(|c| c.section != section).cloned().collect();
                list.push(Comment { section, text });
                comments.set(list);
            })
        };
        html! {
            <div class="field comment">
                <label for={id.clone()}>{ t(lang, "Votre commentaire ou votre question sur cette partie (facultatif)", "Your comment or question on this part (optional)") }</label>
                <textarea {id} rows="2" maxlength="2000" {value} {oninput} />
            </div>
        }
    };
    let a = &s.answers;
    let parts = doc.blocks.iter().filter_map(|b| match b {
        Block::Parties(_) => Some(html! {
            <section class="proposal-part" id="part-parties" aria-labelledby="part-parties-title">
                <h2 id="part-parties-title">{ t(lang, "Les parties, et vos coordonnées", "The parties, and your details") }</h2>
                <p class="meaning">{ t(lang, "Complétez ce qui vous concerne\u{a0}: votre prestataire ne le connaît pas toujours. Le contrat se met à jour à mesure.", "Complete what concerns you: your provider does not always know it. The contract updates as you type.") }</p>
                <div class="contract-text" lang={doc.lang.code()}>{ Html::from_html_unchecked(AttrValue::from(blocks_html(std::slice::from_ref(b)))) }</div>
                <div class="questions-list">{ for inputs(Section::Parties) }</div>
                { comment_box(Section::Parties) }
            </section>
        }),
        Block::Article(art) => {
            let id = format!("part-{}", art.section.id());
            let meaning = explain::for_client(art.section, a, lang);
            let fields = inputs(art.section);
            Some(html! {
                <section class="proposal-part" id={id.clone()} aria-labelledby={format!("{id}-title")}>
                    <h2 id={format!("{id}-title")}>{ format!("{} {} – {}", t(lang, "Article", "Article"), art.number, art.title) }</h2>
                    if let Some(m) = meaning {
                        <p class="meaning"><strong>{ colon(lang, t(lang, "Pour vous", "For you"), "") }</strong>{ m }</p>
                    }
                    <div class="contract-text" lang={doc.lang.code()}>{ Html::from_html_unchecked(AttrValue::from(blocks_html(&art.body))) }</div>
                    if !fields.is_empty() {
                        <div class="negotiable">
                            <h3>{ t(lang, "Vous pouvez proposer un autre choix", "You may propose another choice") }</h3>
                            <div class="questions-list">{ for fields }</div>
                        </div>
                    }
                    { comment_box(art.section) }
                </section>
            })
        }
        _ => None,
    });
    let annexes = doc.annexes.iter().map(|x| {
        html! {
            <details class="proposal-annex">
                <summary>{ &x.title }</summary>
                <div class="contract-text" lang={doc.lang.code()}>{ Html::from_html_unchecked(AttrValue::from(blocks_html(&x.body))) }</div>
            </details>
        }
    });
    let changed = crate::agreement::proposal::changed_fields(&proposal.answers, a).map(|f| f.len()).unwrap_or(0);
    let commented = comments.iter().filter(|c| !c.text.trim().is_empty()).count();
    let missing = checked.problems.iter().filter(|pr| client_may_change(pr.field)).count();
    let provider = a.provider.name.trim();
    let fp = Fingerprint::of_answers(&proposal.answers);
    html! {
        <div class="proposal">
            <h1>{ t(lang, "Proposition de contrat", "Contract proposal") }</h1>
            <p class="lead">{ format!("{} {} {}", if provider.is_empty() { t(lang, "Votre prestataire", "Your provider") } else { provider }, t(lang, "vous propose ce contrat\u{a0}:", "proposes this contract to you:"), quoted(lang, a.mission.title.trim())) }</p>
            <p>{ t(lang, "Lisez-le partie par partie\u{a0}: chacune dit d’abord ce qu’elle signifie pour vous. Complétez vos coordonnées, proposez un autre choix là où c’est possible, posez vos questions en commentaire, puis renvoyez votre réponse en bas de page. Vous signerez ensuite la version sur laquelle vous serez d’accord.", "Read it part by part: each first says what it means for you. Complete your details, propose another choice where you can, ask your questions in a comment, then send your answer at the bottom of the page. You will then sign the version you both agree on.") }</p>
            <p class="hint">{ format!("{} · {}", colon(lang, t(lang, "Version", "Version"), &proposal.draft.rev.to_string()), colon(lang, t(lang, "empreinte", "fingerprint"), &fp.short())) }
                { t(lang, " · Ce que vous tapez reste dans ce navigateur jusqu’à ce que vous envoyiez votre réponse.", " · What you type stays in this browser until you send your answer.") }</p>
            { for parts }
            { for annexes }
            <section class="proposal-part send" aria-labelledby="send-title">
                <h2 id="send-title">{ t(lang, "Envoyer votre réponse", "Send your answer") }</h2>
                <p>{ format!("{} · {}", colon(lang, t(lang, "Changements proposés", "Changes proposed"), &changed.to_string()), colon(lang, t(lang, "commentaires", "comments"), &commented.to_string())) }</p>
                if missing > 0 {
                    <p class="note">{ format!("{} {}", missing, t(lang, "point(s) à compléter ou à revoir ci-dessus, signalé(s) sous le champ. Vous pouvez tout de même répondre\u{a0}: votre prestataire verra ce qui manque.", "point(s) to complete or check above, shown under the field. You may answer anyway: your provider will see what is missing.")) }</p>
                }
                { match answer.as_ref() {
                    Ok(m) => html! { <Outgoing message={m.clone()} from={Party::Client} {lang} id="answer" /> },
                    Err(e) => html! { <p class="error" role="alert">{ messages::proposal(e, lang) }</p> },
                } }
            </section>
        </div>
    }
}
