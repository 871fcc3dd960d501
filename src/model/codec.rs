//! The answers as JSON, written through `Field`: nested by section
//! (`{"provider": {"name": …}, …}`), the shape drafts have always been stored in.
//! Missing keys take their defaults and unknown keys are ignored; a known key with the
//! wrong type is an error. A list longer than its cap is refused before any item is
//! read, and item ids are made unique on the way in (`model::items`).

use super::field::FieldKind;
use super::items::{ItemList, OverCap};
use super::{Answers, Deliverable, Field, Milestone};
use crate::json::{self, object, Map, Value};

/// The answers as a JSON value.
pub fn to_json(a: &Answers) -> Value {
    let mut root = Map::new();
    for &field in Field::SCALARS {
        let path = field.json_path();
        let value = field.get(a);
        let json = match field.kind() {
            FieldKind::Bool => Value::Bool(value == "true"),
            _ => Value::String(value),
        };
        insert(&mut root, path, json);
    }
    let deliverables = a
        .mission
        .deliverables
        .iter()
        .map(|d| object([("id", Value::from(d.id)), ("title", d.title.clone().into()), ("due", d.due.clone().into())]))
        .collect();
    insert(&mut root, &["mission", "deliverables"], Value::Array(deliverables));
    let milestones = a
        .payment
        .milestones
        .iter()
        .map(|m| {
            object([
                ("id", Value::from(m.id)),
                ("label", m.label.clone().into()),
                ("percent", m.percent.clone().into()),
                ("due", m.due.clone().into()),
            ])
        })
        .collect();
    insert(&mut root, &["payment", "milestones"], Value::Array(milestones));
    Value::Object(root)
}

/// The first list of these answers (as JSON) that is longer than its cap. Cheap: it
/// counts, it reads no item.
pub fn over_cap(v: &Value) -> Option<OverCap> {
    let root = v.as_object()?;
    [ItemList::Deliverables, ItemList::Milestones].into_iter().find_map(|list| {
        let count = lookup(root, list.json_path()).ok().flatten()?.as_array()?.len();
        (count > list.max()).then_some(OverCap { list, count })
    })
}

/// Reads answers from a JSON value. A list over its cap is an error; item ids come out
/// unique and within range.
pub fn from_json(v: &Value) -> Result<Answers, String> {
    if let Some(OverCap { list, count }) = over_cap(v) {
        return Err(format!("{}: {count} items, at most {}", list.json_path().join("."), list.max()));
    }
    let root = v.as_object().ok_or("the answers are not a JSON object")?;
    let mut a = Answers::default();
    for &field in Field::SCALARS {
        let path = field.json_path();
        let Some(value) = lookup(root, path)? else { continue };
        let text = match (field.kind(), value) {
            (FieldKind::Bool, Value::Bool(b)) => b.to_string(),
            (FieldKind::Choice(keys), Value::String(s)) if keys.contains(&s.as_str()) => s.clone(),
            (FieldKind::Choice(_), Value::String(_)) => return Err(format!("{}: unknown choice", path.join("."))),
            (FieldKind::Bool | FieldKind::Choice(_), _) => return Err(format!("{}: wrong type", path.join("."))),
            (_, Value::String(s)) => s.clone(),
            (_, _) => return Err(format!("{}: expected a string", path.join("."))),
        };
        field.set(&mut a, &text);
    }
    if let Some(list) = lookup(root, &["mission", "deliverables"])? {
        a.mission.deliverables = items(list, "mission.deliverables", |o| {
            Ok(Deliverable { id: id(o)?, title: text(o, "title")?, due: text(o, "due")? })
        })?;
    }
    if let Some(list) = lookup(root, &["payment", "milestones"])? {
        a.payment.milestones = items(list, "payment.milestones", |o| {
            Ok(Milestone { id: id(o)?, label: text(o, "label")?, percent: text(o, "percent")?, due: text(o, "due")? })
        })?;
    }
    a.normalize_item_ids();
    Ok(a)
}

fn insert(root: &mut Map, path: &[&str], value: Value) {
    let (last, parents) = match path.split_last() {
        Some(x) => x,
        None => return,
    };
    let mut map = root;
    for &key in parents {
        if map.get(key).is_none() {
            map.insert(key, Value::Object(Map::new()));
        }
        map = match map.get_mut(key) {
            Some(Value::Object(m)) => m,
            _ => return,
        };
    }
    map.insert(*last, value);
}

/// The value at `path`, `None` when a key is missing; an error when a parent is not an
/// object.
fn lookup<'a>(root: &'a Map, path: &[&str]) -> Result<Option<&'a Value>, String> {
    let mut map = root;
    for (i, key) in path.iter().enumerate() {
        let Some(v) = map.get(key) else { return Ok(None) };
        if i + 1 == path.len() {
            return Ok(Some(v));
        }
        map = v.as_object().ok_or_else(|| format!("{}: expected an object", path[..=i].join(".")))?;
    }
    Ok(None)
}

fn items<T>(list: &Value, name: &str, read: impl Fn(&Map) -> Result<T, String>) -> Result<Vec<T>, String> {
    let list = list.as_array().ok_or_else(|| format!("{name}: expected a list"))?;
    list.iter()
        .map(|item| item.as_object().ok_or_else(|| format!("{name}: expected objects")).and_then(&read))
        .collect()
}

fn id(o: &Map) -> Result<u32, String> {
    match o.get("id") {
        None => Ok(0),
        Some(v) => {
            v.as_u64().and_then(|n| u32::try_from(n).ok()).ok_or_else(|| "id: expected a whole number".to_string())
        }
    }
}

fn text(o: &Map, key: &str) -> Result<String, String> {
    match o.get(key) {
        None => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(format!("{key}: expected a string")),
    }
}

impl Answers {
    /// Reads answers from JSON text (a mission fixture, a fuzz input).
    pub fn from_json_text(text: &str) -> Result<Answers, String> {
        let value = json::parse(text).map_err(|e| e.to_string())?;
        from_json(&value)
    }

    /// The answers as compact JSON text.
    pub fn to_json_text(&self) -> String {
        to_json(self).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{MAX_DELIVERABLES, MAX_MILESTONES};

    #[test]
    fn round_trips_every_field_and_list() {
        let mut a = Answers::default();
        for &f in Field::SCALARS {
            match f.kind() {
                FieldKind::Bool => {
                    let flipped = if f.get(&a) == "true" { "false" } else { "true" };
                    f.set(&mut a, flipped)
                }
                FieldKind::Choice(keys) => f.set(&mut a, keys[keys.len() - 1]),
                _ => f.set(&mut a, &format!("«{}» \"x\"\n", f.key())),
            }
        }
        a.payment.milestones.push(Milestone {
            id: 7,
            label: "Beta".into(),
            percent: "40".into(),
            due: "2027-01-01".into(),
        });
        let back = Answers::from_json_text(&a.to_json_text()).unwrap();
        assert_eq!(back, a);
    }

    #[test]
    fn shape_is_nested_like_the_stored_drafts() {
        let v = to_json(&Answers::default());
        let at = |path: &[&str]| path.iter().try_fold(&v, |v, k| v.get(k)).cloned();
        assert_eq!(at(&["provider", "vat_franchise"]), Some(Value::Bool(true)));
        assert_eq!(at(&["payment", "deposit"]), Some(Value::from("percent")));
        let first = at(&["mission", "deliverables"]).unwrap().as_array().unwrap()[0].clone();
        assert_eq!(first.get("id"), Some(&Value::from(1u32)));
        assert_eq!(at(&["contract_lang"]), Some(Value::from("fr")));
        let keys: Vec<&str> = v.as_object().unwrap().iter().map(|(k, _)| k).collect();
        assert_eq!(keys[..3], ["contract_lang", "provider", "client"]);
    }

    #[test]
    fn lists_over_their_cap_are_refused_and_ids_come_out_unique() {
        let list = |n: usize| format!("[{}]", vec![r#"{"id": 1}"#; n].join(","));
        let at_cap = format!(r#"{{"mission": {{"deliverables": {}}}}}"#, list(MAX_DELIVERABLES));
        let a = Answers::from_json_text(&at_cap).unwrap();
        let mut ids: Vec<u32> = a.mission.deliverables.iter().map(|d| d.id).collect();
        ids.sort_unstable();
        assert_eq!(ids, (1..=MAX_DELIVERABLES as u32).collect::<Vec<_>>(), "renumbered, the first kept");
        let over = format!(r#"{{"payment": {{"milestones": {}}}}}"#, list(MAX_MILESTONES + 1));
        let e = Answers::from_json_text(&over).unwrap_err();
        assert!(e.contains("101 items, at most 100"), "{e}");
        let value = json::parse(&over).unwrap();
        assert_eq!(over_cap(&value), Some(OverCap { list: ItemList::Milestones, count: MAX_MILESTONES + 1 }));
    }

    #[test]
    fn missing_keys_default_unknown_keys_ignored_wrong_types_refused() {
        let a = Answers::from_json_text(r#"{"provider": {"name": "A", "extra": 1}, "future": true}"#).unwrap();
        assert_eq!(a.provider.name, "A");
        assert_eq!(a.payment.deposit_value, "30");
        for bad in [
            r#"[]"#,
            r#"{"provider": "x"}"#,
            r#"{"provider": {"name": 3}}"#,
            r#"{"provider": {"vat_franchise": "yes"}}"#,
            r#"{"price": {"mode": "gratis"}}"#,
            r#"{"mission": {"deliverables": {}}}"#,
            r#"{"mission": {"deliverables": [{"id": -1}]}}"#,
            r#"{"payment": {"milestones": [{"label": 5}]}}"#,
        ] {
            assert!(Answers::from_json_text(bad).is_err(), "{bad}");
        }
    }
}
