//! One writer per format over the one `Document` tree, behind a single entry point.

pub mod docx;
pub mod html;
pub mod markdown;
pub mod pdf;

use crate::document::Document;
use crate::file_name::first_slug;

/// The formats a contract can be downloaded in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Pdf,
    Docx,
    Html,
    Markdown,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Pdf, Format::Docx, Format::Html, Format::Markdown];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Html => "html",
            Format::Markdown => "md",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Pdf => "application/pdf",
            Format::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Format::Html => "text/html;charset=utf-8",
            Format::Markdown => "text/markdown;charset=utf-8",
        }
    }

    /// Parses "pdf", "docx", "html", "md"/"markdown".
    pub fn parse(s: &str) -> Option<Format> {
        match s.to_ascii_lowercase().as_str() {
            "pdf" => Some(Format::Pdf),
            "docx" => Some(Format::Docx),
            "html" => Some(Format::Html),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }
}

/// What a writer could not render exactly and did visibly instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderWarning {
    /// Characters the PDF's embedded fonts cannot show; each was replaced by "?".
    Substituted { chars: Vec<char> },
}

/// A writer's output.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub warnings: Vec<RenderWarning>,
}

/// Writes `doc` in `format`, a PDF in the faces of `fonts` (the files of `fonts/`).
pub fn render_with(doc: &Document, format: Format, fonts: &pdf::FontFiles) -> Result<Rendered, pdf::FontError> {
    Ok(match format {
        Format::Pdf => pdf::write_with(doc, fonts)?,
        Format::Docx => Rendered { bytes: docx::write(doc), warnings: vec![] },
        Format::Html => Rendered { bytes: html::standalone(doc).into_bytes(), warnings: vec![] },
        Format::Markdown => Rendered { bytes: markdown::write(doc).into_bytes(), warnings: vec![] },
    })
}

/// Writes `doc` in `format`, a PDF in the fonts compiled in (native code and the
/// benchmark's build: the site fetches the fonts and calls [`render_with`]).
#[cfg(any(not(target_arch = "wasm32"), feature = "bench"))]
pub fn render(doc: &Document, format: Format) -> Rendered {
    match format {
        Format::Pdf => pdf::write(doc),
        Format::Docx => Rendered { bytes: docx::write(doc), warnings: vec![] },
        Format::Html => Rendered { bytes: html::standalone(doc).into_bytes(), warnings: vec![] },
        Format::Markdown => Rendered { bytes: markdown::write(doc).into_bytes(), warnings: vec![] },
    }
}

/// An ASCII-safe file name from the client, the mission and the date:
/// `contrat-atelier-dupont-2026-11-27.pdf`.
pub fn file_name(answers: &crate::model::Answers, format: Format, today: chrono::NaiveDate) -> String {
    contract_file_name(answers, format, today, false)
}

/// The file name of a contract, `draft` when it still has problems (marked PROJET /
/// DRAFT): « contrat-atelier-dupont-2026-11-27-projet.pdf », so a draft sent by
/// mistake is told from the final file by its name too.
pub fn contract_file_name(
    answers: &crate::model::Answers,
    format: Format,
    today: chrono::NaiveDate,
    draft: bool,
) -> String {
    let (prefix, mark) = match answers.contract_lang {
        crate::model::Lang::Fr => ("contrat", "projet"),
        crate::model::Lang::En => ("contract", "draft"),
    };
    let mut parts = vec![prefix.to_string()];
    parts.extend(first_slug([&answers.client.name, &answers.mission.title]));
    parts.push(crate::document::format::iso(today));
    if draft {
        parts.push(mark.to_string());
    }
    format!("{}.{}", parts.join("-"), format.extension())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_ascii_and_readable() {
        let mut a = crate::model::Answers::default();
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        a.client.name = "Atelier Dupont".into();
        assert_eq!(file_name(&a, Format::Pdf, d), "contrat-atelier-dupont-2026-11-27.pdf");
        a.client.name = "  Œuvre & Café <script> / ../../etc ".into();
        assert_eq!(file_name(&a, Format::Docx, d), "contrat-oeuvre-cafe-script-etc-2026-11-27.docx");
        a.client.name = "日本".into();
        a.mission.title = "".into();
        assert_eq!(file_name(&a, Format::Markdown, d), "contrat-2026-11-27.md");
        a.client.name = "Atelier Dupont".into();
        assert_eq!(contract_file_name(&a, Format::Pdf, d, true), "contrat-atelier-dupont-2026-11-27-projet.pdf");
        a.contract_lang = crate::model::Lang::En;
        assert_eq!(contract_file_name(&a, Format::Docx, d, true), "contract-atelier-dupont-2026-11-27-draft.docx");
        assert_eq!(contract_file_name(&a, Format::Docx, d, false), "contract-atelier-dupont-2026-11-27.docx");
        a.client.name = "日本".into();
        a.contract_lang = crate::model::Lang::En;
        a.client.name = "x".repeat(500);
        assert!(file_name(&a, Format::Html, d).len() < 80);
    }
}
