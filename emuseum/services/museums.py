"""Museums: create, change, switch off and read, with every change recorded."""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Exhibit, Museum, Region, State
from . import history, indexing
from .errors import NotFound, ValidationError
from .fields import Checker, set_trilingual
from .identity import Identity
from .pagination import Page, PageRequest, paginate

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TRACKED = ("slug", "region_id", "name_kk", "name_ru", "name_en", "description_kk", "description_ru",
           "description_en", "city_kk", "city_ru", "city_en", "address", "latitude", "longitude",
           "website", "email", "phone", "is_active")
# Fields of a museum its exhibits' search documents carry (facet code, names, city).
_IN_EXHIBIT_DOCUMENTS = {"slug", "region_id", "name_kk", "name_ru", "name_en", "city_kk", "city_ru", "city_en"}


def _apply(session: Session, museum: Museum, data: dict[str, Any], partial: bool) -> None:
    check = Checker(data, partial)
    slug = check.text("slug", 100, required=True)
    if slug and not _SLUG.match(slug):
        check.error("slug", "must be lower-case latin letters, digits and single hyphens")
    elif slug and slug != museum.slug:
        if session.scalar(select(Museum.id).where(Museum.slug == slug)):
            check.error("slug", f"is already used by another museum: {slug!r}")
    region_code = check.text("region", 8, required=True)
    region = None
    if region_code:
        region = session.scalar(select(Region).where(Region.code == region_code.upper()))
        if region is None:
            check.error("region", f"is not an ISO 3166-2:KZ region code: {region_code!r}")
    name = check.trilingual("name", 300, required=True)
    description = check.trilingual("description", 20000)
    city = check.trilingual("city", 200)
    address = check.text("address", 500)
    latitude = check.number("latitude", 40.0, 56.0)  # Kazakhstan lies within these
    longitude = check.number("longitude", 46.0, 88.0)
    website = check.url("website")
    email = check.email("email")
    phone = check.text("phone", 50)
    if check.errors:
        raise ValidationError(check.errors)
    if slug:
        museum.slug = slug
    if region is not None:
        museum.region = region
        museum.region_id = region.id
    set_trilingual(museum, "name", name)
    set_trilingual(museum, "description", description)
    set_trilingual(museum, "city", city)
    for attr, value in (("address", address), ("website", website), ("email", email), ("phone", phone)):
        if value is not None:
            setattr(museum, attr, value)
    if check.has("latitude"):
        museum.latitude = latitude
    if check.has("longitude"):
        museum.longitude = longitude


def create_museum(session: Session, identity: Identity, data: dict[str, Any], commit: bool = True) -> Museum:
    """Return the new museum, committed with its creation recorded (only flushed with ``commit=False``)."""
    identity.require_edit(None)
    museum = Museum(is_active=True)
    _apply(session, museum, data, partial=False)
    session.add(museum)
    session.flush()
    history.record(session, "museum", museum.id, "create", identity.name,
                   history.diff({}, history.snapshot(museum, TRACKED)))
    indexing.queue_record(session, "museum", museum.id)
    if commit:
        session.commit()
    return museum


def update_museum(session: Session, identity: Identity, slug: str, data: dict[str, Any]) -> Museum:
    """Return the changed museum, committed with what changed recorded."""
    museum = _load(session, slug)
    identity.require_edit(museum.id)
    before = history.snapshot(museum, TRACKED)
    _apply(session, museum, data, partial=True)
    changed = history.diff(before, history.snapshot(museum, TRACKED))
    if changed:
        history.record(session, "museum", museum.id, "update", identity.name, changed)
        indexing.queue_record(session, "museum", museum.id)
        if set(changed) & _IN_EXHIBIT_DOCUMENTS:
            indexing.queue_museum_exhibits(session, museum.id)
    session.commit()
    return museum


def set_active(session: Session, identity: Identity, slug: str, active: bool) -> Museum:
    """Return the museum switched on or off; its exhibits stay in the database either way."""
    museum = _load(session, slug)
    identity.require_edit(None)
    if museum.is_active != active:
        history.record(session, "museum", museum.id, "update", identity.name, {"is_active": [museum.is_active, active]})
        museum.is_active = active
        # switching a museum off takes its exhibits out of search; on, puts them back
        indexing.queue_record(session, "museum", museum.id)
        indexing.queue_museum_exhibits(session, museum.id)
    session.commit()
    return museum


def _load(session: Session, slug: str) -> Museum:
    museum = session.scalar(select(Museum).where(Museum.slug == slug))
    if museum is None:
        raise NotFound(f"no museum {slug!r}", "museum")
    return museum


def get_museum(session: Session, identity: Identity, slug: str) -> Museum:
    """Return the museum; a switched-off museum is NotFound for the public."""
    museum = _load(session, slug)
    if not museum.is_active and not identity.can_see_unpublished(museum.id):
        raise NotFound(f"no museum {slug!r}", "museum")
    return museum


def list_museums(session: Session, identity: Identity, request: PageRequest,
                 region: str | None = None) -> Page[Museum]:
    """Return a page of museums ordered by region and name, optionally of one region."""
    query = select(Museum).join(Museum.region).order_by(Region.position, Museum.name_kk, Museum.id)
    if identity.role != "admin":
        query = query.where(Museum.is_active.is_(True))
    if region:
        query = query.where(Region.code == region.upper())
    return paginate(session, query, request)


def published_counts(session: Session, museum_ids: list[int]) -> dict[int, int]:
    """Return {museum id: number of published exhibits} for the given museums."""
    if not museum_ids:
        return {}
    rows = session.execute(select(Exhibit.museum_id, func.count()).where(
        Exhibit.museum_id.in_(museum_ids), Exhibit.state == State.PUBLISHED.value).group_by(Exhibit.museum_id))
    return dict(rows.all())
