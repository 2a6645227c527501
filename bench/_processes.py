"""Child processes of a benchmark: start them in their own process group, wait
for their port, stop them, and sample the memory of the server's workers."""
from __future__ import annotations

import os
import re
import resource
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def spawn(command: list[str], nice: int = 0, **popen) -> subprocess.Popen:
    """Start a command in a session of its own, ``nice`` added to its niceness.

    With the kernel's autogroups (the default on desktops and many servers) every session
    shares the CPUs equally whatever its processes' niceness, so the session's autogroup
    gets the niceness too: that is what gives a benchmark priority over other work.
    """
    process = subprocess.Popen(command, start_new_session=True,
                               preexec_fn=(lambda: os.nice(nice)) if nice else None, **popen)
    if nice:
        try:
            with open(f"/proc/{process.pid}/autogroup", "w") as fh:
                fh.write(str(nice))
        except OSError:
            pass  # no autogroups: the process niceness alone applies
    return process


class Group:
    """One command running in its own process group and session, with its output in a log file."""

    def __init__(self, name: str, command: list[str], log: Path, nice: int = 0, **popen) -> None:
        self.name = name
        self.log = log
        self._log_file = log.open("wb")
        self.process = spawn(command, nice, stdout=self._log_file, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL, **popen)

    @property
    def pid(self) -> int:
        return self.process.pid

    def tail(self, lines: int = 30) -> str:
        """Return the last lines the command wrote."""
        try:
            text = self.log.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def wait_for_port(self, port: int, timeout: float) -> None:
        """Return once 127.0.0.1:port accepts connections; raise if the command dies or time runs out."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with code {self.process.returncode}:\n{self.tail()}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not listen on port {port} within {timeout:.0f} s:\n{self.tail()}")

    def stop(self, timeout: float = 15) -> None:
        """Terminate the whole process group, killing it if it does not end within ``timeout`` s."""
        if self.process.poll() is None:
            signal_group(self.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                pass
        # Grandchildren (the server's workers) may outlive their parent briefly.
        signal_group(self.pid, signal.SIGKILL)
        self.process.wait()
        self._log_file.close()


def signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        pass


def _status(pid: int) -> dict[str, str]:
    fields = {}
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        # The command name (field 2) may hold spaces; the parent pid follows the last ")".
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry))
    return found


def _kib(value: str) -> int:
    return int(value.split()[0])


def server_master(cli_pid: int, timeout: float = 10) -> int:
    """Return the pid of the server's master process (granian or gunicorn) that `emuseum serve` (``cli_pid``) started."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for child in _children(cli_pid):
            try:
                with open(f"/proc/{child}/cmdline", "rb") as fh:
                    if re.search(rb"\b(gunicorn|granian)\b", fh.read()):
                        return child
            except OSError:
                continue
        time.sleep(0.1)
    raise RuntimeError(f"no granian or gunicorn process under pid {cli_pid}")


class WorkerMemory:
    """Sample the resident memory of each child of ``master`` every ``interval`` s in a thread.

    ``peaks()`` gives, per worker pid, the highest VmRSS seen while sampling and the
    kernel's VmHWM (the high-water mark over the worker's whole life).
    """

    def __init__(self, master: int, interval: float = 0.2) -> None:
        self.master = master
        self.interval = interval
        self._peak_rss: dict[int, int] = {}
        self._hwm: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> "WorkerMemory":
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()  # a last look, for VmHWM after the load

    def _run(self) -> None:
        workers: list[int] = []
        next_scan = 0.0
        while not self._stop.is_set():
            if time.monotonic() >= next_scan:  # a worker could be replaced: look again each second
                workers = _children(self.master)
                next_scan = time.monotonic() + 1.0
            self._sample(workers)
            self._stop.wait(self.interval)

    def _sample(self, workers: list[int] | None = None) -> None:
        for pid in workers if workers is not None else _children(self.master):
            try:
                status = _status(pid)
            except OSError:
                continue
            rss, hwm = _kib(status["VmRSS"]), _kib(status["VmHWM"])
            self._peak_rss[pid] = max(self._peak_rss.get(pid, 0), rss)
            self._hwm[pid] = max(self._hwm.get(pid, 0), hwm)

    def peaks(self) -> dict[int, dict[str, float]]:
        """Return {worker pid: {"peak_rss_mib", "hwm_mib"}}."""
        return {pid: {"peak_rss_mib": round(self._peak_rss[pid] / 1024, 1),
                      "hwm_mib": round(self._hwm.get(pid, 0) / 1024, 1)}
                for pid in sorted(self._peak_rss)}


_TICK = os.sysconf("SC_CLK_TCK")


def _busy_seconds() -> float:
    with open("/proc/stat") as fh:
        fields = [int(v) for v in fh.readline().split()[1:]]
    # user + nice + system + steal. Interrupt and softirq time is left out: the kernel charges
    # loopback networking there, to no process, so it would pass for someone else's work.
    return (fields[0] + fields[1] + fields[2] + fields[7]) / _TICK


def _group_seconds(pgids: set[int]) -> float:
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) in pgids:  # field 5, pgrp
            total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / _TICK


def _own_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    waited = resource.getrusage(resource.RUSAGE_CHILDREN)  # wrk, once it has exited
    return own.ru_utime + own.ru_stime + waited.ru_utime + waited.ru_stime


class CpuShare:
    """Measure, over a ``with`` block, how busy the CPUs were and how much of that was not us.

    "Us" is this process, the children it waited for (wrk) and the process groups
    ``pgids`` (the server, nginx). On a shared machine, ``others_pct`` above a few
    percent means the figures are low because of someone else's work.
    """

    def __init__(self, pgids: set[int]) -> None:
        self.pgids = pgids

    def __enter__(self) -> "CpuShare":
        self._start = (time.monotonic(), _busy_seconds(), _group_seconds(self.pgids) + _own_seconds())
        return self

    def __exit__(self, *exc) -> None:
        wall, busy, ours = (time.monotonic(), _busy_seconds(), _group_seconds(self.pgids) + _own_seconds())
        capacity = (wall - self._start[0]) * (os.cpu_count() or 1)
        self.busy_pct = round(100 * (busy - self._start[1]) / capacity, 1)
        self.ours_pct = round(100 * (ours - self._start[2]) / capacity, 1)
        self.others_pct = round(max(0.0, self.busy_pct - self.ours_pct), 1)

    def figures(self) -> dict[str, float]:
        return {"busy_pct": self.busy_pct, "ours_pct": self.ours_pct, "others_pct": self.others_pct}


def background_load(seconds: float = 2.0) -> float:
    """Return the percentage of all CPUs busy over the next ``seconds`` (before we add any load)."""
    with CpuShare(set()) as share:
        time.sleep(seconds)
    return share.busy_pct
