//! The start of a new draft, in French and English: the trade choice, "start from a
//! previous contract", "save as my details" during the interview, and where drafts live.

use super::pick;
use crate::model::trades::Trade;
use crate::model::Lang;

/// A trade's name on its button.
pub fn trade(t: Trade, lang: Lang) -> &'static str {
    let (fr, en) = match t {
        Trade::GraphicDesign => ("Graphisme", "Graphic design"),
        Trade::WebDevelopment => ("Sites et applis web", "Web development"),
        Trade::WritingTranslation => ("Rédaction, traduction", "Writing, translation"),
        Trade::PhotoVideo => ("Photo, vidéo", "Photography, video"),
        Trade::CoachingTraining => ("Coaching, formation", "Coaching, training"),
        Trade::Consulting => ("Conseil", "Consulting"),
        Trade::Building => ("Travaux du bâtiment", "Building trades"),
        Trade::Other => ("Autre métier (rien de pré-rempli)", "Another trade (nothing prefilled)"),
    };
    pick(lang, fr, en)
}

/// What the trade's choice set, said once it is made.
pub fn trade_applied(t: Trade, lang: Lang) -> &'static str {
    let (fr, en) = match t {
        Trade::Other => (
            "Aucune réponse pré-remplie\u{a0}: répondez à chaque question.",
            "Nothing prefilled: answer each question.",
        ),
        _ => (
            "Réponses habituelles de votre métier pré-remplies\u{a0}: relisez-les à chaque étape, tout se modifie.",
            "The usual answers of your trade are filled in: check them at each step, everything can be changed.",
        ),
    };
    pick(lang, fr, en)
}

pub struct StartUi {
    pub trade_legend: &'static str,
    pub trade_help: &'static str,
    pub previous_title: &'static str,
    pub previous_help: &'static str,
    pub untitled: &'static str,
    pub device_only: &'static str,
    pub save_help: &'static str,
    pub save: &'static str,
}

pub const FR: StartUi = StartUi {
    trade_legend: "Votre métier",
    trade_help: "Cadre pré-remplit ses réponses habituelles, que vous pourrez modifier.",
    previous_title: "Partir d’un contrat précédent",
    previous_help: "Pour un nouveau client\u{a0}: vous, vos conditions, le prix et les livrables sont repris\u{a0}; le client, les dates et la date de signature sont vidés.",
    untitled: "Brouillon sans titre",
    device_only: "Vos brouillons restent sur cet appareil, dans ce navigateur\u{a0}: rien n’est envoyé.",
    save_help: "Mes coordonnées\u{a0}: enregistrées une fois, elles rempliront vos prochains contrats (sur cet appareil seulement).",
    save: "Enregistrer comme mes coordonnées",
};

pub const EN: StartUi = StartUi {
    trade_legend: "Your trade",
    trade_help: "Cadre fills in its usual answers, which you can change.",
    previous_title: "Start from a previous contract",
    previous_help: "For a new client: you, your terms, the price and the deliverables are kept; the client, the dates and the signature date are cleared.",
    untitled: "Untitled draft",
    device_only: "Your drafts stay on this device, in this browser: nothing is sent.",
    save_help: "My details: saved once, they will fill in your next contracts (on this device only).",
    save: "Save as my details",
};

pub fn ui(lang: Lang) -> &'static StartUi {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_trade_has_a_name_in_both_languages() {
        for t in Trade::ALL {
            assert!(!trade(t, Lang::Fr).is_empty() && !trade(t, Lang::En).is_empty());
            assert_ne!(trade_applied(t, Lang::Fr), trade_applied(t, Lang::En));
            assert!(!trade_applied(t, Lang::Fr).is_empty());
        }
    }
}
