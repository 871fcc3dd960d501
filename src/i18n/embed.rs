//! Interface strings of the embed mode and the "Embed on your site" panel.

use crate::model::Lang;

pub struct EmbedText {
    pub frame_title: &'static str,
    pub open_full_page: &'static str,
    pub open_full_page_hint: &'static str,
    pub panel_title: &'static str,
    /// While a panel's module loads, and when it cannot (`ui::components::later_panel`:
    /// this one and the agreement's).
    pub panel_loading: &'static str,
    pub panel_failed: &'static str,
}

/// The embedding form's words (`ui/components/embed_form.rs`, in the `embed_setup`
/// module: the first screen does not carry them).
pub struct FormText {
    pub panel_intro: &'static str,
    pub options: &'static str,
    pub ui_lang: &'static str,
    pub contract_lang: &'static str,
    pub visitor_choice: &'static str,
    pub accent: &'static str,
    pub accent_default: &'static str,
    pub height: &'static str,
    pub provider: &'static str,
    pub provider_hint: &'static str,
    pub name: &'static str,
    pub siren: &'static str,
    pub address: &'static str,
    pub email: &'static str,
    pub vat: &'static str,
    pub vat_franchise: &'static str,
    pub vat_liable: &'static str,
    pub status: &'static str,
    pub unset: &'static str,
    pub snippet: &'static str,
    pub snippet_hint: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub direct_link: &'static str,
    pub invalid_ignored: &'static str,
}

pub const FR: EmbedText = EmbedText {
    frame_title: "Cadre – rédiger un contrat de prestation",
    open_full_page: "Ouvrir Cadre en pleine page",
    open_full_page_hint: "Le brouillon tapé ici reste dans ce cadre.",
    panel_title: "Intégrer Cadre à votre site",
    panel_loading: "Chargement…",
    panel_failed: "Cet outil n’a pas pu être chargé (hors ligne\u{a0}?). Réessayez une fois connecté.",
};

pub const FORM_FR: FormText = FormText {
    panel_intro: "Collez ce code dans une page de votre blog (WordPress\u{a0}: bloc « HTML personnalisé »\u{a0}; Ghost\u{a0}: carte « HTML »\u{a0}; site statique\u{a0}: directement dans la page). Vos lecteurs rédigent leur contrat dans leur navigateur\u{a0}: rien n’est envoyé, ni à vous ni à nous.",
    options: "Options",
    ui_lang: "Langue de l’interface",
    contract_lang: "Langue du contrat",
    visitor_choice: "Celle du visiteur",
    accent: "Couleur d’accent",
    accent_default: "Couleur par défaut",
    height: "Hauteur du cadre (pixels)",
    provider: "Pré-remplir le prestataire (facultatif)",
    provider_hint: "Pour votre propre site\u{a0}: vos coordonnées apparaissent dans l’adresse de la page, donc publiquement.",
    name: "Nom",
    siren: "SIREN ou SIRET",
    address: "Adresse",
    email: "E-mail",
    vat: "TVA",
    vat_franchise: "Franchise en base",
    vat_liable: "Assujetti",
    status: "Statut",
    unset: "Non précisé",
    snippet: "Code à coller",
    snippet_hint: "Hauteur fixe\u{a0}; la page défile à l’intérieur du cadre.",
    copy: "Copier le code",
    copied: "Code copié.",
    copy_failed: "La copie a été refusée\u{a0}: sélectionnez le code et copiez-le (Ctrl+C).",
    direct_link: "Lien direct, sans cadre\u{a0}:",
    invalid_ignored: "valeur ignorée",
};

pub const EN: EmbedText = EmbedText {
    frame_title: "Cadre – write a services contract",
    open_full_page: "Open Cadre full page",
    open_full_page_hint: "The draft typed here stays in this frame.",
    panel_title: "Embed Cadre on your site",
    panel_loading: "Loading…",
    panel_failed: "This tool could not be loaded (offline?). Try again once connected.",
};

pub const FORM_EN: FormText = FormText {
    panel_intro: "Paste this code into a page of your blog (WordPress: “Custom HTML” block; Ghost: “HTML” card; static site: straight into the page). Your readers write their contract in their browser: nothing is sent, neither to you nor to us.",
    options: "Options",
    ui_lang: "Interface language",
    contract_lang: "Contract language",
    visitor_choice: "The visitor’s",
    accent: "Accent colour",
    accent_default: "Default colour",
    height: "Frame height (pixels)",
    provider: "Pre-fill the provider (optional)",
    provider_hint: "For your own site: your details appear in the page’s address, so publicly.",
    name: "Name",
    siren: "SIREN or SIRET",
    address: "Address",
    email: "E-mail",
    vat: "VAT",
    vat_franchise: "VAT franchise",
    vat_liable: "VAT liable",
    status: "Status",
    unset: "Not set",
    snippet: "Code to paste",
    snippet_hint: "Fixed height; the page scrolls inside the frame.",
    copy: "Copy the code",
    copied: "Code copied.",
    copy_failed: "Copying was refused: select the code and copy it (Ctrl+C).",
    direct_link: "Direct link, no frame:",
    invalid_ignored: "value ignored",
};

pub fn get(lang: Lang) -> &'static EmbedText {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

pub fn form(lang: Lang) -> &'static FormText {
    match lang {
        Lang::Fr => &FORM_FR,
        Lang::En => &FORM_EN,
    }
}
