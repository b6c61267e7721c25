//! Query strings as the service's parser reads them.
//!
//! Katapult runs under Rack, whose nested-query parser (`Rack::Utils.parse_nested_query`)
//! builds an array of objects from `x[][field]=…` pairs in order, starting a new object
//! whenever a field repeats in the last one. progenitor sends each array parameter whole,
//! one after the other (every `annotations[][key]`, then every `annotations[][value]`),
//! which Rack would read as `[{key}, {key, value}, {value}]`. [`group_array_items`] puts
//! each item's fields together, item by item, so the server reads the items meant. It
//! applies to every array-of-object query parameter of every operation, by its name alone.

use std::collections::HashSet;

use url::Url;

/// `x[][field]` → (`x`, `field`): one field of an item of an array of objects.
fn array_item_field(name: &str) -> Option<(&str, &str)> {
    let (array, rest) = name.split_once("[][")?;
    let field = rest.strip_suffix(']')?;
    let plain = |s: &str| !s.is_empty() && !s.contains(['[', ']']);
    (plain(array) && plain(field)).then_some((array, field))
}

/// One array of objects in a query: its fields in the order first seen, each with its
/// values in order.
struct ArrayOfObjects<'q> {
    name: &'q str,
    fields: Vec<(&'q str, Vec<&'q str>)>,
}

impl ArrayOfObjects<'_> {
    /// The pairs of item 0, then item 1, …; an item lacking a field (only if the arrays
    /// were set apart, through the generated client directly) just leaves it out.
    fn interleaved(&self) -> Vec<(String, &str)> {
        let items = self.fields.iter().map(|(_, values)| values.len()).max().unwrap_or(0);
        let mut out = Vec::new();
        for item in 0..items {
            for (field, values) in &self.fields {
                if let Some(value) = values.get(item) {
                    out.push((format!("{}[][{field}]", self.name), *value));
                }
            }
        }
        out
    }
}

/// Reorders the query of `url` so that each array of objects is sent item by item, every
/// item's fields together, where the array's first field was. Everything else keeps its
/// place; a query without an array of two or more fields is left untouched, byte for byte.
pub(crate) fn group_array_items(url: &mut Url) {
    let Some(query) = url.query() else { return };
    // Most queries hold no array of objects (`x[][field]`, `%5B%5D%5B` once encoded): left
    // as they are without decoding a pair.
    if !query.contains("%5B%5D%5B") && !query.contains("[][") {
        return;
    }
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes()).into_owned().collect();
    let mut arrays: Vec<ArrayOfObjects<'_>> = Vec::new();
    for (name, value) in &pairs {
        let Some((array, field)) = array_item_field(name) else {
            continue;
        };
        let position = arrays.iter().position(|a| a.name == array).unwrap_or_else(|| {
            arrays.push(ArrayOfObjects {
                name: array,
                fields: Vec::new(),
            });
            arrays.len() - 1
        });
        let fields = &mut arrays[position].fields;
        match fields.iter_mut().find(|(f, _)| *f == field) {
            Some((_, values)) => values.push(value),
            None => fields.push((field, vec![value.as_str()])),
        }
    }
    if arrays.iter().all(|a| a.fields.len() < 2) {
        return;
    }
    let mut written: HashSet<&str> = HashSet::new();
    let mut ordered: Vec<(String, &str)> = Vec::with_capacity(pairs.len());
    for (name, value) in &pairs {
        match array_item_field(name).and_then(|(array, _)| arrays.iter().find(|a| a.name == array)) {
            Some(array) if array.fields.len() >= 2 => {
                if written.insert(array.name) {
                    ordered.extend(array.interleaved());
                }
            }
            _ => ordered.push((name.clone(), value.as_str())),
        }
    }
    url.query_pairs_mut().clear().extend_pairs(ordered);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reordered(query: &str) -> String {
        let mut url = Url::parse(&format!("https://api.example/core/v1/x?{query}")).expect("a URL");
        group_array_items(&mut url);
        url.query().unwrap_or_default().to_owned()
    }

    #[test]
    fn each_items_fields_travel_together_in_order() {
        let sent = "page=2&annotations%5B%5D%5Bkey%5D=env&annotations%5B%5D%5Bkey%5D=team\
                    &annotations%5B%5D%5Bvalue%5D=production&annotations%5B%5D%5Bvalue%5D=web&per_page=5";
        assert_eq!(
            reordered(sent),
            "page=2&annotations%5B%5D%5Bkey%5D=env&annotations%5B%5D%5Bvalue%5D=production\
             &annotations%5B%5D%5Bkey%5D=team&annotations%5B%5D%5Bvalue%5D=web&per_page=5"
        );
    }

    #[test]
    fn values_are_kept_exactly_and_uneven_arrays_lose_nothing() {
        let sent = "a%5B%5D%5Bk%5D=x+y&a%5B%5D%5Bk%5D=%26%3D&a%5B%5D%5Bv%5D=%C3%A9";
        let parsed: Vec<(String, String)> = url::form_urlencoded::parse(reordered(sent).as_bytes())
            .into_owned()
            .collect();
        let expected = [("a[][k]", "x y"), ("a[][v]", "é"), ("a[][k]", "&=")];
        assert_eq!(parsed, expected.map(|(n, v)| (n.to_owned(), v.to_owned())).to_vec());
    }

    #[test]
    fn queries_without_an_array_of_objects_are_untouched() {
        for query in [
            "virtual_machine%5Bid%5D=vm_1&page=1",
            "ids%5B%5D=1&ids%5B%5D=2",
            "annotations%5B%5D%5Bkey%5D=env&annotations%5B%5D%5Bkey%5D=team",
            "odd=%zz&x[]=[",
        ] {
            assert_eq!(reordered(query), query);
        }
        let mut bare = Url::parse("https://api.example/core/v1/x").expect("a URL");
        group_array_items(&mut bare);
        assert_eq!(bare.query(), None);
    }

    #[test]
    fn only_plain_array_item_names_count() {
        assert_eq!(array_item_field("annotations[][key]"), Some(("annotations", "key")));
        assert_eq!(array_item_field("a[][b][c]"), None);
        assert_eq!(array_item_field("[][k]"), None);
        assert_eq!(array_item_field("a[]"), None);
        assert_eq!(array_item_field("a[k]"), None);
    }
}
