"""The compiled form of a search: which terms in which fields, filters, order, page.

Both backends translate the same :class:`Plan` into their own query objects, term for term,
so they match the same documents. Field weights live here, as data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .analysis import MAX_PREFIX_CHARS, compact_key, full_key, word_forms, words
from .query import Cursor, SearchQuery

__all__ = ["Term", "Plan", "SuggestPlan", "FIELD_WEIGHTS", "EXACT_SCORE", "build_plan", "build_suggest_plan"]

MAX_QUERY_WORDS = 32  # words of a query that count; the rest of a pasted essay is ignored

# Weight of a word found in each field, by the form that matched.
FIELD_WEIGHTS = {
    "title_x": 4.0,
    "title_s": 3.0,
    "title_k": 2.5,
    "inv": 4.0,
    "text_x": 1.5,
    "text_s": 1.2,
    "text_k": 1.0,
}
# A whole title or inventory number typed exactly outranks any sum of word scores.
EXACT_SCORE = 1000.0

SORT_FIELDS = {"date": "sort_date", "recent": "sort_recent"}


@dataclass(frozen=True)
class Term:
    field: str
    value: str
    boost: float = 1.0


@dataclass(frozen=True)
class Plan:
    """A query ready for an engine.

    Every group in ``groups`` must match (a document matches a group if any of its terms is
    in the document: score = the best term's, as in a dis_max); ``exact`` terms add
    EXACT_SCORE when they match. ``sort_field`` is None for relevance (score, then id).
    """

    groups: tuple[tuple[Term, ...], ...]
    exact: tuple[Term, ...]
    filters: dict[str, tuple[str, ...]]
    sort: str
    sort_field: str | None
    size: int
    offset: int
    cursor: Cursor | None
    facets: tuple[str, ...]
    lang: str
    highlight: bool
    # forms of the query words, for highlighting
    exacts: frozenset[str] = field(default_factory=frozenset)
    keys: frozenset[str] = field(default_factory=frozenset)
    stems: frozenset[str] = field(default_factory=frozenset)

    def filters_without(self, facet: str) -> dict[str, tuple[str, ...]]:
        """Return the filters of every other facet: the counts of ``facet`` ignore its own choice."""
        return {name: values for name, values in self.filters.items() if name != facet}


@dataclass(frozen=True)
class SuggestPlan:
    groups: tuple[tuple[Term, ...], ...]
    types: tuple[str, ...]
    sort_field: str
    limit: int
    lang: str


def _group(forms) -> tuple[Term, ...]:
    best: dict[tuple[str, str], float] = {}

    def add(name: str, value: str) -> None:
        weight = FIELD_WEIGHTS[name]
        if best.get((name, value), 0.0) < weight:
            best[(name, value)] = weight

    add("title_x", forms.exact)
    add("text_x", forms.exact)
    for key in forms.keys:
        add("title_k", key)
        add("text_k", key)
    add("inv", forms.key)
    for stem in forms.stems:
        add("title_s", stem)
        add("text_s", stem)
    return tuple(Term(name, value, weight) for (name, value), weight in best.items())


def build_plan(query: SearchQuery) -> Plan:
    """Return the plan of ``query``; raise SearchQueryError if its cursor is not valid."""
    seen: dict[str, object] = {}
    for word in words(query.text):
        forms = word_forms(word.text)
        seen.setdefault(forms.exact, forms)
        if len(seen) == MAX_QUERY_WORDS:
            break
    all_forms = list(seen.values())
    groups = tuple(_group(forms) for forms in all_forms)
    exact: tuple[Term, ...] = ()
    if groups:
        exact = tuple(
            Term(name, value, EXACT_SCORE)
            for name, value in (("title_full", full_key(query.text)), ("inv_full", compact_key(query.text)))
            if value
        )

    sort = query.sort
    if sort == "relevance" and not groups:
        sort = "recent"
    sort_field = None if sort == "relevance" else SORT_FIELDS.get(sort, f"sort_title_{query.lang}")
    cursor = Cursor.decode(query.after, sort) if query.after else None
    return Plan(
        groups=groups,
        exact=exact,
        filters=dict(query.filters),
        sort=sort,
        sort_field=sort_field,
        size=query.size,
        offset=cursor.offset if cursor else query.offset,
        cursor=cursor,
        facets=tuple(query.facets),
        lang=query.lang,
        highlight=query.highlight,
        exacts=frozenset(f.exact for f in all_forms),
        keys=frozenset(k for f in all_forms for k in f.keys),
        stems=frozenset(s for f in all_forms for s in f.stems),
    )


def build_suggest_plan(text: str, lang: str, limit: int, types: tuple[str, ...]) -> SuggestPlan:
    """Return the plan of a type-ahead lookup: every typed word is a prefix of a title word."""
    groups = []
    for word in list(words(text))[:MAX_QUERY_WORDS]:
        forms = word_forms(word.text)
        values = dict.fromkeys((forms.exact[:MAX_PREFIX_CHARS], forms.key[:MAX_PREFIX_CHARS]))
        groups.append(tuple(Term("prefix", value) for value in values))
    return SuggestPlan(tuple(groups), types, f"sort_title_{lang}", limit, lang)
