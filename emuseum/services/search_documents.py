"""Search documents built from the committed catalogue: what the public may find, in indexer's shape.

A document id names its record ("exhibit:42", "museum:3", "person:7"). A record the public may
not see (a draft, a withdrawn exhibit, an exhibit of a switched-off museum, a museum switched
off, a record that no longer exists) has no document: its id is returned as one to delete.
See :mod:`indexer.documents` for the fields.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Exhibit, Museum, Person, State, texts
from ..models.base import LANGUAGES

KINDS = ("exhibit", "museum", "person")
BATCH = 500


def doc_id(kind: str, record_id: int) -> str:
    """Return the document id of a record: ``exhibit:42``."""
    return f"{kind}:{record_id}"


def parse_doc_id(value: str) -> tuple[str, int] | None:
    """Return (kind, record id) of a document id, or None if it names no kind of ours."""
    kind, _, number = value.partition(":")
    if kind not in KINDS or not number.isdigit():
        return None
    return kind, int(number)


def _labels(terms) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for term in terms:
        for lang, label in texts(term, "label").items():
            out.setdefault(lang, []).append(label)
    return out


def _merge(*maps: dict[str, list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for mapping in maps:
        for lang, items in mapping.items():
            out.setdefault(lang, []).extend(items)
    return out


def _as_lists(record, field: str) -> dict[str, list[str]]:
    return {lang: [text] for lang, text in texts(record, field).items()}


def exhibit_document(exhibit: Exhibit) -> dict:
    """Return the search document of a public exhibit."""
    museum = exhibit.museum
    ready = [m for m in exhibit.media if m.status == "ready"]
    images = sorted((m for m in ready if m.kind == "image"), key=lambda m: (not m.is_primary, m.position, m.id))
    people = [link.person for link in exhibit.people]
    thumbnail = images[0] if images else None
    return {
        "id": doc_id("exhibit", exhibit.id),
        "type": "exhibit",
        "title": texts(exhibit, "title"),
        "description": texts(exhibit, "description"),
        "materials": _labels(exhibit.materials),
        "places": _merge(_as_lists(exhibit, "place"), _as_lists(museum, "city")),
        "makers": _merge(*(_as_lists(person, "name") for person in people)),
        # what else a visitor may type: the kind of object, techniques, culture, the museum's name
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


def museum_document(museum: Museum) -> dict:
    """Return the search document of an active museum."""
    return {
        "id": doc_id("museum", museum.id),
        "type": "museum",
        "title": texts(museum, "name"),
        "description": texts(museum, "description"),
        "places": _as_lists(museum, "city"),
        "region": museum.region.code,
        "museum": museum.slug,
        "added_at": museum.created_at,
        "display": {"slug": museum.slug},
    }


def person_document(person: Person) -> dict:
    """Return the search document of a person (authority records are all public)."""
    variants = [v for v in (person.name_variants or []) if isinstance(v, str) and v]
    return {
        "id": doc_id("person", person.id),
        "type": "person",
        "title": texts(person, "name"),
        "description": texts(person, "description"),
        # other spellings are in any script; the search key matches them across scripts
        "keywords": {lang: variants for lang in LANGUAGES} if variants else {},
        "year_from": person.birth_year,
        "year_to": person.death_year,
        "added_at": person.created_at,
        "display": {"roles": list(person.roles or [])},
    }


def _is_public(exhibit: Exhibit, active_museums: set[int]) -> bool:
    return exhibit.state == State.PUBLISHED.value and exhibit.museum_id in active_museums


def _active_museums(session: Session) -> set[int]:
    return set(session.scalars(select(Museum.id).where(Museum.is_active.is_(True))))


def _public_exhibits(session: Session, ids: Iterable[int]) -> list[Exhibit]:
    # Read by primary key and judged here, never by "state = published" in SQL: without table
    # statistics SQLite would answer through the (state, museum) index, reading every published
    # exhibit to find a few ids.
    active = _active_museums(session)
    return [e for e in session.scalars(select(Exhibit).where(Exhibit.id.in_(list(ids)))) if _is_public(e, active)]


def documents(session: Session, doc_ids: Iterable[str]) -> tuple[list[dict], list[str]]:
    """Return the documents of the ids whose records are public, and the ids to delete from the index."""
    wanted: dict[str, set[int]] = {kind: set() for kind in KINDS}
    gone: list[str] = []
    for value in dict.fromkeys(doc_ids):
        parsed = parse_doc_id(value)
        if parsed is None:
            gone.append(value)  # nothing of ours: make sure the index holds nothing under it either
        else:
            wanted[parsed[0]].add(parsed[1])
    docs = [exhibit_document(e) for e in _public_exhibits(session, wanted["exhibit"])] if wanted["exhibit"] else []
    if wanted["museum"]:
        docs += [museum_document(m) for m in session.scalars(
            select(Museum).where(Museum.id.in_(wanted["museum"]), Museum.is_active.is_(True)))]
    if wanted["person"]:
        docs += [person_document(p) for p in session.scalars(select(Person).where(Person.id.in_(wanted["person"])))]
    found = {doc["id"] for doc in docs}
    gone += [doc_id(kind, n) for kind, numbers in wanted.items() for n in sorted(numbers)
             if doc_id(kind, n) not in found]
    return docs, gone


def count_public(session: Session) -> int:
    """Return how many documents the whole catalogue makes (for a progress bar)."""
    exhibits = session.scalar(select(func.count()).select_from(Exhibit).join(Exhibit.museum).where(
        Exhibit.state == State.PUBLISHED.value, Museum.is_active.is_(True))) or 0
    museums = session.scalar(select(func.count()).select_from(Museum).where(Museum.is_active.is_(True))) or 0
    persons = session.scalar(select(func.count()).select_from(Person)) or 0
    return exhibits + museums + persons


def all_documents(session: Session) -> Iterator[dict]:
    """Yield the document of every public record, reading the database a batch at a time."""
    active = _active_museums(session)
    public = {Museum: lambda m: m.id in active, Person: lambda p: True,
              Exhibit: lambda e: _is_public(e, active)}
    for model, build in ((Museum, museum_document), (Person, person_document), (Exhibit, exhibit_document)):
        last = 0
        while True:
            # Windows of the primary key, filtered here: any filter in SQL lets the planner walk
            # another index and sort each window, which makes the whole pass quadratic.
            batch = list(session.scalars(select(model).where(model.id > last).order_by(model.id).limit(BATCH)))
            if not batch:
                break
            for record in batch:
                if public[model](record):
                    yield build(record)
            last = batch[-1].id
            session.expunge_all()  # a national catalogue does not fit in one session's identity map
