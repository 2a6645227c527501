"""The national demo: a small build through the services, its plausibility, media and determinism.

One build serves the read-only checks: the module fixture takes a snapshot of it in plain values,
since other tests empty the tables between ours.
"""
from __future__ import annotations

import io
import re
from types import SimpleNamespace

import pytest
import trimesh
from PIL import Image
from sqlalchemy import func, select

from emuseum import create_app
from emuseum.db import db
from emuseum.demo import vocabulary
from emuseum.demo.build import build_demo
from emuseum.demo.catalogue import museum_abbreviation, plan_catalogue
from emuseum.models import Change, Exhibit, MediaRecord, Museum, Region
from emuseum.services.indexing import backlog
from emuseum.services.search_documents import count_public
from indexer import SearchQuery

KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
LATIN = re.compile("[A-Za-z]")
ROMAN = re.compile(r"\b[IVXLC]+\b")
SEED = 7
EXHIBITS, IMAGES = 150, 10


def _fingerprint(session) -> tuple[list, list]:
    """Return what must not change between builds of one seed: exhibits' numbers and titles, media digests."""
    rows = session.execute(select(Museum.slug, Exhibit.inventory_number, Exhibit.title_kk).join(Exhibit.museum)
                           .order_by(Exhibit.id)).all()
    media = session.execute(select(Exhibit.inventory_number, MediaRecord.position, MediaRecord.sha256)
                            .join(MediaRecord.exhibit).order_by(Exhibit.id, MediaRecord.position)).all()
    return [tuple(r) for r in rows], [tuple(r) for r in media]


def _snapshot(summary: dict):
    session = db.session
    exhibits = session.scalars(select(Exhibit).order_by(Exhibit.id)).all()
    return SimpleNamespace(
        summary=summary,
        museums_per_region=dict(session.execute(
            select(Region.code, func.count(Museum.id)).join(Museum, Museum.region_id == Region.id, isouter=True)
            .group_by(Region.code)).all()),
        exhibits=[SimpleNamespace(
            **{c.key: getattr(e, c.key) for c in Exhibit.__table__.columns},
            type=e.object_type.code if e.object_type else None, materials=[t.code for t in e.materials],
            roles=[link.role for link in e.people]) for e in exhibits],
        media=[SimpleNamespace(**{c.key: getattr(m, c.key) for c in MediaRecord.__table__.columns},
                               exhibit_type=m.exhibit.object_type.code)
               for m in session.scalars(select(MediaRecord).order_by(MediaRecord.id))],
        changes=session.execute(select(Change.entity, Change.entity_id, Change.action, Change.fields)).all(),
        fingerprint=_fingerprint(session),
    )


@pytest.fixture(scope="module")
def demo(migrated, tmp_path_factory):
    """Return a snapshot of a small demo and the media store it was written to."""
    app = create_app({"app.instance_path": str(tmp_path_factory.mktemp("demo")), "database.url": migrated,
                      "jobs.backend": "immediate", "app.secret_key": "test"})
    with app.app_context():
        snapshot = _snapshot(build_demo(exhibits=EXHIBITS, images=IMAGES, seed=SEED))
        snapshot.store = app.extensions["emuseum.storage"]
        backend = app.extensions["emuseum.search"].backend()
        snapshot.search = SimpleNamespace(count=backend.count(), public=count_public(db.session),
                                          backlog=backlog(db.session).count,
                                          published=backend.search(SearchQuery(filters={"type": ["exhibit"]})).total)
        db.session.close()
        db.engine.dispose()
    return snapshot


def test_summary_counts_what_was_built(demo):
    assert demo.summary["exhibits"] == EXHIBITS == len(demo.exhibits)
    assert demo.summary["regions"] == 20
    assert demo.summary["museums"] == len(vocabulary.MUSEUMS) >= 60
    assert demo.summary["persons"] == len(vocabulary.PERSONS) + len(vocabulary.MAKER_NAMES)
    assert demo.summary["models"] == sum(1 for m in demo.media if m.kind == "model") >= 8
    assert demo.summary["images"] == sum(1 for m in demo.media if m.kind == "image") >= IMAGES
    assert demo.summary["published"] == sum(1 for e in demo.exhibits if e.state == "published")
    assert 0.8 * EXHIBITS <= demo.summary["published"] < EXHIBITS


def test_the_demo_ends_with_an_indexed_catalogue(demo):
    # every published exhibit of an active museum, every active museum and every person; nothing waiting
    assert demo.search.count == demo.search.public > demo.summary["published"]
    assert demo.search.published == sum(1 for e in demo.exhibits if e.state == "published")
    assert demo.search.backlog == 0


def test_every_region_has_museums(demo):
    assert len(demo.museums_per_region) == 20
    assert min(demo.museums_per_region.values()) >= 1
    assert demo.museums_per_region["KZ-75"] >= 6 and demo.museums_per_region["KZ-71"] >= 6


def test_texts_are_trilingual_and_well_formed(demo):
    for e in demo.exhibits:
        titles = [e.title_kk, e.title_ru, e.title_en]
        assert any(titles), e.inventory_number
        for text in titles + [e.description_kk, e.description_ru, e.description_en]:
            assert "{" not in text and "}" not in text and "  " not in text
            assert text == "" or text[0] == text[0].upper()
        if e.title_kk:  # Kazakh in Cyrillic: no Latin letters apart from Roman numerals
            assert not LATIN.search(ROMAN.sub("", e.title_kk)), e.title_kk
    kk_titles = [e.title_kk for e in demo.exhibits if e.title_kk]
    assert sum(bool(KAZAKH_LETTERS.search(t)) for t in kk_titles) >= len(kk_titles) // 2
    assert any(e.title_kk and e.title_ru and not e.title_en for e in demo.exhibits)  # the English fallback shows
    untranslated = [e for e in demo.exhibits if not (e.title_kk and e.title_ru and e.title_en)]
    assert 1 <= len(untranslated) <= 0.08 * EXHIBITS
    for e in untranslated:  # a record lacks a language as a whole, not one field of it
        lang = next(lang for lang in ("kk", "ru", "en") if not getattr(e, f"title_{lang}"))
        assert getattr(e, f"description_{lang}") == "" == getattr(e, f"credit_line_{lang}")


def test_exhibits_are_catalogued_plausibly(demo):
    states = {e.state for e in demo.exhibits}
    assert states >= {"published", "withdrawn"} and len(states) >= 3
    assert states <= {"published", "draft", "in_review", "withdrawn"}
    for e in demo.exhibits:
        assert e.type is not None and e.materials
        assert e.earliest_year <= e.latest_year
        assert e.rights in ("https://creativecommons.org/publicdomain/zero/1.0/",
                            "https://creativecommons.org/licenses/by/4.0/",
                            "http://rightsstatements.org/vocab/InC/1.0/")
        assert e.credit_line_ru or e.credit_line_kk
        assert any((e.height, e.width, e.diameter)) and e.length_unit == "cm"
        if e.type == "coin":
            assert e.weight_unit == "g" and e.weight < 50 and e.diameter < 4
        if e.type == "photograph":
            assert e.earliest_year >= 1839
    roles = {role for e in demo.exhibits for role in e.roles}
    assert {"maker", "depicted"} & roles
    assert roles <= {"maker", "author", "depicted", "memorialised", "owner", "donor", "photographer"}
    numbers = [e.inventory_number for e in demo.exhibits]
    assert any(re.fullmatch(r"(КП-\d{5}|ОФ-\d+/\d|[А-ЯӘҒҚҢӨҰҮҺІ]+( РК)? (КП|НВ)-\d+)", n) for n in numbers)
    per_museum = {}
    for e in demo.exhibits:
        per_museum.setdefault(e.museum_id, set()).add(e.inventory_number)
    assert sum(len(n) for n in per_museum.values()) == EXHIBITS  # unique within each museum


def test_history_records_every_creation(demo):
    created = [c for c in demo.changes if c.entity == "exhibit" and c.action == "create"]
    assert {c.entity_id for c in created} == {e.id for e in demo.exhibits}
    assert sum(1 for c in demo.changes if c.entity == "museum" and c.action == "create") == len(vocabulary.MUSEUMS)
    withdrawn = {e.id for e in demo.exhibits if e.state == "withdrawn"}
    steps = [c for c in demo.changes if c.action == "state"]
    assert {c.entity_id for c in steps} == withdrawn
    assert all(c.fields == {"state": ["published", "withdrawn"]} for c in steps)
    attached = [c for c in demo.changes if c.action == "update" and "media" in c.fields]
    assert len(attached) == len(demo.media)


def test_images_decode_at_their_recorded_size(demo):
    images = [m for m in demo.media if m.kind == "image"]
    pictured = {m.exhibit_id for m in images}
    assert len(pictured) == IMAGES
    assert any(sum(1 for m in images if m.exhibit_id == e) >= 2 for e in pictured)  # further views
    for record in images:
        assert record.media_type == "image/jpeg"
        with demo.store.open(record.sha256) as fh, Image.open(fh) as img:
            img.load()
            assert img.size == (record.width, record.height)
        assert record.alt_kk or record.alt_ru or record.alt_en
    main_views = [m for m in images if m.position == 0]
    assert all(800 <= m.width <= 1200 and 800 <= m.height <= 1200 for m in main_views)
    assert sum(m.is_primary for m in images) == len(pictured)


def test_models_are_loadable_glb(demo):
    models = [m for m in demo.media if m.kind == "model"]
    assert len(models) >= 8
    for record in models:
        assert record.media_type == "model/gltf-binary"
        with demo.store.open(record.sha256) as fh:
            scene = trimesh.load(io.BytesIO(fh.read()), file_type="glb")
        assert len(scene.geometry) >= 1 and scene.bounds[1][1] > scene.bounds[0][1]
        assert record.exhibit_type in ("jug", "torsyk", "bowl", "kese", "ladle", "cauldron", "dombra", "kobyz",
                                       "balbal", "shanyrak", "kerege", "uyk")


def test_same_seed_builds_the_same_catalogue(app, demo):
    with app.app_context():
        build_demo(exhibits=EXHIBITS, images=IMAGES, seed=SEED)
        again = _fingerprint(db.session)
    assert again == demo.fingerprint
    assert len(again[0]) == EXHIBITS and len(again[1]) == len(demo.media)


def test_plan_is_pure_and_depends_on_the_seed():
    plan = plan_catalogue(seed=3, exhibits=400, images=40)
    again = plan_catalogue(seed=3, exhibits=400, images=40)
    other = plan_catalogue(seed=4, exhibits=400, images=40)
    assert [e.data for e in plan.exhibits] == [e.data for e in again.exhibits]
    assert [e.data["title"] for e in plan.exhibits] != [e.data["title"] for e in other.exhibits]
    per_museum: dict[str, int] = {}
    for item in plan.exhibits:
        per_museum[item.museum] = per_museum.get(item.museum, 0) + 1
    assert len(per_museum) == len(vocabulary.MUSEUMS)
    assert per_museum["national-museum-of-kazakhstan"] > 3 * per_museum["burabay-nature-museum"]
    for item in plan.exhibits:
        if item.data["title"]["en"].startswith("Portrait of"):
            assert any(role == "depicted" for _, role in item.people)


def test_museum_abbreviations():
    assert museum_abbreviation("Центральный государственный музей Республики Казахстан") == "ЦГМ РК"
    assert museum_abbreviation("Актюбинский областной историко-краеведческий музей") == "АОИКМ"
