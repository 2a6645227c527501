"""The indexed document: what the application hands over, checked, and analysed once for every backend.

The application builds one plain dict per published exhibit, museum or person::

    {
        "id": "exhibit:42",                     # unique across types; the stable tiebreak
        "type": "exhibit",                      # exhibit | museum | person
        "title": {"kk": "...", "ru": "...", "en": "..."},   # at least one language
        "description": {"kk": "...", ...},      # optional, any languages
        "materials": {"kk": ["алтын"], "ru": ["золото"], "en": ["gold"]},  # labels, searchable
        "places": {...}, "makers": {...}, "keywords": {...},                # same shape
        "inventory_number": "КП-1234/5",        # or a list (old numbers too)
        "region": "KZ-31", "museum": "m-12", "object_type": "jewellery",   # facet codes
        "material": ["gold", "silver"],         # facet codes (str or list for any facet)
        "year_from": 1850, "year_to": 1900,     # earliest/latest year; negative = BCE
        "has_image": True, "has_3d": False,
        "added_at": "2025-03-01T12:00:00Z",     # datetime, ISO string or epoch seconds
        "display": {"thumbnail": "/iiif/..."},  # optional, returned verbatim with hits
    }

``century`` is derived from the years unless given. Facet values are codes; labels are the
application's business.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Any, Iterable, Mapping

from .analysis import LANGUAGES, compact_key_of, full_key_of, prefixes, word_forms, word_key, word_list
from .collation import sort_key
from .fields import FormStore
from .kazakh import APOSTROPHES

__all__ = [
    "TYPES",
    "FACETS",
    "SORT_FIELDS",
    "TEXT_FIELDS",
    "SCORED_TEXT_FIELDS",
    "KEYWORD_FIELDS",
    "DocumentError",
    "IndexedDocument",
    "prepare",
    "title_in",
    "centuries",
]

TYPES = ("exhibit", "museum", "person")
FACETS = ("type", "region", "museum", "object_type", "material", "century", "has_image", "has_3d")
# analysed fields of space-separated terms (see indexer.analysis)
TEXT_FIELDS = ("title_x", "title_s", "title_k", "text_x", "text_s", "text_k", "inv", "prefix")
# the ones relevance is computed on (field lengths kept; every term is once per field); "prefix" only filters
SCORED_TEXT_FIELDS = TEXT_FIELDS[:-1]
# single-term fields besides the facets: whole-title and whole-number matches
KEYWORD_FIELDS = ("title_full", "inv_full")
SORT_FIELDS = ("sort_date", "sort_recent") + tuple(f"sort_title_{lang}" for lang in LANGUAGES)

_TEXT_PARTS = ("materials", "places", "makers", "keywords")
_MAX_ID_CHARS = 200
_MAX_CENTURIES = 40
_NO_TITLE = "g"  # sorts after every hex title key
_RECENT_BASE = 10**11  # epoch seconds are subtracted from this so that newest sorts first


class DocumentError(ValueError):
    """A document the application built does not have the documented shape."""

    def __init__(self, doc_id: str | None, field: str, message: str):
        self.doc_id = doc_id
        self.field = field
        self.message = message
        super().__init__(f"document {doc_id!r}: {field}: {message}")

    def __reduce__(self):
        # raised in a worker process, it must cross back whole (the default passes only the text)
        return type(self), (self.doc_id, self.field, self.message)


@dataclass(frozen=True)
class IndexedDocument:
    """A document analysed for the engines: the same values go to every backend."""

    id: str
    type: str
    terms: dict[str, str]  # TEXT_FIELDS → space-separated terms
    keywords: dict[str, list[str]]  # FACETS + KEYWORD_FIELDS → exact values
    sort: dict[str, str]  # SORT_FIELDS → byte-ordered keys, each ending in the id
    source: dict[str, Any]  # returned with hits (display, highlighting)


def title_in(titles: Mapping[str, str], lang: str) -> str:
    """Return the title in ``lang``, else in the fallback order kk, ru, en ('' if none)."""
    for candidate in (lang, *LANGUAGES):
        value = titles.get(candidate)
        if value:
            return value
    return ""


def centuries(year_from: int | None, year_to: int | None) -> list[str]:
    """Return the centuries a year range touches, as codes: "19" is 1801–1900, "-5" is 500–401 BCE."""
    if year_from is None and year_to is None:
        return []
    first = year_from if year_from is not None else year_to
    last = year_to if year_to is not None else year_from
    if last < first:
        first, last = last, first

    def century(year: int) -> int:
        if year > 0:
            return (year - 1) // 100 + 1
        # no year 0 in the calendar: read it as 1 BCE
        return -((max(-year, 1) - 1) // 100 + 1)

    a, b = century(first), century(last)
    out = [c for c in range(a, b + 1) if c != 0][:_MAX_CENTURIES]
    return [str(c) for c in out]


def _lang_map(doc: Mapping, name: str, doc_id: str) -> dict[str, str]:
    value = doc.get(name) or {}
    if not isinstance(value, (dict, Mapping)):  # dict first: the ABC check is slow
        raise DocumentError(doc_id, name, "must be a mapping of language to text")
    out = {}
    for lang, text in value.items():
        if lang not in LANGUAGES:
            raise DocumentError(doc_id, name, f"unknown language {lang!r}")
        if text is None:
            continue
        if not isinstance(text, str):
            raise DocumentError(doc_id, f"{name}.{lang}", "must be text")
        out[lang] = text
    return out


_is_text = str.__instancecheck__  # isinstance(x, str)


def _lang_lists(doc: Mapping, name: str, doc_id: str) -> dict[str, list[str]]:
    value = doc.get(name) or {}
    if not isinstance(value, (dict, Mapping)):  # dict first: the ABC check is slow
        raise DocumentError(doc_id, name, "must be a mapping of language to a list of labels")
    out = {}
    for lang, items in value.items():
        if lang not in LANGUAGES:
            raise DocumentError(doc_id, name, f"unknown language {lang!r}")
        items = [items] if isinstance(items, str) else list(items or [])
        if not all(map(_is_text, items)):  # a C-level pass: documents have dozens of labels
            raise DocumentError(doc_id, f"{name}.{lang}", "must be a list of text labels")
        out[lang] = items
    return out


def _codes(doc: Mapping, name: str, doc_id: str) -> list[str]:
    value = doc.get(name)
    if value is None:
        return []
    items = [value] if isinstance(value, (str, int)) else list(value)
    out = []
    for item in items:
        if isinstance(item, bool) or not isinstance(item, (str, int)) or str(item) == "":
            raise DocumentError(doc_id, name, f"facet codes must be non-empty text, got {item!r}")
        out.append(str(item))
    return list(dict.fromkeys(out))


def _year(doc: Mapping, name: str, doc_id: str) -> int | None:
    value = doc.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not -100_000 < value < 100_000:
        raise DocumentError(doc_id, name, "must be a whole year between -99999 and 99999")
    return value


def _epoch(doc: Mapping, doc_id: str) -> int | None:
    value = doc.get("added_at")
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise DocumentError(doc_id, "added_at", "must be an ISO 8601 date-time") from None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return int(value.timestamp())
    if isinstance(value, date):
        return int(datetime(value.year, value.month, value.day, tzinfo=timezone.utc).timestamp())
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return int(value)
    raise DocumentError(doc_id, "added_at", "must be a datetime, an ISO string or epoch seconds")


def _flag(doc: Mapping, name: str, doc_id: str) -> str:
    value = doc.get(name, False)
    if not isinstance(value, bool):
        raise DocumentError(doc_id, name, "must be true or false")
    return "true" if value else "false"


# The store numbers the analysed forms of every word it is given and knows, per language (a
# table of the store), which number each word has. A document's words are looked up all at once
# instead of analysed one by one, and its fields are joined by the store (see indexer.fields):
# those per-word loops in Python were most of the cost of indexing. Common words recur across
# documents.
_STORE = FormStore(APOSTROPHES)
_TABLE = {lang: number for number, lang in enumerate(LANGUAGES)}  # a language's table in _STORE
_MAX_ANALYSED = 300_000  # words per language kept; the tables and the store start afresh past that
# Numbers are only valid in the store that gave them: a document collects and joins its numbers
# under this lock, so another thread cannot start the store afresh in between.
_STORE_LOCK = threading.Lock()


def _analyse(word: str, lang: str) -> int:
    forms = word_forms(word, lang)
    return _STORE.add(forms.exact, forms.keys, forms.stems, tuple(prefixes((forms.exact, forms.key))))


def _start_afresh() -> None:
    """Forget every analysed word: the store, its tables and the labels' numbers."""
    _STORE.clear()
    _label_forms.cache_clear()


def _bound_the_store() -> None:
    """Start afresh if a table has grown past _MAX_ANALYSED words (between documents only: a
    document's numbers must stay valid until it is joined)."""
    if any(_STORE.known(table) > _MAX_ANALYSED for table in _TABLE.values()):
        _start_afresh()


def _numbers(looked_up: tuple[list[int], list[tuple[int, str]]], lang: str) -> list[int]:
    """Return the numbers of a text's words in the store from what the store found
    (``text_numbers`` or ``word_numbers``), analysing the words it did not know."""
    found, missing = looked_up
    if missing:
        table = _TABLE[lang]
        learnt: dict[str, int] = {}  # a new word may recur in the text
        for place, word in missing:
            number = learnt.get(word)
            if number is None:
                number = learnt[word] = _analyse(word, lang)
                _STORE.learn(word, table, number)
            found[place] = number
    return found


def _analysed(words: list[str], lang: str) -> list[int]:
    """Return the numbers of the analysed forms of each of ``words``, in their order."""
    return _numbers(_STORE.word_numbers(words, _TABLE[lang]), lang)


def _analysed_text(text: str, lang: str) -> list[int]:
    """Return the numbers of the analysed forms of each word of ``text`` (as ``word_list`` splits it)."""
    return _numbers(_STORE.text_numbers(text, _TABLE[lang]), lang)


@lru_cache(maxsize=50_000)
def _label_forms(text: str, lang: str) -> list[int]:
    # Labels recur across documents (a museum's name, a maker, a material): looked up once each.
    # The list is shared between documents: only ever read.
    return _analysed_text(text, lang)


class _Terms:
    """Collects the analysed words of a document, then joins each field's terms, in order, once each.

    Words are gathered per zone (title, text) and turned into terms only in :meth:`joined`, by
    the form store: a document has hundreds of words. Call under ``_STORE_LOCK``.
    """

    def __init__(self):
        self.title: list[int] = []
        self.text: list[int] = []
        self.inv: list[str] = []
        self.title_keys: set[str] = set()  # full_key of each title
        self.inv_keys: set[str] = set()  # compact_key of each inventory number

    def add_title(self, text: str, lang: str) -> None:
        words = word_list(text)
        self.title += _analysed(words, lang)
        self.title_keys.add(full_key_of(words))

    def add_text(self, text: str, lang: str) -> None:
        self.text += _analysed_text(text, lang)

    def add_label(self, text: str, lang: str) -> None:
        """Add a label (a material, place, maker, keyword) as :meth:`add_text` adds text."""
        self.text += _label_forms(text, lang)

    def add_inventory_number(self, number: str) -> None:
        words = word_list(number)
        self.inv += map(word_key, words)
        compact = compact_key_of(words)
        self.inv.append(compact)
        self.inv_keys.add(compact)

    def joined(self) -> dict[str, str]:
        """Return TEXT_FIELDS → their space-separated terms."""
        title_x, title_s, title_k, text_x, text_s, text_k, prefix = _STORE.join(self.title, self.text)
        return {
            "title_x": title_x, "title_s": title_s, "title_k": title_k,
            "text_x": text_x, "text_s": text_s, "text_k": text_k,
            "inv": " ".join(dict.fromkeys(filter(None, self.inv))),
            "prefix": prefix,
        }


def prepare(doc: Mapping[str, Any]) -> IndexedDocument:
    """Check ``doc`` and return it analysed; raise :class:`DocumentError` naming the field."""
    if not isinstance(doc, (dict, Mapping)):
        raise DocumentError(None, "document", "must be a mapping")
    doc_id = doc.get("id")
    if not isinstance(doc_id, str) or not doc_id or len(doc_id) > _MAX_ID_CHARS:
        raise DocumentError(None, "id", f"must be non-empty text of at most {_MAX_ID_CHARS} characters")
    doc_type = doc.get("type")
    if doc_type not in TYPES:
        raise DocumentError(doc_id, "type", f"must be one of {', '.join(TYPES)}")

    titles = _lang_map(doc, "title", doc_id)
    if not any(titles.values()):
        raise DocumentError(doc_id, "title", "needs a title in at least one language")
    descriptions = _lang_map(doc, "description", doc_id)
    parts = {name: _lang_lists(doc, name, doc_id) for name in _TEXT_PARTS}
    inventory = doc.get("inventory_number") or []
    inventory = [inventory] if isinstance(inventory, str) else list(inventory)
    if not all(isinstance(number, str) for number in inventory):
        raise DocumentError(doc_id, "inventory_number", "must be text or a list of text")
    year_from, year_to = _year(doc, "year_from", doc_id), _year(doc, "year_to", doc_id)
    added = _epoch(doc, doc_id)
    display = doc.get("display") or {}
    if not isinstance(display, (dict, Mapping)):
        raise DocumentError(doc_id, "display", "must be a mapping")

    terms = _Terms()
    with _STORE_LOCK:
        _bound_the_store()
        for lang, text in titles.items():
            terms.add_title(text, lang)
        for lang, text in descriptions.items():
            terms.add_text(text, lang)
        for labels_by_lang in parts.values():
            for lang, labels in labels_by_lang.items():
                for label in labels:
                    terms.add_label(label, lang)
        for number in inventory:
            terms.add_inventory_number(number)
        fields = terms.joined()

    keywords = {
        "type": [doc_type],
        "region": _codes(doc, "region", doc_id),
        "museum": _codes(doc, "museum", doc_id),
        "object_type": _codes(doc, "object_type", doc_id),
        "material": _codes(doc, "material", doc_id),
        "century": _codes(doc, "century", doc_id) or centuries(year_from, year_to),
        "has_image": [_flag(doc, "has_image", doc_id)],
        "has_3d": [_flag(doc, "has_3d", doc_id)],
        "title_full": sorted(filter(None, terms.title_keys)),
        "inv_full": sorted(filter(None, terms.inv_keys)),
    }

    tiebreak = "." + doc_id.encode().hex()
    sort = {
        "sort_date": ("0" + f"{year_from + 500_000:06d}" if year_from is not None else "1") + tiebreak,
        "sort_recent": f"{_RECENT_BASE - (added or 0):012d}" + tiebreak,
    }
    for lang in LANGUAGES:
        title = title_in(titles, lang)
        sort[f"sort_title_{lang}"] = (sort_key(title, lang) or _NO_TITLE) + tiebreak

    source = {
        "id": doc_id,
        "type": doc_type,
        "title": titles,
        "description": descriptions,
        "inventory_number": inventory,
        "year_from": year_from,
        "year_to": year_to,
        "added_at": added,
        "display": dict(display),
        **{name: keywords[name] for name in ("region", "museum", "object_type", "material", "century")},
        "has_image": keywords["has_image"] == ["true"],
        "has_3d": keywords["has_3d"] == ["true"],
    }
    return IndexedDocument(doc_id, doc_type, fields, keywords, sort, source)
