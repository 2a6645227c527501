"""Search documents built from plain rows a window at a time are those the ORM objects describe.

The reference, :func:`orm_document`, reads an exhibit through its ORM relationships, as the
documents were first built; the builder reads columns and link tables instead (for speed), and
every field must come out the same, for the reindex pass and for the outbox drain alike.
"""
from __future__ import annotations

import io

import trimesh
from PIL import Image
from sqlalchemy import select

from emuseum.models import Exhibit, texts
from emuseum.services import exhibits, museums
from emuseum.services.identity import SYSTEM
from emuseum.services.media import attach_media
from emuseum.services.search_documents import all_documents, documents, exhibit_documents

from .factories import make_exhibit, make_museum, make_person


def _labels(terms) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for term in terms:
        for lang, label in texts(term, "label").items():
            out.setdefault(lang, []).append(label)
    return out


def _merge(*maps) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for mapping in maps:
        for lang, items in mapping.items():
            out.setdefault(lang, []).extend(items)
    return out


def _as_lists(record, field: str) -> dict[str, list[str]]:
    return {lang: [text] for lang, text in texts(record, field).items()}


def orm_document(exhibit: Exhibit) -> dict:
    """Return the document of a public exhibit read through its ORM relationships."""
    museum = exhibit.museum
    ready = [m for m in exhibit.media if m.status == "ready"]
    images = sorted((m for m in ready if m.kind == "image"), key=lambda m: (not m.is_primary, m.position, m.id))
    people = [link.person for link in exhibit.people]
    thumbnail = images[0] if images else None
    return {
        "id": f"exhibit:{exhibit.id}",
        "type": "exhibit",
        "title": texts(exhibit, "title"),
        "description": texts(exhibit, "description"),
        "materials": _labels(exhibit.materials),
        "places": _merge(_as_lists(exhibit, "place"), _as_lists(museum, "city")),
        "makers": _merge(*(_as_lists(person, "name") for person in people)),
        "keywords": _merge(_labels([exhibit.object_type] if exhibit.object_type else []),
                           _labels(exhibit.techniques), _as_lists(exhibit, "culture"),
                           _as_lists(exhibit, "dating"), _as_lists(museum, "name")),
        "inventory_number": exhibit.inventory_number,
        "region": museum.region.code,
        "museum": museum.slug,
        "object_type": exhibit.object_type.code if exhibit.object_type else None,
        "material": [term.code for term in exhibit.materials],
        "year_from": exhibit.earliest_year,
        "year_to": exhibit.latest_year,
        "has_image": bool(images),
        "has_3d": any(m.kind == "model" for m in ready),
        "added_at": exhibit.published_at or exhibit.created_at,
        "display": {
            "thumbnail": thumbnail.id if thumbnail else None,
            "width": thumbnail.width if thumbnail else None,
            "height": thumbnail.height if thumbnail else None,
            "dating": texts(exhibit, "dating"),
            "museum": texts(museum, "name"),
        },
    }


def _jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 30)).save(out, "JPEG")
    return out.getvalue()


def _glb() -> bytes:
    return trimesh.creation.box(extents=(0.2, 0.2, 0.2)).export(file_type="glb")


def _attach(session, exhibit, data: bytes, name: str, primary: bool = False):
    return attach_media(session, SYSTEM, exhibit.id, io.BytesIO(data), name, primary=primary)


def _catalogue(session) -> dict:
    """Return exhibits of every shape a document can take, public or not."""
    taraz = make_museum(session, slug="taraz")
    # a museum known only by its Kazakh name and without a city
    aul = make_museum(session, slug="aul", region="KZ-75", name={"kk": "Ауыл мұражайы"}, city={})
    closed = make_museum(session, slug="closed")
    abai = make_person(session)
    shoqan = make_person(session, name={"kk": "Шоқан Уәлиханов", "en": "Shoqan Walikhanov"}, roles=["scholar"])
    shown = {
        "people": make_exhibit(session, taraz, object_type="dombra", materials=["wood", "silver", "bronze"],
                               techniques=["wood_carving", "embossing"], culture={"kk": "қазақ", "en": "Kazakh"},
                               place={"ru": "Семипалатинск"}, dating={"en": "19th century"},
                               people=[{"person": abai.id, "role": "maker"},
                                       {"person": abai.id, "role": "owner"},
                                       {"person": shoqan.id, "role": "depicted"}]),
        "images": make_exhibit(session, taraz, materials=[]),
        "model": make_exhibit(session, aul, object_type=None, materials=["felt"]),
        "kazakh_only": make_exhibit(session, aul, title={"kk": "Тұскиіз"}, description={}, materials=[],
                                    earliest_year=None, latest_year=None),
        "bce": make_exhibit(session, taraz, title={"en": "Golden Man plaque"}, earliest_year=-500, latest_year=-401,
                            dating={"ru": "V в. до н. э.", "en": "5th century BCE"}),
    }
    _attach(session, shown["images"], _jpeg(300, 200), "first.jpg")
    _attach(session, shown["images"], _jpeg(120, 160), "second.jpg", primary=True)
    _attach(session, shown["images"], _glb(), "yurt.glb")
    _attach(session, shown["model"], _glb(), "saddle.glb")
    hidden = {
        "draft": make_exhibit(session, taraz, state="draft"),
        "withdrawn": exhibits.change_state(session, SYSTEM, make_exhibit(session, taraz).id, "withdrawn"),
        "closed": make_exhibit(session, closed),
    }
    museums.set_active(session, SYSTEM, closed.slug, False)
    return {"shown": {name: e.id for name, e in shown.items()}, "hidden": {name: e.id for name, e in hidden.items()}}


def _reference(session, ids) -> list[dict]:
    session.expire_all()
    return [orm_document(session.get(Exhibit, n)) for n in sorted(ids)]


def test_the_reindex_pass_builds_the_documents_the_orm_describes(session):
    made = _catalogue(session)
    built = [doc for doc in all_documents(session) if doc["type"] == "exhibit"]
    assert built == _reference(session, made["shown"].values())

    by_id = {doc["id"]: doc for doc in built}
    people = by_id[f"exhibit:{made['shown']['people']}"]
    assert people["material"] == ["bronze", "silver", "wood"]  # by code, as the relationship orders them
    assert people["makers"] == {"kk": ["Абай Құнанбайұлы", "Абай Құнанбайұлы", "Шоқан Уәлиханов"],
                                "ru": ["Абай Кунанбаев", "Абай Кунанбаев"],
                                "en": ["Abai Qunanbaiuly", "Abai Qunanbaiuly", "Shoqan Walikhanov"]}
    assert people["keywords"]["en"][:3] == ["dombra", "chasing", "wood carving"]
    images = by_id[f"exhibit:{made['shown']['images']}"]
    assert (images["has_image"], images["has_3d"]) == (True, True)
    assert (images["display"]["width"], images["display"]["height"]) == (120, 160)  # the primary image
    model = by_id[f"exhibit:{made['shown']['model']}"]
    assert (model["has_image"], model["has_3d"], model["object_type"]) == (False, True, None)
    kazakh = by_id[f"exhibit:{made['shown']['kazakh_only']}"]
    assert (kazakh["title"], kazakh["description"], kazakh["year_from"]) == ({"kk": "Тұскиіз"}, {}, None)
    assert kazakh["display"]["museum"] == {"kk": "Ауыл мұражайы"} and kazakh["places"] == {}
    bce = by_id[f"exhibit:{made['shown']['bce']}"]
    assert (bce["year_from"], bce["year_to"]) == (-500, -401)


def test_the_drain_builds_the_same_documents_and_deletes_what_is_not_public(session):
    made = _catalogue(session)
    hidden = sorted(made["hidden"].values())
    asked = [f"exhibit:{n}" for n in [*made["shown"].values(), *hidden, 10**9]]
    docs, gone = documents(session, asked)
    assert docs == _reference(session, made["shown"].values())
    assert gone == [f"exhibit:{n}" for n in [*hidden, 10**9]]


def test_the_reindex_pass_reads_past_a_window_of_exhibits(session, monkeypatch):
    from emuseum.services import search_documents

    monkeypatch.setattr(search_documents, "BATCH", 2)
    made = _catalogue(session)
    built = [doc["id"] for doc in all_documents(session) if doc["type"] == "exhibit"]
    assert built == [f"exhibit:{n}" for n in sorted(made["shown"].values())]
    assert session.scalar(select(Exhibit.id).order_by(Exhibit.id.desc()).limit(1)) in made["hidden"].values()


# --- worker processes (a large catalogue's reindex) ---------------------------------------------------

def test_worker_processes_build_the_documents_the_serial_pass_builds_in_id_order(session, monkeypatch):
    from emuseum.services import reindex_pool
    from indexer import prepare
    from indexer.embedded import EmbeddedBackend

    monkeypatch.setattr(reindex_pool, "WINDOW", 2)  # several windows per worker, answered out of turn
    made = _catalogue(session)
    serial = [EmbeddedBackend.encode(prepare(doc)) for doc in exhibit_documents(session)]
    parallel = list(reindex_pool.parallel_exhibits(session, 2, EmbeddedBackend.encode))
    assert parallel == serial
    assert [item[0] for item in parallel] == [f"exhibit:{n}" for n in sorted(made["shown"].values())]


def test_a_document_error_in_a_worker_crosses_back_whole():
    import pickle

    from indexer import DocumentError

    error = pickle.loads(pickle.dumps(DocumentError("exhibit:7", "title", "needs a title in at least one language")))
    assert (error.doc_id, error.field, error.message) == ("exhibit:7", "title", "needs a title in at least one language")
    assert str(error) == "document 'exhibit:7': title: needs a title in at least one language"


def test_worker_processes_are_used_for_large_catalogues_unless_set_otherwise(monkeypatch):
    import os

    from emuseum.services.reindex_pool import PARALLEL_FROM, workers_for

    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    assert workers_for(0, PARALLEL_FROM - 1) == 0  # starting processes costs more than it saves
    assert workers_for(0, PARALLEL_FROM) == 4
    assert workers_for(1, 10**6) == 0
    assert workers_for(3, 10) == 3
