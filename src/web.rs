//! Browser-only effects: storage backend, downloads, clock.
