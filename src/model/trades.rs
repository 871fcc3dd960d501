//! Starting points by trade: what a freelancer of a common trade usually answers, as
//! plain data — pairs of a question (`Field`) and its answer, written by the same
//! `Field::set` the interview uses. Choosing a trade on a new draft writes them (each
//! stays visible and editable in its question); the trade itself is not stored.

use super::*;
use Field::*;

/// A common freelance trade, offered as the first choice of a new draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trade {
    GraphicDesign,
    WebDevelopment,
    WritingTranslation,
    PhotoVideo,
    CoachingTraining,
    Consulting,
    Building,
    Other,
}

/// An answer in the contract's two languages: (question, French, English).
pub type Answer = (Field, &'static str, &'static str);

/// What a trade sets in a new draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TradeDefaults {
    /// Answers written as they are, in order.
    pub answers: &'static [&'static [Answer]],
    /// The provider's and usual terms' answers: written only where the draft still
    /// holds a new draft's value, so saved details ("my details") win.
    pub usual: &'static [Answer],
    /// The first deliverables (French, English), to edit or remove.
    pub deliverables: &'static [(&'static str, &'static str)],
}

/// Deliverables, a fixed price, two revision rounds.
const DELIVERABLES: &[Answer] = &[
    (MissionKind, "deliverables", "deliverables"),
    (BuildingWorks, "false", "false"),
    (MissionDigital, "false", "false"),
    (PriceMode, "fixed", "fixed"),
    (RevisionRounds, "2", "2"),
];

/// Creative work whose rights are assigned, reproduction and representation named
/// (Code de la propriété intellectuelle L131-3), on full payment.
const ASSIGNED: &[Answer] = &[
    (MissionCreative, "true", "true"),
    (IpMode, "assignment", "assignment"),
    (RightReproduction, "true", "true"),
    (RightRepresentation, "true", "true"),
    (RightsOnFullPayment, "true", "true"),
];

/// No work of the mind to assign (building).
const NOT_CREATIVE: &[Answer] = &[(MissionCreative, "false", "false")];

/// A 30 % deposit and 15 days' notice, unless the user's details say otherwise.
const USUAL: &[Answer] = &[(DepositValue, "30", "30"), (NoticeDays, "15", "15")];

/// Each trade's answers, in the order of `Trade::ALL`.
const TABLE: [TradeDefaults; 8] = [
    // Graphic design: the logo must be the client's alone, everywhere, for good.
    TradeDefaults {
        answers: &[
            DELIVERABLES,
            ASSIGNED,
            &[
                (RightAdaptation, "true", "true"),
                (RightDistribution, "false", "false"),
                (RightsExclusive, "true", "true"),
                (
                    RightsPurpose,
                    "identification du Client, de ses produits et de ses services, y compris à titre de marque, de nom commercial et de nom de domaine",
                    "identifying the Client, its products and its services, including as a trade mark, trade name and domain name",
                ),
                (
                    RightsMedia,
                    "tous supports, notamment imprimés, étiquettes et emballages, enseignes et signalétique, véhicules, objets promotionnels, site internet et réseaux sociaux",
                    "all media, including print, labels and packaging, signs, vehicles, promotional items, website and social media",
                ),
                (RightsTerritory, "monde entier", "worldwide"),
                (RightsDuration, "", ""),
            ],
        ],
        usual: USUAL,
        deliverables: &[("Logo", "Logo")],
    },
    // Web development: digital deliverables (a consumer gets the conformity guarantee).
    TradeDefaults {
        answers: &[
            DELIVERABLES,
            ASSIGNED,
            &[
                (MissionDigital, "true", "true"),
                (RightAdaptation, "true", "true"),
                (RightDistribution, "true", "true"),
                (RightsExclusive, "true", "true"),
                (RightsPurpose, "exploitation du site internet du Client", "running the Client’s website"),
                (RightsMedia, "internet", "the internet"),
                (RightsTerritory, "monde entier", "worldwide"),
                (RightsDuration, "", ""),
            ],
        ],
        usual: USUAL,
        deliverables: &[("Site internet", "Website")],
    },
    // Writing and translation: one round of changes.
    TradeDefaults {
        answers: &[
            DELIVERABLES,
            ASSIGNED,
            &[
                (RevisionRounds, "1", "1"),
                // The client edits, updates and shortens its own texts.
                (RightAdaptation, "true", "true"),
                (RightDistribution, "false", "false"),
                (RightsExclusive, "true", "true"),
                (RightsPurpose, "communication du Client", "the Client’s communication"),
                (RightsMedia, "imprimés, site internet, réseaux sociaux", "print, website, social media"),
                (RightsTerritory, "monde entier", "worldwide"),
                (RightsDuration, "", ""),
            ],
        ],
        usual: USUAL,
        deliverables: &[("Textes", "Texts")],
    },
    // Photography and video: non-exclusive (photographers usually keep their images for
    // other uses), worldwide as online use is, for ten years; the client may crop and
    // resize (adaptation).
    TradeDefaults {
        answers: &[
            DELIVERABLES,
            ASSIGNED,
            &[
                (RevisionRounds, "1", "1"),
                (RightAdaptation, "true", "true"),
                (RightDistribution, "false", "false"),
                (RightsExclusive, "false", "false"),
                (RightsPurpose, "communication du Client", "the Client’s communication"),
                (RightsMedia, "site internet, réseaux sociaux, imprimés", "website, social media, print"),
                (RightsTerritory, "monde entier", "worldwide"),
                (RightsDuration, "10", "10"),
            ],
        ],
        usual: USUAL,
        deliverables: &[("Photographies retouchées", "Edited photographs")],
    },
    // Coaching and training: an accompaniment of six sessions, paid by the session.
    TradeDefaults {
        answers: &[&[
            (MissionKind, "accompaniment", "accompaniment"),
            (MissionCreative, "false", "false"),
            (BuildingWorks, "false", "false"),
            (Sessions, "6", "6"),
            (SessionMinutes, "60", "60"),
            (Channels, "en visioconférence ou en présentiel", "by video call or in person"),
            (PriceMode, "per_session", "per_session"),
        ]],
        usual: &[(DepositValue, "30", "30"), (NoticeDays, "15", "15"), (PriceCap, "6", "6")],
        deliverables: &[],
    },
    // Consulting: the report's rights for the client's internal needs (the method stays
    // the consultant's; sharing it further would meet the confidentiality article),
    // paid by the day, a month's notice.
    TradeDefaults {
        answers: &[
            DELIVERABLES,
            ASSIGNED,
            &[
                (PriceMode, "per_day", "per_day"),
                (RightRepresentation, "false", "false"),
                (RightAdaptation, "true", "true"),
                (RightDistribution, "false", "false"),
                (RightsExclusive, "false", "false"),
                (RightsPurpose, "besoins internes du Client", "the Client’s internal needs"),
                (RightsMedia, "tous supports", "all media"),
                (RightsTerritory, "monde entier", "worldwide"),
                (RightsDuration, "", ""),
            ],
        ],
        usual: &[(DepositValue, "30", "30"), (NoticeDays, "30", "30")],
        deliverables: &[("Rapport de recommandations", "Recommendations report")],
    },
    // Building trades: building works (réception, builders' guarantees), a décennale
    // insurance (C. assur. L241-1), and the crafts register (artisans are not traders).
    TradeDefaults {
        answers: &[
            DELIVERABLES,
            NOT_CREATIVE,
            &[
                (BuildingWorks, "true", "true"),
                // The quote the scope refers to, annexed (and prevailing).
                (AnnexedDocuments, "Devis détaillé des travaux", "Detailed quote for the works"),
            ],
        ],
        usual: &[
            (DepositValue, "30", "30"),
            (NoticeDays, "15", "15"),
            (ProviderInsurance, "true", "true"),
            (ProviderInsuranceCover, "decennale", "decennale"),
            (ProviderRegistry, "rm", "rm"),
        ],
        deliverables: &[("Travaux décrits au devis annexé", "Works described in the annexed quote")],
    },
    // Another trade: nothing is written.
    TradeDefaults { answers: &[], usual: &[], deliverables: &[] },
];

impl Trade {
    pub const ALL: [Trade; 8] = [
        Trade::GraphicDesign,
        Trade::WebDevelopment,
        Trade::WritingTranslation,
        Trade::PhotoVideo,
        Trade::CoachingTraining,
        Trade::Consulting,
        Trade::Building,
        Trade::Other,
    ];

    /// A stable key, also in the DOM id of its button ("trade--graphic_design").
    pub fn key(self) -> &'static str {
        match self {
            Trade::GraphicDesign => "graphic_design",
            Trade::WebDevelopment => "web_development",
            Trade::WritingTranslation => "writing_translation",
            Trade::PhotoVideo => "photo_video",
            Trade::CoachingTraining => "coaching",
            Trade::Consulting => "consulting",
            Trade::Building => "building",
            Trade::Other => "other",
        }
    }

    /// The answers this trade usually gives.
    pub fn defaults(self) -> &'static TradeDefaults {
        &TABLE[self as usize]
    }

    /// Writes this trade's usual answers into a new draft's, in the contract's
    /// language. The first deliverables fill a list that has no title yet.
    pub fn apply(self, a: &mut Answers) {
        let d = self.defaults();
        let fr = a.contract_lang == Lang::Fr;
        let blank = Answers::default();
        let registry = a.provider.registry;
        for &(field, v_fr, v_en) in d.answers.iter().flat_map(|x| x.iter()) {
            field.set(a, if fr { v_fr } else { v_en });
        }
        for &(field, v_fr, v_en) in d.usual {
            if field.get(a) == field.get(&blank) {
                field.set(a, if fr { v_fr } else { v_en });
            }
        }
        let m = &mut a.mission;
        if !d.deliverables.is_empty() && m.deliverables.iter().all(|x| x.title.trim().is_empty()) {
            let id = m.deliverables.first().map_or(1, |x| x.id);
            m.deliverables.truncate(1);
            m.deliverables.resize_with(1, || Deliverable { id, ..Default::default() });
            for (i, &(t_fr, t_en)) in d.deliverables.iter().enumerate() {
                if i > 0 {
                    let id = a.next_id();
                    a.mission.deliverables.push(Deliverable { id, ..Default::default() });
                }
                a.mission.deliverables[i].title = if fr { t_fr } else { t_en }.into();
            }
        }
        // Artisans are not traders: the trader follows the register (CPC art. 48).
        if a.provider.registry != registry {
            a.provider.trader = a.provider.registry == Registry::Rcs;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    // Explicit: the types, not `Field`'s variants of the same names.
    use crate::model::{ClientKind, MissionKind, PriceMode};

    /// A new draft started from `trade`, with what no trade can know filled: the
    /// parties, the mission's title, the price, and for building works the insurer.
    fn filled_in(trade: Trade, client: ClientKind, lang: Lang) -> Answers {
        let mut a = Answers { contract_lang: lang, ..Answers::default() };
        trade.apply(&mut a);
        let p = &mut a.provider;
        p.name = "Camille Moreau".into();
        p.siren = "812 345 676".into();
        p.address = "12 rue des Lilas, 69003 Lyon".into();
        p.phone = "06 12 34 56 78".into();
        if p.insurance {
            p.insurer = "Mutuelle des Artisans".into();
            p.insurer_address = "10 rue de la Paix, 75002 Paris".into();
            p.policy = "D-2026-123".into();
        }
        a.client.kind = client;
        a.client.name = "Atelier Dupont".into();
        a.client.address = "4 place Bellecour, 69002 Lyon".into();
        a.consumer.mediator_name = "CM2C".into();
        a.consumer.mediator_contact = "www.cm2c.net".into();
        a.mission.title = "Mission".into();
        a.price.amount = "1 800".into();
        if a.price.mode.is_unit() && a.price.cap_units.is_empty() {
            a.price.cap_units = "10".into();
        }
        a.signature.place = "Lyon".into();
        // "Other" sets nothing: what its user types.
        if a.mission.deliverables.iter().all(|d| d.title.is_empty()) {
            a.mission.deliverables[0].title = "Livrable".into();
        }
        if a.rights.purpose.is_empty() {
            a.rights.purpose = "communication".into();
            a.rights.media = "imprimés, site internet".into();
            a.rights.territory = "France".into();
        }
        a
    }

    fn filled(trade: Trade, client: ClientKind) -> Answers {
        filled_in(trade, client, Lang::Fr)
    }

    fn assert_valid(trade: Trade) {
        for client in [ClientKind::Business, ClientKind::Consumer] {
            for lang in [Lang::Fr, Lang::En] {
                let full = filled_in(trade, client, lang);
                let problems = crate::validate::check(&full).problems;
                assert!(problems.is_empty(), "{trade:?} {client:?} {lang:?}: {problems:?}");
                let (doc, _) =
                    crate::document::build::from_answers(&full, chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
                assert!(doc.breaches.is_empty(), "{trade:?} {client:?} {lang:?}: {:?}", doc.breaches);
                assert!(doc.draft_mark.is_none(), "{trade:?} {client:?} {lang:?}: still a draft");
            }
        }
    }

    #[test]
    fn graphic_design_assigns_the_usual_rights_with_a_logo() {
        assert_valid(Trade::GraphicDesign);
        let a = filled(Trade::GraphicDesign, ClientKind::Business);
        assert!(a.has_rights() && a.rights.exclusive && a.rights.adaptation);
        assert_eq!(a.mission.deliverables[0].title, "Logo");
        assert_eq!(a.payment.deposit_value, "30");
        assert_eq!(a.mission.revision_rounds, "2");
    }

    #[test]
    fn web_development_is_digital_with_its_site() {
        assert_valid(Trade::WebDevelopment);
        let a = filled(Trade::WebDevelopment, ClientKind::Consumer);
        assert!(a.mission.digital && a.has_rights() && a.rights.distribution);
        assert_eq!(a.mission.deliverables[0].title, "Site internet");
    }

    #[test]
    fn writing_and_translation_assign_texts() {
        assert_valid(Trade::WritingTranslation);
        let a = filled(Trade::WritingTranslation, ClientKind::Business);
        assert!(a.has_rights() && a.rights.adaptation, "the client edits its own texts");
        assert_eq!(a.mission.revision_rounds, "1");
    }

    #[test]
    fn photography_keeps_the_images_non_exclusive() {
        assert_valid(Trade::PhotoVideo);
        let a = filled(Trade::PhotoVideo, ClientKind::Business);
        assert!(a.has_rights() && !a.rights.exclusive && a.rights.adaptation);
        assert_eq!((a.rights.duration_years.as_str(), a.rights.territory.as_str()), ("10", "monde entier"));
    }

    #[test]
    fn coaching_is_an_accompaniment_by_the_session_with_a_cap() {
        assert_valid(Trade::CoachingTraining);
        let a = filled(Trade::CoachingTraining, ClientKind::Consumer);
        assert_eq!(a.mission.kind, MissionKind::Accompaniment);
        assert!(!a.has_rights());
        assert_eq!(
            (a.price.mode, a.price.cap_units.as_str(), a.mission.sessions.as_str()),
            (PriceMode::PerSession, "6", "6")
        );
    }

    #[test]
    fn consulting_gives_the_report_for_the_clients_needs_and_bills_by_the_day() {
        assert_valid(Trade::Consulting);
        let a = filled(Trade::Consulting, ClientKind::Business);
        assert!(a.has_rights() && !a.rights.exclusive);
        assert!(a.rights.purpose.contains("besoins internes"));
        assert_eq!(a.price.mode, PriceMode::PerDay);
        assert_eq!(a.terms.notice_days, "30");
    }

    #[test]
    fn building_trades_need_the_decennale() {
        assert_valid(Trade::Building);
        let a = filled(Trade::Building, ClientKind::Consumer);
        assert!(a.is_building() && a.needs_decennale());
        assert!(a.provider.insurance && a.provider.insurance_cover.has_decennale());
        assert_eq!(a.provider.registry, Registry::Rm);
        assert!(!a.mission.annexed_documents.is_empty(), "the quote the scope refers to is annexed");
        // Without the insurer's details, the contract is blocked at them.
        let mut bare = Answers::default();
        Trade::Building.apply(&mut bare);
        let problems = crate::validate::check(&bare).problems;
        assert!(problems.iter().any(|p| p.field == Field::ProviderInsurer), "{problems:?}");
    }

    #[test]
    fn other_changes_nothing() {
        assert_valid(Trade::Other);
        let mut a = Answers::default();
        Trade::Other.apply(&mut a);
        assert_eq!(a, Answers::default());
    }

    #[test]
    fn saved_details_win_over_a_trade() {
        let mut a = Answers::default();
        a.payment.deposit_value = "40".into();
        a.terms.notice_days = "7".into();
        a.provider.registry = Registry::Rcs;
        Trade::Building.apply(&mut a);
        assert_eq!((a.payment.deposit_value.as_str(), a.terms.notice_days.as_str()), ("40", "7"));
        assert_eq!(a.provider.registry, Registry::Rcs);
        // Typed deliverables are never replaced.
        let mut b = Answers::default();
        b.mission.deliverables[0].title = "Menu".into();
        Trade::GraphicDesign.apply(&mut b);
        assert_eq!(b.mission.deliverables.len(), 1);
        assert_eq!(b.mission.deliverables[0].title, "Menu");
    }

    #[test]
    fn english_contracts_get_english_words() {
        let mut a = Answers { contract_lang: Lang::En, ..Answers::default() };
        Trade::GraphicDesign.apply(&mut a);
        assert_eq!(a.rights.territory, "worldwide");
        assert_eq!(a.mission.deliverables[0].title, "Logo");
        let mut b = Answers { contract_lang: Lang::En, ..Answers::default() };
        Trade::PhotoVideo.apply(&mut b);
        assert_eq!(b.mission.deliverables[0].title, "Edited photographs");
    }

    #[test]
    fn keys_are_unique_and_the_table_follows_all() {
        for (i, t) in Trade::ALL.iter().enumerate() {
            assert_eq!(*t as usize, i, "TABLE is indexed by the trade");
            assert!(Trade::ALL[i + 1..].iter().all(|u| u.key() != t.key()));
        }
    }
}
