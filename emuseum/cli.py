"""The `emuseum` command: init, demo, serve, jobs, search, media and settings."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import click

from . import create_app, settings
from .serving import ServerSettingError, server_command


def _app(ctx: click.Context):
    if ctx.obj is None:
        try:
            ctx.obj = create_app(ctx.find_root().params.get("overrides_dict") or None)
        except settings.SettingsError as exc:  # a bad --set, config.toml or EMUSEUM_* value: say which
            raise click.UsageError(str(exc), ctx) from None
    return ctx.obj


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--set", "overrides", multiple=True, metavar="SECTION.NAME=VALUE",
              help="Override a setting for this command, e.g. --set database.url=postgresql+psycopg://...")
@click.pass_context
def main(ctx: click.Context, overrides: tuple[str, ...]) -> None:
    """emuseum: the national digital museum catalogue of Kazakhstan."""
    pairs = {}
    for item in overrides:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"expected SECTION.NAME=VALUE, got {item!r}", param_hint="--set")
        if key.strip() not in settings.BY_KEY:
            raise click.BadParameter(f"unknown setting {key.strip()!r} (see `emuseum settings`)", param_hint="--set")
        pairs[key.strip()] = value
    ctx.params["overrides_dict"] = pairs


@main.command()
@click.pass_context
def init(ctx: click.Context) -> None:
    """Create or upgrade the database and load the regions and vocabularies."""
    from .services.setup import initialise
    app = _app(ctx)
    with app.app_context():
        report = initialise()
    click.echo(f"database at revision {report['revision']}; {report['regions']} regions, "
               f"{report['terms']} vocabulary terms")


@main.command()
@click.option("--serve/--no-serve", default=True, show_default=True, help="Serve the site once built.")
@click.option("--exhibits", type=click.IntRange(1, 2_000_000), default=None,
              help="Number of exhibits (default: setting demo.exhibits).")
@click.option("--images", type=click.IntRange(0, 2_000_000), default=None,
              help="Exhibits that get a generated image (default: setting demo.images).")
@click.option("--seed", type=int, default=None, help="Random seed (default: setting demo.seed).")
@click.option("--bind", default=None, help="host:port to serve on (default: setting server.bind).")
@click.pass_context
def demo(ctx: click.Context, serve: bool, exhibits: int | None, images: int | None, seed: int | None,
         bind: str | None) -> None:
    """Build the national demo catalogue from scratch (it replaces the database's contents), then serve it."""
    from .demo.build import build_demo
    app = _app(ctx)
    config = app.config["EMUSEUM"]
    with app.app_context():
        summary = build_demo(exhibits=exhibits or config["demo.exhibits"],
                             images=config["demo.images"] if images is None else images,
                             seed=config["demo.seed"] if seed is None else seed, progress=True)
    click.echo("demo built: " + ", ".join(f"{v} {k}" for k, v in summary.items()))
    if serve:
        ctx.invoke(serve_command, bind=bind)


@main.command("serve")
@click.option("--bind", default=None, help="host:port (default: setting server.bind).")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="server worker processes (default: setting server.workers).")
@click.option("--jobs-worker/--no-jobs-worker", default=None,
              help="Also run a job worker beside the server (default: setting jobs.embedded_worker).")
@click.pass_context
def serve_command(ctx: click.Context, bind: str | None, workers: int | None, jobs_worker: bool | None) -> None:
    """Serve the site with a production WSGI server (server.engine: granian or gunicorn) and a job worker.

    ``--no-jobs-worker`` (or jobs.embedded_worker = false) leaves the jobs to workers elsewhere.
    """
    app = _app(ctx)
    config = app.config["EMUSEUM"]
    bind = bind or config["server.bind"]
    workers = workers or config["server.workers"]
    embedded = config["jobs.embedded_worker"] if jobs_worker is None else jobs_worker
    env = dict(os.environ)
    for key, value in _overrides(ctx).items():
        env[settings.BY_KEY[key].env_name] = str(value)
    env["EMUSEUM_APP_INSTANCE_PATH"] = str(app.config["EMUSEUM_INSTANCE"])
    try:
        command = server_command(config["server.engine"], bind, workers, config["server.threads"],
                                 access_log=bool(os.environ.get("EMUSEUM_ACCESS_LOG")))
    except ServerSettingError as error:
        raise click.BadParameter(str(error), param_hint="--bind" if error.setting == "server.bind" else error.setting)
    worker = None
    if embedded and config["jobs.backend"] != "immediate":
        worker = subprocess.Popen([sys.executable, "-m", "emuseum.cli", "jobs", "run"], env=env)
    click.echo(f"emuseum serving on http://{bind}/ with {config['server.engine']}, {workers} workers"
               + (" and a job worker" if worker else ""))
    server = subprocess.Popen(command, env=env)
    # A service manager stops `serve` with SIGTERM: pass it on, so the server stops its workers
    # gracefully instead of being left behind without its parent.
    signal.signal(signal.SIGTERM, lambda *_: server.send_signal(signal.SIGTERM))
    try:
        code = server.wait()
    except KeyboardInterrupt:
        server.send_signal(signal.SIGTERM)
        code = server.wait()
    finally:
        if worker is not None:
            worker.send_signal(signal.SIGINT)
            try:
                worker.wait(timeout=15)
            except subprocess.TimeoutExpired:
                worker.kill()
    sys.exit(code)


def _overrides(ctx: click.Context) -> dict:
    return ctx.find_root().params.get("overrides_dict") or {}


@main.group()
def jobs() -> None:
    """Background jobs: run a worker, or see the queue."""


@jobs.command("run")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Worker threads (default: jobs.workers).")
@click.pass_context
def jobs_run(ctx: click.Context, workers: int | None) -> None:
    """Run a job worker until interrupted."""
    app = _app(ctx)
    queue = app.extensions["emuseum.jobs"]
    if app.config["EMUSEUM"]["jobs.backend"] == "immediate":
        raise click.UsageError("jobs.backend is 'immediate': jobs run in the caller, there is no queue")
    consumer = queue.huey.create_consumer(workers=workers or app.config["EMUSEUM"]["jobs.workers"],
                                          worker_type="thread", check_worker_health=True)
    consumer.run()


@jobs.command("status")
@click.pass_context
def jobs_status(ctx: click.Context) -> None:
    """Show how many jobs wait and the processing state of media."""
    from .db import db
    from .services.media import media_counts
    app = _app(ctx)
    with app.app_context():
        from .services.indexing import backlog
        counts = media_counts(db.session)
        click.echo(f"queued jobs: {app.extensions['emuseum.jobs'].pending()}")
        click.echo(f"search backlog: {backlog(db.session).count} documents")
        for status in ("pending", "processing", "ready", "failed"):
            click.echo(f"media {status}: {counts.get(status, 0)}")


@main.command("reindex")
@click.option("--progress/--no-progress", default=True, show_default=True, help="Show a progress bar.")
@click.pass_context
def reindex_command(ctx: click.Context, progress: bool) -> None:
    """Rebuild the search index from the database and swap it in; searches keep working meanwhile."""
    from tqdm import tqdm

    from indexer import SearchEngineError

    from .db import db
    from .search import search as search_extension
    from .services.indexing import reindex
    app = _app(ctx)
    with app.app_context(), tqdm(unit="doc", disable=not progress, desc="reindex", dynamic_ncols=True) as bar:
        def advance(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        try:
            indexed, replayed = reindex(db.session, search_extension.backend, advance)
        except (SearchEngineError, TimeoutError) as exc:
            raise click.ClickException(f"the search index was not rebuilt: {exc}") from None
    click.echo(f"{indexed} documents indexed; {replayed} changes made meanwhile applied")


@main.group("search")
def search_group() -> None:
    """The search index: its backlog and its engine."""


@search_group.command("status")
@click.pass_context
def search_status(ctx: click.Context) -> None:
    """Show the engine, how many documents it holds and the changes waiting to be indexed."""
    from indexer import SearchEngineError

    from .db import db
    from .search import search as search_extension
    from .services.indexing import backlog
    app = _app(ctx)
    with app.app_context():
        waiting = backlog(db.session)
        click.echo(f"backend: {search_extension.engine.name}")
        try:
            click.echo(f"documents: {search_extension.backend.count()}")
        except SearchEngineError as exc:
            click.echo(f"documents: unknown, the engine does not answer ({exc})")
        click.echo(f"backlog: {waiting.count} changes waiting")
        if waiting.oldest is not None:
            click.echo(f"oldest queued: {waiting.oldest.isoformat(timespec='seconds')}")


@main.group()
def media() -> None:
    """Media of exhibits."""


@main.group()
def museums() -> None:
    """Museum records."""


@museums.command("logo")
@click.argument("slug")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def museums_logo(ctx: click.Context, slug: str, file: Path) -> None:
    """Set the logo of museum SLUG from an image FILE (JPEG, PNG, TIFF or WebP; stored as a PNG)."""
    from .db import db
    from .services.errors import ServiceError
    from .services.identity import SYSTEM
    from .services.logos import set_logo
    with _app(ctx).app_context():
        try:
            with file.open("rb") as fh:
                museum = set_logo(db.session, SYSTEM, slug, fh, file.name)
        except ServiceError as exc:
            db.session.rollback()
            click.echo(f"{file}: refused: {exc.message}", err=True)
            sys.exit(1)
        click.echo(f"{museum.slug}: logo {museum.logo_sha256[:12]}")


@media.command("add")
@click.argument("exhibit", type=int)
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def media_add(ctx: click.Context, exhibit: int, files: tuple[Path, ...]) -> None:
    """Attach image or 3D model FILES to EXHIBIT (its id); derivatives follow in a job."""
    from .db import db
    from .services.errors import ServiceError
    from .services.identity import SYSTEM
    from .services.media import attach_media
    app = _app(ctx)
    failed = 0
    with app.app_context():
        for path in files:
            try:
                with path.open("rb") as fh:
                    record = attach_media(db.session, SYSTEM, exhibit, fh, path.name)
                db.session.refresh(record)  # an immediate job queue has already made it ready
                click.echo(f"{path}: media {record.id} ({record.media_type}, {record.status})")
            except ServiceError as exc:
                db.session.rollback()
                failed += 1
                click.echo(f"{path}: refused: {exc.message}", err=True)
    if failed:
        sys.exit(1)


@main.group()
def iiif() -> None:
    """IIIF Image API: static exports of public images."""


@iiif.command("export-static")
@click.argument("target", nargs=-1, required=True, metavar="EXHIBIT|--all DIR")
@click.option("--all", "everything", is_flag=True, help="Export every public image instead of one exhibit's.")
@click.option("--base-url", required=True,
              help="URL at which DIR will be served, e.g. https://static.emuseum.kz/iiif; "
                   "each image's id is BASE-URL/IDENTIFIER.")
@click.option("--tile-size", type=click.IntRange(64, 4096), default=512, show_default=True,
              help="Width and height of the tiles.")
@click.option("--progress/--no-progress", default=True, show_default=True, help="Show a progress bar.")
@click.pass_context
def iiif_export_static(ctx: click.Context, target: tuple[str, ...], everything: bool, base_url: str,
                       tile_size: int, progress: bool) -> None:
    """Write a IIIF level 0 tree (info.json, sizes and tiles) of each public image of EXHIBIT, or of all, into DIR."""
    from tqdm import tqdm

    from .db import db
    from .services.errors import ServiceError
    from .services.static_iiif import export_static
    if everything != (len(target) == 1) or len(target) > 2:
        raise click.UsageError("give EXHIBIT DIR, or --all DIR", ctx)
    if not base_url.startswith(("http://", "https://")):
        raise click.BadParameter("must be an http:// or https:// URL", param_hint="--base-url")
    exhibit = None
    if not everything:
        try:
            exhibit = int(target[0])
        except ValueError:
            raise click.BadParameter(f"{target[0]!r} is not an exhibit id", param_hint="EXHIBIT") from None
    directory = Path(target[-1])
    app = _app(ctx)
    with app.app_context(), tqdm(unit="file", disable=not progress, desc="IIIF level 0") as bar:
        def advance(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        try:
            summary = export_static(db.session, directory, base_url, exhibit, tile_size, progress=advance)
        except ServiceError as exc:
            raise click.ClickException(exc.message) from None
    for reason in summary.skipped:
        click.echo(f"skipped {reason}", err=True)
    click.echo(f"{summary.images} images, {summary.files} files encoded, in {summary.directory}")


@main.command("settings")
def settings_command() -> None:
    """List every setting with its environment variable, default and meaning."""
    for s in settings.SETTINGS:
        click.echo(f"{s.key} ({s.type.__name__}, env {s.env_name}, default {s.default!r})\n    {s.help}")


@main.command("reset", hidden=True)
@click.confirmation_option(prompt="Delete the instance folder with its database and media?")
@click.pass_context
def reset(ctx: click.Context) -> None:
    """Delete the instance folder (database, media, job queue)."""
    app = _app(ctx)
    shutil.rmtree(app.config["EMUSEUM_INSTANCE"], ignore_errors=True)


if __name__ == "__main__":
    main()
