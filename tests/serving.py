"""`emuseum serve` started for a test as a real server process: launched, awaited, stopped."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(process: subprocess.Popen, port: int, log: Path, timeout: float = 60) -> None:
    """Return once ``port`` accepts connections; raise with the log's end if ``process`` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"emuseum serve exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"emuseum serve did not listen on {port} in {timeout} s:\n{log.read_text()[-3000:]}")


@contextmanager
def emuseum_serve(app, tmp_path: Path, *settings: str, workers: int = 1) -> Iterator[tuple[subprocess.Popen, int]]:
    """Yield (the `emuseum serve` process, its port) on ``app``'s instance and database; stopped afterwards.

    ``settings`` are more "section.name=value" overrides. The server runs in a process group of its
    own, so stopping the group stops its workers too; no config.toml is read.
    """
    port = free_port()
    config = app.config["EMUSEUM"]
    options = [f"app.instance_path={app.instance_path}", f"database.url={config['database.url']}", *settings]
    command = [sys.executable, "-m", "emuseum.cli", *(arg for o in options for arg in ("--set", o)),
               "serve", "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--no-jobs-worker"]
    log_path = tmp_path / f"serve-{port}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   cwd=ROOT, start_new_session=True,
                                   env={**os.environ, "EMUSEUM_CONFIG": str(tmp_path / "no-config.toml")})
        try:
            wait_for_port(process, port, log_path)
            yield process, port
        finally:
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(process.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    process.wait(timeout=15)
                    break
                except subprocess.TimeoutExpired:
                    continue
