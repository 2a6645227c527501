"""The OpenAPI 3.1 document of the API, built from the same parameter declarations the views read."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..models import LANGUAGES
from .http import MAX_AGE
from .parameters import CODE, QUERY, RECORD_ID, SLUG, Parameter

URI = {"type": "string", "format": "uri"}
TIMESTAMP = {"type": "string", "format": "date-time", "description": "ISO 8601, UTC"}
LANGUAGE_MAP = {"$ref": "#/components/schemas/LanguageMap"}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    return {**schema, "type": [schema["type"], "null"]}


def _record(description: str, properties: dict[str, Any], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    """Return an object schema whose properties are all present unless named optional, and no others."""
    return {"type": "object", "description": description, "properties": properties,
            "required": [name for name in properties if name not in optional], "additionalProperties": False}


def _identity(kind: str, id_schema: dict[str, Any], html: dict[str, Any]) -> dict[str, Any]:
    return {"id": id_schema, "type": {"const": kind}, "url": URI, "html": html}


def _page(item: str) -> dict[str, Any]:
    return _record(f"One page of {item} records.", {
        "items": {"type": "array", "items": _ref(item)},
        "page": {"type": "integer", "minimum": 1},
        "size": {"type": "integer", "minimum": 1},
        "total": {"type": "integer", "minimum": 0},
        "pages": {"type": "integer", "minimum": 1},
        "links": _ref("PageLinks"),
    })


def _schemas() -> dict[str, Any]:
    page_urls = _record("The public page of the record in each language.", {lang: URI for lang in LANGUAGES})
    return {
        "LanguageMap": {
            "type": "object",
            "description": "A text by language (kk Kazakh, ru Russian, en English); languages without a text "
                           "are left out.",
            "propertyNames": {"enum": list(LANGUAGES)},
            "additionalProperties": {"type": "string", "minLength": 1},
        },
        "PageUrls": page_urls,
        "Error": _record("Why a request failed.", {
            "status": {"type": "integer", "minimum": 400, "maximum": 599},
            "message": {"type": "string"},
            "parameter": {"type": ["string", "null"], "description": "The query parameter at fault, if any."},
        }),
        "PageLinks": _record("Absolute URLs of this, the first, the last, the next and the previous page.", {
            "self": URI, "first": URI, "last": URI, "next": _nullable(URI), "prev": _nullable(URI),
        }),
        "Term": _record("A term of a controlled vocabulary.", {
            "code": {"type": "string"}, "label": LANGUAGE_MAP, "uri": _nullable(URI),
        }),
        "RegionRef": _record("A region, in short.", {"code": {"type": "string"}, "name": LANGUAGE_MAP, "url": URI}),
        "MuseumRef": _record("A museum, in short.", {"slug": {"type": "string"}, "name": LANGUAGE_MAP, "url": URI}),
        "PersonRef": _record("A person, in short.", {"id": {"type": "integer"}, "name": LANGUAGE_MAP, "url": URI}),
        "Region": _record("A region of Kazakhstan (ISO 3166-2:KZ).", {
            **_identity("Region", {"type": "string", "description": "The ISO code."}, _ref("PageUrls")),
            "code": {"type": "string"},
            "name": LANGUAGE_MAP,
            "kind": {"type": "string", "enum": ["region", "city"]},
            "museums_url": URI,
        }),
        "Museum": _record("A museum that publishes exhibits.", {
            **_identity("Museum", {"type": "string", "description": "The slug."}, _ref("PageUrls")),
            "slug": {"type": "string"},
            "name": LANGUAGE_MAP,
            "description": LANGUAGE_MAP,
            "region": _ref("RegionRef"),
            "city": LANGUAGE_MAP,
            "address": {"type": ["string", "null"]},
            "coordinates": _nullable(_record("Where the museum is (WGS 84).", {
                "lat": {"type": "number"}, "lon": {"type": "number"}})),
            "website": _nullable(URI),
            "email": {"type": ["string", "null"]},
            "phone": {"type": ["string", "null"]},
            "exhibit_count": {"type": "integer", "minimum": 0, "description": "Published exhibits."},
            "exhibits_url": URI,
            "created": TIMESTAMP,
            "modified": TIMESTAMP,
        }),
        "Person": _record("An authority record of a person: a maker, or someone depicted or memorialised.", {
            **_identity("Person", {"type": "integer"}, _ref("PageUrls")),
            "name": LANGUAGE_MAP,
            "name_variants": {"type": "array", "items": {"type": "string"}},
            "birth_year": {"type": ["integer", "null"]},
            "death_year": {"type": ["integer", "null"]},
            "roles": {"type": "array", "items": {"type": "string"}},
            "description": LANGUAGE_MAP,
            "created": TIMESTAMP,
            "modified": TIMESTAMP,
        }),
        "Dimensions": {
            **_record("Measurements; what was not measured is left out.", {
                "height": {"type": "number"}, "width": {"type": "number"}, "depth": {"type": "number"},
                "diameter": {"type": "number"}, "unit": {"type": "string", "enum": ["mm", "cm", "m"]},
                "weight": {"type": "number"}, "weight_unit": {"type": "string", "enum": ["g", "kg"]},
            }, optional=("height", "width", "depth", "diameter", "unit", "weight", "weight_unit")),
            "dependentRequired": {**{name: ["unit"] for name in ("height", "width", "depth", "diameter")},
                                  "weight": ["weight_unit"]},
        },
        "Media": _record("An image or 3D model of an exhibit.", {
            "id": {"type": "integer"},
            "kind": {"type": "string", "enum": ["image", "model"]},
            "media_type": {"type": "string"},
            "byte_size": {"type": "integer", "minimum": 0},
            "width": {"type": ["integer", "null"]},
            "height": {"type": ["integer", "null"]},
            "is_primary": {"type": "boolean"},
            "position": {"type": "integer"},
            "status": {"type": "string", "enum": ["ready"]},
            "alt": LANGUAGE_MAP,
            "urls": _record("Where to fetch the file; thumb and display exist for images only.", {
                "thumb": _nullable(URI), "display": _nullable(URI), "original": URI}),
        }),
        "Exhibit": _record("A published exhibit of a museum.", {
            **_identity("Exhibit", {"type": "integer"}, _ref("PageUrls")),
            "inventory_number": {"type": "string"},
            "museum": _ref("MuseumRef"),
            "region": _ref("RegionRef"),
            "title": LANGUAGE_MAP,
            "description": LANGUAGE_MAP,
            "object_type": _nullable(_ref("Term")),
            "materials": {"type": "array", "items": _ref("Term")},
            "techniques": {"type": "array", "items": _ref("Term")},
            "dating": _record("When the exhibit was made, as written and as a range of years.", {
                "display": LANGUAGE_MAP, "earliest": {"type": ["integer", "null"]},
                "latest": {"type": ["integer", "null"]}}),
            "culture": LANGUAGE_MAP,
            "place": LANGUAGE_MAP,
            "dimensions": _ref("Dimensions"),
            "credit_line": LANGUAGE_MAP,
            "rights": _nullable({**URI, "description": "A Creative Commons or RightsStatements.org URI."}),
            "people": {"type": "array", "items": _record("A person's part in the exhibit.", {
                "person": _ref("PersonRef"), "role": {"type": "string"}})},
            "media": {"type": "array", "items": _ref("Media")},
            "created": TIMESTAMP,
            "modified": TIMESTAMP,
        }),
        "SearchHit": _record("A record found: an exhibit, a museum or a person.", {
            "id": {"type": "string", "description": "The search document's id: exhibit:42, museum:3, person:7."},
            "type": {"type": "string", "enum": ["exhibit", "museum", "person"]},
            "title": {"type": "string", "description": "In the language asked for, else in another one."},
            "highlights": _record("The title and a piece of the description as HTML: the words that matched "
                                  "are in <mark>, everything else is escaped.", {
                                      "title": {"type": "string"}, "description": {"type": "string"}},
                                  optional=("title", "description")),
            "url": URI,
            "html": URI,
            "thumbnail": _nullable(URI),
        }),
        "FacetValue": _record("A value of a facet with its label and how many hits it would give.", {
            "value": {"type": "string", "description": "The code to filter by."},
            "label": {"type": "string", "description": "In the language asked for."},
            "count": {"type": "integer", "minimum": 0,
                      "description": "Hits with this value, under every other facet's filters."},
            "selected": {"type": "boolean"},
        }),
        "SearchResults": _record("One page of search hits, the facets and where the next page starts.", {
            "items": {"type": "array", "items": _ref("SearchHit")},
            "total": {"type": "integer", "minimum": 0},
            "sort": {"type": "string", "enum": ["relevance", "date", "title", "recent"],
                     "description": "The order applied: relevance without words is recent."},
            "facets": {"type": "object", "propertyNames": {"enum": ["type", "region", "museum", "object_type",
                                                                    "material", "century", "has_image", "has_3d"]},
                       "additionalProperties": {"type": "array", "items": _ref("FacetValue")}},
            "next_cursor": {"type": ["string", "null"], "description": "Pass as after= for the next page."},
            "links": _record("Absolute URLs of this page and of the next one.", {"self": URI, "next": _nullable(URI)}),
        }),
        "Suggestion": _record("A title that starts with what was typed.", {
            "id": {"type": "string"}, "type": {"type": "string", "enum": ["exhibit", "museum", "person"]},
            "title": {"type": "string"}, "url": URI, "html": URI,
        }),
        "Suggestions": _record("Type-ahead suggestions, in alphabetical order.", {
            "items": {"type": "array", "items": _ref("Suggestion")}}),
        "RegionPage": _page("Region"),
        "MuseumPage": _page("Museum"),
        "ExhibitPage": _page("Exhibit"),
        "PersonPage": _page("Person"),
        "OpenAPI": {"type": "object", "description": "An OpenAPI 3.1 document.",
                    "required": ["openapi", "info", "paths"]},
    }


@dataclass(frozen=True)
class Operation:
    path: str  # as OpenAPI writes it: /api/exhibits/{id}
    endpoint: str  # the Flask endpoint serving it, whose query parameters QUERY declares
    summary: str
    schema: str  # the components/schemas entry of its 200 body
    path_parameter: Parameter | None = None
    tag: str = ""
    engine: bool = False  # answered by the search engine, which may be unavailable (503)


OPERATIONS = (
    Operation("/api/regions", "api.regions", "List the regions of Kazakhstan", "RegionPage", tag="Regions"),
    Operation("/api/regions/{code}", "api.region", "Get a region", "Region", CODE, "Regions"),
    Operation("/api/museums", "api.museums", "List the museums", "MuseumPage", tag="Museums"),
    Operation("/api/museums/{slug}", "api.museum", "Get a museum", "Museum", SLUG, "Museums"),
    Operation("/api/exhibits", "api.exhibits", "List the published exhibits", "ExhibitPage", tag="Exhibits"),
    Operation("/api/exhibits/{id}", "api.exhibit", "Get a published exhibit", "Exhibit", RECORD_ID, "Exhibits"),
    Operation("/api/persons", "api.persons", "List the persons", "PersonPage", tag="Persons"),
    Operation("/api/persons/{id}", "api.person", "Get a person", "Person", RECORD_ID, "Persons"),
    Operation("/api/search", "api.search", "Search exhibits, museums and persons, with facets", "SearchResults",
              tag="Search", engine=True),
    Operation("/api/suggest", "api.suggest", "Suggest titles for what has been typed", "Suggestions",
              tag="Search", engine=True),
    Operation("/api/openapi.json", "api.openapi", "Get this OpenAPI document", "OpenAPI", tag="Document"),
)


def _parameter(parameter: Parameter, where: str, config: dict[str, Any]) -> dict[str, Any]:
    result = {"name": parameter.name, "in": where, "required": where == "path",
              "description": parameter.description, "schema": parameter.schema(config)}
    if parameter.example is not None:
        result["example"] = parameter.example
    return result


def _operation(op: Operation, config: dict[str, Any]) -> dict[str, Any]:
    parameters = [_parameter(p, "query", config) for p in QUERY[op.endpoint]]
    if op.path_parameter:
        parameters.insert(0, _parameter(op.path_parameter, "path", config))
    headers = {"ETag": {"$ref": "#/components/headers/ETag"},
               "Cache-Control": {"$ref": "#/components/headers/CacheControl"}}
    if op.schema.endswith("Page"):
        headers["Link"] = {"$ref": "#/components/headers/Link"}
    responses: dict[str, Any] = {
        "200": {"description": "OK", "headers": headers,
                "content": {"application/json": {"schema": _ref(op.schema)}}},
        "304": {"$ref": "#/components/responses/NotModified"},
        "400": {"$ref": "#/components/responses/BadRequest"},
    }
    if op.path_parameter:
        responses["404"] = {"$ref": "#/components/responses/NotFound"}
    if op.engine:
        responses["503"] = {"$ref": "#/components/responses/Unavailable"}
    return {"get": {"operationId": op.endpoint.removeprefix("api."), "summary": op.summary, "tags": [op.tag],
                    "parameters": parameters, "responses": responses}}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref("Error")}}}


def document(config: dict[str, Any], server: str) -> dict[str, Any]:
    """Return the OpenAPI 3.1 document of the API under these settings, served from ``server``."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "emuseum: the national digital museum catalogue of Kazakhstan",
            "version": "1.0.0",
            "description": (
                "Read-only JSON records of the published catalogue. Texts are language maps (kk, ru, en) "
                "holding only the languages that have a text. Every answer carries a strong ETag; send it "
                "back in If-None-Match to get 304. Any site may read the API from a browser (CORS). "
                "Unknown query parameters are refused with 400 naming them."),
        },
        "servers": [{"url": server}],
        "tags": [{"name": name} for name in dict.fromkeys(op.tag for op in OPERATIONS)],
        "paths": {op.path: _operation(op, config) for op in OPERATIONS},
        "components": {
            "schemas": _schemas(),
            "responses": {
                "NotModified": {"description": "Not modified: If-None-Match named the current ETag.",
                                "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}},
                "BadRequest": _error("A query parameter is unknown or has a value that is not accepted."),
                "NotFound": _error("No such record, or it is not published."),
                "Unavailable": _error("The search engine cannot answer now; try again in a minute."),
            },
            "headers": {
                "ETag": {"description": "A strong validator: a hash of the body.", "schema": {"type": "string"}},
                "CacheControl": {"description": f"public, max-age={MAX_AGE}", "schema": {"type": "string"}},
                "Link": {"description": "RFC 8288 links to the first, last, next and previous pages.",
                         "schema": {"type": "string"}},
            },
        },
    }
