"""Museums through the service layer: validation, switching off, listing and history."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from emuseum.models import Change, Exhibit, Museum
from emuseum.services import exhibits, museums
from emuseum.services.errors import NotFound, PermissionDenied, ValidationError
from emuseum.services.history import history
from emuseum.services.identity import PUBLIC, SYSTEM, Identity
from emuseum.services.pagination import PageRequest

from .factories import make_exhibit, make_museum


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def _museum_data(**extra):
    data = {"slug": "kasteev", "region": "KZ-75",
            "name": {"kk": "Ә. Қастеев атындағы мемлекеттік өнер музейі",
                     "ru": "Государственный музей искусств имени А. Кастеева",
                     "en": "A. Kasteyev State Museum of Arts"}}
    data.update(extra)
    return data


def test_create_with_every_field(session):
    museum = museums.create_museum(session, SYSTEM, _museum_data(
        region="kz-75",
        description={"en": "The largest art museum of Kazakhstan."},
        city={"kk": "Алматы", "ru": "Алматы", "en": "Almaty"},
        address=" Satpaev St 30A ", latitude=43.2347, longitude="76.9181",
        website="https://gmirk.kz", email="info@gmirk.kz", phone="+7 727 395 06 91"))
    assert museum.slug == "kasteev"
    assert museum.region.code == "KZ-75"
    assert museum.name_en == "A. Kasteyev State Museum of Arts"
    assert (museum.description_kk, museum.description_en) == ("", "The largest art museum of Kazakhstan.")
    assert (museum.city_ru, museum.address) == ("Алматы", "Satpaev St 30A")
    assert (museum.latitude, museum.longitude) == (43.2347, 76.9181)
    assert (museum.website, museum.email, museum.phone) == ("https://gmirk.kz", "info@gmirk.kz", "+7 727 395 06 91")
    assert museum.is_active is True
    [change] = history(session, "museum", museum.id)
    assert (change.action, change.actor) == ("create", "system")
    assert change.fields["slug"] == [None, "kasteev"]
    assert change.fields["region_id"] == [None, museum.region_id]
    assert change.fields["is_active"] == [None, True]


@pytest.mark.parametrize("change, field, message", [
    ({"slug": "Kasteev Museum"}, "slug", "must be lower-case latin letters, digits and single hyphens"),
    ({"slug": "kasteev--museum"}, "slug", "must be lower-case latin letters, digits and single hyphens"),
    ({"slug": "-kasteev"}, "slug", "must be lower-case latin letters, digits and single hyphens"),
    ({"slug": "қастеев"}, "slug", "must be lower-case latin letters, digits and single hyphens"),
    ({"slug": ""}, "slug", "must not be empty"),
    ({"slug": "a" * 101}, "slug", "must be at most 100 characters, got 101"),
    ({"region": "KZ-99"}, "region", "is not an ISO 3166-2:KZ region code: 'KZ-99'"),
    ({"region": "Almaty"}, "region", "is not an ISO 3166-2:KZ region code: 'Almaty'"),
    ({"region": ""}, "region", "must not be empty"),
    ({"name": {"kk": "", "ru": "", "en": ""}}, "name", "is required in at least one of kk, ru, en"),
    ({"name": {"de": "Museum"}}, "name.de", "is not a language of the catalogue"),
    ({"latitude": 39.9}, "latitude", "must be between 40.0 and 56.0, got 39.9"),
    ({"latitude": 90}, "latitude", "must be between 40.0 and 56.0, got 90"),
    ({"longitude": 120}, "longitude", "must be between 46.0 and 88.0, got 120"),
    ({"longitude": "east"}, "longitude", "must be a number, got 'east'"),
    ({"website": "gmirk.kz"}, "website", "must be an http(s) URL, got 'gmirk.kz'"),
    ({"website": "javascript:alert(1)"}, "website", "must be an http(s) URL"),
    ({"email": "info-at-gmirk.kz"}, "email", "must be an e-mail address, got 'info-at-gmirk.kz'"),
    ({"phone": "7" * 51}, "phone", "must be at most 50 characters, got 51"),
])
def test_invalid_museum_names_the_field_and_writes_nothing(session, change, field, message):
    before = _count(session, Museum), _count(session, Change)
    with pytest.raises(ValidationError) as caught:
        museums.create_museum(session, SYSTEM, _museum_data(**change))
    assert caught.value.field == field
    assert message in caught.value.message
    session.commit()
    assert (_count(session, Museum), _count(session, Change)) == before


def test_required_fields(session):
    with pytest.raises(ValidationError) as caught:
        museums.create_museum(session, SYSTEM, {})
    assert [f for f, _ in caught.value.errors] == ["slug", "region", "name"]


def test_duplicate_slug_is_refused(session):
    make_museum(session, slug="kasteev")
    with pytest.raises(ValidationError) as caught:
        museums.create_museum(session, SYSTEM, _museum_data(slug="kasteev"))
    assert caught.value.errors == [("slug", "is already used by another museum: 'kasteev'")]
    other = make_museum(session, slug="central")
    with pytest.raises(ValidationError) as caught:
        museums.update_museum(session, SYSTEM, other.slug, {"slug": "kasteev"})
    assert caught.value.field == "slug"
    assert _count(session, Museum) == 2


def test_only_an_administrator_creates_museums(session):
    museum = make_museum(session)
    for identity in (PUBLIC, Identity("cu", "curator", museum.id)):
        with pytest.raises(PermissionDenied):
            museums.create_museum(session, identity, _museum_data())
    assert _count(session, Museum) == 1


def test_update_records_the_changed_fields(session):
    museum = make_museum(session, website="https://old.example.kz")
    curator = Identity("dana", "curator", museum.id)
    updated = museums.update_museum(session, curator, museum.slug,
                                    {"website": "https://new.example.kz", "latitude": 42.9, "slug": museum.slug})
    assert (updated.website, updated.latitude) == ("https://new.example.kz", 42.9)
    latest = history(session, "museum", museum.id)[0]
    assert (latest.action, latest.actor) == ("update", "dana")
    assert latest.fields == {"website": ["https://old.example.kz", "https://new.example.kz"], "latitude": [None, 42.9]}


def test_update_of_another_museum_is_denied(session):
    museum = make_museum(session)
    editor = Identity("ed", "editor", make_museum(session).id)
    with pytest.raises(PermissionDenied):
        museums.update_museum(session, editor, museum.slug, {"phone": "1"})
    assert [c.action for c in history(session, "museum", museum.id)] == ["create"]


def test_update_of_a_missing_museum_is_not_found(session):
    with pytest.raises(NotFound) as caught:
        museums.update_museum(session, SYSTEM, "atlantis", {"phone": "1"})
    assert caught.value.message == "no museum 'atlantis'"


def test_switching_off_hides_the_museum_and_keeps_its_exhibits(session):
    museum = make_museum(session)
    made = [make_exhibit(session, museum).id for _ in range(3)]
    switched = museums.set_active(session, SYSTEM, museum.slug, False)
    assert switched.is_active is False
    assert session.scalar(select(func.count()).where(Exhibit.museum_id == museum.id)) == 3
    with pytest.raises(NotFound):
        museums.get_museum(session, PUBLIC, museum.slug)
    assert museums.get_museum(session, Identity("ed", "editor", museum.id), museum.slug).id == museum.id
    assert museums.list_museums(session, PUBLIC, PageRequest()).total == 0
    assert museums.list_museums(session, SYSTEM, PageRequest()).total == 1
    for exhibit_id in made:
        with pytest.raises(NotFound):
            exhibits.get_exhibit(session, PUBLIC, exhibit_id)

    latest = history(session, "museum", museum.id)[0]
    assert (latest.action, latest.fields) == ("update", {"is_active": [True, False]})

    museums.set_active(session, SYSTEM, museum.slug, False)  # already off: nothing more recorded
    assert len(history(session, "museum", museum.id)) == 2
    museums.set_active(session, SYSTEM, museum.slug, True)
    assert museums.get_museum(session, PUBLIC, museum.slug).is_active is True
    assert exhibits.get_exhibit(session, PUBLIC, made[0]).id == made[0]


def test_only_an_administrator_switches_museums_off(session):
    museum = make_museum(session)
    with pytest.raises(PermissionDenied):
        museums.set_active(session, Identity("cu", "curator", museum.id), museum.slug, False)
    session.expire_all()
    assert session.get(Museum, museum.id).is_active is True


def test_list_museums_by_region_in_national_order(session):
    astana = make_museum(session, region="KZ-71", name={"en": "National Museum"})
    abai = make_museum(session, region="KZ-10", name={"kk": "Абай музейі"})
    make_museum(session, region="KZ-31")
    assert [m.id for m in museums.list_museums(session, PUBLIC, PageRequest(), region="kz-71").items] == [astana.id]
    everything = museums.list_museums(session, PUBLIC, PageRequest())
    assert [m.region.code for m in everything.items] == ["KZ-10", "KZ-31", "KZ-71"]
    assert everything.items[0].id == abai.id


def test_published_counts(session):
    museum, empty = make_museum(session), make_museum(session)
    make_exhibit(session, museum)
    make_exhibit(session, museum)
    make_exhibit(session, museum, state="draft")
    assert museums.published_counts(session, [museum.id, empty.id]) == {museum.id: 2}
    assert museums.published_counts(session, []) == {}
