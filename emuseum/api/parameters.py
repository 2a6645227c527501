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

    def schema(self, config: dict[str, Any]) -> dict[str, Any]:
        """Return the JSON Schema of the parameter's value under these settings."""
        schema: dict[str, Any] = {"type": self.type}
        maximum = config[self.maximum_setting] if self.maximum_setting else self.maximum
        default = config[self.default_setting] if self.default_setting else self.default
        for key, value in (("minimum", self.minimum), ("maximum", maximum), ("default", default),
                           ("pattern", self.pattern)):
            if value is not None:
                schema[key] = value
        return schema


PAGE = Parameter("page", "Page number, counted from 1. A page past the last one is empty.",
                 type="integer", example=2, minimum=1, maximum=1_000_000, default=1)
SIZE = Parameter("size", "Items per page; more than the maximum is refused with 400.",
                 type="integer", example=10, minimum=1,
                 maximum_setting="api.max_page_size", default_setting="api.page_size")
REGION = Parameter("region", "Only records of this region, by ISO 3166-2:KZ code; an unknown code is a 400.",
                   example="KZ-31", pattern="^[Kk][Zz]-[0-9]{2}$")
MUSEUM = Parameter("museum", "Only exhibits of this museum, by slug; an unknown museum is a 400.",
                   example="taraz-history-museum", pattern="^[a-z0-9]+(?:-[a-z0-9]+)*$")

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
}


def query_arguments() -> dict[str, str]:
    """Return the query parameters of the current request, each once; an unknown or repeated one is refused."""
    accepted = [p.name for p in QUERY[request.endpoint]]
    for name in request.args:
        if name not in accepted:
            allowed = f"; this endpoint accepts {', '.join(accepted)}" if accepted else \
                "; this endpoint accepts no query parameters"
            raise InvalidParameter(f"unknown parameter {name[:40]!r}{allowed}", name[:100])
        if len(request.args.getlist(name)) > 1:
            raise InvalidParameter(f"{name} is given more than once", name)
    return {name: value for name, value in request.args.items()}


def page_of(arguments: dict[str, str]) -> PageRequest:
    """Return the page asked for, within the configured page sizes; a bad page or size is a 400."""
    config = current_app.config["EMUSEUM"]
    return page_request(arguments.get("page"), arguments.get("size"),
                        config["api.page_size"], config["api.max_page_size"])
