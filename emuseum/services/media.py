"""Media of exhibits: attach an image or 3D model, order it, pick the primary one, make derivatives."""
from __future__ import annotations

import io
from typing import BinaryIO

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from media.images import ImageRejected, inspect_image
from media.sniff import sniff

from ..models import Exhibit, MediaRecord, Museum, State
from . import history
from .errors import NotFound, ValidationError
from .exhibits import _load as load_exhibit
from .identity import Identity
from .uow import after_commit

DERIVATIVE_SIZES = {"thumb": 400, "display": 1600}


def attach_media(session: Session, identity: Identity, exhibit_id: int, stream: BinaryIO, filename: str = "",
                 alt: dict[str, str] | None = None, primary: bool = False, commit: bool = True) -> MediaRecord:
    """Return the new media record of the exhibit, committed; derivatives follow in a background job.

    With ``commit=False`` it is only flushed; the derivative job is queued when the caller commits.
    """
    exhibit = load_exhibit(session, exhibit_id)
    identity.require_edit(exhibit.museum_id)
    config = current_app.config["EMUSEUM"]
    data = stream.read(config["media.max_upload_bytes"] + 1)
    if len(data) > config["media.max_upload_bytes"]:
        raise ValidationError([("file", f"{filename or 'file'} is over the limit of {config['media.max_upload_bytes']} bytes")])
    if not data:
        raise ValidationError([("file", f"{filename or 'file'} is empty")])
    sniffed = sniff(data[:64])
    if sniffed is None:
        raise ValidationError([("file", f"{filename or 'file'} is not a JPEG, PNG, TIFF, WebP image or a GLB model")])
    mime, kind = sniffed
    width = height = None
    if kind == "image":
        try:
            info = inspect_image(io.BytesIO(data), config["media.max_image_pixels"])
        except ImageRejected as exc:
            raise ValidationError([("file", f"{filename or 'file'}: {exc}")]) from None
        width, height = info.width, info.height
    stored = current_app.extensions["emuseum.storage"].put_bytes(data)
    position = max((m.position for m in exhibit.media), default=-1) + 1
    record = MediaRecord(exhibit_id=exhibit.id, kind=kind, position=position, sha256=stored.sha256,
                         original_filename=filename[:300], media_type=mime, byte_size=stored.byte_size,
                         width=width, height=height, status="pending",
                         is_primary=primary or not exhibit.media)
    for lang in ("kk", "ru", "en"):
        setattr(record, f"alt_{lang}", ((alt or {}).get(lang) or "")[:500])
    if record.is_primary:
        for other in exhibit.media:
            other.is_primary = False
    exhibit.media.append(record)
    session.flush()
    history.record(session, "exhibit", exhibit.id, "update", identity.name,
                   {"media": [None, {"id": record.id, "sha256": stored.sha256, "kind": kind}]})
    media_id = record.id
    jobs = current_app.extensions["emuseum.jobs"]
    after_commit(session, lambda: jobs.enqueue("make_derivatives", media_id))
    if commit:
        session.commit()
    return record


def make_derivatives(session: Session, media_id: int) -> MediaRecord:
    """Return the media record after its derivatives are made; a failure is recorded, not raised."""
    from media.images import scaled_jpeg  # noqa: PLC0415  (only the worker needs Pillow's encoders)

    record = session.get(MediaRecord, media_id)
    if record is None:
        raise NotFound(f"no media {media_id}", "media")
    store = current_app.extensions["emuseum.storage"]
    cache = current_app.extensions["emuseum.derivatives"]
    record.status = "processing"
    session.commit()
    max_pixels = current_app.config["EMUSEUM"]["media.max_image_pixels"]
    try:
        if record.kind == "image":
            for name, side in DERIVATIVE_SIZES.items():
                with store.open(record.sha256) as original:
                    cache.write(record.sha256, f"{name}.jpg", scaled_jpeg(original, side, max_pixels=max_pixels))
        record.status, record.status_message = "ready", ""
    except Exception as exc:  # any failure of a worker is shown to staff with its reason
        record.status, record.status_message = "failed", f"{type(exc).__name__}: {exc}"[:2000]
    session.commit()
    return record


def media_counts(session: Session) -> dict[str, int]:
    """Return how many media records are in each processing status."""
    from sqlalchemy import func  # noqa: PLC0415
    rows = session.execute(select(MediaRecord.status, func.count()).group_by(MediaRecord.status))
    return dict(rows.all())


def get_public_media(session: Session, media_id: int) -> MediaRecord:
    """Return the media record if the public may see its exhibit (see exhibits.is_public), else raise NotFound.

    One query with the visibility rule in SQL: thumbnails are the most requested URLs of the site,
    so loading the whole exhibit with its vocabularies for each one would be wasted work.
    """
    record = session.scalar(
        select(MediaRecord).join(MediaRecord.exhibit).join(Exhibit.museum)
        .where(MediaRecord.id == media_id, Exhibit.state == State.PUBLISHED.value, Museum.is_active.is_(True)))
    if record is None:
        raise NotFound(f"no media {media_id}", "media")
    return record
