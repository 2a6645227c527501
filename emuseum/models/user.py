"""Staff accounts: who may catalogue which museum's exhibits."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, timestamp_column

ROLES = ("admin", "curator", "editor")  # admin: every museum; curator publishes; editor drafts


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default="editor")
    museum_id: Mapped[int | None] = mapped_column(ForeignKey("museum.id"))
    password_hash: Mapped[str] = mapped_column(String(300), default="")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = timestamp_column()
