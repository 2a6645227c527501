"""Settings declared once: name, type, default and help text.

Values come from the defaults below, then ``config.toml`` (the file named by
``EMUSEUM_CONFIG``, else ``config.toml`` in the working directory), then
``EMUSEUM_<SECTION>_<NAME>`` environment variables, then the overrides a test
or the CLI passes to :func:`emuseum.create_app`.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Setting:
    key: str  # "section.name" as written in config.toml
    type: type
    default: Any
    help: str

    @property
    def env_name(self) -> str:
        return "EMUSEUM_" + self.key.replace(".", "_").upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("app.instance_path", str, "instance",
            "Folder for the SQLite database, media store and job queue on one machine; "
            "relative paths are taken from the working directory."),
    Setting("app.secret_key", str, "change-me-in-production",
            "Key that signs session cookies; set a long random value in production."),
    Setting("app.base_url", str, "",
            "Public base URL (https://emuseum.kz) used in citations, JSON links and IIIF ids; "
            "empty means the URL of the current request."),
    Setting("app.default_language", str, "kk",
            "Interface language for visitors who chose none and whose browser prefers none of ours."),
    Setting("database.url", str, "",
            "SQLAlchemy URL. Empty means SQLite in the instance folder; "
            "postgresql+psycopg://user@host/db for PostgreSQL."),
    Setting("database.echo", bool, False, "Log every SQL statement (debugging only)."),
    Setting("storage.backend", str, "local",
            "Where media files live: 'local' (content-addressed files on disk)."),
    Setting("storage.path", str, "",
            "Folder of the local media store; empty means <instance>/media."),
    Setting("jobs.backend", str, "sqlite",
            "Background job queue: 'sqlite' (embedded, no server), 'redis' (several workers "
            "on several machines) or 'immediate' (run at once in the caller; tests)."),
    Setting("jobs.redis_url", str, "redis://127.0.0.1:6379/0", "Redis URL for jobs.backend = 'redis'."),
    Setting("jobs.workers", int, 2, "Worker threads of `emuseum jobs run` and of the worker `serve` starts."),
    Setting("jobs.embedded_worker", bool, True,
            "Let `emuseum serve` start a job worker beside the web server, so one machine needs nothing else."),
    Setting("server.bind", str, "127.0.0.1:8000", "Address and port `emuseum serve` listens on."),
    Setting("server.engine", str, "granian",
            "Production WSGI server `emuseum serve` runs: 'granian' (Rust HTTP, the fastest here) or 'gunicorn'."),
    Setting("server.workers", int, 2, "Number of worker processes of `emuseum serve`."),
    Setting("server.threads", int, 4,
            "Threads per gunicorn worker (granian runs one Python thread a worker: scale it with server.workers)."),
    Setting("api.page_size", int, 20, "Default number of items per page in the JSON API and lists."),
    Setting("api.max_page_size", int, 100, "Largest page size a client may ask for; larger is a 400."),
    Setting("media.max_upload_bytes", int, 512 * 1024 * 1024, "Largest media file accepted at upload."),
    Setting("media.max_image_pixels", int, 100_000_000,
            "Largest image (width x height) accepted; larger ones are refused as possible decompression bombs."),
    Setting("media.max_model_faces", int, 5_000_000,
            "Most faces a 3D model may have; larger ones are refused at upload."),
    Setting("media.model_face_budget", int, 200_000,
            "Faces of the decimated level of detail made for 3D models above this size (the full GLB stays downloadable)."),
    Setting("media.model_time_limit", int, 900,
            "Seconds a 3D model's derivative job may run before it is stopped and marked failed (it can be retried)."),
    Setting("iiif.tile_size", int, 512,
            "Side in pixels of the square tiles the IIIF Image API offers viewers in info.json."),
    Setting("iiif.max_width", int, 0,
            "Widest image in pixels the IIIF Image API delivers (maxWidth); 0 means no limit but the image's own."),
    Setting("iiif.max_height", int, 0,
            "Tallest image in pixels the IIIF Image API delivers (maxHeight; needs iiif.max_width); 0 means no limit."),
    Setting("iiif.max_area", int, 25_000_000,
            "Most pixels (width x height) one IIIF image response may have (maxArea): max is scaled to fit it and "
            "larger explicit sizes are a 400. Declaring any limit also permits upscaling with ^ up to it; with all "
            "three 0, upscaling is a 501."),
    Setting("iiif.strict_confined_size", bool, True,
            "Answer !w,h without ^ with a 400 when the box is larger than the region both ways, as the official "
            "IIIF validator, IIPImage and Cantaloupe do; false follows IIIF 3.0 4.2 to the letter and returns "
            "the region at its full size."),
    Setting("iiif.cache_path", str, "",
            "Folder of the rendered IIIF images (tiles, sizes); empty means iiif-cache beside the media store."),
    Setting("iiif.cache_bytes", int, 2 * 1024**3,
            "Largest total size of rendered IIIF images kept on disk; beyond it the least recently used are "
            "removed. 0 turns the cache off."),
    Setting("iiif.lookup_seconds", int, 5,
            "Seconds a server process remembers which IIIF identifiers name public images, so cached tiles "
            "need no database; a withdrawn exhibit's images stop being served at most this long after."),
    Setting("cache.responses_mb", int, 64,
            "Megabytes of rendered pages and IIIF documents each server process keeps in memory, keyed on the "
            "catalogue's generation so an edit shows at once; 0 turns the cache off."),
    Setting("search.backend", str, "",
            "Search engine: empty means the embedded tantivy index in <instance>/search; tantivy:///path for "
            "another folder, opensearch+http(s)://host:port for OpenSearch or elasticsearch+http(s)://host:port "
            "for Elasticsearch."),
    Setting("search.index", str, "emuseum",
            "Name of the index (an alias) on OpenSearch or Elasticsearch, so several catalogues can share a cluster."),
    Setting("search.reindex_workers", int, 0,
            "Processes that build and analyse documents while `emuseum reindex` rebuilds the index: 0 means one "
            "per CPU core for a catalogue of 20,000 exhibits or more and none (the command's own process) below "
            "that; 1 means none."),
    Setting("demo.exhibits", int, 5200, "How many exhibits `emuseum demo` generates."),
    Setting("demo.images", int, 1200, "How many exhibits of the demo get a generated image."),
    Setting("demo.seed", int, 2025, "Random seed of the demo: the same seed builds the same catalogue."),
)

BY_KEY = {s.key: s for s in SETTINGS}


class SettingsError(ValueError):
    """A configuration value that is unknown or of the wrong type."""


def _coerce(setting: Setting, value: Any, source: str) -> Any:
    if setting.type is bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in {"1", "true", "yes", "on"}:
            return True
        if text in {"0", "false", "no", "off"}:
            return False
    elif setting.type is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        try:
            return int(str(value).strip())
        except ValueError:
            pass
    elif setting.type is str:
        if isinstance(value, str):
            return value
    raise SettingsError(f"{setting.key} from {source} must be {setting.type.__name__}, got {value!r}")


def _flatten(data: dict, prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, full + "."))
        else:
            flat[full] = value
    return flat


def config_file() -> Path:
    """Return the path of the configuration file in force (it may not exist)."""
    return Path(os.environ.get("EMUSEUM_CONFIG", "config.toml"))


def load(overrides: dict[str, Any] | None = None, path: Path | None = None) -> dict[str, Any]:
    """Return every setting's value keyed by "section.name", from defaults, file, env, overrides."""
    values = {s.key: s.default for s in SETTINGS}
    path = path or config_file()
    if path.exists():
        with path.open("rb") as fh:
            for key, value in _flatten(tomllib.load(fh)).items():
                if key not in BY_KEY:
                    raise SettingsError(f"unknown setting {key!r} in {path}")
                values[key] = _coerce(BY_KEY[key], value, str(path))
    for setting in SETTINGS:
        if setting.env_name in os.environ:
            values[setting.key] = _coerce(setting, os.environ[setting.env_name], setting.env_name)
    for key, value in (overrides or {}).items():
        if key not in BY_KEY:
            raise SettingsError(f"unknown setting {key!r}")
        values[key] = _coerce(BY_KEY[key], value, "overrides")
    return values
