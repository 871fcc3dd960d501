//! The one reducer that owns the interview (see `crate::interview` for the logic).

use crate::interview::{Action, Interview};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub struct State(pub Interview);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.0.apply(action);
        Rc::new(next)
    }
}

pub type Dispatch = UseReducerDispatcher<State>;
