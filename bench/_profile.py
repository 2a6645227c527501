#!/usr/bin/env python3
"""Show where the time of a public page goes: SQL (queries per page, the costliest
statements), template rendering and the rest, measured in-process with Flask's test
client on the same pages pages.py benchmarks.

    python3 bench/_profile.py [--instance DIR] [--exhibits 300] [--rounds 2] [--pyinstrument exhibit|museum]

One thread, no HTTP server: the figures are the application's own cost per page,
the part gunicorn cannot hide. CPU time is the figure to trust on a busy machine;
SQL and render times are wall-clock spans. Needs a demo instance (see pages.py --build-demo).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from flask import before_render_template, template_rendered
from sqlalchemy import event
from werkzeug.test import create_environ

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from emuseum import create_app  # noqa: E402

from pages import KINDS, ROOT, collect_paths  # noqa: E402


class Meter:
    """Counts SQL statements and their time, and template rendering time, for the request in progress."""

    def __init__(self, engine, app) -> None:
        self.queries = 0
        self.sql_s = 0.0
        self.render_s = 0.0
        self.by_statement: dict[str, list[float]] = defaultdict(list)
        self._started: list[float] = []
        self._render_started = 0.0
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)
        before_render_template.connect(self._before_render, app)
        template_rendered.connect(self._after_render, app)

    def reset(self) -> None:
        self.queries, self.sql_s, self.render_s = 0, 0.0, 0.0

    def _before(self, conn, cursor, statement, parameters, context, executemany) -> None:
        self._started.append(time.perf_counter())

    def _after(self, conn, cursor, statement, parameters, context, executemany) -> None:
        spent = time.perf_counter() - self._started.pop()
        self.queries += 1
        self.sql_s += spent
        self.by_statement[_shape(statement)].append(spent)

    def _before_render(self, sender, **extra) -> None:
        self._render_started = time.perf_counter()

    def _after_render(self, sender, **extra) -> None:
        # Rendering runs the template's lazy loads too: their SQL time is inside this span.
        self.render_s += time.perf_counter() - self._render_started


def _shape(statement: str) -> str:
    text = re.sub(r"\s+", " ", statement).strip()
    text = re.sub(r"\(\?(, \?)*\)", "(?...)", text)  # IN lists of any length are one shape
    text = re.sub(r"__\[POSTCOMPILE_\w+\]", "?...", text)
    return text


LIBRARIES = ("sqlalchemy", "jinja2", "flask_babel", "babel", "markupsafe", "werkzeug", "flask", "sqlite3")


def _library(filename: str, function: str) -> str:
    if filename.endswith(".html"):
        return "templates (compiled Jinja code)"
    if "/emuseum/" in filename:
        return "emuseum " + filename.rsplit("/emuseum/", 1)[1]
    for name in LIBRARIES:
        if f"/{name}/" in filename:
            return name
    if filename == "~":
        return "sqlite3" if "sqlite3" in function else "builtins (called from all of the above)"
    return "stdlib " + Path(filename).stem


def _breakdown(get, paths: list[str]) -> None:
    """Print where the CPU goes, by library, as self time under cProfile (timer: process CPU time).

    cProfile adds a cost per call, so call-heavy code (templates, markupsafe) looks somewhat
    bigger than it is; the ranking holds.
    """
    profile = cProfile.Profile(time.process_time)
    profile.enable()
    for path in paths:
        get(path)
    profile.disable()
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, function), (_, _, tottime, _, _) in pstats.Stats(profile).stats.items():
        totals[_library(filename, function)] += tottime
    whole = sum(totals.values()) or 1
    print("CPU self time by library (cProfile):")
    for name, spent in sorted(totals.items(), key=lambda kv: -kv[1])[:14]:
        print(f"  {100 * spent / whole:5.1f}%  {name}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--instance", default=str(ROOT / "build" / "bench-instance"))
    p.add_argument("--exhibits", type=int, default=300)
    p.add_argument("--rounds", type=int, default=2, help="times each page is fetched after one warm-up (default 2)")
    p.add_argument("--top", type=int, default=8, help="statements listed per page kind (default 8)")
    p.add_argument("--pyinstrument", choices=KINDS, help="also profile this page kind with pyinstrument")
    p.add_argument("--no-breakdown", dest="breakdown", action="store_false",
                   help="skip the CPU self-time breakdown by library (cProfile)")
    args = p.parse_args(argv)

    app = create_app({"app.instance_path": str(Path(args.instance).resolve())})
    environs: dict[str, dict] = {}

    def get(path: str) -> tuple[int, str, bytes]:
        # Call the WSGI app as gunicorn does, without the test client's request building and
        # response wrapping (they would count as werkzeug's cost).
        if path not in environs:
            environs[path] = create_environ(path, "http://127.0.0.1/")
        head: list = []

        def start_response(status, headers, exc_info=None):
            head.extend((status, headers))

        body = b"".join(app(dict(environs[path]), start_response))
        return int(head[0].split()[0]), dict(head[1]).get("Content-Type", ""), body

    paths = collect_paths(get, args.exhibits)
    with app.app_context():
        from emuseum.db import db
        meter = Meter(db.engine, app)

    for kind in KINDS:
        for path in paths[kind]:  # warm-up: template compilation, SQLAlchemy's statement cache
            get(path)
        meter.by_statement.clear()
        walls, cpus, queries, sql, render = [], [], [], [], []
        for _ in range(args.rounds):
            for path in paths[kind]:
                meter.reset()
                start, start_cpu = time.perf_counter(), time.process_time()
                status, _, body = get(path)
                walls.append(time.perf_counter() - start)
                cpus.append(time.process_time() - start_cpu)
                if status != 200:
                    print(f"GET {path}: {status}", file=sys.stderr)
                queries.append(meter.queries)
                sql.append(meter.sql_s)
                render.append(meter.render_s)
        n = len(walls)
        ms = 1000
        print(f"\n== {kind} pages: {len(paths[kind])} pages x {args.rounds} rounds, one thread, in-process")
        print(f"CPU per page: mean {statistics.mean(cpus) * ms:.2f} ms -> at most {1 / statistics.mean(cpus):.0f} "
              f"pages/s per core; wall: median {statistics.median(walls) * ms:.2f} ms, "
              f"p95 {sorted(walls)[int(n * 0.95)] * ms:.2f} (wall > CPU: the machine is shared)")
        print(f"SQL per page: {statistics.mean(queries):.1f} queries (min {min(queries)}, max {max(queries)}), "
              f"{statistics.mean(sql) * ms:.2f} ms = {100 * sum(sql) / sum(walls):.0f}% of wall")
        print(f"render_template span: {statistics.mean(render) * ms:.2f} ms = {100 * sum(render) / sum(walls):.0f}% "
              f"of wall (includes SQL the template triggers)")
        print("top statements by total time (count per page, mean ms, share of SQL time):")
        total_sql = sum(sql) or 1
        ranked = sorted(meter.by_statement.items(), key=lambda kv: -sum(kv[1]))
        for shape, times in ranked[:args.top]:
            print(f"  {len(times) / n:6.2f}/page {statistics.mean(times) * ms:7.3f} ms "
                  f"{100 * sum(times) / total_sql:4.0f}%  {shape[:220]}")

        if args.breakdown:
            _breakdown(get, paths[kind])

    if args.pyinstrument:
        try:
            from pyinstrument import Profiler
        except ImportError:
            sys.exit("_profile.py: pip install pyinstrument")
        profiler = Profiler(interval=0.0005)
        profiler.start()
        for _ in range(args.rounds):
            for path in paths[args.pyinstrument]:
                get(path)
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
