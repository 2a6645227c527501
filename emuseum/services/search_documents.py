"""Search documents built from the committed catalogue: what the public may find, in indexer's shape.

A document id names its record ("exhibit:42", "museum:3", "person:7"). A record the public may
not see (a draft, a withdrawn exhibit, an exhibit of a switched-off museum, a museum switched
off, a record that no longer exists) has no document: its id is returned as one to delete.
See :mod:`indexer.documents` for the fields.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import (Exhibit, ExhibitPerson, MediaRecord, Museum, Person, Region, State, Term, exhibit_material,
                      exhibit_technique, texts)
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


def _labels(terms: Iterable[_TermFacts]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for term in terms:
        _add_texts(out, term.labels)
    return out


def _add_texts(out: dict[str, list[str]], texts_by_lang: dict[str, str]) -> None:
    """Return nothing; append each language's text to that language's list in ``out``, which keeps
    its languages in the order they first came."""
    for lang, text in texts_by_lang.items():
        items = out.get(lang)
        if items is None:
            out[lang] = [text]
        else:
            items.append(text)


def _in_order(links: list) -> list:
    """Return an exhibit's people links in their order (position, then id)."""
    return sorted(links, key=lambda link: (link.position, link.id)) if len(links) > 1 else list(links)


def _lists(texts_by_lang: dict[str, str]) -> dict[str, list[str]]:
    return {lang: [text] for lang, text in texts_by_lang.items()}


def _as_lists(record, field: str) -> dict[str, list[str]]:
    return _lists(texts(record, field))


# Exhibit documents are built from plain rows, a window of exhibits at a time: one query for the
# exhibits' columns and one each for their materials, techniques, people and media, with museums
# and vocabulary terms read once per builder. Loading ORM objects instead (and their relationships)
# cost three times as long as everything else of a reindex together.
_EXHIBIT_FIELDS = ("id", "museum_id", "state", "inventory_number", "object_type_id", "earliest_year", "latest_year",
                   "published_at", "created_at")
_EXHIBIT_TEXTS = ("title", "description", "dating", "culture", "place")
_EXHIBIT_COLUMNS = tuple(getattr(Exhibit, name) for name in (
    *_EXHIBIT_FIELDS, *(f"{field}_{lang}" for field in _EXHIBIT_TEXTS for lang in LANGUAGES)))
# where each trilingual field's three columns are in a row of _EXHIBIT_COLUMNS (by position: faster than names)
_AT = {field: slice(len(_EXHIBIT_FIELDS) + 3 * i, len(_EXHIBIT_FIELDS) + 3 * i + 3)
       for i, field in enumerate(_EXHIBIT_TEXTS)}
_PERSON_NAME = slice(3, 6)  # in a row of the people query


def _row_texts(values) -> dict[str, str]:
    """Return the {language: text} map of a trilingual field's values (kk, ru, en), empty ones left out."""
    # unrolled: called five times and more for every exhibit of a rebuild, where a comprehension
    # over zip() cost three times as much
    kk, ru, en = values
    out = {}
    if kk:
        out["kk"] = kk
    if ru:
        out["ru"] = ru
    if en:
        out["en"] = en
    return out


@dataclass(frozen=True, slots=True)
class _MuseumFacts:
    """What an exhibit's document takes from its museum."""

    active: bool
    slug: str
    region: str
    name: dict[str, str]
    city: dict[str, list[str]]


@dataclass(frozen=True, slots=True)
class _TermFacts:
    code: str
    labels: dict[str, str]


class _ExhibitDocuments:
    """Builds the documents of public exhibits from rows of ``_EXHIBIT_COLUMNS``."""

    def __init__(self, session: Session):
        self.session = session
        self.museums = {
            row.id: _MuseumFacts(bool(row.is_active), row.slug, row.code, texts(row, "name"), _as_lists(row, "city"))
            for row in session.execute(select(
                Museum.id, Museum.is_active, Museum.slug, Region.code,
                *(getattr(Museum, f"{field}_{lang}") for field in ("name", "city") for lang in LANGUAGES),
            ).join(Region, Museum.region_id == Region.id))
        }
        self.terms: dict[int, _TermFacts] = {}

    def rows(self, statement) -> list:
        """Return the rows of a select of columns, run as plain SQL on the session's connection.

        Through ``Session.execute`` a select of mapped columns passes the ORM's loading layer,
        which cost a fifth of building the documents; rows of columns need none of it.
        """
        return self.session.connection().execute(statement).all()

    def is_public(self, row) -> bool:
        museum = self.museums.get(row.museum_id)
        return row.state == State.PUBLISHED.value and museum is not None and museum.active

    def build(self, rows: Iterable) -> list[dict]:
        """Return the documents of the public exhibits among ``rows``, in their order."""
        rows = [row for row in rows if self.is_public(row)]
        if not rows:
            return []
        ids = [row.id for row in rows]
        materials = self._links(exhibit_material, ids)
        techniques = self._links(exhibit_technique, ids)
        self._load_terms({row.object_type_id for row in rows if row.object_type_id is not None}
                         | {term for links in (materials, techniques) for terms in links.values() for term in terms})
        people: dict[int, list] = {}
        for link in self.rows(
                select(ExhibitPerson.exhibit_id, ExhibitPerson.position, ExhibitPerson.id,
                       *(getattr(Person, f"name_{lang}") for lang in LANGUAGES))
                .join(Person, ExhibitPerson.person_id == Person.id).where(ExhibitPerson.exhibit_id.in_(ids))):
            people.setdefault(link.exhibit_id, []).append(link)
        media: dict[int, list] = {}
        for record in self.rows(
                select(MediaRecord.exhibit_id, MediaRecord.id, MediaRecord.kind, MediaRecord.status,
                       MediaRecord.is_primary, MediaRecord.position, MediaRecord.width, MediaRecord.height)
                .where(MediaRecord.exhibit_id.in_(ids))):
            if record.status == "ready":
                media.setdefault(record.exhibit_id, []).append(record)
        return [self._document(row, self._sorted_terms(materials.get(row.id, ())),
                               self._sorted_terms(techniques.get(row.id, ())),
                               _in_order(people.get(row.id, ())),
                               media.get(row.id, ()))
                for row in rows]

    def _links(self, table, ids: list[int]) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for exhibit_id, term_id in self.rows(
                select(table.c.exhibit_id, table.c.term_id).where(table.c.exhibit_id.in_(ids))):
            out.setdefault(exhibit_id, []).append(term_id)
        return out

    def _load_terms(self, ids: set[int]) -> None:
        missing = [term_id for term_id in ids if term_id not in self.terms]
        for start in range(0, len(missing), BATCH):
            for row in self.rows(select(Term.id, Term.code, *(getattr(Term, f"label_{lang}") for lang in LANGUAGES))
                                            .where(Term.id.in_(missing[start:start + BATCH]))):
                self.terms[row.id] = _TermFacts(row.code, texts(row, "label"))

    def _sorted_terms(self, ids) -> list[_TermFacts]:
        # the order of the ORM relationships: by code
        if len(ids) < 2:
            return [self.terms[term_id] for term_id in ids]
        return [self.terms[term_id] for term_id in sorted(ids, key=lambda term_id: (self.terms[term_id].code, term_id))]

    def _document(self, exhibit, materials: list[_TermFacts], techniques: list[_TermFacts], people: list,
                  ready: list) -> dict:
        museum = self.museums[exhibit.museum_id]
        object_type = self.terms[exhibit.object_type_id] if exhibit.object_type_id is not None else None
        images = sorted((m for m in ready if m.kind == "image"),
                        key=lambda m: (not m.is_primary, m.position, m.id)) if ready else ()
        thumbnail = images[0] if images else None
        dating = _row_texts(exhibit[_AT["dating"]])
        # The maps below are filled in place: a rebuild builds a million of them, and merging
        # one-entry maps made for the purpose cost more than the rest of the document.
        places: dict[str, list[str]] = {}
        _add_texts(places, _row_texts(exhibit[_AT["place"]]))
        for lang, cities in museum.city.items():
            places.setdefault(lang, []).extend(cities)
        makers: dict[str, list[str]] = {}
        for person in people:
            _add_texts(makers, _row_texts(person[_PERSON_NAME]))
        # what else a visitor may type: the kind of object, techniques, culture, the museum's name
        keywords: dict[str, list[str]] = {}
        if object_type:
            _add_texts(keywords, object_type.labels)
        for term in techniques:
            _add_texts(keywords, term.labels)
        _add_texts(keywords, _row_texts(exhibit[_AT["culture"]]))
        _add_texts(keywords, dating)
        _add_texts(keywords, museum.name)
        return {
            "id": doc_id("exhibit", exhibit.id),
            "type": "exhibit",
            "title": _row_texts(exhibit[_AT["title"]]),
            "description": _row_texts(exhibit[_AT["description"]]),
            "materials": _labels(materials),
            "places": places,
            "makers": makers,
            "keywords": keywords,
            "inventory_number": exhibit.inventory_number,
            "region": museum.region,
            "museum": museum.slug,
            "object_type": object_type.code if object_type else None,
            "material": [term.code for term in materials],
            "year_from": exhibit.earliest_year,
            "year_to": exhibit.latest_year,
            "has_image": bool(images),
            "has_3d": any(m.kind == "model" for m in ready),
            "added_at": exhibit.published_at or exhibit.created_at,
            "display": {
                "thumbnail": thumbnail.id if thumbnail else None,
                "width": thumbnail.width if thumbnail else None,
                "height": thumbnail.height if thumbnail else None,
                "dating": dating,
                "museum": dict(museum.name),
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


def _public_exhibits(session: Session, ids: Iterable[int]) -> list[dict]:
    # Read by primary key and judged here, never by "state = published" in SQL: without table
    # statistics SQLite would answer through the (state, museum) index, reading every published
    # exhibit to find a few ids.
    builder = _ExhibitDocuments(session)
    ids = sorted(ids)
    return [doc for start in range(0, len(ids), BATCH)
            for doc in builder.build(builder.rows(
                select(*_EXHIBIT_COLUMNS).where(Exhibit.id.in_(ids[start:start + BATCH])).order_by(Exhibit.id)))]


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
    docs = _public_exhibits(session, wanted["exhibit"]) if wanted["exhibit"] else []
    if wanted["museum"]:
        docs += [museum_document(m) for m in session.scalars(
            select(Museum).where(Museum.id.in_(wanted["museum"]), Museum.is_active.is_(True)))]
    if wanted["person"]:
        docs += [person_document(p) for p in session.scalars(select(Person).where(Person.id.in_(wanted["person"])))]
    found = {doc["id"] for doc in docs}
    gone += [doc_id(kind, n) for kind, numbers in wanted.items() for n in sorted(numbers)
             if doc_id(kind, n) not in found]
    return docs, gone


def count_public_exhibits(session: Session) -> int:
    """Return how many exhibits the public may see."""
    return session.scalar(select(func.count()).select_from(Exhibit).join(Exhibit.museum).where(
        Exhibit.state == State.PUBLISHED.value, Museum.is_active.is_(True))) or 0


def count_public(session: Session, exhibits: int | None = None) -> int:
    """Return how many documents the whole catalogue makes (for a progress bar); ``exhibits`` is
    :func:`count_public_exhibits` if the caller has it already."""
    if exhibits is None:
        exhibits = count_public_exhibits(session)
    museums = session.scalar(select(func.count()).select_from(Museum).where(Museum.is_active.is_(True))) or 0
    persons = session.scalar(select(func.count()).select_from(Person)) or 0
    return exhibits + museums + persons


def _documents_of(session: Session, model, build, public) -> Iterator[dict]:
    last = 0
    while batch := list(session.scalars(select(model).where(model.id > last).order_by(model.id).limit(BATCH))):
        yield from (build(record) for record in batch if public(record))
        last = batch[-1].id
        session.expunge_all()  # a national catalogue does not fit in one session's identity map


def museum_and_person_documents(session: Session) -> Iterator[dict]:
    """Yield the document of every active museum, then of every person."""
    yield from _documents_of(session, Museum, museum_document, lambda museum: museum.is_active)
    yield from _documents_of(session, Person, person_document, lambda person: True)


def exhibit_id_range(session: Session) -> tuple[int, int] | None:
    """Return the smallest and the largest exhibit id, or None without exhibits."""
    first, last = session.execute(select(func.min(Exhibit.id), func.max(Exhibit.id))).one()
    return None if first is None else (first, last)


def exhibit_documents_between(session: Session, first: int, stop: int) -> Iterator[dict]:
    """Yield the documents of the public exhibits with ids from ``first`` up to (not including) ``stop``."""
    exhibits = _ExhibitDocuments(session)
    # Windows of the primary key, filtered here: any filter in SQL lets the planner walk another
    # index and sort each window, which makes the whole pass quadratic.
    while first < stop:
        end = min(first + BATCH, stop)
        yield from exhibits.build(exhibits.rows(
            select(*_EXHIBIT_COLUMNS).where(Exhibit.id >= first, Exhibit.id < end).order_by(Exhibit.id)))
        first = end


def all_documents(session: Session) -> Iterator[dict]:
    """Yield the document of every public record, reading the database a batch at a time."""
    yield from museum_and_person_documents(session)
    yield from exhibit_documents(session)


def exhibit_documents(session: Session) -> Iterator[dict]:
    """Yield the document of every public exhibit, in id order."""
    span = exhibit_id_range(session)
    if span is not None:
        yield from exhibit_documents_between(session, span[0], span[1] + 1)
