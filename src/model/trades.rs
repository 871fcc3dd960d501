//! Starting points by trade: what a freelancer of a common trade usually answers, as
//! plain data. Choosing a trade on a new draft writes these answers (each stays
//! visible and editable in its question); the trade itself is not stored.

use super::*;

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

/// Words in the contract's two languages: (French, English).
type Words = (&'static str, &'static str);

/// The rights a creative trade usually assigns (Code de la propriété intellectuelle
/// L131-3: each right named, its field limited in purpose, media, place, duration).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UsualRights {
    pub adaptation: bool,
    pub distribution: bool,
    pub exclusive: bool,
    pub purpose: Words,
    pub media: Words,
    pub territory: Words,
    /// Years; empty: the whole term of copyright (a logo or a site needs it).
    pub duration_years: &'static str,
}

/// What a trade sets in a new draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TradeDefaults {
    pub kind: MissionKind,
    /// `None`: no creative work, no rights step (consulting, building, coaching).
    pub rights: Option<UsualRights>,
    pub building_works: bool,
    /// Digital deliverables (a consumer then gets the conformity guarantee).
    pub digital: bool,
    pub price_mode: PriceMode,
    /// Units invoiced at most, for a per-unit price ("" leaves the question to the user).
    pub cap_units: &'static str,
    pub revision_rounds: &'static str,
    pub deposit_percent: &'static str,
    pub notice_days: &'static str,
    /// First deliverables, to edit or remove.
    pub deliverables: &'static [Words],
    /// Accompaniment: sessions, minutes, channels.
    pub sessions: &'static str,
    pub session_minutes: &'static str,
    pub channels: Words,
    /// A trade with a mandatory insurance (loi 96-603 art. 22-2), and its cover.
    pub insurance: Option<InsuranceCover>,
    /// Artisans register in the RNE (crafts), not the RCS.
    pub registry: Option<Registry>,
}

const NO_WORDS: Words = ("", "");

/// Every trade has these unless it says otherwise: deliverables, creative work assigned
/// on full payment, two revision rounds, a 30 % deposit, 15 days' notice.
const BASE: TradeDefaults = TradeDefaults {
    kind: MissionKind::Deliverables,
    rights: None,
    building_works: false,
    digital: false,
    price_mode: PriceMode::Fixed,
    cap_units: "",
    revision_rounds: "2",
    deposit_percent: "30",
    notice_days: "15",
    deliverables: &[],
    sessions: "6",
    session_minutes: "60",
    channels: NO_WORDS,
    insurance: None,
    registry: None,
};

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
    pub fn defaults(self) -> TradeDefaults {
        match self {
            Trade::GraphicDesign => TradeDefaults {
                rights: Some(UsualRights {
                    adaptation: true,
                    distribution: false,
                    exclusive: true,
                    purpose: ("identification et communication du Client", "the Client’s identity and communication"),
                    media: (
                        "imprimés, site internet, réseaux sociaux, signalétique",
                        "print, website, social media, signage",
                    ),
                    territory: ("monde entier", "worldwide"),
                    duration_years: "",
                }),
                deliverables: &[("Logo", "Logo")],
                ..BASE
            },
            Trade::WebDevelopment => TradeDefaults {
                rights: Some(UsualRights {
                    adaptation: true,
                    distribution: true,
                    exclusive: true,
                    purpose: ("exploitation du site internet du Client", "running the Client’s website"),
                    media: ("internet", "the internet"),
                    territory: ("monde entier", "worldwide"),
                    duration_years: "",
                }),
                digital: true,
                deliverables: &[("Site internet", "Website")],
                ..BASE
            },
            Trade::WritingTranslation => TradeDefaults {
                rights: Some(UsualRights {
                    adaptation: false,
                    distribution: false,
                    exclusive: true,
                    purpose: ("communication du Client", "the Client’s communication"),
                    media: ("imprimés, site internet, réseaux sociaux", "print, website, social media"),
                    territory: ("monde entier", "worldwide"),
                    duration_years: "",
                }),
                revision_rounds: "1",
                deliverables: &[("Textes", "Texts")],
                ..BASE
            },
            Trade::PhotoVideo => TradeDefaults {
                // Photographers usually keep their images for other uses: non-exclusive.
                rights: Some(UsualRights {
                    adaptation: false,
                    distribution: false,
                    exclusive: false,
                    purpose: ("communication du Client", "the Client’s communication"),
                    media: ("site internet, réseaux sociaux, imprimés", "website, social media, print"),
                    territory: ("France", "France"),
                    duration_years: "5",
                }),
                revision_rounds: "1",
                deliverables: &[("Photographies retouchées", "Edited photographs")],
                ..BASE
            },
            Trade::CoachingTraining => TradeDefaults {
                kind: MissionKind::Accompaniment,
                price_mode: PriceMode::PerSession,
                cap_units: "6",
                channels: ("en visioconférence ou en présentiel", "by video call or in person"),
                ..BASE
            },
            Trade::Consulting => TradeDefaults {
                price_mode: PriceMode::PerDay,
                deliverables: &[("Rapport de recommandations", "Recommendations report")],
                notice_days: "30",
                ..BASE
            },
            Trade::Building => TradeDefaults {
                building_works: true,
                deliverables: &[("Travaux décrits au devis annexé", "Works described in the annexed quote")],
                insurance: Some(InsuranceCover::Decennale),
                registry: Some(Registry::Rm),
                ..BASE
            },
            Trade::Other => BASE,
        }
    }

    /// Writes this trade's usual answers into a new draft's. The provider's details
    /// and usual terms (perhaps from "my details") change only where they are still a
    /// new draft's defaults.
    pub fn apply(self, a: &mut Answers) {
        if self == Trade::Other {
            return;
        }
        let d = self.defaults();
        let blank = Answers::default();
        let lang = a.contract_lang;
        let pick = |w: Words| if lang == Lang::Fr { w.0 } else { w.1 }.to_string();
        let m = &mut a.mission;
        m.kind = d.kind;
        m.creative = d.rights.is_some();
        m.building_works = d.building_works;
        m.digital = d.digital;
        m.revision_rounds = d.revision_rounds.into();
        if d.kind == MissionKind::Accompaniment {
            m.sessions = d.sessions.into();
            m.session_minutes = d.session_minutes.into();
            m.channels = pick(d.channels);
        }
        // The first deliverables fill the empty ones (each new item takes a free id).
        if !d.deliverables.is_empty() && m.deliverables.iter().all(|x| x.title.trim().is_empty()) {
            let first = m.deliverables.first().map_or(1, |x| x.id);
            m.deliverables = vec![Deliverable { id: first, title: pick(d.deliverables[0]), due: String::new() }];
            for w in &d.deliverables[1..] {
                let id = a.next_id();
                a.mission.deliverables.push(Deliverable { id, title: pick(*w), due: String::new() });
            }
        }
        a.price.mode = d.price_mode;
        if d.price_mode.is_unit() && a.price.cap_units.trim().is_empty() {
            a.price.cap_units = d.cap_units.into();
        }
        if let Some(r) = d.rights {
            let x = &mut a.rights;
            x.mode = IpMode::Assignment;
            x.reproduction = true;
            x.representation = true;
            x.adaptation = r.adaptation;
            x.distribution = r.distribution;
            x.exclusive = r.exclusive;
            x.purpose = pick(r.purpose);
            x.media = pick(r.media);
            x.territory = pick(r.territory);
            x.duration_years = r.duration_years.into();
        }
        if a.payment.deposit == blank.payment.deposit && a.payment.deposit_value == blank.payment.deposit_value {
            a.payment.deposit_value = d.deposit_percent.into();
        }
        if a.terms.notice_days == blank.terms.notice_days {
            a.terms.notice_days = d.notice_days.into();
        }
        let p = &mut a.provider;
        if let Some(cover) = d.insurance {
            if !p.insurance {
                p.insurance = true;
                p.insurance_cover = cover;
            }
        }
        if let Some(registry) = d.registry {
            if p.registry == blank.provider.registry {
                p.registry = registry;
                // Artisans are not traders (no court-choice clause, CPC art. 48).
                p.trader = registry == Registry::Rcs;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(a.has_rights() && !a.rights.adaptation);
        assert_eq!(a.mission.revision_rounds, "1");
    }

    #[test]
    fn photography_keeps_the_images_non_exclusive() {
        assert_valid(Trade::PhotoVideo);
        let a = filled(Trade::PhotoVideo, ClientKind::Business);
        assert!(a.has_rights() && !a.rights.exclusive);
        assert_eq!(a.rights.duration_years, "5");
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
    fn consulting_assigns_no_rights_and_bills_by_the_day() {
        assert_valid(Trade::Consulting);
        let a = filled(Trade::Consulting, ClientKind::Business);
        assert!(!a.has_rights());
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
    fn keys_are_unique() {
        for (i, t) in Trade::ALL.iter().enumerate() {
            assert!(Trade::ALL[i + 1..].iter().all(|u| u.key() != t.key()));
        }
    }
}
