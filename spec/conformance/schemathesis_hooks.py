"""Schemathesis hooks for the Katapult spec, loaded by `cargo xtask conformance`.

Three things the spec states that OpenAPI 3.0 (or the tool) cannot:

- An operation that takes a lookup in its query takes exactly one key of the group
  (`virtual_machine[id]` or `virtual_machine[fqdn]`), a rule between parameters that
  OpenAPI 3.0 cannot express (the spec says it in prose) and that progenitor's query
  support (form style only) rules out modelling as one deepObject parameter. A generated
  request with no key gets one (a virtual machine gets a seeded one's FQDN); one with
  several keeps only the first. Requests with one key, valid or not, are left alone.
- An array of objects in a query (`annotations[][key]`, `annotations[][value]`) is read
  by the service's parser (Rack) item by item, a new item starting whenever a field
  repeats; OpenAPI 3.0 describes its fields as separate arrays, which Schemathesis fills
  independently and sends all of one field, then all of the next. A generated request
  keeps one whole item: each field's first value, and `sample` for a field it lacks.
- `authentication_as_documented` replaces the built-in authentication checks, which
  hard-code 401 (see schemathesis.toml): without a token the API answers 400
  `missing_api_token`, with an unknown one 403 `invalid_api_token`.
- `undeclared_method_as_documented` replaces the built-in unsupported-method check, which
  wants 405: the API's framework answers any unrouted method with 404 `route_not_found`.

And, to reach the operations' own logic rather than only 404s, half of the positive
(schema-valid) cases are pointed at seeded objects: a seeded virtual machine, and seeded
addresses for allocation (which then succeed, or meet 422s).

What the hooks know of the simulator (its token, paths and seeded objects) comes from the
simulator crate through `KATAPULT_SIMULATOR_FACTS`, set by `cargo xtask conformance`.
"""

import itertools
import json
import os
import urllib.parse

import schemathesis

_FACTS = json.loads(os.environ["KATAPULT_SIMULATOR_FACTS"])
LIST_PATH = _FACTS["list_path"]
ALLOCATE_PATH = _FACTS["allocate_path"]
# {path: [[prefix, [key, ...]], ...]}: each operation's query lookup groups, from the spec.
QUERY_LOOKUPS = _FACTS["query_lookups"]
# {path: [[array, [field, ...]], ...]}: each operation's arrays of objects in its query.
QUERY_ARRAYS = _FACTS["query_arrays"]
SEEDED_FQDN = _FACTS["seeded_fqdn"]
SEEDED_ADDRESSES = itertools.cycle(_FACTS["seeded_addresses"])
VALID_TOKEN = f"Bearer {_FACTS['token']}"
_positive_cases = itertools.count()


def _is_positive(case):
    meta = getattr(case, "meta", None)
    mode = getattr(getattr(meta, "generation", None), "mode", None)
    return mode is not None and str(getattr(mode, "value", mode)).lower() == "positive"


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    path = case.operation.path
    groups = QUERY_LOOKUPS.get(path, [])
    if groups and case.query is None:
        case.query = {}
    if isinstance(case.query, dict):
        for prefix, keys in groups:
            names = [f"{prefix}[{key}]" for key in keys]
            given = [name for name in names if name in case.query]
            if not given:
                if prefix == "virtual_machine" and "fqdn" in keys:
                    case.query["virtual_machine[fqdn]"] = SEEDED_FQDN
                else:
                    case.query[names[0]] = "sample"
            for extra in given[1:]:
                del case.query[extra]
        for array, fields in QUERY_ARRAYS.get(path, []):
            names = [f"{array}[][{field}]" for field in fields]
            if not any(name in case.query for name in names):
                continue
            for name in names:
                values = case.query.get(name)
                values = values if isinstance(values, list) else [values]
                present = [v for v in values if v is not None]
                case.query[name] = [present[0] if present else "sample"]
    if path == LIST_PATH and isinstance(case.query, dict):
        if _is_positive(case) and next(_positive_cases) % 2 == 0:
            case.query.pop("virtual_machine[id]", None)
            case.query["virtual_machine[fqdn]"] = SEEDED_FQDN
    elif path == ALLOCATE_PATH and isinstance(case.body, dict) and _is_positive(case):
        if next(_positive_cases) % 2 == 0:
            case.body["virtual_machine"] = {"fqdn": SEEDED_FQDN}
            case.body["ip_address"] = {"address": next(SEEDED_ADDRESSES)}


def _error_code(response):
    try:
        return json.loads(response.content)["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None


@schemathesis.check
def authentication_as_documented(ctx, response, case):
    """No token: 400 missing_api_token. A wrong token: 403 invalid_api_token. Never a 2xx."""
    if case.method.upper() != case.operation.method.upper():
        return None  # unrouted: see undeclared_method_as_documented
    sent = response.request.headers.get("Authorization")
    if sent == VALID_TOKEN:
        return None
    if sent is not None and sent.lower().startswith("bearer ") and sent[7:].strip():
        expected = (403, "invalid_api_token")
    else:
        expected = (400, "missing_api_token")
    got = (response.status_code, _error_code(response))
    if got != expected:
        raise AssertionError(f"Authorization {sent!r}: expected {expected}, got {got}")
    return None


@schemathesis.check
def undeclared_method_as_documented(ctx, response, case):
    """A method the spec does not declare for a path: 404 route_not_found."""
    if case.method.upper() == case.operation.method.upper():
        return None
    got = (response.status_code, _error_code(response))
    if got != (404, "route_not_found"):
        raise AssertionError(f"{case.method} {case.operation.path}: expected (404, 'route_not_found'), got {got}")
    return None


def _rack_refuses(url):
    """Whether Rack's query parser refuses this URL's query before the API sees it: one
    name used both plain and nested (`ip_address=x&ip_address[id]=y`), or nested both as
    an array and as a hash (`x[]=1&x[k]=2`)."""
    shapes = {}
    for pair in urllib.parse.urlsplit(url).query.split("&"):
        name = urllib.parse.unquote_plus(pair.split("=", 1)[0])
        base, bracket, rest = name.partition("[")
        shape = "plain" if not bracket else ("array" if rest.startswith("]") else "hash")
        shapes.setdefault(base, set()).add(shape)
    return any(len(kinds) > 1 for kinds in shapes.values())


@schemathesis.check
def server_errors_as_documented(ctx, response, case):
    """A 5xx is only ever 503 `no_available_addresses` (documented where a range can run
    out), the framework's 503 `service_unavailable`, or 500 `unhandled_exception` for a
    query Rack refuses to parse (the service's framework answers so, as the simulator
    does); anything else is a bug."""
    if response.status_code < 500:
        return None
    got = (response.status_code, _error_code(response))
    if got == (500, "unhandled_exception") and _rack_refuses(response.request.url):
        return None
    if got not in ((503, "no_available_addresses"), (503, "service_unavailable")):
        raise AssertionError(f"{case.method} {case.operation.path}: a server error {got}")
    return None
