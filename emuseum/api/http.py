"""HTTP behaviour of the API: JSON bodies, JSON errors, ETag and 304, caching and CORS."""
from __future__ import annotations

import hashlib
import json
from typing import Any

from flask import Blueprint, Response, g, request
from werkzeug.exceptions import HTTPException

from ..response_cache import Rendered, keep, lookup
from ..services.errors import ServiceError

CONTENT_TYPE = "application/json; charset=utf-8"
ALLOWED_METHODS = "GET, HEAD, OPTIONS"
MAX_AGE = 60  # seconds a shared cache may serve a response before asking again with the ETag
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Link",
}


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """Return a response with the data as UTF-8 JSON, Kazakh and Russian left readable."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Response(body.encode("utf-8"), status=status, content_type=CONTENT_TYPE, headers=headers)


def error_response(status: int, message: str, parameter: str | None = None) -> Response:
    """Return the JSON error every API failure answers with: status, message and the parameter at fault."""
    response = json_response({"status": status, "message": message, "parameter": parameter}, status)
    response.headers.update(CORS)  # so a browser script on another site can read why it failed
    return response


def _service_error(error: ServiceError) -> Response:
    # Only a 400 is about a parameter of this request; a 404's field names the kind of record.
    parameter = error.field if error.status == 400 else None
    return error_response(error.status, error.message, parameter)


def _http_error(error: HTTPException):
    # Only errors raised inside a view arrive here: a URL or method no API route matches is a
    # routing error, answered by the app-wide handler (emuseum.public.errors) in the same JSON shape.
    if error.code is None or error.code < 400:
        return error  # redirects are not errors
    response = error_response(error.code, error.description or error.name)
    for name, value in error.get_headers():  # protocol headers such as Allow or Retry-After
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def _preflight() -> Response | None:
    if request.method != "OPTIONS":
        return None
    response = Response(status=204)
    del response.headers["Content-Type"]
    response.headers.update({
        "Allow": ALLOWED_METHODS,
        "Access-Control-Allow-Methods": ALLOWED_METHODS,
        "Access-Control-Allow-Headers": request.headers.get("Access-Control-Request-Headers", "If-None-Match"),
        "Access-Control-Max-Age": "86400",
    })
    return response


def _from_cache() -> Response | None:
    # A URL that answered 200 under this catalogue generation answers the same again: its
    # parameters were valid and its records unchanged, so the view need not run.
    if request.method not in ("GET", "HEAD"):
        return None
    key = ("api", request.host, request.root_path, request.full_path)
    gen, found = lookup(key)
    if found is None:
        g.api_cache = (gen, key)
        return None
    response = Response(found.body, content_type=CONTENT_TYPE)
    response.set_etag(found.etag)
    return response


def _finish(response: Response) -> Response:
    response.headers.update(CORS)
    if request.method in ("GET", "HEAD") and response.status_code == 200:
        if response.get_etag()[0] is None:
            response.set_etag(hashlib.sha256(response.get_data()).hexdigest()[:32])
            if "api_cache" in g:
                gen, key = g.pop("api_cache")
                keep(gen, key, Rendered(response.get_data(), response.get_etag()[0]))
        response.headers["Cache-Control"] = f"public, max-age={MAX_AGE}"
        # Werkzeug answers 304 for a matching If-None-Match, a list of tags or "*".
        response.make_conditional(request)
    return response


def install(bp: Blueprint) -> None:
    """Attach the API's error handlers, preflight answer and caching headers to the blueprint."""
    bp.register_error_handler(ServiceError, _service_error)
    bp.register_error_handler(HTTPException, _http_error)
    bp.before_request(_preflight)
    bp.before_request(_from_cache)
    bp.after_request(_finish)
