"""The database extension: one engine per app, one session per request or command."""
from __future__ import annotations

from flask import Flask, current_app, g
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker


class Database:
    """Flask extension holding the engine; ``db.session`` is the session of the current context."""

    def __init__(self, app: Flask | None = None):
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        engine = make_engine(app.config["EMUSEUM"]["database.url"], app.config["EMUSEUM"]["database.echo"])
        app.extensions["emuseum.db"] = (engine, sessionmaker(engine, expire_on_commit=False))
        # A request inside an already open app context (tests, CLI) must still not share its session
        # with the next request, so the session also ends with each request.
        app.teardown_request(self._close_session)
        app.teardown_appcontext(self._close_session)

    @property
    def engine(self) -> Engine:
        return current_app.extensions["emuseum.db"][0]

    @property
    def session(self) -> Session:
        if "db_session" not in g:
            g.db_session = current_app.extensions["emuseum.db"][1]()
        return g.db_session

    @staticmethod
    def _close_session(exc: BaseException | None) -> None:
        session = g.pop("db_session", None)
        if session is not None:
            if exc is not None:
                session.rollback()
            session.close()


def make_engine(url: str, echo: bool = False) -> Engine:
    """Return an engine for ``url`` set up as the application's (also for worker processes)."""
    kwargs: dict = {"echo": echo, "future": True}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    else:
        kwargs.update(pool_pre_ping=True, pool_size=5, max_overflow=10)
    engine = create_engine(url, **kwargs)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets the web workers read while a job or import writes; foreign keys are off by default.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


db = Database()
