"""Backend-neutral search requests and results: SearchQuery in, SearchResult out.

A query is checked when it is made: anything a visitor can get wrong raises
:class:`SearchQueryError` naming the parameter, before any engine is asked.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from .analysis import LANGUAGES
from .documents import FACETS

__all__ = [
    "SORTS",
    "SearchQueryError",
    "SearchQuery",
    "Cursor",
    "Hit",
    "SearchResult",
    "Suggestion",
    "MAX_QUERY_CHARS",
    "MAX_PAGE_SIZE",
    "MAX_OFFSET",
]

SORTS = ("relevance", "date", "title", "recent")
MAX_QUERY_CHARS = 2000
MAX_PAGE_SIZE = 100
MAX_OFFSET = 10_000  # page-number paging stops here; the cursor goes on
MAX_FILTER_VALUES = 50
MAX_FILTER_VALUE_CHARS = 200
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SORT_KEY_RE = re.compile(r"^[0-9a-g.]{1,2000}$")


class SearchQueryError(ValueError):
    """The visitor's request cannot be searched; ``parameter`` names what to fix."""

    def __init__(self, parameter: str, message: str):
        self.parameter = parameter
        self.message = message
        super().__init__(f"{parameter}: {message}")


def _whole_number(parameter: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise SearchQueryError(parameter, "must be a whole number")
    if not low <= value <= high:
        raise SearchQueryError(parameter, f"must be between {low} and {high}")
    return value


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: the last hit's sort values and how many hits came before."""

    sort: str
    values: tuple[Any, ...]
    offset: int

    def encode(self) -> str:
        raw = json.dumps({"s": self.sort, "v": list(self.values), "o": self.offset}, separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, token: str, sort: str) -> "Cursor":
        """Return the cursor in ``token``; raise SearchQueryError('after') if it is not one of ours."""
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            data = json.loads(raw)
            values, offset = tuple(data["v"]), data["o"]
            ok = (
                data["s"] == sort
                and isinstance(offset, int)
                and not isinstance(offset, bool)
                and offset >= 0
                and _valid_values(sort, values)
            )
        except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError):
            ok = False
        if not ok:
            raise SearchQueryError("after", "is not a cursor of this search (start again from page 1)")
        return cls(sort, values, offset)


def _valid_values(sort: str, values: tuple) -> bool:
    if sort == "relevance":
        return (
            len(values) == 2
            and isinstance(values[0], (int, float))
            and not isinstance(values[0], bool)
            and isinstance(values[1], str)
        )
    return len(values) == 1 and isinstance(values[0], str) and bool(_SORT_KEY_RE.match(values[0]))


@dataclass(frozen=True)
class SearchQuery:
    """One search: words, facet filters, order, language and which page.

    ``filters`` maps a facet to the values chosen (any of them matches; facets combine with
    AND). ``page`` counts from 1 up to MAX_OFFSET hits deep; beyond that, and for stable deep
    paging, pass the previous result's ``next_cursor`` as ``after``. With no words a
    ``relevance`` order has nothing to rank by and becomes ``recent``.
    """

    text: str = ""
    filters: Mapping[str, Sequence[str]] = field(default_factory=dict)
    sort: str = "relevance"
    lang: str = "kk"
    size: int = 20
    page: int = 1
    after: str | None = None
    facets: Sequence[str] | None = None  # which facets to count; None = all
    highlight: bool = True

    def __post_init__(self):
        text = self.text if self.text is not None else ""
        if not isinstance(text, str):
            raise SearchQueryError("text", "must be text")
        if len(text) > MAX_QUERY_CHARS:
            raise SearchQueryError("text", f"is longer than {MAX_QUERY_CHARS} characters")
        object.__setattr__(self, "text", _CONTROL_RE.sub(" ", text).strip())

        if self.sort not in SORTS:
            raise SearchQueryError("sort", f"must be one of {', '.join(SORTS)}")
        if self.lang not in LANGUAGES:
            raise SearchQueryError("lang", f"must be one of {', '.join(LANGUAGES)}")
        size = _whole_number("size", self.size, 1, MAX_PAGE_SIZE)
        page = _whole_number("page", self.page, 1, MAX_OFFSET)
        if (page - 1) * size + size > MAX_OFFSET:
            raise SearchQueryError("page", f"goes deeper than {MAX_OFFSET} hits; follow next_cursor instead")
        object.__setattr__(self, "size", size)
        object.__setattr__(self, "page", page)
        if self.after is not None:
            if not isinstance(self.after, str) or not self.after:
                raise SearchQueryError("after", "must be a cursor from a previous result")
            if page != 1:
                raise SearchQueryError("page", "cannot be combined with a cursor")

        object.__setattr__(self, "filters", self._checked_filters(self.filters))
        facets = FACETS if self.facets is None else tuple(self.facets)
        for name in facets:
            if name not in FACETS:
                raise SearchQueryError("facets", f"unknown facet {name!r}; known: {', '.join(FACETS)}")
        object.__setattr__(self, "facets", tuple(dict.fromkeys(facets)))

    @staticmethod
    def _checked_filters(filters: Mapping[str, Any] | None) -> dict[str, tuple[str, ...]]:
        if filters is None:
            return {}
        if not isinstance(filters, Mapping):
            raise SearchQueryError("filters", "must map a facet to its chosen values")
        out = {}
        for name, values in filters.items():
            if name not in FACETS:
                raise SearchQueryError("filters", f"unknown facet {name!r}; known: {', '.join(FACETS)}")
            if isinstance(values, (str, bool, int)):
                values = [values]
            chosen = []
            for value in values or ():
                if isinstance(value, bool):
                    value = "true" if value else "false"
                if isinstance(value, int):
                    value = str(value)
                if not isinstance(value, str) or not value or len(value) > MAX_FILTER_VALUE_CHARS:
                    raise SearchQueryError(
                        f"filters.{name}", f"values must be codes of 1 to {MAX_FILTER_VALUE_CHARS} characters"
                    )
                chosen.append(value)
            if len(chosen) > MAX_FILTER_VALUES:
                raise SearchQueryError(f"filters.{name}", f"at most {MAX_FILTER_VALUES} values")
            if chosen:
                out[name] = tuple(dict.fromkeys(chosen))
        return out

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size


@dataclass(frozen=True)
class Hit:
    """One document found. ``title`` is in the query's language (or the fallback);
    ``highlights`` maps ``title``/``description`` to HTML with matched words in ``<mark>``."""

    id: str
    type: str
    title: str
    score: float | None
    highlights: dict[str, str]
    source: dict[str, Any]


@dataclass(frozen=True)
class SearchResult:
    """A page of hits, the total, facet counts and the cursor of the next page (None at the end).

    ``facets`` maps each facet to ``[(value, count), ...]``, most frequent first, then by value;
    counts ignore the facet's own selection (choosing one region keeps the others' counts),
    and a chosen value is listed even when its count is 0.
    """

    hits: list[Hit]
    total: int
    facets: dict[str, list[tuple[str, int]]]
    next_cursor: str | None
    sort: str


@dataclass(frozen=True)
class Suggestion:
    """A type-ahead suggestion: a title that starts with what was typed."""

    id: str
    type: str
    title: str
