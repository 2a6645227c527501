"""Search wired into the application: the outbox, after-commit indexing, outages, reindex, API and page.

Everything runs on real engines: the embedded tantivy index in the test's instance folder, and
OpenSearch (EMUSEUM_OPENSEARCH_URL, default http://127.0.0.1:9209) for the outage cases, which
skip without a node locally and fail under CI=true.
"""
from __future__ import annotations

import os
import socket
import threading
import urllib.request
import uuid

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from emuseum import create_app
from emuseum.cli import main
from emuseum.db import db
from emuseum.models import SearchOutbox
from emuseum.services import exhibits, museums, persons
from emuseum.services.identity import SYSTEM
from emuseum.services.indexing import backlog, drain
from indexer import SearchQuery

from .conftest import IN_CI
from .factories import make_exhibit, make_museum, make_person

QUERY_SYNTAX = ['"', "*", ":", "(", "\\", 'title:"x" AND (y OR *z)', "a\\:b(c)*", "))))", "-", "~1", "^2"]


def cli(app, *args: str):
    """Return the result of the `emuseum` command run on the same settings as ``app``."""
    options = []
    for key in ("app.instance_path", "database.url", "jobs.backend", "search.backend", "search.index"):
        options += ["--set", f"{key}={app.config['EMUSEUM'][key]}"]
    return CliRunner().invoke(main, [*options, *args])


def outbox(session) -> list[str]:
    session.rollback()
    return list(session.scalars(select(SearchOutbox.doc_id).order_by(SearchOutbox.id)))


def found(app, text="", **filters) -> list[str]:
    backend = app.extensions["emuseum.search"].backend()
    return [hit.id for hit in backend.search(SearchQuery(text=text, filters=filters, size=100)).hits]


# --- the outbox and after-commit indexing --------------------------------------------------------------

def test_outbox_rows_are_written_in_the_transaction_of_the_change(app, session):
    museum = make_museum(session)
    exhibit = exhibits.create_exhibit(session, SYSTEM, museum.slug, {
        "inventory_number": "КП-1", "title": {"kk": "Домбыра"}, "state": "published"}, commit=False)
    # flushed, not committed: the row is there in this transaction, and nothing is indexed yet
    assert session.scalar(select(func.count()).select_from(SearchOutbox).where(
        SearchOutbox.doc_id == f"exhibit:{exhibit.id}")) == 1
    assert f"exhibit:{exhibit.id}" not in found(app)
    session.rollback()
    assert outbox(session) == []  # the rollback took the row with it
    assert found(app, "домбыра") == []


def test_a_published_exhibit_is_found_after_the_commit_and_the_outbox_is_empty(app, session):
    exhibit = make_exhibit(session, title={"kk": "Жамбылдың домбырасы", "ru": "Домбра Джамбула", "en": ""})
    assert found(app, "домбырасы") == [f"exhibit:{exhibit.id}"]
    assert found(app, "Джамбула") == [f"exhibit:{exhibit.id}"]
    assert outbox(session) == []


def test_drafts_are_not_found_and_withdrawing_takes_an_exhibit_out(app, session):
    museum = make_museum(session)
    draft = make_exhibit(session, museum, state="draft", title={"kk": "Қобыз"})
    shown = make_exhibit(session, museum, title={"kk": "Қобыз ескі"})
    assert found(app, "қобыз") == [f"exhibit:{shown.id}"]
    exhibits.change_state(session, SYSTEM, shown.id, "withdrawn")
    assert found(app, "қобыз") == []
    exhibits.change_state(session, SYSTEM, draft.id, "published")
    assert found(app, "қобыз") == [f"exhibit:{draft.id}"]


def test_switching_a_museum_off_and_renaming_it_follow_in_its_exhibits(app, session):
    museum = make_museum(session, slug="aktobe", name={"kk": "Ақтөбе мұражайы", "ru": "", "en": ""})
    exhibit = make_exhibit(session, museum)
    assert set(found(app, museum="aktobe")) == {f"exhibit:{exhibit.id}", f"museum:{museum.id}"}
    museums.update_museum(session, SYSTEM, "aktobe", {"name": {"kk": "Ақтөбе облыстық музейі"}})
    assert found(app, "облыстық", type=["exhibit"]) == [f"exhibit:{exhibit.id}"]  # the museum's name is searchable
    museums.set_active(session, SYSTEM, "aktobe", False)
    assert found(app, museum="aktobe") == []
    museums.set_active(session, SYSTEM, "aktobe", True)
    assert set(found(app, museum="aktobe")) == {f"exhibit:{exhibit.id}", f"museum:{museum.id}"}


def test_persons_are_found_and_a_makers_new_name_reaches_the_exhibits(app, session):
    person = make_person(session, name={"kk": "Ықылас Дүкенұлы", "ru": "Ыхлас Дукенов", "en": ""})
    exhibit = make_exhibit(session, people=[{"person": person.id, "role": "maker"}])
    assert set(found(app, "Ықылас")) == {f"person:{person.id}", f"exhibit:{exhibit.id}"}
    persons.update_person(session, SYSTEM, person.id, {"name": {"kk": "Ықылас Дүкенұлы", "ru": "Ыкылас Дукенулы"}})
    assert set(found(app, "Ыкылас")) == {f"person:{person.id}", f"exhibit:{exhibit.id}"}


def test_one_drain_job_per_transaction_however_many_records(app, session):
    museum = make_museum(session)
    queue = app.extensions["emuseum.jobs"]
    before = []
    queue.handles["search.drain"], original = (lambda: before.append(1)), queue.handles["search.drain"]
    try:
        for n in range(5):
            exhibits.create_exhibit(session, SYSTEM, museum.slug, {"inventory_number": f"Б-{n}",
                                                                   "title": {"kk": f"Кілем {n}"}}, commit=False)
        session.commit()
    finally:
        queue.handles["search.drain"] = original
    assert before == [1]
    assert len(outbox(session)) == 5
    assert drain(session, app.extensions["emuseum.search"].backend()) == 5
    assert outbox(session) == []


# --- engine outages --------------------------------------------------------------------------------

def _opensearch_url() -> str:
    url = os.environ.get("EMUSEUM_OPENSEARCH_URL", "http://127.0.0.1:9209").rstrip("/")
    try:
        urllib.request.urlopen(url, timeout=5).read()
    except OSError as error:
        message = f"no OpenSearch at {url} ({error}); start one with: bash scripts/opensearch.sh start"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return url


class Outage:
    """A port that refuses connections until ``recover()`` forwards it to the real engine."""

    def __init__(self, target: str):
        host, port = target.split("//", 1)[1].split(":")
        self.target = (host, int(port.split("/")[0]))
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()  # nothing listens here now: connections are refused
        self.server: socket.socket | None = None

    def recover(self) -> None:
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", self.port))
        self.server.listen(16)
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        if self.server is not None:
            self.server.close()


@pytest.fixture
def outage_app(app, tmp_path):
    """Return an app on the test database whose OpenSearch is down until ``app.outage.recover()``."""
    outage = Outage(_opensearch_url())
    index = f"emuseum-test-{uuid.uuid4().hex[:8]}"
    down = create_app({"app.instance_path": str(tmp_path / "down"), "database.url": app.config["EMUSEUM"]["database.url"],
                       "jobs.backend": "immediate", "app.secret_key": "test",
                       "search.backend": f"opensearch+http://127.0.0.1:{outage.port}", "search.index": index})
    down.outage = outage
    yield down
    outage.close()
    with down.app_context():
        from indexer import open_backend
        open_backend(f"opensearch+{_opensearch_url()}", index).drop()
        db.engine.dispose()


def test_an_engine_outage_loses_nothing_and_the_backlog_applies_when_it_returns(outage_app):
    with outage_app.app_context():
        session = db.session
        museum = make_museum(session, slug="outage")
        exhibit_id = make_exhibit(session, museum, title={"kk": "Алтын адам", "ru": "Золотой человек", "en": ""}).id
        # the edits are committed; their documents wait in the outbox
        assert outbox(session) == [f"museum:{museum.id}", f"exhibit:{exhibit_id}"]
        assert backlog(session).count == 2 and backlog(session).oldest is not None
        client = outage_app.test_client()
        down = client.get("/api/search?q=алтын")
        assert down.status_code == 503
        assert "opensearch" not in down.get_data(as_text=True).lower()
        assert "refused" not in down.get_data(as_text=True).lower()
        page = client.get("/en/search?q=gold")
        assert page.status_code == 503 and "Connection" not in page.get_data(as_text=True)

        outage_app.outage.recover()
        assert drain(session, outage_app.extensions["emuseum.search"].backend()) == 2
        assert outbox(session) == []
        body = client.get("/api/search?q=алтын").get_json()
        assert [item["id"] for item in body["items"]] == [f"exhibit:{exhibit_id}"]


def test_search_status_shows_the_backlog(outage_app):
    with outage_app.app_context():
        make_exhibit(db.session)
    result = cli(outage_app, "search", "status")
    assert result.exit_code == 0, result.output
    assert "backlog: 2 changes waiting" in result.output
    assert "oldest queued: " in result.output
    assert "documents: unknown, the engine does not answer" in result.output
    jobs = cli(outage_app, "jobs", "status")
    assert "search backlog: 2 documents" in jobs.output


@pytest.mark.parametrize("location", ["http://127.0.0.1:9200", "opensearch+ftp://x", "tantivy://", "solr://x"])
def test_a_mistyped_search_backend_is_refused_at_start_naming_the_setting(app, location):
    result = cli(app, "--set", f"search.backend={location}", "search", "status")
    assert result.exit_code == 2 and "search.backend" in result.output and location in result.output, result.output


def test_an_embedded_index_that_cannot_be_opened_keeps_the_backlog(app, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the index folder should be")
    broken = create_app({"app.instance_path": str(tmp_path / "broken"), "database.url": app.config["EMUSEUM"]["database.url"],
                         "jobs.backend": "immediate", "app.secret_key": "test",
                         "search.backend": f"tantivy://{blocked}/index"})
    with broken.app_context():
        exhibit = make_exhibit(db.session)
        exhibit_id, museum_id = exhibit.id, exhibit.museum_id
        assert f"exhibit:{exhibit_id}" in outbox(db.session)
        assert broken.test_client().get("/api/search").status_code == 503
        db.engine.dispose()
    # the app with a working index drains what the broken one could not
    with app.app_context():
        assert drain(db.session, app.extensions["emuseum.search"].backend()) == 2
        assert set(found(app)) == {f"exhibit:{exhibit_id}", f"museum:{museum_id}"}


# --- reindex -----------------------------------------------------------------------------------------

def test_reindex_rebuilds_everything_and_replays_the_outbox(app, session):
    museum = make_museum(session)
    shown = [make_exhibit(session, museum) for _ in range(3)]
    make_exhibit(session, museum, state="draft")
    backend = app.extensions["emuseum.search"].backend()
    backend.delete([f"exhibit:{shown[0].id}"])  # the index lost something (a restored backup, say)
    backend.refresh()
    assert backend.count() == 3
    result = cli(app, "reindex", "--no-progress")
    assert result.exit_code == 0, result.output
    assert "4 documents indexed" in result.output  # three exhibits and the museum, not the draft
    assert backend.count() == 4
    assert set(found(app, type=["exhibit"])) == {f"exhibit:{e.id}" for e in shown}


def test_a_negative_number_of_reindex_workers_is_refused_at_start_naming_the_setting(app):
    result = cli(app, "--set", "search.reindex_workers=-2", "reindex", "--no-progress")
    assert result.exit_code == 2 and "search.reindex_workers" in result.output and "-2" in result.output, result.output


def test_reindex_with_worker_processes_indexes_the_public_records(app, session):
    museum = make_museum(session)
    shown = [make_exhibit(session, museum) for _ in range(5)]
    make_exhibit(session, museum, state="draft")
    person = make_person(session)
    result = cli(app, "--set", "search.reindex_workers=2", "reindex", "--no-progress")
    assert result.exit_code == 0, result.output
    assert "7 documents indexed" in result.output  # five exhibits, the museum and the person
    assert set(found(app, type=["exhibit"])) == {f"exhibit:{e.id}" for e in shown}
    assert found(app, "Abai") == [f"person:{person.id}"]


# --- the API -------------------------------------------------------------------------------------------

@pytest.fixture
def catalogue(app, session):
    astana = make_museum(session, slug="national", region="KZ-71",
                         name={"kk": "Ұлттық музей", "ru": "Национальный музей", "en": "National Museum"})
    taraz = make_museum(session, slug="taraz", region="KZ-31")
    make_exhibit(session, astana, title={"kk": "Күміс білезік", "ru": "Серебряный браслет", "en": "Silver bracelet"},
                 materials=["silver"], earliest_year=1850, latest_year=1900)
    make_exhibit(session, taraz, title={"kk": "Алтын сырға", "ru": "Золотая серьга", "en": "Gold earring"},
                 materials=["gold"], earliest_year=-400, latest_year=-300)
    for n in range(25):
        make_exhibit(session, taraz, title={"kk": f"Кілем {n}", "ru": f"Ковёр {n}", "en": f"Carpet {n}"},
                     materials=["wool"])
    return {"astana": astana, "taraz": taraz}


BAD_API = [
    ("q=" + "а" * 2001, "q"),
    ("size=0", "size"), ("size=101", "size"), ("size=x", "size"),
    ("page=0", "page"), ("page=-1", "page"), ("page=abc", "page"), ("page=999", "page"),
    ("sort=colour", "sort"), ("lang=de", "lang"),
    ("type=painting", "type"), ("has_image=yes", "has_image"), ("has_3d=1", "has_3d"),
    ("century=nineteen", "century"), ("century=0", "century"),
    ("after=not-a-cursor", "after"), ("after=" + "A" * 50, "after"),
    ("region=" + "x" * 201, "region"),
    ("colour=red", "colour"), ("q=a&q=b", "q"), ("sort=title&sort=date", "sort"),
]


@pytest.mark.parametrize("query,parameter", BAD_API)
def test_bad_api_parameters_are_a_400_naming_them(client, catalogue, query, parameter):
    response = client.get(f"/api/search?{query}")
    assert response.status_code == 400, response.get_json()
    assert response.get_json()["parameter"] == parameter


GOOD_TEXT = ["", " ", "а" * 2000, "Қазақ қазақ ҚАЗАҚ", "qazaq Қазақ казах", "🏺", "🏺 білезік 😀", "\u0000\u0007x",
             "Ñandú ß İı ё", "中文", "العربية", "%", "%25", "'; DROP TABLE exhibit; --", "<script>alert(1)</script>",
             *QUERY_SYNTAX]


@pytest.mark.parametrize("text", GOOD_TEXT)
def test_any_text_gives_a_sensible_answer(client, catalogue, text):
    response = client.get("/api/search", query_string={"q": text, "lang": "ru"})
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["total"] >= 0 and isinstance(body["items"], list)
    page = client.get("/ru/search", query_string={"q": text})
    assert page.status_code == 200
    assert "<script>alert(1)" not in page.get_data(as_text=True)
    assert client.get("/api/suggest", query_string={"q": text}).status_code == 200


def test_empty_query_browses_everything_newest_first(client, catalogue):
    body = client.get("/api/search?size=100").get_json()
    assert body["total"] == 29  # 27 exhibits and 2 museums
    assert body["sort"] == "recent"


def test_unknown_facet_values_find_nothing_and_stay_listed(client, catalogue):
    body = client.get("/api/search?region=KZ-99&material=unobtainium").get_json()
    assert body["total"] == 0 and body["items"] == []
    assert {"value": "KZ-99", "label": "KZ-99", "count": 0, "selected": True} in body["facets"]["region"]


def test_a_page_beyond_the_end_is_empty(client, catalogue):
    body = client.get("/api/search?page=50&size=10").get_json()
    assert (body["items"], body["total"], body["next_cursor"]) == ([], 29, None)
    assert client.get("/en/search?page=50").status_code == 200


def test_filters_combine_and_facets_count_the_other_choices(client, catalogue):
    body = client.get("/api/search?type=exhibit&region=KZ-31&region=KZ-71&material=silver&lang=en").get_json()
    assert [item["title"] for item in body["items"]] == ["Silver bracelet"]
    regions = {v["value"]: (v["label"], v["count"], v["selected"]) for v in body["facets"]["region"]}
    assert regions == {"KZ-71": ("Astana", 1, True), "KZ-31": ("Jambyl Region", 0, True)} or \
        regions["KZ-71"][1:] == (1, True)
    materials = {v["value"]: v["count"] for v in body["facets"]["material"]}
    assert materials == {"silver": 1, "wool": 25, "gold": 1}  # material's own choice does not narrow its counts


@pytest.mark.parametrize("lang,region,museum,material,century,bce", [
    ("kk", "Жамбыл облысы", "Ұлттық музей", "күміс", "XIX ғасыр", "б. з. д. IV ғасыр"),
    ("ru", "Жамбылская область", "Национальный музей", "серебро", "XIX век", "IV век до н. э."),
    ("en", "Jambyl Region", "National Museum", "silver", "19th century", "4th century BCE"),
])
def test_facet_labels_are_in_the_visitors_language(client, catalogue, lang, region, museum, material, century, bce):
    body = client.get(f"/api/search?lang={lang}").get_json()
    labels = {name: {v["value"]: v["label"] for v in values} for name, values in body["facets"].items()}
    assert labels["region"]["KZ-31"] == region
    assert labels["museum"]["national"] == museum
    assert labels["material"]["silver"] == material
    assert labels["century"]["19"] == century
    assert labels["century"]["-4"] == bce  # -400 to -300
    page = client.get(f"/{lang}/search").get_data(as_text=True)
    assert region in page and museum in page



def test_facet_labels_follow_a_renamed_museum_at_once(client, session, catalogue):
    def museum_label() -> str:
        facets = client.get("/api/search?lang=en&q=earring").get_json()["facets"]
        return {v["value"]: v["label"] for v in facets["museum"]}["taraz"]

    before = museum_label()  # read once, and kept for the generation
    museums.update_museum(session, SYSTEM, "taraz", {"name": {"en": "Taraz Museum of History"}})
    assert before != "Taraz Museum of History"
    assert museum_label() == "Taraz Museum of History"

def test_cursor_pages_through_every_hit_once(client, catalogue):
    seen, url = [], "/api/search?sort=title&size=10&lang=en"
    while url:
        body = client.get(url).get_json()
        seen += [item["id"] for item in body["items"]]
        url = body["links"]["next"]
    assert len(seen) == len(set(seen)) == 29


@pytest.mark.parametrize("sort", ["relevance", "date", "title", "recent"])
def test_every_sort(client, catalogue, sort):
    body = client.get(f"/api/search?q=кілем&sort={sort}&size=5").get_json()
    assert body["total"] == 27 and len(body["items"]) == 5  # the carpets, and every "carpet" by object type


def test_highlights_mark_the_words_and_nothing_else_is_html(app, client, session):
    make_exhibit(session, title={"kk": "Күміс <b>білезік</b> & ою", "ru": "", "en": ""},
                 description={"kk": "<img src=x onerror=alert(1)> білезік", "ru": "", "en": ""})
    item = client.get("/api/search?q=білезік").get_json()["items"][0]
    assert item["highlights"]["title"] == "Күміс &lt;b&gt;<mark>білезік</mark>&lt;/b&gt; &amp; ою"
    page = client.get("/kk/search?q=білезік").get_data(as_text=True)
    assert "Күміс &lt;b&gt;<mark>білезік</mark>&lt;/b&gt; &amp; ою" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt; <mark>білезік</mark>" in page


def test_suggestions_and_their_links(client, catalogue):
    body = client.get("/api/suggest?q=күм&lang=kk").get_json()
    assert [item["title"] for item in body["items"]] == ["Күміс білезік"]
    assert body["items"][0]["html"].endswith(f"/kk/exhibits/{body['items'][0]['id'].split(':')[1]}")
    museums_only = client.get("/api/suggest?q=ұлт&type=museum").get_json()["items"]
    assert [(i["type"], i["url"].rsplit("/", 1)[1]) for i in museums_only] == [("museum", "national")]
    for query, parameter in (("limit=0", "limit"), ("limit=21", "limit"), ("type=x", "type"), ("lang=fr", "lang"),
                             ("q=" + "a" * 2001, "q"), ("colour=red", "colour")):
        response = client.get(f"/api/suggest?{query}")
        assert (response.status_code, response.get_json()["parameter"]) == (400, parameter)


def test_a_withdrawn_exhibit_the_index_still_holds_is_not_shown(app, client, session):
    exhibit = make_exhibit(session, title={"kk": "Тұмар", "ru": "", "en": ""})
    queue = app.extensions["emuseum.jobs"]
    queue.handles["search.drain"], original = (lambda: None), queue.handles["search.drain"]  # the drain is late
    try:
        exhibits.change_state(session, SYSTEM, exhibit.id, "withdrawn")
    finally:
        queue.handles["search.drain"] = original
    assert found(app, "тұмар") == [f"exhibit:{exhibit.id}"]  # still in the index...
    assert client.get("/api/search?q=тұмар").get_json()["items"] == []  # ...never shown



def test_an_answer_cached_before_a_late_drain_is_not_served_after_it(app, client, session):
    museum = make_museum(session)
    queue = app.extensions["emuseum.jobs"]
    queue.handles["search.drain"], original = (lambda: None), queue.handles["search.drain"]  # the drain is late
    try:
        exhibit = make_exhibit(session, museum, title={"kk": "Асатаяқ", "ru": "", "en": ""})
        for path in ("/api/search?q=асатаяқ", "/api/suggest?q=асат", "/kk/search?q=асатаяқ"):
            client.get(path)  # answered, and kept, while the index does not hold the exhibit yet
        assert client.get("/api/search?q=асатаяқ").get_json()["items"] == []
    finally:
        queue.handles["search.drain"] = original
    assert drain(session, app.extensions["emuseum.search"].backend()) == 1  # the exhibit (the museum was drained in time)
    assert [item["id"] for item in client.get("/api/search?q=асатаяқ").get_json()["items"]] == [
        f"exhibit:{exhibit.id}"]
    assert [item["title"] for item in client.get("/api/suggest?q=асат").get_json()["items"]] == ["Асатаяқ"]
    assert f"/kk/exhibits/{exhibit.id}" in client.get("/kk/search?q=асатаяқ").get_data(as_text=True)

# --- the page ------------------------------------------------------------------------------------------

BAD_PAGE = [("size=5", None), ("page=0", "page"), ("sort=colour", "sort"), ("type=painting", "type"),
            ("has_image=maybe", "has_image"), ("after=garbage", "after"), ("century=XIX", "century")]


@pytest.mark.parametrize("query,parameter", BAD_PAGE)
def test_bad_page_parameters_are_a_400_page_naming_them(client, catalogue, query, parameter):
    response = client.get(f"/ru/search?{query}")
    if parameter is None:  # the page's size is ours; other parameters are left alone
        assert response.status_code == 200
        return
    assert response.status_code == 400
    assert f"«{parameter}»" in response.get_data(as_text=True) or parameter in response.get_data(as_text=True)


def test_chips_remove_one_filter_each_and_clear_all_keeps_the_words(client, catalogue):
    page = client.get("/en/search?q=silver&region=KZ-71&material=silver&sort=title").get_data(as_text=True)
    assert 'href="/en/search?q=silver&amp;sort=title&amp;material=silver" aria-label="Remove filter: Astana"' in page \
        or 'aria-label="Remove filter: Astana"' in page
    assert 'class="chip clear-all" href="/en/search?q=silver&amp;sort=title"' in page
    assert 'name="region" value="KZ-71" checked' in page


def test_next_page_link_follows_the_cursor(client, catalogue):
    page = client.get("/en/search?q=carpet").get_data(as_text=True)
    assert 'rel="next" href="/en/search?q=carpet&amp;after=' in page
    next_url = page.split('rel="next" href="')[1].split('"')[0].replace("&amp;", "&")
    second = client.get(next_url)
    assert second.status_code == 200 and "First page" in second.get_data(as_text=True)


def test_every_page_has_the_header_search_box(client, catalogue):
    home = client.get("/kk/").get_data(as_text=True)
    assert 'action="/kk/search"' in home and 'name="q"' in home
