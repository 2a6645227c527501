"""The search endpoints: /api/search (hits, facets, cursor) and /api/suggest (type-ahead)."""
from __future__ import annotations

from typing import Any

from flask import current_app

from indexer.query import MAX_PAGE_SIZE

from ..db import db
from ..search import search as search_extension
from ..services import search as search_service
from . import bp
from .http import json_response
from .links import Urls
from .parameters import query_values

# Where each type of record lives: the API endpoint, its URL value and the public page.
_PLACES = {"exhibit": ("api.exhibit", "id", "exhibits"), "museum": ("api.museum", "slug", "museums"),
           "person": ("api.person", "id", "persons")}


def _links(urls: Urls, kind: str, key: int | str, lang: str) -> tuple[str, str]:
    endpoint, name, folder = _PLACES[kind]
    return urls.api(endpoint, **{name: key}), urls.path(f"/{lang}/{folder}/{key}")


def _hit(found: search_service.Found, urls: Urls, lang: str) -> dict[str, Any]:
    url, html = _links(urls, found.hit.type, found.key, lang)
    return {"id": found.hit.id, "type": found.hit.type, "title": found.hit.title,
            "highlights": dict(found.hit.highlights), "url": url, "html": html,
            "thumbnail": urls.path(f"/media/{found.thumbnail}/thumb.jpg") if found.thumbnail else None}


@bp.get("/search")
def search():
    arguments = query_values()
    config = current_app.config["EMUSEUM"]
    query = search_service.parse(arguments, "kk", config["api.page_size"],
                                 min(config["api.max_page_size"], MAX_PAGE_SIZE))
    results = search_service.search(db.session, search_extension.engine, query)
    urls = Urls()
    lang = query.lang
    next_url = None
    if results.next_cursor:
        following = {name: values for name, values in arguments.items() if name not in ("page", "after")}
        next_url = urls.api("api.search", **following, after=results.next_cursor)
    body = {
        "items": [_hit(found, urls, lang) for found in results.items],
        "total": results.total,
        "sort": results.sort,
        "facets": {name: [{"value": v.value, "label": v.label, "count": v.count, "selected": v.selected}
                          for v in values] for name, values in results.facets.items()},
        "next_cursor": results.next_cursor,
        "links": {"self": urls.api("api.search", **arguments), "next": next_url},
    }
    return json_response(body, headers={"Link": f'<{next_url}>; rel="next"'} if next_url else None)


@bp.get("/suggest")
def suggest():
    lang, found = search_service.suggest(db.session, search_extension.engine, query_values(), "kk")
    urls = Urls()
    items = []
    for suggestion, key in found:
        url, html = _links(urls, suggestion.type, key, lang)
        items.append({"id": suggestion.id, "type": suggestion.type, "title": suggestion.title, "url": url,
                      "html": html})
    return json_response({"items": items})
