"""IIIF Presentation 3 over HTTP: every Manifest and Collection of a demo catalogue, negotiation, caching, visibility.

The whole-catalogue checks crawl a small demo from the national and museums Collections down and
fetch the Manifest of every published exhibit; each document must pass the official schema (what
the IIIF Presentation Validator runs) and come back unchanged through iiif-prezi3.
"""
from __future__ import annotations

import io
import json
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
import trimesh
from iiif_prezi3 import Collection, Manifest
from jsonschema import Draft7Validator
from PIL import Image
from sqlalchemy import select

from emuseum import create_app
from emuseum.db import db
from emuseum.demo.build import build_demo
from emuseum.models import Exhibit, State
from emuseum.services import exhibits, museums, presentation
from emuseum.services.identity import SYSTEM
from emuseum.services.media import attach_media
from manifests import build_manifest, to_text

from .conftest import shared_path
from .factories import make_exhibit, make_museum

LD_JSON = 'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"'
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
DEMO_PAGE_SIZE = 1  # one Manifest a page: every museum with two or more is paged


@pytest.fixture(scope="module")
def validator() -> Draft7Validator:
    schema = shared_path("standards", "iiif", "presentation-3.0.schema.json")
    return Draft7Validator(json.loads(schema.read_text(encoding="utf-8")))


def schema_errors(validator: Draft7Validator, document: dict) -> list[str]:
    """Return the schema's complaints as "path: message" (the top level is a oneOf: report its branches)."""
    return [f"{'/'.join(map(str, inner.absolute_path))}: {inner.message}"
            for error in validator.iter_errors(document) for inner in (error.context or [error])]


def labels(node, where: str = "") -> list[tuple[str, dict]]:
    """Return every label in a document with where it is."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "label":
                found.append((where, value))
            found += labels(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += labels(value, f"{where}/{i}")
    return found


def png(width: int = 640, height: int = 480, colour=(150, 90, 40)) -> io.BytesIO:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    buffer.seek(0)
    return buffer


def path(url: str) -> str:
    return urlsplit(url).path


# ---------------------------------------------------------------- a whole demo catalogue

@pytest.fixture(scope="module")
def demo(migrated, tmp_path_factory):
    """Return every Presentation document of a small demo, crawled over HTTP, and what it was built from."""
    app = create_app({"app.instance_path": str(tmp_path_factory.mktemp("demo")), "database.url": migrated,
                      "jobs.backend": "immediate", "app.secret_key": "test"})
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(presentation, "COLLECTION_PAGE_SIZE", DEMO_PAGE_SIZE)
        with app.app_context():
            build_demo(exhibits=120, images=12, seed=1, progress=False)
            session = db.session
            session.expire_all()  # the derivative jobs marked the media ready in sessions of their own
            published = session.scalars(select(Exhibit).where(Exhibit.state == State.PUBLISHED.value)
                                         .order_by(Exhibit.id)).all()
            with_media = {e.id for e in published if presentation.has_manifest(e)}
            listed = presentation.manifest_ids(session)  # the same rule, in SQL
            published_ids = [e.id for e in published]
            session.close()
        client = app.test_client()
        manifests = {}
        for exhibit_id in published_ids:
            response = client.get(f"/iiif/presentation/exhibits/{exhibit_id}/manifest")
            manifests[exhibit_id] = (response.status_code, response.get_data(as_text=True))
        collections: dict[str, str] = {}
        queue = ["/iiif/presentation/collections/national", "/iiif/presentation/collections/museums"]
        while queue:
            url = queue.pop()
            if url in collections:
                continue
            response = client.get(url)
            assert response.status_code == 200, (url, response.get_data(as_text=True))
            collections[url] = response.get_data(as_text=True)
            queue += [path(item["id"]) for item in json.loads(collections[url])["items"]
                      if item["type"] == "Collection"]
        linked = {}
        for status, text in manifests.values():
            if status == 200:
                document = json.loads(text)
                urls = [document["thumbnail"][0]["id"]] if "thumbnail" in document else []
                urls += [document["homepage"][0]["id"], document["seeAlso"][0]["id"]]
                urls += [path(ref["id"]) for ref in document["partOf"]]
                for canvas in document["items"]:
                    body = canvas["items"][0]["items"][0]["body"]
                    urls += [body["service"][0]["id"] + "/info.json"] if body["type"] == "Image" else [body["id"]]
                    urls += [thumb["id"] for thumb in canvas.get("thumbnail", [])]
                for url in urls:
                    linked[path(url)] = client.get(path(url)).status_code
        with app.app_context():
            db.session.close()
            db.engine.dispose()
    return SimpleNamespace(manifests=manifests, collections=collections, with_media=with_media, linked=linked,
                           listed=listed)


def test_every_published_exhibit_with_media_has_a_valid_manifest(demo, validator):
    served = {eid for eid, (status, _) in demo.manifests.items() if status == 200}
    assert served == demo.with_media == set(demo.listed) and len(served) >= 10
    for exhibit_id in served:
        text = demo.manifests[exhibit_id][1]
        document = json.loads(text)
        assert schema_errors(validator, document) == [], exhibit_id
        assert to_text(Manifest(**document)) == text, exhibit_id  # round-trips through iiif-prezi3 unchanged
        assert path(document["id"]) == f"/iiif/presentation/exhibits/{exhibit_id}/manifest"
        assert document["items"], exhibit_id


def test_published_exhibits_without_anything_to_show_have_no_manifest(demo):
    # Presentation 3 requires a Manifest to have at least one Canvas.
    missing = {eid: text for eid, (status, text) in demo.manifests.items() if status != 200}
    assert missing and set(missing).isdisjoint(demo.with_media)
    for exhibit_id, text in missing.items():
        assert json.loads(text) == {"status": 404, "parameter": "exhibit",
                                    "message": f"exhibit {exhibit_id} has no image or 3D model ready to show"}


def test_every_collection_page_validates_and_round_trips(demo, validator):
    assert len(demo.collections) > 40
    for url, text in demo.collections.items():
        document = json.loads(text)
        assert schema_errors(validator, document) == [], url
        assert to_text(Collection(**document)) == text, url
        assert path(document["id"]) == url


def test_collections_reach_every_manifest_once_per_museum(demo):
    reached = [path(item["id"]) for text in demo.collections.values()
               for item in json.loads(text)["items"] if item["type"] == "Manifest"]
    expected = {f"/iiif/presentation/exhibits/{eid}/manifest" for eid in demo.with_media}
    assert set(reached) == expected
    assert len(reached) == len(expected)  # each Manifest is on exactly one page of its museum
    for url in (url for url in demo.collections if "/page/" in url):  # the demo's museums have few
        document = json.loads(demo.collections[url])
        assert 1 <= len(document["items"]) <= DEMO_PAGE_SIZE
        assert path(document["partOf"][0]["id"]) == url.split("/page/")[0]


def test_labels_are_never_empty(demo):
    documents = [text for status, text in demo.manifests.values() if status == 200] + list(demo.collections.values())
    for text in documents:
        for where, label in labels(json.loads(text)):
            assert label and all(values and all(v.strip() for v in values) for values in label.values()), where


def test_every_link_of_the_manifests_answers(demo):
    assert demo.linked and {status for status in demo.linked.values()} == {200}, \
        {url: status for url, status in demo.linked.items() if status != 200}
    assert any(url.endswith("/info.json") for url in demo.linked)
    assert any(url.endswith("/model.glb") for url in demo.linked)  # the 3D models' web GLBs
    assert any(url.endswith("/preview.png") for url in demo.linked)  # and their rendered previews


# ---------------------------------------------------------------- one exhibit

@pytest.fixture
def pictured(session):
    """Return the id of a published exhibit with two images and its museum's id."""
    museum = make_museum(session)
    exhibit = make_exhibit(session, museum, height=12.5, width=4, title={"kk": "Сырға", "ru": "Серьги", "en": ""},
                           rights="https://creativecommons.org/licenses/by-sa/4.0/")
    attach_media(session, SYSTEM, exhibit.id, png(), "front.png", alt={"kk": "Алды", "ru": "", "en": "Front"})
    attach_media(session, SYSTEM, exhibit.id, png(300, 600), "back.png")
    return exhibit.id, museum.id


def manifest_url(exhibit_id: int) -> str:
    return f"/iiif/presentation/exhibits/{exhibit_id}/manifest"


def test_manifest_of_an_exhibit(client, pictured, session):
    exhibit_id, museum_id = pictured
    response = client.get(manifest_url(exhibit_id))
    assert response.status_code == 200 and response.mimetype == "application/json"
    document = response.get_json()
    root = "http://localhost"
    assert document["label"] == {"kk": ["Сырға"], "ru": ["Серьги"]}
    assert document["rights"] == "http://creativecommons.org/licenses/by-sa/4.0/"
    assert document["requiredStatement"]["label"] == {"kk": ["Ұсынған"], "ru": ["Предоставлено"],
                                                      "en": ["Provided by"]}
    assert document["requiredStatement"]["value"]["ru"][0].startswith("Таразский исторический музей")
    assert document["provider"][0]["homepage"][0]["id"].startswith(f"{root}/kk/museums/museum-")
    assert document["homepage"][0]["id"] == f"{root}/kk/exhibits/{exhibit_id}"
    assert document["seeAlso"][0]["id"] == f"{root}/api/exhibits/{exhibit_id}"
    assert document["partOf"][0]["id"] == f"{root}/iiif/presentation/collections/museums/{museum_id}"
    height = next(m for m in document["metadata"] if m["label"]["en"] == ["Height"])
    assert height == {"label": {"kk": ["Биіктігі"], "ru": ["Высота"], "en": ["Height"]},
                      "value": {"kk": ["12,5\u00a0см"], "ru": ["12,5\u00a0см"], "en": ["12.5\u00a0cm"]}}
    assert {"label": {"kk": ["Инвентарлық нөмірі"], "ru": ["Инвентарный номер"], "en": ["Inventory number"]},
            "value": {"none": [exhibits.get_exhibit(session, SYSTEM, exhibit_id).inventory_number]}} \
        in document["metadata"]
    front, back = exhibits.get_exhibit(session, SYSTEM, exhibit_id).media
    assert document["thumbnail"][0]["id"] == f"{root}/media/{front.id}/thumb.jpg"
    first, second = document["items"]
    # Canvases are named by their media record, so they keep their ids when media come and go.
    assert first["id"] == f"{root}{manifest_url(exhibit_id)}/canvas/{front.id}"
    assert second["id"] == f"{root}{manifest_url(exhibit_id)}/canvas/{back.id}"
    assert (second["width"], second["height"]) == (300, 600)
    assert first["label"] == {"kk": ["Алды"], "en": ["Front"]} and "label" not in second
    service = first["items"][0]["items"][0]["body"]["service"][0]
    assert service == {"id": f"{root}/iiif/3/{front.identifier}", "type": "ImageService3", "profile": "level2"}


def test_a_3d_model_is_painted_on_a_canvas_of_its_own(client, pictured, session):
    exhibit_id = pictured[0]
    box = io.BytesIO(trimesh.creation.box().export(file_type="glb"))
    model = attach_media(session, SYSTEM, exhibit_id, box, "box.glb", alt={"en": "The earrings, turned"})
    canvas = client.get(manifest_url(exhibit_id)).get_json()["items"][-1]
    root = "http://localhost"
    assert canvas["id"] == f"{root}{manifest_url(exhibit_id)}/canvas/{model.id}"
    assert canvas["label"] == {"en": ["The earrings, turned"]}
    assert canvas["items"][0]["items"][0]["body"] == {"id": f"{root}/media/{model.id}/model.glb", "type": "Model",
                                                      "format": "model/gltf-binary"}
    preview = canvas["thumbnail"][0]
    assert preview["id"] == f"{root}/media/{model.id}/preview.png" and preview["format"] == "image/png"
    assert (canvas["width"], canvas["height"]) == (preview["width"], preview["height"])
    assert client.get(f"/media/{model.id}/model.glb").status_code == 200


def test_json_ld_when_asked_json_otherwise(client, pictured):
    url = manifest_url(pictured[0])
    assert client.get(url).headers["Content-Type"] == "application/json"
    assert client.get(url, headers={"Accept": LD_JSON}).headers["Content-Type"] == LD_JSON
    assert client.get(url, headers={"Accept": "application/ld+json"}).headers["Content-Type"] == LD_JSON
    assert client.get(url, headers={"Accept": BROWSER_ACCEPT}).headers["Content-Type"] == "application/json"
    both = "application/json;q=0.5, application/ld+json;q=0.9"
    assert client.get(url, headers={"Accept": both}).headers["Content-Type"] == LD_JSON
    assert "Accept" in client.get(url).headers["Vary"]


@pytest.mark.parametrize("accept", ["text/html", "image/png, text/*", "application/json;q=0"])
def test_accept_without_json_is_406(client, pictured, accept):
    response = client.get(manifest_url(pictured[0]), headers={"Accept": accept})
    assert response.status_code == 406 and response.mimetype == "application/json"
    assert "application/ld+json" in response.get_json()["message"]
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_cors_on_documents_and_errors(client, pictured):
    for url in (manifest_url(pictured[0]), manifest_url(999999), "/iiif/presentation/collections/national"):
        assert client.get(url).headers["Access-Control-Allow-Origin"] == "*"


def test_etag_and_an_edit_shows_at_once(client, pictured, session):
    exhibit_id = pictured[0]
    url = manifest_url(exhibit_id)
    first = client.get(url)
    etag = first.headers["ETag"]
    assert first.headers["Cache-Control"] == "public, no-cache"  # revalidated before every reuse
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    exhibits.update_exhibit(session, SYSTEM, exhibit_id, {"title": {"kk": "Күміс сырға", "ru": "Серебряные серьги",
                                                                    "en": "Silver earrings"}})
    changed = client.get(url, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["ETag"] != etag
    assert changed.get_json()["label"] == {"kk": ["Күміс сырға"], "ru": ["Серебряные серьги"],
                                           "en": ["Silver earrings"]}


def test_a_new_image_adds_a_canvas_and_keeps_the_others(client, pictured, session):
    exhibit_id = pictured[0]
    before = [c["id"] for c in client.get(manifest_url(exhibit_id)).get_json()["items"]]
    attach_media(session, SYSTEM, exhibit_id, png(200, 200, (0, 0, 200)), "blue.png", primary=True)
    after = [c["id"] for c in client.get(manifest_url(exhibit_id)).get_json()["items"]]
    assert len(after) == 3 and after[1:] == before  # the new primary image comes first


@pytest.mark.parametrize("change", ["draft", "withdrawn", "museum switched off"])
def test_an_exhibit_the_public_may_not_see_has_no_manifest(client, pictured, session, change):
    exhibit_id, museum_id = pictured
    assert client.get(manifest_url(exhibit_id)).status_code == 200
    if change == "museum switched off":
        museums.set_active(session, SYSTEM, exhibits.get_exhibit(session, SYSTEM, exhibit_id).museum.slug, False)
    else:
        exhibits.change_state(session, SYSTEM, exhibit_id, change)
    response = client.get(manifest_url(exhibit_id))
    assert response.status_code == 404
    assert response.get_json() == {"status": 404, "parameter": "exhibit", "message": f"no exhibit {exhibit_id}"}


def test_markup_in_a_title_is_data_in_json_and_text_in_html(client, session):
    title = '<script>alert("x")</script> & <b>Алтын</b>'
    exhibit = make_exhibit(session, title={"kk": title, "ru": "", "en": ""})
    attach_media(session, SYSTEM, exhibit.id, png(), "a.png")
    document = client.get(manifest_url(exhibit.id)).get_json()
    assert document["label"] == {"kk": [title]}
    assert document["homepage"][0]["label"] == {"kk": [title]}
    page = client.get(f"/en/exhibits/{exhibit.id}").get_data(as_text=True)
    assert "<script>alert(" not in page and "<b>Алтын" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;Алтын&lt;/b&gt;" in page


def test_the_exhibit_page_links_its_manifest(client, pictured, session):
    exhibit_id = pictured[0]
    page = client.get(f"/ru/exhibits/{exhibit_id}").get_data(as_text=True)
    url = f"http://localhost{manifest_url(exhibit_id)}"
    assert f'<code id="manifest-url">{url}</code>' in page
    assert f'data-manifest="{url}"' in page
    assert f'type=\'{LD_JSON}\' href="{url}"' in page
    assert ">Манифест IIIF</a>" in page and ">Копировать адрес манифеста</button>" in page
    bare = make_exhibit(session)  # no media: no manifest, no viewers
    page = client.get(f"/ru/exhibits/{bare.id}").get_data(as_text=True)
    assert "manifest-url" not in page and "viewer.js" not in page


def test_cached_manifests_are_the_ones_iiif_prezi3_builds(app, pictured, session):
    with app.test_request_context("/"):
        exhibit = exhibits.get_exhibit(session, SYSTEM, pictured[0])
        source = presentation.exhibit_input(exhibit, presentation.Links("https://emuseum.kz"))
        built = presentation.manifest_document(source)
        assert presentation.manifest_document(source) is built  # from the cache
        presentation.document_cache().clear()
        rebuilt = presentation.manifest_document(source)
        assert rebuilt is not built and rebuilt == built
        assert built.body.decode() == to_text(build_manifest(source, stable_canvas_ids=True))
        again = presentation.exhibit_input(exhibit, presentation.Links("https://emuseum.kz"))
        assert presentation.manifest_document(again) is rebuilt  # an equal input finds the same document


# ---------------------------------------------------------------- collections

@pytest.fixture
def crowded(session, monkeypatch):
    """Return a museum id with five presentable exhibits, three pages of two, and a draft."""
    monkeypatch.setattr(presentation, "COLLECTION_PAGE_SIZE", 2)
    museum = make_museum(session)
    for n in range(5):
        exhibit = make_exhibit(session, museum)
        attach_media(session, SYSTEM, exhibit.id, png(64, 48), f"{n}.png")
    draft = make_exhibit(session, museum, state="draft")
    attach_media(session, SYSTEM, draft.id, png(64, 48), "draft.png")
    make_exhibit(session, museum)  # published, nothing to show
    return museum.id


def test_a_large_museum_collection_is_paged(client, crowded, validator):
    top = client.get(f"/iiif/presentation/collections/museums/{crowded}")
    pages = [item["id"] for item in top.get_json()["items"]]
    assert [path(url) for url in pages] == [f"/iiif/presentation/collections/museums/{crowded}/page/{n}"
                                            for n in (1, 2, 3)]
    assert top.get_json()["items"][2]["label"]["en"][0].endswith("(5–5)")
    documents = [top] + [client.get(path(url)) for url in pages]
    for response in documents:
        text = response.get_data(as_text=True)
        assert schema_errors(validator, json.loads(text)) == []
        assert to_text(Collection(**json.loads(text))) == text
    assert [len(page.get_json()["items"]) for page in documents[1:]] == [2, 2, 1]
    assert {path(page.get_json()["partOf"][0]["id"]) for page in documents[1:]} == {path(top.get_json()["id"])}


@pytest.mark.parametrize("page", ["0", "abc", "-1", "1.5", "01", "9999999999"])
def test_malformed_page_numbers_are_400(client, crowded, page):
    response = client.get(f"/iiif/presentation/collections/museums/{crowded}/page/{page}")
    assert response.status_code == 400
    assert response.get_json()["parameter"] == "page"


def test_a_page_past_the_last_is_404(client, crowded):
    response = client.get(f"/iiif/presentation/collections/museums/{crowded}/page/4")
    assert response.status_code == 404 and response.get_json()["parameter"] == "page"


@pytest.mark.parametrize("url", ["/iiif/presentation/collections/museums/999999",
                                 "/iiif/presentation/collections/regions/KZ-99",
                                 "/iiif/presentation/collections/regions/kz-31",
                                 "/iiif/presentation/exhibits/abc/manifest",
                                 "/iiif/presentation/nothing/here"])
def test_unknown_collections_are_json_404(client, url):
    response = client.get(url)
    assert response.status_code == 404 and response.mimetype == "application/json"


def test_national_and_region_collections_list_museums_with_their_names(client, session):
    museum = make_museum(session, region="KZ-71")
    off = make_museum(session, region="KZ-75")
    museums.set_active(session, SYSTEM, off.slug, False)
    national = client.get("/iiif/presentation/collections/national").get_json()
    assert [path(item["id"]) for item in national["items"]] == ["/iiif/presentation/collections/regions/KZ-71"]
    region = client.get("/iiif/presentation/collections/regions/KZ-71").get_json()
    assert region["items"] == [{"id": f"http://localhost/iiif/presentation/collections/museums/{museum.id}",
                                "label": {lang: [text] for lang, text in
                                          (("kk", museum.name_kk), ("ru", museum.name_ru), ("en", museum.name_en))},
                                "type": "Collection"}]
    everyone = client.get("/iiif/presentation/collections/museums").get_json()
    assert [path(item["id"]) for item in everyone["items"]] == [f"/iiif/presentation/collections/museums/{museum.id}"]
    assert client.get(f"/iiif/presentation/collections/museums/{off.id}").status_code == 404
