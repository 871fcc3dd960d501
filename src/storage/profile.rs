//! "My details" (the provider's identity and default terms, prefilled into every new
//! draft) and the "same client, next mission" copy of a draft.

use crate::model::{Answers, Deliverable, Payment, Provider, Terms};

/// What "Save as my details" keeps: who the provider is and how they usually work.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Profile {
    pub provider: Provider,
    /// Deposit, payment term, penalties, method — without this mission's instalments.
    pub payment: Payment,
    pub terms: Terms,
    /// The provider's consumer mediator (theirs, whatever the client).
    pub mediator_name: String,
    pub mediator_contact: String,
}

impl Profile {
    pub fn from_answers(a: &Answers) -> Profile {
        Profile {
            provider: a.provider.clone(),
            payment: Payment { milestones: Vec::new(), ..a.payment.clone() },
            terms: a.terms.clone(),
            mediator_name: a.consumer.mediator_name.clone(),
            mediator_contact: a.consumer.mediator_contact.clone(),
        }
    }

    /// Writes these details over `a`'s (a mission's instalments stay).
    pub fn apply(&self, a: &mut Answers) {
        a.provider = self.provider.clone();
        let milestones = std::mem::take(&mut a.payment.milestones);
        a.payment = Payment { milestones, ..self.payment.clone() };
        a.terms = self.terms.clone();
        a.consumer.mediator_name = self.mediator_name.clone();
        a.consumer.mediator_contact = self.mediator_contact.clone();
    }

    /// The answers of a new draft: the defaults, with these details.
    pub fn new_answers(&self) -> Answers {
        let mut a = Answers::default();
        self.apply(&mut a);
        a
    }

    /// How "my details" are stored: as the answers of a draft, so that the one
    /// migration chain upgrades them too.
    pub fn to_answers(&self) -> Answers {
        self.new_answers()
    }
}

/// The answers of the next mission for the same client: provider, client, price and
/// terms kept; the mission's title, description, deliverables and every date cleared.
pub fn next_mission(a: &Answers) -> Answers {
    let mut n = a.clone();
    n.mission.title.clear();
    n.mission.description.clear();
    n.mission.deliverables.clear();
    n.mission.start_date.clear();
    n.mission.end_date.clear();
    n.mission.workload_days.clear();
    for m in &mut n.payment.milestones {
        m.due.clear();
    }
    n.signature.date.clear();
    let id = n.next_id();
    n.mission.deliverables.push(Deliverable { id, ..Default::default() });
    n
}
