"""Controlled vocabulary terms: object types, materials and techniques."""
from __future__ import annotations

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, trilingual

VOCABULARIES = ("object_type", "material", "technique")


class Term(Base):
    __tablename__ = "term"
    __table_args__ = (UniqueConstraint("vocabulary", "code", name="vocabulary_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vocabulary: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(100))
    label_kk, label_ru, label_en = trilingual(String(200))
    uri: Mapped[str] = mapped_column(String(300), default="")  # e.g. a Getty AAT concept
