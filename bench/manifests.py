#!/usr/bin/env python3
"""Benchmark IIIF Presentation manifests and collections, over HTTP and built in-process.

    python3 bench/manifests.py [--instance DIR] [--build-demo] [--duration 20] [--connections 20]
                               [--workers 2] [--threads 4] [--json FILE] [--no-http] [--no-build]

HTTP: starts `emuseum serve` (granian by default, no job worker) on the demo instance, finds every Manifest
by walking the Collections from /iiif/presentation/collections/museums, fetches each document once
(the warm-up; anything but 200 stops the run), then loads with wrk, in one session: the Manifests,
the JSON API records of the same exhibits (/api/exhibits/{id}, the yardstick: the same database
work without IIIF), and every Collection page. Prints throughput, p50/p95/p99 and the ratios of
Manifests to records.

In-process, pinned to one core: loads every exhibit that has a Manifest, then times each step for
the whole catalogue: building the builder's inputs from the loaded records, building the documents
with iiif-prezi3 and serialising them (cold: nothing cached), serving them from the document cache
(warm: inputs built again, documents found by their inputs' digest), and the whole service call
per exhibit from the database (`services.presentation.manifest`, a new session each time).

Exits 1 if any request failed or answered outside 2xx. The demo is built as bench/pages.py builds
it, into its own instance folder by default; serving, wrk and the machine's description are
bench/harness.py's, shared with the other HTTP benchmarks.
"""
from __future__ import annotations

import argparse
import datetime
import functools
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import harness
from _processes import CpuShare, Group, WorkerMemory, free_port, server_master

ROOT = Path(__file__).resolve().parent.parent
P95_AIM_MS = 20.0
BUILD_AIM_PER_S = 2000.0
KINDS = ("manifest", "record", "collection")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    instance = Path(args.instance).resolve()
    if args.http and not shutil.which("wrk"):
        sys.exit("manifests.py: wrk is not installed: run `bash scripts/setup.sh`")
    _ensure_demo(instance, args.build_demo)
    background = harness.wait_quiet(args.wait_quiet)
    report = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "command": "python3 bench/manifests.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "settings": {"duration_s": args.duration, "warmup_s": args.warmup, "connections": args.connections,
                     "wrk_threads": args.wrk_threads, "server_workers": args.workers,
                     "server_threads": args.threads},
        "machine": harness.describe_machine(),
        "background_cpu_pct_before": background,
    }
    if args.http:
        report["http"] = _http(args, instance)
    if args.build:
        report["build"] = _build(instance, args.base_url)
    _print(report)
    harness.write_report(args.json, report)
    failed = [kind for kind, r in report.get("http", {}).get("runs", {}).items() if harness.failures(r)]
    if failed:
        print(f"FAILED: errors or non-2xx responses in {', '.join(failed)} (zero errors is required)")
        return 1
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--instance", default=str(ROOT / "build" / "bench-manifests"),
                   help="instance folder of the demo (default: build/bench-manifests)")
    p.add_argument("--build-demo", action="store_true",
                   help="(re)build the demo into the instance first; done anyway when it has no database")
    p.add_argument("--duration", type=int, default=20, help="seconds of each measured wrk run (default 20)")
    p.add_argument("--warmup", type=int, default=3, help="seconds of an unmeasured wrk run before each (default 3)")
    p.add_argument("--connections", type=int, default=20, help="concurrent wrk connections (default 20)")
    p.add_argument("--wrk-threads", type=int, default=2, help="wrk threads (default 2)")
    p.add_argument("--workers", type=int, default=2, help="server worker processes (default 2)")
    p.add_argument("--threads", type=int, default=4, help="threads per server worker (default 4)")
    p.add_argument("--manifests", type=int, default=1000, help="most Manifests to cycle through (default 1000)")
    p.add_argument("--base-url", default="https://emuseum.kz", help="site root of the in-process build's URLs")
    p.add_argument("--wait-quiet", type=int, default=120, metavar="S",
                   help="wait up to S seconds for other processes to leave the CPUs idle (default 120)")
    p.add_argument("--nice", type=int, default=0, help="niceness of the server and wrk (root only below 0)")
    p.add_argument("--no-http", dest="http", action="store_false", help="skip the wrk runs")
    p.add_argument("--no-build", dest="build", action="store_false", help="skip the in-process build")
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON to FILE")
    return p


def _ensure_demo(instance: Path, rebuild: bool) -> None:
    """Build the demo if asked or missing, then run the job worker until every media file is processed.

    Only ready images and models are in Manifests, and `emuseum demo` leaves their derivatives to
    the job queue.
    """
    if rebuild or not (instance / "emuseum.db").exists():
        print(f"building the demo into {instance} (a few minutes) ...", flush=True)
        subprocess.run(harness.emuseum_command(instance, "demo", "--no-serve"), cwd=ROOT, check=True)
    if _waiting_media(instance) == 0:
        return
    work = Path(tempfile.mkdtemp(prefix="emuseum-bench-jobs-"))
    worker = Group("emuseum jobs run", harness.emuseum_command(instance, "jobs", "run"), work / "jobs.log", cwd=ROOT)
    try:
        while (waiting := _waiting_media(instance)) > 0:
            print(f"making derivatives: {waiting} media files still to process ...", flush=True)
            if worker.process.poll() is not None:
                raise RuntimeError(f"the job worker stopped:\n{worker.tail()}")
            time.sleep(10)
    finally:
        worker.stop()
        shutil.rmtree(work, ignore_errors=True)


def _waiting_media(instance: Path) -> int:
    """Return how many media files wait for their derivatives (pending or processing)."""
    out = subprocess.run(harness.emuseum_command(instance, "jobs", "status"), cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    counts = dict(line.rsplit(": ", 1) for line in out.splitlines() if ": " in line)
    return int(counts.get("media pending", 0)) + int(counts.get("media processing", 0))


# ------------------------------------------------------------------ HTTP

def collect_paths(get, limit: int) -> dict[str, list[str]]:
    """Return the Manifest, record and Collection paths to load, found by walking the Collections.

    ``get(path)`` returns (status, content type, body).
    """
    manifests, collections = [], []
    queue = ["/iiif/presentation/collections/national", "/iiif/presentation/collections/museums"]
    seen = set()
    while queue:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        status, _, body = get(path)
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}: {body[:300]!r}")
        collections.append(path)
        for item in json.loads(body)["items"]:
            target = urlsplit(item["id"]).path
            (queue if item["type"] == "Collection" else manifests).append(target)
    manifests = sorted(set(manifests))
    if not manifests:
        raise RuntimeError("the Collections list no Manifest: does the demo have images?")
    step = max(1, len(manifests) // limit)
    chosen = manifests[::step][:limit]
    records = [f"/api/exhibits/{path.split('/')[-2]}" for path in chosen]
    shuffle = random.Random(2025)
    order = list(range(len(chosen)))
    shuffle.shuffle(order)
    shuffle.shuffle(collections)
    return {"manifest": [chosen[i] for i in order], "record": [records[i] for i in order], "collection": collections}


def _http(args: argparse.Namespace, instance: Path) -> dict:
    work = Path(tempfile.mkdtemp(prefix="emuseum-bench-manifests-"))
    groups: list[Group] = []
    try:
        port = free_port()
        server = harness.start_emuseum(instance, port, args.workers, args.threads, work, args.nice)
        groups.append(server)
        master = server_master(server.pid)
        get = functools.partial(harness.http_get, port)
        print(f"walking the Collections of http://127.0.0.1:{port}/ ...", flush=True)
        paths = collect_paths(get, args.manifests)
        sizes = {}
        for kind, listed in paths.items():
            total = 0
            for path in listed:  # the warm-up: every document once
                status, content_type, body = get(path)
                if status != 200 or "json" not in content_type:
                    raise RuntimeError(f"GET {path} answered {status} {content_type}: {body[:300]!r}")
                total += len(body)
            sizes[kind] = round(total / len(listed))
            (work / f"{kind}.txt").write_text("".join(p + "\n" for p in listed))
        print(f"{len(paths['manifest'])} Manifests, as many records, {len(paths['collection'])} Collection pages",
              flush=True)
        runs = {}
        for kind in KINDS:
            run = dict(port=port, url_file=work / f"{kind}.txt", connections=args.connections,
                       threads=args.wrk_threads, count_non2xx=True, nice=args.nice)
            if args.warmup:
                harness.wrk(seconds=args.warmup, **run)
            print(f"wrk: {kind}s, {args.connections} connections, {args.duration} s ...", flush=True)
            with CpuShare({server.pid}) as cpu, WorkerMemory(master) as memory:
                figures = harness.wrk(seconds=args.duration, **run)
            figures["cpu"] = cpu.figures()
            figures["workers"] = memory.peaks()
            runs[kind] = figures
    finally:
        for group in reversed(groups):
            group.stop()
        shutil.rmtree(work, ignore_errors=True)
    manifest, record = runs["manifest"], runs["record"]
    return {
        "documents": {kind: len(listed) for kind, listed in paths.items()},
        "mean_bytes": sizes,
        "runs": runs,
        "manifest_over_record_rps": _ratio(manifest["rps"], record["rps"]),
        "manifest_over_record_p95": _ratio(manifest["latency_ms"]["p95"], record["latency_ms"]["p95"]),
        "aims": {f"{kind}_p95_under_{P95_AIM_MS:g}ms": runs[kind]["latency_ms"]["p95"] < P95_AIM_MS
                 for kind in ("manifest", "collection")},
    }


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 2) if b else None


# ------------------------------------------------------------------ in-process build

def _build(instance: Path, base_url: str) -> dict:
    """Return the rates of each step of building every Manifest of the catalogue, on one core."""
    sys.path.insert(0, str(ROOT))
    from sqlalchemy.orm import Session  # noqa: PLC0415

    from emuseum import create_app  # noqa: PLC0415
    from emuseum.db import db  # noqa: PLC0415
    from emuseum.models import Exhibit  # noqa: PLC0415
    from emuseum.services import presentation  # noqa: PLC0415

    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    app = create_app({"app.instance_path": str(instance)})
    links = presentation.Links(base_url)
    with app.test_request_context("/"):
        session: Session = db.session
        ids = presentation.manifest_ids(session)
        print(f"building the {len(ids)} Manifests of the catalogue in-process on core {core} ...", flush=True)
        exhibits = []
        for start in range(0, len(ids), 500):  # loaded as the service loads them: by id, relations selectin
            batch = session.query(Exhibit).filter(Exhibit.id.in_(ids[start:start + 500])).all()
            exhibits += sorted(batch, key=lambda e: e.id)
        for exhibit in exhibits:  # people's person records are lazy: load them before timing
            for link in exhibit.people:
                link.person.name_kk  # noqa: B018
        timings = {}

        def timed(name: str, step):
            began = time.perf_counter()
            result = step()
            timings[name] = time.perf_counter() - began
            return result

        presentation._worded.clear()
        timed("inputs, words not yet cached", lambda: [presentation.exhibit_input(e, links) for e in exhibits])
        inputs = timed("inputs", lambda: [presentation.exhibit_input(e, links) for e in exhibits])
        presentation.document_cache().entries = max(presentation.CACHE_ENTRIES, 2 * len(inputs))
        presentation.document_cache().clear()
        cold = timed("documents built (iiif-prezi3, JSON)", lambda: [presentation.manifest_document(i) for i in inputs])
        warm = timed("documents from the cache", lambda: [presentation.manifest_document(i) for i in inputs])
        assert all(a is b for a, b in zip(cold, warm))
        timed("inputs + documents from the cache",
              lambda: [presentation.manifest_document(presentation.exhibit_input(e, links)) for e in exhibits])
        session.close()

        def from_database():
            for exhibit_id in ids:
                with Session(db.engine) as fresh:
                    presentation.manifest(fresh, exhibit_id, links)

        timed("service call from the database, cache warm", from_database)
        size = sum(len(d.body) for d in cold)
    return {"manifests": len(ids), "core": core, "mean_bytes": round(size / max(1, len(ids))),
            "per_second": {name: round(len(ids) / seconds) for name, seconds in timings.items()},
            "cold_per_second": round(len(ids) / (timings["inputs"] + timings["documents built (iiif-prezi3, JSON)"])),
            "aim_met_warm": len(ids) / timings["inputs + documents from the cache"] >= BUILD_AIM_PER_S}


# ------------------------------------------------------------------ report

def _print(report: dict) -> None:
    m, s = report["machine"], report["settings"]
    print()
    print(f"{report['date']}  {report['command']}")
    print(f"machine: {m['cpus']} cores ({m['cpu']}), {m['memory']}; {m['server']}, {m['wrk']}; "
          f"Python sum(range(10000)) {m['python_sum_range_10000_us']} us; "
          f"other processes {report['background_cpu_pct_before']:.0f}% CPU before the runs")
    if "http" in report:
        h = report["http"]
        print(f"wrk ({s['wrk_threads']} threads, {s['connections']} connections, {s['duration_s']} s a run) against "
              f"{m['server'].split()[0]} ({s['server_workers']} workers x {s['server_threads']} threads), same machine")
        header = ("documents", "count", "bytes", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "non-2xx")
        rows = []
        for kind in KINDS:
            r = h["runs"][kind]
            lat = r["latency_ms"]
            rows.append((kind, str(h["documents"][kind]), str(h["mean_bytes"][kind]), f"{r['rps']:.0f}",
                         f"{lat['p50']:.1f}", f"{lat['p95']:.1f}", f"{lat['p99']:.1f}",
                         str(sum(r["errors"].values())), str(r["non2xx"])))
        widths = [max(len(c) for c in col) for col in zip(header, *rows)]
        for line in (header, tuple("-" * w for w in widths), *rows):
            print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))))
        print(f"Manifest / JSON record of the same exhibits: throughput {h['manifest_over_record_rps']}x, "
              f"p95 {h['manifest_over_record_p95']}x; p95 aim < {P95_AIM_MS:g} ms: "
              + ", ".join(f"{k.split('_')[0]} {'met' if v else 'MISSED'}" for k, v in h["aims"].items()))
    if "build" in report:
        b = report["build"]
        print(f"in-process, one core, all {b['manifests']} Manifests of the catalogue ({b['mean_bytes']} bytes each):")
        for name, rate in b["per_second"].items():
            print(f"  {name:<48} {rate:>8} /s")
        print(f"  {'cold: inputs + iiif-prezi3 + JSON':<48} {b['cold_per_second']:>8} /s")
        print(f"aim >= {BUILD_AIM_PER_S:g} Manifests/s (inputs + cached documents): "
              f"{'met' if b['aim_met_warm'] else 'MISSED'}")


if __name__ == "__main__":
    harness.run_main(main, "manifests.py")
