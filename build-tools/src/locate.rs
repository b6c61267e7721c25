//! Finds the line of a JSON pointer in the spec's YAML text.
//!
//! YAML parsers that are still maintained give positions for syntax errors but not for the
//! values they produce, so problems found later (a missing description, an invalid
//! example) would otherwise name only a JSON pointer. This walks the indentation of the
//! block-style YAML we write by hand; for anything it cannot follow it answers `None` and
//! the pointer alone is reported.

/// The 1-based line where `pointer` (e.g. `/paths/~1a/get/operationId`) starts in `yaml`.
pub(crate) fn line_of(yaml: &str, pointer: &str) -> Option<usize> {
    let lines: Vec<&str> = yaml.lines().collect();
    let mut start = 0usize; // first line of the current node's body
    let mut end = lines.len(); // one past its last line
    let mut found_line = None;
    // A sequence item's keys sit two columns right of its dash, the first on its own line.
    let mut item_indent = None;
    for raw in pointer.split('/').skip(1) {
        let segment = raw.replace("~1", "/").replace("~0", "~");
        let child_indent = match item_indent.take() {
            Some(indent) => indent,
            None => body_indent(&lines[start..end])?,
        };
        let (line, body_start) = if let Ok(index) = segment.parse::<usize>() {
            let line = find_item(&lines, start, end, child_indent, index)?;
            item_indent = Some(child_indent + 2);
            (line, line)
        } else {
            find_key(&lines, start, end, child_indent, &segment)?
        };
        found_line = Some(line + 1);
        start = body_start;
        end = node_end(&lines, line, end, child_indent);
    }
    found_line
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn is_content(line: &str) -> bool {
    let t = line.trim_start();
    !t.is_empty() && !t.starts_with('#')
}

fn body_indent(lines: &[&str]) -> Option<usize> {
    lines.iter().find(|l| is_content(l)).map(|l| indent(l))
}

fn key_matches(text: &str, key: &str) -> bool {
    let text = text.trim_start();
    [format!("{key}:"), format!("\"{key}\":"), format!("'{key}':")]
        .iter()
        .any(|k| text.starts_with(k.as_str()))
}

/// Returns (line of the key, first line of its body).
fn find_key(lines: &[&str], start: usize, end: usize, at: usize, key: &str) -> Option<(usize, usize)> {
    (start..end)
        .find(|&i| is_content(lines[i]) && indent(lines[i]) == at && key_matches(lines[i], key))
        .or_else(|| {
            // The first key of a sequence item sits after "- ".
            (start..end).find(|&i| {
                let l = lines[i];
                indent(l) + 2 == at && l.trim_start().starts_with("- ") && key_matches(&l.trim_start()[2..], key)
            })
        })
        .map(|i| (i, i + 1))
}

fn find_item(lines: &[&str], start: usize, end: usize, at: usize, index: usize) -> Option<usize> {
    (start..end)
        .filter(|&i| indent(lines[i]) == at && lines[i].trim_start().starts_with('-'))
        .nth(index)
}

fn node_end(lines: &[&str], line: usize, end: usize, at: usize) -> usize {
    (line + 1..end)
        .find(|&i| is_content(lines[i]) && indent(lines[i]) <= at)
        .unwrap_or(end)
}

#[cfg(test)]
mod tests {
    use super::line_of;

    const DOC: &str = "a: 1\npaths:\n  /x/y:\n    get:\n      # note\n      operationId: go\n      parameters:\n        - name: one\n          in: query\n        - name: two\n          description: d\n";

    #[test]
    fn finds_keys_and_escaped_segments() {
        assert_eq!(line_of(DOC, "/a"), Some(1));
        assert_eq!(line_of(DOC, "/paths/~1x~1y/get/operationId"), Some(6));
    }

    #[test]
    fn finds_sequence_items_and_their_keys() {
        assert_eq!(line_of(DOC, "/paths/~1x~1y/get/parameters/1"), Some(10));
        assert_eq!(line_of(DOC, "/paths/~1x~1y/get/parameters/1/description"), Some(11));
        assert_eq!(line_of(DOC, "/paths/~1x~1y/get/parameters/0/name"), Some(8));
    }

    #[test]
    fn unknown_pointers_have_no_line() {
        assert_eq!(line_of(DOC, "/paths/~1z"), None);
        assert_eq!(line_of(DOC, "/paths/~1x~1y/get/parameters/5"), None);
    }
}
