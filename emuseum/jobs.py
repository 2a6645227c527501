"""Background jobs on huey: SQLite (embedded, no server), Redis (several workers) or immediate (tests).

Tasks are registered by name; each runs inside an application context of the worker's own app.
Periodic tasks run in `emuseum jobs run` (and the worker `emuseum serve` starts) on a schedule.
"""
from __future__ import annotations

from typing import Callable

from flask import Flask
from huey import MemoryHuey, RedisHuey, SqliteHuey, crontab
from huey.api import Huey

from .db import db
from .settings import SettingsError

# name -> function(*args) run inside an app context with a fresh session
TASKS: dict[str, Callable[..., object]] = {}
# name -> (function(), crontab schedule) run by the worker on that schedule
PERIODIC: dict[str, tuple[Callable[[], object], crontab]] = {}


def task(name: str):
    """Return a decorator that registers a job function under a stable name."""
    def register(fn):
        TASKS[name] = fn
        return fn
    return register


def periodic(name: str, schedule: crontab):
    """Return a decorator that registers a job function the worker runs on ``schedule``."""
    def register(fn):
        PERIODIC[name] = (fn, schedule)
        return fn
    return register


@task("make_derivatives")
def _make_derivatives(media_id: int) -> None:
    from .services.media import make_derivatives  # noqa: PLC0415  (services import this module's users)
    make_derivatives(db.session, media_id)


@task("search.drain")
def _drain_search_outbox() -> None:
    from .search import search  # noqa: PLC0415
    from .services.indexing import drain  # noqa: PLC0415
    # An engine error propagates: huey retries the job, and the sweep below catches what is left.
    drain(db.session, search.backend)


# After an engine outage the backlog applies within a minute of the engine's return, with no
# new edit needed to trigger it.
@periodic("search.sweep", crontab(minute="*"))
def _sweep_search_outbox() -> None:
    from .search import search  # noqa: PLC0415
    from .services.indexing import drain, backlog  # noqa: PLC0415
    if backlog(db.session).count:
        drain(db.session, search.backend)


class Jobs:
    """Flask extension owning the huey queue of one application."""

    def __init__(self, app: Flask | None = None):
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        config = app.config["EMUSEUM"]
        backend = config["jobs.backend"]
        if backend == "sqlite":
            huey: Huey = SqliteHuey("emuseum", filename=str(app.config["EMUSEUM_INSTANCE"] / "jobs.db"))
        elif backend == "redis":
            huey = RedisHuey("emuseum", url=config["jobs.redis_url"])
        elif backend == "immediate":
            huey = MemoryHuey("emuseum", immediate=True)
        else:
            raise SettingsError(f"jobs.backend must be sqlite, redis or immediate, got {backend!r}")
        handles = {}
        for name, fn in TASKS.items():
            handles[name] = huey.task(name=name, retries=2, retry_delay=5)(_in_context(app, fn))
        for name, (fn, schedule) in PERIODIC.items():
            huey.periodic_task(schedule, name=name)(_in_context(app, fn))
        app.extensions["emuseum.jobs"] = _Queue(huey, handles)


class _Queue:
    def __init__(self, huey: Huey, handles: dict):
        self.huey = huey
        self.handles = handles

    def enqueue(self, name: str, *args):
        """Return huey's result handle of the job queued (or, when immediate, already run)."""
        return self.handles[name](*args)

    def pending(self) -> int:
        """Return how many jobs wait in the queue."""
        return self.huey.pending_count()


def _in_context(app: Flask, fn: Callable) -> Callable:
    def run(*args):
        with app.app_context():
            return fn(*args)
    run.__name__ = fn.__name__
    return run


jobs = Jobs()
