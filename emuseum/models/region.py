"""Regions of Kazakhstan (ISO 3166-2:KZ)."""
from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, trilingual


class Region(Base):
    __tablename__ = "region"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)  # ISO 3166-2:KZ, e.g. KZ-31
    name_kk, name_ru, name_en = trilingual(String(200))
    kind: Mapped[str] = mapped_column(String(40), default="region")  # region | city
    position: Mapped[int] = mapped_column(default=0)
