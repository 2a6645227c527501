"""The scale-out backend: OpenSearch 2/3 through ``opensearch-py``, Elasticsearch 8/9 through ``elasticsearch``.

Both speak the same query DSL here; only what both engines support is used (term, terms,
dis_max, bool, constant_score, post_filter, filter + terms aggregations, sort on keyword
fields, search_after, aliases). The two clients differ only in how a call is spelled, which
:class:`_OpenSearchClient` and :class:`_ElasticsearchClient` hide.

The index is an alias (``emuseum`` by default) over one concrete index
(``emuseum-<time>-<random>``). Settings and mappings are created by this module; reindex
builds a new concrete index, fills it, then moves the alias in one atomic request.
"""

from __future__ import annotations

import time
import uuid
from typing import Any, Iterable

from .base import BATCH_SIZE, Capabilities, RawHit, RawPage, SearchBackend, SearchEngineError
from .documents import FACETS, KEYWORD_FIELDS, SCORED_TEXT_FIELDS, SORT_FIELDS, TEXT_FIELDS, IndexedDocument
from .plan import Plan, SuggestPlan

__all__ = ["EngineBackend", "index_settings", "index_mappings"]


def index_settings() -> dict[str, Any]:
    """Return the settings of a new concrete index: one shard (exact facet counts and scores)."""
    return {"index": {"number_of_shards": 1, "number_of_replicas": 0, "max_result_window": 10_000}}


def index_mappings() -> dict[str, Any]:
    """Return the mappings: pre-analysed text split on whitespace, codes and sort keys as keywords."""
    properties: dict[str, Any] = {"id": {"type": "keyword"}}
    for name in FACETS:
        properties[name] = {"type": "keyword"}
    for name in TEXT_FIELDS:
        scored = name in SCORED_TEXT_FIELDS
        properties[name] = {
            "type": "text",
            "analyzer": "whitespace",
            "index_options": "freqs" if scored else "docs",
            "norms": scored,
        }
    for name in KEYWORD_FIELDS:
        properties[name] = {"type": "keyword", "doc_values": False}
    for name in SORT_FIELDS:
        properties[name] = {"type": "keyword"}
    properties["source"] = {"type": "object", "enabled": False}
    return {"dynamic": "strict", "properties": properties}


# Writes may wait for merges and, after a reindex, for one refresh of everything written;
# searches keep the client's own timeout.
BATCH_TIMEOUT = 600


class _NotFound(Exception):
    pass


def _created(create, bad_request: type[Exception]) -> bool:
    """Call ``create``; return False if the index already existed (another process made it)."""
    try:
        create()
    except bad_request as error:
        if "resource_already_exists_exception" in str(error):
            return False
        raise
    return True


class _OpenSearchClient:
    """The calls this backend makes, through opensearch-py."""

    def __init__(self, client):
        from opensearchpy import exceptions

        self.client = client
        self._not_found = exceptions.NotFoundError
        self._bad_request = exceptions.RequestError
        self.errors = (exceptions.OpenSearchException,)

    def create_index(self, name, settings, mappings) -> bool:
        body = {"settings": settings, "mappings": mappings}
        return _created(lambda: self.client.indices.create(index=name, body=body), self._bad_request)

    def delete_index(self, name):
        self.client.indices.delete(index=name, params={"ignore_unavailable": "true"})

    def alias_targets(self, alias) -> list[str]:
        try:
            return sorted(self.client.indices.get_alias(name=alias))
        except self._not_found:
            return []

    def update_aliases(self, actions):
        self.client.indices.update_aliases(body={"actions": actions})

    def put_settings(self, name, settings):
        self.client.indices.put_settings(index=name, body=settings)

    def bulk(self, lines) -> dict:
        return self.client.bulk(body=lines, request_timeout=BATCH_TIMEOUT)

    def refresh(self, name):
        self.client.indices.refresh(index=name, request_timeout=BATCH_TIMEOUT)

    def count(self, name) -> int:
        return int(self.client.count(index=name)["count"])

    def search(self, name, body) -> dict:
        try:
            return self.client.search(index=name, body=body)
        except self._not_found as error:
            raise _NotFound(name) from error

    def close(self):
        self.client.close()


class _ElasticsearchClient:
    """The calls this backend makes, through the official elasticsearch client (8/9)."""

    def __init__(self, client):
        import elasticsearch

        self.client = client
        self._not_found = elasticsearch.NotFoundError
        self._bad_request = elasticsearch.BadRequestError
        self.errors = (elasticsearch.ApiError, elasticsearch.TransportError)

    def create_index(self, name, settings, mappings) -> bool:
        create = lambda: self.client.indices.create(index=name, settings=settings, mappings=mappings)  # noqa: E731
        return _created(create, self._bad_request)

    def delete_index(self, name):
        self.client.indices.delete(index=name, ignore_unavailable=True)

    def alias_targets(self, alias) -> list[str]:
        try:
            return sorted(self.client.indices.get_alias(name=alias).body)
        except self._not_found:
            return []

    def update_aliases(self, actions):
        self.client.indices.update_aliases(actions=actions)

    def put_settings(self, name, settings):
        self.client.indices.put_settings(index=name, settings=settings)

    def bulk(self, lines) -> dict:
        return self.client.options(request_timeout=BATCH_TIMEOUT).bulk(operations=lines).body

    def refresh(self, name):
        self.client.options(request_timeout=BATCH_TIMEOUT).indices.refresh(index=name)

    def count(self, name) -> int:
        return int(self.client.count(index=name).body["count"])

    def search(self, name, body) -> dict:
        try:
            return self.client.search(index=name, body=body).body
        except self._not_found as error:
            raise _NotFound(name) from error

    def close(self):
        self.client.close()


class EngineBackend(SearchBackend):
    """Search in an OpenSearch or Elasticsearch cluster, under the alias ``index``.

    Build it with :meth:`opensearch` or :meth:`elasticsearch` from a URL, or pass a ready
    ``opensearchpy.OpenSearch`` / ``elasticsearch.Elasticsearch`` client.
    """

    def __init__(self, client, index: str = "emuseum"):
        module = type(client).__module__.split(".")[0]
        if module == "opensearchpy":
            self._client = _OpenSearchClient(client)
            name = "opensearch"
        elif module == "elasticsearch":
            self._client = _ElasticsearchClient(client)
            name = "elasticsearch"
        else:
            raise TypeError(f"expected an OpenSearch or Elasticsearch client, got {type(client)!r}")
        self.capabilities = Capabilities(name=name, relevance_tiebreak="id", relevance_cursor="search_after")
        self.alias = index
        self._ready = False

    @classmethod
    def opensearch(cls, url: str, index: str = "emuseum", **options) -> "EngineBackend":
        """Return a backend on the OpenSearch node at ``url`` (e.g. http://127.0.0.1:9209)."""
        from opensearchpy import OpenSearch

        options.setdefault("timeout", 30)
        return cls(OpenSearch([url], **options), index)

    @classmethod
    def elasticsearch(cls, url: str, index: str = "emuseum", **options) -> "EngineBackend":
        """Return a backend on the Elasticsearch node at ``url``."""
        from elasticsearch import Elasticsearch

        options.setdefault("request_timeout", 30)
        return cls(Elasticsearch(url, **options), index)

    # --- the concrete index behind the alias ---------------------------------------------------

    def _call(self, what: str, fn, *args):
        try:
            return fn(*args)
        except _NotFound:
            raise
        except (*self._client.errors, OSError) as error:
            raise SearchEngineError(f"{self.capabilities.name}: {what} failed: {error}") from error

    def _new_index(self, name: str | None = None) -> str:
        name = name or f"{self.alias}-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}"
        self._call("create index", self._client.create_index, name, index_settings(), index_mappings())
        return name

    def _ensure(self) -> None:
        """Create the first concrete index and the alias, unless the alias exists.

        The first index has a fixed name, so processes starting together create one index,
        not one each (an alias over two indices could not take writes).
        """
        if self._ready:
            return
        if not self._call("read alias", self._client.alias_targets, self.alias):
            name = self._new_index(f"{self.alias}-0")
            self._call("create alias", self._client.update_aliases, [{"add": {"index": name, "alias": self.alias}}])
        self._ready = True

    # --- writing -----------------------------------------------------------------------------

    @staticmethod
    def _body(doc: IndexedDocument) -> dict[str, Any]:
        body: dict[str, Any] = {"id": doc.id, **doc.keywords, **doc.sort, "source": doc.source}
        body.update({name: terms for name, terms in doc.terms.items() if terms})
        return body

    def _bulk(self, lines: list[dict]) -> None:
        if not lines:
            return
        answer = self._call("bulk", self._client.bulk, lines)
        if answer.get("errors"):
            for item in answer.get("items", []):
                result = next(iter(item.values()))
                if result.get("error") and result.get("status") != 404:
                    raise SearchEngineError(f"{self.capabilities.name}: bulk item failed: {result['error']}")

    def _write_to(self, index: str, docs: list[IndexedDocument]) -> None:
        lines: list[dict] = []
        for doc in docs:
            lines.append({"index": {"_index": index, "_id": doc.id}})
            lines.append(self._body(doc))
        self._bulk(lines)

    def _write(self, docs: list[IndexedDocument]) -> None:
        self._ensure()
        self._write_to(self.alias, docs)

    def _delete(self, ids: list[str]) -> None:
        self._ensure()
        self._bulk([{"delete": {"_index": self.alias, "_id": doc_id}} for doc_id in ids])

    def _reindex(self, docs: Iterable[IndexedDocument]) -> int:
        self._ensure()
        old = self._call("read alias", self._client.alias_targets, self.alias)
        new = self._new_index()
        seen: set[str] = set()
        try:
            self._call("settings", self._client.put_settings, new, {"index": {"refresh_interval": "-1"}})
            batch: list[IndexedDocument] = []
            for doc in docs:
                batch.append(doc)
                seen.add(doc.id)
                if len(batch) == BATCH_SIZE:
                    self._write_to(new, self._unique(batch))
                    batch = []
            self._write_to(new, self._unique(batch))
            self._call("settings", self._client.put_settings, new, {"index": {"refresh_interval": None}})
            self._call("refresh", self._client.refresh, new)
            actions = [{"remove": {"index": name, "alias": self.alias}} for name in old]
            actions.append({"add": {"index": new, "alias": self.alias}})
            self._call("swap alias", self._client.update_aliases, actions)
        except BaseException:
            self._call("delete index", self._client.delete_index, new)
            raise
        for name in old:
            self._call("delete index", self._client.delete_index, name)
        return len(seen)

    def refresh(self) -> None:
        self._ensure()
        self._call("refresh", self._client.refresh, self.alias)

    def count(self) -> int:
        self._ensure()
        return self._call("count", self._client.count, self.alias)

    def drop(self) -> None:
        for name in self._call("read alias", self._client.alias_targets, self.alias):
            self._call("delete index", self._client.delete_index, name)
        self._ready = False

    def close(self) -> None:
        self._client.close()

    # --- reading -----------------------------------------------------------------------------

    @staticmethod
    def _words(plan: Plan) -> dict[str, Any]:
        if not plan.groups:
            return {"match_all": {}}
        must = [
            {"dis_max": {"queries": [{"term": {t.field: {"value": t.value, "boost": t.boost}}} for t in group]}}
            for group in plan.groups
        ]
        should = [{"constant_score": {"filter": {"term": {t.field: t.value}}, "boost": t.boost}} for t in plan.exact]
        return {"bool": {"must": must, "should": should}}

    @staticmethod
    def _filters(filters: dict[str, tuple[str, ...]]) -> list[dict[str, Any]]:
        return [{"terms": {name: list(values)}} for name, values in filters.items()]

    def _search_body(self, plan: Plan) -> dict[str, Any]:
        body: dict[str, Any] = {
            "query": self._words(plan),
            "size": plan.size,
            "track_total_hits": True,
            "_source": ["source"],
        }
        if plan.filters:
            body["post_filter"] = {"bool": {"filter": self._filters(plan.filters)}}
        size = self.capabilities.facet_values
        aggs = {}
        for name in plan.facets:
            aggs[name] = {
                "filter": {"bool": {"filter": self._filters(plan.filters_without(name))}},
                "aggs": {"values": {"terms": {"field": name, "size": size}}},
            }
        if aggs:
            body["aggs"] = aggs
        if plan.sort_field is None:
            body["sort"] = [{"_score": {"order": "desc"}}, {"id": {"order": "asc"}}]
        else:
            body["sort"] = [{plan.sort_field: {"order": "asc"}}]
        if plan.cursor is not None:
            body["search_after"] = list(plan.cursor.values)
        else:
            body["from"] = plan.offset
        return body

    def _run(self, plan: Plan) -> RawPage:
        self._ensure()
        try:
            answer = self._call("search", self._client.search, self.alias, self._search_body(plan))
        except _NotFound:
            self._ready = False
            return RawPage([], 0, {})
        hits = []
        for hit in answer["hits"]["hits"]:
            score = hit.get("_score") if plan.sort_field is None else None
            hits.append(RawHit(hit["_source"]["source"], score, tuple(hit["sort"])))
        facets = {
            name: {str(b["key"]): int(b["doc_count"]) for b in agg["values"]["buckets"]}
            for name, agg in (answer.get("aggregations") or {}).items()
        }
        return RawPage(hits, int(answer["hits"]["total"]["value"]), facets)

    def _suggest(self, plan: SuggestPlan) -> list[dict[str, Any]]:
        self._ensure()
        must = [{"terms": {"prefix": [t.value for t in group]}} for group in plan.groups]
        if plan.types:
            must.append({"terms": {"type": list(plan.types)}})
        body = {
            "query": {"bool": {"filter": must}},
            "size": plan.limit,
            "sort": [{plan.sort_field: {"order": "asc"}}],
            "_source": ["source"],
        }
        try:
            answer = self._call("suggest", self._client.search, self.alias, body)
        except _NotFound:
            self._ready = False
            return []
        return [hit["_source"]["source"] for hit in answer["hits"]["hits"]]
