"""Media files of public exhibits (thumbnails, display images, 3D models and originals) and museum logos.

Every answer allows any origin (CORS): IIIF viewers and 3D viewers on other sites fetch these
files with scripts (a GLB is read by fetch(), a thumbnail drawn on a canvas), not only with <img>.
"""
from __future__ import annotations

import mimetypes

from flask import Response, current_app, send_file

from media.storage import StorageError

from ..db import db
from ..services.errors import NotFound
from ..services.identity import PUBLIC
from ..services.logos import public_logo
from ..services.media import get_public_media
from . import bp
from .language import RECORD_ID

# The bytes behind a media id never change (a new file is a new record), so caches may keep them.
CACHE_SECONDS = 365 * 24 * 3600
LOGO_CACHE_SECONDS = 3600  # a museum's logo URL stays when the logo changes, so caches ask again hourly
EXTENSIONS = {"model/gltf-binary": ".glb"}


# Derivative name -> (media kind it belongs to, MIME type).
DERIVATIVES = {
    "thumb.jpg": ("image", "image/jpeg"),
    "display.jpg": ("image", "image/jpeg"),
    "model.glb": ("model", "model/gltf-binary"),  # web-ready GLB, centred
    "model-lod.glb": ("model", "model/gltf-binary"),  # decimated level of detail, only for large meshes
    "preview.png": ("model", "image/png"),  # headless rendering, the model's poster and thumbnail
}


@bp.get(f"/media/<{RECORD_ID}:media_id>/<any({', '.join(map(repr, DERIVATIVES))}):name>")
def media_derivative(media_id: int, name: str) -> Response:
    """Return a derivative of a public exhibit's media: image thumb/display JPEG, or a model's web GLB, LOD or preview."""
    record = get_public_media(db.session, media_id)
    kind, mimetype = DERIVATIVES[name]
    # Derivatives exist only once the background job has made them.
    if record.kind != kind or record.status != "ready":
        raise NotFound(f"no {name} for media {media_id}", "media")
    path = current_app.extensions["emuseum.derivatives"].path(record.sha256, name)
    if not path.is_file():
        raise NotFound(f"no {name} for media {media_id}", "media")
    response = send_file(path, mimetype=mimetype, etag=f"{record.sha256}-{name}", max_age=CACHE_SECONDS,
                         conditional=True)
    response.cache_control.immutable = True
    return _shared(response)


@bp.get(f"/media/<{RECORD_ID}:media_id>/original")
def media_original(media_id: int) -> Response:
    """Return the original file of a public exhibit's image or 3D model, as uploaded."""
    record = get_public_media(db.session, media_id)
    try:
        stream = current_app.extensions["emuseum.storage"].open(record.sha256)
    except StorageError:
        raise NotFound(f"the original of media {media_id} is not stored", "media") from None
    extension = EXTENSIONS.get(record.media_type) or mimetypes.guess_extension(record.media_type) or ""
    response = send_file(stream, mimetype=record.media_type, etag=record.sha256, max_age=CACHE_SECONDS,
                         conditional=True, as_attachment=record.kind == "model",
                         download_name=record.original_filename or f"{record.sha256[:16]}{extension}")
    response.cache_control.immutable = True
    return _shared(response)


@bp.get("/media/museums/<slug>/logo.png")
def museum_logo(slug: str) -> Response:
    """Return the logo of an active museum as PNG (the provider logo of its IIIF Manifests and Collection)."""
    sha256 = public_logo(db.session, PUBLIC, slug)
    try:
        stream = current_app.extensions["emuseum.storage"].open(sha256)
    except StorageError:
        raise NotFound(f"the logo of museum {slug!r} is not stored", "logo") from None
    response = send_file(stream, mimetype="image/png", etag=sha256, max_age=LOGO_CACHE_SECONDS, conditional=True)
    return _shared(response)


def _shared(response: Response) -> Response:
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
