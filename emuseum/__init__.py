"""emuseum: the national digital museum catalogue of Kazakhstan (the Flask application)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask

from media.derivatives import DerivativeCache
from media.storage import open_storage

from . import i18n, settings
from .db import db
from .jobs import jobs
from .search import search
from .response_cache import response_cache
from .services import generation  # noqa: F401  (its listeners bump the generation on every catalogue write)


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    """Return a configured application; ``overrides`` maps "section.name" to values (tests, CLI)."""
    values = settings.load(overrides)
    instance = Path(values["app.instance_path"]).resolve()
    instance.mkdir(parents=True, exist_ok=True)
    if not values["database.url"]:
        values["database.url"] = f"sqlite:///{instance / 'emuseum.db'}"
    app = Flask(__name__, instance_path=str(instance))
    app.config.update(
        EMUSEUM=values,
        EMUSEUM_INSTANCE=instance,
        SECRET_KEY=values["app.secret_key"],
        JSON_SORT_KEYS=False,
        MAX_CONTENT_LENGTH=values["media.max_upload_bytes"],
    )
    app.json.ensure_ascii = False  # Kazakh and Russian stay readable in JSON
    app.json.sort_keys = False

    db.init_app(app)
    jobs.init_app(app)
    search.init_app(app)
    response_cache.init_app(app)
    media_root = Path(values["storage.path"] or instance / "media")
    app.extensions["emuseum.storage"] = open_storage(values["storage.backend"], media_root / "originals")
    app.extensions["emuseum.derivatives"] = DerivativeCache(media_root / "derivatives")
    i18n.init_app(app)

    from .api import bp as api_bp
    from .iiif import bp as iiif_bp
    from .public import bp as public_bp
    from .public.errors import register_error_pages

    app.register_blueprint(api_bp)
    app.register_blueprint(public_bp)
    app.register_blueprint(iiif_bp)
    register_error_pages(app)
    return app
