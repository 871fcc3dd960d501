//! The payment schedule as a small picture: deposit → instalments → balance, each
//! segment of an inline SVG bar as wide as its share of the price, with a legend.

use crate::model::Lang;
use yew::prelude::*;

/// One payment, already formatted.
#[derive(Debug, Clone, PartialEq)]
pub struct Payment {
    pub label: String,
    pub when: String,
    pub amount: String,
    /// Share in hundredths of a percent.
    pub share: i64,
}

#[derive(Properties, PartialEq)]
pub struct SchedulePictureProps {
    pub payments: Vec<Payment>,
    pub title: AttrValue,
    pub lang: Lang,
}

const WIDTH: i64 = 1000;
/// Colours come from classes (`tone-0` … `tone-3` in styles/app.css): the CSP refuses
/// style attributes.
const TONES: usize = 4;

#[function_component(SchedulePicture)]
pub fn schedule_picture(p: &SchedulePictureProps) -> Html {
    if p.payments.is_empty() {
        return html! {};
    }
    let total: i64 = p.payments.iter().map(|x| x.share.max(0)).sum::<i64>().max(1);
    let mut x = 0;
    let segments = p.payments.iter().enumerate().map(|(i, pay)| {
        let w = (pay.share.max(0) * WIDTH / total).max(4);
        let seg_x = x;
        x += w;
        html! {
            <rect class={format!("tone-{}", i % TONES)} x={seg_x.to_string()} y="0" width={(w - 4).max(2).to_string()} height="24" rx="4" />
        }
    });
    let legend = p.payments.iter().enumerate().map(|(i, pay)| {
        html! {
            <li>
                <span class={format!("swatch tone-{}", i % TONES)}></span>
                <span class="what">{ &pay.label }</span>
                <span class="amount">{ &pay.amount }</span>
                <span class="when">{ &pay.when }</span>
            </li>
        }
    });
    html! {
        <figure class="schedule-picture" lang={p.lang.code()}>
            <figcaption>{ p.title.clone() }</figcaption>
            <svg viewBox={format!("0 0 {WIDTH} 24")} preserveAspectRatio="none" aria-hidden="true">
                { for segments }
            </svg>
            <ol class="legend">{ for legend }</ol>
        </figure>
    }
}
