//! The message that travels: a proposal from the provider, the client's answer, or a
//! signed contract, with the answers it is about.
//!
//! The message is serde-derived and written with postcard; the answers in it are
//! compact and upgraded on the way in (`answers`).

use super::answers::Compact;
use super::fingerprint::Fingerprint;
use super::frame::PayloadError;
use super::proposal::{changed_fields, ProposalError};
use super::signature::Signature;
use crate::document::Section;
use crate::model::Answers;
use crate::storage::{DraftId, Envelope};
use serde::{Deserialize, Serialize};

/// What a message is (and so, but for a signed one, who sent it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    /// The provider sends the contract to the client to review.
    Proposal,
    /// The client sends back their details, the changes they propose, their comments.
    Answer,
    /// The contract with one or both signatures.
    Signed,
}

/// The draft a message belongs to, so that the provider's Cadre finds it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftRef {
    pub id: DraftId,
    /// The draft's revision when it was sent.
    pub rev: u64,
    /// That revision's write token (`Envelope::write`; empty for a draft written
    /// before tokens).
    pub write: String,
}

/// The client's comment on one article (or on the parties, `Section::Parties`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub section: Section,
    pub text: String,
}

/// A message between the two parties.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub kind: Kind,
    pub draft: DraftRef,
    pub answers: Answers,
    /// In an answer: the answers as the client received them, the base of "what
    /// changed" when the provider's draft moved on meanwhile.
    pub sent: Option<Answers>,
    pub comments: Vec<Comment>,
    pub signatures: Vec<Signature>,
}

/// The longest comment kept, in characters.
pub const MAX_COMMENT: usize = 2_000;

impl DraftRef {
    /// The reference to a stored draft as it is now.
    pub fn of(envelope: &Envelope) -> DraftRef {
        DraftRef { id: envelope.draft.id.clone(), rev: envelope.rev, write: envelope.write.clone() }
    }
}

impl Message {
    /// The provider's proposal of a stored draft.
    pub fn proposal(envelope: &Envelope) -> Message {
        Message {
            kind: Kind::Proposal,
            draft: DraftRef::of(envelope),
            answers: envelope.draft.answers.clone(),
            sent: None,
            comments: Vec::new(),
            signatures: Vec::new(),
        }
    }

    /// The client's answer to `proposal`: the answers as they propose them and their
    /// comments (blank ones dropped). Refused when it changes what only the provider
    /// may change, or a comment is longer than `MAX_COMMENT`.
    pub fn answer(proposal: &Message, answers: Answers, comments: Vec<Comment>) -> Result<Message, ProposalError> {
        changed_fields(&proposal.answers, &answers)?;
        if comments.iter().any(|c| c.text.chars().count() > MAX_COMMENT) {
            return Err(ProposalError::CommentTooLong);
        }
        Ok(Message {
            kind: Kind::Answer,
            draft: proposal.draft.clone(),
            sent: Some(proposal.answers.clone()),
            answers,
            comments: comments.into_iter().filter(|c| !c.text.trim().is_empty()).collect(),
            signatures: Vec::new(),
        })
    }

    /// The contract of `message` with `signature` added, in place of an earlier one of
    /// the same party; the other party's is kept (its status says whether it still holds).
    pub fn signed(message: &Message, signature: Signature) -> Message {
        let mut signatures: Vec<Signature> =
            message.signatures.iter().filter(|s| s.party != signature.party).cloned().collect();
        signatures.push(signature);
        Message { kind: Kind::Signed, sent: None, comments: Vec::new(), signatures, ..message.clone() }
    }
}

/// The message as postcard writes it: format version 1 of the payload.
#[derive(Serialize, Deserialize)]
struct Wire {
    kind: Kind,
    draft_id: String,
    rev: u64,
    write: String,
    answers: Compact,
    /// The fingerprint of the contract the answers built in the sender's Cadre.
    text: Fingerprint,
    sent: Option<Compact>,
    comments: Vec<(String, String)>,
    signatures: Vec<Signature>,
}

impl Message {
    /// The message's bytes before compression.
    pub(super) fn to_bytes(&self) -> Vec<u8> {
        let wire = Wire {
            kind: self.kind,
            draft_id: self.draft.id.as_str().to_string(),
            rev: self.draft.rev,
            write: self.draft.write.clone(),
            answers: Compact::of(&self.answers),
            text: Fingerprint::of_answers(&self.answers),
            sent: self.sent.as_ref().map(Compact::of),
            comments: self.comments.iter().map(|c| (c.section.id().to_string(), c.text.clone())).collect(),
            signatures: self.signatures.clone(),
        };
        postcard::to_allocvec(&wire).expect("a message always serializes")
    }

    /// Reads the bytes `to_bytes` wrote. They passed the checksum, so an error here is
    /// a message no Cadre wrote, or one from a newer Cadre (answers of a newer schema).
    pub(super) fn from_bytes(bytes: &[u8]) -> Result<Message, PayloadError> {
        let unreadable = |why: &str| PayloadError::Unreadable(why.to_string());
        let wire: Wire = postcard::from_bytes(bytes).map_err(|_| unreadable("message"))?;
        let comments = wire
            .comments
            .into_iter()
            .map(|(id, text)| {
                let section = Section::from_id(&id).ok_or_else(|| unreadable("comment"))?;
                Ok(Comment { section, text })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if comments.iter().any(|c| c.text.chars().count() > MAX_COMMENT) {
            return Err(unreadable("comment"));
        }
        for s in &wire.signatures {
            s.check().map_err(|_| unreadable("signature"))?;
        }
        let answers = wire.answers.read()?;
        // Both parties must read, and sign, the same text.
        if Fingerprint::of_answers(&answers) != wire.text {
            return Err(PayloadError::OtherWording);
        }
        Ok(Message {
            kind: wire.kind,
            draft: DraftRef {
                id: DraftId::parse(&wire.draft_id).ok_or_else(|| unreadable("draft id"))?,
                rev: wire.rev,
                write: wire.write,
            },
            answers,
            sent: wire.sent.map(Compact::read).transpose()?,
            comments,
            signatures: wire.signatures,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contract_worded_otherwise_by_the_sender_s_cadre_is_refused() {
        let a = Answers::default();
        let draft = DraftRef { id: DraftId::parse("d-1").unwrap(), rev: 1, write: String::new() };
        let m = Message { kind: Kind::Proposal, draft, answers: a, sent: None, comments: vec![], signatures: vec![] };
        let mut wire: Wire = postcard::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(Message::from_bytes(&postcard::to_allocvec(&wire).unwrap()), Ok(m));
        wire.text.0[0] ^= 1;
        let bytes = postcard::to_allocvec(&wire).unwrap();
        assert_eq!(Message::from_bytes(&bytes), Err(PayloadError::OtherWording));
    }
}
