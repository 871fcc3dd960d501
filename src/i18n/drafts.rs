//! The drafts interface's words, in French and English. Storage returns typed
//! outcomes (`SaveState`, `StorageError`, `ActionError`, `ImportError`) and never a
//! sentence; this module words them, in `i18n`'s idiom: an exhaustive match gives the
//! French and English pair and `pick` chooses (an outcome without both words does not
//! compile), and the panel's fixed labels are one struct per language, like `i18n::Ui`.
//!
//! Meant to be `i18n::drafts`: declared from `lib.rs` until `i18n.rs` declares it.

use crate::i18n::pick;
use crate::model::{ItemList, Lang};
use crate::storage::session::{ActionError, SaveState};
use crate::storage::space::ASSUMED_QUOTA;
use crate::storage::transfer::{ImportError, MAX_IMPORT_DRAFTS};
use crate::storage::StorageError;

/// The saved-state indicator's words.
pub fn save_state(s: &SaveState, lang: Lang) -> &'static str {
    let (fr, en) = match s {
        SaveState::Saved => ("Enregistré", "Saved"),
        SaveState::Pending => ("Modifications non enregistrées", "Unsaved changes"),
        SaveState::MemoryOnly => ("Gardé dans cet onglet seulement", "Kept in this tab only"),
        SaveState::ReadOnly { .. } => ("Lecture seule", "Read-only"),
        SaveState::Conflict => ("À choisir\u{a0}: modifié dans deux onglets", "To settle: changed in two tabs"),
        SaveState::Deleted => ("Supprimé dans un autre onglet", "Deleted in another tab"),
        SaveState::Failed(_) => ("Non enregistré", "Not saved"),
    };
    pick(lang, fr, en)
}

/// The banner for storage that refused a write (or is not there at all).
pub fn storage_error(e: &StorageError, lang: Lang) -> &'static str {
    let (fr, en) = match e {
        StorageError::Unavailable(_) => ("Ce navigateur refuse le stockage local (navigation privée, ou page intégrée dans un autre site)\u{a0}: vos brouillons ne seront pas conservés après la fermeture de l’onglet. Exportez-les pour les garder.", "This browser refuses local storage (private browsing, or a page embedded in another site): your drafts will not be kept after this tab closes. Export them to keep them."),
        StorageError::Quota => ("Le stockage du navigateur est plein\u{a0}: vos dernières modifications sont gardées dans cet onglet mais ne sont pas enregistrées. Exportez ce brouillon, ou supprimez d’anciens brouillons pour faire de la place.", "The browser’s storage is full: your latest changes are kept in this tab but not saved. Export this draft, or delete old drafts to make room."),
        StorageError::ReadBack => ("L’enregistrement n’a pas pu être vérifié\u{a0}: exportez ce brouillon pour ne rien perdre.", "The save could not be verified: export this draft so nothing is lost."),
        StorageError::Other(_) => ("Le navigateur a refusé l’enregistrement\u{a0}: vos modifications sont gardées dans cet onglet. Exportez ce brouillon pour ne rien perdre.", "The browser refused to save: your changes are kept in this tab. Export this draft so nothing is lost."),
    };
    pick(lang, fr, en)
}

/// The banner for drafts kept in this tab only, by why storage is not used: a site
/// whose storage is already full of other data (tried again, so it says so), or
/// storage the browser refuses.
pub fn memory_only(why: &StorageError, lang: Lang) -> &'static str {
    let (fr, en) = match why {
        StorageError::Quota => ("Le stockage de ce navigateur est déjà plein pour ce site (d’autres données l’occupent)\u{a0}: vos brouillons sont gardés dans cet onglet seulement. Cadre réessaiera de les enregistrer dès qu’il y aura de la place\u{a0}; d’ici là, exportez-les pour les garder.", "This browser’s storage for this site is already full (other data fills it): your drafts are kept in this tab only. Cadre will try again to save them as soon as there is room; until then, export them to keep them."),
        _ => return storage_error(&StorageError::Unavailable(String::new()), lang),
    };
    pick(lang, fr, en)
}

/// A sentence for an action that was not done.
pub fn action_error(e: &ActionError, lang: Lang) -> String {
    let (fr, en) = match e {
        ActionError::Unsaved => (
            "Ce brouillon a des modifications non enregistrées\u{a0}: exportez-le d’abord, pour ne rien perdre.",
            "This draft has unsaved changes: export it first so nothing is lost.",
        ),
        ActionError::ReadOnly => (
            "Ce brouillon est en lecture seule\u{a0}: enregistrez une copie pour garder vos modifications.",
            "This draft is read-only: save a copy to keep your changes.",
        ),
        ActionError::NotFound => (
            "Ce brouillon n’existe plus (supprimé dans un autre onglet\u{a0}?).",
            "This draft no longer exists (deleted in another tab?).",
        ),
        ActionError::Unreadable => (
            "Ce brouillon est illisible par cette version de Cadre.",
            "This draft cannot be read by this version of Cadre.",
        ),
        ActionError::NameTooLong => {
            ("Nom trop long\u{a0}: 120 caractères au plus.", "Name too long: 120 characters at most.")
        }
        ActionError::Storage(e) => return storage_error(e, lang).to_string(),
        ActionError::Import(e) => return import_error(e, lang),
    };
    pick(lang, fr, en).to_string()
}

/// A sentence for a refused file.
pub fn import_error(e: &ImportError, lang: Lang) -> String {
    let (fr, en) = match e {
        ImportError::Empty => ("Le fichier est vide.", "The file is empty."),
        ImportError::NotText => (
            "Ce fichier n’est pas du texte\u{a0}: choisissez un fichier .json exporté par Cadre.",
            "This file is not text: choose a .json file exported by Cadre.",
        ),
        ImportError::NotJson => (
            "Ce fichier n’est pas du JSON valide\u{a0}: choisissez un fichier .json exporté par Cadre.",
            "This file is not valid JSON: choose a .json file exported by Cadre.",
        ),
        ImportError::NotADraft => {
            ("Ce fichier JSON n’est pas un brouillon Cadre.", "This JSON file is not a Cadre draft.")
        }
        ImportError::BadVersion => (
            "La version indiquée dans ce fichier n’est pas valide\u{a0}: ce n’est pas un brouillon Cadre intact.",
            "The version in this file is not valid: it is not an intact Cadre draft.",
        ),
        ImportError::Types(_) => (
            "Ce fichier contient des valeurs du mauvais type (modifié à la main\u{a0}?)\u{a0}: il n’a pas été importé.",
            "This file holds values of the wrong type (edited by hand?): it was not imported.",
        ),
        ImportError::Migration(_) => (
            "Ce brouillon n’a pas pu être mis à jour pour cette version de Cadre.",
            "This draft could not be upgraded for this version of Cadre.",
        ),
        ImportError::Interrupted { undone: true, .. } => (
            "Le navigateur a refusé un enregistrement en cours d’import (stockage plein\u{a0}?)\u{a0}: ce qui avait été importé a été retiré, vos brouillons sont exactement comme avant.",
            "The browser refused a write during the import (storage full?): what had been imported was removed, your drafts are exactly as before.",
        ),
        ImportError::Interrupted { undone: false, .. } => (
            "Le navigateur a refusé un enregistrement en cours d’import, puis le retrait de ce qui avait été importé\u{a0}: vérifiez la liste des brouillons (des brouillons importés peuvent y rester).",
            "The browser refused a write during the import, then refused to remove what had been imported: check the drafts list (some imported drafts may remain).",
        ),
        ImportError::TooLarge { bytes } => return too_large(*bytes, lang),
        ImportError::Newer { version } => return newer_file(*version, lang),
        ImportError::TooManyDrafts { count } => return too_many_drafts(*count, lang),
        ImportError::TooManyItems { list, count } => return too_many_items(*list, *count, lang),
        ImportError::NoRoom { needed, free } => return no_room(*needed, *free, lang),
    };
    pick(lang, fr, en).to_string()
}

/// A whole number with its thousands grouped: "40 000" (narrow no-break spaces) in
/// French, "40,000" in English.
pub fn number(n: usize, lang: Lang) -> String {
    let sep = pick(lang, "\u{202f}", ",");
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

fn too_many_drafts(count: usize, lang: Lang) -> String {
    let (n, max) = (number(count, lang), number(MAX_IMPORT_DRAFTS, lang));
    match lang {
        Lang::Fr => format!(
            "Ce fichier contient {n} brouillons\u{a0}; un import en compte au plus {max}. Rien n’a été importé."
        ),
        Lang::En => format!("This file holds {n} drafts; an import holds at most {max}. Nothing was imported."),
    }
}

/// « Ce fichier contient 40 000 livrables ; un brouillon en compte au plus 200. »
fn too_many_items(list: ItemList, count: usize, lang: Lang) -> String {
    let (n, max) = (number(count, lang), number(list.max(), lang));
    let what = items_word(list, lang);
    match lang {
        Lang::Fr => {
            format!("Ce fichier contient {n} {what}\u{a0}; un brouillon en compte au plus {max}. Rien n’a été importé.")
        }
        Lang::En => format!("This file holds {n} {what}; a draft holds at most {max}. Nothing was imported."),
    }
}

/// "livrables", "instalments"…
pub fn items_word(list: ItemList, lang: Lang) -> &'static str {
    match list {
        ItemList::Deliverables => pick(lang, "livrables", "deliverables"),
        ItemList::Milestones => pick(lang, "échéances", "instalments"),
    }
}

fn no_room(needed: usize, free: usize, lang: Lang) -> String {
    let (n, quota) = (number(needed, lang), number(ASSUMED_QUOTA, lang));
    let left = match (lang, free) {
        (Lang::Fr, 0) => "il n’en reste plus".to_string(),
        (Lang::Fr, f) => format!("il en reste environ {}", number(f, lang)),
        (Lang::En, 0) => "none are left".to_string(),
        (Lang::En, f) => format!("about {} are left", number(f, lang)),
    };
    match lang {
        Lang::Fr => format!("Pas assez de place dans le stockage du navigateur\u{a0}: ce fichier demande environ {n} caractères et {left}, sur les quelque {quota} que le navigateur accorde à ce site. Rien n’a été importé\u{a0}: exportez puis supprimez d’anciens brouillons, et réessayez."),
        Lang::En => format!("Not enough room in the browser’s storage: this file needs about {n} characters and {left}, of the some {quota} the browser gives this site. Nothing was imported: export then delete old drafts, and try again."),
    }
}

/// "Fichier trop gros (2,4 Mio)…"
pub fn too_large(bytes: usize, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Fichier trop gros ({})\u{a0}: un brouillon Cadre fait au plus 1 Mio.", size(bytes, lang)),
        Lang::En => format!("File too large ({}): a Cadre draft is 1 MiB at most.", size(bytes, lang)),
    }
}

fn newer_file(version: u32, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Ce brouillon vient d’une version plus récente de Cadre (format {version})\u{a0}: rechargez la page pour obtenir la dernière version, puis importez-le."),
        Lang::En => format!("This draft comes from a newer version of Cadre (format {version}): reload the page to get the latest version, then import it."),
    }
}

/// "3 brouillons importés…"
pub fn imported(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (_, 0 | 1) => pick(lang, "Brouillon importé et ouvert.", "Draft imported and opened.").to_string(),
        (Lang::Fr, n) => format!("{n} brouillons importés\u{a0}; le premier est ouvert."),
        (Lang::En, n) => format!("{n} drafts imported; the first one is open."),
    }
}

/// The undo toast: "« Logo » supprimé."
pub fn deleted(title: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("« {title} » supprimé."),
        Lang::En => format!("“{title}” deleted."),
    }
}

/// The undo toast after deleting several drafts: "3 brouillons supprimés."
pub fn deleted_many(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{n} brouillons supprimés."),
        Lang::En => format!("{n} drafts deleted."),
    }
}

/// The button that deletes the selected drafts: "Supprimer la sélection (3)".
pub fn delete_selected(n: usize, lang: Lang) -> String {
    format!("{} ({n})", pick(lang, "Supprimer la sélection", "Delete selected"))
}

/// A draft's checkbox: "Sélectionner « Logo »".
pub fn select_draft(title: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Sélectionner « {title} »"),
        Lang::En => format!("Select “{title}”"),
    }
}

/// The toggle's label with the number of drafts.
pub fn drafts_count(n: usize, lang: Lang) -> String {
    format!("{} ({n})", pick(lang, "Brouillons", "Drafts"))
}

/// A byte size for people: "850 octets", "12,5 Kio", "1,4 Mio".
pub fn size(bytes: usize, lang: Lang) -> String {
    let (unit_b, unit_k, unit_m) = match lang {
        Lang::Fr => ("octets", "Kio", "Mio"),
        Lang::En => ("bytes", "KiB", "MiB"),
    };
    // Integer arithmetic: formatting an f64 would add ~20 KB of wasm.
    let (unit, scale) = if bytes < 1024 {
        return format!("{bytes}\u{a0}{unit_b}");
    } else if bytes < 1 << 20 {
        (unit_k, 1024)
    } else {
        (unit_m, 1 << 20)
    };
    let tenths = (bytes * 10 + scale / 2) / scale;
    let mark = match lang {
        Lang::Fr => ',',
        Lang::En => '.',
    };
    format!("{}{}{}\u{a0}{unit}", tenths / 10, mark, tenths % 10)
}

/// The fixed labels of the drafts bar and panel.
pub struct DraftsUi {
    pub drafts_title: &'static str,
    pub drafts_region: &'static str,
    pub new_draft: &'static str,
    pub export_all: &'static str,
    pub import: &'static str,
    pub import_help: &'static str,
    pub open: &'static str,
    pub is_open: &'static str,
    pub rename: &'static str,
    pub new_name: &'static str,
    pub name_help: &'static str,
    pub confirm_name: &'static str,
    pub cancel_rename: &'static str,
    pub duplicate: &'static str,
    pub duplicate_help: &'static str,
    pub export: &'static str,
    pub delete: &'static str,
    pub select_all: &'static str,
    pub selection: &'static str,
    pub client: &'static str,
    pub mission: &'static str,
    pub changed: &'static str,
    pub untitled: &'static str,
    pub newer: &'static str,
    pub unopenable: &'static str,
    pub undo: &'static str,
    pub close: &'static str,
    // My details.
    pub my_details: &'static str,
    pub my_details_help: &'static str,
    pub my_details_saved: &'static str,
    pub my_details_none: &'static str,
    pub my_details_known: &'static str,
    pub save_my_details: &'static str,
    pub apply_my_details: &'static str,
    pub my_details_applied: &'static str,
    // Banners.
    pub banners: &'static str,
    pub read_only_banner: &'static str,
    pub save_copy: &'static str,
    pub quarantine_banner: &'static str,
    pub quarantine_item: &'static str,
    pub download: &'static str,
    pub discard_copy: &'static str,
    pub export_this: &'static str,
    pub file_unreadable: &'static str,
}

pub const FR: DraftsUi = DraftsUi {
    drafts_title: "Mes brouillons",
    drafts_region: "Brouillons et enregistrement",
    new_draft: "Nouveau brouillon",
    export_all: "Tout exporter",
    import: "Importer un brouillon…",
    import_help: "Un fichier .json exporté par Cadre (1 Mio au plus). Il est ajouté comme nouveau brouillon\u{a0}: rien d’existant n’est modifié.",
    open: "Ouvrir",
    is_open: "ouvert",
    rename: "Renommer",
    new_name: "Nom du brouillon",
    name_help: "Vide\u{a0}: le titre de la mission ou le nom du client.",
    confirm_name: "Valider",
    cancel_rename: "Annuler",
    duplicate: "Dupliquer",
    duplicate_help: "« Dupliquer » prépare la mission suivante pour le même client\u{a0}: vous, le client et les conditions sont gardés\u{a0}; le titre, la description, les livrables et les dates sont vidés. Pour un nouveau client\u{a0}: « Nouveau brouillon », puis « Partir d’un contrat précédent ».",
    export: "Exporter",
    delete: "Supprimer",
    select_all: "Tout sélectionner",
    selection: "Sélection de brouillons",
    client: "Client",
    mission: "Mission",
    changed: "Modifié",
    untitled: "Brouillon sans titre",
    newer: "version plus récente",
    unopenable: "illisible par cette version",
    undo: "Annuler",
    close: "Fermer",
    my_details: "Mes coordonnées",
    my_details_help: "Votre identité, vos conditions de paiement et vos clauses habituelles, enregistrées une fois, remplissent chaque nouveau brouillon.",
    my_details_saved: "Vos coordonnées sont enregistrées\u{a0}: elles rempliront chaque nouveau brouillon.",
    my_details_none: "Pas encore enregistrées\u{a0}: remplissez l’étape « Vous », puis enregistrez-les.",
    my_details_known: "Enregistrées dans ce navigateur.",
    save_my_details: "Enregistrer comme mes coordonnées",
    apply_my_details: "Remplir ce brouillon avec mes coordonnées",
    my_details_applied: "Ce brouillon reprend maintenant vos coordonnées.",
    banners: "Alertes d’enregistrement",
    read_only_banner: "Ce brouillon a été enregistré par une version plus récente de Cadre\u{a0}: il est ouvert en lecture seule et ne sera pas modifié ici. Rechargez la page pour obtenir la dernière version, ou enregistrez une copie pour continuer ici.",
    save_copy: "Enregistrer une copie",
    quarantine_banner: "Des données enregistrées étaient illisibles. Elles ont été mises de côté sans rien écraser\u{a0}: téléchargez-les pour les garder.",
    quarantine_item: "Données illisibles",
    download: "Télécharger",
    discard_copy: "Supprimer cette copie",
    export_this: "Exporter ce brouillon",
    file_unreadable: "Le fichier n’a pas pu être lu.",
};

pub const EN: DraftsUi = DraftsUi {
    drafts_title: "My drafts",
    drafts_region: "Drafts and saving",
    new_draft: "New draft",
    export_all: "Export all",
    import: "Import a draft…",
    import_help: "A .json file exported by Cadre (1 MiB at most). It is added as a new draft: nothing existing is changed.",
    open: "Open",
    is_open: "open",
    rename: "Rename",
    new_name: "Name of the draft",
    name_help: "Empty: the assignment’s title or the client’s name.",
    confirm_name: "Save name",
    cancel_rename: "Cancel",
    duplicate: "Duplicate",
    duplicate_help: "“Duplicate” prepares the next assignment for the same client: you, the client and the terms are kept; the title, description, deliverables and dates are cleared. For a new client: “New draft”, then “Start from a previous contract”.",
    export: "Export",
    delete: "Delete",
    select_all: "Select all",
    selection: "Selected drafts",
    client: "Client",
    mission: "Assignment",
    changed: "Changed",
    untitled: "Untitled draft",
    newer: "newer version",
    unopenable: "unreadable by this version",
    undo: "Undo",
    close: "Close",
    my_details: "My details",
    my_details_help: "Your identity, payment terms and usual clauses, saved once, fill in every new draft.",
    my_details_saved: "Your details are saved: they will fill in every new draft.",
    my_details_none: "Not saved yet: fill in the “You” step, then save them.",
    my_details_known: "Saved in this browser.",
    save_my_details: "Save as my details",
    apply_my_details: "Fill this draft with my details",
    my_details_applied: "This draft now uses your details.",
    banners: "Saving alerts",
    read_only_banner: "This draft was saved by a newer version of Cadre: it is open read-only and will not be changed here. Reload the page to get the latest version, or save a copy to go on here.",
    save_copy: "Save a copy",
    quarantine_banner: "Some stored data could not be read. It was set aside, nothing overwritten: download it to keep it.",
    quarantine_item: "Unreadable data",
    download: "Download",
    discard_copy: "Delete this copy",
    export_this: "Export this draft",
    file_unreadable: "The file could not be read.",
};

pub fn ui(lang: Lang) -> &'static DraftsUi {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(size(850, Lang::Fr), "850\u{a0}octets");
        assert_eq!(size(1536, Lang::Fr), "1,5\u{a0}Kio");
        assert_eq!(size(3 << 20, Lang::En), "3.0\u{a0}MiB");
    }

    #[test]
    fn the_two_saved_states_the_issue_names() {
        assert_eq!(save_state(&SaveState::Saved, Lang::Fr), "Enregistré");
        assert_eq!(save_state(&SaveState::Saved, Lang::En), "Saved");
        assert_eq!(save_state(&SaveState::Pending, Lang::Fr), "Modifications non enregistrées");
        assert_eq!(ui(Lang::Fr).save_my_details, "Enregistrer comme mes coordonnées");
        assert_eq!(ui(Lang::En).undo, "Undo");
    }

    #[test]
    fn every_outcome_has_words_in_both_languages() {
        let storage = [
            StorageError::Unavailable("x".into()),
            StorageError::Quota,
            StorageError::ReadBack,
            StorageError::Other("x".into()),
        ];
        let import = [
            ImportError::Empty,
            ImportError::TooLarge { bytes: 3 << 20 },
            ImportError::NotText,
            ImportError::NotJson,
            ImportError::NotADraft,
            ImportError::BadVersion,
            ImportError::Newer { version: 9 },
            ImportError::Types("x".into()),
            ImportError::Migration("x".into()),
            ImportError::TooManyDrafts { count: 501 },
            ImportError::TooManyItems { list: ItemList::Deliverables, count: 40_000 },
            ImportError::TooManyItems { list: ItemList::Milestones, count: 101 },
            ImportError::NoRoom { needed: 1_200_000, free: 300 },
            ImportError::Interrupted { error: StorageError::Quota, undone: true },
            ImportError::Interrupted { error: StorageError::Quota, undone: false },
        ];
        let mut actions = vec![
            ActionError::Unsaved,
            ActionError::ReadOnly,
            ActionError::NotFound,
            ActionError::Unreadable,
            ActionError::NameTooLong,
        ];
        actions.extend(storage.iter().cloned().map(ActionError::Storage));
        actions.extend(import.iter().cloned().map(ActionError::Import));
        for e in &actions {
            let (fr, en) = (action_error(e, Lang::Fr), action_error(e, Lang::En));
            assert!(!fr.is_empty() && !en.is_empty() && fr != en, "{e:?}");
        }
        // Memory only: a full site is never blamed on private browsing, and the reverse.
        let full = memory_only(&StorageError::Quota, Lang::Fr);
        assert!(full.contains("plein") && !full.contains("privée"), "{full}");
        assert!(memory_only(&StorageError::Quota, Lang::En).contains("full"));
        let refused = memory_only(&StorageError::Unavailable("x".into()), Lang::Fr);
        assert!(refused.contains("navigation privée") && !refused.contains("plein"), "{refused}");
        assert!(memory_only(&StorageError::Unavailable("x".into()), Lang::En).contains("private browsing"));
        assert!(import_error(&ImportError::Newer { version: 9 }, Lang::Fr).contains("format 9"));
        assert_eq!(imported(3, Lang::En), "3 drafts imported; the first one is open.");
        assert_eq!(deleted("Logo", Lang::Fr), "« Logo » supprimé.");
        assert_eq!(drafts_count(2, Lang::Fr), "Brouillons (2)");
        assert_eq!(deleted_many(3, Lang::En), "3 drafts deleted.");
        assert_eq!(delete_selected(3, Lang::Fr), "Supprimer la sélection (3)");
    }

    #[test]
    fn caps_are_named_in_the_refusal() {
        let e = ImportError::TooManyItems { list: ItemList::Deliverables, count: 40_000 };
        assert_eq!(
            import_error(&e, Lang::Fr),
            "Ce fichier contient 40\u{202f}000 livrables\u{a0}; un brouillon en compte au plus 200. Rien n’a été importé."
        );
        assert!(
            import_error(&e, Lang::En).starts_with("This file holds 40,000 deliverables; a draft holds at most 200.")
        );
        let e = ImportError::TooManyDrafts { count: 15_191 };
        assert!(import_error(&e, Lang::En).contains("15,191 drafts; an import holds at most 500"));
        assert!(
            import_error(&ImportError::NoRoom { needed: 10, free: 2 }, Lang::Fr).contains("5\u{202f}000\u{202f}000")
        );
        assert_eq!(number(999, Lang::Fr), "999");
        assert_eq!(number(1_000, Lang::En), "1,000");
    }
}
