"""The read-only JSON API through the test client: records, pages, filters, errors, caching and CORS."""
from __future__ import annotations

import io
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
import trimesh
from sqlalchemy import event

from emuseum.services import exhibits, media, museums
from emuseum.services.identity import SYSTEM

from .factories import make_exhibit, make_museum, make_person

ROOT = "http://localhost"


def png(width: int = 40, height: int = 30) -> io.BytesIO:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 120, 40)).save(buffer, "PNG")
    buffer.seek(0)
    return buffer


def rich_exhibit(session, app, museum=None):
    """Return a published exhibit with people, materials, techniques, dimensions and media in every state."""
    maker = make_person(session)
    depicted = make_person(session, name={"kk": "Әбілқайыр хан", "en": "Abulkhair Khan"}, roles=["khan"],
                           birth_year=1693, death_year=1748)
    exhibit = make_exhibit(
        session, museum, materials=["silver"], techniques=["embroidery"],
        people=[{"person": maker.id, "role": "maker"}, {"person": depicted.id, "role": "depicted"}],
        dating={"kk": "XIX ғасыр", "ru": "XIX век", "en": "19th century"}, culture={"kk": "қазақ"},
        height=12.5, width=8, length_unit="cm", weight=0.35, weight_unit="kg",
        credit_line={"ru": "Дар семьи Абаевых"})
    media.attach_media(session, SYSTEM, exhibit.id, png(), "bracelet.png", alt={"kk": "Білезік"}, primary=True)
    glb = trimesh.creation.box(extents=(0.1, 0.1, 0.1)).export(file_type="glb")
    media.attach_media(session, SYSTEM, exhibit.id, io.BytesIO(glb), "bracelet.glb")
    # A file whose derivatives no worker has made yet stays out of the public record.
    jobs = app.extensions["emuseum.jobs"]
    original = jobs.enqueue
    jobs.enqueue = lambda *args: None
    try:
        media.attach_media(session, SYSTEM, exhibit.id, png(20, 20), "later.png")
    finally:
        jobs.enqueue = original
    # The job committed in its own session; requests made inside the test's app context share this one.
    session.expire_all()
    return exhibit


def body(response):
    assert response.content_type == "application/json; charset=utf-8", response.data[:200]
    return response.get_json()


def assert_error(response, status: int, parameter: str | None, routed: bool = True):
    """Check a JSON error; ``routed=False`` for addresses no API route matched (the app-wide handler answers)."""
    if routed:
        data = body(response)
    else:
        assert response.mimetype == "application/json", response.data[:200]
        data = response.get_json()
    assert response.status_code == status, data
    assert data["status"] == status
    assert data["parameter"] == parameter
    assert data["message"]
    return data


@contextmanager
def statements(app):
    """Yield the list of SQL statements the application runs inside the block."""
    engine = app.extensions["emuseum.db"][0]
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


# --- pages and links ---------------------------------------------------------------------------

def test_exhibit_pages_carry_totals_and_absolute_links(client, session):
    museum = make_museum(session)
    made = {make_exhibit(session, museum).id for _ in range(5)}

    first = body(client.get("/api/exhibits?size=2"))
    assert (first["page"], first["size"], first["total"], first["pages"]) == (1, 2, 5, 3)
    assert first["links"] == {
        "self": f"{ROOT}/api/exhibits?page=1&size=2", "first": f"{ROOT}/api/exhibits?page=1&size=2",
        "last": f"{ROOT}/api/exhibits?page=3&size=2", "next": f"{ROOT}/api/exhibits?page=2&size=2",
        "prev": None}
    last = body(client.get(first["links"]["last"]))
    assert last["links"]["next"] is None
    assert last["links"]["prev"] == f"{ROOT}/api/exhibits?page=2&size=2"
    middle = body(client.get(first["links"]["next"]))
    seen = [item["id"] for page in (first, middle, last) for item in page["items"]]
    assert sorted(seen) == sorted(made)  # every exhibit once, none twice


def test_link_header_lists_the_neighbouring_pages(client, session):
    museum = make_museum(session)
    for _ in range(3):
        make_exhibit(session, museum)
    response = client.get(f"/api/exhibits?museum={museum.slug}&size=1&page=2")
    link = response.headers["Link"]
    assert f'<{ROOT}/api/exhibits?museum={museum.slug}&page=3&size=1>; rel="next"' in link
    assert f'<{ROOT}/api/exhibits?museum={museum.slug}&page=1&size=1>; rel="prev"' in link


def test_page_past_the_end_is_empty_but_keeps_the_total(client, session):
    museum = make_museum(session)
    for _ in range(3):
        make_exhibit(session, museum)
    data = body(client.get("/api/exhibits?size=2&page=7"))
    assert client.get("/api/exhibits?size=2&page=7").status_code == 200
    assert (data["items"], data["total"], data["pages"]) == ([], 3, 2)
    assert data["links"]["next"] is None
    assert data["links"]["prev"] == f"{ROOT}/api/exhibits?page=2&size=2"


def test_size_defaults_to_the_setting_and_is_capped(app, client, session):
    museum = make_museum(session)
    for _ in range(3):
        make_exhibit(session, museum)
    assert body(client.get("/api/exhibits"))["size"] == 20
    assert body(client.get("/api/exhibits?size=100"))["size"] == 100
    data = assert_error(client.get("/api/exhibits?size=101"), 400, "size")
    assert "100" in data["message"]
    app.config["EMUSEUM"].update({"api.page_size": 2, "api.max_page_size": 3})
    app.extensions["emuseum.response_cache"].clear()  # a real server is restarted to change settings
    assert len(body(client.get("/api/exhibits"))["items"]) == 2
    assert_error(client.get("/api/exhibits?size=4"), 400, "size")


@pytest.mark.parametrize("query, parameter", [
    ("page=-1", "page"), ("page=abc", "page"), ("page=0", "page"), ("page=1.5", "page"),
    ("size=0", "size"), ("size=1000000000", "size"), ("size=ten", "size"), ("page=99999999999999999999", "page"),
])
def test_bad_page_or_size_is_a_400_naming_it(client, query, parameter):
    for path in ("/api/exhibits", "/api/museums", "/api/persons", "/api/regions"):
        assert_error(client.get(f"{path}?{query}"), 400, parameter)


QUERY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(page=QUERY_TEXT, size=QUERY_TEXT)
def test_any_page_and_size_is_a_page_or_a_400_naming_it(client, page, size):
    response = client.get("/api/regions", query_string={"page": page, "size": size})
    data = body(response)
    if response.status_code == 200:
        assert 1 <= data["size"] <= 100 and data["page"] >= 1 and data["total"] == 20
    else:
        assert response.status_code == 400
        assert data["parameter"] in ("page", "size")


def test_unknown_query_parameter_is_a_400_naming_it(client, session):
    exhibit = make_exhibit(session)
    data = assert_error(client.get("/api/exhibits?colour=red"), 400, "colour")
    assert "colour" in data["message"]
    assert_error(client.get(f"/api/exhibits/{exhibit.id}?lang=kk"), 400, "lang")
    assert_error(client.get("/api/regions?museum=x"), 400, "museum")


def test_a_parameter_given_twice_is_a_400(client):
    assert_error(client.get("/api/exhibits?page=1&page=2"), 400, "page")


# --- filters -----------------------------------------------------------------------------------

def test_exhibits_filtered_by_museum_and_region(client, session):
    taraz = make_museum(session, region="KZ-31")
    almaty = make_museum(session, region="KZ-75")
    in_taraz = {make_exhibit(session, taraz).id for _ in range(2)}
    in_almaty = {make_exhibit(session, almaty).id}

    def ids(query):
        return {item["id"] for item in body(client.get(f"/api/exhibits?{query}"))["items"]}

    assert ids(f"museum={taraz.slug}") == in_taraz
    assert ids("region=KZ-75") == in_almaty
    assert ids("region=kz-31") == in_taraz  # codes are matched whatever their case
    assert ids(f"museum={taraz.slug}&region=KZ-75") == set()
    assert ids("") == in_taraz | in_almaty
    filtered = body(client.get(f"/api/exhibits?museum={taraz.slug}&size=1"))
    assert filtered["links"]["next"] == f"{ROOT}/api/exhibits?museum={taraz.slug}&page=2&size=1"


def test_museums_filtered_by_region(client, session):
    taraz = make_museum(session, region="KZ-31")
    make_museum(session, region="KZ-75")
    data = body(client.get("/api/museums?region=KZ-31"))
    assert [m["id"] for m in data["items"]] == [taraz.slug]
    assert body(client.get("/api/museums?region=KZ-79"))["items"] == []


def test_unknown_filters_are_400s_naming_them(client, session):
    museum = make_museum(session)
    assert_error(client.get("/api/exhibits?region=KZ-00"), 400, "region")
    assert_error(client.get("/api/museums?region=Jambyl"), 400, "region")
    data = assert_error(client.get("/api/exhibits?museum=no-such-museum"), 400, "museum")
    assert "no-such-museum" in data["message"]
    museums.set_active(session, SYSTEM, museum.slug, False)
    assert_error(client.get(f"/api/exhibits?museum={museum.slug}"), 400, "museum")


# --- what the public may see ------------------------------------------------------------------------

def test_unknown_records_are_json_404s(client):
    for path in ("/api/exhibits/424242", "/api/persons/424242", "/api/museums/no-such-museum",
                 "/api/regions/KZ-00", "/api/exhibits/99999999999999", "/api/persons/99999999999999"):
        assert_error(client.get(path), 404, None)


@pytest.mark.parametrize("state", ["draft", "in_review"])
def test_unpublished_exhibits_are_hidden(client, session, state):
    hidden = make_exhibit(session, state=state)
    shown = make_exhibit(session, hidden.museum)
    assert_error(client.get(f"/api/exhibits/{hidden.id}"), 404, None)
    data = body(client.get("/api/exhibits"))
    assert [item["id"] for item in data["items"]] == [shown.id]
    assert data["total"] == 1


def test_withdrawn_exhibit_is_a_404(client, session):
    exhibit = make_exhibit(session)
    assert client.get(f"/api/exhibits/{exhibit.id}").status_code == 200
    exhibits.change_state(session, SYSTEM, exhibit.id, "withdrawn")
    assert_error(client.get(f"/api/exhibits/{exhibit.id}"), 404, None)


def test_switched_off_museum_and_its_exhibits_are_hidden(client, session):
    museum = make_museum(session)
    other = make_museum(session)
    exhibit = make_exhibit(session, museum)
    make_exhibit(session, other)
    museums.set_active(session, SYSTEM, museum.slug, False)
    assert_error(client.get(f"/api/museums/{museum.slug}"), 404, None)
    assert_error(client.get(f"/api/exhibits/{exhibit.id}"), 404, None)
    assert [m["id"] for m in body(client.get("/api/museums"))["items"]] == [other.slug]
    assert body(client.get("/api/exhibits"))["total"] == 1


def test_unmatched_api_address_is_a_json_404(client):
    assert_error(client.get("/api/nothing-here"), 404, None, routed=False)
    assert_error(client.get("/api/exhibits/not-a-number"), 404, None, routed=False)


def test_other_methods_are_a_json_405(client):
    for method in (client.post, client.put, client.delete):
        assert_error(method("/api/exhibits"), 405, None, routed=False)


# --- records -----------------------------------------------------------------------------------

def test_exhibit_record(app, client, session):
    exhibit = rich_exhibit(session, app)
    data = body(client.get(f"/api/exhibits/{exhibit.id}"))
    museum = exhibit.museum
    assert data["id"] == exhibit.id and data["type"] == "Exhibit"
    assert data["url"] == f"{ROOT}/api/exhibits/{exhibit.id}"
    assert data["html"] == {lang: f"{ROOT}/{lang}/exhibits/{exhibit.id}" for lang in ("kk", "ru", "en")}
    assert data["inventory_number"] == exhibit.inventory_number
    assert data["museum"] == {"slug": museum.slug, "name": {"kk": museum.name_kk, "ru": museum.name_ru,
                                                             "en": museum.name_en},
                              "url": f"{ROOT}/api/museums/{museum.slug}"}
    assert data["region"]["code"] == "KZ-31"
    assert data["region"]["name"]["kk"] == "Жамбыл облысы"
    assert data["object_type"]["code"] == "carpet"
    assert [t["code"] for t in data["materials"]] == ["silver"]
    assert [t["code"] for t in data["techniques"]] == ["embroidery"]
    assert data["dating"] == {"display": {"kk": "XIX ғасыр", "ru": "XIX век", "en": "19th century"},
                              "earliest": 1850, "latest": 1900}
    assert data["dimensions"] == {"height": 12.5, "width": 8, "unit": "cm", "weight": 0.35, "weight_unit": "kg"}
    assert data["rights"] == "https://creativecommons.org/licenses/by/4.0/"
    assert [(p["person"]["name"].get("en"), p["role"]) for p in data["people"]] == [
        ("Abai Qunanbaiuly", "maker"), ("Abulkhair Khan", "depicted")]
    person_url = data["people"][0]["person"]["url"]
    assert body(client.get(person_url))["name"]["kk"] == "Абай Құнанбайұлы"
    assert data["created"].endswith("Z") and data["modified"].endswith("Z")


def test_exhibit_media_only_ready_files_with_their_urls(app, client, session):
    exhibit = rich_exhibit(session, app)
    items = body(client.get(f"/api/exhibits/{exhibit.id}"))["media"]
    assert [(m["kind"], m["status"], m["is_primary"]) for m in items] == [
        ("image", "ready", True), ("model", "ready", False)]
    image, model = items
    assert (image["media_type"], image["width"], image["height"]) == ("image/png", 40, 30)
    assert image["alt"] == {"kk": "Білезік"}
    base = f"{ROOT}/media/{image['id']}"
    assert image["urls"] == {"thumb": f"{base}/thumb.jpg", "display": f"{base}/display.jpg",
                             "original": f"{base}/original"}
    assert model["urls"] == {"thumb": None, "display": None, "original": f"{ROOT}/media/{model['id']}/original"}


def test_trilingual_maps_leave_out_empty_languages(client, session):
    exhibit = make_exhibit(session, title={"kk": "Алтын адам", "en": "Golden Man"},
                           description={"ru": "Реконструкция"}, place={"kk": "", "ru": " ", "en": ""})
    data = body(client.get(f"/api/exhibits/{exhibit.id}"))
    assert data["title"] == {"kk": "Алтын адам", "en": "Golden Man"}
    assert data["description"] == {"ru": "Реконструкция"}
    assert data["place"] == {} and data["culture"] == {} and data["credit_line"] == {}
    assert data["dimensions"] == {}
    assert data["techniques"] == [] and data["people"] == [] and data["media"] == []


def test_kazakh_text_is_unescaped_utf8(client, session):
    exhibit = make_exhibit(session, title={"kk": "Қошқар мүйіз өрнегі"})
    response = client.get(f"/api/exhibits/{exhibit.id}")
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    assert "Қошқар мүйіз өрнегі".encode("utf-8") in response.data
    assert b"\\u04" not in response.data


def test_stable_ids_lead_back_to_the_same_record(client, session):
    museum = make_museum(session, latitude=42.9, longitude=71.37, website="https://taraz-museum.kz",
                         address="Төле би көшесі 55")
    make_exhibit(session, museum)
    make_exhibit(session, museum, state="draft")
    person = make_person(session)

    data = body(client.get(f"/api/museums/{museum.slug}"))
    assert data["id"] == museum.slug and data["type"] == "Museum"
    assert data["coordinates"] == {"lat": 42.9, "lon": 71.37}
    assert (data["website"], data["address"], data["email"]) == ("https://taraz-museum.kz", "Төле би көшесі 55", None)
    assert data["exhibit_count"] == 1  # the draft is not counted
    assert data["exhibits_url"] == f"{ROOT}/api/exhibits?museum={museum.slug}"
    assert body(client.get(data["exhibits_url"]))["total"] == 1
    assert body(client.get("/api/museums"))["items"][0]["exhibit_count"] == 1

    region = body(client.get(data["region"]["url"]))
    assert (region["id"], region["type"], region["kind"]) == ("KZ-31", "Region", "region")
    assert region["html"]["ru"] == f"{ROOT}/ru/museums?region=KZ-31"
    assert [m["id"] for m in body(client.get(region["museums_url"]))["items"]] == [museum.slug]

    record = body(client.get(f"/api/persons/{person.id}"))
    assert (record["id"], record["type"], record["birth_year"], record["roles"]) == (person.id, "Person", 1845, ["poet"])
    assert body(client.get(record["url"])) == record
    assert record["html"]["kk"] == f"{ROOT}/kk/persons/{person.id}"


def test_regions_list_all_twenty_in_national_order(client):
    data = body(client.get("/api/regions?size=100"))
    assert data["total"] == 20
    assert [r["id"] for r in data["items"]][:3] == ["KZ-10", "KZ-11", "KZ-15"]
    page4 = body(client.get("/api/regions?size=5&page=4"))["items"]
    assert [r["id"] for r in page4] == ["KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79"]
    assert body(client.get("/api/regions/kz-71"))["kind"] == "city"


def test_urls_use_the_configured_base_url(app, client, session):
    app.config["EMUSEUM"]["app.base_url"] = "https://emuseum.kz/"
    exhibit = make_exhibit(session)
    data = body(client.get(f"/api/exhibits/{exhibit.id}"))
    assert data["url"] == f"https://emuseum.kz/api/exhibits/{exhibit.id}"
    assert data["html"]["en"] == f"https://emuseum.kz/en/exhibits/{exhibit.id}"


# --- caching and CORS -------------------------------------------------------------------------------

def test_etag_and_conditional_requests(client, session):
    exhibit = make_exhibit(session)
    path = f"/api/exhibits/{exhibit.id}"
    response = client.get(path)
    etag = response.headers["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    assert response.headers["Cache-Control"] == "public, max-age=60"
    assert client.get(path).headers["ETag"] == etag  # the same body, the same tag

    for header in (etag, f'"stale", {etag}', "*", f"W/{etag}"):
        again = client.get(path, headers={"If-None-Match": header})
        assert again.status_code == 304, header
        assert again.data == b""
        assert again.headers["ETag"] == etag
    assert client.get(path, headers={"If-None-Match": '"stale"'}).status_code == 200

    exhibits.update_exhibit(session, SYSTEM, exhibit.id, {"title": {"en": "Renamed"}})
    changed = client.get(path, headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["ETag"] != etag


def test_lists_and_head_requests_carry_etags(client, session):
    make_exhibit(session)
    listed = client.get("/api/exhibits")
    assert client.get("/api/exhibits", headers={"If-None-Match": listed.headers["ETag"]}).status_code == 304
    head = client.head("/api/exhibits")
    assert head.status_code == 200 and head.data == b""
    assert head.headers["ETag"] == listed.headers["ETag"]


def test_cors_headers_on_answers_and_errors(client, session):
    exhibit = make_exhibit(session)
    for response in (client.get(f"/api/exhibits/{exhibit.id}", headers={"Origin": "https://example.org"}),
                     client.get("/api/exhibits?size=0"), client.get("/api/exhibits/424242")):
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        assert set(response.headers["Access-Control-Expose-Headers"].replace(" ", "").split(",")) == {"ETag", "Link"}


def test_cors_preflight(client):
    response = client.options("/api/exhibits", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "If-None-Match"})
    assert response.status_code == 204
    assert response.data == b""
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert response.headers["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "If-None-Match" in response.headers["Access-Control-Allow-Headers"]


# --- performance -------------------------------------------------------------------------------

def test_exhibit_list_runs_the_same_queries_for_any_page_size(app, client, session):
    museum = make_museum(session)
    for _ in range(6):
        rich_exhibit(session, app, museum)
    client.get("/api/exhibits?size=2")  # warm up whatever is done once per process (another URL: not cached)
    # Requests inside the test's app context share its session: empty it so nothing comes from memory.
    session.close()
    with statements(app) as one:
        assert len(body(client.get("/api/exhibits?size=1"))["items"]) == 1
    session.close()
    with statements(app) as six:
        assert len(body(client.get("/api/exhibits?size=6"))["items"]) == 6
    assert len(six) == len(one)
    assert len(six) <= 8
