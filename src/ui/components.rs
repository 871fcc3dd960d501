//! Interface components, one public component per file.

pub mod downloads;
pub mod drafts_panel;
pub mod embed_form;
pub mod field_conflict;
pub mod field_input;
pub mod item_list;
pub mod later_panel;
pub mod new_version;
pub mod preview;
pub mod review_step;
pub mod schedule_picture;
pub mod start_panel;
pub mod stepper;
