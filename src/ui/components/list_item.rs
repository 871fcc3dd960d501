//! One item of a list editor: its questions (the first one numbered) and "Remove".

use super::field_input::FieldInput;
use crate::i18n;
use crate::model::{Answers, Field, Lang};
use crate::ui::state::{Dispatch, Shown};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ListItemProps {
    pub id: u32,
    /// Its place in the list, from 1.
    pub number: usize,
    /// Its questions; the first one names the item.
    pub fields: Vec<Field>,
    pub answers: Rc<Answers>,
    pub problems: Rc<Shown>,
    pub lang: Lang,
    pub dispatch: Dispatch,
    pub onremove: Callback<u32>,
}

#[function_component(ListItem)]
pub fn list_item(p: &ListItemProps) -> Html {
    let remove = i18n::ui(p.lang).remove;
    let id = p.id;
    let name = p.fields.first().map(|&f| format!("{} {}", i18n::label(f, p.lang), p.number)).unwrap_or_default();
    let fields = p.fields.iter().enumerate().map(|(i, &f)| {
        let label = (i == 0).then(|| AttrValue::from(name.clone()));
        html! {
            <FieldInput field={f} value={AttrValue::from(f.get(&p.answers))} problem={p.problems.get(f).cloned().map(AttrValue::from)}
                lang={p.lang} dispatch={p.dispatch.clone()} {label} />
        }
    });
    html! {
        <li class="item">
            { for fields }
            <button type="button" class="link remove" onclick={p.onremove.reform(move |_: MouseEvent| id)}
                aria-label={format!("{remove} : {name}")}>
                { remove }
            </button>
        </li>
    }
}
