//! The one reducer that owns the interview (see `crate::interview` for the logic).

use crate::interview::{Action, Interview};
use crate::model::Field;
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

/// A callback that dispatches the action `f` makes of its event: one helper instead
/// of a clone of the dispatcher per handler (as Yew's function_todomvc does).
pub fn make_callback<E, F>(dispatch: &Dispatch, f: F) -> Callback<E>
where
    F: Fn(E) -> Action + 'static,
{
    let dispatch = dispatch.clone();
    Callback::from(move |e: E| dispatch.dispatch(f(e)))
}

/// The problems shown beside their fields (those the user has left), one per field.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shown(pub Vec<(Field, String)>);

impl Shown {
    pub fn get(&self, field: Field) -> Option<&String> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| m)
    }
}
