"""The IIIF blueprint: Image API 3.0 services, Presentation 3.0 manifests and collections, Change Discovery 1.0."""
from flask import Blueprint

bp = Blueprint("iiif", __name__, url_prefix="/iiif")

from . import discovery, images, presentation  # noqa: E402,F401  (their routes register on bp)
