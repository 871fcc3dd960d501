//! Two tabs changed one draft: a three-way merge, field by field.
//!
//! `base` is the stored copy both tabs started from, `mine` this tab's copy, `theirs`
//! the copy another tab stored since. A field changed on one side only takes that
//! side's value; a field changed on both sides to different values is a `Conflict`,
//! which keeps this tab's value until the user chooses. Deliverables and payment
//! instalments merge item by item (by id): an item added on either side is kept, an
//! item removed on one side is removed unless the other side changed it (then it is
//! kept: nothing typed is dropped), and two items added with the same id on both sides
//! are both kept, theirs under a new id.

use super::envelope::Draft;
use crate::model::{Answers, Deliverable, Field, Milestone};

/// A part of a draft both tabs changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// The draft's name, given in the drafts panel.
    Name,
    Field(Field),
}

impl Part {
    /// Reads this part of a draft.
    pub fn get(self, d: &Draft) -> String {
        match self {
            Part::Name => d.name.clone(),
            Part::Field(f) => f.get(&d.answers),
        }
    }

    /// Writes this part of a draft.
    pub fn set(self, d: &mut Draft, value: &str) {
        match self {
            Part::Name => d.name = value.to_string(),
            Part::Field(f) => f.set(&mut d.answers, value),
        }
    }
}

/// One part both tabs changed, to different values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub part: Part,
    /// This tab's value (the one the merged draft holds until the user chooses).
    pub mine: String,
    /// The other tab's value.
    pub theirs: String,
}

/// What a merge gives: the merged draft (holding this tab's value wherever there is a
/// conflict) and the conflicts, in the order of the interview.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub draft: Draft,
    pub conflicts: Vec<Conflict>,
}

/// Merges `mine` and `theirs`, both derived from `base`. The id is `mine`'s. Without a
/// known common `base` (a chain of writes this tab did not see), every part the two
/// copies hold differently is a conflict, and no item counts as removed.
pub fn merge(base: Option<&Draft>, mine: &Draft, theirs: &Draft) -> Merged {
    let Some(base) = base else { return merge_from(None, mine, theirs) };
    // Nothing changed here: the other copy as it is.
    if mine.name == base.name && mine.answers == base.answers {
        return Merged { draft: Draft { id: mine.id.clone(), ..theirs.clone() }, conflicts: Vec::new() };
    }
    let theirs = &renumber_collisions(base, mine, theirs);
    merge_from(Some(base), mine, theirs)
}

/// The merge itself; with no `base`, the union of both copies' items and a conflict
/// wherever they differ.
fn merge_from(base: Option<&Draft>, mine: &Draft, theirs: &Draft) -> Merged {
    let no_items = Answers { mission: Default::default(), payment: Default::default(), ..Answers::default() };
    let none = Draft { id: mine.id.clone(), name: String::new(), answers: no_items };
    let (known, base) = match base {
        Some(b) => (true, b),
        None => (false, &none),
    };
    let mut draft = mine.clone();
    let mut conflicts = Vec::new();
    let mut part =
        |part: Part, out: &mut Draft| merge_part(part, known.then_some(base), mine, theirs, out, &mut conflicts);
    part(Part::Name, &mut draft);
    draft.answers.mission.deliverables = merge_list(
        &base.answers.mission.deliverables,
        &mine.answers.mission.deliverables,
        &theirs.answers.mission.deliverables,
        |d| d.id,
    );
    draft.answers.payment.milestones = merge_list(
        &base.answers.payment.milestones,
        &mine.answers.payment.milestones,
        &theirs.answers.payment.milestones,
        |m| m.id,
    );
    let item_fields = |a: &Answers| -> Vec<Field> {
        let d = a.mission.deliverables.iter().flat_map(Deliverable::fields);
        d.chain(a.payment.milestones.iter().flat_map(Milestone::fields)).collect()
    };
    let mut fields = Field::SCALARS.to_vec();
    fields.extend(item_fields(&draft.answers));
    for field in fields {
        part(Part::Field(field), &mut draft);
    }
    Merged { draft, conflicts }
}

/// One part, three ways (two without a base: any difference is a conflict). Items
/// missing on a side read as empty there; only items kept by `merge_list` are asked
/// about.
fn merge_part(
    part: Part,
    base: Option<&Draft>,
    mine: &Draft,
    theirs: &Draft,
    out: &mut Draft,
    conflicts: &mut Vec<Conflict>,
) {
    let (b, m, t) = (base.map(|b| part.get(b)), part.get(mine), part.get(theirs));
    if m == t || b.as_ref() == Some(&t) {
        return;
    }
    let present = |d: &Draft| match part {
        Part::Field(f) => has_item(&d.answers, f),
        Part::Name => true,
    };
    // An item only one side has keeps that side's values as they are.
    if !present(theirs) {
        return;
    }
    if b.as_ref() == Some(&m) || !present(mine) {
        part.set(out, &t);
    } else {
        conflicts.push(Conflict { part, mine: m, theirs: t });
    }
}

/// The items of a list after both sides' additions and removals, in `theirs`'s order
/// (what is stored) followed by the items only `mine` has. Field values are merged
/// afterwards.
fn merge_list<'a, T: Clone + PartialEq>(
    base: &'a [T],
    mine: &'a [T],
    theirs: &'a [T],
    id: impl Fn(&T) -> u32,
) -> Vec<T> {
    let find = |list: &'a [T], i: u32| -> Option<&'a T> { list.iter().find(|x| id(x) == i) };
    // Removed on one side and left as it was on the other: removed.
    let removed = |item: &T| find(base, id(item)) == Some(item);
    let mut out = Vec::new();
    for item in theirs {
        match find(mine, id(item)) {
            Some(m) => out.push(m.clone()),
            None if removed(item) => {}
            None => out.push(item.clone()),
        }
    }
    for item in mine {
        if find(theirs, id(item)).is_none() && !removed(item) {
            out.push(item.clone());
        }
    }
    out
}

/// True when the field's item exists in `a` (always, for a field that is not an item's).
fn has_item(a: &Answers, f: Field) -> bool {
    let deliverable = |id: u32| a.mission.deliverables.iter().any(|d| d.id == id);
    let milestone = |id: u32| a.payment.milestones.iter().any(|m| m.id == id);
    match f {
        Field::DeliverableTitle(id) | Field::DeliverableDue(id) => deliverable(id),
        Field::MilestoneLabel(id) | Field::MilestonePercent(id) | Field::MilestoneDue(id) => milestone(id),
        _ => true,
    }
}

/// `theirs`, where an item both sides added under one id (both tabs pressed "Add")
/// takes a new id, so that both items are kept with their own values.
fn renumber_collisions(base: &Draft, mine: &Draft, theirs: &Draft) -> Draft {
    let mut out = theirs.clone();
    let mut next = mine.answers.next_id().max(theirs.answers.next_id());
    let mut fresh = || {
        let id = next;
        next = next.saturating_add(1);
        id
    };
    let (b, m) = (&base.answers, &mine.answers);
    // Even when both are still empty: two "Add" clicks are two items.
    for d in &mut out.answers.mission.deliverables {
        let new_on_both = !b.mission.deliverables.iter().any(|x| x.id == d.id);
        if new_on_both && m.mission.deliverables.iter().any(|x| x.id == d.id) {
            d.id = fresh();
        }
    }
    for item in &mut out.answers.payment.milestones {
        let new_on_both = !b.payment.milestones.iter().any(|x| x.id == item.id);
        if new_on_both && m.payment.milestones.iter().any(|x| x.id == item.id) {
            item.id = fresh();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::DraftId;

    fn draft(answers: Answers) -> Draft {
        Draft { id: DraftId::parse("d-1").unwrap(), name: String::new(), answers }
    }

    #[test]
    fn fields_changed_on_one_side_merge_silently() {
        let base = draft(Answers::default());
        let mut mine = base.clone();
        Field::ClientName.set(&mut mine.answers, "Brasserie du Port");
        let mut theirs = base.clone();
        Field::MissionTitle.set(&mut theirs.answers, "Logo et menu");
        let m = merge(Some(&base), &mine, &theirs);
        assert!(m.conflicts.is_empty());
        assert_eq!(Field::ClientName.get(&m.draft.answers), "Brasserie du Port");
        assert_eq!(Field::MissionTitle.get(&m.draft.answers), "Logo et menu");
    }

    #[test]
    fn a_field_changed_on_both_sides_is_a_conflict_holding_mine() {
        let base = draft(Answers::default());
        let mut mine = base.clone();
        Field::ClientName.set(&mut mine.answers, "Brasserie du Port");
        let mut theirs = base.clone();
        Field::ClientName.set(&mut theirs.answers, "Brasserie du Quai");
        let m = merge(Some(&base), &mine, &theirs);
        assert_eq!(
            m.conflicts,
            vec![Conflict {
                part: Part::Field(Field::ClientName),
                mine: "Brasserie du Port".into(),
                theirs: "Brasserie du Quai".into()
            }]
        );
        assert_eq!(Field::ClientName.get(&m.draft.answers), "Brasserie du Port");
    }

    #[test]
    fn items_added_on_both_sides_with_one_id_are_both_kept() {
        let base = draft(Answers::default());
        let next = base.answers.next_id();
        let add = |title: &str| {
            let mut d = base.clone();
            d.answers.mission.deliverables.push(Deliverable { id: next, title: title.into(), due: String::new() });
            d
        };
        let m = merge(Some(&base), &add("Logo"), &add("Menu"));
        let titles: Vec<_> = m.draft.answers.mission.deliverables.iter().map(|d| d.title.as_str()).collect();
        assert!(titles.contains(&"Logo") && titles.contains(&"Menu"), "{titles:?}");
        assert!(m.conflicts.is_empty());
        let mut ids: Vec<_> = m.draft.answers.mission.deliverables.iter().map(|d| d.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), m.draft.answers.mission.deliverables.len());
    }

    #[test]
    fn an_item_removed_on_one_side_and_changed_on_the_other_is_kept() {
        let mut base = draft(Answers::default());
        base.answers.mission.deliverables[0].title = "Logo".into();
        let id = base.answers.mission.deliverables[0].id;
        let mut mine = base.clone();
        mine.answers.mission.deliverables.clear();
        let mut theirs = base.clone();
        Field::DeliverableTitle(id).set(&mut theirs.answers, "Logo, trois variantes");
        let m = merge(Some(&base), &mine, &theirs);
        assert_eq!(Field::DeliverableTitle(id).get(&m.draft.answers), "Logo, trois variantes");
        // Unchanged on the other side: the removal stands.
        let m = merge(Some(&base), &mine, &base);
        assert!(m.draft.answers.mission.deliverables.is_empty());
        let m = merge(Some(&base), &base, &mine);
        assert!(m.draft.answers.mission.deliverables.is_empty());
    }
}
