//! One question bound to one `Field`: label, input, "why this matters", and its problem.

use super::field_conflict::{field_conflict, Conflicts};
use crate::document::Section;
use crate::i18n;
use crate::interview::Action;
use crate::model::{Field, FieldKind, Lang};
use crate::ui::state::Dispatch;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The contract's articles (section, number, title), and those a question could add
/// (no number yet).
pub type Articles = [(Section, Option<u32>, String)];

/// What a question changes in the contract, short and long: « article 12 » and « Dans
/// le contrat : article 12 – Droit de rétractation » (or « ajoute l'article « … » »
/// when the answer would add it).
pub fn in_contract(articles: &Articles, field: Field, lang: Lang) -> Option<(AttrValue, AttrValue)> {
    let section = crate::flow::section_of(field);
    let (_, number, title) = articles.iter().find(|(s, _, _)| *s == section)?;
    let ui = i18n::ui(lang);
    let colon = if lang == Lang::Fr { "\u{a0}: " } else { ": " };
    let (short, long) = match number {
        Some(n) => {
            (format!("{} {}", ui.article, n), format!("{}{}{} {} – {}", ui.in_contract, colon, ui.article, n, title))
        }
        None => {
            let quoted = if lang == Lang::Fr { format!("«\u{a0}{title}\u{a0}»") } else { format!("“{title}”") };
            let long = format!("{}{}{} {}", ui.in_contract, colon, ui.adds_article, quoted);
            (quoted, long)
        }
    };
    Some((short.into(), long.into()))
}

#[derive(Properties, PartialEq)]
pub struct FieldInputProps {
    pub field: Field,
    pub value: AttrValue,
    /// The problem to show, once the user has left the field.
    pub problem: Option<AttrValue>,
    pub lang: Lang,
    pub dispatch: Dispatch,
    /// Label override for list items.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// The browser's autofill token (`name`, `email`, `off`…).
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    /// The article the answer changes, short and long (`in_contract`).
    #[prop_or_default]
    pub article: Option<(AttrValue, AttrValue)>,
}

#[function_component(FieldInput)]
pub fn field_input(p: &FieldInputProps) -> Html {
    let field = p.field;
    let conflicts = use_context::<Conflicts>();
    let conflict = field_conflict(conflicts.as_ref(), field);
    let id = field.key();
    let error_id = format!("{id}-error");
    let help_id = format!("{id}-why");
    let label = p.label.clone().unwrap_or_else(|| AttrValue::Static(i18n::label(field, p.lang)));
    let why = i18n::why(field, p.lang);
    let d = p.dispatch.clone();
    let onfocus = Callback::from(move |_: FocusEvent| d.dispatch(Action::Enter { field }));
    let d = p.dispatch.clone();
    let onblur = Callback::from(move |_: FocusEvent| d.dispatch(Action::Leave { field }));
    let invalid = p.problem.is_some();
    let describedby = match why {
        Some(_) => format!("{error_id} {help_id}"),
        None => error_id.clone(),
    };
    let error = html! {
        <p class="error" id={error_id.clone()} aria-live="polite">{ p.problem.clone().unwrap_or_default() }</p>
    };
    let help = why.map(|text| {
        let (short, long) = p.article.clone().unzip();
        html! {
            <details class="why" id={help_id.clone()}>
                <summary>{ i18n::ui(p.lang).why }
                    if let Some(short) = short { <span class="article-ref">{ " · " }{ short }</span> }
                </summary>
                <p>{ text }</p>
                if let Some(long) = long { <p class="in-contract">{ long }</p> }
            </details>
        }
    });

    match field.kind() {
        FieldKind::Bool => {
            let d = p.dispatch.clone();
            let onchange = Callback::from(move |e: Event| {
                let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
                d.dispatch(Action::Set { field, value: checked.to_string() });
                d.dispatch(Action::Leave { field });
            });
            html! {
                <div class={classes!("field", "check", invalid.then_some("invalid"))} id={format!("q-{id}")}>
                    <input type="checkbox" id={id.clone()} checked={p.value == "true"} {onchange} {onfocus}
                        aria-describedby={describedby} />
                    <label for={id.clone()}>{ label }</label>
                    { for help }
                    { error }
                    { conflict.clone() }
                </div>
            }
        }
        FieldKind::Choice(keys) => {
            let options = keys.iter().map(|&key| {
                let d = p.dispatch.clone();
                let onchange = Callback::from(move |_: Event| {
                    d.dispatch(Action::Set { field, value: key.to_string() });
                });
                let d = p.dispatch.clone();
                let onfocus = Callback::from(move |_: FocusEvent| d.dispatch(Action::Enter { field }));
                // "--": a field's key never has it, so an option's id cannot be another
                // field's ("liability" + "amount" was the money field "liability-amount").
                let option_id = format!("{id}--{key}");
                html! {
                    <label class="option" for={option_id.clone()}>
                        <input type="radio" id={option_id.clone()} name={id.clone()} value={key}
                            checked={p.value == key} {onchange} {onfocus} />
                        <span>{ i18n::option_for(field, key, p.lang) }</span>
                    </label>
                }
            });
            html! {
                <fieldset class={classes!("field", "choice", invalid.then_some("invalid"))} id={format!("q-{id}")}
                    aria-describedby={describedby}>
                    <legend id={id.clone()} tabindex="-1">{ label }</legend>
                    <div class="options">{ for options }</div>
                    { for help }
                    { error }
                    { conflict.clone() }
                </fieldset>
            }
        }
        FieldKind::LongText => {
            let d = p.dispatch.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                d.dispatch(Action::Set { field, value });
            });
            html! {
                <div class={classes!("field", invalid.then_some("invalid"))} id={format!("q-{id}")}>
                    <label for={id.clone()}>{ label }</label>
                    <textarea id={id.clone()} rows="3" value={p.value.clone()} {oninput} {onfocus} {onblur}
                        autocomplete={p.autocomplete.clone()}
                        placeholder={i18n::placeholder(field, p.lang)}
                        aria-invalid={invalid.to_string()} aria-describedby={describedby} />
                    { for help }
                    { error }
                    { conflict.clone() }
                </div>
            }
        }
        kind => {
            let (input_type, inputmode) = match kind {
                FieldKind::Email => ("email", None),
                _ if field == Field::ProviderPhone => ("tel", None),
                FieldKind::Date => ("date", None),
                FieldKind::Money | FieldKind::Percent => ("text", Some("decimal")),
                FieldKind::Count => ("text", Some("numeric")),
                _ => ("text", None),
            };
            let d = p.dispatch.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                let value = e.target_unchecked_into::<HtmlInputElement>().value();
                d.dispatch(Action::Set { field, value });
            });
            let narrow = matches!(kind, FieldKind::Money | FieldKind::Percent | FieldKind::Count | FieldKind::Date);
            html! {
                <div class={classes!("field", narrow.then_some("narrow"), invalid.then_some("invalid"))} id={format!("q-{id}")}>
                    <label for={id.clone()}>{ label }</label>
                    <input type={input_type} id={id.clone()} value={p.value.clone()} inputmode={inputmode}
                        autocomplete={p.autocomplete.clone()}
                        {oninput} {onfocus} {onblur} placeholder={i18n::placeholder(field, p.lang)}
                        aria-invalid={invalid.to_string()} aria-describedby={describedby} />
                    { for help }
                    { error }
                    { conflict.clone() }
                </div>
            }
        }
    }
}
