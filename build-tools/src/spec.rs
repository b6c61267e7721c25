//! Loading the spec: YAML text → JSON value (for pointers and validation) → `openapiv3`
//! document (for progenitor), and the example payloads the spec points to.

use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::locate;
use crate::openapi::{self, Operation, escape};

/// The spec, loaded and parsed, with its source kept for error locations.
#[derive(Debug, Clone)]
pub struct Spec {
    path: PathBuf,
    text: String,
    raw: Value,
    document: openapiv3::OpenAPI,
}

/// Why the spec could not be loaded. Each names the file and, where known, the line.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The file could not be read.
    #[error("{path}: cannot read the spec: {source}")]
    Read {
        /// The spec file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is not valid YAML.
    #[error("{path}{}: not valid YAML: {message}", at_line(*line))]
    Yaml {
        /// The spec file.
        path: PathBuf,
        /// The 1-based line of the error, when the parser knows it.
        line: Option<usize>,
        /// What the parser said.
        message: String,
    },
    /// The YAML is not an OpenAPI 3.0 document.
    #[error("{path}{}: not an OpenAPI 3.0 document at {pointer}: {message}", at_line(*line))]
    OpenApi {
        /// The spec file.
        path: PathBuf,
        /// The 1-based line of the offending value, when it can be found.
        line: Option<usize>,
        /// A JSON pointer to the offending value.
        pointer: String,
        /// What did not fit.
        message: String,
    },
}

fn at_line(line: Option<usize>) -> String {
    line.map(|l| format!(":{l}")).unwrap_or_default()
}

/// One example payload of one response, as the spec points to it.
#[derive(Debug, Clone)]
pub struct Example {
    /// The `operationId` of the operation it belongs to.
    pub operation_id: String,
    /// The HTTP status of the response, e.g. `"200"`.
    pub status: String,
    /// The example's name in the spec.
    pub name: String,
    /// A JSON pointer to the example in the spec.
    pub pointer: String,
    /// The example file (`externalValue`), if the example is not inline.
    pub file: Option<PathBuf>,
    /// The media type's schema, as written in the spec (usually a `$ref`).
    pub schema: Value,
    /// The payload, or why it could not be read.
    pub value: Result<Value, String>,
}

impl Spec {
    /// Reads and parses the spec at `path`.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let text = std::fs::read_to_string(path).map_err(|source| LoadError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::parse(path, text)
    }

    /// Parses spec text as if read from `path` (used for error messages and for resolving
    /// example files relative to it).
    pub fn parse(path: &Path, text: String) -> Result<Self, LoadError> {
        let raw: Value = serde_yaml_ng::from_str(&text).map_err(|e| LoadError::Yaml {
            path: path.to_path_buf(),
            line: e.location().map(|l| l.line()),
            message: e.to_string(),
        })?;
        let document: openapiv3::OpenAPI = serde_path_to_error::deserialize(&raw).map_err(|e| {
            let (pointer, message) = narrow_path_error(&raw)
                .unwrap_or_else(|| (pointer_from_serde_path(&e.path().to_string()), e.inner().to_string()));
            LoadError::OpenApi {
                path: path.to_path_buf(),
                line: locate::line_of(&text, &pointer),
                message,
                pointer,
            }
        })?;
        Ok(Spec {
            path: path.to_path_buf(),
            text,
            raw,
            document,
        })
    }

    /// The same spec (its file, for error messages and example paths) with another
    /// document: a part of it, say ([`Spec::for_families`]).
    pub fn with_document(&self, raw: Value) -> Result<Self, LoadError> {
        let document: openapiv3::OpenAPI = serde_json::from_value(raw.clone()).map_err(|e| LoadError::OpenApi {
            path: self.path.clone(),
            line: None,
            pointer: String::new(),
            message: e.to_string(),
        })?;
        Ok(Spec {
            path: self.path.clone(),
            text: self.text.clone(),
            raw,
            document,
        })
    }

    /// The file the spec was read from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The spec as a JSON value, exactly as written.
    pub fn raw(&self) -> &Value {
        &self.raw
    }

    /// The spec as an OpenAPI document.
    pub fn document(&self) -> &openapiv3::OpenAPI {
        &self.document
    }

    /// The 1-based line where `pointer` starts in the spec's text, when it can be found.
    pub fn line_of(&self, pointer: &str) -> Option<usize> {
        locate::line_of(&self.text, pointer)
    }

    /// `path:line` for a pointer, for messages.
    pub fn location(&self, pointer: &str) -> String {
        format!("{}{}", self.path.display(), at_line(self.line_of(pointer)))
    }

    /// Resolves a local `$ref` (`#/components/...`) to the value it points to.
    pub fn resolve_ref(&self, reference: &str) -> Option<&Value> {
        openapi::target(&self.raw, reference)
    }

    /// Follows `$ref`s from `value`; `None` if one does not resolve or the chain loops.
    pub fn deref<'a>(&'a self, value: &'a Value) -> Option<&'a Value> {
        openapi::resolve(&self.raw, value).ok()
    }

    /// The files the generated code depends on: the spec and every example file.
    pub fn inputs(&self) -> Vec<PathBuf> {
        // Every `externalValue` the document names, found without reading the files: the
        // build scripts call this before they read the examples themselves.
        fn external_values<'v>(value: &'v Value, out: &mut Vec<&'v str>) {
            match value {
                Value::Object(map) => {
                    if let Some(Value::String(file)) = map.get("externalValue") {
                        out.push(file);
                    }
                    map.values().for_each(|v| external_values(v, out));
                }
                Value::Array(items) => items.iter().for_each(|v| external_values(v, out)),
                _ => {}
            }
        }
        let base = self.path.parent().unwrap_or(Path::new("."));
        let mut files = Vec::new();
        external_values(&self.raw, &mut files);
        let mut inputs = vec![self.path.clone()];
        inputs.extend(files.into_iter().map(|file| base.join(file)));
        inputs.sort();
        inputs.dedup();
        inputs
    }

    /// The operations, in document order.
    pub fn operations(&self) -> Vec<Operation<'_>> {
        openapi::operations(&self.raw)
    }

    /// Every response example of every operation, with its payload read.
    pub fn examples(&self) -> Vec<Example> {
        self.examples_at(|_| true)
    }

    /// The response examples of the statuses `keep` accepts (`"404"`, `"default"`), only
    /// theirs read: the generator needs the error examples alone.
    pub fn examples_at(&self, keep: impl Fn(&str) -> bool) -> Vec<Example> {
        let mut out = Vec::new();
        let base = self.path.parent().unwrap_or(Path::new("."));
        for operation in self.operations() {
            let op_pointer = operation.pointer();
            let operation_id = operation.id().unwrap_or_default().to_owned();
            let Some(responses) = operation.value.get("responses").and_then(Value::as_object) else {
                continue;
            };
            for (status, response) in responses.iter().filter(|(status, _)| keep(status)) {
                let mut pointer = format!("{op_pointer}/responses/{}", escape(status));
                // A response may itself be a $ref; its examples then live at the target.
                if let Some(r) = response.get("$ref").and_then(Value::as_str) {
                    pointer = r.trim_start_matches('#').to_string();
                }
                let Some(response) = self.deref(response) else { continue };
                let Some(content) = response.get("content").and_then(Value::as_object) else {
                    continue;
                };
                for (media, media_obj) in content {
                    let media_pointer = format!("{pointer}/content/{}", escape(media));
                    let schema = media_obj.get("schema").cloned().unwrap_or(Value::Null);
                    if let Some(value) = media_obj.get("example") {
                        out.push(Example {
                            operation_id: operation_id.clone(),
                            status: status.clone(),
                            name: "example".into(),
                            pointer: format!("{media_pointer}/example"),
                            file: None,
                            schema: schema.clone(),
                            value: Ok(value.clone()),
                        });
                    }
                    let examples = media_obj.get("examples").and_then(Value::as_object);
                    for (name, example) in examples.into_iter().flatten() {
                        let example_pointer = format!("{media_pointer}/examples/{}", escape(name));
                        let (file, value) = self.example_value(base, example);
                        out.push(Example {
                            operation_id: operation_id.clone(),
                            status: status.clone(),
                            name: name.clone(),
                            pointer: example_pointer,
                            file,
                            schema: schema.clone(),
                            value,
                        });
                    }
                }
            }
        }
        out
    }

    fn example_value(&self, base: &Path, example: &Value) -> (Option<PathBuf>, Result<Value, String>) {
        let Some(example) = self.deref(example) else {
            return (None, Err("its $ref does not resolve".into()));
        };
        if let Some(value) = example.get("value") {
            return (None, Ok(value.clone()));
        }
        let Some(relative) = example.get("externalValue").and_then(Value::as_str) else {
            return (None, Err("it has neither `value` nor `externalValue`".into()));
        };
        let file = base.join(relative);
        // A `.txt` example is a text answer's body, as it is; any other is JSON.
        let is_text = file.extension().is_some_and(|e| e == "txt");
        let value = std::fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))
            .and_then(|text| {
                if is_text {
                    return Ok(Value::String(text));
                }
                serde_json::from_str(&text).map_err(|e| format!("{}:{}: not valid JSON: {e}", file.display(), e.line()))
            });
        (Some(file), value)
    }
}

impl fmt::Display for Example {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} example `{}`", self.operation_id, self.status, self.name)?;
        if let Some(file) = &self.file {
            write!(f, " ({})", file.display())?;
        }
        Ok(())
    }
}

/// openapiv3 reads path items through untagged enums, which hide where inside an
/// operation the error is; parsing each operation on its own finds it.
fn narrow_path_error(raw: &Value) -> Option<(String, String)> {
    for (path, item) in raw.get("paths")?.as_object()? {
        for (method, op) in item.as_object()? {
            if !op.is_object() || method == "parameters" {
                continue;
            }
            if let Err(e) = serde_path_to_error::deserialize::<_, openapiv3::Operation>(op) {
                let inner = pointer_from_serde_path(&e.path().to_string());
                let pointer = format!("/paths/{}/{method}{inner}", escape(path));
                return Some((pointer, e.inner().to_string()));
            }
        }
    }
    None
}

/// `paths./x.get.operationId` (serde_path_to_error's form) → `/paths/~1x/get/operationId`.
fn pointer_from_serde_path(path: &str) -> String {
    if path == "." {
        return String::new();
    }
    // Keys containing dots are rare in OpenAPI; good enough for a message.
    let mut pointer = String::new();
    for segment in path.split('.') {
        let segment = segment.trim_start_matches('[').trim_end_matches(']');
        pointer.push('/');
        pointer.push_str(&escape(segment));
    }
    pointer
}
