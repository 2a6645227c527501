"""The public catalogue: server-rendered pages in Kazakh, Russian and English, and media files."""
from flask import Blueprint

bp = Blueprint("public", __name__)

from . import display, language, markup, media_files, search, vendor, views  # noqa: E402,F401  (they add routes)

language.init_blueprint(bp)
display.init_blueprint(bp)
markup.init_blueprint(bp)
search.init_blueprint(bp)
