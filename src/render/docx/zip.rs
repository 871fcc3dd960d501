//! A minimal, deterministic ZIP writer: local headers, central directory, end record.
//!
//! Entries are DEFLATE-compressed (method 8) with `miniz_oxide`, or stored (method 0)
//! when compression would not help. Every entry carries the same fixed DOS timestamp,
//! so the same input always gives the same bytes. No ZIP64: a contract is far below
//! the 4 GiB and 65 535-entry limits (larger values saturate rather than panic).

/// DOS date for 1980-01-01, the earliest a ZIP can express (`day | month << 5`).
const DOS_DATE: u16 = 1 | (1 << 5);
/// DOS time 00:00:00.
const DOS_TIME: u16 = 0;
/// Version 2.0: the minimum that supports DEFLATE.
const VERSION: u16 = 20;
/// DEFLATE level: documents are small, so take the best ratio.
const LEVEL: u8 = 9;

/// Builds a ZIP archive in memory, one entry at a time.
#[derive(Debug, Default)]
pub struct ZipWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
}

impl ZipWriter {
    /// An empty archive.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file named `name` (ASCII path with `/` separators) holding `data`.
    pub fn add(&mut self, name: &str, data: &[u8]) {
        let crc = crc32fast::hash(data);
        let deflated = miniz_oxide::deflate::compress_to_vec(data, LEVEL);
        let (method, payload): (u16, &[u8]) = if deflated.len() < data.len() { (8, &deflated) } else { (0, data) };
        let offset = len32(self.out.len());
        let name_len = len16(name.len());
        let common = Common { method, crc, compressed: len32(payload.len()), size: len32(data.len()), name_len };

        let out = &mut self.out;
        put32(out, 0x0403_4b50);
        common.put(out);
        put16(out, 0); // extra field length
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(payload);

        let cd = &mut self.central;
        put32(cd, 0x0201_4b50);
        put16(cd, VERSION); // made by: MS-DOS, 2.0
        common.put(cd);
        put16(cd, 0); // extra field length
        put16(cd, 0); // comment length
        put16(cd, 0); // disk number
        put16(cd, 0); // internal attributes
        put32(cd, 0); // external attributes
        put32(cd, offset);
        cd.extend_from_slice(name.as_bytes());

        self.entries = self.entries.saturating_add(1);
    }

    /// Appends the central directory and the end record, and returns the archive.
    pub fn finish(mut self) -> Vec<u8> {
        let cd_offset = len32(self.out.len());
        let cd_size = len32(self.central.len());
        self.out.append(&mut self.central);
        let out = &mut self.out;
        put32(out, 0x0605_4b50);
        put16(out, 0); // this disk
        put16(out, 0); // disk holding the central directory
        put16(out, self.entries);
        put16(out, self.entries);
        put32(out, cd_size);
        put32(out, cd_offset);
        put16(out, 0); // comment length
        self.out
    }
}

/// The fields shared by a local header and its central-directory record, from
/// "version needed" to "file name length".
struct Common {
    method: u16,
    crc: u32,
    compressed: u32,
    size: u32,
    name_len: u16,
}

impl Common {
    fn put(&self, out: &mut Vec<u8>) {
        put16(out, VERSION);
        put16(out, 0); // flags
        put16(out, self.method);
        put16(out, DOS_TIME);
        put16(out, DOS_DATE);
        put32(out, self.crc);
        put32(out, self.compressed);
        put32(out, self.size);
        put16(out, self.name_len);
    }
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn len32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn len16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}
