"""The OpenAPI document: valid 3.1, complete against the URL map, and true to real responses."""
from __future__ import annotations

import re

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from emuseum.api.parameters import QUERY

from .factories import make_museum
from .test_api import rich_exhibit

IGNORED_METHODS = {"HEAD", "OPTIONS"}  # answered for every GET route by Flask and the CORS preflight


def api_routes(app) -> dict[str, tuple[str, set[str]]]:
    """Return {OpenAPI path: (endpoint, methods)} of the app's routes under /api."""
    routes = {}
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
            routes[path] = (rule.endpoint, set(rule.methods) - IGNORED_METHODS)
    return routes


@pytest.fixture
def spec(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    return response.get_json()


def test_document_is_valid_openapi_31(spec):
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_route_is_documented_and_nothing_else(app, spec):
    routes = api_routes(app)
    assert set(routes) == set(spec["paths"])
    for path, (_endpoint, methods) in routes.items():
        assert methods == {"GET"}, path
        assert {m.upper() for m in spec["paths"][path]} == methods, path


def test_documented_parameters_are_those_the_views_accept(app, client, session, spec):
    make_museum(session, slug="taraz-history-museum")  # the example value of the museum filter
    for path, (endpoint, _methods) in api_routes(app).items():
        documented = spec["paths"][path]["get"]["parameters"]
        query = {p["name"]: p for p in documented if p["in"] == "query"}
        assert set(query) == {p.name for p in QUERY[endpoint]}, path
        in_path = {p["name"] for p in documented if p["in"] == "path"}
        assert in_path == set(re.findall(r"{(\w+)}", path)), path
        if in_path:
            continue  # records are fetched with real ids below
        for name, parameter in query.items():
            response = client.get(path, query_string={name: parameter["example"]})
            assert response.status_code == 200, (path, name, response.get_json())
        refused = client.get(path, query_string={"undocumented": "1"})
        assert (refused.status_code, refused.get_json()["parameter"]) == (400, "undocumented"), path


def test_size_limits_follow_the_settings(app, client):
    app.config["EMUSEUM"]["api.max_page_size"] = 7
    spec = client.get("/api/openapi.json").get_json()
    size = next(p for p in spec["paths"]["/api/exhibits"]["get"]["parameters"] if p["name"] == "size")
    assert (size["schema"]["minimum"], size["schema"]["maximum"], size["schema"]["default"]) == (1, 7, 20)


def _schema(spec: dict, path: str, status: str) -> dict:
    response = spec["paths"][path]["get"]["responses"][status]
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    # The components ride along so that "#/components/..." references resolve inside this schema.
    return {**response["content"]["application/json"]["schema"], "components": spec["components"]}


def _check(spec: dict, path: str, status: int, body) -> None:
    schema = _schema(spec, path, str(status))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(body)]
    assert not errors, (path, status, errors)


def test_real_responses_match_the_documented_schemas(app, client, session, spec):
    exhibit = rich_exhibit(session, app, make_museum(session, latitude=42.9, longitude=71.37,
                                                     website="https://taraz-museum.kz", email="info@taraz.kz"))
    person_id = exhibit.people[0].person_id
    concrete = {"/api/regions/{code}": "/api/regions/KZ-31", "/api/museums/{slug}": f"/api/museums/{exhibit.museum.slug}",
                "/api/exhibits/{id}": f"/api/exhibits/{exhibit.id}", "/api/persons/{id}": f"/api/persons/{person_id}"}
    missing = {"/api/regions/{code}": "/api/regions/KZ-00", "/api/museums/{slug}": "/api/museums/no-such-museum",
               "/api/exhibits/{id}": "/api/exhibits/424242", "/api/persons/{id}": "/api/persons/424242"}
    checked = 0
    for path in spec["paths"]:
        url = concrete.get(path, path)
        response = client.get(url)
        assert response.status_code == 200, url
        _check(spec, path, 200, response.get_json())
        bad = client.get(url, query_string={"colour": "red"})
        assert bad.status_code == 400
        _check(spec, path, 400, bad.get_json())
        if path in missing:
            gone = client.get(missing[path])
            assert gone.status_code == 404
            _check(spec, path, 404, gone.get_json())
        checked += 1
    assert checked == 11
    for url in ("/api/exhibits?size=0", "/api/exhibits?region=KZ-00", "/api/museums?page=x",
                "/api/search?sort=colour", "/api/search?after=x", "/api/suggest?limit=99"):
        _check(spec, url.split("?")[0], 400, client.get(url).get_json())


def test_search_responses_match_the_documented_schemas(app, client, session, spec):
    exhibit = rich_exhibit(session, app, make_museum(session))
    title = exhibit.title_kk.split()[0]
    body = client.get("/api/search", query_string={"q": title, "size": 1, "type": ["exhibit", "museum"]}).get_json()
    assert body["items"] and body["items"][0]["highlights"]
    _check(spec, "/api/search", 200, body)
    following = client.get("/api/search", query_string={"q": title, "size": 1, "after": "x" * 8})
    assert following.status_code == 400
    _check(spec, "/api/search", 400, following.get_json())
    suggestions = client.get("/api/suggest", query_string={"q": title[:3]}).get_json()
    assert suggestions["items"]
    _check(spec, "/api/suggest", 200, suggestions)
    app.extensions["emuseum.search"].location = "opensearch+http://127.0.0.1:9"  # nothing answers on port 9
    app.extensions["emuseum.search"].close()
    down = client.get("/api/search", query_string={"q": title})
    assert down.status_code == 503
    _check(spec, "/api/search", 503, down.get_json())


def test_schemas_refuse_records_that_drift(spec):
    # The schemas are strict (no extra fields, required fields present), so drift fails the test above.
    record = {"status": 400, "message": "m", "parameter": None}
    _check(spec, "/api/exhibits", 400, record)
    with pytest.raises(AssertionError):
        _check(spec, "/api/exhibits", 400, {**record, "colour": "red"})
    with pytest.raises(AssertionError):
        _check(spec, "/api/exhibits", 400, {"status": 400, "message": "m"})
