"""The response cache: pages and manifests rendered once per catalogue generation, never stale.

Two applications on one database stand for two server workers (or two machines): an edit made
through one must show at once in pages the other has cached.
"""
from __future__ import annotations

import re

import pytest
from flask import request_started, template_rendered
from sqlalchemy import insert, select, update

from emuseum import create_app
from emuseum.db import db
from emuseum.models import Exhibit, exhibit_material
from emuseum.response_cache import store
from emuseum.services import exhibits, generation, museums
from emuseum.services.identity import SYSTEM

from .factories import make_exhibit, make_museum


@pytest.fixture
def renders(app):
    """Return the list of template names rendered by ``app`` while the test runs."""
    names: list[str] = []

    def record(_sender, template, **_extra):
        names.append(template.name)

    template_rendered.connect(record, app)
    yield names
    template_rendered.disconnect(record, app)


@pytest.fixture
def second_worker(app):
    """Return a test client of another application on the same database: another worker's cache."""
    other = create_app({"app.instance_path": app.config["EMUSEUM"]["app.instance_path"] + "-2",
                        "database.url": app.config["EMUSEUM"]["database.url"],
                        "jobs.backend": "immediate", "app.secret_key": "test"})
    yield other.test_client()
    with other.app_context():
        db.engine.dispose()


def _generation(session) -> int:
    value = generation.current(session)
    session.rollback()  # end the read transaction so the next read sees later commits
    return value


def test_a_committed_catalogue_write_bumps_the_generation_once_visible(session):
    before = _generation(session)
    make_museum(session)
    assert _generation(session) > before


def test_a_rolled_back_write_leaves_the_generation_alone(session):
    museum = make_museum(session)
    before = _generation(session)
    record = session.get(type(museum), museum.id)
    record.website = "https://example.kz/"
    session.flush()
    session.rollback()
    assert _generation(session) == before


def test_writes_outside_the_catalogue_do_not_bump_it(session):
    before = _generation(session)
    generation.ensure(session)  # touches only catalogue_version
    assert _generation(session) == before


def test_bulk_statements_on_catalogue_tables_bump_it(session):
    exhibit = make_exhibit(session)
    before = _generation(session)
    session.execute(update(Exhibit).where(Exhibit.id == exhibit.id).values(culture_en="Saka"))
    session.commit()
    middle = _generation(session)
    assert middle > before
    term_id = session.execute(select(exhibit_material.c.term_id)).scalars().first()
    session.execute(exhibit_material.delete().where(exhibit_material.c.exhibit_id == exhibit.id))
    session.execute(insert(exhibit_material).values(exhibit_id=exhibit.id, term_id=term_id))
    session.commit()
    assert _generation(session) > middle


def test_a_page_is_rendered_once_and_then_served_from_the_cache(client, session, renders):
    exhibit = make_exhibit(session)
    first = client.get(f"/en/exhibits/{exhibit.id}")
    assert first.status_code == 200 and "exhibit.html" in renders
    renders.clear()
    second = client.get(f"/en/exhibits/{exhibit.id}")
    assert second.status_code == 200 and renders == []
    assert second.data == first.data and second.headers["ETag"] == first.headers["ETag"]
    # another language is another page
    assert client.get(f"/kk/exhibits/{exhibit.id}").status_code == 200 and renders == ["exhibit.html"]


@pytest.mark.parametrize("path", ["/en/", "/en/museums", "/en/museums/{slug}", "/en/exhibits/{exhibit}",
                                  "/en/persons/{person}"])
def test_every_cached_page_answers_304_to_its_etag(client, session, path):
    from .factories import make_person
    person = make_person(session)
    exhibit = make_exhibit(session, people=[{"person": person.id, "role": "maker"}])
    url = path.format(slug=exhibit.museum.slug, exhibit=exhibit.id, person=person.id)
    first = client.get(url)
    assert first.status_code == 200 and first.headers["Cache-Control"] == "no-cache"
    again = client.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""


def test_an_edit_in_one_worker_shows_at_once_in_another_workers_cached_page(client, session, second_worker):
    exhibit = make_exhibit(session)
    url = f"/en/exhibits/{exhibit.id}"
    assert "Silver bracelet" in second_worker.get(url).text  # cached by the other worker
    exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"title": {"en": "Gold diadem"}})
    page = second_worker.get(url).text
    assert "Gold diadem" in page and "Silver bracelet" not in page


def test_an_edit_shows_at_once_in_a_cached_manifest(client, session, second_worker, tmp_path):
    from PIL import Image

    from emuseum.services.media import attach_media
    exhibit = make_exhibit(session)
    image = tmp_path / "plate.png"
    Image.new("RGB", (64, 48), "teal").save(image)
    with image.open("rb") as stream:
        attach_media(session, SYSTEM, exhibit.id, stream, image.name)
    url = f"/iiif/presentation/exhibits/{exhibit.id}/manifest"
    first = second_worker.get(url)
    assert first.status_code == 200 and "Silver bracelet" in first.text
    assert second_worker.get(url).headers["ETag"] == first.headers["ETag"]
    exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"title": {"en": "Gold diadem"}})
    edited = second_worker.get(url)
    assert "Gold diadem" in edited.text and edited.headers["ETag"] != first.headers["ETag"]


def test_withdrawing_an_exhibit_removes_its_cached_page_and_manifest(client, session):
    exhibit = make_exhibit(session)
    assert client.get(f"/en/exhibits/{exhibit.id}").status_code == 200
    exhibits.change_state(session, SYSTEM, exhibit.id, "withdrawn")
    assert client.get(f"/en/exhibits/{exhibit.id}").status_code == 404


def test_switching_a_museum_off_hides_its_cached_page(client, session):
    museum = make_museum(session)
    assert client.get(f"/en/museums/{museum.slug}").status_code == 200
    museums.set_active(session, SYSTEM, museum.slug, False)
    assert client.get(f"/en/museums/{museum.slug}").status_code == 404


def test_errors_are_never_cached(app, client):
    assert client.get("/en/museums?page=999").status_code == 400
    assert client.get("/en/exhibits/999999").status_code == 404
    assert client.get("/iiif/presentation/exhibits/999999/manifest").status_code == 404
    with app.app_context():
        assert store().bytes == 0 and store().misses == 0


def test_the_store_stays_within_its_byte_bound(app):
    from emuseum.response_cache import Rendered, _Store
    bounded = _Store(max_bytes=8 * 1000)
    for n in range(50):
        bounded.put(1, n, Rendered.of(b"x" * 900))
    assert bounded.bytes <= 8 * 1000 and len(bounded._entries) == 8
    assert bounded.get(1, 49) is not None and bounded.get(1, 0) is None
    # a newer generation drops everything older; an older one is refused
    bounded.put(2, "new", Rendered.of(b"y"))
    assert bounded.get(1, 49) is None and bounded.get(2, "new") is not None
    bounded.put(1, "late", Rendered.of(b"z"))
    assert bounded.get(1, "late") is None and bounded.get(2, "late") is None


def test_a_zero_sized_cache_renders_every_time(migrated, tmp_path):
    app = create_app({"app.instance_path": str(tmp_path / "i"), "database.url": migrated,
                      "jobs.backend": "immediate", "cache.responses_mb": 0})
    names: list[str] = []
    template_rendered.connect(lambda _s, template, **_e: names.append(template.name), app, weak=False)
    client = app.test_client()
    client.get("/en/")
    client.get("/en/")
    assert names.count("home.html") == 2
    with app.app_context():
        db.engine.dispose()


def test_an_edit_shows_at_once_in_a_cached_api_record(session, second_worker):
    exhibit = make_exhibit(session)
    url = f"/api/exhibits/{exhibit.id}"
    first = second_worker.get(url)
    assert first.json["title"]["en"].startswith("Silver bracelet")
    again = second_worker.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"title": {"en": "Gold diadem"}})
    edited = second_worker.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert edited.status_code == 200 and edited.json["title"]["en"] == "Gold diadem"
    assert edited.headers["Access-Control-Allow-Origin"] == "*"


def test_a_rolled_back_savepoint_does_not_hide_the_enclosing_transactions_write(session):
    museum = make_museum(session)
    before = _generation(session)
    record = session.get(type(museum), museum.id)
    savepoint = session.begin_nested()
    record.website = "https://one.example.kz/"
    session.flush()  # bumps inside the savepoint
    savepoint.rollback()
    record = session.get(type(museum), museum.id)
    record.website = "https://two.example.kz/"
    session.commit()  # must bump again in the enclosing transaction
    assert _generation(session) > before


def test_many_writes_in_one_transaction_bump_once(app, session, monkeypatch):
    # the search drain that follows each commit bumps too (tested in test_search_app): held off here
    monkeypatch.setitem(app.extensions["emuseum.jobs"].handles, "search.drain", lambda: None)
    before = _generation(session)
    museum = make_museum(session)  # commits: one transaction
    after_one = _generation(session)
    for n in range(3):
        record = session.get(type(museum), museum.id)
        record.website = f"https://{n}.example.kz/"
        session.flush()
    session.commit()
    assert after_one == before + 1 and _generation(session) == after_one + 1


# --- replay ahead of Flask ------------------------------------------------------------------------------

@pytest.fixture
def dispatches(app):
    """Return the list of paths Flask itself handled while the test runs (replayed answers never reach it)."""
    paths: list[str] = []

    def record(_sender, **_extra):
        from flask import request  # noqa: PLC0415  (the request Flask is starting)
        paths.append(request.path)

    request_started.connect(record, app)
    yield paths
    request_started.disconnect(record, app)


def _without_time(headers) -> list[tuple[str, str]]:
    return sorted((name, re.sub(r"Expires=[^;]*;", "", value)) for name, value in headers.items() if name != "Date")


def test_a_cached_page_is_replayed_byte_for_byte_without_entering_flask(client, session, dispatches):
    exhibit = make_exhibit(session, title={"kk": "Шапан", "ru": "Чапан", "en": "Chapan"})
    path = f"/ru/exhibits/{exhibit.id}"
    first = client.get(path)
    second = client.get(path)
    assert dispatches == [path]  # the second answer came from the replay
    assert second.status_code == 200 and second.data == first.data and "Чапан" in second.get_data(as_text=True)
    # the same headers (ETag, no-cache, the language cookie), the Date and the cookie's Expires made anew
    assert sorted(second.headers.items()) == sorted(first.headers.items()) or _without_time(
        second.headers) == _without_time(first.headers)
    assert "Date" in second.headers and "emuseum_lang=ru" in second.headers["Set-Cookie"]
    assert "Max-Age=31536000" in second.headers["Set-Cookie"] and "Expires=" in second.headers["Set-Cookie"]
    assert client.head(path).data == b"" and dispatches == [path]
    assert client.get(path + "?x=1").status_code == 200 and dispatches == [path, path]  # another URL, another entry


def test_an_edit_in_another_worker_is_never_hidden_by_a_replay(client, session, second_worker, dispatches):
    exhibit = make_exhibit(session, title={"kk": "Шапан", "ru": "Чапан", "en": "Chapan"})
    path = f"/en/exhibits/{exhibit.id}"
    client.get(path)
    client.get(path)
    assert dispatches == [path]
    exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"title": {"en": "Embroidered chapan"}})
    assert "Embroidered chapan" in client.get(path).get_data(as_text=True)
    assert dispatches == [path, path]
    exhibits.change_state(session, SYSTEM, exhibit.id, "withdrawn")
    assert client.get(path).status_code == 404


def test_conditional_requests_errors_and_other_audiences_are_not_replayed(client, session, dispatches):
    exhibit = make_exhibit(session)
    path = f"/en/exhibits/{exhibit.id}"
    etag = client.get(path).headers["ETag"]
    assert client.get(path, headers={"If-None-Match": etag}).status_code == 304  # answered by Flask
    for _ in range(2):
        assert client.get("/en/exhibits/999999").status_code == 404
        assert client.get(f"/api/exhibits/{exhibit.id}").status_code == 200
    assert dispatches == [path, path] + ["/en/exhibits/999999", f"/api/exhibits/{exhibit.id}"] * 2
