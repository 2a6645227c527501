"""A WSGI app that answers the saved pages from memory: the WSGI server's own ceiling.

pages.py runs it under the same server settings as emuseum
(`granian`/`gunicorn` on `_static_wsgi:app`, with BENCH_STATIC_ROOT naming the saved tree), so
the figures split the gap to nginx into what the server and Python cost per request
and what rendering a page costs.
"""
from __future__ import annotations

import os
from pathlib import Path

_root = Path(os.environ["BENCH_STATIC_ROOT"])
PAGES = {"/" + str(f.parent.relative_to(_root)): f.read_bytes() for f in _root.rglob("index.html")}
_HTML = "text/html; charset=utf-8"


def app(environ, start_response):
    body = PAGES.get(environ.get("PATH_INFO", ""))
    if body is None:
        start_response("404 Not Found", [("Content-Type", "text/plain"), ("Content-Length", "9")])
        return [b"not found"]
    start_response("200 OK", [("Content-Type", _HTML), ("Content-Length", str(len(body)))])
    return [body]
