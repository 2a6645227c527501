"""The catalogue's generation: one number that grows with every committed change of public data."""
from __future__ import annotations

from sqlalchemy import BigInteger
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CatalogueVersion(Base):
    """A single row (id 1); its ``generation`` keys every cached rendering of the catalogue.

    It lives in the database, not in a process, so every worker on every machine sees an edit the
    moment it commits, and rendered pages and manifests cached under an older generation are never
    served again.
    """

    __tablename__ = "catalogue_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    generation: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0, server_default="0")
