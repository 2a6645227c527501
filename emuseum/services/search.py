"""Searching the catalogue: request parameters in, a page of public hits with labelled facets out.

Pages and the API both call :func:`parse` then :func:`search` (or :func:`suggest`). Anything a
visitor can get wrong is an InvalidParameter naming the parameter; an engine failure is an
Unavailable (503) whose message says nothing about the engine. Hits are checked against the
database before they are shown, so a record withdrawn a moment ago never appears, whatever the
index still holds.
"""
from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Protocol, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from indexer import (FACETS, TYPES, Hit, SearchBackend, SearchEngineError, SearchQuery,
                     SearchQueryError, Suggestion)
from indexer.query import MAX_QUERY_CHARS

from ..models import LANGUAGES, Exhibit, Museum, Person, Region, State, Term, texts
from . import generation
from .errors import InvalidParameter, Unavailable
from .search_documents import parse_doc_id

log = logging.getLogger(__name__)


class FacetNames:
    """Holds the names in every language of the facet values the database labels, for one catalogue generation.

    Regions, museums, object types and materials change rarely and are few (hundreds), while every
    search labels its facets: reading them all once per generation spares four queries a request.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: tuple[int, dict[str, dict[str, dict[str, str]]]] | None = None

    def get(self, session: Session) -> dict[str, dict[str, dict[str, str]]]:
        """Return {facet: {code: {lang: name}}} as committed now, read again only when the generation moved."""
        gen = generation.current(session)  # read first, in the same transaction as the names (see generation)
        kept = self._kept
        if gen is not None and kept is not None and kept[0] == gen:
            return kept[1]
        names = {
            "region": {r.code: texts(r, "name") for r in session.scalars(select(Region))},
            "museum": {m.slug: texts(m, "name") for m in session.scalars(select(Museum))},
            "object_type": {}, "material": {},
        }
        for term in session.scalars(select(Term).where(Term.vocabulary.in_(("object_type", "material")))):
            names[term.vocabulary][term.code] = texts(term, "label")
        if gen is not None:
            with self._lock:
                if self._kept is None or self._kept[0] < gen:
                    self._kept = (gen, names)
        return names


class Engine(Protocol):
    """What opens the backend (emuseum.search): opening may fail like searching, so it is done here."""

    facet_names: FacetNames

    def backend(self) -> SearchBackend: ...


# Facets a visitor filters by, as query parameters of the same names (each may be repeated).
FILTERS = ("type", "region", "museum", "object_type", "material", "century", "has_image", "has_3d")
MAX_SUGGESTIONS = 20
UNAVAILABLE = "Search is unavailable at the moment; please try again in a minute."
_CENTURY = re.compile(r"^-?[1-9][0-9]{0,2}$")
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
TYPE_LABELS = {
    "exhibit": {"kk": "Экспонаттар", "ru": "Экспонаты", "en": "Exhibits"},
    "museum": {"kk": "Мұражайлар", "ru": "Музеи", "en": "Museums"},
    "person": {"kk": "Тұлғалар", "ru": "Персоналии", "en": "Persons"},
}
FLAG_LABELS = {
    "has_image": {"true": {"kk": "Суреті бар", "ru": "С изображением", "en": "With an image"},
                  "false": {"kk": "Суретсіз", "ru": "Без изображения", "en": "Without an image"}},
    "has_3d": {"true": {"kk": "3D үлгісі бар", "ru": "С 3D-моделью", "en": "With a 3D model"},
               "false": {"kk": "3D үлгісіз", "ru": "Без 3D-модели", "en": "Without a 3D model"}},
}


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Found:
    """A hit with what it takes to link to it: ``key`` is the record's URL key (id or slug)."""

    hit: Hit
    key: int | str
    thumbnail: int | None  # media id of an exhibit's thumbnail


@dataclass(frozen=True)
class Results:
    query: SearchQuery
    items: list[Found]
    total: int
    facets: dict[str, list[FacetValue]]
    next_cursor: str | None
    sort: str  # the order applied: relevance without words becomes recent
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _one(arguments: Mapping[str, Sequence[str]], name: str) -> str | None:
    values = [v for v in arguments.get(name, ()) if v != ""]
    if len(values) > 1:
        raise InvalidParameter(f"{name} is given more than once", name)
    return values[0] if values else None


def _check_filter(name: str, values: list[str]) -> None:
    for value in values:
        if name == "type" and value not in TYPES:
            raise InvalidParameter(f"type must be one of {', '.join(TYPES)}, got {value[:40]!r}", name)
        if name in ("has_image", "has_3d") and value not in ("true", "false"):
            raise InvalidParameter(f"{name} must be true or false, got {value[:40]!r}", name)
        if name == "century" and not _CENTURY.match(value):
            raise InvalidParameter(f"century must be a number such as 19 or -5 (5th century BCE), got {value[:40]!r}",
                                   name)


def parse(arguments: Mapping[str, Sequence[str]], lang: str, default_size: int, max_size: int) -> SearchQuery:
    """Return the search a request asks for; a bad value raises InvalidParameter naming its parameter.

    ``arguments`` maps each parameter to its values (a Werkzeug MultiDict's ``to_dict(flat=False)``).
    Empty values (a form's empty field) count as absent; unknown parameters are the caller's concern.
    """
    filters = {}
    for name in FILTERS:
        values = [v for v in arguments.get(name, ()) if v != ""]
        _check_filter(name, values)
        if values:
            filters[name] = values
    size = _one(arguments, "size")
    if size is not None and (not size.isdigit() or not 1 <= int(size) <= max_size):
        raise InvalidParameter(f"size must be a whole number from 1 to {max_size}, got {size[:40]!r}", "size")
    page = _one(arguments, "page") or "1"
    if not page.isdigit() or int(page) < 1:
        raise InvalidParameter(f"page must be a whole number from 1, got {page[:40]!r}", "page")
    try:
        return SearchQuery(
            text=_one(arguments, "q") or "",
            filters=filters,
            sort=_one(arguments, "sort") or "relevance",
            lang=_one(arguments, "lang") or lang,
            size=int(size) if size else default_size,
            page=int(page),
            after=_one(arguments, "after"),
        )
    except SearchQueryError as error:
        raise _invalid(error) from None


def _invalid(error: SearchQueryError) -> InvalidParameter:
    # The library names its own fields; the visitor knows the parameters of the URL.
    parameter = {"text": "q", "types": "type"}.get(error.parameter, error.parameter.removeprefix("filters."))
    return InvalidParameter(f"{parameter} {error.message}", parameter)


def search(session: Session, engine: Engine, query: SearchQuery) -> Results:
    """Return a page of public hits for ``query`` with every facet's values labelled in ``query.lang``."""
    try:
        result = engine.backend().search(query)
    except SearchQueryError as error:  # a cursor of another search is only found out when the plan is made
        raise _invalid(error) from None
    except SearchEngineError:
        log.exception("search failed")
        raise Unavailable(UNAVAILABLE, "search") from None
    public = _public_keys(session, [hit.id for hit in result.hits])
    items = [Found(hit, public[hit.id], (hit.source.get("display") or {}).get("thumbnail"))
             for hit in result.hits if hit.id in public]
    return Results(query, items, result.total - (len(result.hits) - len(items)),
                   label_facets(engine.facet_names.get(session), result.facets, query.filters, query.lang),
                   result.next_cursor, result.sort,
                   dict(query.filters))


def suggest(session: Session, engine: Engine, arguments: Mapping[str, Sequence[str]],
            lang: str) -> tuple[str, list[tuple[Suggestion, int | str]]]:
    """Return the language and the public titles, with their URL keys, that start with the ``q`` typed so far.

    ``limit``, ``type`` and ``lang`` are optional parameters; ``lang`` defaults to the one given.
    """
    text = _one(arguments, "q") or ""
    if len(text) > MAX_QUERY_CHARS:
        raise InvalidParameter(f"q is longer than {MAX_QUERY_CHARS} characters", "q")
    limit = _one(arguments, "limit") or "8"
    if not limit.isdigit() or not 1 <= int(limit) <= MAX_SUGGESTIONS:
        raise InvalidParameter(f"limit must be a whole number from 1 to {MAX_SUGGESTIONS}, got {limit[:40]!r}",
                               "limit")
    types = [v for v in arguments.get("type", ()) if v != ""]
    _check_filter("type", types)
    lang = _one(arguments, "lang") or lang
    if lang not in LANGUAGES:
        raise InvalidParameter(f"lang must be one of {', '.join(LANGUAGES)}, got {lang[:40]!r}", "lang")
    try:
        found = engine.backend().suggest(text, lang=lang, limit=int(limit), types=types)
    except SearchQueryError as error:
        raise _invalid(error) from None
    except SearchEngineError:
        log.exception("suggest failed")
        raise Unavailable(UNAVAILABLE, "search") from None
    public = _public_keys(session, [s.id for s in found])
    return lang, [(s, public[s.id]) for s in found if s.id in public]


def _public_keys(session: Session, doc_ids: Iterable[str]) -> dict[str, int | str]:
    """Return {document id: URL key} of the documents whose records the public may see now."""
    wanted: dict[str, list[int]] = {"exhibit": [], "museum": [], "person": []}
    for value in doc_ids:
        parsed = parse_doc_id(value)
        if parsed:
            wanted[parsed[0]].append(parsed[1])
    keys: dict[str, int | str] = {}
    if wanted["exhibit"]:
        # Looked up by primary key only, and judged here: given "state = published" too, SQLite
        # without table statistics walks the (state, museum) index over every published exhibit.
        keys.update((f"exhibit:{n}", n) for n, state, active in session.execute(
            select(Exhibit.id, Exhibit.state, Museum.is_active).join(Exhibit.museum)
            .where(Exhibit.id.in_(wanted["exhibit"])))
            if state == State.PUBLISHED.value and active)
    if wanted["museum"]:
        keys.update((f"museum:{n}", slug) for n, slug in session.execute(
            select(Museum.id, Museum.slug).where(Museum.id.in_(wanted["museum"]), Museum.is_active.is_(True))))
    if wanted["person"]:
        keys.update((f"person:{n}", n) for n in session.scalars(select(Person.id).where(
            Person.id.in_(wanted["person"]))))
    return keys


def roman(number: int) -> str:
    """Return a positive number in Roman numerals (centuries are written so in kk and ru)."""
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def century_label(code: str, lang: str) -> str:
    """Return a century code ("19", "-5") in words: "XIX ғасыр", "XIX век", "19th century", "5th century BCE"."""
    number = int(code)
    n = abs(number)
    if lang == "kk":
        return f"б. з. д. {roman(n)} ғасыр" if number < 0 else f"{roman(n)} ғасыр"
    if lang == "ru":
        return f"{roman(n)} век до н. э." if number < 0 else f"{roman(n)} век"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} century" + (" BCE" if number < 0 else "")


def _in(names: dict[str, str], lang: str, fallback: str) -> str:
    for candidate in (lang, *LANGUAGES):
        if names.get(candidate):
            return names[candidate]
    return fallback


def label_facets(known: Mapping[str, Mapping[str, dict[str, str]]], facets: dict[str, list[tuple[str, int]]],
                 selected: Mapping[str, Sequence[str]], lang: str) -> dict[str, list[FacetValue]]:
    """Return each facet's values with labels in ``lang`` from ``known`` names (FacetNames); unknown codes label themselves."""
    names: dict[str, Mapping[str, dict[str, str]]] = {name: known.get(name, {}) for name in FACETS}
    names["type"] = TYPE_LABELS
    for flag, labels in FLAG_LABELS.items():
        names[flag] = labels
    out = {}
    for name, values in facets.items():
        chosen = set(selected.get(name, ()))
        labelled = []
        for value, count in values:
            if name == "century" and _CENTURY.match(value):
                label = century_label(value, lang)
            else:
                label = _in(names[name].get(value, {}), lang, value)
            labelled.append(FacetValue(value, label, count, value in chosen))
        if name == "century":  # centuries read best in time order, not by count
            labelled.sort(key=lambda v: int(v.value) if _CENTURY.match(v.value) else 0)
        out[name] = labelled
    return out

