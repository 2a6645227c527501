"""The read-only JSON API at /api: regions, museums, published exhibits and persons, with an OpenAPI document."""
from flask import Blueprint

from . import http

bp = Blueprint("api", __name__, url_prefix="/api")
http.install(bp)

from . import search, views  # noqa: E402,F401  (they register the endpoints on bp)
