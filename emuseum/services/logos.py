"""Museum logos: uploaded once, normalised to a small PNG, stored content-addressed, shown on pages and in IIIF."""
from __future__ import annotations

from typing import BinaryIO

from flask import current_app
from sqlalchemy.orm import Session

from media.images import ImageRejected, logo_png

from ..models import Museum
from . import history
from .errors import NotFound, ValidationError
from .identity import Identity
from .museums import get_museum
from .museums import _load as load_museum

MAX_LOGO_BYTES = 10 * 1024 * 1024
LOGO_SIDE = 400  # pixels of the longest side: sharp in a viewer's provider panel on a high-density screen


def set_logo(session: Session, identity: Identity, slug: str, stream: BinaryIO, filename: str = "") -> Museum:
    """Return the museum with its new logo, committed and recorded; the upload is refused (field "logo") if not an image.

    Nothing is stored for a refused file; the PNG made from a good one replaces the old logo.
    """
    museum = load_museum(session, slug)
    identity.require_edit(museum.id)
    data = stream.read(MAX_LOGO_BYTES + 1)
    name = filename or "the logo"
    if not data:
        raise ValidationError([("logo", f"{name} is empty")])
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError([("logo", f"{name} is over the limit of {MAX_LOGO_BYTES} bytes")])
    try:
        png = logo_png(data, LOGO_SIDE, current_app.config["EMUSEUM"]["media.max_image_pixels"])
    except ImageRejected as exc:
        raise ValidationError([("logo", f"{name}: {exc}")]) from None
    stored = current_app.extensions["emuseum.storage"].put_bytes(png)
    if stored.sha256 != museum.logo_sha256:
        history.record(session, "museum", museum.id, "update", identity.name,
                       {"logo_sha256": [museum.logo_sha256, stored.sha256]})
        museum.logo_sha256 = stored.sha256
    session.commit()
    return museum


def public_logo(session: Session, identity: Identity, slug: str) -> str:
    """Return the storage digest of a visible museum's logo; NotFound if the museum is hidden or has none."""
    museum = get_museum(session, identity, slug)
    if not museum.logo_sha256:
        raise NotFound(f"museum {slug!r} has no logo", "logo")
    return museum.logo_sha256
