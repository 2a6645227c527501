"""`emuseum demo`: wipe the catalogue and build the national demo through the service layer.

The plan (museums, persons, exhibits, pictures, models) is a pure function of the seed, made by
:mod:`.catalogue`; this module only writes it. Every record goes through the same services staff
use, so every exhibit has its history; writes are committed in batches (the services' ``commit``
keyword) because one commit per record would dominate the build on PostgreSQL. Pictures are
rendered by worker processes while the exhibits are written, and their derivatives are left to
the job queue.
"""
from __future__ import annotations

import io
import os
import shutil
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import get_context
from typing import Callable, Container, Iterable, Iterator, TypeVar

from flask import current_app
from sqlalchemy import func, select
from tqdm import tqdm

from .. import schema
from ..db import db
from ..models import Base, Exhibit, MediaRecord, Museum, Person, Region, State
from ..services import exhibits as exhibit_service
from ..services import media as media_service
from ..services import museums as museum_service
from ..services import persons as person_service
from ..search import search
from ..services.identity import SYSTEM
from ..services.indexing import reindex
from ..services.setup import initialise
from .catalogue import ExhibitPlan, MediaPlan, plan_catalogue
from .images import render
from .models3d import render_model

BATCH = 250  # records per commit
PARALLEL_FROM = 60  # fewer pictures than this are rendered in this process
T = TypeVar("T")


def build_demo(exhibits: int, images: int, seed: int, progress: bool = False) -> dict[str, int]:
    """Return counts of what was built after replacing the whole catalogue with the demo."""
    session = db.session
    schema.upgrade()  # a fresh database has no tables to empty yet
    wipe_catalogue()
    initialise()
    plan = plan_catalogue(seed=seed, exhibits=exhibits, images=images)
    pictured = {item.exhibit for item in plan.media}
    with _renderer(len(plan.media)) as pool:
        # Pictures render in other processes while the records are written.
        contents = pool.map(_render_media, plan.media, chunksize=8) if pool else map(_render_media, plan.media)
        _write(plan.museums, "museums", progress,
               lambda data: museum_service.create_museum(session, SYSTEM, data, commit=False))
        persons = _write(plan.persons, "persons", progress,
                         lambda data: person_service.create_person(session, SYSTEM, data, commit=False))
        records = _write(plan.exhibits, "exhibits", progress,
                         lambda item: exhibit_service.create_exhibit(session, SYSTEM, item.museum,
                                                                     _exhibit_data(item, persons), commit=False),
                         keep=pictured)
        _write(zip(plan.media, contents), "media", progress,
               lambda pair: media_service.attach_media(session, SYSTEM, records[pair[0].exhibit].id,
                                                       io.BytesIO(pair[1]), pair[0].filename, alt=pair[0].alt,
                                                       commit=False),
               total=len(plan.media))
    for index in plan.withdrawn:  # withdrawn exhibits were published once: the history shows both steps
        exhibit_service.change_state(session, SYSTEM, records[index].id, State.WITHDRAWN.value)
    session.commit()
    # One bulk rebuild rather than the drains the batches queued; they find the outbox empty.
    _index(progress)
    return _summary()


def _index(progress: bool) -> None:
    """Rebuild the search index from the demo just written."""
    bar = tqdm(desc="search index", unit="", dynamic_ncols=True) if progress else None

    def advance(done: int, total: int) -> None:
        if bar is not None:
            bar.total = total
            bar.update(done - bar.n)

    reindex(db.session, search.backend, advance)
    if bar is not None:
        bar.close()


def wipe_catalogue() -> None:
    """Delete every record, the stored media, their derivatives and any queued job."""
    app = current_app
    session = db.session
    session.rollback()
    with db.engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
    session.expunge_all()
    app.extensions["emuseum.storage"].clear()
    cache = app.extensions["emuseum.derivatives"].root
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True, exist_ok=True)
    app.extensions["emuseum.jobs"].huey.flush()  # jobs of the old catalogue would find nothing


@dataclass(frozen=True)
class _Written:
    """What a write step leaves behind: the id of each record, and the records later steps use again."""
    id: int
    record: object | None = None


def _write(rows: Iterable[T], desc: str, progress: bool, create: Callable[[T], Base],
           keep: Container[int] | None = None, total: int | None = None) -> list[_Written]:
    """Return what ``create`` made of each row, committing every BATCH rows.

    The session holds records weakly; those ``keep`` names (all, when None) are held here, so that
    using them again needs no query. Each service call flushes its own record, so autoflush, which
    would flush its history entry separately, is off.
    """
    session = db.session
    total = len(rows) if total is None else total  # type: ignore[arg-type]
    bar = tqdm(rows, total=total, desc=desc, unit="", dynamic_ncols=True) if progress else rows
    written = []
    with session.no_autoflush:
        for i, row in enumerate(bar):
            record = create(row)
            written.append(_Written(record.id, record if keep is None or i in keep else None))
            if (i + 1) % BATCH == 0:
                session.commit()
    session.commit()
    return written


def _exhibit_data(item: ExhibitPlan, persons: list[_Written]) -> dict:
    return dict(item.data, people=[{"person": persons[p].id, "role": role} for p, role in item.people])


def _render_media(item: MediaPlan) -> bytes:
    return render_model(item.model, item.seed) if item.model else render(item.picture)


@contextmanager
def _renderer(count: int) -> Iterator[Executor | None]:
    """Yield a pool of worker processes for many pictures, or None to render in this process."""
    # One core stays with this process, which writes the records while the others render.
    workers = min(4, (os.cpu_count() or 1) - 1)
    if count < PARALLEL_FROM or workers < 1:
        yield None
        return
    # spawn, not fork: the children must not inherit this process's database connections
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        yield pool


def _summary() -> dict[str, int]:
    session = db.session

    def count(model, *where) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    return {"regions": count(Region), "museums": count(Museum), "persons": count(Person),
            "exhibits": count(Exhibit), "published": count(Exhibit, Exhibit.state == State.PUBLISHED.value),
            "images": count(MediaRecord, MediaRecord.kind == "image"),
            "models": count(MediaRecord, MediaRecord.kind == "model")}
