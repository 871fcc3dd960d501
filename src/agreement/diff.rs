//! "See what changed": the client's answer against the provider's draft, article by
//! article, in the contract's words; then the provider accepts or refuses each change
//! and the draft gets the answers of its next revision.
//!
//! The answer carries the answers as the client received them (`Message::sent`) and as
//! they propose them. Only what the client changed is a change; when the draft moved on
//! since it was sent, each change says what the draft holds now and what was sent, so
//! nothing is overwritten silently.

use super::canonical;
use super::message::{Kind, Message};
use super::proposal::{changed_fields, ProposalError};
use crate::document::format::{date, parse_iso};
use crate::document::{Block, Document, Section};
use crate::flow::section_of;
use crate::i18n::{option_for, pick};
use crate::model::{Answers, Field, FieldKind, Lang};
use crate::storage::Draft;
use crate::validate::ProblemKind;

/// A field the client proposes to change.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub field: Field,
    /// The draft's value now.
    pub before: String,
    /// The client's value.
    pub after: String,
    /// The value sent to the client, when the draft has changed this field since:
    /// accepting the change overwrites what the provider typed meanwhile.
    pub meanwhile: Option<String>,
    /// What blocks the contract on this field with every change accepted (a payment
    /// term past the legal limit, an end before the start…).
    pub problems: Vec<ProblemKind>,
}

/// One article (or the parties, or the signatures) the answer touches.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleDiff {
    pub section: Section,
    /// The article's number with every change accepted (None for the parties, the
    /// signatures, or an article in neither version).
    pub number: Option<u32>,
    /// Its title (empty for the parties, the signatures, or an article in neither
    /// version).
    pub title: String,
    pub changes: Vec<Change>,
    /// Its lines (canonical text) that every change accepted would remove, and add.
    pub removed: Vec<String>,
    pub added: Vec<String>,
    /// The client's comments on it.
    pub comments: Vec<String>,
}

/// What the client's answer proposes.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// In contract order; only the articles with a change or a comment.
    pub articles: Vec<ArticleDiff>,
    /// The draft changed since it was sent (see `Change::meanwhile`).
    pub moved: bool,
}

/// Why an answer cannot be reviewed. The draft is not touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewError {
    /// The draft it answers was deleted from this browser.
    DraftGone,
    /// Not a client's answer (a proposal or a signed contract opened here).
    NotAnAnswer,
    /// It changes what the client may not change.
    Proposal(ProposalError),
}

/// Reviews `answer` against `draft`, the draft of `answer.draft.id` found in this
/// browser (None when there is none).
pub fn review(draft: Option<&Draft>, answer: &Message) -> Result<Review, ReviewError> {
    let draft = draft.ok_or(ReviewError::DraftGone)?;
    let sent = match (answer.kind, &answer.sent) {
        (Kind::Answer, Some(sent)) => sent,
        _ => return Err(ReviewError::NotAnAnswer),
    };
    let fields = changed_fields(sent, &answer.answers).map_err(ReviewError::Proposal)?;
    let current = &draft.answers;
    let present = current.fields();
    let mut changes: Vec<Change> = fields
        .into_iter()
        // An item the provider removed meanwhile has nothing left to change.
        .filter(|f| present.contains(f))
        .map(|field| {
            let (before, after, was) = (field.get(current), field.get(&answer.answers), field.get(sent));
            let meanwhile = (before != was).then_some(was);
            Change { field, before, after, meanwhile, problems: Vec::new() }
        })
        .filter(|c| c.before != c.after)
        .collect();
    let proposed = apply(current, &changes);
    let (doc_before, _) = canonical::build(current);
    let (doc_after, checked) = canonical::build(&proposed);
    for c in &mut changes {
        c.problems = checked.problems.iter().filter(|p| p.field == c.field).map(|p| p.kind.clone()).collect();
    }
    let articles = Section::ALL
        .into_iter()
        .filter_map(|section| {
            let (removed, added) = line_diff(&lines(&doc_before, section), &lines(&doc_after, section));
            let heading = heading(&doc_after, section).or_else(|| heading(&doc_before, section));
            let article = ArticleDiff {
                section,
                number: heading.and_then(|(n, _)| n),
                title: heading.map(|(_, t)| t.to_string()).unwrap_or_default(),
                changes: changes.iter().filter(|c| section_of(c.field) == section).cloned().collect(),
                removed,
                added,
                comments: answer.comments.iter().filter(|c| c.section == section).map(|c| c.text.clone()).collect(),
            };
            let touched = !(article.changes.is_empty() && article.removed.is_empty() && article.added.is_empty());
            (touched || !article.comments.is_empty()).then_some(article)
        })
        .collect();
    Ok(Review { articles, moved: current != sent })
}

impl Review {
    /// Every change, in contract order.
    pub fn changes(&self) -> impl Iterator<Item = &Change> {
        self.articles.iter().flat_map(|a| &a.changes)
    }
}

/// A field's value as a change shows it beside the contract's words: a choice by its
/// label, yes or no, a date in words, anything else as typed.
pub fn shown(field: Field, value: &str, lang: Lang) -> String {
    if value.trim().is_empty() {
        return pick(lang, "(vide)", "(empty)").to_string();
    }
    match field.kind() {
        FieldKind::Choice(_) => option_for(field, value, lang).to_string(),
        FieldKind::Bool if value == "true" => pick(lang, "Oui", "Yes").to_string(),
        FieldKind::Bool => pick(lang, "Non", "No").to_string(),
        FieldKind::Date => parse_iso(value).map_or_else(|| value.to_string(), |d| date(d, lang)),
        _ => value.to_string(),
    }
}

/// The draft's answers with the `accepted` changes made: the next revision's.
pub fn apply<'a>(current: &Answers, accepted: impl IntoIterator<Item = &'a Change>) -> Answers {
    let mut out = current.clone();
    for c in accepted {
        c.field.set(&mut out, &c.after);
    }
    out
}

/// The canonical lines of one section of a document (empty when it has none).
fn lines(doc: &Document, section: Section) -> Vec<String> {
    // An article's body without its heading: a number shifted by an article added
    // before it is no change of its terms.
    let found = doc.blocks.iter().find_map(|b| match b {
        Block::Parties(_) if section == Section::Parties => Some(std::slice::from_ref(b)),
        Block::Signatures(_) if section == Section::Signatures => Some(std::slice::from_ref(b)),
        Block::Article(a) if a.section == section => Some(a.body.as_slice()),
        _ => None,
    });
    found.map(canonical::lines).unwrap_or_default()
}

/// The number and title of a section's article, when the document has it.
fn heading(doc: &Document, section: Section) -> Option<(Option<u32>, &str)> {
    match section {
        Section::Parties | Section::Signatures => None,
        _ => doc.articles().find(|a| a.section == section).map(|a| (Some(a.number), a.title.as_str())),
    }
}

/// The lines only `before` has and the lines only `after` has, each in its order
/// (a line repeated counts once per occurrence).
fn line_diff(before: &[String], after: &[String]) -> (Vec<String>, Vec<String>) {
    let only = |a: &[String], b: &[String]| {
        let mut rest: Vec<&String> = b.iter().collect();
        let mut out = Vec::new();
        for line in a {
            match rest.iter().position(|l| *l == line) {
                Some(i) => {
                    rest.remove(i);
                }
                None => out.push(line.clone()),
            }
        }
        out
    };
    (only(before, after), only(after, before))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn values_are_shown_in_words() {
        assert_eq!(shown(Field::TermKind, "end_of_month45", Lang::Fr), "45 jours fin de mois");
        assert_eq!(shown(Field::DepositKind, "none", Lang::En), "No deposit");
        assert_eq!(shown(Field::Confidentiality, "true", Lang::Fr), "Oui");
        assert_eq!(shown(Field::EndDate, "2027-02-12", Lang::En), "12\u{a0}February 2027");
        assert_eq!(shown(Field::EndDate, "", Lang::Fr), "(vide)");
        assert_eq!(shown(Field::DepositValue, "20", Lang::Fr), "20");
    }

    #[test]
    fn line_diff_keeps_each_side_s_order_and_counts_repeats() {
        let before = owned(&["P a", "P b", "P b", "P c"]);
        let after = owned(&["P b", "P d", "P a"]);
        assert_eq!(line_diff(&before, &after), (owned(&["P b", "P c"]), owned(&["P d"])));
        assert_eq!(line_diff(&before, &before), (vec![], vec![]));
    }
}
