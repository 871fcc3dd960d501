//! The words of two tabs on one draft: a field changed in both, the one-line notices
//! of what happened elsewhere (merged, deleted, storage cleared), and the name of the
//! draft that keeps the values not chosen. French and English, as in `i18n::drafts`.

use crate::i18n::{self, pick};
use crate::model::{FieldKind, Lang};
use crate::storage::merge::{Conflict, Part};

pub struct ConflictsUi {
    /// At the field.
    pub here: &'static str,
    pub there: &'static str,
    pub keep_here: &'static str,
    pub take_there: &'static str,
    pub empty: &'static str,
    /// In the banner, for every conflict at once.
    pub keep_all_here: &'static str,
    pub take_all_there: &'static str,
    pub go_to: &'static str,
    pub draft_name: &'static str,
    pub restore_here: &'static str,
    pub dismiss: &'static str,
    pub open_aside: &'static str,
}

pub const FR: ConflictsUi = ConflictsUi {
    here: "Dans cet onglet\u{a0}:",
    there: "Dans l’autre onglet\u{a0}:",
    keep_here: "Garder celle de cet onglet",
    take_there: "Prendre celle de l’autre onglet",
    empty: "(vide)",
    keep_all_here: "Tout garder comme dans cet onglet",
    take_all_there: "Tout prendre de l’autre onglet",
    go_to: "Aller au champ",
    draft_name: "Nom du brouillon",
    restore_here: "Le remettre dans mes brouillons",
    dismiss: "Masquer ce message",
    open_aside: "Ouvrir ce brouillon",
};

pub const EN: ConflictsUi = ConflictsUi {
    here: "In this tab:",
    there: "In the other tab:",
    keep_here: "Keep this tab’s",
    take_there: "Take the other tab’s",
    empty: "(empty)",
    keep_all_here: "Keep everything as in this tab",
    take_all_there: "Take everything from the other tab",
    go_to: "Go to the field",
    draft_name: "Name of the draft",
    restore_here: "Put it back in my drafts",
    dismiss: "Hide this message",
    open_aside: "Open that draft",
};

pub fn ui(lang: Lang) -> &'static ConflictsUi {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// The sentence above a field both tabs changed.
pub fn at_field(lang: Lang) -> &'static str {
    pick(
        lang,
        "Cette réponse a aussi été modifiée dans un autre onglet. Laquelle garder\u{a0}? L’autre sera gardée dans un nouveau brouillon.",
        "This answer was also changed in another tab. Which one do you keep? The other will be kept in a new draft.",
    )
}

/// The banner's sentence: how many answers differ, and that the rest is merged.
pub fn banner(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Fr, 1) => "Ce brouillon a aussi été modifié dans un autre onglet. Tout a été fusionné et enregistré, sauf une réponse modifiée des deux côtés\u{a0}: choisissez laquelle garder, à son champ ou ici. La valeur non retenue sera gardée dans un nouveau brouillon.".into(),
        (Lang::Fr, n) => format!("Ce brouillon a aussi été modifié dans un autre onglet. Tout a été fusionné et enregistré, sauf {n}\u{a0}réponses modifiées des deux côtés\u{a0}: choisissez lesquelles garder, à chaque champ ou ici. Les valeurs non retenues seront gardées dans un nouveau brouillon."),
        (Lang::En, 1) => "This draft was also changed in another tab. Everything was merged and saved except one answer changed on both sides: choose which to keep, at its field or here. The value not kept will be kept in a new draft.".into(),
        (Lang::En, n) => format!("This draft was also changed in another tab. Everything was merged and saved except {n} answers changed on both sides: choose which to keep, at each field or here. The values not kept will be kept in a new draft."),
    }
}

/// What a part is called in the banner's list.
pub fn part_label(part: Part, lang: Lang) -> &'static str {
    match part {
        Part::Name => ui(lang).draft_name,
        Part::Field(f) => i18n::label(f, lang),
    }
}

/// A value as the user knows it: the option's words for a choice, yes or no for a
/// box, the text otherwise ("(empty)" when there is none).
pub fn shown_value(part: Part, value: &str, lang: Lang) -> String {
    if value.is_empty() {
        return ui(lang).empty.to_string();
    }
    match part {
        Part::Field(f) => match f.kind() {
            FieldKind::Choice(_) => i18n::option_for(f, value, lang).to_string(),
            FieldKind::Bool => pick(
                lang,
                if value == "true" { "coché" } else { "non coché" },
                if value == "true" { "ticked" } else { "not ticked" },
            )
            .to_string(),
            _ => value.to_string(),
        },
        Part::Name => value.to_string(),
    }
}

/// The name of the draft that keeps the values not chosen.
pub fn aside_name(title: &str, lang: Lang) -> String {
    let title = title.trim();
    match (lang, title.is_empty()) {
        (Lang::Fr, true) => "Valeurs écartées".into(),
        (Lang::Fr, false) => format!("Valeurs écartées — {title}"),
        (Lang::En, true) => "Values set aside".into(),
        (Lang::En, false) => format!("Values set aside — {title}"),
    }
}

/// The notice that another tab's changes were merged in (`time`: when they were saved,
/// in the reader's words).
pub fn changed_elsewhere(time: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Mis à jour avec les modifications faites dans un autre onglet ({time})."),
        Lang::En => format!("Updated with the changes made in another tab ({time})."),
    }
}

pub fn deleted_elsewhere(lang: Lang) -> &'static str {
    pick(
        lang,
        "Ce brouillon a été supprimé dans un autre onglet. Il reste affiché ici, et toute modification le réenregistre.",
        "This draft was deleted in another tab. It is still shown here, and any change saves it again.",
    )
}

pub fn cleared(lang: Lang) -> &'static str {
    pick(
        lang,
        "Une autre page de ce site a vidé le stockage du navigateur. Ce brouillon et vos coordonnées, ouverts ici, ont été réenregistrés\u{a0}; les autres brouillons sont perdus, sauf ceux que vous avez exportés.",
        "Another page of this site cleared the browser’s storage. This draft and your details, open here, were saved again; the other drafts are lost, except those you exported.",
    )
}

pub fn set_aside(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("La valeur non retenue est gardée dans le brouillon «\u{a0}{name}\u{a0}»."),
        Lang::En => format!("The value not kept is in the draft “{name}”."),
    }
}

/// The label of a field in the banner's list, with its key (for list items, whose
/// labels repeat).
pub fn field_key(part: Part) -> String {
    match part {
        Part::Name => "draft-name".into(),
        Part::Field(f) => f.key(),
    }
}

/// Both values of a conflict in a line: « ici « A », dans l'autre onglet « B » ».
pub fn both_values(c: &Conflict, lang: Lang) -> String {
    let (mine, theirs) = (shown_value(c.part, &c.mine, lang), shown_value(c.part, &c.theirs, lang));
    match lang {
        Lang::Fr => format!("ici «\u{a0}{mine}\u{a0}», dans l’autre onglet «\u{a0}{theirs}\u{a0}»"),
        Lang::En => format!("here “{mine}”, in the other tab “{theirs}”"),
    }
}
