//! JSON for drafts: a value type, a strict parser (RFC 8259) and compact and indented
//! writers. Hand-written because it is all the app needs from JSON and serde_json with
//! its value machinery weighed about 20 KB of gzipped wasm; the format itself is small
//! and fixed, and `tests/json.rs` plus the `import` fuzz target hold this to it.
//!
//! Choices that matter to drafts:
//! - objects keep their keys in the order written (a draft reads in the model's order);
//!   a key given twice keeps its first place and its last value;
//! - numbers keep their exact text, so a draft from a newer Cadre is exported back as it
//!   was, and no float code ends up in the wasm; `as_u64` reads whole numbers;
//! - nesting deeper than `MAX_DEPTH` is refused rather than overflowing the stack.

use std::fmt::{self, Write as _};

/// How deep arrays and objects may nest (serde_json's default limit too).
pub const MAX_DEPTH: usize = 128;

/// A JSON value.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A number, as the text of a valid JSON number (`-12`, `3.5e2`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number(String);

impl Number {
    /// The number when it is written as a whole number within `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        if self.0.bytes().all(|b| b.is_ascii_digit()) {
            self.0.parse().ok()
        } else {
            None
        }
    }
}

/// An object: keys in the order they were written or inserted.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Map(Vec<(String, Value)>);

impl Map {
    pub fn new() -> Map {
        Map(Vec::new())
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.0.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets `key`: in place when it exists, else at the end.
    pub fn insert(&mut self, key: impl Into<String>, value: Value) {
        let key = key.into();
        match self.get_mut(&key) {
            Some(slot) => *slot = value,
            None => self.0.push((key, value)),
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let i = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(i).1)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<K: Into<String>> FromIterator<(K, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (K, Value)>>(iter: I) -> Map {
        let mut map = Map::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl Value {
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    /// The value at `key` of an object; `None` for a missing key or a non-object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    /// Indented by two spaces, one member per line: what goes into exported files.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        write_value(&mut out, self, Some(0));
        out
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        Value::Number(Number(n.to_string()))
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Value {
        Value::from(u64::from(n))
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}

impl From<Map> for Value {
    fn from(m: Map) -> Value {
        Value::Object(m)
    }
}

impl From<Vec<Value>> for Value {
    fn from(a: Vec<Value>) -> Value {
        Value::Array(a)
    }
}

/// Compact JSON, no whitespace: what goes into storage.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        write_value(&mut out, self, None);
        f.write_str(&out)
    }
}

/// Writes `v`; `indent` is `None` for compact output, else the current depth.
fn write_value(out: &mut String, v: &Value, indent: Option<usize>) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.0),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => write_list(out, b'[', items.iter().map(|v| (None, v)), items.len(), indent),
        Value::Object(m) => write_list(out, b'{', m.iter().map(|(k, v)| (Some(k), v)), m.len(), indent),
    }
}

fn write_list<'a>(
    out: &mut String,
    open: u8,
    items: impl Iterator<Item = (Option<&'a str>, &'a Value)>,
    len: usize,
    indent: Option<usize>,
) {
    let close = if open == b'[' { ']' } else { '}' };
    out.push(open as char);
    if len == 0 {
        out.push(close);
        return;
    }
    let inner = indent.map(|d| d + 1);
    for (i, (key, value)) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        newline(out, inner);
        if let Some(key) = key {
            write_string(out, key);
            out.push_str(if indent.is_some() { ": " } else { ":" });
        }
        write_value(out, value, inner);
    }
    newline(out, indent);
    out.push(close);
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(depth) = indent {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Why a text is not JSON, and where (1-based line and column, in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.message, self.line, self.column)
    }
}

impl std::error::Error for Error {}

/// Parses one JSON value; whitespace around it is allowed, anything else is not.
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut p = Parser { text, bytes: text.as_bytes(), pos: 0 };
    let value = p.value(0)?;
    p.skip_ws();
    if p.pos < p.bytes.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, message: &'static str) -> Error {
        let before = &self.text[..floor_char_boundary(self.text, self.pos)];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Error { message, line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_ws();
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        self.skip_ws();
        match self.peek() {
            None => Err(self.error("unexpected end of input")),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => {
                for (word, value) in [("null", Value::Null), ("true", Value::Bool(true)), ("false", Value::Bool(false))]
                {
                    if self.bytes[self.pos..].starts_with(word.as_bytes()) {
                        self.pos += word.len();
                        return Ok(value);
                    }
                }
                Err(self.error("expected a value"))
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, Error> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.pos += 1;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            if self.eat(b']') {
                return Ok(Value::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.error("expected ',' or ']'"));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, Error> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.pos += 1;
        let mut pairs = Vec::new();
        if self.eat(b'}') {
            return Ok(Value::Object(Map(pairs)));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key in quotes"));
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return Err(self.error("expected ':'"));
            }
            pairs.push((key, self.value(depth)?));
            if self.eat(b'}') {
                return Ok(Value::Object(Map(dedup(pairs))));
            }
            if !self.eat(b',') {
                return Err(self.error("expected ',' or '}'"));
            }
        }
    }

    fn string(&mut self) -> Result<String, Error> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            // Stops only on ASCII bytes, so both ends are character boundaries.
            out.push_str(&self.text[start..self.pos]);
            match self.peek() {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                Some(_) => return Err(self.error("control character in a string")),
            }
        }
    }

    /// After a backslash.
    fn escape(&mut self) -> Result<char, Error> {
        let Some(b) = self.peek() else { return Err(self.error("unterminated string")) };
        self.pos += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = match first {
                    0xD800..=0xDBFF => {
                        if !self.bytes[self.pos..].starts_with(b"\\u") {
                            return Err(self.error("lone surrogate in a \\u escape"));
                        }
                        self.pos += 2;
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return Err(self.error("lone surrogate in a \\u escape"));
                        }
                        0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    }
                    0xDC00..=0xDFFF => return Err(self.error("lone surrogate in a \\u escape")),
                    c => c,
                };
                char::from_u32(code).ok_or_else(|| self.error("invalid \\u escape"))?
            }
            _ => {
                self.pos -= 1;
                return Err(self.error("invalid escape"));
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.bytes.get(self.pos..self.pos + 4).ok_or_else(|| self.error("invalid \\u escape"))?;
        let mut code = 0;
        for &d in digits {
            let v = (d as char).to_digit(16).ok_or_else(|| self.error("invalid \\u escape"))?;
            code = code * 16 + v;
        }
        self.pos += 4;
        Ok(code)
    }

    fn number(&mut self) -> Result<Value, Error> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("invalid number"));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("invalid number"));
            }
            self.digits();
        }
        Ok(Value::Number(Number(self.text[start..self.pos].to_string())))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }
}

/// A key given twice keeps its first place and its last value. Sorting indices keeps
/// this O(n log n) for a hostile object with a hundred thousand keys.
fn dedup(mut pairs: Vec<(String, Value)>) -> Vec<(String, Value)> {
    if pairs.len() < 2 {
        return pairs;
    }
    let order = crate::order::stable_order(pairs.len(), &|a, b| pairs[a].0.cmp(&pairs[b].0));
    let mut drop = vec![false; pairs.len()];
    let mut moves = Vec::new();
    for group in order.chunk_by(|&a, &b| pairs[a].0 == pairs[b].0) {
        if let [first, .., last] = *group {
            moves.push((first, last));
            for &i in &group[1..] {
                drop[i] = true;
            }
        }
    }
    let any = !moves.is_empty();
    for (first, last) in moves {
        pairs[first].1 = std::mem::take(&mut pairs[last].1);
    }
    if any {
        let mut i = 0;
        pairs.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
    }
    pairs
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Builds an object from literal pairs: `object([("id", 3.into()), …])`.
pub fn object<K: Into<String>, const N: usize>(pairs: [(K, Value); N]) -> Value {
    Value::Object(pairs.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_compact_and_indented() {
        let v = object([
            ("a", Value::from(1u32)),
            ("b", Value::Array(vec![Value::Null, true.into(), "x\"\n\u{1}é".into()])),
            ("c", Value::Object(Map::new())),
            ("d", Value::Array(vec![])),
        ]);
        assert_eq!(v.to_string(), r#"{"a":1,"b":[null,true,"x\"\n\u0001é"],"c":{},"d":[]}"#);
        assert_eq!(
            v.to_pretty(),
            "{\n  \"a\": 1,\n  \"b\": [\n    null,\n    true,\n    \"x\\\"\\n\\u0001é\"\n  ],\n  \"c\": {},\n  \"d\": []\n}"
        );
        assert_eq!(parse(&v.to_pretty()).unwrap(), v);
        assert_eq!(parse(&v.to_string()).unwrap(), v);
    }

    #[test]
    fn reads_escapes_numbers_and_order() {
        let v = parse(" {\"z\": \"\\u00e9\\ud83d\\ude00\\/\\b\", \"a\": [-0, 1.5e-3, 18446744073709551615, 18446744073709551616]} ").unwrap();
        let m = v.as_object().unwrap();
        assert_eq!(m.iter().map(|(k, _)| k).collect::<Vec<_>>(), ["z", "a"]);
        assert_eq!(m.get("z").unwrap().as_str(), Some("é😀/\u{8}"));
        let a = m.get("a").unwrap().as_array().unwrap();
        assert_eq!(a.iter().map(Value::as_u64).collect::<Vec<_>>(), [None, None, Some(u64::MAX), None]);
        assert_eq!(v.to_string(), "{\"z\":\"é😀/\\b\",\"a\":[-0,1.5e-3,18446744073709551615,18446744073709551616]}");
    }

    #[test]
    fn a_repeated_key_keeps_its_place_and_last_value() {
        let v = parse(r#"{"a": 1, "b": 2, "a": 3, "c": 4, "a": 5}"#).unwrap();
        assert_eq!(v.to_string(), r#"{"a":5,"b":2,"c":4}"#);
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            " ",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "{a:1}",
            "'x'",
            "\"\\x\"",
            "\"a\nb\"",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "NaN",
            "nul",
            "tru",
            "[1 2]",
            "{\"a\" 1}",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "\"\\u12\"",
            "{} {}",
            "[\"é",
            "\u{feff}{}",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        let e = parse("{\n  \"é\": tru\n}").unwrap_err();
        assert_eq!((e.line, e.column), (2, 8));
    }

    #[test]
    fn depth_is_limited_and_wide_objects_are_fast() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(parse(&deep).unwrap_err().message, "nested too deeply");
        assert!(parse(&"[{\"a\":".repeat(100_000)).is_err());
        let wide: Vec<String> = (0..100_000).map(|i| format!("\"k{}\":{i}", i % 50_000)).collect();
        let v = parse(&format!("{{{}}}", wide.join(","))).unwrap();
        assert_eq!(v.as_object().unwrap().len(), 50_000);
        assert_eq!(v.get("k7").and_then(Value::as_u64), Some(50_007));
    }
}
