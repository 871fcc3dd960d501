//! Migrations: pure functions from one schema version of a stored envelope (as JSON)
//! to the next. Every version ever shipped has a fixture in `tests/fixtures/drafts/`
//! that the current code must load.
//!
//! To ship version 2: write `fn v1_to_v2(envelope: Value) -> Result<Value, String>`
//! (it receives a version-1 envelope and returns the same data in the version-2
//! shape), append it to `STEPS`, and commit a `v2-*.json` fixture written by the new
//! code. `CURRENT` follows from the length of `STEPS`; `upgrade` sets `version`.

use crate::json::Value;

/// One step: an envelope of version N in, the same draft as version N+1 out.
pub type Step = fn(Value) -> Result<Value, String>;

/// `STEPS[i]` upgrades version `i + 1` to version `i + 2`. Version 1 is the first
/// shipped; it needs no step.
pub const STEPS: &[Step] = &[v1_to_v2];

/// Version 2 (the contract at its edges): the liability cap "sums paid by the client"
/// became "the contract's total price" (`price_paid` → `contract_price`), since a cap
/// at the sums paid is nil before the first payment (C. civ. 1170). Every other new
/// answer (foreign client, building works, personal data, beneficiary…) is a key
/// version 1 never wrote: it takes its default, which keeps the contract as it was.
fn v1_to_v2(mut envelope: Value) -> Result<Value, String> {
    let liability = envelope
        .as_object_mut()
        .and_then(|e| e.get_mut("draft"))
        .and_then(Value::as_object_mut)
        .and_then(|d| d.get_mut("answers"))
        .and_then(Value::as_object_mut)
        .and_then(|a| a.get_mut("terms"))
        .and_then(Value::as_object_mut)
        .and_then(|t| t.get_mut("liability"));
    if let Some(value) = liability {
        if value.as_str() == Some("price_paid") {
            *value = Value::String("contract_price".into());
        }
    }
    Ok(envelope)
}

/// The version this build writes.
pub const CURRENT: u32 = STEPS.len() as u32 + 1;

/// Upgrades an envelope of version `from` to `CURRENT`.
pub fn upgrade(value: Value, from: u32) -> Result<Value, String> {
    upgrade_with(STEPS, value, from)
}

/// `upgrade` over any chain of steps (tests use a longer one than today's).
pub fn upgrade_with(steps: &[Step], mut value: Value, from: u32) -> Result<Value, String> {
    let current = steps.len() as u32 + 1;
    if from == 0 || from > current {
        return Err(format!("version {from} is outside 1..={current}"));
    }
    for (i, step) in steps.iter().enumerate().skip(from as usize - 1) {
        value = step(value)?;
        match value.as_object_mut() {
            Some(object) => {
                object.insert("version", Value::from(i as u32 + 2));
            }
            None => return Err(format!("the step to version {} did not return an object", i + 2)),
        }
    }
    Ok(value)
}
