"""The change log: who changed which record, when, and what changed."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, timestamp_column


class Change(Base):
    __tablename__ = "change"
    __table_args__ = (Index("ix_change_entity", "entity", "entity_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))  # exhibit | museum | person | media
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))  # create | update | state | delete
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = timestamp_column(index=True)
    # {field: [old, new]}; for create, {field: [None, value]}
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
