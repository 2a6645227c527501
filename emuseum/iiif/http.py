"""HTTP behaviour of the IIIF Image API: CORS, JSON or JSON-LD, caching validators, Link headers, errors.

Every answer under /iiif/ carries ``Access-Control-Allow-Origin: *`` (viewers on other sites read
our images and errors). Errors are JSON naming the faulty segment: ``{"status": 400, "parameter":
"size", "message": "..."}``.
"""
from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from typing import Any, BinaryIO

from flask import Blueprint, Response, request
from werkzeug.exceptions import HTTPException
from werkzeug.http import is_resource_modified
from werkzeug.wsgi import wrap_file

from media.iiif import IIIFParameterError

from ..services.errors import ServiceError

CONTEXT = "http://iiif.io/api/image/3/context.json"
PROFILE_LINK = "http://iiif.io/api/image/3/level2.json"
JSON = "application/json"
JSON_LD = f'application/ld+json;profile="{CONTEXT}"'
# A record's image can be replaced, so caches keep answers a day, then ask again with the ETag.
MAX_AGE = 86400
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Link",
}


def json_ld_requested() -> bool:
    """Return whether the client asked for JSON-LD rather than plain JSON (3.0 §5.1)."""
    best = {JSON: 0.0, "application/ld+json": 0.0}
    for value, quality in request.accept_mimetypes:
        kind = value.split(";", 1)[0].strip().lower()  # a profile parameter may follow
        if kind in best:
            best[kind] = max(best[kind], quality)
    return best["application/ld+json"] > 0 and best["application/ld+json"] >= best[JSON]


def info_response(document: dict[str, Any], etag: str, last_modified: datetime) -> Response:
    """Return info.json as JSON-LD when asked for, else JSON, with validators and a day's caching."""
    if not is_resource_modified(request.environ, etag=etag, last_modified=last_modified):
        return not_modified(etag, last_modified)
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    response = Response(body, content_type=JSON_LD if json_ld_requested() else JSON)
    response.vary.add("Accept")
    return _validators(response, etag, last_modified)


def image_response(body: bytes | BinaryIO, media_type: str, etag: str, last_modified: datetime,
                   canonical_url: str) -> Response:
    """Return an image (bytes, or an open cached file sent as it is) with validators and Link headers."""
    if isinstance(body, bytes):
        response = Response(body, mimetype=media_type)
    else:
        # The open file goes to the server as it is, which can copy it with sendfile(2).
        response = Response(wrap_file(request.environ, body), mimetype=media_type, direct_passthrough=True)
        response.content_length = os.fstat(body.fileno()).st_size
    response.headers["Link"] = f'<{canonical_url}>;rel="canonical", <{PROFILE_LINK}>;rel="profile"'
    return _validators(response, etag, last_modified)


def unchanged(etag: str, last_modified: datetime) -> bool:
    """Return whether the client's copy (If-None-Match, else If-Modified-Since) is still good."""
    return not is_resource_modified(request.environ, etag=etag, last_modified=last_modified)


def not_modified(etag: str, last_modified: datetime) -> Response:
    """Return a 304 carrying the validators and caching of the full answer."""
    response = Response(status=304)
    del response.headers["Content-Type"]
    return _validators(response, etag, last_modified)


def redirect_to_info(location: str) -> Response:
    """Return the 303 See Other from an image's base URI to its info.json (3.0 §2.2)."""
    response = Response(status=303, headers={"Location": location})
    del response.headers["Content-Type"]
    return response


def error_response(status: int, message: str, parameter: str | None) -> Response:
    """Return a JSON error naming the segment at fault (region, size, rotation, quality, format, identifier)."""
    body = json.dumps({"status": status, "parameter": parameter, "message": message}, ensure_ascii=False)
    response = Response(body.encode("utf-8"), status=status, content_type=JSON)
    response.headers["Cache-Control"] = "no-store"
    return response


def _validators(response: Response, etag: str, last_modified: datetime) -> Response:
    response.set_etag(etag)
    response.last_modified = _utc(last_modified)
    response.headers["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return response


def _utc(moment: datetime) -> datetime:
    # SQLite gives back naive datetimes; every timestamp of ours is UTC.
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


def _parameter_error(error: IIIFParameterError) -> Response:
    return error_response(error.status, error.message, error.part)


def _service_error(error: ServiceError) -> Response:
    return error_response(error.status, error.message, error.field)


def _http_error(error: HTTPException) -> Response:
    if error.code is None or error.code < 400:
        return error  # redirects are not errors
    response = error_response(error.code, error.description or error.name, None)
    for name, value in error.get_headers():  # protocol headers such as Allow
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def _cors(response: Response) -> Response:
    response.headers.update(CORS)
    return response


def install(bp: Blueprint) -> None:
    """Attach CORS and the JSON error answers to the IIIF blueprint."""
    bp.register_error_handler(IIIFParameterError, _parameter_error)
    bp.register_error_handler(ServiceError, _service_error)
    bp.register_error_handler(HTTPException, _http_error)
    bp.after_request(_cors)
