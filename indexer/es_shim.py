"""A loopback HTTP proxy that lets the official ``elasticsearch`` client talk to OpenSearch.

The client (8/9) sends ``Accept``/``Content-Type: application/vnd.elasticsearch+json;
compatible-with=N``, which OpenSearch refuses, and rejects any answer without the header
``X-Elastic-Product: Elasticsearch``. This proxy rewrites exactly those headers and passes
everything else through, so the Elasticsearch code path is tested against a real engine.
It is a test and development tool; production points the client at Elasticsearch itself.

    python -m indexer.es_shim --upstream http://127.0.0.1:9209 --port 9219
"""

from __future__ import annotations

import argparse
import http.client
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

__all__ = ["ElasticsearchShim", "rewrite_media_type"]

_VENDOR_RE = re.compile(r"application/vnd\.elasticsearch\+([a-z-]+)(\s*;\s*compatible-with=\d+)?", re.I)
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection"}


def rewrite_media_type(value: str) -> str:
    """Return ``value`` with Elastic's vendor media types replaced by the plain ones."""
    return _VENDOR_RE.sub(lambda m: f"application/{m.group(1)}", value)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, format, *args):  # quiet: tests read pytest's output, not ours
        pass

    def _upstream(self) -> http.client.HTTPConnection:
        local = self.server.local
        connection = getattr(local, "connection", None)
        if connection is None:
            connection = http.client.HTTPConnection(self.server.upstream_host, self.server.upstream_port, timeout=60)
            local.connection = connection
        return connection

    def _forward(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {}
        for name, value in self.headers.items():
            lower = name.lower()
            if lower in _HOP_BY_HOP or lower == "host":
                continue
            if lower in ("accept", "content-type"):
                value = rewrite_media_type(value)
            headers[name] = value
        headers["Host"] = f"{self.server.upstream_host}:{self.server.upstream_port}"
        for attempt in (1, 2):
            connection = self._upstream()
            try:
                connection.request(self.command, self.path, body=body, headers=headers)
                response = connection.getresponse()
                payload = response.read()
                break
            except (ConnectionError, http.client.HTTPException, OSError):
                connection.close()
                self.server.local.connection = None
                if attempt == 2:
                    self.send_error(502, "upstream unreachable")
                    return
        self.send_response(response.status, response.reason)
        for name, value in response.getheaders():
            if name.lower() in _HOP_BY_HOP or name.lower() == "content-length":
                continue
            self.send_header(name, value)
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _forward


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, upstream: str):
        parts = urlsplit(upstream)
        if parts.scheme != "http" or not parts.hostname:
            raise ValueError(f"upstream must be an http:// URL, got {upstream!r}")
        self.upstream_host = parts.hostname
        self.upstream_port = parts.port or 80
        self.local = threading.local()
        super().__init__(address, _Handler)


class ElasticsearchShim:
    """The proxy, run in a background thread: ``with ElasticsearchShim(url) as shim: shim.url``."""

    def __init__(self, upstream: str, host: str = "127.0.0.1", port: int = 0):
        self._server = _Server((host, port), upstream)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "ElasticsearchShim":
        self._thread = threading.Thread(target=self._server.serve_forever, name="es-shim", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> "ElasticsearchShim":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upstream", default="http://127.0.0.1:9209", help="OpenSearch URL")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9219)
    args = parser.parse_args(argv)
    server = _Server((args.host, args.port), args.upstream)
    print(f"Elasticsearch shim on http://{args.host}:{args.port} -> {args.upstream}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
