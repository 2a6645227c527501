"""The declarative base and the trilingual column helper every model uses."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, MetaData, Text
from sqlalchemy.orm import DeclarativeBase, mapped_column

LANGUAGES = ("kk", "ru", "en")

# Named constraints keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    """Return the current time in UTC, timezone-aware."""
    return datetime.now(timezone.utc)


def trilingual(type_=Text, nullable: bool = False):
    """Return three columns (kk, ru, en) to unpack in a class body: ``title_kk, title_ru, title_en = trilingual()``."""
    return tuple(mapped_column(type_, nullable=nullable, default="", server_default="") for _ in LANGUAGES)


def texts(obj, field: str) -> dict[str, str]:
    """Return the {language: text} map of a trilingual field, with empty values left out."""
    result = {}
    for lang in LANGUAGES:
        value = getattr(obj, f"{field}_{lang}")
        if value:
            result[lang] = value
    return result


def timestamp_column(**kwargs):
    return mapped_column(DateTime(timezone=True), default=utcnow, nullable=False, **kwargs)
