"""Museums: the institutions that own and catalogue exhibits."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, timestamp_column, trilingual, utcnow
from .region import Region


class Museum(Base):
    __tablename__ = "museum"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"), index=True)
    name_kk, name_ru, name_en = trilingual(String(300))
    description_kk, description_ru, description_en = trilingual()
    city_kk, city_ru, city_en = trilingual(String(200))
    address: Mapped[str] = mapped_column(String(500), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    website: Mapped[str] = mapped_column(String(500), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    logo_sha256: Mapped[str | None] = mapped_column(String(64))
    # Switching a museum off hides it and its exhibits from the public without deleting records.
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    created_at: Mapped[datetime] = timestamp_column()
    updated_at: Mapped[datetime] = timestamp_column(onupdate=utcnow)

    region: Mapped[Region] = relationship(lazy="joined")
