"""Migrations: a fresh database reaches the head revision, and the migrated schema is the models' schema."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from emuseum import create_app, schema
from emuseum.db import db
from emuseum.models import Base


def _differences(url: str) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            # Alembic reads SQLite's server_default '' back as "''" and reports every one as changed.
            opts = {"compare_type": True, "compare_server_default": conn.dialect.name != "sqlite"}
            context = MigrationContext.configure(conn, opts=opts)
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


def _fresh_app(tmp_path):
    return create_app({"app.instance_path": str(tmp_path / "instance"),
                       "database.url": f"sqlite:///{tmp_path / 'fresh.db'}", "jobs.backend": "immediate"})


def test_fresh_sqlite_database_reaches_head(tmp_path):
    app = _fresh_app(tmp_path)
    with app.app_context():
        assert schema.current_revision() is None
        assert schema.upgrade() == schema.head_revision()
        assert schema.current_revision() == schema.head_revision()
        assert schema.upgrade() == schema.head_revision()  # a second run has nothing to do
        tables = set(inspect(db.engine).get_table_names())
        db.engine.dispose()
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_one_linear_history():
    scripts = ScriptDirectory.from_config(schema.alembic_config())
    assert len(scripts.get_heads()) == 1
    assert [r.revision for r in scripts.walk_revisions()][-1] == "0001"


def test_migrated_sqlite_schema_matches_the_models(tmp_path):
    app = _fresh_app(tmp_path)
    with app.app_context():
        schema.upgrade()
        db.engine.dispose()
    assert _differences(f"sqlite:///{tmp_path / 'fresh.db'}") == []


def test_migrated_test_database_matches_the_models(migrated):
    # SQLite by default; PostgreSQL when EMUSEUM_TEST_DATABASE_URL names it.
    assert _differences(migrated) == []


def test_downgrade_to_base_and_up_again(tmp_path):
    from alembic import command

    app = _fresh_app(tmp_path)
    with app.app_context():
        schema.upgrade()
        config = schema.alembic_config()
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert schema.current_revision() is None
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        assert schema.upgrade() == schema.head_revision()
        db.engine.dispose()
