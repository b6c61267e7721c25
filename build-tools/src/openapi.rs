//! The OpenAPI plumbing every reader of a document needs, written once: the HTTP methods a
//! path item may hold, JSON-pointer segments, local `$ref` resolution and single-element
//! `allOf` unwrapping. Works on any OpenAPI 3.0 document (or JSON Schema) held as JSON, so
//! `spec`, `facts`, `validate` and the workspace tests read ours and the vendor's alike.

use serde_json::Value;

/// The operations a path item may hold, in the order OpenAPI lists them.
pub const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// How many `$ref`s in a row are followed before a chain is taken to be a loop.
const MAX_HOPS: usize = 16;

/// Escapes one JSON pointer segment (`/x/y` → `~1x~1y`).
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// The value a local reference (`#/components/...`) points to inside `document`.
pub fn target<'a>(document: &'a Value, reference: &str) -> Option<&'a Value> {
    reference
        .strip_prefix('#')
        .and_then(|pointer| document.pointer(pointer))
}

/// A member of a query group that names one object by one of its keys: `x[key]` →
/// (`x`, `key`). Katapult takes a lookup in a query as such a group (`virtual_machine[id]`,
/// `virtual_machine[fqdn]`), of which exactly one may be given.
pub fn lookup_group_member(name: &str) -> Option<(&str, &str)> {
    let (prefix, rest) = name.split_once('[')?;
    let key = rest.strip_suffix(']')?;
    let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    (word(prefix) && word(key)).then_some((prefix, key))
}

/// The component a query group `x[key]` takes its one-key lookup type from: `x` →
/// `XLookup` (`virtual_machine` → `VirtualMachineLookup`). The generator reads the group as
/// that type, so the group uses the component as a `$ref` would.
pub fn lookup_schema_name(prefix: &str) -> String {
    format!("{}Lookup", heck::ToUpperCamelCase::to_upper_camel_case(prefix))
}

/// Whether a request path matches a spec path template: each `{name}` segment stands for
/// one non-empty segment, every other segment must be equal.
pub fn path_matches(template: &str, path: &str) -> bool {
    let (mut template, mut path) = (template.split('/'), path.split('/'));
    loop {
        match (template.next(), path.next()) {
            (None, None) => return true,
            (Some(t), Some(p)) if t == p || (t.starts_with('{') && t.ends_with('}') && !p.is_empty()) => {}
            _ => return false,
        }
    }
}

/// The keys of a one-key lookup schema (a `oneOf` of objects, each requiring exactly one
/// property): `VirtualMachineLookup` → `["id", "fqdn"]`. `None` for any other schema.
pub fn lookup_keys(document: &Value, schema: &Value) -> Option<Vec<String>> {
    let schema = resolve(document, schema).ok()?;
    let schema = match single_all_of(schema) {
        Some(inner) => resolve(document, inner).ok()?,
        None => schema,
    };
    let members = schema.get("oneOf")?.as_array()?;
    members
        .iter()
        .map(|member| {
            let member = resolve(document, member).ok()?;
            match member.get("required")?.as_array()?.as_slice() {
                [key] => key.as_str().map(str::to_owned),
                _ => None,
            }
        })
        .collect()
}

/// The scopes an operation's `security` requirements name, each once, in order.
pub fn scopes(operation: &Value) -> Vec<String> {
    let mut scopes: Vec<String> = Vec::new();
    let requirements = operation.get("security").and_then(Value::as_array);
    for requirement in requirements.into_iter().flatten().filter_map(Value::as_object) {
        for scope in requirement
            .values()
            .filter_map(Value::as_array)
            .flatten()
            .filter_map(Value::as_str)
        {
            if !scopes.iter().any(|s| s == scope) {
                scopes.push(scope.to_owned());
            }
        }
    }
    scopes
}

/// A value with its `$ref`s followed.
#[derive(Debug, Clone, Copy)]
pub struct Resolved<'a> {
    /// The first value on the chain without a `$ref`; or, when a reference does not
    /// resolve (or the chain loops), the last value reached, still holding its `$ref`.
    pub value: &'a Value,
    /// The last reference followed (`#/components/...`), if any was.
    pub reference: Option<&'a str>,
    /// Whether the chain ended at a value without a `$ref`.
    pub complete: bool,
}

impl<'a> Resolved<'a> {
    /// The resolved value, only if every reference on the chain resolved.
    pub fn ok(self) -> Option<&'a Value> {
        self.complete.then_some(self.value)
    }

    /// Where the resolved value lives: the last reference followed, or `at` (the pointer of
    /// the value resolution started from) when there was none.
    pub fn pointer(&self, at: String) -> String {
        self.reference.map_or(at, str::to_owned)
    }
}

/// Follows local `$ref`s from `value` inside `document`.
pub fn resolve<'a>(document: &'a Value, mut value: &'a Value) -> Resolved<'a> {
    let mut reference = None;
    for _ in 0..MAX_HOPS {
        let Some(next) = value.get("$ref").and_then(Value::as_str) else {
            return Resolved {
                value,
                reference,
                complete: true,
            };
        };
        match target(document, next) {
            Some(found) => {
                value = found;
                reference = Some(next);
            }
            None => break,
        }
    }
    Resolved {
        value,
        reference,
        complete: false,
    }
}

/// The only member of a single-element `allOf` (how schemars and some generators wrap a
/// `$ref` to add a description or `nullable`), or `None` for any other schema.
pub fn single_all_of(schema: &Value) -> Option<&Value> {
    match schema.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
        Some([only]) => Some(only),
        _ => None,
    }
}

/// A schema with `$ref`s followed and single-element `allOf` wrappers removed.
#[derive(Debug, Clone)]
pub struct Unwrapped<'a> {
    /// The schema underneath.
    pub schema: &'a Value,
    /// Its JSON pointer (`#/components/...` once a reference was followed).
    pub pointer: String,
    /// Whether the schema or any wrapper on the way said `nullable: true`.
    pub nullable: bool,
}

/// Unwraps `schema`, found at `at`, down to the schema that describes the value.
pub fn unwrap<'a>(document: &'a Value, schema: &'a Value, at: String) -> Unwrapped<'a> {
    let resolved = resolve(document, schema);
    let mut out = Unwrapped {
        schema: resolved.value,
        pointer: resolved.pointer(at),
        nullable: is_nullable(resolved.value),
    };
    for _ in 0..MAX_HOPS {
        let Some(only) = single_all_of(out.schema) else { break };
        let inner = resolve(document, only);
        out.pointer = inner.pointer(format!("{}/allOf/0", out.pointer));
        out.schema = inner.value;
        out.nullable |= is_nullable(inner.value);
    }
    out
}

fn is_nullable(schema: &Value) -> bool {
    schema.get("nullable").and_then(Value::as_bool).unwrap_or(false)
}

/// The operation extension that marks an operation whose method on `Client` is written by
/// hand (it takes positional arguments, say). Its request type is still generated, for the
/// hand-written method to use; only the method is left out.
pub const HAND_WRITTEN_METHOD: &str = "x-hand-written-method";

/// One operation of a document.
#[derive(Debug, Clone, Copy)]
pub struct Operation<'a> {
    /// The path, e.g. `/virtual_machines/virtual_machine/allocate_ip`.
    pub path: &'a str,
    /// The method, lower case as written (`get`, `post`, …).
    pub method: &'static str,
    /// The operation object.
    pub value: &'a Value,
    /// The path item holding it (for parameters shared by every method).
    pub path_item: &'a Value,
}

impl Operation<'_> {
    /// Its JSON pointer, e.g. `/paths/~1x/get`.
    pub fn pointer(&self) -> String {
        format!("/paths/{}/{}", escape(self.path), self.method)
    }

    /// Its `operationId`, if it has one.
    pub fn id(&self) -> Option<&str> {
        self.value.get("operationId").and_then(Value::as_str)
    }

    /// Whether its method on `Client` is written by hand ([`HAND_WRITTEN_METHOD`]).
    pub fn has_hand_written_method(&self) -> bool {
        self.value.get(HAND_WRITTEN_METHOD).and_then(Value::as_bool) == Some(true)
    }

    /// `METHOD /path`, how the vendor's pages and our reports name an operation.
    pub fn key(&self) -> String {
        format!("{} {}", self.method.to_uppercase(), self.path)
    }
}

/// Every operation of `document`, in document order (paths as written, methods in
/// [`METHODS`] order).
pub fn operations(document: &Value) -> Vec<Operation<'_>> {
    let Some(paths) = document.get("paths").and_then(Value::as_object) else {
        return Vec::new();
    };
    paths
        .iter()
        .flat_map(|(path, item)| {
            METHODS.iter().filter_map(move |&method| {
                item.get(method).map(|value| Operation {
                    path,
                    method,
                    value,
                    path_item: item,
                })
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn references_are_followed_and_dangling_ones_reported() {
        let doc = json!({
            "components": {"schemas": {
                "A": {"$ref": "#/components/schemas/B"},
                "B": {"type": "string"},
                "Loop": {"$ref": "#/components/schemas/Loop"},
            }},
        });
        let start = json!({"$ref": "#/components/schemas/A"});
        let resolved = resolve(&doc, &start);
        assert_eq!(resolved.ok(), Some(&json!({"type": "string"})));
        assert_eq!(resolved.pointer("#/x".into()), "#/components/schemas/B");
        assert!(resolve(&doc, &json!({"$ref": "#/nowhere"})).ok().is_none());
        assert!(
            resolve(&doc, &json!({"$ref": "#/components/schemas/Loop"}))
                .ok()
                .is_none()
        );
        assert_eq!(resolve(&doc, &json!(1)).pointer("#/x".into()), "#/x");
    }

    #[test]
    fn single_all_of_wrappers_are_unwrapped_with_their_nullability() {
        let doc = json!({"components": {"schemas": {"B": {"type": "object"}}}});
        let wrapped = json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/B"}]});
        let unwrapped = unwrap(&doc, &wrapped, "#/here".into());
        assert_eq!(unwrapped.schema, &json!({"type": "object"}));
        assert_eq!(unwrapped.pointer, "#/components/schemas/B");
        assert!(unwrapped.nullable);
        let two = json!({"allOf": [{"type": "object"}, {"type": "object"}]});
        assert!(single_all_of(&two).is_none());
    }

    #[test]
    fn operations_are_listed_with_pointers_and_keys() {
        let doc = json!({"paths": {"/a/b": {"parameters": [], "post": {"operationId": "go"}, "get": {}}}});
        let ops = operations(&doc);
        let keys: Vec<String> = ops.iter().map(Operation::key).collect();
        assert_eq!(keys, ["GET /a/b", "POST /a/b"]);
        assert_eq!(ops[1].pointer(), "/paths/~1a~1b/post");
        assert_eq!(ops[1].id(), Some("go"));
        assert_eq!(escape("a~b/c"), "a~0b~1c");
    }
}
