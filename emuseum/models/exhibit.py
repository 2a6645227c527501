"""Exhibits: the catalogue units of a museum, with their people and media."""
from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (Column, DateTime, Float, ForeignKey, Index, Integer, String, Table,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, timestamp_column, trilingual, utcnow
from .museum import Museum
from .vocabulary import Term


class State(str, enum.Enum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"


exhibit_material = Table(
    "exhibit_material", Base.metadata,
    Column("exhibit_id", ForeignKey("exhibit.id", ondelete="CASCADE"), primary_key=True),
    Column("term_id", ForeignKey("term.id"), primary_key=True),
)
exhibit_technique = Table(
    "exhibit_technique", Base.metadata,
    Column("exhibit_id", ForeignKey("exhibit.id", ondelete="CASCADE"), primary_key=True),
    Column("term_id", ForeignKey("term.id"), primary_key=True),
)


class Exhibit(Base):
    __tablename__ = "exhibit"
    __table_args__ = (
        UniqueConstraint("museum_id", "inventory_number", name="museum_inventory_number"),
        Index("ix_exhibit_state_museum", "state", "museum_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    museum_id: Mapped[int] = mapped_column(ForeignKey("museum.id"))
    inventory_number: Mapped[str] = mapped_column(String(100))
    title_kk, title_ru, title_en = trilingual(String(500))
    description_kk, description_ru, description_en = trilingual()
    object_type_id: Mapped[int | None] = mapped_column(ForeignKey("term.id"), index=True)
    dating_kk, dating_ru, dating_en = trilingual(String(200))
    earliest_year: Mapped[int | None] = mapped_column(Integer)
    latest_year: Mapped[int | None] = mapped_column(Integer)
    culture_kk, culture_ru, culture_en = trilingual(String(200))
    place_kk, place_ru, place_en = trilingual(String(300))  # place of origin or find
    height: Mapped[float | None] = mapped_column(Float)
    width: Mapped[float | None] = mapped_column(Float)
    depth: Mapped[float | None] = mapped_column(Float)
    diameter: Mapped[float | None] = mapped_column(Float)
    length_unit: Mapped[str] = mapped_column(String(4), default="cm")  # mm | cm | m
    weight: Mapped[float | None] = mapped_column(Float)
    weight_unit: Mapped[str] = mapped_column(String(4), default="g")  # g | kg
    credit_line_kk, credit_line_ru, credit_line_en = trilingual(String(500))
    rights: Mapped[str] = mapped_column(String(300), default="")  # a licence or rights statement URI
    state: Mapped[str] = mapped_column(String(20), default=State.DRAFT.value)
    created_at: Mapped[datetime] = timestamp_column()
    updated_at: Mapped[datetime] = timestamp_column(onupdate=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    museum: Mapped[Museum] = relationship(lazy="joined")
    object_type: Mapped[Term | None] = relationship(lazy="joined")
    materials: Mapped[list[Term]] = relationship(secondary=exhibit_material, lazy="selectin",
                                                 order_by=Term.code)
    techniques: Mapped[list[Term]] = relationship(secondary=exhibit_technique, lazy="selectin",
                                                  order_by=Term.code)
    people: Mapped[list["ExhibitPerson"]] = relationship(
        back_populates="exhibit", cascade="all, delete-orphan", lazy="selectin",
        order_by="ExhibitPerson.position")
    media: Mapped[list["MediaRecord"]] = relationship(  # noqa: F821
        back_populates="exhibit", cascade="all, delete-orphan", lazy="selectin",
        order_by="MediaRecord.position")

    @property
    def primary_media(self):
        """Return the primary media record, else the first ready one, else None."""
        ready = [m for m in self.media if m.status == "ready"]
        return next((m for m in ready if m.is_primary), ready[0] if ready else None)


class ExhibitPerson(Base):
    """A person's part in an exhibit: its maker, someone depicted or memorialised, a donor."""

    __tablename__ = "exhibit_person"
    __table_args__ = (UniqueConstraint("exhibit_id", "person_id", "role", name="exhibit_person_role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    exhibit_id: Mapped[int] = mapped_column(ForeignKey("exhibit.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(default=0)

    exhibit: Mapped[Exhibit] = relationship(back_populates="people")
    person: Mapped["Person"] = relationship(lazy="joined", back_populates="exhibit_links")  # noqa: F821
