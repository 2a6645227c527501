"""Persons through the service layer: authority records, their validation and their public exhibits."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from emuseum.models import Change, Person
from emuseum.services import exhibits, museums, persons
from emuseum.services.errors import NotFound, PermissionDenied, ValidationError
from emuseum.services.history import history
from emuseum.services.identity import PUBLIC, SYSTEM, Identity
from emuseum.services.pagination import PageRequest

from .factories import make_exhibit, make_museum, make_person


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_create_with_variants_roles_and_dates(session):
    person = persons.create_person(session, Identity("ed", "editor", None), {
        "name": {"kk": "Шоқан Уәлиханов", "ru": "Чокан Валиханов", "en": "Shokan Ualikhanov"},
        "name_variants": [" Chokan Valikhanov ", "Мұхаммед-Ханафия", "Chokan Valikhanov", ""],
        "roles": ["scholar", "painter"],
        "birth_year": 1835, "death_year": "1865",
        "description": {"en": "Kazakh scholar, ethnographer and traveller."},
    })
    assert (person.name_kk, person.name_ru, person.name_en) == ("Шоқан Уәлиханов", "Чокан Валиханов",
                                                                  "Shokan Ualikhanov")
    assert person.name_variants == ["Chokan Valikhanov", "Мұхаммед-Ханафия"]  # trimmed, once each
    assert person.roles == ["scholar", "painter"]
    assert (person.birth_year, person.death_year) == (1835, 1865)
    assert person.description_en == "Kazakh scholar, ethnographer and traveller."
    [change] = history(session, "person", person.id)
    assert (change.action, change.actor) == ("create", "ed")
    assert change.fields["name_variants"] == [None, ["Chokan Valikhanov", "Мұхаммед-Ханафия"]]
    assert change.fields["death_year"] == [None, 1865]


@pytest.mark.parametrize("data, field, message", [
    ({}, "name", "is required in at least one of kk, ru, en"),
    ({"name": {"kk": " "}}, "name", "is required in at least one of kk, ru, en"),
    ({"name": {"en": "Abai", "tr": "Abay"}}, "name.tr", "is not a language of the catalogue"),
    ({"name": {"en": "x" * 301}}, "name.en", "must be at most 300 characters, got 301"),
    ({"name": {"en": "Abai"}, "birth_year": 1904, "death_year": 1845}, "death_year",
     "must not be before birth_year (1845 < 1904)"),
    ({"name": {"en": "Abai"}, "birth_year": "1845 жыл"}, "birth_year", "must be a whole number, got '1845 жыл'"),
    ({"name": {"en": "Abai"}, "death_year": 3000}, "death_year", "must be between -3000 and 2100, got 3000"),
    ({"name": {"en": "Abai"}, "name_variants": "Abay"}, "name_variants", "must be a list of codes"),
    ({"name": {"en": "Abai"}, "roles": [1, 2]}, "roles", "must be a list of codes"),
])
def test_invalid_person_names_the_field_and_writes_nothing(session, data, field, message):
    before = _count(session, Person), _count(session, Change)
    with pytest.raises(ValidationError) as caught:
        persons.create_person(session, SYSTEM, data)
    assert caught.value.field == field
    assert message in caught.value.message
    session.commit()
    assert (_count(session, Person), _count(session, Change)) == before


def test_the_public_cannot_create_or_change_persons(session):
    person = make_person(session)
    with pytest.raises(PermissionDenied):
        persons.create_person(session, PUBLIC, {"name": {"en": "Anon"}})
    with pytest.raises(PermissionDenied):
        persons.update_person(session, PUBLIC, person.id, {"birth_year": 1})
    assert _count(session, Person) == 1


def test_update_records_only_the_changed_fields(session):
    person = make_person(session)
    persons.update_person(session, SYSTEM, person.id, {"name_variants": ["Abay Kunanbayev"], "birth_year": 1845,
                                                       "name": {"kk": person.name_kk, "ru": person.name_ru,
                                                                "en": "Abai Kunanbaiuly"}})
    latest = history(session, "person", person.id)[0]
    assert latest.action == "update"
    assert latest.fields == {"name_en": ["Abai Qunanbaiuly", "Abai Kunanbaiuly"],
                             "name_variants": [[], ["Abay Kunanbayev"]]}
    session.expire_all()
    assert session.get(Person, person.id).name_variants == ["Abay Kunanbayev"]


def test_update_checks_dates_against_the_stored_ones(session):
    person = make_person(session, birth_year=1845, death_year=1904)
    with pytest.raises(ValidationError) as caught:
        persons.update_person(session, SYSTEM, person.id, {"death_year": 1800})
    assert caught.value.field == "death_year"
    with pytest.raises(ValidationError) as caught:
        persons.update_person(session, SYSTEM, person.id, {"birth_year": 1950})
    assert caught.value.field == "death_year"
    session.expire_all()
    stored = session.get(Person, person.id)
    assert (stored.birth_year, stored.death_year) == (1845, 1904)
    persons.update_person(session, SYSTEM, person.id, {"birth_year": None})
    assert persons.get_person(session, person.id).birth_year is None


def test_missing_person_is_not_found(session):
    with pytest.raises(NotFound) as caught:
        persons.get_person(session, 424242)
    assert caught.value.message == "no person 424242"
    with pytest.raises(NotFound):
        persons.update_person(session, SYSTEM, 424242, {"birth_year": 1})


def test_list_persons_orders_by_kazakh_name(session):
    make_person(session, name={"kk": "Шоқан"})
    make_person(session, name={"kk": "Абай"})
    make_person(session, name={"kk": "Жамбыл"})
    page = persons.list_persons(session, PageRequest(1, 2))
    assert [p.name_kk for p in page.items] == ["Абай", "Жамбыл"]
    assert page.total == 3


def test_public_exhibits_are_only_published_ones_of_active_museums(session):
    abai = make_person(session)
    museum = make_museum(session)
    closed = make_museum(session)
    made = make_exhibit(session, museum, people=[{"person": abai.id, "role": "author"}])
    depicted = make_exhibit(session, museum, people=[{"person": abai.id, "role": "depicted"}])
    make_exhibit(session, museum, state="draft", people=[{"person": abai.id}])
    make_exhibit(session, museum, state="in_review", people=[{"person": abai.id}])
    make_exhibit(session, closed, people=[{"person": abai.id}])
    make_exhibit(session, museum)  # not linked to Abai
    withdrawn = make_exhibit(session, museum, people=[{"person": abai.id}])
    exhibits.change_state(session, SYSTEM, withdrawn.id, "withdrawn")
    museums.set_active(session, SYSTEM, closed.slug, False)

    found = persons.public_exhibits(session, abai.id)
    assert [(e.id, role) for e, role in found] == [(made.id, "author"), (depicted.id, "depicted")]
    assert persons.public_exhibits(session, abai.id, limit=1) == [(made, "author")]
