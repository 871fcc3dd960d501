//! Whether a new build of Cadre is installed and waits for a reload (see
//! `web::offline`): false until the service worker says so, then true.

use crate::web::offline;
use std::rc::Rc;
use yew::prelude::*;

#[hook]
pub fn use_new_version() -> bool {
    let ready = use_state(offline::update_ready);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            offline::on_update_ready(Rc::new(move || ready.set(true)));
        });
    }
    *ready
}
