"""Regions: loaded once from the ISO 3166-2:KZ list, read by everyone."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..kazakhstan import REGIONS
from ..models import Region
from .errors import NotFound


def ensure_regions(session: Session) -> int:
    """Return how many regions were added or renamed so that the table matches the national list."""
    existing = {r.code: r for r in session.scalars(select(Region))}
    touched = 0
    for position, (code, kk, ru, en, kind) in enumerate(REGIONS):
        region = existing.get(code) or Region(code=code)
        values = dict(name_kk=kk, name_ru=ru, name_en=en, kind=kind, position=position)
        if region.id is None or any(getattr(region, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(region, key, value)
            session.add(region)
            touched += 1
    session.commit()
    return touched


def list_regions(session: Session) -> list[Region]:
    """Return all regions in the national order."""
    return list(session.scalars(select(Region).order_by(Region.position, Region.code)))


def get_region(session: Session, code: str) -> Region:
    """Return the region with this ISO code, else raise NotFound."""
    region = session.scalar(select(Region).where(Region.code == code.upper()))
    if region is None:
        raise NotFound(f"no region {code!r}", "region")
    return region
