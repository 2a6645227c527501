"""The WSGI entry point `emuseum serve` hands its server (granian or gunicorn): ``emuseum.wsgi:app``."""
from . import create_app

app = create_app()
