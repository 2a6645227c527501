"""IIIF Change Discovery 1.0 (level 2): activities from the change log, in time order, paged."""
from __future__ import annotations

import io
import re

import pytest
from PIL import Image

from emuseum.db import db
from emuseum.models import Base
from emuseum.services import discovery, exhibits, museums, persons
from emuseum.services.identity import SYSTEM
from emuseum.services.media import attach_media
from emuseum.services.setup import initialise

from .factories import make_exhibit, make_museum, make_person

ALL_CHANGES = "/iiif/discovery/activity/all-changes"
LD_JSON = 'application/ld+json;profile="http://iiif.io/api/discovery/1/context.json"'
ROOT = "http://localhost"
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def png() -> io.BytesIO:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (150, 90, 40)).save(buffer, "PNG")
    buffer.seek(0)
    return buffer


def stream(client) -> list[dict]:
    """Return every activity, read from the first page on through next."""
    collection = client.get(ALL_CHANGES).get_json()
    items, url = [], collection["first"]["id"]
    while url:
        page = client.get(url.removeprefix(ROOT)).get_json()
        items += page["orderedItems"]
        url = page.get("next", {}).get("id")
    assert len(items) == collection["totalItems"]
    return items


def manifests(client, exhibit_id: int) -> list[str]:
    url = f"{ROOT}/iiif/presentation/exhibits/{exhibit_id}/manifest"
    return [a["type"] for a in stream(client) if a["object"] == {"id": url, "type": "Manifest"}]


def collections(client, museum_id: int) -> list[str]:
    url = f"{ROOT}/iiif/presentation/collections/museums/{museum_id}"
    return [a["type"] for a in stream(client) if a["object"] == {"id": url, "type": "Collection"}]


def test_publishing_editing_and_withdrawing_give_create_update_delete(client, session):
    exhibit = make_exhibit(session, state="draft")
    attach_media(session, SYSTEM, exhibit.id, png(), "a.png")
    exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"culture": {"en": "Kazakh"}})
    assert manifests(client, exhibit.id) == []  # a draft has no Manifest
    exhibits.change_state(session, SYSTEM, exhibit.id, "published")
    exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"title": {"kk": "Кілем", "ru": "Ковёр", "en": "Carpet"}})
    exhibits.change_state(session, SYSTEM, exhibit.id, "withdrawn")
    assert manifests(client, exhibit.id) == ["Create", "Update", "Delete"]
    exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"culture": {"en": "Kyrgyz"}})  # not public: nothing
    exhibits.change_state(session, SYSTEM, exhibit.id, "published")
    exhibits.change_state(session, SYSTEM, exhibit.id, "draft")
    assert manifests(client, exhibit.id) == ["Create", "Update", "Delete", "Create", "Delete"]


def test_activities_are_in_ascending_time_with_utc_end_times(client, session):
    exhibit = make_exhibit(session)
    attach_media(session, SYSTEM, exhibit.id, png(), "a.png")
    exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"place": {"en": "Otrar"}})
    items = stream(client)
    times = [item["endTime"] for item in items]
    assert all(ISO_UTC.match(t) for t in times) and times == sorted(times)
    assert items[-1] == {"type": "Update", "endTime": times[-1],
                         "object": {"id": f"{ROOT}/iiif/presentation/exhibits/{exhibit.id}/manifest",
                                    "type": "Manifest"}}


def test_an_exhibit_comes_out_when_it_gets_something_to_show(client, session):
    exhibit = make_exhibit(session)  # published, but a Manifest needs an image or a model
    assert manifests(client, exhibit.id) == []
    attach_media(session, SYSTEM, exhibit.id, png(), "a.png")
    assert manifests(client, exhibit.id) == ["Create"]
    assert client.get(f"/iiif/presentation/exhibits/{exhibit.id}/manifest").status_code == 200


def test_museum_changes_update_its_collection_and_switching_off_deletes(client, session):
    museum = make_museum(session)
    exhibit = make_exhibit(session, museum)
    attach_media(session, SYSTEM, exhibit.id, png(), "a.png")
    museums.update_museum(session, SYSTEM, museum.slug, {"phone": "+7 7262 43 00 00"})
    assert collections(client, museum.id) == ["Create", "Update"]
    assert manifests(client, exhibit.id) == ["Create"]  # the phone number is not in Manifests
    museums.update_museum(session, SYSTEM, museum.slug, {"name": {"kk": "Жаңа атау", "ru": "Новое название",
                                                                  "en": "New name"}})
    assert manifests(client, exhibit.id) == ["Create", "Update"]  # the name is: provider, attribution
    museums.set_active(session, SYSTEM, museum.slug, False)
    assert collections(client, museum.id) == ["Create", "Update", "Update", "Delete"]
    assert manifests(client, exhibit.id) == ["Create", "Update", "Delete"]
    museums.set_active(session, SYSTEM, museum.slug, True)
    assert collections(client, museum.id)[-1] == "Create" and manifests(client, exhibit.id)[-1] == "Create"


def test_a_person_renamed_updates_the_manifests_naming_them(client, session):
    person = make_person(session)
    exhibit = make_exhibit(session, people=[{"person": person.id, "role": "maker"}])
    other = make_exhibit(session)
    for record in (exhibit, other):
        attach_media(session, SYSTEM, record.id, png(), "a.png")
    persons.update_person(session, SYSTEM, person.id, {"name": {"kk": "Абай", "ru": "Абай", "en": "Abai"}})
    assert manifests(client, exhibit.id) == ["Create", "Update"]
    assert manifests(client, other.id) == ["Create"]


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(discovery, "ACTIVITIES_PER_PAGE", 2)


def test_the_stream_is_paged(client, session, small_pages):
    museum = make_museum(session)
    for _ in range(2):
        exhibit = make_exhibit(session, museum)
        attach_media(session, SYSTEM, exhibit.id, png(), "a.png")
    collection = client.get(ALL_CHANGES).get_json()
    assert collection == {
        "@context": "http://iiif.io/api/discovery/1/context.json",
        "id": f"{ROOT}{ALL_CHANGES}",
        "type": "OrderedCollection",
        "totalItems": 3,
        "first": {"id": f"{ROOT}/iiif/discovery/activity/page/1", "type": "OrderedCollectionPage"},
        "last": {"id": f"{ROOT}/iiif/discovery/activity/page/2", "type": "OrderedCollectionPage"},
    }
    first = client.get("/iiif/discovery/activity/page/1").get_json()
    last = client.get("/iiif/discovery/activity/page/2").get_json()
    assert first["partOf"] == last["partOf"] == {"id": f"{ROOT}{ALL_CHANGES}", "type": "OrderedCollection"}
    assert (first["startIndex"], last["startIndex"]) == (0, 2)
    assert "prev" not in first and first["next"] == collection["last"]
    assert last["prev"] == collection["first"] and "next" not in last
    assert [a["type"] for a in first["orderedItems"] + last["orderedItems"]] == ["Create", "Create", "Create"]
    assert client.get("/iiif/discovery/activity/page/3").status_code == 404


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.0", "01", "12345678901"])
def test_malformed_page_numbers_are_400(client, page):
    response = client.get(f"/iiif/discovery/activity/page/{page}")
    assert response.status_code == 400
    assert response.get_json()["parameter"] == "page"
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_an_empty_stream_has_one_empty_page(client):
    assert client.get(ALL_CHANGES).get_json()["totalItems"] == 0
    assert client.get("/iiif/discovery/activity/page/1").get_json()["orderedItems"] == []
    assert client.get("/iiif/discovery/activity/page/2").status_code == 404


def test_the_stream_follows_new_changes_and_a_wiped_catalogue(app, client, session):
    exhibit = make_exhibit(session)
    attach_media(session, SYSTEM, exhibit.id, png(), "a.png")
    assert len(stream(client)) == 2  # the museum's Collection, the Manifest
    exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"place": {"en": "Taraz"}})
    assert [a["type"] for a in stream(client)] == ["Create", "Create", "Update"]  # added to what it had
    session.close()
    with db.engine.begin() as connection:  # as `emuseum demo` does before building anew
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
    initialise()
    assert stream(client) == []
    make_museum(db.session)
    assert [a["type"] for a in stream(client)] == ["Create"]


def test_json_ld_when_asked_and_406_when_json_is_refused(client):
    assert client.get(ALL_CHANGES).headers["Content-Type"] == "application/json"
    assert client.get(ALL_CHANGES, headers={"Accept": LD_JSON}).headers["Content-Type"] == LD_JSON
    assert client.get(ALL_CHANGES, headers={"Accept": "text/html"}).status_code == 406


def test_pages_carry_an_etag(client, session):
    make_museum(session)
    first = client.get("/iiif/discovery/activity/page/1")
    assert client.get("/iiif/discovery/activity/page/1",
                      headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    make_museum(session)
    assert client.get("/iiif/discovery/activity/page/1",
                      headers={"If-None-Match": first.headers["ETag"]}).status_code == 200


@pytest.fixture
def queued_jobs_app(app, tmp_path):
    """Return an application on the test database whose jobs wait in an embedded queue, as in production."""
    from emuseum import create_app
    other = create_app({"app.instance_path": str(tmp_path / "queued"), "database.url": app.config["EMUSEUM"]["database.url"],
                        "jobs.backend": "sqlite", "app.secret_key": "test"})
    yield other
    with other.app_context():
        db.engine.dispose()


def test_a_manifest_comes_out_when_its_image_is_ready_not_when_it_is_uploaded(queued_jobs_app, client, session):
    from emuseum.services.media import make_derivatives
    exhibit = make_exhibit(session)
    with queued_jobs_app.app_context():
        record = attach_media(db.session, SYSTEM, exhibit.id, png(), "a.png")
        assert queued_jobs_app.extensions["emuseum.jobs"].pending() == 1
    assert manifests(client, exhibit.id) == []  # nothing to show yet, and no Manifest
    assert client.get(f"/iiif/presentation/exhibits/{exhibit.id}/manifest").status_code == 404
    with queued_jobs_app.app_context():
        assert make_derivatives(db.session, record.id).status == "ready"  # what the worker runs
    assert manifests(client, exhibit.id) == ["Create"]
    assert client.get(f"/iiif/presentation/exhibits/{exhibit.id}/manifest").status_code == 200
    with queued_jobs_app.app_context():
        second = attach_media(db.session, SYSTEM, exhibit.id, png(), "b.png")
        make_derivatives(db.session, second.id)
    assert manifests(client, exhibit.id)[-1] == "Update"  # a second Canvas


def test_the_derivative_job_logs_its_outcome_in_the_history(client, session):
    from emuseum.services.history import history
    exhibit = make_exhibit(session)
    record = attach_media(session, SYSTEM, exhibit.id, png(), "a.png")  # jobs run at once in tests
    [change] = history(session, "media", record.id)
    assert (change.action, change.actor, change.fields["status"]) == ("update", "jobs", ["processing", "ready"])
