"""Running model work in a child process with a time and memory limit, so nothing a file does reaches the caller.

trimesh, the image decoders and the renderer are C and Python code reading bytes strangers sent: a
file may make them loop, eat memory or crash. The work runs in a process forked from a small fork
server (the caller's threads and database connections are never forked); past its time it is killed,
over its memory it fails cleanly, and a crash becomes a reason in words. The caller gets the result,
ModelRejected for the uploader's file, or ChildFailed for everything else.
"""
from __future__ import annotations

import multiprocessing
import resource
import signal
import time
from dataclasses import dataclass
from typing import Any, Callable

from .limits import ModelRejected

_CONTEXT = multiprocessing.get_context("forkserver")
# The fork server imports these once; each child then starts with numpy and trimesh ready. Never
# pyrender: an OpenGL context must not be made in a process that later forks.
_CONTEXT.set_forkserver_preload(["media.models3d.inspect"])
_MIB = 1024 * 1024


class ChildFailed(Exception):
    """The work crashed, ran out of time or memory, or raised an error of ours; the message says which."""


@dataclass(frozen=True)
class ChildStats:
    seconds: float      # of the work itself, from inside the child
    cpu_seconds: float  # user and system time the child used, all its threads (a busy machine inflates the other)
    max_rss: int        # peak resident memory of the child, in bytes


def run_in_child(function: Callable[..., Any], *args: Any, seconds: float,
                 memory_bytes: int | None = None) -> tuple[Any, ChildStats]:
    """Return what ``function(*args)`` returns in a child process, with the child's time and peak memory.

    ``function`` must be importable by name (a module-level function) and its arguments and result
    picklable. Raise ModelRejected as the child raised it, or ChildFailed when the child raised
    anything else, crashed, ran out of memory or was killed after ``seconds``.
    """
    receiver, sender = _CONTEXT.Pipe(duplex=False)
    process = _CONTEXT.Process(target=_child, args=(sender, function, args, memory_bytes), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            process.kill()
            process.join()
            raise ChildFailed(f"took longer than the limit of {seconds:g} s and was stopped")
        try:
            outcome, payload, stats = receiver.recv()
        except EOFError:  # the child died without a word: a crash or the kernel's OOM killer
            process.join()
            raise ChildFailed(_death(process.exitcode)) from None
    finally:
        receiver.close()
        if process.is_alive():
            process.join(5)
            if process.is_alive():
                process.kill()
                process.join()
    if outcome == "ok":
        return payload, stats
    if outcome == "rejected":
        raise payload  # ModelRejected or NotAModel, as the child raised it
    raise ChildFailed(payload)


def _child(sender, function: Callable[..., Any], args: tuple, memory_bytes: int | None) -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime
    try:
        message = ("ok", function(*args))
    except ModelRejected as exc:
        message = ("rejected", exc)
    except MemoryError:
        limit = f" (limit {memory_bytes // _MIB} MiB)" if memory_bytes else ""
        message = ("failed", f"ran out of memory{limit}")
    except Exception as exc:  # reported to the parent in words; the child ends either way
        message = ("failed", f"{type(exc).__name__}: {exc}")
    usage = resource.getrusage(resource.RUSAGE_SELF)
    stats = ChildStats(time.perf_counter() - started, usage.ru_utime + usage.ru_stime - cpu_before,
                       usage.ru_maxrss * 1024)
    sender.send((*message, stats))
    sender.close()


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        if name == "SIGKILL":
            return "was killed (SIGKILL), most likely for using too much memory"
        return f"crashed ({name})"
    return f"ended without a result (exit code {exitcode})"
