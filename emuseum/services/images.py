"""Images as the public sees them through the IIIF Image API, found by their opaque identifier."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, contains_eager

from ..models import Exhibit, MediaRecord, Museum, State
from .errors import NotFound

# The original is stored and measured when the record is made, so an image is served from then on;
# only one whose processing failed (it may not decode) is held back.
SERVABLE_STATUSES = ("pending", "processing", "ready")
LONGEST_IDENTIFIER = MediaRecord.identifier.type.length


def public_image(session: Session, identifier: str) -> MediaRecord:
    """Return the image the identifier names, its exhibit loaded, if the public may see it; else raise NotFound.

    Public means: an image (not a 3D model) of a published exhibit of an active museum (the rule of
    exhibits.is_public, here in SQL), measured, and not failed in processing. The identifier is only
    ever compared in the database, never turned into a path.
    """
    # Control characters are in no identifier, and PostgreSQL refuses NUL in a query outright.
    if not identifier or len(identifier) > LONGEST_IDENTIFIER or not identifier.isprintable():
        raise NotFound(f"no image {identifier[:40]!r}", "identifier")
    record = session.scalar(
        select(MediaRecord).join(MediaRecord.exhibit).join(Exhibit.museum)
        .options(contains_eager(MediaRecord.exhibit).lazyload("*"))  # not the exhibit's own links
        .where(MediaRecord.identifier == identifier, MediaRecord.kind == "image",
               MediaRecord.status.in_(SERVABLE_STATUSES),
               MediaRecord.width.is_not(None), MediaRecord.height.is_not(None),
               Exhibit.state == State.PUBLISHED.value, Museum.is_active.is_(True)))
    if record is None:
        raise NotFound(f"no image {identifier[:40]!r}", "identifier")
    return record
