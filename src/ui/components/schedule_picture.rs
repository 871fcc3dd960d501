//! The payment schedule as a small inline SVG: deposit → instalments → balance, each
//! segment as wide as its share of the price.

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

const WIDTH: i64 = 600;
const COLORS: [&str; 4] = ["var(--accent)", "var(--accent-2)", "var(--accent-3)", "var(--accent-4)"];

#[function_component(SchedulePicture)]
pub fn schedule_picture(p: &SchedulePictureProps) -> Html {
    if p.payments.is_empty() {
        return html! {};
    }
    let total: i64 = p.payments.iter().map(|x| x.share.max(0)).sum::<i64>().max(1);
    let mut x = 0;
    let n = p.payments.len() as i64;
    let segments = p.payments.iter().enumerate().map(|(i, pay)| {
        let w = (pay.share.max(0) * WIDTH / total).max(2);
        let seg_x = x;
        x += w;
        let label_x = (i as i64) * WIDTH / n + 4;
        let color = COLORS[i % COLORS.len()];
        html! {
            <g>
                <rect x={seg_x.to_string()} y="4" width={(w - 2).max(1).to_string()} height="18" rx="3" fill={color} />
                <rect x={label_x.to_string()} y="32" width="10" height="10" rx="2" fill={color} />
                <text x={(label_x + 14).to_string()} y="41" class="svg-label">{ &pay.label }</text>
                <text x={label_x.to_string()} y="58" class="svg-amount">{ &pay.amount }</text>
                <text x={label_x.to_string()} y="74" class="svg-when">{ &pay.when }</text>
            </g>
        }
    });
    let desc: String = p
        .payments
        .iter()
        .map(|pay| format!("{} — {} — {}", pay.label, pay.when, pay.amount))
        .collect::<Vec<_>>()
        .join(" ; ");
    html! {
        <figure class="schedule-picture">
            <figcaption>{ p.title.clone() }</figcaption>
            <svg viewBox={format!("0 0 {WIDTH} 80")} role="img" aria-label={format!("{} : {}", p.title, desc)} lang={p.lang.code()}>
                { for segments }
            </svg>
        </figure>
    }
}
