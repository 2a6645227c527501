"""The national figures as the E-museum reports them: museums, exhibits, 3D models and tours."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from ..models import Exhibit, MediaRecord, Museum, Region, State


@dataclass
class Figures:
    museums: int = 0
    exhibits: int = 0
    models: int = 0  # published exhibits that have a 3D model
    tours: int = 0  # virtual tours arrive with the tours issue
    by_region: dict[str, "Figures"] = field(default_factory=dict)


def national_figures(session: Session) -> Figures:
    """Return the public counts overall and per region code (every region present, even with zeros)."""
    codes = list(session.scalars(select(Region.code).order_by(Region.position)))
    figures = Figures(by_region={code: Figures() for code in codes})
    active = Museum.is_active.is_(True)
    for code, count in session.execute(select(Region.code, func.count(Museum.id)).join(Museum.region)
                                       .where(active).group_by(Region.code)):
        figures.by_region[code].museums = count
    published = (Exhibit.state == State.PUBLISHED.value) & active
    for code, count in session.execute(select(Region.code, func.count(Exhibit.id)).select_from(Exhibit)
                                       .join(Exhibit.museum).join(Museum.region).where(published)
                                       .group_by(Region.code)):
        figures.by_region[code].exhibits = count
    for code, count in session.execute(select(Region.code, func.count(distinct(Exhibit.id))).select_from(Exhibit)
                                       .join(Exhibit.museum).join(Museum.region)
                                       .join(MediaRecord, MediaRecord.exhibit_id == Exhibit.id)
                                       .where(published, MediaRecord.kind == "model").group_by(Region.code)):
        figures.by_region[code].models = count
    for part in figures.by_region.values():
        figures.museums += part.museums
        figures.exhibits += part.exhibits
        figures.models += part.models
    return figures
