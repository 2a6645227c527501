"""Media of exhibits: attach an image or 3D model, order it, pick the primary one, make derivatives.

An image is checked before anything is kept: its type sniffed from its bytes, its size read from the
header and held to ``media.max_image_pixels``, then its first page decoded (streaming, so memory stays
bounded however large it is). Only then is the original stored, untouched and named by its SHA-256,
and the record made. The background job builds the pyramidal TIFF the IIIF server reads, then the
thumbnail and display JPEGs from it, and marks the record ready, or failed with the reason.
"""
from __future__ import annotations

import tempfile
from contextlib import contextmanager
from dataclasses import asdict
from typing import BinaryIO, Iterator

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from media.images import ImageRejected, decoding_failure, inspect_image
from media.sniff import sniff

from ..models import Exhibit, MediaRecord, Museum, State
from . import history, indexing
from .errors import NotFound, ValidationError
from .exhibits import _load as load_exhibit
from .identity import Identity
from .models3d import ingest_model, model_limits
from .uow import after_commit

DERIVATIVE_SIZES = {"thumb": 400, "display": 1600}
PYRAMID = "pyramid.tif"
# An upload is copied to a temporary file in pieces of this size, so it never sits whole in memory.
_CHUNK = 1024 * 1024


def attach_media(session: Session, identity: Identity, exhibit_id: int, stream: BinaryIO, filename: str = "",
                 alt: dict[str, str] | None = None, primary: bool = False, commit: bool = True) -> MediaRecord:
    """Return the new media record of the exhibit, committed; derivatives follow in a background job.

    With ``commit=False`` it is only flushed; the derivative job is queued when the caller commits.
    A file that is not a whole JPEG, PNG, TIFF or WebP image or GLB model, or an image over the pixel
    limit, raises ValidationError on "file"; nothing is stored then.
    """
    exhibit = load_exhibit(session, exhibit_id)
    identity.require_edit(exhibit.museum_id)
    config = current_app.config["EMUSEUM"]
    name = filename or "file"
    with _spooled(stream, config["media.max_upload_bytes"], name) as upload:
        head = upload.read(64)
        size = upload.seek(0, 2)
        if not size:
            raise ValidationError([("file", f"{name} is empty")])
        sniffed = sniff(head)
        width = height = properties = None
        if sniffed is None or sniffed[1] == "model":
            # Everything that is not an image is tried as a 3D model; a refusal names the problem.
            info = ingest_model(upload.name, name, model_limits(config))
            mime, kind, properties = info.media_type, "model", asdict(info)
        else:
            mime, kind = sniffed
            try:
                info = inspect_image(upload.name, config["media.max_image_pixels"], mime)
            except ImageRejected as exc:
                raise ValidationError([("file", f"{name}: {exc}")]) from None
            width, height = info.width, info.height
        upload.seek(0)
        stored = current_app.extensions["emuseum.storage"].put(upload)
    position = max((m.position for m in exhibit.media), default=-1) + 1
    record = MediaRecord(exhibit_id=exhibit.id, kind=kind, position=position, sha256=stored.sha256,
                         original_filename=filename[:300], media_type=mime, byte_size=stored.byte_size,
                         width=width, height=height, status="pending", properties=properties,
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


@contextmanager
def _spooled(stream: BinaryIO, limit: int, name: str) -> Iterator[BinaryIO]:
    """Yield the upload copied to a temporary file (outside the media store), refused if over ``limit`` bytes."""
    with tempfile.NamedTemporaryFile(prefix="emuseum-upload-") as upload:
        copied = 0
        while chunk := stream.read(min(_CHUNK, limit + 1 - copied)):
            upload.write(chunk)
            copied += len(chunk)
            if copied > limit:
                raise ValidationError([("file", f"{name} is over the limit of {limit} bytes")])
        upload.flush()
        upload.seek(0)
        yield upload


def make_derivatives(session: Session, media_id: int) -> MediaRecord:
    """Return the media record after its derivatives are made; a failure is recorded, not raised.

    For an image: the pyramidal TIFF, then thumb.jpg and display.jpg scaled from it. The record is
    ready once all three exist; its status_message then says what staff should know (only page 1 of
    a multi-page TIFF is shown, a damaged colour profile), or why it failed.
    """
    from media.images import scaled_jpeg  # noqa: PLC0415  (only the worker builds derivatives)
    from media.pyramid import build_pyramid  # noqa: PLC0415

    record = session.get(MediaRecord, media_id)
    if record is None:
        raise NotFound(f"no media {media_id}", "media")
    store = current_app.extensions["emuseum.storage"]
    cache = current_app.extensions["emuseum.derivatives"]
    record.status, record.status_message = "processing", ""
    session.commit()
    if record.kind == "model":
        from .models3d import make_record_derivatives  # noqa: PLC0415
        return make_record_derivatives(session, record)  # sets ready or failed with the reason; never raises
    max_pixels = current_app.config["EMUSEUM"]["media.max_image_pixels"]
    notes: tuple[str, ...] = ()
    try:
        if record.kind == "image":
            with store.open(record.sha256) as original:
                pyramid = build_pyramid(original, cache.path(record.sha256, PYRAMID), record.media_type,
                                        max_pixels=max_pixels)
            for name, side in DERIVATIVE_SIZES.items():
                cache.write(record.sha256, f"{name}.jpg", scaled_jpeg(pyramid.path, side))
            # The pyramid is what viewers get; the size measured at upload must describe it.
            record.width, record.height = pyramid.width, pyramid.height
            notes = pyramid.notes
        record.status, record.status_message = "ready", "; ".join(notes)
    except Exception as exc:  # any failure of a worker is shown to staff with its reason
        record.status, record.status_message = "failed", _failure(exc)[:2000]
    record_outcome(session, record)
    indexing.queue_record(session, "exhibit", record.exhibit_id)  # has_image and the thumbnail follow
    session.commit()
    return record


def record_outcome(session: Session, record: MediaRecord) -> None:
    """Log the end of a derivative job as a change of the media record, in the job's transaction.

    A file becoming ready changes what the exhibit's Manifest shows (a new Canvas), so Change
    Discovery must announce it as an Update, and staff see in the history when it was done.
    """
    history.record(session, "media", record.id, "update", "jobs",
                   {"status": ["processing", record.status]} | ({"message": [None, record.status_message]}
                                                                if record.status_message else {}))


def _failure(exc: Exception) -> str:
    """Return what went wrong in words for staff: libvips' own message for an image it could not decode."""
    return decoding_failure(exc) or f"{type(exc).__name__}: {exc}"


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
