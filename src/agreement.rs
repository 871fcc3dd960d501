//! From draft to signed without a server: the contract travels between the two
//! parties' browsers inside a link's fragment or a `.cadre` file. This tree is the
//! native core of that loop (the messages and their bytes, the contract's fingerprint,
//! signatures, what the client may change and what changed, and the plain words that
//! explain each article to the client). It is meant for a module
//! loaded after the first screen: nothing the first screen runs calls it.

mod answers;
pub mod canonical;
pub mod check;
pub mod diff;
pub mod explain;
pub mod fingerprint;
pub mod frame;
pub mod link;
pub mod message;
pub mod messages;
pub mod page;
pub mod proposal;
pub mod signature;
pub mod signed;

pub use fingerprint::Fingerprint;
pub use frame::{Encrypted, Opened, PayloadError};
pub use message::{Comment, DraftRef, Kind, Message};
pub use signature::{Drawing, Party, Signature, Status};
