"""Exhibits through the service layer: cataloguing, validation, workflow, visibility and history."""
from __future__ import annotations

import pytest
from sqlalchemy import event, func, insert, select

from emuseum.db import db
from emuseum.models import Change, Exhibit, ExhibitPerson
from emuseum.services import exhibits, museums
from emuseum.services.errors import NotFound, PermissionDenied, ValidationError
from emuseum.services.history import history
from emuseum.services.identity import PUBLIC, SYSTEM, Identity
from emuseum.services.pagination import PageRequest

from .factories import make_exhibit, make_museum, make_person


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def _minimal(**extra):
    data = {"inventory_number": "КП-1", "title": {"kk": "Сырмақ"}}
    data.update(extra)
    return data


def test_create_with_every_field(session):
    museum = make_museum(session)
    abai = make_person(session)
    data = {
        "inventory_number": "  ОФ-1204/3  ",
        "title": {"kk": "Текемет", "ru": "Текемет", "en": "Felt carpet"},
        "description": {"kk": "Киіз кілем.", "ru": "Войлочный ковёр.", "en": "A felt carpet."},
        "object_type": "carpet",
        "materials": ["silver"],
        "techniques": ["embroidery"],
        "dating": {"kk": "XIX ғ.", "ru": "XIX в.", "en": "19th century"},
        "earliest_year": 1801, "latest_year": 1900,
        "culture": {"kk": "Қазақ", "ru": "Казахская", "en": "Kazakh"},
        "place": {"kk": "Жетісу", "ru": "Семиречье", "en": "Zhetysu"},
        "height": 210, "width": "150.5", "depth": 1, "diameter": None,
        "length_unit": "cm", "weight": 3.2, "weight_unit": "kg",
        "credit_line": {"en": "Gift of the Ermekov family, 1967"},
        "rights": "https://rightsstatements.org/vocab/InC/1.0/",
        "people": [{"person": abai.id, "role": "maker"}, {"person": abai.id, "role": "donor"}],
    }
    exhibit = exhibits.create_exhibit(session, SYSTEM, museum.slug, data)

    assert exhibit.id is not None
    assert exhibit.museum_id == museum.id
    assert exhibit.inventory_number == "ОФ-1204/3"  # trimmed
    assert (exhibit.title_kk, exhibit.title_ru, exhibit.title_en) == ("Текемет", "Текемет", "Felt carpet")
    assert exhibit.description_en == "A felt carpet."
    assert exhibit.object_type.code == "carpet"
    assert [t.code for t in exhibit.materials] == ["silver"]
    assert [t.code for t in exhibit.techniques] == ["embroidery"]
    assert (exhibit.dating_ru, exhibit.earliest_year, exhibit.latest_year) == ("XIX в.", 1801, 1900)
    assert (exhibit.culture_en, exhibit.place_ru) == ("Kazakh", "Семиречье")
    assert (exhibit.height, exhibit.width, exhibit.depth, exhibit.diameter) == (210.0, 150.5, 1.0, None)
    assert (exhibit.length_unit, exhibit.weight, exhibit.weight_unit) == ("cm", 3.2, "kg")
    assert (exhibit.credit_line_kk, exhibit.credit_line_en) == ("", "Gift of the Ermekov family, 1967")
    assert exhibit.rights == "https://rightsstatements.org/vocab/InC/1.0/"
    assert exhibit.state == "draft"
    assert exhibit.published_at is None
    assert [(p.person_id, p.role, p.position) for p in exhibit.people] == [(abai.id, "maker", 0),
                                                                           (abai.id, "donor", 1)]

    [change] = history(session, "exhibit", exhibit.id)
    assert (change.action, change.actor) == ("create", "system")
    assert change.fields["inventory_number"] == [None, "ОФ-1204/3"]
    assert change.fields["title_en"] == [None, "Felt carpet"]
    assert change.fields["materials"] == [None, ["silver"]]
    assert change.fields["people"] == [None, [[abai.id, "maker"], [abai.id, "donor"]]]
    assert "diameter" not in change.fields  # nothing to record for an empty value


def test_defaults_of_a_minimal_exhibit(session):
    museum = make_museum(session)
    exhibit = exhibits.create_exhibit(session, SYSTEM, museum.slug, _minimal())
    assert (exhibit.title_kk, exhibit.title_ru, exhibit.title_en) == ("Сырмақ", "", "")
    assert (exhibit.length_unit, exhibit.weight_unit, exhibit.rights) == ("cm", "g", "")
    assert exhibit.object_type is None and exhibit.materials == [] and exhibit.people == []


@pytest.mark.parametrize("change, field, message", [
    ({"title": None}, "title", "is required in at least one of kk, ru, en"),
    ({"title": {"kk": " ", "ru": "", "en": ""}}, "title", "is required in at least one of kk, ru, en"),
    ({"title": "Сырмақ"}, "title", "must be an object with kk, ru and en texts"),
    ({"title": {"kk": "Сырмақ", "fr": "Tapis"}}, "title.fr", "is not a language of the catalogue"),
    ({"title": {"kk": "ә" * 501}}, "title.kk", "must be at most 500 characters, got 501"),
    ({"description": {"en": 5}}, "description.en", "must be text"),
    ({"inventory_number": None}, "inventory_number", "must not be empty"),
    ({"inventory_number": "x" * 101}, "inventory_number", "must be at most 100 characters, got 101"),
    ({"inventory_number": 17}, "inventory_number", "must be text"),
    ({"earliest_year": 1900, "latest_year": 1800}, "latest_year", "must not be before earliest_year (1800 < 1900)"),
    ({"earliest_year": "сто"}, "earliest_year", "must be a whole number, got 'сто'"),
    ({"earliest_year": True}, "earliest_year", "must be a whole number"),
    ({"latest_year": 2500}, "latest_year", "must be between -10000 and 2100, got 2500"),
    ({"height": -1}, "height", "must be between 0 and 1000000, got -1"),
    ({"weight": "heavy"}, "weight", "must be a number, got 'heavy'"),
    ({"width": "nan"}, "width", "must be between 0 and 1000000"),
    ({"length_unit": "inch"}, "length_unit", "must be one of mm, cm, m, got 'inch'"),
    ({"object_type": "spaceship"}, "object_type", "is not in the object type vocabulary: 'spaceship'"),
    ({"materials": ["silver", "unobtainium"]}, "materials", "not in the material vocabulary: 'unobtainium'"),
    ({"materials": "silver"}, "materials", "must be a list of codes"),
    ({"techniques": ["levitation"]}, "techniques", "not in the technique vocabulary: 'levitation'"),
    ({"rights": "https://example.com/licence"}, "rights", "must be a Creative Commons or RightsStatements.org URI"),
    ({"rights": "CC BY 4.0"}, "rights", "must be a Creative Commons or RightsStatements.org URI"),
    ({"people": "Абай"}, "people", "must be a list of {person, role}"),
    ({"people": [{"role": "maker"}]}, "people[0]", "must be an object with person (an id) and role"),
    ({"people": [{"person": 987654}]}, "people[0].person", "no person with id '987654'"),
    ({"people": [{"person": "Абай"}]}, "people[0].person", "no person with id 'Абай'"),
    ({"people": [{"person": 1, "role": "thief"}]}, "people[0].role", "must be one of maker, author"),
])
def test_invalid_exhibit_names_the_field_and_writes_nothing(session, change, field, message):
    museum = make_museum(session)
    exhibits_before, changes_before = _count(session, Exhibit), _count(session, Change)
    with pytest.raises(ValidationError) as caught:
        exhibits.create_exhibit(session, SYSTEM, museum.slug, _minimal(**change))
    assert caught.value.field == field
    assert caught.value.status == 422
    assert message in caught.value.message
    session.commit()  # a caller that carries on must not write a half-made exhibit
    assert (_count(session, Exhibit), _count(session, Change)) == (exhibits_before, changes_before)


def test_missing_inventory_number_is_required(session):
    museum = make_museum(session)
    with pytest.raises(ValidationError) as caught:
        exhibits.create_exhibit(session, SYSTEM, museum.slug, {"title": {"en": "Bowl"}})
    assert caught.value.errors == [("inventory_number", "is required")]


def test_every_problem_is_reported_at_once(session):
    museum = make_museum(session)
    with pytest.raises(ValidationError) as caught:
        exhibits.create_exhibit(session, SYSTEM, museum.slug, {"title": {"fr": "Bol"}, "height": -5,
                                                                "object_type": "spaceship"})
    assert [field for field, _ in caught.value.errors] == ["inventory_number", "title.fr", "height", "object_type"]


def test_unknown_museum_is_a_validation_error(session):
    with pytest.raises(ValidationError) as caught:
        exhibits.create_exhibit(session, SYSTEM, "no-such-museum", _minimal())
    assert caught.value.field == "museum"
    assert "no museum 'no-such-museum'" in caught.value.message


def test_duplicate_inventory_number_in_one_museum_is_refused_and_nothing_written(session):
    museum = make_museum(session)
    first = make_exhibit(session, museum, inventory_number="КП-777")
    exhibits_before, changes_before = _count(session, Exhibit), _count(session, Change)
    with pytest.raises(ValidationError) as caught:
        make_exhibit(session, museum, inventory_number=" КП-777 ")
    assert caught.value.field == "inventory_number"
    assert caught.value.errors == [("inventory_number",
                                    f"'КП-777' is already used in this museum (exhibit {first.id})")]
    session.commit()
    assert (_count(session, Exhibit), _count(session, Change)) == (exhibits_before, changes_before)


def test_inventory_number_taken_by_a_concurrent_writer_is_a_validation_error(session):
    museum = make_museum(session)

    def rival_inserts_first(flushing, _context, _instances):
        # another curator's import commits the same number between our check and our insert
        if any(isinstance(obj, Exhibit) for obj in flushing.new):
            with db.engine.begin() as conn:
                conn.execute(insert(Exhibit).values(museum_id=museum.id, inventory_number="КП-42", title_kk="Басқа"))

    event.listen(session, "before_flush", rival_inserts_first)
    try:
        with pytest.raises(ValidationError) as caught:
            exhibits.create_exhibit(session, SYSTEM, museum.slug, _minimal(inventory_number="КП-42"))
    finally:
        event.remove(session, "before_flush", rival_inserts_first)
    assert caught.value.errors == [("inventory_number", "is already used in this museum")]
    assert [e.title_kk for e in session.scalars(select(Exhibit))] == ["Басқа"]
    assert session.scalar(select(func.count()).select_from(Change).where(Change.entity == "exhibit")) == 0


def test_data_that_is_not_an_object_is_refused(session):
    museum = make_museum(session)
    with pytest.raises(ValidationError) as caught:
        exhibits.create_exhibit(session, SYSTEM, museum.slug, ["КП-1", "Сырмақ"])
    assert caught.value.errors[0] == ("", "expected an object of fields")


def test_same_inventory_number_in_another_museum_is_fine(session):
    make_exhibit(session, make_museum(session), inventory_number="КП-1")
    other = make_exhibit(session, make_museum(session), inventory_number="КП-1")
    assert other.inventory_number == "КП-1"
    assert session.scalar(select(func.count()).where(Exhibit.inventory_number == "КП-1")) == 2


def test_update_to_a_taken_inventory_number_is_refused(session):
    museum = make_museum(session)
    make_exhibit(session, museum, inventory_number="A-1")
    second = make_exhibit(session, museum, inventory_number="A-2")
    changes_before = _count(session, Change)
    with pytest.raises(ValidationError) as caught:
        exhibits.update_exhibit(session, SYSTEM, second.id, {"inventory_number": "A-1"})
    assert caught.value.field == "inventory_number"
    session.commit()
    session.expire_all()
    assert session.get(Exhibit, second.id).inventory_number == "A-2"
    assert _count(session, Change) == changes_before


def test_keeping_its_own_inventory_number_is_no_clash(session):
    exhibit = make_exhibit(session, inventory_number="B-1")
    updated = exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"inventory_number": "B-1",
                                                                     "title": {"en": "Renamed"}})
    assert updated.inventory_number == "B-1"


def test_update_records_only_the_changed_fields(session):
    exhibit = make_exhibit(session, height=None)
    old_title = exhibit.title_en
    exhibits.update_exhibit(session, Identity("aigerim", "editor", exhibit.museum_id), exhibit.id,
                            {"title": {"kk": exhibit.title_kk, "ru": exhibit.title_ru, "en": "Silver bangle"},
                             "height": 6.5, "materials": [], "earliest_year": 1850})
    latest = history(session, "exhibit", exhibit.id)[0]
    assert (latest.action, latest.actor) == ("update", "aigerim")
    assert latest.fields == {"title_en": [old_title, "Silver bangle"], "height": [None, 6.5],
                             "materials": [["silver"], []]}
    session.expire_all()
    stored = session.get(Exhibit, exhibit.id)
    assert (stored.title_en, stored.height, stored.materials, stored.latest_year) == ("Silver bangle", 6.5, [], 1900)


def test_update_without_a_change_records_nothing(session):
    exhibit = make_exhibit(session)
    exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"inventory_number": exhibit.inventory_number})
    assert [c.action for c in history(session, "exhibit", exhibit.id)] == ["create"]


def test_update_checks_years_against_the_stored_ones(session):
    exhibit = make_exhibit(session, earliest_year=1850, latest_year=1900)
    with pytest.raises(ValidationError) as caught:
        exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"earliest_year": 1950})
    assert caught.value.field == "latest_year"


def test_update_cannot_change_state(session):
    exhibit = make_exhibit(session, state="draft")
    with pytest.raises(ValidationError) as caught:
        exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"state": "published"})
    assert caught.value.field == "state"
    assert "publication workflow" in caught.value.message


def test_update_of_a_missing_exhibit_is_not_found(session):
    with pytest.raises(NotFound) as caught:
        exhibits.update_exhibit(session, SYSTEM, 999_999, {"height": 1})
    assert caught.value.status == 404
    assert caught.value.message == "no exhibit 999999"


def test_editor_of_another_museum_cannot_edit_and_nothing_is_written(session):
    exhibit = make_exhibit(session, height=3)
    stranger = Identity("ed", "editor", make_museum(session).id)
    changes_before = _count(session, Change)
    with pytest.raises(PermissionDenied) as caught:
        exhibits.update_exhibit(session, stranger, exhibit.id, {"height": 99})
    assert caught.value.status == 403
    with pytest.raises(PermissionDenied):
        exhibits.create_exhibit(session, stranger, exhibit.museum.slug, _minimal())
    with pytest.raises(PermissionDenied):
        exhibits.update_exhibit(session, PUBLIC, exhibit.id, {"height": 99})
    session.commit()
    session.expire_all()
    assert session.get(Exhibit, exhibit.id).height == 3
    assert _count(session, Change) == changes_before


def test_editor_may_draft_but_not_publish(session):
    museum = make_museum(session)
    editor = Identity("ed", "editor", museum.id)
    exhibit = exhibits.create_exhibit(session, editor, museum.slug, _minimal())
    assert exhibit.state == "draft"
    in_review = exhibits.change_state(session, editor, exhibit.id, "in_review")
    assert in_review.state == "in_review"
    with pytest.raises(PermissionDenied) as caught:
        exhibits.change_state(session, editor, exhibit.id, "published")
    assert caught.value.field == "state"
    assert "ed may not publish or withdraw" in caught.value.message
    session.commit()
    session.expire_all()
    assert session.get(Exhibit, exhibit.id).state == "in_review"
    assert [c.fields for c in history(session, "exhibit", exhibit.id) if c.action == "state"] == [
        {"state": ["draft", "in_review"]}]


def test_editor_cannot_create_a_published_exhibit(session):
    museum = make_museum(session)
    person = make_person(session)
    before = _count(session, Exhibit), _count(session, ExhibitPerson), _count(session, Change)
    with pytest.raises(PermissionDenied):
        exhibits.create_exhibit(session, Identity("ed", "editor", museum.id), museum.slug,
                                _minimal(state="published", people=[{"person": person.id}]))
    session.commit()
    assert (_count(session, Exhibit), _count(session, ExhibitPerson), _count(session, Change)) == before


def test_curator_publishes_and_withdraws(session):
    museum = make_museum(session)
    curator = Identity("cu", "curator", museum.id)
    exhibit = make_exhibit(session, museum, state="draft")
    published = exhibits.change_state(session, curator, exhibit.id, "published")
    assert published.state == "published"
    assert published.published_at is not None
    withdrawn = exhibits.change_state(session, curator, exhibit.id, "withdrawn")
    assert withdrawn.state == "withdrawn"
    states = [(c.actor, c.fields) for c in history(session, "exhibit", exhibit.id) if c.action == "state"]
    assert states == [("cu", {"state": ["published", "withdrawn"]}), ("cu", {"state": ["draft", "published"]})]


def test_curator_of_another_museum_cannot_publish(session):
    exhibit = make_exhibit(session, state="in_review")
    other = Identity("cu", "curator", make_museum(session).id)
    with pytest.raises(PermissionDenied):
        exhibits.change_state(session, other, exhibit.id, "published")


def test_editor_cannot_unpublish_by_moving_back_to_draft(session):
    museum = make_museum(session)
    exhibit = make_exhibit(session, museum, state="published")
    with pytest.raises(PermissionDenied):
        exhibits.change_state(session, Identity("ed", "editor", museum.id), exhibit.id, "draft")
    session.expire_all()
    assert session.get(Exhibit, exhibit.id).state == "published"


def _withdrawn(session, museum):
    exhibit = make_exhibit(session, museum)
    return exhibits.change_state(session, SYSTEM, exhibit.id, "withdrawn")


def test_editor_may_take_a_withdrawn_exhibit_back_to_draft(session):
    museum = make_museum(session)
    exhibit = _withdrawn(session, museum)
    assert exhibits.change_state(session, Identity("ed", "editor", museum.id), exhibit.id, "draft").state == "draft"


@pytest.mark.parametrize("start, target, message", [
    ("draft", "withdrawn", "cannot go from draft to withdrawn"),
    ("published", "published", "cannot go from published to published"),
    ("published", "in_review", "cannot go from published to in_review"),
    ("draft", "archived", "must be one of draft, in_review, published, withdrawn, got 'archived'"),
])
def test_invalid_transition(session, start, target, message):
    exhibit = make_exhibit(session, state=start)
    with pytest.raises(ValidationError) as caught:
        exhibits.change_state(session, SYSTEM, exhibit.id, target)
    assert caught.value.errors == [("state", message)]


def test_create_in_an_invalid_state_is_refused(session):
    museum = make_museum(session)
    with pytest.raises(ValidationError) as caught:
        exhibits.create_exhibit(session, SYSTEM, museum.slug, _minimal(state="withdrawn"))
    assert caught.value.errors == [("state", "cannot go from draft to withdrawn")]
    assert _count(session, Exhibit) == 0


@pytest.mark.parametrize("state", ["draft", "in_review", "withdrawn"])
def test_unpublished_exhibits_are_hidden_from_the_public(session, state):
    museum = make_museum(session)
    exhibit = _withdrawn(session, museum) if state == "withdrawn" else make_exhibit(session, museum, state=state)
    with pytest.raises(NotFound) as caught:
        exhibits.get_exhibit(session, PUBLIC, exhibit.id)
    assert caught.value.message == f"no exhibit {exhibit.id}"  # the same answer as for a missing one
    assert exhibits.get_exhibit(session, Identity("ed", "editor", museum.id), exhibit.id).id == exhibit.id
    assert exhibits.get_exhibit(session, SYSTEM, exhibit.id).id == exhibit.id
    with pytest.raises(NotFound):
        exhibits.get_exhibit(session, Identity("ed", "editor", make_museum(session).id), exhibit.id)


def test_published_exhibit_is_public_until_its_museum_is_switched_off(session):
    museum = make_museum(session)
    exhibit = make_exhibit(session, museum)
    assert exhibits.get_exhibit(session, PUBLIC, exhibit.id).title_en == exhibit.title_en
    museums.set_active(session, SYSTEM, museum.slug, False)
    with pytest.raises(NotFound):
        exhibits.get_exhibit(session, PUBLIC, exhibit.id)
    assert exhibits.get_exhibit(session, Identity("ed", "editor", museum.id), exhibit.id).id == exhibit.id
    assert exhibits.get_exhibit(session, SYSTEM, exhibit.id).id == exhibit.id


def test_missing_exhibit_is_not_found(session):
    with pytest.raises(NotFound):
        exhibits.get_exhibit(session, SYSTEM, 123_456)


def _ids(page):
    return [e.id for e in page.items]


def test_list_exhibits_filters_and_hides_drafts_from_the_public(session):
    taraz = make_museum(session, region="KZ-31")
    almaty = make_museum(session, region="KZ-75")
    t1 = make_exhibit(session, taraz)
    t_draft = make_exhibit(session, taraz, state="draft")
    a1 = make_exhibit(session, almaty)
    a_withdrawn = _withdrawn(session, almaty)
    request = PageRequest(1, 20)

    everything = exhibits.list_exhibits(session, PUBLIC, request)
    assert sorted(_ids(everything)) == sorted([t1.id, a1.id]) and everything.total == 2
    assert _ids(exhibits.list_exhibits(session, PUBLIC, request, museum=taraz.slug)) == [t1.id]
    assert _ids(exhibits.list_exhibits(session, PUBLIC, request, region="kz-75")) == [a1.id]
    assert exhibits.list_exhibits(session, PUBLIC, request, region="KZ-10").total == 0

    staff = Identity("ed", "editor", taraz.id)
    assert sorted(_ids(exhibits.list_exhibits(session, staff, request))) == sorted([t1.id, t_draft.id, a1.id])
    assert _ids(exhibits.list_exhibits(session, staff, request, state="draft")) == [t_draft.id]
    admin_all = exhibits.list_exhibits(session, SYSTEM, request)
    assert sorted(_ids(admin_all)) == sorted([t1.id, t_draft.id, a1.id, a_withdrawn.id])

    museums.set_active(session, SYSTEM, almaty.slug, False)
    assert _ids(exhibits.list_exhibits(session, PUBLIC, request)) == [t1.id]


def test_list_exhibits_is_newest_first_and_paged(session):
    museum = make_museum(session)
    made = [make_exhibit(session, museum).id for _ in range(5)]
    first = exhibits.list_exhibits(session, PUBLIC, PageRequest(1, 2))
    second = exhibits.list_exhibits(session, PUBLIC, PageRequest(3, 2))
    assert _ids(first) == made[::-1][:2]
    assert _ids(second) == made[:1]
    assert (first.total, first.pages, first.has_next, second.has_next) == (5, 3, True, False)


def test_list_exhibits_refuses_bad_state_filters(session):
    from emuseum.services.errors import InvalidParameter
    with pytest.raises(InvalidParameter) as caught:
        exhibits.list_exhibits(session, PUBLIC, PageRequest(), state="draft")
    assert (caught.value.field, caught.value.status) == ("state", 400)
    with pytest.raises(InvalidParameter) as caught:
        exhibits.list_exhibits(session, SYSTEM, PageRequest(), state="lost")
    assert caught.value.field == "state"
    assert exhibits.list_exhibits(session, PUBLIC, PageRequest(), state="published").total == 0


def test_people_are_replaced_and_deduplicated(session):
    exhibit = make_exhibit(session)
    abai, shokan = make_person(session), make_person(session, name={"en": "Shokan Ualikhanov"})
    exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"people": [
        {"person": abai.id}, {"person": str(abai.id), "role": "maker"}, {"person": shokan.id, "role": "depicted"}]})
    session.expire_all()
    stored = session.get(Exhibit, exhibit.id)
    assert [(p.person_id, p.role) for p in stored.people] == [(abai.id, "maker"), (shokan.id, "depicted")]
    exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"people": []})
    assert _count(session, ExhibitPerson) == 0
