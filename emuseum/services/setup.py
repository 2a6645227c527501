"""Bringing a database up to date: schema migrations, regions and the base vocabularies."""
from __future__ import annotations

from .. import schema
from ..db import db
from . import generation
from ..vocabularies import BASE_VOCABULARIES
from .regions import ensure_regions
from .vocabulary import ensure_terms


def initialise() -> dict:
    """Return what was done: the schema revision, regions loaded and vocabulary terms loaded."""
    revision = schema.upgrade()
    generation.ensure(db.session)
    regions = ensure_regions(db.session)
    terms = sum(ensure_terms(db.session, name, items) for name, items in BASE_VOCABULARIES.items())
    return {"revision": revision, "regions": regions, "terms": terms}
