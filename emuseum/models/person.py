"""Persons as authority records: makers, people depicted or memorialised."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, timestamp_column, trilingual, utcnow


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_kk, name_ru, name_en = trilingual(String(300))
    name_variants: Mapped[list] = mapped_column(JSON, default=list)  # other spellings, any script
    birth_year: Mapped[int | None] = mapped_column(Integer)
    death_year: Mapped[int | None] = mapped_column(Integer)
    roles: Mapped[list] = mapped_column(JSON, default=list)  # role codes: poet, painter, khan...
    description_kk, description_ru, description_en = trilingual()
    created_at: Mapped[datetime] = timestamp_column()
    updated_at: Mapped[datetime] = timestamp_column(onupdate=utcnow)

    exhibit_links: Mapped[list["ExhibitPerson"]] = relationship(back_populates="person")  # noqa: F821
