//! Writing into the spec's text rather than re-serializing it, so that every comment (each
//! `WIRE:` note) and the hand-written layout stay as they are.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::Value;

use super::yaml::{emit_list, emit_map};

/// `spec_text` with the operation `blocks` (by path), the new component `schemas` and the
/// new `ApiError` variants `codes` added.
pub(super) fn with_additions(
    spec_text: &str,
    blocks: &[(String, String)],
    schemas: &BTreeMap<String, Value>,
    codes: &[Value],
) -> Result<String, String> {
    let mut text = spec_text.to_owned();
    for (path, block) in blocks {
        text = insert_operation(&text, path, block)?;
    }
    let mut added = String::new();
    for (name, schema) in schemas {
        writeln!(added, "\n    {name}:").ok();
        emit_map(&mut added, schema, 6);
    }
    text = insert_at_block_end(&text, "  schemas:", 2, &added)?;
    let mut variants = String::new();
    for variant in codes {
        emit_list(&mut variants, std::slice::from_ref(variant), 8);
    }
    insert_at_block_end(&text, "    ApiError:", 4, &variants)
}

/// Inserts an operation block under its path item (a new one before `components:`).
fn insert_operation(text: &str, path: &str, block: &str) -> Result<String, String> {
    let header = format!("  {path}:");
    if text.lines().any(|line| line == header) {
        return insert_at_block_end(text, &header, 2, block);
    }
    let mut lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|line| *line == "components:")
        .ok_or("the spec has no top-level `components:` line")?;
    let item = format!("{header}\n{block}");
    lines.insert(at, &item);
    Ok(join(&lines))
}

/// Inserts `addition` at the end of the block that starts at the line `header` (indented
/// `indent` spaces): before the next line indented as little or less, or at the end.
fn insert_at_block_end(text: &str, header: &str, indent: usize, addition: &str) -> Result<String, String> {
    if addition.is_empty() {
        return Ok(text.to_owned());
    }
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|line| *line == header)
        .ok_or_else(|| format!("the spec has no line `{header}`"))?;
    let ends_block = |line: &&str| {
        let content = line.trim_start();
        !content.is_empty() && !content.starts_with('#') && line.len() - content.len() <= indent
    };
    let mut end = lines[start + 1..]
        .iter()
        .position(ends_block)
        .map_or(lines.len(), |offset| start + 1 + offset);
    // Comments and blank lines just above the next block belong to it.
    while end > start + 1 && (lines[end - 1].trim().is_empty() || lines[end - 1].trim_start().starts_with('#')) {
        end -= 1;
    }
    let mut out: Vec<&str> = lines[..end].to_vec();
    let addition = addition.trim_end_matches('\n');
    out.push(addition);
    out.extend_from_slice(&lines[end..]);
    Ok(join(&out))
}

fn join(lines: &[&str]) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insertion_lands_at_the_end_of_the_block() {
        let text = "a:\n  b:\n    x: 1\n  # about c\n  c:\n    y: 2\nz: 3\n";
        let out = insert_at_block_end(text, "  b:", 2, "    w: 0\n").expect("b exists");
        assert_eq!(out, "a:\n  b:\n    x: 1\n    w: 0\n  # about c\n  c:\n    y: 2\nz: 3\n");
    }
}
