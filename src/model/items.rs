//! The lists of the answers (deliverables, payment instalments): how long they may be,
//! and the ids their items are addressed by. Every `Field` of a list item names its
//! item by id, so ids must be unique across both lists and never wrap: a file edited
//! by hand (two deliverables with one id, an id of 4 294 967 295) is renumbered when it
//! is read, and `next_id` never collides.

use super::Answers;

/// The most deliverables one draft holds: no real contract lists more, and the
/// interview stays quick (a list of 40 000 froze the tab).
pub const MAX_DELIVERABLES: usize = 200;

/// The most payment instalments one draft holds.
pub const MAX_MILESTONES: usize = 100;

/// The largest item id kept as it is; a larger one is renumbered when read.
pub const MAX_ITEM_ID: u32 = 99_999;

/// A list of the answers, named for the caps and their messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemList {
    Deliverables,
    Milestones,
}

impl ItemList {
    /// The most items this list holds in one draft.
    pub fn max(self) -> usize {
        match self {
            ItemList::Deliverables => MAX_DELIVERABLES,
            ItemList::Milestones => MAX_MILESTONES,
        }
    }

    /// Where the list sits in the stored JSON.
    pub fn json_path(self) -> &'static [&'static str] {
        match self {
            ItemList::Deliverables => &["mission", "deliverables"],
            ItemList::Milestones => &["payment", "milestones"],
        }
    }

    /// How many items the list has in `a`.
    pub fn len(self, a: &Answers) -> usize {
        match self {
            ItemList::Deliverables => a.mission.deliverables.len(),
            ItemList::Milestones => a.payment.milestones.len(),
        }
    }

    /// True when one more item would pass the cap.
    pub fn is_full(self, a: &Answers) -> bool {
        self.len(a) >= self.max()
    }
}

/// A list longer than its cap: `count` items where `ItemList::max` are allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverCap {
    pub list: ItemList,
    pub count: usize,
}

/// The smallest id from 1 that `taken` does not hold.
fn smallest_free(taken: &[u32]) -> u32 {
    let mut id = 1;
    while taken.contains(&id) {
        id += 1;
    }
    id
}

/// The id after the largest of `taken` when it stays within `MAX_ITEM_ID`, else the
/// smallest free one: never a wrap, never a collision.
fn free_id(taken: &[u32]) -> u32 {
    match taken.iter().max().map_or(Some(1), |m| m.checked_add(1)) {
        Some(id) if id <= MAX_ITEM_ID => id,
        _ => smallest_free(taken),
    }
}

impl Answers {
    /// Every item id, deliverables then instalments.
    fn item_ids(&self) -> Vec<u32> {
        let d = self.mission.deliverables.iter().map(|d| d.id);
        d.chain(self.payment.milestones.iter().map(|m| m.id)).collect()
    }

    /// The id for a new list item: unique across both lists, within `MAX_ITEM_ID`.
    pub fn next_id(&self) -> u32 {
        free_id(&self.item_ids())
    }

    /// Gives every item a unique id in `1..=MAX_ITEM_ID`. An id already unique and in
    /// range is kept (the first item holding it keeps it); the others get free ids.
    /// True when an id changed.
    pub fn normalize_item_ids(&mut self) -> bool {
        let mut taken: Vec<u32> = Vec::new();
        let mut renumber = Vec::new();
        for (n, id) in self.item_ids().into_iter().enumerate() {
            if (1..=MAX_ITEM_ID).contains(&id) && !taken.contains(&id) {
                taken.push(id);
            } else {
                renumber.push(n);
            }
        }
        if renumber.is_empty() {
            return false;
        }
        let deliverables = self.mission.deliverables.len();
        for n in renumber {
            let id = free_id(&taken);
            taken.push(id);
            match n.checked_sub(deliverables) {
                None => self.mission.deliverables[n].id = id,
                Some(m) => self.payment.milestones[m].id = id,
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Deliverable, Milestone};

    fn deliverables(ids: &[u32]) -> Answers {
        let mut a = Answers::default();
        a.mission.deliverables = ids.iter().map(|&id| Deliverable { id, ..Default::default() }).collect();
        a
    }

    #[test]
    fn unique_small_ids_are_kept() {
        let mut a = deliverables(&[3, 1, 7]);
        a.payment.milestones.push(Milestone { id: 9, ..Default::default() });
        assert!(!a.normalize_item_ids());
        assert_eq!(a.item_ids(), [3, 1, 7, 9]);
        assert_eq!(a.next_id(), 10);
    }

    #[test]
    fn duplicates_zero_and_huge_ids_are_renumbered() {
        let mut a = deliverables(&[5, 5, 0, u32::MAX, MAX_ITEM_ID + 1]);
        a.payment.milestones.push(Milestone { id: 5, ..Default::default() });
        assert!(a.normalize_item_ids());
        let ids = a.item_ids();
        assert_eq!(ids[0], 5, "the first holder keeps its id");
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len(), "unique: {ids:?}");
        assert!(ids.iter().all(|id| (1..=MAX_ITEM_ID).contains(id)), "{ids:?}");
    }

    #[test]
    fn next_id_never_wraps_nor_collides() {
        let mut a = deliverables(&[u32::MAX]);
        for _ in 0..5 {
            let id = a.next_id();
            assert!(!a.item_ids().contains(&id), "{id}");
            a.mission.deliverables.push(Deliverable { id, ..Default::default() });
        }
        let mut a = deliverables(&[MAX_ITEM_ID]);
        assert_eq!(a.next_id(), 1, "past the range: the smallest free id");
        a.mission.deliverables.push(Deliverable { id: 1, ..Default::default() });
        assert_eq!(a.next_id(), 2);
        assert_eq!(deliverables(&[]).next_id(), 1);
    }
}
