"""The `emuseum` command on a temporary SQLite instance, through click's CliRunner."""
from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from PIL import Image
from sqlalchemy import select

from emuseum import create_app, schema
from emuseum.cli import main
from emuseum.db import db
from emuseum.models import MediaRecord
from emuseum.settings import SETTINGS

from .factories import make_exhibit


@pytest.fixture
def overrides(tmp_path, monkeypatch) -> dict[str, str]:
    """Return the settings of a throwaway instance (SQLite, the embedded SQLite job queue)."""
    for setting in SETTINGS:
        monkeypatch.delenv(setting.env_name, raising=False)
    monkeypatch.chdir(tmp_path)  # no config.toml here
    return {"app.instance_path": str(tmp_path / "instance"),
            "database.url": f"sqlite:///{tmp_path / 'cli.db'}", "jobs.backend": "sqlite"}


def run(overrides: dict[str, str], *args: str):
    options = [part for key, value in overrides.items() for part in ("--set", f"{key}={value}")]
    return CliRunner().invoke(main, [*options, *args])


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


def _png(path: Path, size=(320, 200)) -> Path:
    Image.new("RGB", size, (20, 120, 200)).save(path, "PNG")
    return path


@pytest.fixture
def initialised(overrides):
    result = run(overrides, "init")
    assert result.exit_code == 0, result.output
    return overrides


def test_main_help():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "the national digital museum catalogue of Kazakhstan" in result.output
    for name in ("init", "demo", "serve", "jobs", "media", "settings"):
        assert name in result.output


@pytest.mark.parametrize("path", list(_commands(main)), ids=" ".join)
def test_every_command_has_help(path):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert f"Usage: main {' '.join(path)}" in result.output
    command = main
    for name in path:
        command = command.commands[name]
    assert command.help
    assert " ".join(command.help.split()) in " ".join(result.output.split())  # help text, however wrapped


def test_init_creates_the_database_and_regions(overrides):
    result = run(overrides, "init")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"database at revision {schema.head_revision()}; 20 regions, ")
    again = run(overrides, "init")  # nothing left to do the second time
    assert again.output == f"database at revision {schema.head_revision()}; 0 regions, 0 vocabulary terms\n"
    assert Path(overrides["database.url"].removeprefix("sqlite:///")).exists()


def test_settings_lists_every_key():
    result = CliRunner().invoke(main, ["settings"])
    assert result.exit_code == 0
    listed = [line.split(" ")[0] for line in result.output.splitlines() if not line.startswith(" ")]
    assert listed == [s.key for s in SETTINGS]


@pytest.mark.parametrize("args, message", [
    (["--set", "foo", "settings"], "Invalid value for --set: expected SECTION.NAME=VALUE, got 'foo'"),
    (["--set", "server.wrokers=3", "settings"], "Invalid value for --set: unknown setting 'server.wrokers'"),
    (["--set", "jobs.workers=many", "jobs", "status"], "jobs.workers from overrides must be int, got 'many'"),
    (["--set", "jobs.backend=rabbitmq", "jobs", "status"],
     "jobs.backend must be sqlite, redis or immediate, got 'rabbitmq'"),
    (["--set", "jobs.backend=immediate", "jobs", "run"], "jobs.backend is 'immediate': jobs run in the caller"),
    (["media", "add", "1", "missing.png"], "'missing.png' does not exist"),
], ids=["set-without-equals", "unknown-setting", "wrong-type", "unknown-job-backend", "immediate-worker",
        "missing-file"])
def test_usage_errors_name_what_is_wrong(overrides, args, message):
    result = run(overrides, *args)  # a later --set wins over the instance's
    assert result.exit_code == 2, result.output
    assert message in result.output


def _exhibit_id(overrides) -> int:
    app = create_app(overrides)
    with app.app_context():
        exhibit_id = make_exhibit(db.session).id
        db.engine.dispose()
    return exhibit_id


def _media(overrides) -> list[tuple[str, str, int | None]]:
    app = create_app(overrides)
    with app.app_context():
        records = db.session.scalars(select(MediaRecord).order_by(MediaRecord.id))
        rows = [(m.original_filename, m.status, m.width) for m in records]
        db.engine.dispose()
    return rows


# With a queue, the museum's and the exhibit's commits each left a search drain waiting beside the
# derivative job, and their two documents wait in the search backlog.
@pytest.mark.parametrize("backend, status, queued, jobs, backlog",
                         [("sqlite", "pending", 1, 3, 2), ("immediate", "ready", 0, 0, 0)])
def test_media_add_attaches_then_jobs_status_counts(initialised, tmp_path, backend, status, queued, jobs, backlog):
    instance = dict(initialised, **{"jobs.backend": backend})
    exhibit_id = _exhibit_id(instance)
    photo = _png(tmp_path / "dombra.png")
    result = run(instance, "media", "add", str(exhibit_id), str(photo))
    assert result.exit_code == 0, result.output
    assert result.output == f"{photo}: media 1 (image/png, {status})\n"
    assert _media(instance) == [("dombra.png", status, 320)]

    counts = run(instance, "jobs", "status")
    assert counts.exit_code == 0, counts.output
    assert counts.output == (f"queued jobs: {jobs}\nsearch backlog: {backlog} documents\n"
                             f"media pending: {queued}\nmedia processing: 0\n"
                             f"media ready: {1 - queued}\nmedia failed: 0\n")


def test_media_add_refuses_a_text_file_and_goes_on_with_the_rest(initialised, tmp_path):
    exhibit_id = _exhibit_id(initialised)
    text = tmp_path / "notes.jpg"
    text.write_text("not a picture at all\n" * 10)
    photo = _png(tmp_path / "good.png")
    result = run(initialised, "media", "add", str(exhibit_id), str(text), str(photo))
    assert result.exit_code == 1
    assert f"{text}: refused: file: notes.jpg is neither an image (JPEG, PNG, TIFF or WebP) nor a 3D model" in result.output
    assert f"{photo}: media 1 (image/png, pending)" in result.output
    assert _media(initialised) == [("good.png", "pending", 320)]


def test_media_add_to_a_missing_exhibit_is_refused(initialised, tmp_path):
    result = run(initialised, "media", "add", "4242", str(_png(tmp_path / "a.png")))
    assert result.exit_code == 1
    assert "refused: no exhibit 4242" in result.output


def test_reset_deletes_the_instance_folder(initialised):
    instance = Path(initialised["app.instance_path"])
    assert (instance / "jobs.db").exists()
    result = run(initialised, "reset", "--yes")
    assert result.exit_code == 0, result.output
    assert not instance.exists()
