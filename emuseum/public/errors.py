"""Error pages in the visitor's language, and JSON errors for /api/ addresses nobody else answered."""
from __future__ import annotations

from flask import Flask, Response, g, jsonify, render_template, request
from flask_babel import refresh
from werkzeug.exceptions import HTTPException

from ..i18n import preferred_language
from ..services.errors import InvalidParameter, ServiceError
from .language import default_language, language_of_path


def _wants_json() -> bool:
    return request.path == "/api" or request.path.startswith("/api/")


def _json(status: int, message: str, parameter: str | None) -> Response:
    response = jsonify({"status": status, "message": message, "parameter": parameter})
    response.status_code = status
    return response


def _page(status: int, detail: str = "", parameter: str | None = None) -> Response:
    # A page without a language in its address (/xx/..., /media/...) speaks the visitor's preferred one.
    g.lang = language_of_path(request.path) or preferred_language(default_language())
    refresh()
    try:
        body = render_template("error.html", status=status, detail=detail, parameter=parameter)
    except Exception:  # the error page must never fail itself: fall back to bare text
        body = f"<!doctype html><html lang=\"en\"><title>Error {status}</title><p>Error {status}</p></html>"
    return Response(body, status, content_type="text/html; charset=utf-8")


def _http_error(exc: HTTPException) -> Response:
    status = exc.code or 500
    response = _json(status, exc.description or exc.name, None) if _wants_json() else _page(status)
    # Keep protocol headers the exception carries, such as Allow on a 405.
    for name, value in exc.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def _service_error(exc: ServiceError) -> Response:
    parameter = exc.field if isinstance(exc, InvalidParameter) else None
    if _wants_json():
        return _json(exc.status, exc.message, parameter)
    return _page(exc.status, exc.message if parameter else "", parameter)


def register_error_pages(app: Flask) -> None:
    """Answer HTTP errors and service errors app-wide: an HTML page, or JSON under /api/."""
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(ServiceError, _service_error)
