"""Front-end libraries from node_modules, served by the site itself: no CDN, nothing fetched from elsewhere.

Only the files listed here are served, each under its package's installed version
(``/vendor/openseadragon/6.1.1/openseadragon.min.js``), so a URL never changes its bytes and
browsers may keep them a year; upgrading a package changes the URLs. ``vendor_url`` gives them
to templates. Without node_modules (``npm install``, which scripts/setup.sh runs) the URLs answer
404 and the pages fall back to what they show without scripts.
"""
from __future__ import annotations

import json
import mimetypes
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from flask import Response, send_file, url_for
from werkzeug.exceptions import NotFound

from . import bp

NODE_MODULES = Path(__file__).resolve().parents[2] / "node_modules"
CACHE_SECONDS = 365 * 24 * 3600


@dataclass(frozen=True)
class Package:
    npm_name: str  # the folder in node_modules, which holds its package.json
    folder: str  # the folder of the served files inside the package
    files: tuple[str, ...]  # names (or ``images/*.png`` patterns) inside folder


PACKAGES = {
    "openseadragon": Package("openseadragon", "build/openseadragon", ("openseadragon.min.js", "images/*.png")),
    # The bundle with three.js inside; model-viewer-module.min.js would need an import map for "three".
    "model-viewer": Package("@google/model-viewer", "dist", ("model-viewer.min.js",)),
    # Decoders model-viewer loads only for compressed models; its defaults are Google's and jsDelivr's CDNs.
    "draco": Package("three", "examples/jsm/libs/draco/gltf",
                     ("draco_decoder.js", "draco_decoder.wasm", "draco_wasm_wrapper.js")),
    "basis": Package("three", "examples/jsm/libs/basis", ("basis_transcoder.js", "basis_transcoder.wasm")),
    "meshopt": Package("meshoptimizer", "", ("meshopt_decoder.cjs",)),
}
TYPES = {".js": "text/javascript", ".cjs": "text/javascript", ".wasm": "application/wasm", ".png": "image/png"}


@cache
def _version(name: str) -> str:
    """Return the installed version of a package, or "missing"."""
    try:
        manifest = json.loads((NODE_MODULES / PACKAGES[name].npm_name / "package.json").read_text("utf-8"))
    except (OSError, ValueError):
        return "missing"
    return str(manifest.get("version") or "missing")


def _served(name: str, filename: str) -> Path | None:
    """Return the path of a listed file of a package, or None when it is not listed or not installed."""
    package = PACKAGES.get(name)
    if package is None or ".." in filename.split("/"):
        return None
    listed = any(Path(filename).match(pattern) and filename.count("/") == pattern.count("/")
                 for pattern in package.files)
    path = NODE_MODULES / package.npm_name / package.folder / filename
    return path if listed and path.is_file() else None


def vendor_url(name: str, filename: str = "") -> str:
    """Return the URL of a file of a vendored package; with no filename, of its folder (ending in /)."""
    url = url_for("public.vendor_file", name=name, version=_version(name), filename=filename or "_")
    return url if filename else url[:-1]


@bp.get("/vendor/<name>/<version>/<path:filename>")
def vendor_file(name: str, version: str, filename: str) -> Response:
    """Return a listed file of a front-end package, cached for a year (its URL holds the version)."""
    path = _served(name, filename)
    if path is None or version != _version(name):
        raise NotFound(f"no vendored file {name}/{version}/{filename[:80]}")
    mimetype = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    response = send_file(path, mimetype=mimetype, max_age=CACHE_SECONDS, conditional=True, etag=True)
    response.cache_control.public = True
    response.cache_control.immutable = True
    return response


bp.add_app_template_global(vendor_url)
