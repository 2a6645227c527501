"""Fixtures: ``app`` (a fresh catalogue per test), ``client``, ``runner``, ``session`` and factories.

The database is SQLite in a temporary folder unless EMUSEUM_TEST_DATABASE_URL names another
(PostgreSQL in CI); with pytest-xdist each worker uses its own database, suffixed _gw0, _gw1...
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from emuseum import create_app
from emuseum.db import db
from emuseum.models import Base
from emuseum.services.setup import initialise

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
IN_CI = os.environ.get("CI") == "true"


def _database_url(tmp_root: Path) -> str:
    url = os.environ.get("EMUSEUM_TEST_DATABASE_URL", "")
    if not url:
        return f"sqlite:///{tmp_root / 'test.db'}"
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    return f"{url}_{worker}" if worker else url


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    """Return the URL of this worker's test database, emptied of any earlier run's tables."""
    url = _database_url(tmp_path_factory.mktemp("db"))
    if not url.startswith("sqlite"):
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    return url


@pytest.fixture(scope="session")
def migrated(database_url, tmp_path_factory):
    """Run the migrations once per session; tests then empty the tables instead of rebuilding."""
    app = create_app({"app.instance_path": str(tmp_path_factory.mktemp("instance")),
                      "database.url": database_url, "jobs.backend": "immediate"})
    with app.app_context():
        initialise()
        db.session.close()
        db.engine.dispose()
    return database_url


def _empty_tables() -> None:
    with db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


@pytest.fixture
def app(migrated, tmp_path):
    """Return an application on a catalogue holding only the regions and base vocabularies."""
    app = create_app({"app.instance_path": str(tmp_path / "instance"), "database.url": migrated,
                      "jobs.backend": "immediate", "app.secret_key": "test"})
    app.config["TESTING"] = True
    with app.app_context():
        _empty_tables()
        initialise()
        db.session.close()
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def session(app):
    """Return a database session of the test's own, inside an open application context.

    Requests made by the test client get sessions of their own, as in production, so a page
    never sees the test's uncommitted state and the test never reads a request's stale objects.
    """
    own = app.extensions["emuseum.db"][1]()
    with app.app_context():
        yield own
    own.close()


def shared_path(*parts: str) -> Path:
    """Return a path under ../shared; skip when it is absent, but fail under CI=true."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing: CI must have ../shared beside the project")
        pytest.skip(f"{path} is absent (../shared is only beside developer and CI checkouts)")
    return path
