//! Markdown writer (CommonMark with a GFM table for the payment schedule).
//! All text goes through `escape`, the one place Markdown escaping happens.

use crate::document::{Block, Document, Inline};

/// Escapes text so that Markdown shows it literally. Line breaks become hard breaks.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for (n, line) in s.split('\n').enumerate() {
        if n > 0 {
            out.push_str("\\\n");
        }
        let trimmed = line.trim_start();
        out.push_str(&line[..line.len() - trimmed.len()]);
        // A line starting like a block marker ("- ", "1. ", "# ", "> ") stays text.
        let digits = trimmed.chars().take_while(|c| c.is_ascii_digit()).count();
        for (i, c) in trimmed.char_indices() {
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' => {
                    out.push('\\');
                    out.push(c);
                }
                '-' | '+' | '=' if i == 0 => {
                    out.push('\\');
                    out.push(c);
                }
                '.' | ')' if digits > 0 && i == digits => {
                    out.push('\\');
                    out.push(c);
                }
                c if c.is_control() && c != '\t' => {}
                c => out.push(c),
            }
        }
    }
    out
}

fn inlines(items: &[Inline]) -> String {
    let mut out = String::new();
    for i in items {
        match i {
            Inline::Text(s) => out.push_str(&escape(s)),
            Inline::Strong(s) if !s.trim().is_empty() => {
                out.push_str("**");
                out.push_str(&escape(s));
                out.push_str("**");
            }
            Inline::Em(s) if !s.trim().is_empty() => {
                out.push('*');
                out.push_str(&escape(s));
                out.push('*');
            }
            Inline::Strong(s) | Inline::Em(s) => out.push_str(&escape(s)),
            Inline::Blank => out.push_str("……………………"),
        }
    }
    out
}

fn blocks(items: &[Block], out: &mut String) {
    for b in items {
        match b {
            Block::Article(a) => {
                out.push_str(&format!("## Article {}\u{a0}– {}\n\n", a.number, escape(&a.title)));
                blocks(&a.body, out);
            }
            Block::Parties(parties) => {
                for p in parties {
                    out.push_str(&format!("### {}\n\n", escape(&p.role)));
                    let lines: Vec<String> = p.lines.iter().map(|l| inlines(l)).collect();
                    out.push_str(&lines.join("\\\n"));
                    out.push_str("\n\n");
                }
            }
            Block::Paragraph(p) => {
                out.push_str(&inlines(p));
                out.push_str("\n\n");
            }
            Block::List { ordered, items } => {
                for (n, i) in items.iter().enumerate() {
                    if *ordered {
                        out.push_str(&format!("{}. ", n + 1));
                    } else {
                        out.push_str("- ");
                    }
                    out.push_str(&inlines(i).replace("\\\n", "\\\n  "));
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Table(t) => {
                // A table row is one line: a line break in a cell (which `escape` would
                // turn into a hard break) would end the row, so it becomes a space.
                let cell = |c: &String| escape(&c.replace(['\n', '\r'], " "));
                let row =
                    |cells: &[String]| format!("| {} |\n", cells.iter().map(cell).collect::<Vec<_>>().join(" | "));
                out.push_str(&row(&t.header));
                let rule: Vec<&str> =
                    (0..t.header.len()).map(|i| if t.right_aligned.contains(&i) { "---:" } else { "---" }).collect();
                out.push_str(&format!("| {} |\n", rule.join(" | ")));
                for r in &t.rows {
                    out.push_str(&row(r));
                }
                out.push('\n');
            }
            Block::Signatures(s) => {
                out.push_str(&escape(&s.place_and_date));
                out.push_str("\n\n");
                for p in &s.parties {
                    out.push_str(&format!("**{}**\\\n{}", escape(&p.role), escape(&p.name)));
                    if !p.capacity.is_empty() {
                        out.push_str(&format!("\\\n{}", escape(&p.capacity)));
                    }
                    out.push_str(&format!("\\\n*{}*\n\n", escape(&p.mention)));
                }
            }
            // Markdown has no drawing: the caption says whose signature was drawn.
            Block::Drawings(drawings) => {
                for d in drawings {
                    out.push_str(&format!("*{}*\n\n", escape(&d.caption)));
                }
            }
        }
    }
}

/// The whole contract as Markdown.
pub fn write(doc: &Document) -> String {
    let mut out = String::with_capacity(32 * 1024);
    if let Some(mark) = &doc.draft_mark {
        out.push_str(&format!("> **{}**\n\n", escape(mark)));
    }
    if let Some(stamp) = &doc.stamp {
        out.push_str(&format!("{}\n\n", escape(stamp)));
    }
    out.push_str(&format!("# {}\n\n", escape(&doc.title)));
    if !doc.subtitle.is_empty() {
        out.push_str(&format!("**{}**\n\n", escape(&doc.subtitle)));
    }
    blocks(&doc.blocks, &mut out);
    for a in &doc.annexes {
        out.push_str(&format!("---\n\n## {}\n\n", escape(&a.title)));
        blocks(&a.body, &mut out);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
