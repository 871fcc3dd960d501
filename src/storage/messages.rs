//! Every drafts message in French and English. Each language is one exhaustive match
//! over `Text`: a string missing in either language does not compile.

use super::session::{ActionError, SaveState};
use super::transfer::ImportError;
use super::StorageError;
use crate::model::Lang;

/// The fixed strings of the drafts interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    // Saved state.
    Saved,
    Pending,
    MemoryOnly,
    ReadOnly,
    Conflict,
    NotSaved,
    // The drafts panel.
    Drafts,
    DraftsTitle,
    DraftsRegion,
    NewDraft,
    ExportAll,
    Import,
    ImportHelp,
    Open,
    IsOpen,
    Rename,
    NewName,
    NameHelp,
    ConfirmName,
    CancelRename,
    Duplicate,
    DuplicateHelp,
    Export,
    Delete,
    Client,
    Mission,
    Changed,
    Untitled,
    Newer,
    Unopenable,
    Undo,
    Close,
    // My details.
    MyDetails,
    MyDetailsHelp,
    MyDetailsSaved,
    MyDetailsNone,
    MyDetailsKnown,
    SaveMyDetails,
    ApplyMyDetails,
    MyDetailsApplied,
    // Banners.
    Banners,
    UnavailableBanner,
    QuotaBanner,
    ReadBackBanner,
    FailedBanner,
    ReadOnlyBanner,
    SaveCopy,
    ConflictBanner,
    KeepMine,
    LoadTheirs,
    QuarantineBanner,
    QuarantineItem,
    Download,
    DiscardCopy,
    ExportThis,
    // Action errors.
    UnsavedError,
    ReadOnlyError,
    NotFoundError,
    UnreadableError,
    NameTooLong,
    DownloadFailed,
    FileUnreadable,
    // Import errors.
    ImportEmpty,
    ImportNotText,
    ImportNotJson,
    ImportNotADraft,
    ImportBadVersion,
    ImportTypes,
    ImportMigration,
    ImportedOne,
}

/// The string for `t` in `lang`.
pub fn text(t: Text, lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => fr(t),
        Lang::En => en(t),
    }
}

fn fr(t: Text) -> &'static str {
    use Text::*;
    match t {
        Saved => "Enregistré",
        Pending => "Modifications non enregistrées",
        MemoryOnly => "Gardé dans cet onglet seulement",
        ReadOnly => "Lecture seule",
        Conflict => "Modifié dans un autre onglet",
        NotSaved => "Non enregistré",
        Drafts => "Brouillons",
        DraftsTitle => "Mes brouillons",
        DraftsRegion => "Brouillons et enregistrement",
        NewDraft => "Nouveau brouillon",
        ExportAll => "Tout exporter",
        Import => "Importer un brouillon…",
        ImportHelp => "Un fichier .json exporté par Cadre (1 Mio au plus). Il est ajouté comme nouveau brouillon\u{a0}: rien d’existant n’est modifié.",
        Open => "Ouvrir",
        IsOpen => "ouvert",
        Rename => "Renommer",
        NewName => "Nom du brouillon",
        NameHelp => "Vide\u{a0}: le titre de la mission ou le nom du client.",
        ConfirmName => "Valider",
        CancelRename => "Annuler",
        Duplicate => "Dupliquer",
        DuplicateHelp => "« Dupliquer » prépare la mission suivante pour le même client\u{a0}: vous, le client et les conditions sont gardés\u{a0}; le titre, la description, les livrables et les dates sont vidés.",
        Export => "Exporter",
        Delete => "Supprimer",
        Client => "Client",
        Mission => "Mission",
        Changed => "Modifié",
        Untitled => "Brouillon sans titre",
        Newer => "version plus récente",
        Unopenable => "illisible par cette version",
        Undo => "Annuler",
        Close => "Fermer",
        MyDetails => "Mes coordonnées",
        MyDetailsHelp => "Votre identité, vos conditions de paiement et vos clauses habituelles, enregistrées une fois, remplissent chaque nouveau brouillon.",
        MyDetailsSaved => "Vos coordonnées sont enregistrées\u{a0}: elles rempliront chaque nouveau brouillon.",
        MyDetailsNone => "Pas encore enregistrées\u{a0}: remplissez l’étape « Vous », puis enregistrez-les.",
        MyDetailsKnown => "Enregistrées dans ce navigateur.",
        SaveMyDetails => "Enregistrer comme mes coordonnées",
        ApplyMyDetails => "Remplir ce brouillon avec mes coordonnées",
        MyDetailsApplied => "Ce brouillon reprend maintenant vos coordonnées.",
        Banners => "Alertes d’enregistrement",
        UnavailableBanner => "Ce navigateur refuse le stockage local (navigation privée, ou page intégrée dans un autre site)\u{a0}: vos brouillons ne seront pas conservés après la fermeture de l’onglet. Exportez-les pour les garder.",
        QuotaBanner => "Le stockage du navigateur est plein\u{a0}: vos dernières modifications sont gardées dans cet onglet mais ne sont pas enregistrées. Exportez ce brouillon, ou supprimez d’anciens brouillons pour faire de la place.",
        ReadBackBanner => "L’enregistrement n’a pas pu être vérifié\u{a0}: exportez ce brouillon pour ne rien perdre.",
        FailedBanner => "Le navigateur a refusé l’enregistrement\u{a0}: vos modifications sont gardées dans cet onglet. Exportez ce brouillon pour ne rien perdre.",
        ReadOnlyBanner => "Ce brouillon a été enregistré par une version plus récente de Cadre\u{a0}: il est ouvert en lecture seule et ne sera pas modifié ici. Rechargez la page pour obtenir la dernière version, ou enregistrez une copie pour continuer ici.",
        SaveCopy => "Enregistrer une copie",
        ConflictBanner => "Ce brouillon a été modifié dans un autre onglet pendant que vous le modifiiez ici. Quelle version garder\u{a0}? L’autre reste en copie de secours.",
        KeepMine => "Garder la mienne",
        LoadTheirs => "Charger celle de l’autre onglet",
        QuarantineBanner => "Des données enregistrées étaient illisibles. Elles ont été mises de côté sans rien écraser\u{a0}: téléchargez-les pour les garder.",
        QuarantineItem => "Données illisibles",
        Download => "Télécharger",
        DiscardCopy => "Supprimer cette copie",
        ExportThis => "Exporter ce brouillon",
        UnsavedError => "Ce brouillon a des modifications non enregistrées\u{a0}: exportez-le d’abord, pour ne rien perdre.",
        ReadOnlyError => "Ce brouillon est en lecture seule\u{a0}: enregistrez une copie pour garder vos modifications.",
        NotFoundError => "Ce brouillon n’existe plus (supprimé dans un autre onglet\u{a0}?).",
        UnreadableError => "Ce brouillon est illisible par cette version de Cadre.",
        NameTooLong => "Nom trop long\u{a0}: 120 caractères au plus.",
        DownloadFailed => "Le téléchargement a échoué\u{a0}: votre navigateur l’a refusé.",
        FileUnreadable => "Le fichier n’a pas pu être lu.",
        ImportEmpty => "Le fichier est vide.",
        ImportNotText => "Ce fichier n’est pas du texte\u{a0}: choisissez un fichier .json exporté par Cadre.",
        ImportNotJson => "Ce fichier n’est pas du JSON valide\u{a0}: choisissez un fichier .json exporté par Cadre.",
        ImportNotADraft => "Ce fichier JSON n’est pas un brouillon Cadre.",
        ImportBadVersion => "La version indiquée dans ce fichier n’est pas valide\u{a0}: ce n’est pas un brouillon Cadre intact.",
        ImportTypes => "Ce fichier contient des valeurs du mauvais type (modifié à la main\u{a0}?)\u{a0}: il n’a pas été importé.",
        ImportMigration => "Ce brouillon n’a pas pu être mis à jour pour cette version de Cadre.",
        ImportedOne => "Brouillon importé et ouvert.",
    }
}

fn en(t: Text) -> &'static str {
    use Text::*;
    match t {
        Saved => "Saved",
        Pending => "Unsaved changes",
        MemoryOnly => "Kept in this tab only",
        ReadOnly => "Read-only",
        Conflict => "Changed in another tab",
        NotSaved => "Not saved",
        Drafts => "Drafts",
        DraftsTitle => "My drafts",
        DraftsRegion => "Drafts and saving",
        NewDraft => "New draft",
        ExportAll => "Export all",
        Import => "Import a draft…",
        ImportHelp => "A .json file exported by Cadre (1 MiB at most). It is added as a new draft: nothing existing is changed.",
        Open => "Open",
        IsOpen => "open",
        Rename => "Rename",
        NewName => "Name of the draft",
        NameHelp => "Empty: the assignment’s title or the client’s name.",
        ConfirmName => "Save name",
        CancelRename => "Cancel",
        Duplicate => "Duplicate",
        DuplicateHelp => "“Duplicate” prepares the next assignment for the same client: you, the client and the terms are kept; the title, description, deliverables and dates are cleared.",
        Export => "Export",
        Delete => "Delete",
        Client => "Client",
        Mission => "Assignment",
        Changed => "Changed",
        Untitled => "Untitled draft",
        Newer => "newer version",
        Unopenable => "unreadable by this version",
        Undo => "Undo",
        Close => "Close",
        MyDetails => "My details",
        MyDetailsHelp => "Your identity, payment terms and usual clauses, saved once, fill in every new draft.",
        MyDetailsSaved => "Your details are saved: they will fill in every new draft.",
        MyDetailsNone => "Not saved yet: fill in the “You” step, then save them.",
        MyDetailsKnown => "Saved in this browser.",
        SaveMyDetails => "Save as my details",
        ApplyMyDetails => "Fill this draft with my details",
        MyDetailsApplied => "This draft now uses your details.",
        Banners => "Saving alerts",
        UnavailableBanner => "This browser refuses local storage (private browsing, or a page embedded in another site): your drafts will not be kept after this tab closes. Export them to keep them.",
        QuotaBanner => "The browser’s storage is full: your latest changes are kept in this tab but not saved. Export this draft, or delete old drafts to make room.",
        ReadBackBanner => "The save could not be verified: export this draft so nothing is lost.",
        FailedBanner => "The browser refused to save: your changes are kept in this tab. Export this draft so nothing is lost.",
        ReadOnlyBanner => "This draft was saved by a newer version of Cadre: it is open read-only and will not be changed here. Reload the page to get the latest version, or save a copy to go on here.",
        SaveCopy => "Save a copy",
        ConflictBanner => "This draft was changed in another tab while you were editing it here. Which version do you keep? The other stays as a backup copy.",
        KeepMine => "Keep mine",
        LoadTheirs => "Load the other tab’s",
        QuarantineBanner => "Some stored data could not be read. It was set aside, nothing overwritten: download it to keep it.",
        QuarantineItem => "Unreadable data",
        Download => "Download",
        DiscardCopy => "Delete this copy",
        ExportThis => "Export this draft",
        UnsavedError => "This draft has unsaved changes: export it first so nothing is lost.",
        ReadOnlyError => "This draft is read-only: save a copy to keep your changes.",
        NotFoundError => "This draft no longer exists (deleted in another tab?).",
        UnreadableError => "This draft cannot be read by this version of Cadre.",
        NameTooLong => "Name too long: 120 characters at most.",
        DownloadFailed => "The download failed: your browser refused it.",
        FileUnreadable => "The file could not be read.",
        ImportEmpty => "The file is empty.",
        ImportNotText => "This file is not text: choose a .json file exported by Cadre.",
        ImportNotJson => "This file is not valid JSON: choose a .json file exported by Cadre.",
        ImportNotADraft => "This JSON file is not a Cadre draft.",
        ImportBadVersion => "The version in this file is not valid: it is not an intact Cadre draft.",
        ImportTypes => "This file holds values of the wrong type (edited by hand?): it was not imported.",
        ImportMigration => "This draft could not be upgraded for this version of Cadre.",
        ImportedOne => "Draft imported and opened.",
    }
}

/// The saved-state indicator's words.
pub fn state(s: &SaveState, lang: Lang) -> &'static str {
    text(
        match s {
            SaveState::Saved => Text::Saved,
            SaveState::Pending => Text::Pending,
            SaveState::MemoryOnly => Text::MemoryOnly,
            SaveState::ReadOnly { .. } => Text::ReadOnly,
            SaveState::Conflict => Text::Conflict,
            SaveState::Failed(_) => Text::NotSaved,
        },
        lang,
    )
}

/// The banner for a failed write.
pub fn storage_error(e: &StorageError, lang: Lang) -> &'static str {
    text(
        match e {
            StorageError::Quota => Text::QuotaBanner,
            StorageError::ReadBack => Text::ReadBackBanner,
            StorageError::Unavailable(_) => Text::UnavailableBanner,
            StorageError::Other(_) => Text::FailedBanner,
        },
        lang,
    )
}

/// A sentence for an action that was not done.
pub fn action_error(e: &ActionError, lang: Lang) -> String {
    let t = match e {
        ActionError::Unsaved => Text::UnsavedError,
        ActionError::ReadOnly => Text::ReadOnlyError,
        ActionError::NotFound => Text::NotFoundError,
        ActionError::Unreadable => Text::UnreadableError,
        ActionError::NameTooLong => Text::NameTooLong,
        ActionError::Storage(e) => return storage_error(e, lang).to_string(),
        ActionError::Import(e) => return import_error(e, lang),
    };
    text(t, lang).to_string()
}

/// A sentence for a refused file.
pub fn import_error(e: &ImportError, lang: Lang) -> String {
    let t = match e {
        ImportError::Empty => Text::ImportEmpty,
        ImportError::NotText => Text::ImportNotText,
        ImportError::NotJson => Text::ImportNotJson,
        ImportError::NotADraft => Text::ImportNotADraft,
        ImportError::BadVersion => Text::ImportBadVersion,
        ImportError::Types(_) => Text::ImportTypes,
        ImportError::Migration(_) => Text::ImportMigration,
        ImportError::TooLarge { bytes } => return too_large(*bytes, lang),
        ImportError::Newer { version } => return newer_file(*version, lang),
    };
    text(t, lang).to_string()
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
        (_, 0 | 1) => text(Text::ImportedOne, lang).to_string(),
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

/// The toggle's label with the number of drafts.
pub fn drafts_count(n: usize, lang: Lang) -> String {
    format!("{} ({n})", text(Text::Drafts, lang))
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
        assert_eq!(state(&SaveState::Saved, Lang::Fr), "Enregistré");
        assert_eq!(state(&SaveState::Saved, Lang::En), "Saved");
        assert_eq!(state(&SaveState::Pending, Lang::Fr), "Modifications non enregistrées");
        assert_eq!(text(Text::SaveMyDetails, Lang::Fr), "Enregistrer comme mes coordonnées");
        assert_eq!(text(Text::Undo, Lang::En), "Undo");
    }
}
