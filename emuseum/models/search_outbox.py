"""The search outbox: documents whose index entry must follow a committed change."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, timestamp_column


class SearchOutbox(Base):
    """One document to rebuild from the database (or remove from the index) once its change is committed.

    Rows are written in the transaction of the change, so a rolled-back change leaves none; they
    are deleted only after the index has taken them, so an engine outage loses nothing.
    """

    __tablename__ = "search_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(200))  # "exhibit:42", "museum:3", "person:7"
    queued_at: Mapped[datetime] = timestamp_column()
