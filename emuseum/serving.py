"""The production WSGI server `emuseum serve` runs: granian (default) or gunicorn, as the settings say."""
from __future__ import annotations

import sys

SERVERS = ("granian", "gunicorn")


class ServerSettingError(ValueError):
    """A server setting that cannot be served: ``setting`` names it ("server.bind" or "server.engine")."""

    def __init__(self, setting: str, message: str):
        super().__init__(message)
        self.setting = setting


def split_bind(bind: str) -> tuple[str, int]:
    """Return (host, port) of a "host:port" bind address; a ServerSettingError names what is wrong with it."""
    host, sep, port = bind.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ServerSettingError("server.bind", f"server.bind must be host:port, such as 127.0.0.1:8000, got {bind!r}")
    return host.strip("[]"), int(port)


def server_command(server: str, bind: str, workers: int, threads: int, target: str = "emuseum.wsgi:app",
                   access_log: bool = False) -> list[str]:
    """Return the command line that serves the WSGI app ``target`` with ``server``.

    Both servers run ``workers`` processes (gunicorn with ``threads`` threads each, granian with one),
    stop their workers within 10 s of a SIGTERM, and start a new worker when one dies.
    """
    host, port = split_bind(bind)
    if server == "granian":
        # A Rust HTTP front per worker: parsing, keep-alive and writing cost a fraction of gunicorn's
        # Python loop (BENCHMARKS.md, "Public pages": the server alone is the ceiling there).
        # One Python thread a worker, whatever ``threads`` says: with 4, granian 2.8's WSGI workers
        # died of segmentation faults inside sqlite3 under uncached load (twice in a few minutes,
        # faulthandler traces in BENCHMARKS.md); with 1 none did in a long soak, and under the GIL
        # a CPU-bound worker gains nothing from more threads. Scale with ``workers`` instead.
        return [sys.executable, "-m", "granian", "--interface", "wsgi", "--host", host, "--port", str(port),
                "--workers", str(workers), "--blocking-threads", "1", "--no-ws",
                "--respawn-failed-workers", "--workers-kill-timeout", "10",
                "--access-log" if access_log else "--no-access-log", target]
    if server == "gunicorn":
        return [sys.executable, "-m", "gunicorn", "--bind", bind, "--workers", str(workers),
                "--threads", str(threads), "--worker-class", "gthread",
                "--access-logfile", "-" if access_log else "/dev/null", "--graceful-timeout", "10", target]
    raise ServerSettingError("server.engine", f"server.engine must be one of {', '.join(SERVERS)}, got {server!r}")
