"""The search backend interface: what every engine offers the application, and what it supports.

A backend only translates a :class:`~indexer.plan.Plan` into its engine's queries and reads
the answer back (:meth:`SearchBackend._run`); checking the query, analysing documents,
highlighting, facet ordering and cursors are done here, once, for all of them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Iterable, Iterator, Mapping

from .analysis import LANGUAGES
from .documents import FACETS, TYPES, IndexedDocument, prepare, title_in
from .highlight import highlight
from .plan import Plan, SuggestPlan, build_plan, build_suggest_plan
from .query import (
    MAX_OFFSET,
    MAX_PAGE_SIZE,
    MAX_QUERY_CHARS,
    SORTS,
    Cursor,
    Hit,
    SearchQuery,
    SearchQueryError,
    SearchResult,
    Suggestion,
)

__all__ = ["Capabilities", "RawHit", "RawPage", "SearchBackend", "SearchEngineError", "BATCH_SIZE"]

BATCH_SIZE = 500
MAX_SUGGESTIONS = 20


class SearchEngineError(RuntimeError):
    """The engine failed or cannot be reached: our problem (a 5xx), never the visitor's."""


@dataclass(frozen=True)
class Capabilities:
    """What a backend supports, as data the application and the contract tests read."""

    name: str
    facets: tuple[str, ...] = FACETS
    sorts: tuple[str, ...] = SORTS
    languages: tuple[str, ...] = LANGUAGES
    # How hits with equal relevance are ordered: "id" (the stable key) or "index" (the
    # engine's internal order, stable only while the index does not change).
    relevance_tiebreak: str = "id"
    # How the relevance cursor resumes: "search_after" (from the last hit's score and id, safe
    # under concurrent writes) or "offset" (skips hits, exact while the index is unchanged).
    relevance_cursor: str = "search_after"
    max_query_chars: int = MAX_QUERY_CHARS
    max_page_size: int = MAX_PAGE_SIZE
    max_offset: int = MAX_OFFSET
    facet_values: int = 1000  # most values counted per facet


@dataclass(frozen=True)
class RawHit:
    source: dict[str, Any]
    score: float | None
    sort_values: tuple[Any, ...]  # relevance: (score, id); otherwise (sort key,)


@dataclass
class RawPage:
    hits: list[RawHit]
    total: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


def _batches(items: Iterable[Any], size: int = BATCH_SIZE) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class SearchBackend(ABC):
    """A search index of exhibits, museums and persons."""

    capabilities: Capabilities

    # --- writing -----------------------------------------------------------------------------

    def index(self, docs: Iterable[Mapping[str, Any]]) -> int:
        """Add or replace documents (by id); return how many. Visible after :meth:`refresh`.

        Raises :class:`~indexer.documents.DocumentError` before writing anything from a batch
        that holds a malformed document.
        """
        written = 0
        for batch in _batches(docs):
            prepared = self._unique([prepare(doc) for doc in batch])
            self._write(prepared)
            written += len(prepared)
        return written

    def delete(self, ids: Iterable[str]) -> None:
        """Remove documents by id; unknown ids are ignored. Visible after :meth:`refresh`."""
        for batch in _batches(ids):
            self._delete([doc_id for doc_id in batch if isinstance(doc_id, str) and doc_id])

    def reindex(self, docs: Iterable[Mapping[str, Any]]) -> int:
        """Build a fresh index from ``docs`` and swap it in atomically; return how many.

        Searches see the old index until the swap; if building fails, the old one stays.
        Writes made while it runs go to the old index and are gone after the swap: the
        caller replays them (its outbox) once reindex returns.
        """
        return self._reindex(self.encode(prepare(doc)) for doc in docs)

    @staticmethod
    def encode(doc: IndexedDocument) -> Any:
        """Return an analysed document in the form :meth:`reindex_encoded` takes.

        A static method, so that worker processes building documents for a rebuild can run it
        without opening the backend; what it returns crosses back to the writing process, which
        then has the least work left per document. This default leaves the document as it is.
        """
        return doc

    def reindex_encoded(self, items: Iterable[Any]) -> int:
        """As :meth:`reindex`, from documents already analysed (:func:`~indexer.documents.prepare`)
        and passed through :meth:`encode`, for instance in other processes."""
        return self._reindex(items)

    @staticmethod
    def _unique(docs: list[IndexedDocument]) -> list[IndexedDocument]:
        # the last version of a repeated id wins, as it would in separate calls
        return list({doc.id: doc for doc in docs}.values())

    @abstractmethod
    def _write(self, docs: list[IndexedDocument]) -> None: ...

    @abstractmethod
    def _delete(self, ids: list[str]) -> None: ...

    @abstractmethod
    def _reindex(self, items: Iterable[Any]) -> int:
        """Build a fresh index from documents passed through :meth:`encode` and swap it in."""

    @abstractmethod
    def refresh(self) -> None:
        """Make every write so far visible to searches."""

    @abstractmethod
    def count(self) -> int:
        """Return how many documents are searchable."""

    @abstractmethod
    def drop(self) -> None:
        """Delete the index and everything in it."""

    def close(self) -> None:
        """Release connections and files."""

    # --- reading -----------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResult:
        """Return one page of hits for ``query`` with facet counts and the next page's cursor."""
        plan = build_plan(query)
        raw = self._run(plan)
        hits = [self._hit(raw_hit, plan) for raw_hit in raw.hits]
        next_cursor = None
        shown = plan.offset + len(raw.hits)
        if raw.hits and len(raw.hits) == plan.size and shown < raw.total:
            next_cursor = Cursor(plan.sort, raw.hits[-1].sort_values, shown).encode()
        return SearchResult(hits, raw.total, self._facets(raw.facets, plan), next_cursor, plan.sort)

    def suggest(self, text: str, lang: str = "kk", limit: int = 8, types: Iterable[str] = ()) -> list[Suggestion]:
        """Return titles (in ``lang``, alphabetical) whose words start with the typed words."""
        if not isinstance(text, str) or len(text) > MAX_QUERY_CHARS:
            raise SearchQueryError("text", f"must be text of at most {MAX_QUERY_CHARS} characters")
        if lang not in LANGUAGES:
            raise SearchQueryError("lang", f"must be one of {', '.join(LANGUAGES)}")
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_SUGGESTIONS:
            raise SearchQueryError("limit", f"must be between 1 and {MAX_SUGGESTIONS}")
        types = tuple(types)
        if any(t not in TYPES for t in types):
            raise SearchQueryError("types", f"must be among {', '.join(TYPES)}")
        plan = build_suggest_plan(text, lang, limit, types)
        if not plan.groups:
            return []
        return [
            Suggestion(source["id"], source["type"], title_in(source["title"], lang))
            for source in self._suggest(plan)
        ]

    @abstractmethod
    def _run(self, plan: Plan) -> RawPage:
        """Return the page, the total and (for ``plan.facets``) the counts of each facet's values
        among documents matching the words and every *other* facet's filters."""

    @abstractmethod
    def _suggest(self, plan: SuggestPlan) -> list[dict[str, Any]]:
        """Return the sources of up to ``plan.limit`` documents matching every prefix group,
        in ``plan.sort_field`` order."""

    # --- shared result building ----------------------------------------------------------------

    @staticmethod
    def _hit(raw: RawHit, plan: Plan) -> Hit:
        source = raw.source
        title = title_in(source["title"], plan.lang)
        highlights = {}
        if plan.highlight:
            marked_title = highlight(title, plan)
            if marked_title:
                highlights["title"] = marked_title
            description = title_in(source.get("description") or {}, plan.lang)
            marked_description = highlight(description, plan, fragment=True)
            if marked_description:
                highlights["description"] = marked_description
        return Hit(source["id"], source["type"], title, raw.score, highlights, source)

    @staticmethod
    def _facets(counts: dict[str, dict[str, int]], plan: Plan) -> dict[str, list[tuple[str, int]]]:
        out = {}
        for name in plan.facets:
            values = dict(counts.get(name, {}))
            for chosen in plan.filters.get(name, ()):
                values.setdefault(chosen, 0)
            out[name] = sorted(values.items(), key=lambda item: (-item[1], item[0]))
        return out
