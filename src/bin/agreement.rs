//! The agreement's screens (send, review as the client, see what changed, sign,
//! check), built as a module of its own (`dist/agreement/`) that the app imports when
//! the review step's panel is opened or a link carrying a contract is
//! (`ui::agreement`).

#[cfg(target_arch = "wasm32")]
#[path = "../web/agreement_module.rs"]
mod exports;

fn main() {}
