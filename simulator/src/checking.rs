//! Checking a request against its operation's contract, as the service checks it: the
//! lookups, required arguments, integer bounds and arrays of the query, and the body
//! against its schema (a small checker of what request bodies need, [`conforms`]).

use serde_json::Value;

use crate::errors::ApiFailure;
use crate::from_spec::{Arguments, Contract, QueryParameter};
use crate::{arguments, query};

impl Contract {
    /// Checks the request's arguments and gives the example answer; the caller has
    /// authorised it for [`scopes`](Self::scopes).
    pub(crate) fn answer(&self, query: &str, body: &[u8]) -> Result<(u16, Value), ApiFailure> {
        let params = arguments::query(query)?;
        let body = match &self.body {
            Some(_) => Some(arguments::json_body(&self.endpoint, body)?),
            None => None,
        };
        for lookup in &self.lookups {
            let keys: Vec<&str> = lookup.keys.iter().map(String::as_str).collect();
            let description = lookup.description.as_deref();
            match (lookup.location.as_str(), &body) {
                ("body", Some(body)) => {
                    let description = description.unwrap_or_default();
                    if self.body_requires(&lookup.argument) {
                        arguments::body_lookup(&self.endpoint, body, &lookup.argument, &keys, description)?;
                    } else {
                        arguments::optional_body_lookup(&self.endpoint, body, &lookup.argument, &keys, description)?;
                    }
                }
                _ => {
                    arguments::query_lookup(&self.endpoint, &params, &lookup.argument, &keys, description)?;
                }
            }
        }
        // Arrays of argument sets (`x[][field]`), by argument: their fields, in the spec's
        // order, and the description of the first.
        let mut item_arrays: Vec<(String, Vec<String>, Option<&str>)> = Vec::new();
        for parameter in &self.query {
            let description = parameter.description.as_deref();
            if let Some((array, field)) = query::array_item_field(&parameter.name) {
                match item_arrays.iter_mut().find(|(name, ..)| *name == array) {
                    Some((_, fields, _)) => fields.push(field),
                    None => item_arrays.push((array, vec![field], description)),
                }
                continue;
            }
            let value = query::value_at(&params, &parameter.name);
            let missing = || ApiFailure::missing_required_argument(&parameter.name, description.unwrap_or_default());
            if parameter.schema.get("type").and_then(Value::as_str) == Some("array") {
                if parameter.required && value.is_none_or(Value::is_null) {
                    return Err(missing());
                }
                continue;
            }
            let raw = arguments::scalar(&self.endpoint, &parameter.name, value, description)?;
            if raw.is_none() && parameter.required {
                return Err(missing());
            }
            if let Some(bounds) = &parameter.integer {
                let minimum = bounds.minimum.unwrap_or(i64::MIN);
                arguments::integer_argument(
                    &self.endpoint,
                    &parameter.name,
                    raw,
                    minimum.max(0),
                    (minimum, bounds.maximum),
                )?;
            } else if let Some(raw) = raw {
                self.check_scalar(parameter, raw)?;
            }
        }
        for (array, fields, description) in &item_arrays {
            let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
            arguments::argument_set_items(&self.endpoint, &params, array, &fields, *description)?;
        }
        if let (Some(contract), Some(body)) = (&self.body, &body) {
            for name in &contract.required {
                if body.get(name).is_none_or(Value::is_null) {
                    let description = contract.descriptions.get(name).cloned().flatten();
                    return Err(ApiFailure::missing_required_argument(
                        name,
                        description.as_deref().unwrap_or_default(),
                    ));
                }
            }
            // A lookup left out was read above; one given must be as the schema says (not
            // null, where the spec does not admit it).
            if let Err(mismatch) = conforms(&contract.schema, body, &mut Vec::new()) {
                let argument = mismatch.path.first().cloned().unwrap_or_else(|| "body".to_owned());
                let description = contract.descriptions.get(&argument).cloned().flatten();
                let (issue, issue_description) = if mismatch.wrong_type {
                    ("invalid_scalar", "The value provided was not of the expected type")
                } else {
                    ("validation_error", "A validation rule was not met")
                };
                return Err(ApiFailure::invalid_argument(
                    &self.endpoint,
                    &argument,
                    description.as_deref(),
                    issue,
                    issue_description,
                    &[format!("{}: {}", mismatch.path.join("."), mismatch.reason)],
                ));
            }
        }
        Ok((self.answer.status, self.answer.body.clone()))
    }
}

impl Contract {
    /// The arguments of a request [`answer`](Self::answer) has accepted: its query, its
    /// body and the lookups given.
    pub(crate) fn arguments(&'static self, query: &str, body: &[u8]) -> Result<Arguments, ApiFailure> {
        let params = arguments::query(query)?;
        let body = match &self.body {
            Some(_) => arguments::json_body(&self.endpoint, body)?,
            None => Value::Object(serde_json::Map::new()),
        };
        let mut lookups = Vec::new();
        for lookup in &self.lookups {
            let keys: Vec<&'static str> = lookup.keys.iter().map(String::as_str).collect();
            let description = lookup.description.as_deref();
            let given = if lookup.location == "body" {
                arguments::optional_body_lookup(
                    &self.endpoint,
                    &body,
                    &lookup.argument,
                    &keys,
                    description.unwrap_or_default(),
                )?
            } else {
                Some(arguments::query_lookup(
                    &self.endpoint,
                    &params,
                    &lookup.argument,
                    &keys,
                    description,
                )?)
            };
            if let Some((key, value)) = given {
                lookups.push((lookup.argument.as_str(), key, value));
            }
        }
        Ok(Arguments { params, body, lookups })
    }

    /// Whether the body's schema lists `property` as required: a lookup it does not list
    /// may be left out.
    fn body_requires(&self, property: &str) -> bool {
        self.body
            .as_ref()
            .is_some_and(|body| body.required.iter().any(|r| r == property))
    }

    /// A query value that is not an integer, read as its schema's type and checked
    /// against it: a boolean is `true`, `false`, `1` or `0`; a number parses; a string
    /// meets its length and `enum`.
    fn check_scalar(&self, parameter: &QueryParameter, raw: &str) -> Result<(), ApiFailure> {
        let invalid = |issue: &str, issue_description: &str, errors: &[String]| {
            ApiFailure::invalid_argument(
                &self.endpoint,
                &parameter.name,
                parameter.description.as_deref(),
                issue,
                issue_description,
                errors,
            )
        };
        let wrong_type = || invalid("invalid_scalar", "The value provided was not of the expected type", &[]);
        let value = match parameter.schema.get("type").and_then(Value::as_str) {
            Some("boolean") => match raw {
                "true" | "1" => Value::Bool(true),
                "false" | "0" => Value::Bool(false),
                _ => return Err(wrong_type()),
            },
            Some("number") => match raw.trim().parse::<f64>().ok().and_then(serde_json::Number::from_f64) {
                Some(number) => Value::Number(number),
                None => return Err(wrong_type()),
            },
            Some("string") => Value::String(raw.to_owned()),
            _ => return Ok(()),
        };
        // A lookup key left empty counts as not given; its group is checked on its own.
        if raw.is_empty()
            && self
                .lookups
                .iter()
                .any(|l| parameter.name.starts_with(&format!("{}[", l.argument)))
        {
            return Ok(());
        }
        conforms(&parameter.schema, &value, &mut Vec::new())
            .map_err(|mismatch| invalid("validation_error", "A validation rule was not met", &[mismatch.reason]))
    }
}

/// Where and how a value breaks its schema.
#[derive(Debug)]
pub(crate) struct Mismatch {
    path: Vec<String>,
    reason: String,
    /// A value of the wrong type (rather than one outside the rules for its type).
    wrong_type: bool,
}

/// Whether `value` conforms to `schema`, as far as request bodies need: types, `nullable`,
/// `enum`, string lengths, number bounds, required and unknown properties, items, and
/// `oneOf` (exactly one) and `allOf` (every one).
pub(crate) fn conforms(schema: &Value, value: &Value, path: &mut Vec<String>) -> Result<(), Mismatch> {
    let fail = |path: &[String], reason: String, wrong_type: bool| {
        Err(Mismatch {
            path: path.to_vec(),
            reason,
            wrong_type,
        })
    };
    if value.is_null() {
        // Only a schema that says nothing of its value (no type, form or values) admits
        // `null` without `nullable`; a lookup (`oneOf` of keys) does not.
        let says_nothing = ["type", "oneOf", "allOf", "properties", "enum"]
            .iter()
            .all(|key| schema.get(*key).is_none());
        return if schema.get("nullable") == Some(&Value::Bool(true)) || says_nothing {
            Ok(())
        } else {
            fail(path, "must not be null".into(), true)
        };
    }
    for part in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        conforms(part, value, path)?;
    }
    if let Some(members) = schema.get("oneOf").and_then(Value::as_array) {
        let matching = members
            .iter()
            .filter(|m| conforms(m, value, &mut path.clone()).is_ok())
            .count();
        if matching != 1 {
            return fail(
                path,
                format!("must match exactly one of {} forms, matches {matching}", members.len()),
                false,
            );
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(value)
    {
        return fail(path, format!("must be one of {}", Value::Array(allowed.clone())), false);
    }
    let number = |key: &str| schema.get(key).and_then(Value::as_f64);
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => {
            let Some(text) = value.as_str() else {
                return fail(path, "must be a string".into(), true);
            };
            let length = text.chars().count() as u64;
            if schema
                .get("minLength")
                .and_then(Value::as_u64)
                .is_some_and(|min| length < min)
            {
                return fail(path, "is too short".into(), false);
            }
            if schema
                .get("maxLength")
                .and_then(Value::as_u64)
                .is_some_and(|max| length > max)
            {
                return fail(path, "is too long".into(), false);
            }
        }
        Some(kind @ ("integer" | "number")) => {
            let Some(n) = value.as_f64() else {
                return fail(path, format!("must be an {kind}"), true);
            };
            // The service's JSON parser (Ruby's) reads any whole number as an Integer,
            // however large; only a fraction is not one.
            if kind == "integer" && !(value.is_i64() || value.is_u64() || n.fract() == 0.0) {
                return fail(path, "must be an integer".into(), true);
            }
            if number("minimum").is_some_and(|min| n < min) || number("maximum").is_some_and(|max| n > max) {
                return fail(path, "is out of bounds".into(), false);
            }
        }
        Some("boolean") if !value.is_boolean() => return fail(path, "must be true or false".into(), true),
        Some("array") => {
            let Some(items) = value.as_array() else {
                return fail(path, "must be an array".into(), true);
            };
            if let Some(item_schema) = schema.get("items") {
                for (index, item) in items.iter().enumerate() {
                    path.push(index.to_string());
                    conforms(item_schema, item, path)?;
                    path.pop();
                }
            }
        }
        Some("object") if !value.is_object() => return fail(path, "must be an object".into(), true),
        _ => {}
    }
    if let Some(object) = value.as_object() {
        let properties = schema.get("properties").and_then(Value::as_object);
        for name in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
            if let Some(name) = name.as_str()
                && !object.contains_key(name)
            {
                let mut at = path.clone();
                at.push(name.to_owned());
                return fail(&at, "is required".into(), false);
            }
        }
        for (name, member) in object {
            path.push(name.clone());
            match properties.and_then(|p| p.get(name)) {
                Some(property) => conforms(property, member, path)?,
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    return fail(path, "is not a known argument".into(), false);
                }
                None => {}
            }
            path.pop();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;

    #[test]
    fn null_is_refused_where_the_schema_does_not_admit_it_and_whole_numbers_are_integers() {
        let lookup = serde_json::json!({"oneOf": [
            {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
        ]});
        let check = |schema: &Value, value: Value| conforms(schema, &value, &mut Vec::new()).is_ok();
        assert!(!check(&lookup, Value::Null), "a lookup is not nullable");
        assert!(check(&serde_json::json!({}), Value::Null), "a schema that says nothing");
        let integer = serde_json::json!({"type": "integer"});
        let big: Value = serde_json::from_str("128063075687683894011756544").expect("JSON");
        assert!(check(&integer, big), "Ruby reads it as an Integer");
        assert!(!check(&integer, serde_json::json!(1.5)));
    }

    /// A contract of the shape build-tools writes: a query lookup group, a bounded integer,
    /// an array of key/value items, a body with a required property, a required body lookup
    /// and one that may be left out.
    fn contract() -> Contract {
        serde_json::from_value(serde_json::json!({
            "operation_id": "do_thing", "method": "POST", "path": "/things/thing/do",
            "endpoint": "Things/Thing/DoEndpoint", "scopes": ["things"],
            "query": [
                {"name": "count", "required": false, "integer": {"minimum": 1, "maximum": 5},
                 "schema": {"type": "integer"}, "description": null},
                {"name": "loud", "required": false, "integer": null, "schema": {"type": "boolean"}, "description": null},
                {"name": "thing[name]", "required": false, "integer": null,
                 "schema": {"type": "string", "minLength": 1}, "description": null},
                {"name": "annotations[][key]", "required": false, "integer": null,
                 "schema": {"type": "array", "items": {"type": "string"}}, "description": "Filter."},
                {"name": "annotations[][value]", "required": false, "integer": null,
                 "schema": {"type": "array", "items": {"type": "string"}}, "description": "Filter."}
            ],
            "lookups": [
                {"argument": "thing", "in": "query", "keys": ["id", "name"], "description": "The thing."},
                {"argument": "owner", "in": "body", "keys": ["id", "sub_domain"], "description": "The owner."},
                {"argument": "delegate", "in": "body", "keys": ["id", "sub_domain"], "description": "Acts for the owner."}
            ],
            "body": {"required": ["owner", "reason"], "descriptions": {"reason": "Why."}, "schema": {
                "type": "object", "required": ["owner", "reason"], "properties": {
                    "owner": {"oneOf": [
                        {"type": "object", "required": ["id"], "additionalProperties": false, "properties": {"id": {"type": "string", "minLength": 1}}},
                        {"type": "object", "required": ["sub_domain"], "additionalProperties": false, "properties": {"sub_domain": {"type": "string", "minLength": 1}}}
                    ]},
                    "delegate": {"oneOf": [
                        {"type": "object", "required": ["id"], "additionalProperties": false, "properties": {"id": {"type": "string", "minLength": 1}}},
                        {"type": "object", "required": ["sub_domain"], "additionalProperties": false, "properties": {"sub_domain": {"type": "string", "minLength": 1}}}
                    ]},
                    "reason": {"type": "string", "minLength": 2},
                    "urgent": {"type": "boolean", "nullable": true}
                }
            }},
            "answer": {"status": 200, "body": {"done": true}}
        }))
        .unwrap_or_else(|e| panic!("{e}"))
    }

    fn refused(query: &str, body: &str) -> (u16, &'static str, Value) {
        match contract().answer(query, body.as_bytes()) {
            Ok(answer) => panic!("{query} {body}: accepted as {answer:?}"),
            Err(failure) => (failure.status.as_u16(), failure.code, failure.detail),
        }
    }

    #[test]
    fn a_valid_request_gets_the_example_and_each_mistake_its_error() {
        let body = r#"{"owner": {"sub_domain": "acme"}, "reason": "tidy"}"#;
        let answer = contract()
            .answer("thing[id]=t_1&count=5", body.as_bytes())
            .map_err(|f| f.code);
        assert_eq!(answer, Ok((200, serde_json::json!({"done": true}))));

        let (status, code, detail) = refused("", body);
        assert_eq!((status, code), (400, "invalid_argument"));
        assert_eq!(detail["issue"], "missing_lookup_value");
        assert_eq!(detail["argument"]["name"], "thing");

        let (_, _, detail) = refused("thing[id]=a&thing[name]=b", body);
        assert_eq!(detail["issue"], "ambiguous_lookup_values");

        let (_, _, detail) = refused("thing[id]=a&count=6", body);
        assert_eq!(detail["issue"], "validation_error");

        let (_, _, detail) = refused("thing[id]=a&loud=-5e-8", body);
        assert_eq!(detail["issue"], "invalid_scalar");
        assert_eq!(detail["argument"]["name"], "loud");
        assert!(
            contract()
                .answer("thing[id]=a&thing[name]=&loud=true", body.as_bytes())
                .is_ok()
        );

        let (_, _, detail) = refused(
            "thing[id]=a",
            r#"{"owner": {"id": "o", "sub_domain": "s"}, "reason": "x"}"#,
        );
        assert_eq!(detail["issue"], "ambiguous_lookup_values");
        assert_eq!(detail["argument"]["name"], "owner");

        let (status, code, detail) = refused("thing[id]=a", r#"{"owner": {"id": "o"}}"#);
        assert_eq!((status, code), (400, "missing_required_argument"));
        assert_eq!(detail["argument"]["name"], "reason");

        let (_, code, detail) = refused("thing[id]=a", r#"{"owner": {"id": "o"}, "reason": "x"}"#);
        assert_eq!(
            (code, detail["issue"].as_str()),
            ("invalid_argument", Some("validation_error"))
        );
        assert_eq!(detail["argument"]["name"], "reason");

        let (_, _, detail) = refused("thing[id]=a", r#"{"owner": {"id": "o"}, "reason": "xy", "urgent": {}}"#);
        assert_eq!(detail["issue"], "invalid_scalar");
        assert_eq!(detail["argument"]["name"], "urgent");
        let nullable = r#"{"owner": {"id": "o"}, "reason": "xy", "urgent": null}"#;
        assert!(contract().answer("thing[id]=a", nullable.as_bytes()).is_ok());

        let (_, code, detail) = refused("thing[id]=a", "{not json");
        assert_eq!(
            (code, detail["issue"].as_str()),
            ("invalid_argument", Some("parse_error"))
        );
    }

    #[test]
    fn a_body_lookup_the_schema_does_not_require_may_be_left_out_but_not_given_empty_or_twice() {
        let with = |delegate: &str| format!(r#"{{"owner": {{"id": "o"}}, "reason": "xy"{delegate}}}"#);
        for absent in [with(""), with(r#", "delegate": {"id": "d"}"#)] {
            let answer = contract()
                .answer("thing[id]=a", absent.as_bytes())
                .map_err(|f| f.detail);
            assert_eq!(answer, Ok((200, serde_json::json!({"done": true}))), "{absent}");
        }

        // Null is no lookup where the spec does not admit it.
        let (status, code, _) = refused("thing[id]=a", &with(r#", "delegate": null"#));
        assert_eq!((status, code), (400, "invalid_argument"));

        let (status, code, detail) = refused("thing[id]=a", &with(r#", "delegate": {}"#));
        assert_eq!((status, code), (400, "invalid_argument"));
        assert_eq!(detail["issue"], "missing_lookup_value");
        assert_eq!(
            detail["issue_description"],
            "One of 'id' or 'sub_domain' must be provided"
        );
        assert_eq!(detail["argument"]["name"], "delegate");
        assert_eq!(detail["argument"]["description"], "Acts for the owner.");
        assert_eq!(detail["path"], serde_json::json!(["delegate"]));

        let (_, code, detail) = refused("thing[id]=a", &with(r#", "delegate": {"id": "d", "sub_domain": "s"}"#));
        assert_eq!(code, "invalid_argument");
        assert_eq!(detail["issue"], "ambiguous_lookup_values");
        assert_eq!(
            detail["issue_description"],
            "Only one of 'id' or 'sub_domain' may be provided"
        );

        let (status, code, detail) = refused("thing[id]=a", r#"{"reason": "xy"}"#);
        assert_eq!((status, code), (400, "missing_required_argument"));
        assert_eq!(detail["argument"]["name"], "owner", "the required lookup still is");
    }

    #[test]
    fn key_value_items_are_read_as_rack_groups_them() {
        let body = r#"{"owner": {"id": "o"}, "reason": "xy"}"#;
        let accepted = |query: &str| {
            let answer = contract().answer(query, body.as_bytes()).map_err(|f| f.detail);
            assert!(answer.is_ok(), "{query}: {answer:?}");
        };
        accepted(
            "thing[id]=a&annotations[][key]=env&annotations[][value]=prod&annotations[][key]=team&annotations[][value]=web",
        );
        // Read as [{key: env}, {key: team, value: prod}]: a value may be left out.
        accepted("thing[id]=a&annotations[][key]=env&annotations[][key]=team&annotations[][value]=prod");

        // Read as [{key: env}, {key: team, value: prod}, {value: web}]: the last has no key.
        let side_by_side = "thing[id]=a&annotations[][key]=env&annotations[][key]=team&annotations[][value]=prod&annotations[][value]=web";
        let (status, code, detail) = refused(side_by_side, body);
        assert_eq!((status, code), (400, "missing_required_argument"));
        assert_eq!(detail["path"], serde_json::json!(["annotations", "key"]));
        assert_eq!(
            detail["argument"],
            serde_json::json!({"name": "key", "description": null})
        );

        let (_, code, detail) = refused("thing[id]=a&annotations[]=env", body);
        assert_eq!(
            (code, detail["issue"].as_str()),
            ("invalid_argument", Some("invalid_scalar"))
        );
        assert_eq!(
            (detail["argument"]["name"].as_str(), detail["index"].as_u64()),
            (Some("annotations"), Some(0))
        );

        let (status, code, _) = refused("thing[id]=a&annotations[][key]=env&annotations[key]=team", body);
        assert_eq!((status, code), (500, "unhandled_exception"), "Rack refuses the clash");
    }
}
