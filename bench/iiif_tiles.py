#!/usr/bin/env python3
"""Benchmark emuseum's IIIF tiles against IIPImage serving the same image: cold and warm, 256 and 512 px tiles.

    python3 bench/iiif_tiles.py [--workdir build/bench-iiif] [--rounds 3] [--duration 15] [--connections 20]
                                [--workers 2] [--tile-sizes 256,512] [--nice -10] [--json FILE]
    python3 bench/iiif_tiles.py --profile 3000     # where the time of a warm tile goes, in-process

The image: the largest public-domain photograph of the shared data upscaled to 8000 px wide (ingest.py
makes it), attached to a published exhibit of a fresh instance with an immediate job queue, so its
pyramid exists. IIPImage (Debian's iipsrv 1.1, FastCGI, spawned by lighttpd; as many iipsrv processes
as server workers) reads pyramidal TIFFs made from the same JPEG by
`vips tiffsave SRC OUT --tile --pyramid --compression jpeg --Q 85 --tile-width T --tile-height T`,
tiled at the size of the run (what emuseum's own pyramid.tif is, at 256), and encodes at JPEG_QUALITY 85.

The tiles: every tile a IIIF viewer (OpenSeadragon's arithmetic) asks for at the three most detailed
zoom levels (scale factors 1, 2, 4) of a T x T grid: region x,y,w,h in full-size pixels, output size
ceil(w/s) x ceil(h/s). emuseum gets IIIF 3 `x,y,w,h/W,H/0/default.jpg`; IIPImage gets IIIF 2 with
`W,` for whole tiles (what viewers send, and the only form iipsrv answers from its tile cache) and
`W,H` for edge tiles (iipsrv rounds a `W,` height down where IIIF 3 rounds up; it renders edge tiles
either way). Before measuring, every tile is fetched from both servers and must be a JPEG of exactly
the expected size, else the run stops.

Each round, for each tile size, each server in turn (the order alternates between rounds):
  cold  server restarted (emuseum's render cache folder emptied; iipsrv's memory cache gone with its
        processes), each process warmed with info.json, then wrk asks for every tile exactly once
        (iiif_tiles.lua), 20 connections;
  warm  a 3 s unmeasured run, then wrk cycles over the same tiles for --duration s (percentiles.lua).
Two ceilings get warm runs too: the tiles emuseum answered, saved, served from memory by the same WSGI server
under emuseum's settings (_static_wsgi.py) and as files by nginx, to split the gap to IIPImage.
Besides tiles/s and latency, each run records the server's own CPU time per tile (its process group:
the server and its workers; lighttpd and iipsrv), which depends far less than tiles/s on what else the
shared machine runs. Figures are medians over rounds. Exits 1 on any error or non-2xx answer.
"""
from __future__ import annotations

import argparse
import cProfile
import concurrent.futures
import datetime
import io
import json
import math
import os
import pstats
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import _nginx
import ingest
from _processes import CpuShare, Group, _group_seconds, free_port, signal_group, spawn
from harness import (ROOT, describe_machine, failures, http_get, run_main, start_emuseum, start_static_server,
                     wait_quiet, write_report, wrk)

LUA_ONCE = Path(__file__).resolve().parent / "iiif_tiles.lua"
IIPSRV = Path("/usr/lib/iipimage-server/iipsrv.fcgi")
SCALES = (1, 2, 4)
TARGETS = ("emuseum", "iipimage")
CEILINGS = ("server-static", "nginx")
NAMES = {"emuseum": "emuseum", "iipimage": "IIPImage (lighttpd)", "server-static": "server, saved tiles",
         "nginx": "nginx, saved tiles"}
WARM_AIM = 1.0  # emuseum tiles/s over IIPImage's
COLD_AIM = 0.6
LIGHTTPD = """\
server.modules = ("mod_fastcgi")
server.document-root = "{prefix}"
server.bind = "127.0.0.1"
server.port = {port}
server.errorlog = "{prefix}/lighttpd-error.log"
server.max-connections = 1024
server.max-keep-alive-requests = 1000000
server.max-keep-alive-idle = 60
fastcgi.server = ( "/fcgi-bin/iipsrv.fcgi" => ((
    "socket" => "{prefix}/iipsrv.sock",
    "check-local" => "disable",
    "max-procs" => {processes},
    "bin-path" => "{iipsrv}",
    "bin-environment" => (
        "FILESYSTEM_PREFIX" => "{images}/",
        "JPEG_QUALITY" => "85",
        "MAX_CVT" => "5000",
        "MAX_IMAGE_CACHE_SIZE" => "1024",
        "MEMCACHED_SERVERS" => "127.0.0.1:{no_memcached}",
    ),
)) )
"""


@dataclass(frozen=True)
class BenchImage:
    identifier: str
    width: int
    height: int
    instance: str
    cache: str  # emuseum's render cache folder
    tiffs: dict[int, Path]  # tile size -> the pyramidal TIFF IIPImage reads


@dataclass(frozen=True)
class Tile:
    x: int
    y: int
    w: int
    h: int
    width: int  # output size
    height: int


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a plain `kill` still stops the servers
    _check_tools()
    image = prepare(Path(args.workdir).resolve(), args.side, args.tile_sizes, args.rebuild)
    if args.profile:
        return profile(image, args.profile)

    load_average = os.getloadavg()
    print(f"load average at start: {load_average[0]:.2f} {load_average[1]:.2f} {load_average[2]:.2f} "
          f"on {os.cpu_count()} cores", flush=True)
    background = wait_quiet(args.wait_quiet)
    machine = _machine()
    grids = {size: tile_grid(image.width, image.height, size) for size in args.tile_sizes}
    run = Path(tempfile.mkdtemp(prefix="emuseum-iiif-bench-"))
    run.chmod(0o755)
    servers: dict[str, Group] = {}
    results: dict[int, dict[str, list[dict]]] = {size: {} for size in grids}
    try:
        lists = _write_lists(run, image, grids)
        ports = {target: _start(target, image, args.tile_sizes[0], run, args, servers) for target in TARGETS}
        print("fetching every tile from both servers to check them ...", flush=True)
        static = run / "static"
        for size, tiles in grids.items():
            _check_tiles(tiles, ports, image, size, static)
        if args.ceilings:
            ports["server-static"] = free_port()
            servers["server-static"] = start_static_server(
                static, ports["server-static"], args.workers, args.threads, run, args.nice)
            ports["nginx"] = free_port()
            (run / "nginx").mkdir()
            servers["nginx"] = _nginx.start(run / "nginx", static, ports["nginx"], args.workers, args.nice)
        for round_ in range(args.rounds):
            order = TARGETS if round_ % 2 == 0 else TARGETS[::-1]
            for size in grids:
                for target in order:
                    ports[target] = _restart(target, image, size, run, args, servers)
                    figures = {"cold": _measure(servers, lambda: _wrk_once(
                        ports[target], lists[target, size], args.connections, args.wrk_threads, args.nice), target)}
                    figures["warm"] = _warm(servers, ports[target], lists[target, size], args, target)
                    results[size].setdefault(target, []).append(figures)
                    _progress(round_, size, target, figures)
                for target in CEILINGS if args.ceilings else ():
                    figures = {"warm": _warm(servers, ports[target], lists["emuseum", size], args, target)}
                    results[size].setdefault(target, []).append(figures)
                    _progress(round_, size, target, figures)
    except BaseException:
        for name, group in servers.items():  # what the servers said, before their folder goes
            print(f"--- the end of the log of {NAMES[name]} ({group.log}):\n{group.tail(15)}", file=sys.stderr)
        raise
    finally:
        for group in reversed(list(servers.values())):
            group.stop()
        shutil.rmtree(run, ignore_errors=True)

    report = _report(args, image, grids, results, machine, load_average, background)
    _print(report)
    write_report(args.json, report)
    if report["failures"]:
        print(f"FAILED: errors or non-2xx answers in {', '.join(report['failures'])} (zero errors is required)")
        return 1
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--workdir", default=str(ROOT / "build" / "bench-iiif"),
                   help="where the photograph and the TIFFs are kept, and the instance made (default build/bench-iiif)")
    p.add_argument("--rebuild", action="store_true", help="make the upscaled photograph and the TIFFs again")
    p.add_argument("--side", type=int, default=8000, help="width of the upscaled photograph (default 8000)")
    p.add_argument("--tile-sizes", type=lambda v: [int(s) for s in v.split(",")], default=[256, 512],
                   metavar="LIST", help="tile sizes to measure (default 256,512)")
    p.add_argument("--rounds", type=int, default=3, help="rounds of cold + warm runs per server (default 3)")
    p.add_argument("--duration", type=int, default=15, help="seconds of each measured warm run (default 15)")
    p.add_argument("--warmup", type=int, default=3, help="seconds of the unmeasured run before each warm run")
    p.add_argument("--connections", type=int, default=20, help="concurrent wrk connections (default 20)")
    p.add_argument("--wrk-threads", type=int, default=2, help="wrk threads (default 2)")
    p.add_argument("--workers", type=int, default=2,
                   help="server workers; iipsrv processes and nginx workers get as many (default 2)")
    p.add_argument("--threads", type=int, default=4, help="threads per server worker (default 4)")
    p.add_argument("--no-ceilings", dest="ceilings", action="store_false",
                   help="skip the warm runs of the saved tiles on the server and nginx")
    p.add_argument("--wait-quiet", type=int, default=30, metavar="S",
                   help="wait up to S seconds for other processes to leave the CPUs idle (default 30)")
    p.add_argument("--nice", type=int, default=0, help="niceness of the servers and wrk (see pages.py; default 0)")
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON to FILE")
    p.add_argument("--profile", type=int, metavar="N",
                   help="instead: profile N warm tile requests in-process (the WSGI app, no server)")
    return p


def _check_tools() -> None:
    missing = [name for name, found in (("wrk", shutil.which("wrk")), ("lighttpd", shutil.which("lighttpd")),
                                        ("iipimage-server", IIPSRV.exists()), ("libvips-tools", shutil.which("vips")))
               if not found]
    if missing:
        sys.exit(f"iiif_tiles.py needs the Debian packages {', '.join(missing)} (nginx-light too)")


# ------------------------------------------------------------------ the image

def prepare(work: Path, side: int, sizes: list[int], rebuild: bool) -> BenchImage:
    """Return the benchmark image in a new instance, its pyramid made by the code under test, and IIPImage's TIFFs.

    The upscaled photograph and the TIFFs, which our code does not make, are kept in ``work`` and made
    again only with ``rebuild``.
    """
    work.mkdir(parents=True, exist_ok=True)
    tiffs = {size: work / "iipimage" / f"photo-{side}-tiles-{size}.tif" for size in sizes}
    if rebuild:
        for path in (work / f"photo-{side}.jpg", *tiffs.values()):
            path.unlink(missing_ok=True)
    source = ingest._photo(work, side)
    for size, path in tiffs.items():
        if not path.exists():
            path.parent.mkdir(exist_ok=True)
            subprocess.run(["vips", "tiffsave", str(source), f"{path}.tmp.tif", "--tile", "--pyramid", "--compression",
                            "jpeg", "--Q", "85", "--tile-width", str(size), "--tile-height", str(size)], check=True)
            os.replace(f"{path}.tmp.tif", path)
    instance = work / "instance"
    shutil.rmtree(instance, ignore_errors=True)
    print(f"making {instance}: one published exhibit with {source.name}, its pyramid built at attach time ...",
          flush=True)
    identifier, width, height, cache = _make_instance(instance, source)
    return BenchImage(identifier, width, height, str(instance), cache, tiffs)


def _make_instance(instance: Path, source: Path) -> tuple[str, int, int, str]:
    """Return the IIIF identifier, size and render cache folder of the image attached in a new instance."""
    sys.path.insert(0, str(ROOT))
    from emuseum import create_app
    from emuseum.db import db
    from emuseum.services.identity import SYSTEM
    from emuseum.services.media import attach_media
    from emuseum.services.setup import initialise
    from tests.factories import make_exhibit  # a published exhibit of a new museum, as the tests make them

    app = create_app({"app.instance_path": str(instance), "jobs.backend": "immediate"})
    with app.app_context():
        initialise()
        exhibit = make_exhibit(db.session, object_type="painting",
                               title={"kk": "Бентхайм", "ru": "Бентхайм", "en": "Bentheim Castle"})
        with source.open("rb") as fh:
            record = attach_media(db.session, SYSTEM, exhibit.id, fh, source.name)  # the job runs at commit
        db.session.refresh(record)
        if record.status != "ready":
            raise RuntimeError(f"the image was not made ready: {record.status} {record.status_message}")
        return record.identifier, record.width, record.height, str(app.extensions["emuseum.iiif"].cache.root)


def tile_grid(width: int, height: int, size: int, scales: tuple[int, ...] = SCALES) -> list[Tile]:
    """Return the tiles of a size x size grid a IIIF viewer asks for at each scale factor, as OpenSeadragon does."""
    tiles = []
    for scale in scales:
        step = size * scale
        for y in range(0, height, step):
            for x in range(0, width, step):
                w, h = min(step, width - x), min(step, height - y)
                tiles.append(Tile(x, y, w, h, math.ceil(w / scale), math.ceil(h / scale)))
    return tiles


def tile_path(target: str, image: BenchImage, tile: Tile, size: int) -> str:
    region = f"{tile.x},{tile.y},{tile.w},{tile.h}"
    if target == "emuseum":
        return f"/iiif/3/{image.identifier}/{region}/{tile.width},{tile.height}/0/default.jpg"
    whole = (tile.width, tile.height) == (size, size)
    scaled = f"{tile.width}," if whole else f"{tile.width},{tile.height}"
    return f"/fcgi-bin/iipsrv.fcgi?IIIF={image.tiffs[size].name}/{region}/{scaled}/0/default.jpg"


def _write_lists(run: Path, image: BenchImage, grids: dict[int, list[Tile]]) -> dict[tuple[str, int], Path]:
    """Write the tile paths of each server and size, shuffled alike (neighbours differ), one a line."""
    lists = {}
    for size, tiles in grids.items():
        order = list(range(len(tiles)))
        random.Random(2025).shuffle(order)
        for target in TARGETS:
            lists[target, size] = run / f"{target}-{size}.txt"
            lists[target, size].write_text("".join(tile_path(target, image, tiles[i], size) + "\n" for i in order))
    return lists


def _check_tiles(tiles: list[Tile], ports: dict[str, int], image: BenchImage, size: int, static: Path) -> None:
    """Fetch every tile from both servers; raise unless each is a JPEG of the tile's size. Save emuseum's."""
    from PIL import Image

    def check(tile: Tile) -> str | None:
        for target in TARGETS:
            path = tile_path(target, image, tile, size)
            try:
                status, content_type, body = http_get(ports[target], path, timeout=120)
            except OSError as exc:  # the connection reset or timed out
                return f"{NAMES[target]}: GET {path} failed: {exc!r}"
            try:
                decoded = Image.open(io.BytesIO(body))
                found = (decoded.format, decoded.size)
            except OSError:
                found = (content_type, body[:120])
            if status != 200 or found != ("JPEG", (tile.width, tile.height)):
                return f"{NAMES[target]} answered {status} {found} to {path}, not a {tile.width}x{tile.height} JPEG"
            if target == "emuseum":
                saved = static / path.lstrip("/") / "index.html"
                saved.parent.mkdir(parents=True, exist_ok=True)
                saved.write_bytes(body)
        return None

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        problems = [p for p in pool.map(check, tiles) if p]
    if problems:
        raise RuntimeError(f"{len(problems)} of {len(tiles)} {size}px tiles differ, no figures reported:\n  "
                           + "\n  ".join(problems[:10]))
    print(f"  {len(tiles)} tiles of {size} px: same JPEG sizes from both servers", flush=True)


# ------------------------------------------------------------------ servers

def _start(target: str, image: BenchImage, size: int, run: Path, args: argparse.Namespace,
           servers: dict[str, Group]) -> int:
    """Start a server on a free port, warm its processes with the image's info.json, and return the port."""
    port = free_port()
    if target == "emuseum":
        servers[target] = start_emuseum(Path(image.instance), port, args.workers, args.threads, run, args.nice)
        info = f"/iiif/3/{image.identifier}/info.json"
    else:
        servers[target] = _start_iipimage(image, port, args.workers, run, args.nice)
        info = f"/fcgi-bin/iipsrv.fcgi?IIIF={image.tiffs[size].name}/info.json"
    with concurrent.futures.ThreadPoolExecutor(4 * args.workers) as pool:  # reaches every process
        answers = list(pool.map(lambda _: http_get(port, info, timeout=120), range(8 * args.workers)))
    if any(status != 200 for status, _, _ in answers):
        raise RuntimeError(f"{NAMES[target]}: GET {info} answered {answers[0][0]}: {answers[0][2][:200]!r}")
    return port


def _restart(target: str, image: BenchImage, size: int, run: Path, args: argparse.Namespace,
             servers: dict[str, Group]) -> int:
    """Stop the server, empty what it has cached, start it again and return its new port."""
    servers.pop(target).stop()
    if target == "emuseum":
        shutil.rmtree(image.cache, ignore_errors=True)
    return _start(target, image, size, run, args, servers)


def _start_iipimage(image: BenchImage, port: int, processes: int, run: Path, nice: int) -> Group:
    """Start lighttpd with mod_fastcgi spawning ``processes`` iipsrv processes, from a folder of its own."""
    prefix = run / "lighttpd"
    shutil.rmtree(prefix, ignore_errors=True)
    prefix.mkdir()
    conf = prefix / "lighttpd.conf"
    # Debian's iipsrv is built with memcached and would use one on localhost:11211: point it at a port
    # nothing listens on, so its only cache is its own memory, which a restart empties.
    conf.write_text(LIGHTTPD.format(prefix=prefix, port=port, processes=processes, iipsrv=IIPSRV,
                                    images=next(iter(image.tiffs.values())).parent, no_memcached=free_port()))
    group = Group("lighttpd + iipsrv", [shutil.which("lighttpd"), "-D", "-f", str(conf)], prefix / "lighttpd.log",
                  nice)
    group.wait_for_port(port, timeout=20)
    return group


# ------------------------------------------------------------------ load

def _measure(servers: dict[str, Group], run, target: str) -> dict:
    # The server's own CPU time per tile (its process group: the server and its workers, lighttpd and
    # iipsrv) barely depends on what else the machine runs, unlike tiles/s on a shared machine.
    before = _group_seconds({servers[target].pid})
    with CpuShare({group.pid for group in servers.values()}) as cpu:
        figures = run()
    figures["cpu"] = cpu.figures()
    spent = _group_seconds({servers[target].pid}) - before
    figures["server_cpu_ms_per_tile"] = round(1000 * spent / max(1, figures["requests"]), 3)
    return figures


def _warm(servers: dict[str, Group], port: int, url_file: Path, args: argparse.Namespace, target: str) -> dict:
    common = dict(port=port, url_file=url_file, connections=args.connections, threads=args.wrk_threads,
                  count_non2xx=True, nice=args.nice)
    if args.warmup:
        wrk(seconds=args.warmup, **common)
    return _measure(servers, lambda: wrk(seconds=args.duration, **common), target)


def _wrk_once(port: int, url_file: Path, connections: int, threads: int, nice: int, limit: int = 900) -> dict:
    """Ask for every path of ``url_file`` once with wrk (iiif_tiles.lua) and return the figures it prints."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{limit}s", "--latency", "--timeout", "60s",
               "-s", str(LUA_ONCE), f"http://127.0.0.1:{port}/", "--", str(url_file), str(threads)]
    process = spawn(command, nice, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out = []
    finished = 0
    try:
        for line in process.stdout:
            out.append(line)
            if line.strip() == "IIIF-TILES-DONE":
                finished += 1
                if finished == threads:  # wrk would sleep to the end of -d: wake it to print its figures
                    process.send_signal(signal.SIGINT)
        err = process.stderr.read()
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            signal_group(process.pid, signal.SIGKILL)
            process.wait()
    text = "".join(out)
    line = next((line for line in out if line.startswith("BENCH-JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk failed ({process.returncode}):\n{text}\n{err}")
    figures = json.loads(line.split(" ", 1)[1])
    figures["missing"] = sum(1 for path in url_file.read_text().splitlines() if path) - figures["responses"]
    return figures


def _progress(round_: int, size: int, target: str, figures: dict) -> None:
    parts = [f"{phase} {f['rps']:.0f} tiles/s p50 {f['latency_ms']['p50']:.1f} ms p99 {f['latency_ms']['p99']:.1f} ms"
             f" (others {f['cpu']['others_pct']:.0f}%)" for phase, f in figures.items()]
    print(f"round {round_ + 1}, {size} px, {NAMES[target]}: " + "; ".join(parts), flush=True)


# ------------------------------------------------------------------ report

def _failures(figures: dict) -> int:
    return failures(figures) + figures.get("missing", 0)


def _summary(runs: list[dict]) -> dict:
    return {
        "tiles_per_s": round(statistics.median(r["rps"] for r in runs), 1),
        "p50_ms": round(statistics.median(r["latency_ms"]["p50"] for r in runs), 1),
        "p99_ms": round(statistics.median(r["latency_ms"]["p99"] for r in runs), 1),
        "tiles_per_s_each_round": [round(r["rps"]) for r in runs],
        "requests": sum(r["requests"] for r in runs),
        "failures": sum(_failures(r) for r in runs),
        "others_pct": round(statistics.median(r["cpu"]["others_pct"] for r in runs)),
        "server_cpu_ms_per_tile": round(statistics.median(r["server_cpu_ms_per_tile"] for r in runs), 2),
    }


def _report(args, image, grids, results, machine, load_average, background) -> dict:
    sizes = {}
    failed = []
    for size, by_target in results.items():
        table = {}
        for target, rounds in by_target.items():
            for phase in ("cold", "warm"):
                runs = [r[phase] for r in rounds if phase in r]
                if runs:
                    table[f"{phase}/{target}"] = _summary(runs)
                    if table[f"{phase}/{target}"]["failures"]:
                        failed.append(f"{size}px {phase} {target}")
        ratios = {}
        for phase, aim in (("cold", COLD_AIM), ("warm", WARM_AIM)):
            ours, anchor = table[f"{phase}/emuseum"], table[f"{phase}/iipimage"]
            ratio = round(ours["tiles_per_s"] / anchor["tiles_per_s"], 2)
            paired = [round(ours_run[phase]["rps"] / anchor_run[phase]["rps"], 2)
                      for ours_run, anchor_run in zip(by_target["emuseum"], by_target["iipimage"])]
            ratios[phase] = {"emuseum_over_iipimage": ratio, "each_round": paired, "aim": aim, "met": ratio >= aim,
                             "p99_emuseum_over_iipimage": round(ours["p99_ms"] / anchor["p99_ms"], 2),
                             # tiles per CPU-second, emuseum's over IIPImage's: the ratio a quiet machine would show
                             "cpu_efficiency_emuseum_over_iipimage": round(
                                 anchor["server_cpu_ms_per_tile"] / max(0.001, ours["server_cpu_ms_per_tile"]), 2)}
        if "warm/server-static" in table:
            ratios["warm"]["server_static_over_emuseum"] = round(
                table["warm/server-static"]["tiles_per_s"] / table["warm/emuseum"]["tiles_per_s"], 2)
            ratios["warm"]["nginx_over_server_static"] = round(
                table["warm/nginx"]["tiles_per_s"] / table["warm/server-static"]["tiles_per_s"], 2)
        sizes[str(size)] = {"tiles": len(grids[size]), "figures": table, "ratios": ratios, "runs": by_target}
    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "command": "python3 bench/iiif_tiles.py " + " ".join(sys.argv[1:]),
        "image": {"width": image.width, "height": image.height, "scale_factors": list(SCALES)},
        "settings": {"rounds": args.rounds, "duration_s": args.duration, "warmup_s": args.warmup,
                     "connections": args.connections, "wrk_threads": args.wrk_threads,
                     "server_workers": args.workers, "server_threads": args.threads,
                     "iipsrv_processes": args.workers, "nice": args.nice},
        "machine": machine,
        "load_average_at_start": [round(v, 2) for v in load_average],
        "load_average_at_end": [round(v, 2) for v in os.getloadavg()],
        "background_cpu_pct_before": background,
        "sizes": sizes,
        "failures": failed,
    }


def _machine() -> dict:
    machine = describe_machine()

    def package(name: str) -> str:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", name], capture_output=True, text=True)
        return f"{name} {out.stdout.strip()}" if out.returncode == 0 else name

    import PIL
    import pyvips
    machine.update(iipimage=package("iipimage-server"), lighttpd=package("lighttpd"), pillow=PIL.__version__,
                   pyvips=f"pyvips {pyvips.__version__}, libvips {'.'.join(str(pyvips.version(i)) for i in range(3))}")
    return machine


def _print(report: dict) -> None:
    s, m = report["settings"], report["machine"]
    print()
    print(f"{report['date']}  {report['command']}  (emuseum {m['revision']})")
    print(f"machine: {m['cpus']} cores ({m['cpu']}); {m['server']}, {m['pyvips']}, Pillow {m['pillow']}, "
          f"{m['iipimage']}, {m['lighttpd']}, {m['wrk']}; Python sum(range(10000)) {m['python_sum_range_10000_us']} us")
    print(f"load average {' '.join(map(str, report['load_average_at_start']))} at start, "
          f"{' '.join(map(str, report['load_average_at_end']))} at end; other processes "
          f"{report['background_cpu_pct_before']:.0f}% of the CPUs before the runs")
    print(f"image {report['image']['width']}x{report['image']['height']}, scale factors "
          f"{report['image']['scale_factors']}; wrk {s['wrk_threads']} threads x {s['connections']} connections; "
          f"{m['server'].split()[0]} {s['server_workers']} workers x {s['server_threads']} threads; "
          f"{s['iipsrv_processes']} iipsrv processes; medians of {s['rounds']} rounds, warm runs {s['duration_s']} s")
    header = ("tiles", "phase", "server", "tiles/s", "p50 ms", "p99 ms", "each round", "CPU ms/tile", "failures",
              "others %")
    rows = []
    for size, entry in report["sizes"].items():
        for key, f in entry["figures"].items():
            phase, target = key.split("/")
            rows.append((f"{size} ({entry['tiles']})", phase, NAMES[target], f"{f['tiles_per_s']:.0f}",
                         f"{f['p50_ms']:.1f}", f"{f['p99_ms']:.1f}", " ".join(map(str, f["tiles_per_s_each_round"])),
                         f"{f['server_cpu_ms_per_tile']:.2f}", str(f["failures"]), str(f["others_pct"])))
    widths = [max(len(c) for c in column) for column in zip(header, *rows)]
    for line in (header, tuple("-" * w for w in widths), *rows):
        print("  ".join(c.rjust(w) if i > 2 else c.ljust(w) for i, (c, w) in enumerate(zip(line, widths))))
    print()
    for size, entry in report["sizes"].items():
        for phase, r in entry["ratios"].items():
            print(f"{size} px {phase}: emuseum/IIPImage tiles/s {r['emuseum_over_iipimage']} (rounds "
                  f"{r['each_round']}; aim >= {r['aim']}: {'met' if r['met'] else 'MISSED'}); "
                  f"p99 {r['p99_emuseum_over_iipimage']}x IIPImage's; tiles per server CPU-second "
                  f"{r['cpu_efficiency_emuseum_over_iipimage']}x IIPImage's")
            if "server_static_over_emuseum" in r:
                print(f"    saved tiles: server/emuseum {r['server_static_over_emuseum']}x (the application's "
                      f"share of a warm tile), nginx/server {r['nginx_over_server_static']}x (the server's)")


# ------------------------------------------------------------------ profile

def profile(image: BenchImage, count: int) -> int:
    """Print where the CPU time of warm and of cold tiles goes, calling the WSGI app in-process (no server)."""
    sys.path.insert(0, str(ROOT))
    from _profile import _breakdown
    from emuseum import create_app

    app = create_app({"app.instance_path": image.instance})
    tiles = tile_grid(image.width, image.height, 256)
    paths = [tile_path("emuseum", image, tiles[i % len(tiles)], 256) for i in range(count)]
    get = _wsgi_get(app)
    for path in paths[:len(tiles)]:
        get(path)  # renders what is not cached yet
    started, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        get(path)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"WARM: {count} 256 px tiles in-process, one thread: {1e6 * cpu / count:.0f} us CPU, "
          f"{1e6 * wall / count:.0f} us wall each")
    _breakdown(get, paths)
    _steps(lambda: [get(p) for p in paths], count)

    for size in (256, 512):
        for scale in SCALES:
            cold = [tile_path("emuseum", image, t, size)
                    for t in tile_grid(image.width, image.height, size, (scale,))[:60]]
            with tempfile.TemporaryDirectory() as empty:  # an empty render cache: every tile rendered
                get = _wsgi_get(create_app({"app.instance_path": image.instance, "iiif.cache_path": empty}))
                get(f"/iiif/3/{image.identifier}/0,0,1,1/1,1/0/default.jpg")  # opens the pyramid
                cpu = time.process_time()
                if (size, scale) == (512, 2):
                    print("COLD 512 px tiles at scale 1/2:", end=" ")
                    _steps(lambda: [get(p) for p in cold], len(cold))
                else:
                    for path in cold:
                        get(path)
                print(f"COLD: {size} px tiles at scale 1/{scale}: {1e3 * (time.process_time() - cpu) / len(cold):.1f}"
                      f" ms CPU each ({len(cold)} tiles; libvips' threads included)")
    return 0


def _wsgi_get(app):
    """Return a function that asks the WSGI app for a path and reads the whole answer, as a server would."""
    from werkzeug.test import create_environ

    def get(path: str) -> None:
        head: list = []

        def start_response(status, headers, exc_info=None):
            head.append(status)

        answer = app(create_environ(path, "http://127.0.0.1/"), start_response)
        for _ in answer:  # an open cached file: read it as a server without sendfile would
            pass
        if hasattr(answer, "close"):
            answer.close()
        if not head[0].startswith("200"):
            raise RuntimeError(f"GET {path}: {head[0]}")

    return get


# Library functions worth naming in a profile beside emuseum's and media's own.
STEPS = ("full_dispatch_request", "wsgi_app", "create_environ", "match_request", "process_response", "resize",
         "write_to_memory", "save", "frombytes")


def _steps(work, count: int) -> None:
    """Run ``work`` under cProfile and print the cumulative CPU per request of each step of a request."""
    profiler = cProfile.Profile(time.process_time)
    profiler.runcall(work)
    print("cumulative CPU per request of its steps (cProfile; its own cost per call inflates them):")
    found = pstats.Stats(profiler).stats
    for (filename, _, function), (_, calls, _, cumulative, _) in sorted(found.items(), key=lambda kv: -kv[1][3]):
        if calls >= count and 1e6 * cumulative / count >= 50 and (
                "/emuseum/" in filename or "/media/" in filename or function in STEPS):
            print(f"  {1e6 * cumulative / count:7.0f} us  {function} ({Path(filename).name})")


if __name__ == "__main__":
    run_main(main, "iiif_tiles.py")
