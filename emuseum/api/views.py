"""The API's endpoints: each reads its parameters, asks a service as the public and answers JSON."""
from __future__ import annotations

from typing import Callable

from flask import Response, current_app

from ..db import db
from ..services import exhibits as exhibit_service
from ..services import museums as museum_service
from ..services import persons as person_service
from ..services import regions as region_service
from ..services.errors import InvalidParameter, NotFound
from ..services.identity import PUBLIC
from ..services.pagination import Page
from . import bp, records
from .http import json_response
from .links import Urls
from .openapi import document
from .parameters import LARGEST_ID, page_of, query_arguments


def _page_response(page: Page, record: Callable, arguments: dict[str, str], urls: Urls) -> Response:
    """Return a page of records with its counts and links, in the body and in a Link header."""
    filters = {name: value for name, value in arguments.items() if name not in ("page", "size") and value}
    links = urls.page_links(page, filters)
    body = {"items": [record(item) for item in page.items], "page": page.page, "size": page.size,
            "total": page.total, "pages": page.pages, "links": links}
    link_header = ", ".join(f'<{url}>; rel="{rel}"' for rel, url in links.items() if url and rel != "self")
    return json_response(body, headers={"Link": link_header})


def _known_region(code: str) -> str:
    """Return the region's code as stored; a filter naming no region is the client's mistake, a 400."""
    try:
        return region_service.get_region(db.session, code).code
    except NotFound:
        raise InvalidParameter(f"region: no region with code {code[:40]!r}", "region") from None


def _known_museum(slug: str) -> str:
    """Return the slug of a museum the public may see; any other is a 400 naming the filter."""
    try:
        return museum_service.get_museum(db.session, PUBLIC, slug).slug
    except NotFound:
        raise InvalidParameter(f"museum: no museum {slug[:100]!r}", "museum") from None


def _record_id(value: int, kind: str) -> int:
    """Return the id from the URL if the database can hold it; a larger one names no record."""
    if value > LARGEST_ID:
        raise NotFound(f"no {kind} {value}", kind)
    return value


@bp.get("/regions")
def regions():
    arguments = query_arguments()
    wanted = page_of(arguments)
    every = region_service.list_regions(db.session)  # twenty regions: one page is cut from the whole list
    page = Page(every[wanted.offset:wanted.offset + wanted.size], len(every), wanted)
    urls = Urls()
    return _page_response(page, lambda r: records.region(r, urls), arguments, urls)


@bp.get("/regions/<code>")
def region(code: str):
    query_arguments()
    return json_response(records.region(region_service.get_region(db.session, code), Urls()))


@bp.get("/museums")
def museums():
    arguments = query_arguments()
    wanted = page_of(arguments)
    region_code = _known_region(arguments["region"]) if arguments.get("region") else None
    page = museum_service.list_museums(db.session, PUBLIC, wanted, region=region_code)
    counts = museum_service.published_counts(db.session, [m.id for m in page.items])
    urls = Urls()
    return _page_response(page, lambda m: records.museum(m, counts.get(m.id, 0), urls), arguments, urls)


@bp.get("/museums/<slug>")
def museum(slug: str):
    query_arguments()
    found = museum_service.get_museum(db.session, PUBLIC, slug)
    count = museum_service.published_counts(db.session, [found.id]).get(found.id, 0)
    return json_response(records.museum(found, count, Urls()))


@bp.get("/exhibits")
def exhibits():
    arguments = query_arguments()
    wanted = page_of(arguments)
    museum_slug = _known_museum(arguments["museum"]) if arguments.get("museum") else None
    region_code = _known_region(arguments["region"]) if arguments.get("region") else None
    page = exhibit_service.list_exhibits(db.session, PUBLIC, wanted, museum=museum_slug, region=region_code)
    urls = Urls()
    return _page_response(page, lambda e: records.exhibit(e, urls), arguments, urls)


@bp.get("/exhibits/<int:id>")
def exhibit(id: int):
    query_arguments()
    found = exhibit_service.get_exhibit(db.session, PUBLIC, _record_id(id, "exhibit"))
    return json_response(records.exhibit(found, Urls()))


@bp.get("/persons")
def persons():
    arguments = query_arguments()
    page = person_service.list_persons(db.session, page_of(arguments))
    urls = Urls()
    return _page_response(page, lambda p: records.person(p, urls), arguments, urls)


@bp.get("/persons/<int:id>")
def person(id: int):
    query_arguments()
    found = person_service.get_person(db.session, _record_id(id, "person"))
    return json_response(records.person(found, Urls()))


@bp.get("/openapi.json")
def openapi():
    query_arguments()
    return json_response(document(current_app.config["EMUSEUM"], Urls().root))
