"""The WSGI entry point gunicorn loads: ``emuseum.wsgi:app``."""
from . import create_app

app = create_app()
