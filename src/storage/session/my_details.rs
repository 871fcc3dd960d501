//! "My details": saving the open draft's provider and usual terms, and filling the
//! open draft with them.

use super::{ActionError, Session};
use crate::model::Answers;
use crate::storage::envelope::{Draft, DraftId};
use crate::storage::keys;
use crate::storage::profile::Profile;
use crate::storage::write::{save, SaveError};

/// The id under which "my details" are stored in their envelope.
const PROFILE_ID: &str = "me";

impl Session {
    /// Saves the open draft's provider, payment defaults and terms as my details.
    pub fn save_profile(&mut self) -> Result<(), ActionError> {
        self.write_profile(Profile::from_answers(&self.current.answers))
    }

    /// Writes my details as this tab holds them (after a page cleared storage).
    pub(super) fn rewrite_profile(&mut self) -> Result<(), ActionError> {
        match self.profile.clone() {
            Some(profile) => self.write_profile(profile),
            None => Ok(()),
        }
    }

    fn write_profile(&mut self, profile: Profile) -> Result<(), ActionError> {
        let draft = Draft {
            id: DraftId::parse(PROFILE_ID).expect("a valid id"),
            name: String::new(),
            answers: profile.to_answers(),
        };
        let now = (self.clock)();
        let mut base = self.profile_rev;
        for _ in 0..3 {
            match save(&mut *self.backend, keys::PROFILE, &draft, base, &now) {
                Ok(rev) => {
                    self.profile_rev = rev;
                    self.profile = Some(profile);
                    return Ok(());
                }
                // My details are one value: the last save wins, the previous is in .bak.
                Err(SaveError::Conflict(theirs)) => base = theirs.rev,
                Err(e) => return Err(e.into()),
            }
        }
        Err(ActionError::Unsaved)
    }

    /// Fills the open draft with my details. Returns its new answers.
    pub fn apply_profile(&mut self) -> Option<Answers> {
        let profile = self.profile.clone()?;
        let mut answers = self.current.answers.clone();
        profile.apply(&mut answers);
        self.edit(&answers);
        Some(answers)
    }
}
