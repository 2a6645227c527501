"""Media records: images and 3D models attached to an exhibit, stored by SHA-256."""
from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, timestamp_column, trilingual, utcnow

KINDS = ("image", "model")
STATUSES = ("pending", "processing", "ready", "failed")


class MediaRecord(Base):
    __tablename__ = "media_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    exhibit_id: Mapped[int] = mapped_column(ForeignKey("exhibit.id", ondelete="CASCADE"), index=True)
    # The public, opaque name of the file in IIIF URLs; stable when files or databases move.
    identifier: Mapped[str] = mapped_column(String(100), unique=True, default=lambda: uuid.uuid4().hex)
    kind: Mapped[str] = mapped_column(String(10))  # image | model
    position: Mapped[int] = mapped_column(default=0)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_filename: Mapped[str] = mapped_column(String(300), default="")
    media_type: Mapped[str] = mapped_column(String(100))  # sniffed MIME type
    byte_size: Mapped[int] = mapped_column(BigInteger)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    alt_kk, alt_ru, alt_en = trilingual(String(500))
    # What inspection measured: for 3D models vertices, faces, bounds, units, textures (media.models3d.ModelInfo).
    properties: Mapped[dict | None] = mapped_column(JSON)
    # Derivatives are made by a background job; the public sees a record once it is ready.
    status: Mapped[str] = mapped_column(String(12), default="pending")
    status_message: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = timestamp_column()
    updated_at: Mapped[datetime] = timestamp_column(onupdate=utcnow)

    exhibit: Mapped["Exhibit"] = relationship(back_populates="media")  # noqa: F821
