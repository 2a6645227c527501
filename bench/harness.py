"""What the benchmarks of emuseum's HTTP service share: start `emuseum serve` and its bare server,
fetch a path, load a server with wrk (percentiles.lua), wait for a quiet machine, describe it.

Used by pages.py and iiif_tiles.py; child processes themselves are _processes.py's, nginx is _nginx.py's.
"""
from __future__ import annotations

import http.client
import json
import os
import platform
import re
import signal
import subprocess
import sys
import time
import timeit
from pathlib import Path

from _processes import Group, background_load, signal_group, spawn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout: emuseum need not be installed for its server's command line
from emuseum.serving import server_command  # noqa: E402

# The WSGI server `emuseum serve` runs in every benchmark (setting server.engine), granian unless
# EMUSEUM_SERVER_ENGINE names another: the same variable emuseum reads.
SERVER = os.environ.get("EMUSEUM_SERVER_ENGINE", "granian")
LUA = Path(__file__).resolve().parent / "percentiles.lua"

QUIET_PCT = 10.0


def wait_quiet(seconds: int) -> float:
    """Return the CPU use of other processes, after waiting up to ``seconds`` for it to drop below 10%."""
    deadline = time.monotonic() + seconds
    load = background_load()
    while load >= QUIET_PCT and time.monotonic() < deadline:
        print(f"other processes keep {load:.0f}% of the CPUs busy; waiting for a quiet machine ...", flush=True)
        load = background_load(5)
    if load >= QUIET_PCT:
        print(f"WARNING: other processes use {load:.0f}% of the CPUs: the figures will be low", flush=True)
    return load


def emuseum_command(instance: Path, *command: str, threads: int | None = None) -> list[str]:
    """Return the command line of `python3 -m emuseum.cli` on the instance (with SERVER, and its threads)."""
    line = [sys.executable, "-m", "emuseum.cli", "--set", f"app.instance_path={instance}",
            "--set", f"server.engine={SERVER}"]
    if threads is not None:
        line += ["--set", f"server.threads={threads}"]
    return line + list(command)


def start_emuseum(instance: Path, port: int, workers: int, threads: int, work: Path, nice: int) -> Group:
    """Start `emuseum serve` (its server, SERVER; no job worker, no access log) and return once it listens."""
    env = dict(os.environ)
    env.pop("EMUSEUM_ACCESS_LOG", None)  # no access log: nginx writes none either
    command = emuseum_command(instance, "serve", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
                   "--no-jobs-worker", threads=threads)
    server = Group("emuseum serve", command, work / "emuseum.log", nice, cwd=ROOT, env=env)
    server.wait_for_port(port, timeout=90)
    return server


def start_static_server(static: Path, port: int, workers: int, threads: int, work: Path, nice: int) -> Group:
    """Start the server `emuseum serve` runs, set up as it sets it up, answering the saved pages from memory."""
    env = {**os.environ, "BENCH_STATIC_ROOT": str(static)}
    command = server_command(SERVER, f"127.0.0.1:{port}", workers, threads, target="_static_wsgi:app")
    server = Group(f"{SERVER} (saved pages)", command, work / "static-server.log", nice, cwd=Path(__file__).parent,
                   env=env)
    server.wait_for_port(port, timeout=60)
    return server


def http_get(port: int, path: str, timeout: float = 30) -> tuple[int, str, bytes]:
    """Fetch one path without following redirects: (status, content type, body)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.getheader("Content-Type", ""), response.read()
    finally:
        conn.close()


def wrk(port: int, url_file: Path, seconds: int, connections: int, threads: int, count_non2xx: bool,
         nice: int = 0) -> dict:
    """Run wrk over the paths in ``url_file`` and return the figures percentiles.lua prints."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(LUA),
               f"http://127.0.0.1:{port}/", "--", str(url_file)] + (["count-non2xx"] if count_non2xx else [])
    process = spawn(command, nice, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = process.communicate(timeout=seconds + 60)
    finally:
        if process.poll() is None:  # interrupted: wrk runs in its own session, Ctrl-C did not reach it
            signal_group(process.pid, signal.SIGKILL)
            process.wait()
    match = re.search(r"^BENCH-JSON (.*)$", out, re.MULTILINE)
    if process.returncode != 0 or not match:
        raise RuntimeError(f"wrk failed ({process.returncode}):\n{out}\n{err}")
    return json.loads(match.group(1))


def failures(figures: dict) -> int:
    """Return how many requests of a wrk run failed or answered outside 2xx."""
    return sum(figures["errors"].values()) + figures["non2xx"]


def describe_machine() -> dict:
    """Return what the figures depend on: CPU, memory, versions, the emuseum revision, Python's speed now."""
    model = ""
    try:
        model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                      if line.startswith("model name")), "")
    except OSError:
        pass
    mem = ""
    try:
        mem = f"{int(open('/proc/meminfo').readline().split()[1]) / 1024 ** 2:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass

    def version(command: list[str]) -> str:
        try:
            out = subprocess.run(command, capture_output=True, text=True, timeout=10)
        except OSError:
            return ""
        return (out.stdout + out.stderr).strip().splitlines()[0] if (out.stdout + out.stderr).strip() else ""

    # How fast this CPU runs Python right now: about 100-150 us on an unloaded desktop of 2024.
    python_us = min(timeit.repeat("sum(range(10000))", number=200, repeat=5)) / 200 * 1e6
    revision = version(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    if revision and version(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no", "emuseum"]):
        revision += " with uncommitted changes in emuseum/"
    return {"revision": revision, "cpus": os.cpu_count(), "cpu": model, "memory": mem, "kernel": platform.release(),
            "python_sum_range_10000_us": round(python_us),
            "python": platform.python_version(),
            "server": f"{SERVER} " + (version([sys.executable, "-m", SERVER, "--version"]).split()[-1:] or ["?"])[0],
            "nginx": version(["nginx", "-v"]), "wrk": version(["wrk", "-v"]).split(" Copyright")[0]}


def write_report(path: str | Path | None, report: dict) -> None:
    """Write ``report`` as JSON to ``path`` (when one is given), making its folder, and say so."""
    if not path:
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n")
    print(f"figures written to {path}")


def run_main(main, name: str) -> None:
    """Exit with what ``main()`` returns; Ctrl-C exits 130, and a RuntimeError is one line naming the script."""
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except RuntimeError as exc:
        sys.exit(f"{name}: {exc}")
