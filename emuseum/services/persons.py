"""Persons: authority records of makers and of people depicted or memorialised."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Exhibit, ExhibitPerson, Museum, Person, State
from . import history, indexing
from .errors import NotFound, ValidationError
from .fields import Checker, set_trilingual
from .identity import Identity
from .pagination import Page, PageRequest, paginate

TRACKED = ("name_kk", "name_ru", "name_en", "name_variants", "birth_year", "death_year", "roles",
           "description_kk", "description_ru", "description_en")


def _apply(person: Person, data: dict[str, Any], partial: bool) -> None:
    check = Checker(data, partial)
    name = check.trilingual("name", 300, required=True)
    description = check.trilingual("description", 20000)
    variants = check.codes("name_variants")
    roles = check.codes("roles")
    birth = check.integer("birth_year", -3000, 2100)
    death = check.integer("death_year", -3000, 2100)
    # An update may change one of the years: compare it with the stored other one.
    if not check.has("birth_year"):
        birth = person.birth_year
    if not check.has("death_year"):
        death = person.death_year
    if birth is not None and death is not None and birth > death:
        check.error("death_year", f"must not be before birth_year ({death} < {birth})")
    if check.errors:
        raise ValidationError(check.errors)
    set_trilingual(person, "name", name)
    set_trilingual(person, "description", description)
    if variants is not None:
        person.name_variants = variants
    if roles is not None:
        person.roles = roles
    if check.has("birth_year"):
        person.birth_year = birth
    if check.has("death_year"):
        person.death_year = death


def create_person(session: Session, identity: Identity, data: dict[str, Any], commit: bool = True) -> Person:
    """Return the new person record, committed with its creation recorded (only flushed with ``commit=False``)."""
    if identity.is_public:
        identity.require_edit(None)
    person = Person(name_variants=[], roles=[])
    _apply(person, data, partial=False)
    session.add(person)
    session.flush()
    history.record(session, "person", person.id, "create", identity.name,
                   history.diff({}, history.snapshot(person, TRACKED)))
    indexing.queue_record(session, "person", person.id)
    if commit:
        session.commit()
    return person


def update_person(session: Session, identity: Identity, person_id: int, data: dict[str, Any]) -> Person:
    """Return the changed person record, committed with what changed recorded."""
    if identity.is_public:
        identity.require_edit(None)
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"no person {person_id}", "person")
    before = history.snapshot(person, TRACKED)
    _apply(person, data, partial=True)
    changed = history.diff(before, history.snapshot(person, TRACKED))
    if changed:
        history.record(session, "person", person.id, "update", identity.name, changed)
        indexing.queue_record(session, "person", person.id)
        if {"name_kk", "name_ru", "name_en"} & set(changed):
            indexing.queue_person_exhibits(session, person.id)  # makers' names are searchable in them
    session.commit()
    return person


def get_person(session: Session, person_id: int) -> Person:
    """Return the person record, else raise NotFound."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"no person {person_id}", "person")
    return person


def list_persons(session: Session, request: PageRequest) -> Page[Person]:
    """Return a page of persons ordered by their Kazakh name."""
    return paginate(session, select(Person).order_by(Person.name_kk, Person.id), request)


def public_exhibits(session: Session, person_id: int, limit: int = 48) -> list[tuple[Exhibit, str]]:
    """Return the published exhibits linked to a person with the person's role in each."""
    rows = session.execute(
        select(Exhibit, ExhibitPerson.role).join(ExhibitPerson, ExhibitPerson.exhibit_id == Exhibit.id)
        .join(Exhibit.museum).where(ExhibitPerson.person_id == person_id, Exhibit.state == State.PUBLISHED.value,
                                    Museum.is_active.is_(True))
        .order_by(Exhibit.id).limit(limit))
    return [(e, r) for e, r in rows.unique().all()]
