"""Public images written out as IIIF level 0 static trees (info.json and tiles), for any static web host.

One tree per image at ``{directory}/{identifier}``, read from the image's pyramidal TIFF (made first if
an older record lacks one). Only what the public may see is exported: images, processed (status
ready), of published exhibits of active museums.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session, contains_eager

from media.pyramid import build_pyramid
from media.static_export import TILE_SIZE, export_image, plan_export

from ..models import Exhibit, MediaRecord, Museum, State
from .errors import NotFound
from .media import PYRAMID


# An identifier becomes a folder name and a URL segment as it is: only these characters may.
_SAFE_IDENTIFIER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True)
class ExportSummary:
    images: int
    files: int  # images encoded; links to the same image not counted
    directory: Path
    skipped: list[str] = field(default_factory=list)  # why an image was left out


def public_images(session: Session, exhibit_id: int | None = None) -> list[MediaRecord]:
    """Return the ready images the public may see, of one exhibit or of all, in a stable order.

    An exhibit that is not public, or has no ready image, raises NotFound: exporting nothing for a
    named exhibit is a mistake worth saying.
    """
    query = (select(MediaRecord).join(MediaRecord.exhibit).join(Exhibit.museum)
             .options(contains_eager(MediaRecord.exhibit))
             .where(MediaRecord.kind == "image", MediaRecord.status == "ready",
                    MediaRecord.width.is_not(None), MediaRecord.height.is_not(None),
                    Exhibit.state == State.PUBLISHED.value, Museum.is_active.is_(True))
             .order_by(MediaRecord.exhibit_id, MediaRecord.position, MediaRecord.id))
    if exhibit_id is not None:
        query = query.where(MediaRecord.exhibit_id == exhibit_id)
    records = list(session.scalars(query))
    if exhibit_id is not None and not records:
        raise NotFound(f"exhibit {exhibit_id} has no public image ready to export", "exhibit")
    return records


def export_static(session: Session, directory: str | os.PathLike, base_url: str, exhibit_id: int | None = None,
                  tile_size: int = TILE_SIZE,
                  progress: Callable[[int, int], None] | None = None) -> ExportSummary:
    """Return what was written: the level 0 tree of each public image (of one exhibit, or all) under ``directory``.

    ``base_url`` is where ``directory`` will be served; each info.json's id is ``{base_url}/{identifier}``.
    ``progress(done, total)`` is called as images are encoded (total counts every image of every tree).
    """
    directory = Path(directory)
    records, skipped = [], []
    for record in public_images(session, exhibit_id):
        if _SAFE_IDENTIFIER.fullmatch(record.identifier):
            records.append(record)
        else:
            skipped.append(f"media {record.id}: identifier {record.identifier[:40]!r} cannot name a folder")
    total = sum(plan_export(r.width, r.height, tile_size).files for r in records)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress(done, total)

    for record in records:
        export_image(_pyramid(record), directory / record.identifier,
                     f"{base_url.rstrip('/')}/{record.identifier}", tile_size=tile_size,
                     rights=record.exhibit.rights, progress=step)
    return ExportSummary(len(records), done, directory, skipped)


def _pyramid(record: MediaRecord) -> Path:
    """Return the path of the image's pyramid, building it from the original if it is missing."""
    path = current_app.extensions["emuseum.derivatives"].path(record.sha256, PYRAMID)
    if not path.exists():
        with current_app.extensions["emuseum.storage"].open(record.sha256) as original:
            build_pyramid(original, path, record.media_type)
    return path
