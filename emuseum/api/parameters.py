"""Query parameters of the API, declared once: the views read them and the OpenAPI document lists them.

Because both sides read :data:`QUERY`, a parameter cannot be accepted without being documented,
nor documented without being accepted.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import current_app, request

from ..services.errors import InvalidParameter
from ..services.pagination import PageRequest, page_request


@dataclass(frozen=True)
class Parameter:
    name: str
    description: str
    type: str = "string"
    example: Any = None
    minimum: int | None = None
    maximum: int | None = None
    default: Any = None
    pattern: str | None = None
    # Limits an operator may change are read from the settings when the document is built.
    maximum_setting: str | None = None
    default_setting: str | None = None
    enum: tuple[str, ...] | None = None
    maximum_length: int | None = None
    # A repeatable parameter may be given several times (?region=KZ-31&region=KZ-75): any value matches.
    repeatable: bool = False

    def schema(self, config: dict[str, Any]) -> dict[str, Any]:
        """Return the JSON Schema of the parameter's value under these settings (an array if repeatable)."""
        schema: dict[str, Any] = {"type": self.type}
        maximum = config[self.maximum_setting] if self.maximum_setting else self.maximum
        default = config[self.default_setting] if self.default_setting else self.default
        for key, value in (("minimum", self.minimum), ("maximum", maximum), ("default", default),
                           ("pattern", self.pattern), ("maxLength", self.maximum_length)):
            if value is not None:
                schema[key] = value
        if self.enum is not None:
            schema["enum"] = list(self.enum)
        return {"type": "array", "items": schema} if self.repeatable else schema


PAGE = Parameter("page", "Page number, counted from 1. A page past the last one is empty.",
                 type="integer", example=2, minimum=1, maximum=1_000_000, default=1)
SIZE = Parameter("size", "Items per page; more than the maximum is refused with 400.",
                 type="integer", example=10, minimum=1,
                 maximum_setting="api.max_page_size", default_setting="api.page_size")
REGION = Parameter("region", "Only records of this region, by ISO 3166-2:KZ code; an unknown code is a 400.",
                   example="KZ-31", pattern="^[Kk][Zz]-[0-9]{2}$")
MUSEUM = Parameter("museum", "Only exhibits of this museum, by slug; an unknown museum is a 400.",
                   example="taraz-history-museum", pattern="^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Search: words, facet filters (each repeatable), order, language and where the page starts.
Q = Parameter("q", "Words to find in titles, descriptions, materials, places, makers and inventory numbers, in "
              "Kazakh (Cyrillic or Latin), Russian or English; empty or absent lists everything.",
              example="домбыра", maximum_length=2000)
FILTER_PARAMETERS = (
    Parameter("type", "Only records of these types.", example="exhibit", enum=("exhibit", "museum", "person"),
              repeatable=True),
    Parameter("region", "Only records of these regions (ISO 3166-2:KZ codes).", example="KZ-31", repeatable=True,
              maximum_length=200),
    Parameter("museum", "Only exhibits of these museums (slugs).", example="taraz-history-museum", repeatable=True,
              maximum_length=200),
    Parameter("object_type", "Only exhibits of these object types (vocabulary codes).", example="jewellery",
              repeatable=True, maximum_length=200),
    Parameter("material", "Only exhibits of these materials (vocabulary codes).", example="silver", repeatable=True,
              maximum_length=200),
    Parameter("century", "Only records of these centuries: 19 is 1801-1900, -5 the 5th century BCE.", example="19",
              pattern="^-?[1-9][0-9]{0,2}$", repeatable=True),
    Parameter("has_image", "Only exhibits with (true) or without (false) an image.", example="true",
              enum=("true", "false"), repeatable=True),
    Parameter("has_3d", "Only exhibits with (true) or without (false) a 3D model.", example="true",
              enum=("true", "false"), repeatable=True),
)
SORT = Parameter("sort", "Order of the hits; relevance without words orders by recent.", example="title",
                 enum=("relevance", "date", "title", "recent"), default="relevance")
LANG = Parameter("lang", "Language of titles, highlights, facet labels and the title order.", example="ru",
                 enum=("kk", "ru", "en"), default="kk")
SEARCH_PAGE = Parameter("page", "Page number from 1, up to 10,000 hits deep; a page past the last one is empty. "
                        "Deeper, follow next.", type="integer", example=2, minimum=1, maximum=10_000, default=1)
AFTER = Parameter("after", "Where the page starts: the next_cursor of the previous page of the same search.",
                  example="eyJzIjoicmVjZW50IiwidiI6WyIxIl0sIm8iOjIwfQ")
LIMIT = Parameter("limit", "Most suggestions to return.", type="integer", example=5, minimum=1, maximum=20,
                  default=8)
SUGGEST_TYPE = Parameter("type", "Only suggest records of these types.", example="exhibit",
                         enum=("exhibit", "museum", "person"), repeatable=True)

# Ids are 32-bit integers in the database; a larger number in a URL names no record.
LARGEST_ID = 2**31 - 1

# Path parameters, named as in the URL rules of the views.
RECORD_ID = Parameter("id", "The record's stable integer id.", type="integer", example=1, minimum=1,
                      maximum=LARGEST_ID)
SLUG = Parameter("slug", "The museum's stable slug.", example="taraz-history-museum",
                 pattern=MUSEUM.pattern)
CODE = Parameter("code", "The region's ISO 3166-2:KZ code.", example="KZ-31", pattern=REGION.pattern)

# Accepted query parameters of each API endpoint; any other parameter is a 400 naming it.
QUERY: dict[str, tuple[Parameter, ...]] = {
    "api.regions": (PAGE, SIZE),
    "api.region": (),
    "api.museums": (PAGE, SIZE, REGION),
    "api.museum": (),
    "api.exhibits": (PAGE, SIZE, MUSEUM, REGION),
    "api.exhibit": (),
    "api.persons": (PAGE, SIZE),
    "api.person": (),
    "api.openapi": (),
    "api.search": (Q, *FILTER_PARAMETERS, SORT, LANG, SEARCH_PAGE, SIZE, AFTER),
    "api.suggest": (Q, LANG, LIMIT, SUGGEST_TYPE),
}


def query_arguments() -> dict[str, str]:
    """Return the query parameters of the current request, each once; an unknown or repeated one is refused."""
    declared = {p.name: p for p in QUERY[request.endpoint]}
    for name in request.args:
        if name not in declared:
            allowed = f"; this endpoint accepts {', '.join(declared)}" if declared else \
                "; this endpoint accepts no query parameters"
            raise InvalidParameter(f"unknown parameter {name[:40]!r}{allowed}", name[:100])
        if len(request.args.getlist(name)) > 1 and not declared[name].repeatable:
            raise InvalidParameter(f"{name} is given more than once", name)
    return {name: value for name, value in request.args.items()}


def query_values() -> dict[str, list[str]]:
    """Return every value of each query parameter, after query_arguments' checks (repeatable ones may repeat)."""
    query_arguments()
    return request.args.to_dict(flat=False)


def page_of(arguments: dict[str, str]) -> PageRequest:
    """Return the page asked for, within the configured page sizes; a bad page or size is a 400."""
    config = current_app.config["EMUSEUM"]
    return page_request(arguments.get("page"), arguments.get("size"),
                        config["api.page_size"], config["api.max_page_size"])
