"""IIIF Presentation API 3.0: each public exhibit's Manifest and the Collections of museums, regions and the nation.

Routes (under /iiif/presentation, beside the Image API's /iiif/3/{identifier}):

    /exhibits/{id}/manifest                  the Manifest of a public exhibit with something to show
    /collections/national                    the regions, each a Collection of its museums
    /collections/museums                     every active museum's Collection
    /collections/regions/{code}              the museums of a region (ISO 3166-2:KZ code)
    /collections/museums/{id}                a museum's Manifests, or its pages when they are many
    /collections/museums/{id}/page/{n}       page n of them, from 1

Answers are JSON-LD with the Presentation 3 profile when the client asks for it, else JSON; a
client whose Accept admits neither gets a 406. Every answer carries an ETag computed from its body
and must be revalidated before reuse, so an edit shows at once; CORS and JSON errors are the IIIF
blueprint's (emuseum.iiif.http).
"""
from __future__ import annotations

import re

from flask import Response, current_app, request
from werkzeug.exceptions import NotAcceptable
from werkzeug.exceptions import NotFound as HTTPNotFound

from ..db import db
from ..models import Exhibit
from ..response_cache import Rendered, cached
from ..services import presentation
from ..services.errors import InvalidParameter
from ..services.exhibits import is_public
from . import bp
from .http import json_ld_requested

PRESENTATION_CONTEXT = "http://iiif.io/api/presentation/3/context.json"
JSON = "application/json"
JSON_LD = "application/ld+json"
# A profile parameter (a version of the context) does not change what we can send.
ACCEPTABLE = (JSON, JSON_LD, "application/*", "*/*")
RECORD_ID = "int(max=2147483647)"  # larger numbers name no record, and PostgreSQL refuses them
_PAGE = re.compile(r"[1-9][0-9]{0,8}")


def links() -> presentation.Links:
    """Return the URL maker of this site: on ``app.base_url``, else on this request's host."""
    root = current_app.config["EMUSEUM"]["app.base_url"] or f"{request.scheme}://{request.host}{request.root_path}"
    return presentation.Links(root)


def negotiated_type(context: str) -> str:
    """Return the content type to answer with; raise a 406 when Accept admits neither JSON nor JSON-LD.

    Browsers send ``text/html,...,*/*;q=0.8``, which admits JSON; only an Accept header listing no
    JSON type and no wildcard is refused. Media type parameters (a JSON-LD profile) are not compared.
    """
    if request.headers.get("Accept") and not any(
            quality > 0 and value.split(";", 1)[0].strip().lower() in ACCEPTABLE
            for value, quality in request.accept_mimetypes):
        raise NotAcceptable(f"this resource is JSON: Accept must admit {JSON} or {JSON_LD}")
    return f'{JSON_LD};profile="{context}"' if json_ld_requested() else JSON


def document_response(document: presentation.Document, content_type: str) -> Response:
    """Return a document with its ETag (304 when the client has it), to be revalidated before every reuse."""
    response = Response(document.body, content_type=content_type)
    response.set_etag(document.etag)
    response.vary.add("Accept")
    response.headers["Cache-Control"] = "public, no-cache"
    return response.make_conditional(request)


def page_number(raw: str) -> int:
    """Return a page number from the URL: 1 or more, in plain digits; anything else is a 400 naming it."""
    if not _PAGE.fullmatch(raw):
        raise InvalidParameter(f"page must be a whole number from 1, written in digits, not {raw[:20]!r}", "page")
    return int(raw)


def _answer(make) -> Response:
    content_type = negotiated_type(PRESENTATION_CONTEXT)  # before any work: a 406 costs nothing
    urls = links()
    rendered = cached(("iiif", urls.root, request.path), lambda: _rendered(make(db.session, urls)))
    return document_response(presentation.Document(rendered.body, rendered.etag), content_type)


def _rendered(document: presentation.Document) -> Rendered:
    return Rendered(document.body, document.etag)


@bp.get(f"/presentation/exhibits/<{RECORD_ID}:exhibit_id>/manifest")
def manifest(exhibit_id: int) -> Response:
    """Return the Manifest of a public exhibit."""
    return _answer(lambda session, urls: presentation.manifest(session, exhibit_id, urls))


@bp.get("/presentation/collections/national")
def national_collection() -> Response:
    """Return the national Collection of regions."""
    return _answer(presentation.national_collection)


@bp.get("/presentation/collections/museums")
def museums_collection() -> Response:
    """Return the Collection of all active museums."""
    return _answer(presentation.museums_collection)


@bp.get("/presentation/collections/regions/<code>")
def region_collection(code: str) -> Response:
    """Return a region's Collection of museums."""
    return _answer(lambda session, urls: presentation.region_collection(session, code, urls))


@bp.get(f"/presentation/collections/museums/<{RECORD_ID}:museum_id>")
def museum_collection(museum_id: int) -> Response:
    """Return a museum's Collection."""
    return _answer(lambda session, urls: presentation.museum_collection(session, museum_id, urls))


@bp.get(f"/presentation/collections/museums/<{RECORD_ID}:museum_id>/page/<page>")
def museum_collection_page(museum_id: int, page: str) -> Response:
    """Return one page of a museum's Manifests."""
    number = page_number(page)
    return _answer(lambda session, urls: presentation.museum_collection(session, museum_id, urls, number))


@bp.get("/presentation/<path:anything>")
def unknown_presentation(anything: str) -> Response:
    """Answer any other address under /iiif/presentation/ with a JSON 404."""
    raise HTTPNotFound(f"no IIIF Presentation resource at /iiif/presentation/{anything[:80]}")


@bp.app_template_global()
def iiif_manifest_url(exhibit: Exhibit) -> str | None:
    """Return the absolute URL of the exhibit's Manifest, or None when it has none (for the exhibit page)."""
    if not (is_public(exhibit) and presentation.has_manifest(exhibit)):
        return None
    return links().manifest(exhibit.id)
