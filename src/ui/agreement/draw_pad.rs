//! An optional drawn signature: pointer strokes on a canvas (mouse, pen or finger),
//! kept as a small vector path (`agreement::Drawing`), never a bitmap. The typed name
//! is the signature; drawing adds to it, so signing never needs a pointer.

use super::text::t;
use crate::agreement::Drawing;
use crate::model::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, PointerEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DrawPadProps {
    pub lang: Lang,
    pub id: AttrValue,
    /// The drawing after each stroke (None once cleared).
    pub on_change: Callback<Option<Drawing>>,
}

/// The strokes drawn so far, each a list of points in CSS pixels.
type Strokes = Rc<RefCell<Vec<Vec<(f64, f64)>>>>;

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten()?.dyn_into().ok()
}

/// The pointer's position in the canvas, in CSS pixels.
fn at(canvas: &HtmlCanvasElement, e: &PointerEvent) -> (f64, f64) {
    let r = canvas.get_bounding_client_rect();
    (f64::from(e.client_x()) - r.left(), f64::from(e.client_y()) - r.top())
}

#[function_component(DrawPad)]
pub fn draw_pad(p: &DrawPadProps) -> Html {
    let canvas = use_node_ref();
    let strokes: Strokes = use_mut_ref(Vec::new);
    let drawing = use_mut_ref(|| false);
    let has_ink = use_state(|| false);
    // The canvas's pixels follow its size on screen and the screen's density.
    {
        let canvas = canvas.clone();
        use_effect_with((), move |_| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
                c.set_width((f64::from(c.client_width()) * ratio) as u32);
                c.set_height((f64::from(c.client_height()) * ratio) as u32);
                if let Some(ctx) = context(&c) {
                    let _ = ctx.scale(ratio, ratio);
                    ctx.set_line_width(2.0);
                    ctx.set_line_cap("round");
                    ctx.set_line_join("round");
                    ctx.set_stroke_style_str("#1a1a1a");
                }
            }
        });
    }
    let down = {
        let (canvas, strokes, drawing) = (canvas.clone(), strokes.clone(), drawing.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(c) = canvas.cast::<HtmlCanvasElement>() else { return };
            e.prevent_default();
            let _ = c.set_pointer_capture(e.pointer_id());
            let (x, y) = at(&c, &e);
            strokes.borrow_mut().push(vec![(x, y)]);
            *drawing.borrow_mut() = true;
            if let Some(ctx) = context(&c) {
                ctx.begin_path();
                ctx.move_to(x, y);
                ctx.line_to(x, y);
                ctx.stroke();
            }
        })
    };
    let moved = {
        let (canvas, strokes, drawing) = (canvas.clone(), strokes.clone(), drawing.clone());
        Callback::from(move |e: PointerEvent| {
            if !*drawing.borrow() {
                return;
            }
            let Some(c) = canvas.cast::<HtmlCanvasElement>() else { return };
            let (x, y) = at(&c, &e);
            let mut all = strokes.borrow_mut();
            let Some(stroke) = all.last_mut() else { return };
            let &(px, py) = stroke.last().expect("a stroke starts with a point");
            stroke.push((x, y));
            if let Some(ctx) = context(&c) {
                ctx.begin_path();
                ctx.move_to(px, py);
                ctx.line_to(x, y);
                ctx.stroke();
            }
        })
    };
    let up = {
        let (canvas, strokes, drawing, on_change, has_ink) =
            (canvas.clone(), strokes.clone(), drawing.clone(), p.on_change.clone(), has_ink.clone());
        Callback::from(move |_: PointerEvent| {
            if !std::mem::take(&mut *drawing.borrow_mut()) {
                return;
            }
            let Some(c) = canvas.cast::<HtmlCanvasElement>() else { return };
            let d = Drawing::from_strokes(&strokes.borrow(), f64::from(c.client_width()), f64::from(c.client_height()));
            has_ink.set(d.is_some());
            on_change.emit(d);
        })
    };
    let clear = {
        let (canvas, strokes, on_change, has_ink) =
            (canvas.clone(), strokes.clone(), p.on_change.clone(), has_ink.clone());
        Callback::from(move |_: MouseEvent| {
            strokes.borrow_mut().clear();
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                if let Some(ctx) = context(&c) {
                    ctx.clear_rect(0.0, 0.0, f64::from(c.width()), f64::from(c.height()));
                }
            }
            has_ink.set(false);
            on_change.emit(None);
        })
    };
    let lang = p.lang;
    html! {
        <div class="draw-pad">
            <canvas id={p.id.clone()} ref={canvas} role="img"
                aria-label={t(lang, "Zone de signature dessinée (facultative\u{a0}; votre nom tapé suffit)", "Drawn signature area (optional; your typed name is enough)")}
                onpointerdown={down} onpointermove={moved} onpointerup={up.clone()} onpointercancel={up}></canvas>
            <button type="button" class="link" onclick={clear} disabled={!*has_ink}>{ t(lang, "Effacer le dessin", "Clear the drawing") }</button>
        </div>
    }
}
