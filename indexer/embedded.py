"""The embedded backend: a tantivy index in a directory of the caller's choosing.

Layout of the directory::

    CURRENT -> gen-v2-<hex>  symlink to the live index; reindex builds a new one and swaps it
    gen-v2-<hex>/            a tantivy index (v2: the schema version)
    write.lock               held (flock) while any process writes

Facet counts come from tantivy's terms aggregation over raw fast fields: one aggregation for
all facets without a selection, plus one per facet with a selection (post-filter semantics).
Explicit sorts use one byte-ordered key field each (see indexer.documents), and the cursor
resumes with a range query on that key; relevance pages resume by offset.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

import orjson
import tantivy

from .base import Capabilities, RawHit, RawPage, SearchBackend, SearchEngineError
from .documents import FACETS, KEYWORD_FIELDS, SORT_FIELDS, TEXT_FIELDS, IndexedDocument
from .plan import Plan, SuggestPlan, Term

__all__ = ["EmbeddedBackend"]

_CURRENT = "CURRENT"
# Bump when the schema or the analysis changes: an index of another version must be rebuilt.
SCHEMA_VERSION = 3  # 2: postings without term frequencies; 3: digits kept doubled in keys, keys as words
_GENERATION = f"gen-v{SCHEMA_VERSION}-"
_WRITE_HEAP = 64_000_000
_REINDEX_HEAP = 1_000_000_000  # fewer, larger segments: less merging during a large rebuild
_REINDEX_THREADS = 2
_KEYS_AS_WORDS = frozenset(KEYWORD_FIELDS)  # see _schema


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
    for name in FACETS:
        builder.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    for name in TEXT_FIELDS:
        # Postings without term frequencies: a term is once per field in every document (see
        # indexer.fields), so BM25 scores are the same without them, and writing them cost 7 % of
        # a rebuild's indexing. Field lengths are kept for relevance.
        builder.add_text_field(name, tokenizer_name="whitespace", index_option="basic")
    for name in KEYWORD_FIELDS:
        # a document's keys of a field go in as one space-separated value (keys hold no spaces):
        # the same terms as one value per key, and tantivy's cost is per value as well as per term
        builder.add_text_field(name, tokenizer_name="whitespace", index_option="basic")
    for name in SORT_FIELDS:
        builder.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_bytes_field("source", stored=True)
    return builder.build()


class EmbeddedBackend(SearchBackend):
    """Search in a local tantivy index stored under ``path``."""

    capabilities = Capabilities(
        name="embedded",
        relevance_tiebreak="index",
        relevance_cursor="offset",
    )

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self._schema = _schema()
        self._lock = threading.RLock()
        self._generation: str | None = None
        self._index: tantivy.Index | None = None
        with self._write_lock():
            if not (self.path / _CURRENT).is_symlink():
                self._swap_to(self._new_generation()[0])

    # --- files -------------------------------------------------------------------------------

    @contextmanager
    def _write_lock(self) -> Iterator[None]:
        with self._lock, open(self.path / "write.lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _new_generation(self) -> tuple[str, tantivy.Index]:
        name = f"{_GENERATION}{uuid.uuid4().hex}"
        (self.path / name).mkdir()
        return name, tantivy.Index(self._schema, path=str(self.path / name), reuse=False)

    def _swap_to(self, generation: str) -> None:
        link = self.path / f".{_CURRENT}.{uuid.uuid4().hex}"
        os.symlink(generation, link)
        os.replace(link, self.path / _CURRENT)  # atomic on POSIX
        for old in self.path.glob("gen-*"):
            if old.name != generation:
                shutil.rmtree(old, ignore_errors=True)

    def _current(self) -> tantivy.Index:
        """Return the live index, reopening it if another process swapped in a new one."""
        generation = os.readlink(self.path / _CURRENT)
        if not generation.startswith(_GENERATION):
            raise SearchEngineError(
                f"the search index in {self.path} was built by another version ({generation}); reindex it"
            )
        with self._lock:
            if generation != self._generation or self._index is None:
                self._index = tantivy.Index(self._schema, path=str(self.path / generation), reuse=True)
                self._generation = generation
            return self._index

    # --- writing -----------------------------------------------------------------------------

    @staticmethod
    def encode(doc: IndexedDocument) -> tuple[str, tuple[str, ...], bytes]:
        """Return (id, field names and values alternating, stored source): all a tantivy document takes."""
        fields = ["id", doc.id]
        for name, values in doc.keywords.items():
            if name in _KEYS_AS_WORDS:
                if values:
                    fields += (name, " ".join(values))
                continue
            for value in values:
                fields += (name, value)
        for name, terms in doc.terms.items():
            if terms:
                fields += (name, terms)
        for name, key in doc.sort.items():
            fields += (name, key)
        return doc.id, tuple(fields), orjson.dumps(doc.source)

    @staticmethod
    def _document(encoded: tuple[str, tuple[str, ...], bytes]) -> tantivy.Document:
        _, fields, source = encoded
        out = tantivy.Document()
        add = out.add_text
        for i in range(0, len(fields), 2):
            add(fields[i], fields[i + 1])
        out.add_bytes("source", source)
        return out

    def _write(self, docs: list[IndexedDocument]) -> None:
        with self._write_lock():
            writer = self._current().writer(_WRITE_HEAP, 1)
            for doc in docs:
                writer.delete_documents_by_term("id", doc.id)
                writer.add_document(self._document(self.encode(doc)))
            writer.commit()
            writer.wait_merging_threads()

    def _delete(self, ids: list[str]) -> None:
        if not ids:
            return
        with self._write_lock():
            writer = self._current().writer(_WRITE_HEAP, 1)
            for doc_id in ids:
                writer.delete_documents_by_term("id", doc_id)
            writer.commit()
            writer.wait_merging_threads()

    def _reindex(self, items: Iterable[tuple[str, tuple[str, ...], bytes]]) -> int:
        with self._write_lock():
            generation, index = self._new_generation()
            try:
                writer = index.writer(_REINDEX_HEAP, _REINDEX_THREADS)
                seen: set[str] = set()
                for encoded in items:
                    doc_id = encoded[0]
                    if doc_id in seen:  # a repeated id replaces the earlier one, as index() would
                        writer.delete_documents_by_term("id", doc_id)
                    seen.add(doc_id)
                    writer.add_document(self._document(encoded))
                writer.commit()
                writer.wait_merging_threads()
            except BaseException:
                shutil.rmtree(self.path / generation, ignore_errors=True)
                raise
            self._swap_to(generation)
        self.refresh()
        return len(seen)

    def refresh(self) -> None:
        self._current().reload()

    def count(self) -> int:
        return self._current().searcher().num_docs

    def drop(self) -> None:
        with self._lock:
            self._index = None
            shutil.rmtree(self.path, ignore_errors=True)

    def close(self) -> None:
        with self._lock:
            self._index = None

    # --- reading -----------------------------------------------------------------------------

    def _term(self, term: Term) -> tantivy.Query:
        return tantivy.Query.term_query(self._schema, term.field, term.value, index_option="basic")

    def _filter(self, filters: dict[str, tuple[str, ...]]) -> list[tuple[tantivy.Occur, tantivy.Query]]:
        return [
            (tantivy.Occur.Must, tantivy.Query.const_score_query(
                tantivy.Query.term_set_query(self._schema, name, list(values)), 0.0))
            for name, values in filters.items()
        ]

    def _words(self, plan: Plan) -> list[tuple[tantivy.Occur, tantivy.Query]]:
        clauses = []
        for group in plan.groups:
            choices = [tantivy.Query.boost_query(self._term(term), term.boost) for term in group]
            clauses.append((tantivy.Occur.Must, tantivy.Query.disjunction_max_query(choices)))
        for term in plan.exact:
            clauses.append((tantivy.Occur.Should, tantivy.Query.const_score_query(self._term(term), term.boost)))
        return clauses

    @staticmethod
    def _all(clauses: list[tuple[tantivy.Occur, tantivy.Query]]) -> tantivy.Query:
        if not any(occur == tantivy.Occur.Must for occur, _ in clauses):
            clauses = [(tantivy.Occur.Must, tantivy.Query.all_query()), *clauses]
        return tantivy.Query.boolean_query(clauses)

    def _run(self, plan: Plan) -> RawPage:
        try:
            return self._run_unchecked(plan)
        except (ValueError, OSError) as error:
            raise SearchEngineError(f"tantivy search failed: {error}") from error

    def _run_unchecked(self, plan: Plan) -> RawPage:
        index = self._current()
        searcher = index.searcher()
        words = self._words(plan)
        query = self._all(words + self._filter(plan.filters))

        if plan.sort_field is None:
            result = searcher.search(query, limit=plan.size, offset=plan.offset, count=True)
            total = result.count
            found = [(score, address) for score, address in result.hits]
        else:
            page_query, offset = query, plan.offset
            if plan.cursor is not None:
                after = index.parse_query(f"{plan.sort_field}:{{{plan.cursor.values[0]} TO *}}")
                page_query = tantivy.Query.boolean_query([(tantivy.Occur.Must, query), (tantivy.Occur.Must, after)])
                offset = 0
            result = searcher.search(
                page_query, limit=plan.size, offset=offset, count=True,
                order_by_field=plan.sort_field, order=tantivy.Order.Asc,
            )
            total = result.count if plan.cursor is None else searcher.search(query, limit=1, count=True).count
            found = list(result.hits)

        hits = []
        for order_key, address in found:
            source = orjson.loads(searcher.doc(address).get_first("source"))
            if plan.sort_field is None:
                hits.append(RawHit(source, float(order_key), (float(order_key), source["id"])))
            else:
                hits.append(RawHit(source, None, (order_key,)))
        return RawPage(hits, total, self._facet_counts(searcher, plan, words))

    def _facet_counts(self, searcher, plan: Plan, words) -> dict[str, dict[str, int]]:
        size = self.capabilities.facet_values
        unselected = [name for name in plan.facets if name not in plan.filters]
        requests = []  # (query, facets counted under it)
        if unselected:
            requests.append((self._all(words + self._filter(plan.filters)), unselected))
        for name in plan.facets:
            if name in plan.filters:
                requests.append((self._all(words + self._filter(plan.filters_without(name))), [name]))
        counts: dict[str, dict[str, int]] = {}
        for query, names in requests:
            aggs = {name: {"terms": {"field": name, "size": size}} for name in names}
            answer = searcher.aggregate(query, aggs)
            for name in names:
                buckets = (answer.get(name) or {}).get("buckets", [])
                counts[name] = {str(bucket["key"]): int(bucket["doc_count"]) for bucket in buckets}
        return counts

    def _suggest(self, plan: SuggestPlan) -> list[dict[str, Any]]:
        clauses = []
        for group in plan.groups:
            choices = [(tantivy.Occur.Should, self._term(term)) for term in group]
            clauses.append((tantivy.Occur.Must, tantivy.Query.boolean_query(choices)))
        if plan.types:
            clauses += self._filter({"type": plan.types})
        searcher = self._current().searcher()
        try:
            result = searcher.search(
                tantivy.Query.boolean_query(clauses), limit=plan.limit, count=False,
                order_by_field=plan.sort_field, order=tantivy.Order.Asc,
            )
        except ValueError as error:
            raise SearchEngineError(f"tantivy suggest failed: {error}") from error
        return [orjson.loads(searcher.doc(address).get_first("source")) for _, address in result.hits]

