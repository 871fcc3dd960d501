//! One writer per format over the one `Document` tree, behind a single entry point.

pub mod docx;
pub mod html;
pub mod markdown;
pub mod pdf;

use crate::document::Document;

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
    /// Characters the PDF's standard fonts cannot show; each was replaced by "?".
    Substituted { chars: Vec<char> },
}

/// A writer's output.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub warnings: Vec<RenderWarning>,
}

/// Writes `doc` in `format`.
pub fn render(doc: &Document, format: Format) -> Rendered {
    match format {
        Format::Pdf => pdf::write(doc),
        Format::Docx => Rendered { bytes: docx::write(doc), warnings: vec![] },
        Format::Html => Rendered { bytes: html::standalone(doc).into_bytes(), warnings: vec![] },
        Format::Markdown => Rendered { bytes: markdown::write(doc).into_bytes(), warnings: vec![] },
    }
}
