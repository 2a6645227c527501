"""An image as a IIIF Image API 3.0 level 0 service made of plain files, for any static web server.

For an image served at ``{image_url}`` = ``{base}/{identifier}``, ``export_image`` writes under
``{directory}``:

    info.json                                   profile level0, with ``sizes`` and ``tiles``
    full/max/0/default.jpg                      the whole image
    full/{w},{h}/0/default.jpg                  each size listed in ``sizes``
    {x},{y},{w},{h}/{tw},{th}/0/default.jpg     each tile at each scale factor (``full`` for a tile
                                                that is the whole image)

A static server answers only the exact paths it holds, so they are the forms clients request. The
3.0 canonical size (§4.7) is ``max`` when a region comes at its full size and ``w,h`` otherwise, and
viewers (OpenSeadragon 4 and 5 for a 3.0 level 0 service) write tile and size requests as ``w,h``.
Both are written where they differ, the second as a hard link to the first (no extra bytes): a tile
at scale factor 1 is at ``x,y,w,h/max/0/default.jpg`` and ``x,y,w,h/w,h/0/default.jpg``, the full
size at ``full/max`` and ``full/{width},{height}``. The 2.x form ``w,`` is not written: this is a 3.0
service. Paths come from media.iiif's own ``canonical``, so they match what the dynamic server links.

Tiles and sizes are computed as the 3.0 implementation notes do: the scaled size of a level is the
full size divided by the scale factor, rounded up.
"""
from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyvips

from .iiif.info import CONTEXT, PROTOCOL, preferred_sizes, scale_factors
from .iiif.parameters import Limits, canonical, parse_request, resolve
from .pyramid import open_level

TILE_SIZE = 512
QUALITY = 85
THUMBNAIL_SIDE = 200
# A level up to this many pixels is decoded once into memory (3 bytes a pixel) and cut into tiles there;
# a larger one is cut straight from the pyramid, tile by tile.
_IN_MEMORY_PIXELS = 16_000_000


@dataclass
class Level:
    """The image at one scale factor, and what is cut from it: boxes in level pixels -> relative paths."""

    factor: int
    width: int
    height: int
    outputs: dict[tuple[int, int, int, int], list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class ExportPlan:
    width: int
    height: int
    tile_size: int
    sizes: list[tuple[int, int]]
    factors: list[int]
    levels: list[Level]

    @property
    def files(self) -> int:
        """Return how many images are encoded (links to the same image not counted)."""
        return sum(len(level.outputs) for level in self.levels)


def plan_export(width: int, height: int, tile_size: int = TILE_SIZE,
                thumbnail_side: int = THUMBNAIL_SIDE) -> ExportPlan:
    """Return every image a level 0 export of a width x height image holds, grouped by scale factor."""
    sizes = preferred_sizes(width, height, Limits(), thumbnail_side)
    factors = scale_factors(width, height, tile_size)
    largest_factor = max(factors[-1], 2 ** (len(sizes) - 1))  # sizes halve from the full size
    levels = []
    factor = 1
    while factor <= largest_factor:
        level = Level(factor, math.ceil(width / factor), math.ceil(height / factor))
        if factor in factors:
            for y in range(0, level.height, tile_size):
                for x in range(0, level.width, tile_size):
                    w, h = min(tile_size, level.width - x), min(tile_size, level.height - y)
                    region = (x * factor, y * factor, min(tile_size * factor, width - x * factor),
                              min(tile_size * factor, height - y * factor))
                    _add(level, (x, y, w, h), _paths(region, (w, h), width, height))
        if factor == 1 or (level.width, level.height) in sizes:
            _add(level, (0, 0, level.width, level.height),
                 _paths((0, 0, width, height), (level.width, level.height), width, height))
        levels.append(level)
        factor *= 2
    return ExportPlan(width, height, tile_size, sizes, factors, levels)


def info_document(image_url: str, plan: ExportPlan, rights: str | None = None) -> dict:
    """Return the level 0 info.json of an exported image."""
    document = {
        "@context": CONTEXT,
        "id": image_url.rstrip("/"),
        "type": "ImageService3",
        "protocol": PROTOCOL,
        "profile": "level0",
        "width": plan.width,
        "height": plan.height,
        "sizes": [{"width": w, "height": h} for w, h in plan.sizes],
        "tiles": [{"width": plan.tile_size, "height": plan.tile_size, "scaleFactors": plan.factors}],
    }
    if rights and rights.startswith(("http://", "https://")):
        document["rights"] = rights
    return document


def export_image(pyramid: str | os.PathLike, directory: str | os.PathLike, image_url: str, *,
                 tile_size: int = TILE_SIZE, quality: int = QUALITY, rights: str | None = None,
                 progress: Callable[[int], None] | None = None) -> ExportPlan:
    """Return the plan carried out: the level 0 tree of a pyramidal TIFF (media.pyramid) written at ``directory``.

    The tree is built beside ``directory`` and swapped in when whole, so a server never sees half of
    it. ``progress`` is called with 1 for each image encoded.
    """
    directory = Path(directory)
    pages = _pages(pyramid)
    plan = plan_export(pages[0].width, pages[0].height, tile_size)
    directory.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(dir=directory.parent, prefix=f".{directory.name}."))
    try:
        for level in plan.levels:
            pixels = _level_pixels(pages, level)
            for (x, y, w, h), paths in level.outputs.items():
                tile = pixels if (w, h) == (pixels.width, pixels.height) else pixels.crop(x, y, w, h)
                _write(building, paths, tile.jpegsave_buffer(Q=quality, strip=True, optimize_coding=True))
                if progress:
                    progress(1)
        info = json.dumps(info_document(image_url, plan, rights), ensure_ascii=False, indent=2)
        (building / "info.json").write_text(info + "\n", encoding="utf-8")
        _swap_in(building, directory)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return plan


def _pages(pyramid: str | os.PathLike) -> list[pyvips.Image]:
    first = open_level(pyramid, 0)
    count = first.get("n-pages") if first.get_typeof("n-pages") else 1
    return [first] + [open_level(pyramid, index) for index in range(1, count)]


def _level_pixels(pages: list[pyvips.Image], level: Level) -> pyvips.Image:
    """Return the image at the level's size, from the smallest pyramid page at least that large."""
    page = min((p for p in pages if p.width >= level.width and p.height >= level.height), key=lambda p: p.width)
    if (page.width, page.height) != (level.width, level.height):
        page = page.resize(level.width / page.width, vscale=level.height / page.height)
        if (page.width, page.height) != (level.width, level.height):  # rounding: never off by more than one
            page = page.gravity("north-west", level.width, level.height, extend="copy")
    if level.width * level.height <= _IN_MEMORY_PIXELS:
        page = page.copy_memory()
    return page


def _paths(region: tuple[int, int, int, int], size: tuple[int, int], width: int, height: int) -> list[str]:
    """Return the canonical path of a request and, if it differs, the same request with size as w,h."""
    x, y, w, h = region
    request = parse_request(f"{x},{y},{w},{h}", f"{size[0]},{size[1]}", "0", "default.jpg")
    canonical_path = canonical(resolve(request, width, height))
    region_part = canonical_path.split("/", 1)[0]
    explicit = f"{region_part}/{size[0]},{size[1]}/0/default.jpg"
    return list(dict.fromkeys([canonical_path, explicit]))


def _add(level: Level, box: tuple[int, int, int, int], paths: list[str]) -> None:
    known = level.outputs.setdefault(box, [])
    known.extend(path for path in paths if path not in known)


def _write(root: Path, paths: list[str], data: bytes) -> None:
    first = root / paths[0]
    first.parent.mkdir(parents=True, exist_ok=True)
    first.write_bytes(data)
    for path in paths[1:]:
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(first, target)
        except OSError:  # a file system without hard links gets a copy
            shutil.copyfile(first, target)


def _swap_in(building: Path, directory: Path) -> None:
    old = None
    if directory.exists():
        old = directory.with_name(f".{directory.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        directory.rename(old)
    building.rename(directory)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
