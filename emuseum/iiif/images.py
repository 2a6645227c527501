"""IIIF Image API 3.0, level 2: info.json and image requests of public images, rendered once, then served from disk.

Routes (under /iiif):

    /3/{identifier}                                   303 See Other to info.json
    /3/{identifier}/info.json                         the image information document
    /3/{identifier}/{region}/{size}/{rotation}/{quality}.{format}

A request that is exactly one tile of the image's pyramid (on its grid, at its size, upright, default
or color, jpg) is answered with the pyramid's stored JPEG tile, neither decoded nor cached again;
that is why info.json offers the pyramid's tile size first. Anything else is rendered once, then
served from the render cache. A warm request (an image already rendered) costs no database work:
which identifiers name public images is remembered per process for ``iiif.lookup_seconds``, so a
withdrawn exhibit's images stop being served at most that long after. The identifier is looked up in
the database and only there; files are named by the image's SHA-256 and the request's canonical
form, never by what a client wrote.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import NotFound as HTTPNotFound

from media.derivatives import DerivativeCache
from media.iiif import (Box, Format, IIIFParameterError, Limits, PillowRenderer, Quality, ResolvedRequest, Size,
                        canonical, info_json, parse_request, resolve)
from media.iiif.cache import RenderCache, cache_key
from media.iiif.source import ImageSource, open_source, pyvips_available
from media.storage import Storage, StorageError

from ..db import db
from ..services.errors import NotFound
from ..services.images import public_image
from . import bp
from .http import image_response, info_response, install, not_modified, redirect_to_info, unchanged

# Part of every cache key and ETag: bump it when rendering changes, and earlier renderings are never served.
RENDERING = "2"
# What the HTTP layer adds to what media.iiif offers (3.0 §5.7).
HTTP_FEATURES = ("canonicalLinkHeader", "mirroring", "profileLinkHeader")
LOOKUP_ENTRIES = 10_000
OPEN_SOURCES = 32
EXTENSION = "emuseum.iiif"

install(bp)


@dataclass(frozen=True)
class PublicImage:
    """What serving an image needs to know of its record, kept for a few seconds per process."""

    identifier: str
    sha256: str
    width: int
    height: int
    modified: datetime
    rights: str
    source_kind: str  # "pyramid" or "original": part of the cache key, renderings of the two differ
    # The pyramid file's modification time and size ("" for the original): a rebuilt pyramid may hold
    # other bytes (its tiles are sent as stored), so it changes the cache key and the ETag.
    pyramid_version: str = ""


class ImageService:
    """The IIIF image service of one application: limits, lookups, sources and the rendered-image cache."""

    def __init__(self, config: dict, storage: Storage, derivatives: DerivativeCache):
        self.storage = storage
        self.derivatives = derivatives
        self.tile_size = config["iiif.tile_size"]
        self.limits = _limits(config)
        if not self.limits.fits(self.tile_size, self.tile_size):
            raise ValueError(f"iiif.tile_size {self.tile_size} is over the IIIF size limits ({self.limits})")
        root = Path(config["iiif.cache_path"] or derivatives.root.parent / "iiif-cache")
        self.cache = RenderCache(root, config["iiif.cache_bytes"])
        self.lookup_seconds = config["iiif.lookup_seconds"]
        self.strict_confined_size = config["iiif.strict_confined_size"]
        self.renderer = PillowRenderer()
        self._lookups: OrderedDict[str, tuple[float, PublicImage | None]] = OrderedDict()
        self._sources: OrderedDict[tuple[str, str], ImageSource] = OrderedDict()
        self._lock = threading.Lock()

    def find(self, identifier: str) -> PublicImage:
        """Return the public image of the identifier, from memory if looked up lately; else raise NotFound."""
        now = time.monotonic()
        with self._lock:
            remembered = self._lookups.get(identifier)
        if remembered is not None and remembered[0] > now:
            image = remembered[1]
        else:
            image = self._look_up(identifier)
            if self.lookup_seconds > 0:
                with self._lock:
                    self._lookups[identifier] = (now + self.lookup_seconds, image)
                    self._lookups.move_to_end(identifier)
                    while len(self._lookups) > LOOKUP_ENTRIES:
                        self._lookups.popitem(last=False)
        if image is None:
            raise NotFound(f"no image {identifier[:40]!r}", "identifier")
        return image

    def _look_up(self, identifier: str) -> PublicImage | None:
        # Unknown identifiers are remembered too, so a flood of them does not reach the database.
        try:
            record = public_image(db.session, identifier)
        except NotFound:
            return None
        finally:
            db.session.close()  # give the connection back now: the rendering may take a while
        modified = record.updated_at
        kind, version = "original", ""
        if pyvips_available():
            try:
                built = self.derivatives.path(record.sha256, "pyramid.tif").stat()
            except OSError:
                built = None
            if built is not None:
                kind, version = "pyramid", f"{built.st_mtime_ns:x}-{built.st_size:x}"
                # Built after the record's last change (by a job, or rebuilt): its bytes are newer.
                built_at = datetime.fromtimestamp(int(built.st_mtime), timezone.utc)
                modified = max(modified, built_at if modified.tzinfo else built_at.replace(tzinfo=None))
        return PublicImage(record.identifier, record.sha256, record.width, record.height, modified,
                           record.exhibit.rights or "", kind, version)

    def source(self, image: PublicImage) -> ImageSource:
        """Return the image's pixels: its pyramid if built (and readable), else its original."""
        key = (image.sha256, image.source_kind, image.pyramid_version)
        with self._lock:
            found = self._sources.get(key)
            if found is not None:
                self._sources.move_to_end(key)
                return found
        try:
            original = self.storage.path(image.sha256)
        except (AttributeError, StorageError):
            raise NotFound(f"the original of image {image.identifier!r} is not stored", "identifier") from None
        if not original.is_file():
            raise NotFound(f"the original of image {image.identifier!r} is not stored", "identifier")
        pyramid = self.derivatives.path(image.sha256, "pyramid.tif") if image.source_kind == "pyramid" else None
        found = open_source(original, pyramid, image.width, image.height, self.renderer)
        with self._lock:
            self._sources[key] = found
            while len(self._sources) > OPEN_SOURCES:
                self._sources.popitem(last=False)
        return found

    def tile_sizes(self, image: PublicImage) -> list[int]:
        """Return the tile sizes info.json offers: the pyramid's stored tiles first, then iiif.tile_size."""
        sizes = [self.tile_size]
        if image.source_kind == "pyramid":
            try:
                stored = self.source(image).tile_size
            except NotFound:
                stored = None
            if stored is not None and self.limits.fits(stored, stored):
                sizes.insert(0, stored)
        return list(dict.fromkeys(sizes))


def _limits(config: dict) -> Limits:
    """Return the size limits the settings declare; 0 means none."""
    width, height, area = (config[f"iiif.max_{name}"] or None for name in ("width", "height", "area"))
    if height is not None and width is None:
        raise ValueError("iiif.max_height needs iiif.max_width as well (IIIF 3.0 §5.2)")
    return Limits(width, height, area)


@bp.record_once
def _start(state) -> None:
    app: Flask = state.app
    app.extensions[EXTENSION] = ImageService(
        app.config["EMUSEUM"], app.extensions["emuseum.storage"], app.extensions["emuseum.derivatives"])


def _service() -> ImageService:
    return current_app.extensions[EXTENSION]


def _base_uri(identifier: str) -> str:
    # request.url_root would do too, at several times the cost on every tile.
    root = current_app.config["EMUSEUM"]["app.base_url"].rstrip("/") or (
        f"{request.scheme}://{request.host}{request.root_path}")
    return f"{root}{bp.url_prefix}/3/{quote(identifier, safe='')}"


@bp.get("/3/<identifier>", merge_slashes=False)
def base_uri(identifier: str) -> Response:
    """Return a 303 See Other to the image's info.json."""
    _service().find(identifier)
    return redirect_to_info(f"{_base_uri(identifier)}/info.json")


@bp.get("/3/<identifier>/info.json", merge_slashes=False)
def info(identifier: str) -> Response:
    """Return the image information document: size, tiles, sizes, limits and what the service can do."""
    service = _service()
    image = service.find(identifier)
    limits = service.limits
    document = info_json(_base_uri(identifier), image.width, image.height, max_width=limits.max_width,
                         max_height=limits.max_height, max_area=limits.max_area,
                         tile_size=service.tile_sizes(image), extra_features=HTTP_FEATURES)
    if image.rights:
        document["rights"] = image.rights
    etag = cache_key(image.sha256, document["id"], str(sorted(document.items())), RENDERING)[:40]
    return info_response(document, etag, image.modified)


@bp.get("/3/<identifier>/<region>/<size>/<rotation>/<quality_format>", merge_slashes=False)
def image_request(identifier: str, region: str, size: str, rotation: str, quality_format: str) -> Response:
    """Return the region of the image at the size, turned and in the quality and format asked for."""
    service = _service()
    image = service.find(identifier)
    parsed = parse_request(region, size, rotation, quality_format)
    resolved = resolve(parsed, image.width, image.height, max_width=service.limits.max_width,
                       max_height=service.limits.max_height, max_area=service.limits.max_area)
    if service.strict_confined_size:
        _refuse_growing_box(parsed.size, resolved.region)
    path = canonical(resolved)
    key = cache_key(image.sha256, path, image.source_kind, image.pyramid_version, RENDERING)
    etag = key[:40]
    if unchanged(etag, image.modified):
        return not_modified(etag, image.modified)
    media_type = resolved.format.media_type
    # A stored tile is read as fast as a cached one, so it is neither looked for in the cache nor put there.
    body = service.source(image).stored_tile(resolved) if _may_be_stored(image, resolved) else None
    if body is None:
        body = service.cache.open(key)
    if body is None:
        body = service.source(image).render(resolved).data
        service.cache.put(key, body)
    return image_response(body, media_type, etag, image.modified, f"{_base_uri(identifier)}/{path}")


def _may_be_stored(image: PublicImage, resolved: ResolvedRequest) -> bool:
    """Return whether the request could be one of the pyramid's stored tiles (a JPEG, upright, in colour)."""
    return (image.source_kind == "pyramid" and resolved.format is Format.JPG and not resolved.rotation
            and not resolved.mirror and resolved.quality in (Quality.DEFAULT, Quality.COLOR))


def _refuse_growing_box(size: Size, region: Box) -> None:
    """Raise a 400 for !w,h without ^ whose box is larger than the region both ways (iiif.strict_confined_size).

    IIIF 3.0 §4.2 would return the region at its full size; the official validator's size_noup test,
    IIPImage and Cantaloupe read such a request as upscaling without ^ and refuse it.
    """
    if size.kind == "confined" and not size.upscale and size.w > region.width and size.h > region.height:
        raise IIIFParameterError(
            "size", f"{size} is larger than the {region.width}x{region.height} region; prefix it with ^ to upscale")


@bp.get("/3/<path:anything>", merge_slashes=False)
def unknown(anything: str) -> Response:
    """Answer any other address under /iiif/3/ (a slash in an identifier, a missing segment) with a JSON 404."""
    raise HTTPNotFound(f"no IIIF resource at /iiif/3/{anything[:80]}")
