"""IIIF Change Discovery API 1.0, level 2: the catalogue's Create, Update and Delete activities, oldest first.

Routes (under /iiif/discovery):

    /activity/all-changes      the OrderedCollection: totalItems, first and last pages
    /activity/page/{n}         an OrderedCollectionPage from 1, ACTIVITIES_PER_PAGE activities a page

New activities are added at the end, so only the last page changes as the catalogue does; a
harvester reads from the last page backwards until it meets an activity it has seen.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

from flask import Response
from werkzeug.exceptions import NotFound as HTTPNotFound

from ..api.records import iso_utc
from ..db import db
from ..services import discovery
from ..services.errors import NotFound
from ..services.presentation import Document, Links
from . import bp
from .presentation import document_response, links, negotiated_type, page_number

DISCOVERY_CONTEXT = "http://iiif.io/api/discovery/1/context.json"


def _collection_url(urls: Links) -> str:
    return f"{urls.root}/iiif/discovery/activity/all-changes"


def _page_ref(urls: Links, number: int) -> dict[str, str]:
    return {"id": f"{urls.root}/iiif/discovery/activity/page/{number}", "type": "OrderedCollectionPage"}


def _activity(activity: discovery.Activity, urls: Links) -> dict[str, Any]:
    url = urls.manifest(activity.object_id) if activity.object_type == "Manifest" else urls.museum(activity.object_id)
    return {"type": activity.type, "object": {"id": url, "type": activity.object_type},
            "endTime": iso_utc(activity.end_time)}


def _respond(document: dict[str, Any], content_type: str) -> Response:
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return document_response(Document(body, hashlib.blake2b(body, digest_size=16).hexdigest()), content_type)


@bp.get("/discovery/activity/all-changes")
def all_changes() -> Response:
    """Return the OrderedCollection of all activities, pointing to its first and last pages."""
    content_type = negotiated_type(DISCOVERY_CONTEXT)
    urls = links()
    total = len(discovery.activities(db.session))
    return _respond({
        "@context": DISCOVERY_CONTEXT,
        "id": _collection_url(urls),
        "type": "OrderedCollection",
        "totalItems": total,
        "first": _page_ref(urls, 1),
        "last": _page_ref(urls, discovery.page_count(total)),
    }, content_type)


@bp.get("/discovery/activity/page/<page>")
def activity_page(page: str) -> Response:
    """Return one OrderedCollectionPage of activities, oldest first."""
    number = page_number(page)
    content_type = negotiated_type(DISCOVERY_CONTEXT)
    urls = links()
    everything = discovery.activities(db.session)
    pages = discovery.page_count(len(everything))
    if number > pages:
        raise NotFound(f"the activity stream has {pages} page(s), not {number}", "page")
    size = discovery.ACTIVITIES_PER_PAGE
    start = (number - 1) * size
    document: dict[str, Any] = {
        "@context": DISCOVERY_CONTEXT,
        "id": _page_ref(urls, number)["id"],
        "type": "OrderedCollectionPage",
        "startIndex": start,
        "partOf": {"id": _collection_url(urls), "type": "OrderedCollection"},
    }
    if number > 1:
        document["prev"] = _page_ref(urls, number - 1)
    if number < pages:
        document["next"] = _page_ref(urls, number + 1)
    document["orderedItems"] = [_activity(a, urls) for a in everything[start:start + size]]
    return _respond(document, content_type)


@bp.get("/discovery/<path:anything>")
def unknown_discovery(anything: str) -> Response:
    """Answer any other address under /iiif/discovery/ with a JSON 404."""
    raise HTTPNotFound(f"no IIIF Change Discovery resource at /iiif/discovery/{anything[:80]}")
