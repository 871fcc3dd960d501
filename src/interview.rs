//! The interview's state and every change to it, as plain data: the UI's reducer
//! applies these actions, and tests apply them natively.

use crate::flow::{self, Step};
use crate::model::trades::Trade;
use crate::model::{Answers, Deliverable, Field, FieldKind, ItemList, Lang, Milestone, Registry, Value};

/// What the interview holds besides the answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Interview {
    pub answers: Answers,
    pub step: Step,
    pub ui_lang: Lang,
    /// Fields the user has typed in and left, or that held a value when the answers
    /// were loaded (a reload, a draft opened), and every field once the review step is
    /// reached: their problems are shown. A list, as a set type would add wasm for a
    /// few dozen fields.
    pub touched: Vec<Field>,
    /// Fields the user has changed in this interview: leaving one of them checks it;
    /// leaving an untouched empty field (tabbing through a step) does not.
    pub edited: Vec<Field>,
    /// The field being answered: its article is highlighted in the preview.
    pub current: Option<Field>,
    /// A field to move the keyboard focus to (from the review's links).
    pub focus_request: Option<(Field, u32)>,
    /// Phones: is the preview shown instead of the questions?
    pub preview_open: bool,
    /// The trade choice was made or skipped for the draft on screen (it is offered
    /// only on a new draft, see `ui::components::start_panel`).
    pub trade_done: bool,
    /// The trade chosen for it, to say what it filled in.
    pub trade: Option<Trade>,
}

/// Every change the user can make.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Set {
        field: Field,
        value: Value,
    },
    Leave {
        field: Field,
    },
    Enter {
        field: Field,
    },
    GoTo {
        step: Step,
    },
    Next,
    Previous,
    /// Go to the question that asks `field` and focus it.
    Fix {
        field: Field,
    },
    AddDeliverable,
    RemoveDeliverable {
        id: u32,
    },
    AddMilestone,
    RemoveMilestone {
        id: u32,
    },
    SetUiLang {
        lang: Lang,
    },
    TogglePreview,
    /// Start a new draft from a trade's usual answers (`model::trades`).
    StartFromTrade {
        trade: Trade,
    },
    /// Replace the answers (a draft opened or imported).
    Load {
        answers: Answers,
    },
    /// Replace the answers with a newer copy of the same draft (saved in another tab),
    /// keeping the step and what the user has already left.
    Refresh {
        answers: Answers,
    },
}

impl Interview {
    /// The interview over loaded answers: what they hold counts as answered (its
    /// problems show at once, see `filled`); empty fields stay quiet until left.
    pub fn new(answers: Answers, ui_lang: Lang) -> Interview {
        Interview {
            touched: filled(&answers),
            edited: Vec::new(),
            answers,
            step: Step::You,
            ui_lang,
            current: None,
            focus_request: None,
            preview_open: false,
            trade_done: false,
            trade: None,
        }
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Set { field, value } => {
                field.set(&mut self.answers, &value);
                touch(&mut self.edited, [field]);
                // Asked once: a trader is who is registered at the RCS (commerçants and
                // commercial companies); artisans and liberal professions are not. It
                // decides the court-choice clause (CPC art. 48).
                if field == Field::ProviderRegistry {
                    let p = &mut self.answers.provider;
                    p.trader = p.registry == Registry::Rcs;
                }
            }
            Action::Leave { field } => {
                if self.edited.contains(&field) {
                    self.touch(field);
                }
                // The contract is usually signed where the provider works: the city of
                // their address, until the user types another place.
                if field == Field::ProviderAddress && self.answers.signature.place.trim().is_empty() {
                    if let Some(city) = crate::model::text::city_of(&self.answers.provider.address) {
                        self.answers.signature.place = city;
                    }
                }
            }
            Action::StartFromTrade { trade } => {
                trade.apply(&mut self.answers);
                self.trade_done = true;
                self.trade = Some(trade);
            }
            Action::Enter { field } => self.current = Some(field),
            Action::GoTo { step } => self.go(step),
            Action::Next | Action::Previous => {
                let steps = flow::steps(&self.answers);
                let i = steps.iter().position(|s| *s == self.step).unwrap_or(0);
                let j = if action == Action::Next { (i + 1).min(steps.len() - 1) } else { i.saturating_sub(1) };
                self.go(steps[j]);
            }
            Action::Fix { field } => {
                let step = flow::step_of(field, &self.answers);
                self.go(step);
                self.touch(field);
                self.current = Some(field);
                let n = self.focus_request.map_or(0, |(_, n)| n + 1);
                self.focus_request = Some((field, n));
            }
            // A list at its cap takes no more (the button says so beside it).
            Action::AddDeliverable if ItemList::Deliverables.is_full(&self.answers) => {}
            Action::AddMilestone if ItemList::Milestones.is_full(&self.answers) => {}
            Action::AddDeliverable => {
                let id = self.answers.next_id();
                self.answers.mission.deliverables.push(Deliverable { id, ..Default::default() });
                self.focus_request = Some((Field::DeliverableTitle(id), self.focus_request.map_or(0, |(_, n)| n + 1)));
            }
            Action::RemoveDeliverable { id } => self.answers.mission.deliverables.retain(|d| d.id != id),
            Action::AddMilestone => {
                let id = self.answers.next_id();
                self.answers.payment.milestones.push(Milestone { id, ..Default::default() });
                self.focus_request = Some((Field::MilestoneLabel(id), self.focus_request.map_or(0, |(_, n)| n + 1)));
            }
            Action::RemoveMilestone { id } => self.answers.payment.milestones.retain(|m| m.id != id),
            Action::SetUiLang { lang } => self.ui_lang = lang,
            Action::TogglePreview => self.preview_open = !self.preview_open,
            Action::Load { answers } => {
                let lang = self.ui_lang;
                *self = Interview::new(answers, lang);
            }
            Action::Refresh { answers } => {
                for f in filled(&answers) {
                    self.touch(f);
                }
                self.answers = answers;
            }
        }
        // A step that no longer applies (rights after "not creative") falls back.
        if !flow::steps(&self.answers).contains(&self.step) {
            self.step = Step::Mission;
        }
    }

    fn go(&mut self, step: Step) {
        // Leaving a step checks nothing the user has not typed in: a step looked at
        // and left empty is not flagged before the review.
        self.step = step;
        // The preview shows the article of the step's first question.
        self.current = flow::items(step, &self.answers).first().map(|i| match i {
            flow::Item::Field(f) => *f,
            flow::Item::Deliverables => Field::MissionKind,
            flow::Item::Milestones => Field::DepositKind,
        });
        self.preview_open = false;
        if step == Step::Review {
            // The review shows every problem.
            for s in flow::steps(&self.answers) {
                self.touch_step(s);
            }
        }
    }

    fn touch(&mut self, field: Field) {
        touch(&mut self.touched, [field]);
    }

    /// Marks every question of a step as left, list items included.
    fn touch_step(&mut self, step: Step) {
        for item in flow::items(step, &self.answers) {
            match item {
                flow::Item::Field(f) => {
                    self.touch(f);
                }
                flow::Item::Deliverables => {
                    for d in &self.answers.mission.deliverables {
                        touch(&mut self.touched, d.fields());
                    }
                }
                flow::Item::Milestones => {
                    for m in &self.answers.payment.milestones {
                        touch(&mut self.touched, m.fields());
                    }
                }
            }
        }
    }
}

/// The fields that hold something the user gave: a text, number or date not blank,
/// or a choice other than a new draft's. Their problems show as soon as the answers
/// are loaded, so a reload never hides what the user was told before it.
pub fn filled(answers: &Answers) -> Vec<Field> {
    let blank = Answers::default();
    answers
        .fields()
        .into_iter()
        .filter(|f| {
            let value = f.get(answers);
            match f.kind() {
                FieldKind::Bool | FieldKind::Choice(_) => value != f.get(&blank),
                _ => !value.trim().is_empty() && (f.json_path().is_empty() || value != f.get(&blank)),
            }
        })
        .collect()
}

fn touch<const N: usize>(touched: &mut Vec<Field>, fields: [Field; N]) {
    for f in fields {
        if !touched.contains(&f) {
            touched.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{MAX_DELIVERABLES, MAX_MILESTONES};

    #[test]
    fn navigation_keeps_answers_and_skips_steps_that_do_not_apply() {
        let mut s = Interview::new(Answers::default(), Lang::Fr);
        s.apply(Action::Set { field: Field::ProviderName, value: "Camille".into() });
        s.apply(Action::Set { field: Field::MissionCreative, value: "false".into() });
        for _ in 0..4 {
            s.apply(Action::Next);
        }
        assert_eq!(s.step, Step::Price);
        s.apply(Action::Next);
        assert_eq!(s.step, Step::Ending, "no rights step without creative deliverables");
        for _ in 0..10 {
            s.apply(Action::Previous);
        }
        assert_eq!(s.step, Step::You);
        assert_eq!(s.answers.provider.name, "Camille");
    }

    #[test]
    fn fix_goes_to_the_field_and_requests_focus() {
        let mut s = Interview::new(Answers::default(), Lang::En);
        s.apply(Action::Fix { field: Field::DepositValue });
        assert_eq!(s.step, Step::Price);
        assert_eq!(s.focus_request.map(|f| f.0), Some(Field::DepositValue));
    }

    #[test]
    fn list_items_have_stable_ids() {
        let mut s = Interview::new(Answers::default(), Lang::Fr);
        s.apply(Action::AddDeliverable);
        s.apply(Action::AddDeliverable);
        let ids: Vec<u32> = s.answers.mission.deliverables.iter().map(|d| d.id).collect();
        assert_eq!(ids, vec![1, 2, 3]);
        s.apply(Action::RemoveDeliverable { id: 2 });
        s.apply(Action::AddMilestone);
        assert_eq!(s.answers.payment.milestones[0].id, 4, "ids stay unique");
        s.apply(Action::Set { field: Field::DeliverableTitle(3), value: "Logo".into() });
        assert_eq!(s.answers.mission.deliverables[1].title, "Logo");
    }

    #[test]
    fn loaded_answers_show_the_problems_of_what_they_hold_and_no_other() {
        // A blank draft: nothing is flagged before the user leaves a field.
        assert_eq!(Interview::new(Answers::default(), Lang::Fr).touched, Vec::<Field>::new());
        // A reload of typed answers, one of them invalid: it is flagged at once.
        let mut a = Answers::default();
        Field::ProviderSiren.set(&mut a, "123");
        Field::ProviderName.set(&mut a, "  ");
        Field::ClientKind.set(&mut a, "consumer");
        let id = a.mission.deliverables[0].id;
        Field::DeliverableTitle(id).set(&mut a, "Logo");
        let s = Interview::new(a.clone(), Lang::Fr);
        for f in [Field::ProviderSiren, Field::ClientKind, Field::DeliverableTitle(id)] {
            assert!(s.touched.contains(&f), "{f:?}");
        }
        assert!(!s.touched.contains(&Field::ProviderName), "blank stays quiet");
        assert!(!s.touched.contains(&Field::ClientName), "empty stays quiet");
        let problems = crate::validate::check(&a).problems;
        assert!(problems.iter().any(|p| p.field == Field::ProviderSiren && s.touched.contains(&p.field)));
        // A newer copy from another tab flags what it fills, and keeps what was left.
        let mut s = Interview::new(Answers::default(), Lang::Fr);
        s.apply(Action::Set { field: Field::ClientName, value: String::new() });
        s.apply(Action::Leave { field: Field::ClientName });
        s.apply(Action::Refresh { answers: a });
        assert!(s.touched.contains(&Field::ProviderSiren));
        assert!(s.touched.contains(&Field::ClientName));
    }

    #[test]
    fn an_untouched_empty_field_is_checked_only_at_the_review() {
        let mut s = Interview::new(Answers::default(), Lang::Fr);
        // Tabbing through the first step: every field entered and left, none typed in.
        for item in flow::items(Step::You, &s.answers) {
            if let flow::Item::Field(f) = item {
                s.apply(Action::Enter { field: f });
                s.apply(Action::Leave { field: f });
            }
        }
        assert!(s.touched.is_empty(), "tabbing through flags nothing: {:?}", s.touched);
        s.apply(Action::Next);
        assert!(s.touched.is_empty(), "leaving the step flags nothing");
        // Typed in, then left: checked.
        s.apply(Action::Set { field: Field::ClientName, value: "A".into() });
        s.apply(Action::Set { field: Field::ClientName, value: String::new() });
        s.apply(Action::Leave { field: Field::ClientName });
        assert_eq!(s.touched, vec![Field::ClientName]);
        // The review checks everything.
        s.apply(Action::GoTo { step: Step::Review });
        assert!(s.touched.contains(&Field::ProviderName) && s.touched.contains(&Field::ProviderSiren));
    }

    #[test]
    fn add_stops_at_the_cap_of_each_list() {
        let mut s = Interview::new(Answers::default(), Lang::Fr);
        for _ in 0..MAX_DELIVERABLES + 5 {
            s.apply(Action::AddDeliverable);
        }
        assert_eq!(s.answers.mission.deliverables.len(), MAX_DELIVERABLES);
        for _ in 0..MAX_MILESTONES + 5 {
            s.apply(Action::AddMilestone);
        }
        assert_eq!(s.answers.payment.milestones.len(), MAX_MILESTONES);
        s.apply(Action::RemoveMilestone { id: s.answers.payment.milestones[0].id });
        s.apply(Action::AddMilestone);
        assert_eq!(s.answers.payment.milestones.len(), MAX_MILESTONES, "room again after a removal");
    }

    #[test]
    fn a_trade_fills_a_new_draft_and_is_offered_once() {
        let mut s = Interview::new(Answers::default(), Lang::Fr);
        assert!(!s.trade_done);
        s.apply(Action::StartFromTrade { trade: Trade::CoachingTraining });
        assert!(s.trade_done);
        assert_eq!(s.answers.mission.kind, crate::model::MissionKind::Accompaniment);
        assert!(!flow::steps(&s.answers).contains(&Step::Rights));
        // A draft loaded (new, or opened) offers it again; another trade changes nothing.
        s.apply(Action::Load { answers: Answers::default() });
        assert!(!s.trade_done);
        // "Another trade" skips: nothing prefilled.
        s.apply(Action::StartFromTrade { trade: Trade::Other });
        assert!(s.trade_done);
        assert_eq!(s.answers, Answers::default());
    }

    #[test]
    fn the_registry_says_whether_the_provider_is_a_trader() {
        let mut s = Interview::new(Answers::default(), Lang::Fr);
        s.apply(Action::Set { field: Field::ProviderRegistry, value: "rcs".into() });
        assert!(s.answers.provider.trader);
        s.apply(Action::Set { field: Field::ProviderRegistry, value: "rm".into() });
        assert!(!s.answers.provider.trader, "artisans are not traders");
        assert!(!flow::is_shown(Field::ProviderTrader, &s.answers), "asked once, by the registry");
    }

    #[test]
    fn the_signature_place_follows_the_address_until_typed() {
        let mut s = Interview::new(Answers::default(), Lang::Fr);
        s.apply(Action::Set { field: Field::ProviderAddress, value: "8 rue Sainte-Catherine, 33000 Bordeaux".into() });
        s.apply(Action::Leave { field: Field::ProviderAddress });
        assert_eq!(s.answers.signature.place, "Bordeaux");
        s.apply(Action::Set { field: Field::SignaturePlace, value: "Mérignac".into() });
        s.apply(Action::Set { field: Field::ProviderAddress, value: "1 quai, 69002 Lyon".into() });
        s.apply(Action::Leave { field: Field::ProviderAddress });
        assert_eq!(s.answers.signature.place, "Mérignac", "a typed place stays");
    }

    #[test]
    fn leaving_the_rights_step_when_it_disappears() {
        let mut s = Interview::new(Answers::default(), Lang::Fr);
        s.apply(Action::GoTo { step: Step::Rights });
        s.apply(Action::Set { field: Field::MissionCreative, value: "false".into() });
        assert_eq!(s.step, Step::Mission);
    }
}
