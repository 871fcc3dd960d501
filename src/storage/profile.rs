//! "My details" (the provider's identity and default terms, prefilled into every new
//! draft), the "same client, next mission" copy of a draft, and the "new client" one.

use crate::model::{Answers, Client, Deliverable, Payment, Provider, Terms};

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

    /// Writes these details over `a`'s (a mission's instalments stay). An empty place
    /// of signature becomes the city of the provider's address.
    pub fn apply(&self, a: &mut Answers) {
        a.provider = self.provider.clone();
        let milestones = std::mem::take(&mut a.payment.milestones);
        a.payment = Payment { milestones, ..self.payment.clone() };
        a.terms = self.terms.clone();
        a.consumer.mediator_name = self.mediator_name.clone();
        a.consumer.mediator_contact = self.mediator_contact.clone();
        if a.signature.place.trim().is_empty() {
            a.signature.place = crate::model::text::city_of(&a.provider.address).unwrap_or_default();
        }
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

/// The answers of a mission like this one for a NEW client: the provider, the terms,
/// the price and its structure, the rights and the deliverables' titles kept; the
/// client (and who attends for them), the mission's title and description, every date
/// and the signature's date cleared. The place of signature (the provider's) stays.
pub fn for_new_client(a: &Answers) -> Answers {
    let mut n = a.clone();
    n.client = Client::default();
    n.consumer.conclusion = Default::default();
    n.consumer.early_start = false;
    let m = &mut n.mission;
    for s in [&mut m.title, &mut m.description, &mut m.beneficiary_name, &mut m.beneficiary_role, &mut m.client_inputs]
    {
        s.clear();
    }
    for s in [&mut m.start_date, &mut m.end_date, &mut m.workload_days, &mut n.signature.date] {
        s.clear();
    }
    // The deliverables' list keeps its shape: titles kept, due dates cleared.
    m.deliverables.iter_mut().for_each(|d| d.due.clear());
    n.payment.milestones.iter_mut().for_each(|x| x.due.clear());
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClientKind, Milestone};

    fn previous() -> Answers {
        let mut a = Answers::default();
        a.provider.name = "Léa Martin".into();
        a.provider.address = "8 rue Sainte-Catherine, 33000 Bordeaux".into();
        a.client.kind = ClientKind::Consumer;
        a.client.name = "Brasserie du Port".into();
        a.client.address = "2 quai des Chartrons, 33300 Bordeaux".into();
        a.consumer.early_start = true;
        a.consumer.mediator_name = "CM2C".into();
        a.mission.title = "Logo et menu de la Brasserie du Port".into();
        a.mission.deliverables = vec![
            Deliverable { id: 1, title: "Logo".into(), due: "2027-01-10".into() },
            Deliverable { id: 2, title: "Menu".into(), due: "2027-01-20".into() },
        ];
        a.mission.start_date = "2027-01-04".into();
        a.mission.end_date = "2027-01-31".into();
        a.price.amount = "1800".into();
        a.payment.milestones =
            vec![Milestone { id: 3, label: "Maquettes".into(), percent: "30".into(), due: "2027-01-15".into() }];
        a.signature.place = "Bordeaux".into();
        a.signature.date = "2027-01-02".into();
        a
    }

    #[test]
    fn a_new_client_keeps_the_provider_terms_price_and_deliverables_shape() {
        let a = previous();
        let n = for_new_client(&a);
        assert_eq!(n.provider, a.provider);
        assert_eq!(
            (n.price.clone(), n.terms.clone(), n.rights.clone()),
            (a.price.clone(), a.terms.clone(), a.rights.clone())
        );
        let titles: Vec<&str> = n.mission.deliverables.iter().map(|d| d.title.as_str()).collect();
        assert_eq!(titles, ["Logo", "Menu"]);
        assert!(n.mission.deliverables.iter().all(|d| d.due.is_empty()));
        assert_eq!(n.payment.milestones[0].label, "Maquettes");
        assert!(n.payment.milestones[0].due.is_empty());
        assert_eq!(n.client, Client::default(), "the client is cleared");
        assert!(!n.consumer.early_start);
        assert_eq!(n.consumer.mediator_name, "CM2C", "the mediator is the provider's");
        assert!(n.mission.title.is_empty() && n.mission.start_date.is_empty() && n.mission.end_date.is_empty());
        assert!(n.signature.date.is_empty());
        assert_eq!(n.signature.place, "Bordeaux");
        // "Duplicate" still means the same client's next mission.
        assert_eq!(next_mission(&a).client, a.client);
    }

    #[test]
    fn my_details_sign_where_the_provider_works() {
        let p = Profile::from_answers(&previous());
        assert_eq!(p.new_answers().signature.place, "Bordeaux");
    }
}
