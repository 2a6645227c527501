"""The change log: who did what to which record, newest first."""
from __future__ import annotations

from datetime import date, datetime, timezone

from emuseum.services import exhibits, history as history_service, museums, persons
from emuseum.services.history import diff, history, snapshot
from emuseum.services.identity import SYSTEM, Identity

from .factories import make_exhibit, make_museum, make_person


def test_an_exhibit_life_is_recorded_newest_first(session):
    museum = make_museum(session)
    editor = Identity("aliya", "editor", museum.id)
    curator = Identity("bolat", "curator", museum.id)
    exhibit = exhibits.create_exhibit(session, editor, museum.slug,
                                      {"inventory_number": "КП-9", "title": {"kk": "Домбыра"}})
    exhibits.update_exhibit(session, editor, exhibit.id, {"title": {"kk": "Домбыра", "en": "Dombra"}})
    exhibits.change_state(session, editor, exhibit.id, "in_review")
    exhibits.change_state(session, curator, exhibit.id, "published")

    changes = history(session, "exhibit", exhibit.id)
    assert [(c.action, c.actor) for c in changes] == [
        ("state", "bolat"), ("state", "aliya"), ("update", "aliya"), ("create", "aliya")]
    assert changes[0].fields == {"state": ["in_review", "published"]}
    assert changes[1].fields == {"state": ["draft", "in_review"]}
    assert changes[2].fields == {"title_en": ["", "Dombra"]}
    assert changes[3].fields["title_kk"] == [None, "Домбыра"]
    assert changes[3].fields["state"] == [None, "draft"]
    assert all(c.entity == "exhibit" and c.entity_id == exhibit.id for c in changes)
    assert all(c.at is not None for c in changes)
    assert [c.id for c in changes] == sorted((c.id for c in changes), reverse=True)


def test_history_is_kept_apart_per_record_and_entity(session):
    museum = make_museum(session)
    first, second = make_exhibit(session, museum), make_exhibit(session, museum)
    person = make_person(session)
    exhibits.update_exhibit(session, SYSTEM, first.id, {"height": 12})
    persons.update_person(session, SYSTEM, person.id, {"death_year": 1905})
    museums.update_museum(session, SYSTEM, museum.slug, {"phone": "+7 7262 43 22 11"})

    assert [c.action for c in history(session, "exhibit", first.id)] == ["update", "create"]
    assert [c.action for c in history(session, "exhibit", second.id)] == ["create"]
    assert [(c.action, c.fields) for c in history(session, "person", person.id)][0] == (
        "update", {"death_year": [1904, 1905]})
    assert history(session, "museum", museum.id)[0].fields == {"phone": ["", "+7 7262 43 22 11"]}
    assert history(session, "museum", 987654) == []


def test_entries_stored_with_the_change_and_read_back(session):
    history_service.record(session, "exhibit", 5, "delete", "system", {"title_en": ["Bowl", None]})
    session.commit()
    session.expire_all()
    [change] = history(session, "exhibit", 5)
    assert (change.action, change.actor, change.fields) == ("delete", "system", {"title_en": ["Bowl", None]})


def test_snapshot_and_diff_are_plain_json():
    class Record:
        at = datetime(2024, 3, 22, 10, 0, tzinfo=timezone.utc)
        day = date(1845, 8, 10)
        tags = ("a", "b")
        n = 3

    snap = snapshot(Record(), ("at", "day", "tags", "n"))
    assert snap == {"at": "2024-03-22T10:00:00+00:00", "day": "1845-08-10", "tags": ["a", "b"], "n": 3}
    assert diff(snap, dict(snap, n=4, extra=None)) == {"n": [3, 4]}
    assert diff({}, {"n": 1, "empty": None}) == {"n": [None, 1]}
