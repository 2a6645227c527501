#!/usr/bin/env python3
"""Benchmark search: indexing throughput and query latency through /api/search, embedded and OpenSearch.

    python3 bench/search.py --load                           # build the demo + Tate instance (69k)
    python3 bench/search.py                                  # measure both backends on it
    python3 bench/search.py --instance build/bench-search-1m --load --copy-from build/bench-search \
        --generated 1000000 --backends embedded             # the 1M catalogue
    python3 bench/search.py --json bench/results/search.json

Data (bench/_search_data.py): the demo (2,000 exhibits, no images) through the services, the 69,202
Tate artworks and their artists as bulk inserts, and optionally generated trilingual exhibits.
The database is the source of truth, as in production: the API maps every hit back to its record.

For each backend, in one run:

1. Indexing, the real path: ``emuseum.services.indexing.reindex`` (documents built from the
   database a batch at a time, analysed, written in bulk, the new index swapped in).
2. Indexing, split up, on the first ``--sample`` documents: building them from the database,
   analysing them (``indexer.documents.prepare``), and the backend's ``index()`` of the
   already-built documents into a scratch index (analysis included, as ``index()`` does it).
3. Queries: a fixed, seeded set (single words in kk/ru/en and Latin-script Kazakh, several-word
   queries, inventory numbers, facet-only browsing, multi-select filters, explicit sorts) sent to
   ``emuseum serve`` (its server, 1 worker, response cache off so every request searches) one at a
   time over a keep-alive connection: one unmeasured pass, then ``--rounds`` shuffled passes.
   Latency is the client's wall clock per request. The library's own ``backend.search`` of the same
   queries is timed in-process as well, and for OpenSearch the very body our layer sends is sent
   straight to the engine with opensearch-py right after each API request: the engine's ``took``
   and that call's round trip. Layer overhead = API latency − engine ``took``.
"""
from __future__ import annotations

import argparse
import datetime
import http.client
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from urllib.parse import urlencode

import harness
from _processes import Group, free_port

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AIMS = {"69k": {"embedded_p95_ms": 20.0, "engine_overhead_ms": 5.0},
        "1m": {"embedded_p95_ms": 100.0, "index_per_s": 5000.0}}
KINDS = ("word", "latin", "words", "inventory", "browse", "multi", "sort")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    instance = Path(args.instance).resolve()
    report = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "command": "python3 bench/search.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "machine": harness.describe_machine(),
        "load_average_start": os.getloadavg(),
    }
    if args.load or not (instance / "emuseum.db").exists():
        report["load"] = _load(args, instance)
    if not args.backends:
        _finish(report, args)
        return 0
    from emuseum import create_app  # noqa: PLC0415

    base = create_app({"app.instance_path": str(instance)})
    with base.app_context():
        report["sqlite_analyzed"] = _analyze(args.analyze)
        report["catalogue"] = _catalogue(base)
        queries = _queries(args.queries, args.seed)
    print(f"catalogue: {report['catalogue']}; {len(queries)} queries", flush=True)
    report["backends"] = {}
    for name in args.backends.split(","):
        report["backends"][name] = _backend(args, instance, name, queries)
        report["load_average_after_" + name] = os.getloadavg()
    _finish(report, args)
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--instance", default=str(ROOT / "build" / "bench-search"),
                   help="instance folder (default: build/bench-search)")
    p.add_argument("--load", action="store_true", help="(re)build the catalogue first; done anyway without a database")
    p.add_argument("--copy-from", metavar="DIR", help="with --load: start from another bench instance's database "
                                                      "instead of building the demo and Tate again")
    p.add_argument("--demo-exhibits", type=int, default=2000, help="exhibits of the demo (default 2000)")
    p.add_argument("--generated", type=int, default=0, help="with --load: generated exhibits to have (default 0)")
    p.add_argument("--seed", type=int, default=2025, help="seed of the demo, the generated exhibits and the queries")
    p.add_argument("--backends", default="embedded,opensearch",
                   help="comma-separated: embedded, opensearch (default both; empty: only load)")
    p.add_argument("--opensearch-url", default="http://127.0.0.1:9209",
                   help="OpenSearch node (`bash scripts/opensearch.sh start` prints it)")
    p.add_argument("--index", default="bench-search", help="alias of the OpenSearch index (default bench-search)")
    p.add_argument("--sample", type=int, default=100_000,
                   help="documents built and indexed separately by the split-up timing (default 100000)")
    p.add_argument("--reindex-limit", type=float, default=0, metavar="S",
                   help="stop the real reindex after S seconds and report its rate so far; the index is then "
                        "built from documents fetched by id windows (default 0: no limit)")
    p.add_argument("--reindex-workers", type=int, default=0, metavar="N",
                   help="search.reindex_workers for the reindex (default 0: automatic, one per core from 20,000 "
                        "exhibits; 1: the reindexing process alone)")
    p.add_argument("--no-reindex", dest="reindex", action="store_false",
                   help="query the index as it is (skip both indexing timings)")
    p.add_argument("--analyze", action="store_true",
                   help="run SQLite's ANALYZE on the database before measuring (the app never does)")
    p.add_argument("--queries", type=int, default=300, help="distinct queries (default 300)")
    p.add_argument("--rounds", type=int, default=2, help="measured passes over the queries (default 2)")
    p.add_argument("--nice", type=int, default=0, help="niceness of loading and of the server")
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON to FILE")
    return p


# ------------------------------------------------------------------ data

def _load(args: argparse.Namespace, instance: Path) -> dict:
    import _search_data as data  # noqa: PLC0415

    from emuseum import create_app  # noqa: PLC0415
    from emuseum.db import db  # noqa: PLC0415

    if args.nice:
        os.nice(args.nice)
    out: dict = {}
    if args.copy_from:
        source = Path(args.copy_from).resolve() / "emuseum.db"
        instance.mkdir(parents=True, exist_ok=True)
        subprocess.run(["sqlite3", str(source), "PRAGMA wal_checkpoint(TRUNCATE);"], check=False,
                       capture_output=True)
        for suffix in ("", "-wal", "-shm"):
            (instance / f"emuseum.db{suffix}").unlink(missing_ok=True)
        shutil.copyfile(source, instance / "emuseum.db")
        out["copied_from"] = str(source)
    app = create_app({"app.instance_path": str(instance)})
    with app.app_context():
        if not args.copy_from:
            print(f"building the demo ({args.demo_exhibits} exhibits) and the Tate collection into {instance} ...",
                  flush=True)
            out.update(data.build_base(args.demo_exhibits, args.seed))
            print(f"  demo {out['demo_seconds']} s, Tate {out['tate_seconds']} s: {out['tate']}", flush=True)
        if args.generated:
            out["generated"] = data.add_generated(db.session, args.generated, args.seed,
                                                  progress=lambda line: print(line, flush=True))
        db.session.close()
    return out


def _analyze(run: bool) -> bool:
    """Return whether SQLite has table statistics, after gathering them if ``run``.

    Without them SQLite answers "which of these hits are public" through the (state, museum)
    index, reading every published exhibit, instead of looking the ids up by primary key.
    """
    from sqlalchemy import text  # noqa: PLC0415

    from emuseum.db import db  # noqa: PLC0415

    if db.engine.dialect.name != "sqlite":
        return True
    with db.engine.begin() as connection:
        if run:
            connection.execute(text("ANALYZE"))
        if not connection.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")).scalar():
            return False
        return bool(connection.execute(text("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'exhibit'")).scalar())


def _catalogue(app) -> dict:
    from sqlalchemy import func, select  # noqa: PLC0415

    from emuseum.db import db  # noqa: PLC0415
    from emuseum.models import Exhibit, Museum, Person  # noqa: PLC0415
    from emuseum.services.search_documents import count_public  # noqa: PLC0415

    s = db.session
    return {"exhibits": s.scalar(select(func.count()).select_from(Exhibit)),
            "museums": s.scalar(select(func.count()).select_from(Museum)),
            "persons": s.scalar(select(func.count()).select_from(Person)),
            "documents": count_public(s)}


def _queries(count: int, seed: int) -> list[tuple[str, dict]]:
    """Return (kind, parameters) of a fixed mixed query set drawn from the catalogue with ``seed``."""
    from sqlalchemy import func, select  # noqa: PLC0415

    from emuseum.db import db  # noqa: PLC0415
    from emuseum.models import Exhibit, Museum, Region, Term  # noqa: PLC0415
    from indexer.kazakh import to_latin  # noqa: PLC0415

    s = db.session
    rng = random.Random(f"{seed}/queries")
    top = s.scalar(select(func.max(Exhibit.id)))
    ids = sorted(rng.sample(range(1, top + 1), min(top, 4000)))
    rows = s.execute(select(Exhibit.title_kk, Exhibit.title_ru, Exhibit.title_en, Exhibit.inventory_number)
                     .where(Exhibit.id.in_(ids))).all()
    rng.shuffle(rows)
    regions = list(s.scalars(select(Region.code).join(Museum, Museum.region_id == Region.id).distinct()))
    museums = list(s.scalars(select(Museum.slug)))
    types = list(s.scalars(select(Term.code).where(Term.vocabulary == "object_type")))
    materials = list(s.scalars(select(Term.code).where(Term.vocabulary == "material")))
    centuries = ["-5", "8", "15", "18", "19", "20"]

    def words_of(title: str) -> list[str]:
        return [w for w in re.findall(r"\w+", title) if len(w) >= 4 and not w.isdigit()]

    def title_words(lang: str) -> list[list[str]]:
        index = _LANG_COLUMN[lang]
        return [w for row in rows if len(w := words_of(row[index] or "")) >= 1]

    per_kind = max(1, count // len(KINDS))
    out: list[tuple[str, dict]] = []
    langs = ("kk", "ru", "en")
    for i in range(per_kind):  # one word, the page in the language it is written in
        lang = langs[i % 3]
        out.append(("word", {"q": rng.choice(rng.choice(title_words(lang))), "lang": lang}))
    for _ in range(per_kind):  # a Kazakh word typed in the 2021 Latin alphabet
        out.append(("latin", {"q": to_latin(rng.choice(rng.choice(title_words("kk")))).lower(), "lang": "kk"}))
    for i in range(per_kind):  # two or three words of one title
        lang = langs[i % 3]
        found = rng.choice([w for w in title_words(lang) if len(w) >= 2])
        start = rng.randrange(len(found) - 1)
        out.append(("words", {"q": " ".join(found[start:start + rng.choice((2, 3))]), "lang": lang}))
    for i in range(per_kind):
        out.append(("inventory", {"q": rows[i][3], "lang": langs[i % 3]}))
    for i in range(per_kind):  # browsing by one facet, no words
        name, values = rng.choice((("region", regions), ("museum", museums), ("object_type", types),
                                   ("material", materials), ("century", centuries), ("type", ["exhibit", "person"])))
        out.append(("browse", {name: rng.choice(values), "lang": langs[i % 3]}))
    for i in range(per_kind):  # several values of several facets, sometimes with a word
        params: dict = {"lang": langs[i % 3]}
        for name, values in rng.sample((("region", regions), ("material", materials), ("century", centuries),
                                        ("object_type", types)), 2):
            params[name] = rng.sample(values, min(len(values), rng.choice((2, 3))))
        if rng.random() < 0.5:
            params["q"] = rng.choice(rng.choice(title_words(params["lang"])))
        out.append(("multi", params))
    for i in range(per_kind):  # explicit orders, with words or a facet
        lang = langs[i % 3]
        params = {"sort": rng.choice(("date", "title", "recent")), "lang": lang}
        if rng.random() < 0.5:
            params["q"] = rng.choice(rng.choice(title_words(lang)))
        else:
            params["region"] = rng.choice(regions)
        out.append(("sort", params))
    return out


_LANG_COLUMN = {"kk": 0, "ru": 1, "en": 2}


# ------------------------------------------------------------------ one backend

def _overrides(args: argparse.Namespace, instance: Path, name: str) -> dict:
    values = {"app.instance_path": str(instance), "cache.responses_mb": 0,
              "search.reindex_workers": args.reindex_workers}
    if name == "opensearch":
        values.update({"search.backend": "opensearch+" + args.opensearch_url, "search.index": args.index})
    elif name != "embedded":
        raise SystemExit(f"search.py: unknown backend {name!r} (embedded, opensearch)")
    return values


def _backend(args: argparse.Namespace, instance: Path, name: str, queries: list[tuple[str, dict]]) -> dict:
    from emuseum import create_app  # noqa: PLC0415
    from emuseum.db import db  # noqa: PLC0415
    from emuseum.search import search  # noqa: PLC0415

    overrides = _overrides(args, instance, name)
    app = create_app(overrides)
    out: dict = {}
    with app.app_context():
        if args.reindex:
            out["indexing"] = _indexing(args, app, name)
        backend = search.backend
        out["documents_in_index"] = backend.count()
        print(f"[{name}] {out['documents_in_index']} documents in the index", flush=True)
        out["library"] = _library(backend, queries, args)
        db.session.close()
    out["http"] = _http(args, instance, name, overrides, queries)
    return out


class _Stop(Exception):
    pass


def _windowed_documents(session):
    """Yield every public document, fetched by windows of ids (``documents()``: primary-key lookups).

    The same documents as ``all_documents``, whose batched query SQLite answers by scanning every
    published exhibit for each batch (quadratic on a large catalogue).
    """
    from sqlalchemy import func, select  # noqa: PLC0415

    from emuseum.models import Exhibit, Museum, Person  # noqa: PLC0415
    from emuseum.services.search_documents import doc_id, documents  # noqa: PLC0415

    for kind, model in (("museum", Museum), ("person", Person), ("exhibit", Exhibit)):
        top = session.scalar(select(func.max(model.id))) or 0
        for start in range(1, top + 1, 500):
            docs, _ = documents(session, [doc_id(kind, n) for n in range(start, start + 500)])
            yield from docs
            session.expunge_all()


def _indexing(args: argparse.Namespace, app, name: str) -> dict:
    from emuseum.db import db  # noqa: PLC0415
    from emuseum.search import search  # noqa: PLC0415
    from emuseum.services.indexing import reindex  # noqa: PLC0415
    from indexer import open_backend  # noqa: PLC0415
    from indexer.documents import prepare  # noqa: PLC0415

    out = {}
    began = time.perf_counter()
    last = [began, 0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if args.reindex_limit and now - began > args.reindex_limit:
            last[1] = done
            raise _Stop
        if now - last[0] > 30:
            print(f"[{name}]   {done} of {total} ({done / (now - began):.0f}/s since the start)", flush=True)
            last[0] = now

    from emuseum.services.reindex_pool import workers_for  # noqa: PLC0415
    from emuseum.services.search_documents import count_public_exhibits  # noqa: PLC0415

    workers = workers_for(args.reindex_workers, count_public_exhibits(db.session))
    out["workers"] = workers
    print(f"[{name}] reindex through emuseum.services.indexing.reindex, {workers or 'no'} worker processes ...",
          flush=True)
    try:
        indexed, _ = reindex(db.session, search.backend, progress)
        seconds = time.perf_counter() - began
        out["reindex"] = {"documents": indexed, "seconds": round(seconds, 1), "per_second": round(indexed / seconds),
                          "completed": True}
    except _Stop:
        seconds = time.perf_counter() - began
        out["reindex"] = {"documents": last[1], "seconds": round(seconds, 1),
                          "per_second": round(last[1] / seconds), "completed": False}
        db.session.rollback()
    print(f"[{name}]   {out['reindex']}", flush=True)
    if not out["reindex"]["completed"]:
        print(f"[{name}] reindex from documents fetched by id windows ...", flush=True)
        began = time.perf_counter()
        indexed = search.backend.reindex(_windowed_documents(db.session))
        seconds = time.perf_counter() - began
        out["windowed_reindex"] = {"documents": indexed, "seconds": round(seconds, 1),
                                   "per_second": round(indexed / seconds)}
        print(f"[{name}]   {out['windowed_reindex']}", flush=True)

    began = time.perf_counter()
    docs = list(islice(_windowed_documents(db.session), args.sample))
    built = time.perf_counter() - began
    db.session.close()
    began = time.perf_counter()
    for doc in docs:
        prepare(doc)
    analysed = time.perf_counter() - began
    if name == "embedded":
        scratch_location = f"tantivy://{app.config['EMUSEUM_INSTANCE'] / 'search-bench-scratch'}"
    else:
        scratch_location = app.config["EMUSEUM"]["search.backend"]
    scratch = open_backend(scratch_location, args.index + "-scratch")
    scratch.drop()
    scratch = open_backend(scratch_location, args.index + "-scratch")
    try:
        began = time.perf_counter()
        scratch.index(docs)
        scratch.refresh()
        written = time.perf_counter() - began
        began = time.perf_counter()
        scratch.reindex(docs)
        rebuilt = time.perf_counter() - began
    finally:
        scratch.drop()
        scratch.close()
    n = len(docs)
    out["split"] = {"documents": n,
                    "build_from_database_per_second": round(n / built),
                    "analyse_per_second": round(n / analysed),
                    "index_prebuilt_per_second": round(n / written),
                    "reindex_prebuilt_per_second": round(n / rebuilt)}
    print(f"[{name}]   split on {n}: {out['split']}", flush=True)
    return out


def _library(backend, queries: list[tuple[str, dict]], args: argparse.Namespace) -> dict:
    """Return latencies of ``backend.search`` in-process (no HTTP, no database) over the queries."""
    from emuseum.services.search import parse  # noqa: PLC0415

    parsed = [parse({k: v if isinstance(v, list) else [v] for k, v in p.items()}, "kk", 20, 100)
              for _, p in queries]
    for query in parsed:
        backend.search(query)
    times = []
    for r in range(args.rounds):
        order = list(range(len(parsed)))
        random.Random(f"library/{r}").shuffle(order)
        for i in order:
            began = time.perf_counter()
            backend.search(parsed[i])
            times.append((time.perf_counter() - began) * 1000)
    return _percentiles(times)


def _http(args: argparse.Namespace, instance: Path, name: str, overrides: dict,
          queries: list[tuple[str, dict]]) -> dict:
    work = Path(tempfile.mkdtemp(prefix="emuseum-bench-search-"))
    port = free_port()
    command = [sys.executable, "-m", "emuseum.cli"]
    for key, value in overrides.items():
        command += ["--set", f"{key}={value}"]
    command += ["--set", "server.threads=2", "serve", "--bind", f"127.0.0.1:{port}", "--workers", "1",
                "--no-jobs-worker"]
    env = dict(os.environ)
    env.pop("EMUSEUM_ACCESS_LOG", None)
    server = Group(f"emuseum serve ({name})", command, work / "serve.log", args.nice, cwd=ROOT, env=env)
    engine = _EngineProbe(args, overrides) if name == "opensearch" else None
    try:
        server.wait_for_port(port, timeout=90)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        paths = ["/api/search?" + urlencode(params, doseq=True) for _, params in queries]
        totals = {}
        for path, (kind, params) in zip(paths, queries):  # warm-up; anything but 200 stops the run
            status, body = _get(connection, path)
            if status != 200:
                raise RuntimeError(f"GET {path} answered {status}: {body[:300]!r}")
            totals.setdefault(kind, []).append(json.loads(body)["total"])
            if engine:
                engine.run(params)
        print(f"[{name}] HTTP: {len(paths)} queries x {args.rounds} rounds, one at a time ...", flush=True)
        samples: list[tuple[str, float, float | None, float | None]] = []
        for r in range(args.rounds):
            order = list(range(len(paths)))
            random.Random(f"http/{r}").shuffle(order)
            for i in order:
                began = time.perf_counter()
                status, _ = _get(connection, paths[i])
                ms = (time.perf_counter() - began) * 1000
                if status != 200:
                    raise RuntimeError(f"GET {paths[i]} answered {status}")
                took, trip = engine.run(queries[i][1]) if engine else (None, None)
                samples.append((queries[i][0], ms, took, trip))
        connection.close()
    finally:
        server.stop()
        if engine:
            engine.close()
        shutil.rmtree(work, ignore_errors=True)
    out = {"all": _percentiles([s[1] for s in samples]),
           "by_kind": {kind: _percentiles([s[1] for s in samples if s[0] == kind]) for kind in KINDS},
           "mean_total_hits": {kind: round(statistics.mean(t)) for kind, t in totals.items()},
           "zero_hit_queries": sum(1 for t in totals.values() for v in t if v == 0)}
    if engine:
        api = [s[1] for s in samples]
        took = [s[2] for s in samples]
        trip = [s[3] for s in samples]
        out["engine"] = {
            "took": _percentiles(took), "round_trip": _percentiles(trip),
            "mean_overhead_over_took_ms": round(statistics.mean(a - t for a, t in zip(api, took)), 2),
            "median_overhead_over_took_ms": round(statistics.median(a - t for a, t in zip(api, took)), 2),
            "p95_overhead_over_took_ms": round(_pct(sorted(a - t for a, t in zip(api, took)), 95), 2),
            "mean_overhead_over_round_trip_ms": round(statistics.mean(a - t for a, t in zip(api, trip)), 2),
        }
    return out


class _EngineProbe:
    """Sends the body our layer sends for a request straight to OpenSearch: its ``took`` and round trip."""

    def __init__(self, args: argparse.Namespace, overrides: dict):
        from emuseum.services.search import parse  # noqa: PLC0415
        from indexer import open_backend  # noqa: PLC0415
        from indexer.plan import build_plan  # noqa: PLC0415

        self._parse, self._plan = parse, build_plan
        self.backend = open_backend(overrides["search.backend"], overrides["search.index"])
        self.client = self.backend._client.client  # the opensearch-py client; the bench reads the private body

    def run(self, params: dict) -> tuple[float, float]:
        query = self._parse({k: v if isinstance(v, list) else [v] for k, v in params.items()}, "kk", 20, 100)
        body = self.backend._search_body(self._plan(query))
        began = time.perf_counter()
        answer = self.client.search(index=self.backend.alias, body=body)
        return float(answer["took"]), (time.perf_counter() - began) * 1000

    def close(self) -> None:
        self.backend.close()


def _get(connection: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    connection.request("GET", path)
    response = connection.getresponse()
    return response.status, response.read()


def _pct(ordered: list[float], p: float) -> float:
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _percentiles(values: list[float]) -> dict:
    ordered = sorted(values)
    return {"n": len(ordered), "mean": round(statistics.mean(ordered), 2), "p50": round(_pct(ordered, 50), 2),
            "p95": round(_pct(ordered, 95), 2), "p99": round(_pct(ordered, 99), 2), "max": round(ordered[-1], 2)}


# ------------------------------------------------------------------ report

def _finish(report: dict, args: argparse.Namespace) -> None:
    report["load_average_end"] = os.getloadavg()
    _print(report)
    harness.write_report(args.json, report)


def _print(report: dict) -> None:
    m = report["machine"]
    print()
    print(f"{report['date']}  {report['command']}")
    print(f"machine: {m['cpus']} cores ({m['cpu']}), {m['memory']}; Python sum(range(10000)) "
          f"{m['python_sum_range_10000_us']} us; load average at start "
          + " ".join(f"{x:.1f}" for x in report["load_average_start"])
          + ", at end " + " ".join(f"{x:.1f}" for x in report["load_average_end"]))
    if "load" in report:
        print(f"load: {json.dumps(report['load'], default=str)}")
    if "catalogue" in report:
        print(f"catalogue: {report['catalogue']}; SQLite statistics (ANALYZE): "
              f"{'yes' if report['sqlite_analyzed'] else 'no'}")
    for name, b in report.get("backends", {}).items():
        print(f"\n== {name}: {b['documents_in_index']} documents")
        if "indexing" in b:
            r, s = b["indexing"]["reindex"], b["indexing"]["split"]
            print(f"indexing, reindex() from the database: {r['per_second']}/s ({r['documents']} in {r['seconds']} s"
                  + ("" if r["completed"] else ", stopped there")
                  + f"; {b['indexing'].get('workers') or 'no'} worker processes)")
            if "windowed_reindex" in b["indexing"]:
                w = b["indexing"]["windowed_reindex"]
                print(f"  backend.reindex() of documents fetched by id windows: {w['per_second']}/s "
                      f"({w['documents']} in {w['seconds']} s)")
            print(f"  split on {s['documents']} documents: built from the database by id windows "
                  f"{s['build_from_database_per_second']}/s, analysed {s['analyse_per_second']}/s, "
                  f"index() of built documents {s['index_prebuilt_per_second']}/s, "
                  f"reindex() of built documents {s['reindex_prebuilt_per_second']}/s")
        lib = b["library"]
        print(f"library backend.search in-process: p50 {lib['p50']} ms, p95 {lib['p95']} ms, p99 {lib['p99']} ms")
        h = b["http"]
        header = ("queries", "n", "mean ms", "p50 ms", "p95 ms", "p99 ms", "max ms")
        rows = [(kind, *(str(h["by_kind"][kind][k]) for k in ("n", "mean", "p50", "p95", "p99", "max")))
                for kind in KINDS]
        rows.append(("all", *(str(h["all"][k]) for k in ("n", "mean", "p50", "p95", "p99", "max"))))
        if "engine" in h:
            for label, key in (("engine took", "took"), ("engine round trip", "round_trip")):
                rows.append((label, *(str(h["engine"][key][k]) for k in ("n", "mean", "p50", "p95", "p99", "max"))))
        widths = [max(len(c) for c in col) for col in zip(header, *rows)]
        for line in (header, tuple("-" * w for w in widths), *rows):
            print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))))
        print(f"mean hits per kind: {h['mean_total_hits']}; queries without hits: {h['zero_hit_queries']}")
        if "engine" in h:
            e = h["engine"]
            print(f"our layer over the engine's took: mean {e['mean_overhead_over_took_ms']} ms, median "
                  f"{e['median_overhead_over_took_ms']} ms, p95 {e['p95_overhead_over_took_ms']} ms; over the "
                  f"engine's client round trip: mean {e['mean_overhead_over_round_trip_ms']} ms")


if __name__ == "__main__":
    harness.run_main(main, "search.py")
