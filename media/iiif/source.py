"""Where the pixels of a IIIF request come from: a pyramidal TIFF read at the fitting level, else the original.

    source = open_source(original_path, pyramid_path, width, height)
    data, media_type = source.render(resolved)

``PyramidSource`` reads, with pyvips, only the tiles of the region at the smallest pyramid level
still at least as detailed as the output, so a tile of a 20000x20000 image decodes a few hundred
kilopixels, never the whole picture. ``OriginalSource`` hands the original to Pillow (upright by its
EXIF orientation, JPEGs decoded at a reduced scale where they can be); it serves images whose
pyramid is not built yet, and every image on a machine without pyvips.

A pyramid is trusted only when its full level has the image's upright size and no orientation to
apply; any other pyramid is ignored in favour of the original.
"""
from __future__ import annotations

import math
import os
from abc import ABC, abstractmethod
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image

from .parameters import Box, ResolvedRequest
from .transform import PillowRenderer, RenderedImage

try:  # pyvips needs libvips; without it every image is served from its original
    import pyvips
except (ImportError, OSError):
    pyvips = None

_MODES = {1: "L", 2: "LA", 3: "RGB", 4: "RGBA"}


def pyvips_available() -> bool:
    """Return whether pyramids can be read here (pyvips imports and found libvips)."""
    return pyvips is not None


class ImageSource(ABC):
    """The pixels of one image as a viewer sees it (upright), rendered a request at a time."""

    kind: str  # "pyramid" or "original": cached renderings of the two may differ in their bytes

    def __init__(self, width: int, height: int, renderer: PillowRenderer | None = None):
        self.width = width
        self.height = height
        self.renderer = renderer or PillowRenderer()

    @abstractmethod
    def render(self, resolved: ResolvedRequest) -> RenderedImage:
        """Return the image the request asks for, encoded, with its media type."""


class OriginalSource(ImageSource):
    kind = "original"

    def __init__(self, path: str | os.PathLike, width: int, height: int, renderer: PillowRenderer | None = None):
        super().__init__(width, height, renderer)
        self.path = Path(path)

    def render(self, resolved: ResolvedRequest) -> RenderedImage:
        return self.renderer.render(self.path, resolved)


@dataclass(frozen=True)
class _Level:
    image: "pyvips.Image"
    width: int
    height: int


class PyramidSource(ImageSource):
    kind = "pyramid"

    def __init__(self, levels: list[_Level], renderer: PillowRenderer | None = None):
        super().__init__(levels[0].width, levels[0].height, renderer)
        self.levels = levels  # full size first, each about half the one before

    def render(self, resolved: ResolvedRequest) -> RenderedImage:
        region = self.region(resolved)
        # The region arrives cropped and scaled; the rest (mirror, turn, quality) is the renderer's.
        w, h = region.size
        rest = replace(resolved, image_width=w, image_height=h, region=Box(0, 0, w, h), width=w, height=h)
        return self.renderer.encode(self.renderer.pixels(region, rest), resolved.format)

    def region(self, resolved: ResolvedRequest) -> Image.Image:
        """Return the requested region scaled to the requested size, read from the fitting level."""
        box = resolved.region
        level = self.level_for(box.width / resolved.width, box.height / resolved.height)
        sx, sy = level.width / self.width, level.height / self.height
        # Whole level pixels around the region, then the exact (fractional) region inside them.
        x0, y0 = math.floor(box.x * sx), math.floor(box.y * sy)
        x1 = min(level.width, math.ceil((box.x + box.width) * sx))
        y1 = min(level.height, math.ceil((box.y + box.height) * sy))
        pixels = _to_pillow(level.image.crop(x0, y0, max(1, x1 - x0), max(1, y1 - y0)))
        inner = (box.x * sx - x0, box.y * sy - y0, (box.x + box.width) * sx - x0, (box.y + box.height) * sy - y0)
        if pixels.size == (resolved.width, resolved.height) and inner == (0, 0, *pixels.size):
            return pixels
        return pixels.resize((resolved.width, resolved.height), Image.Resampling.LANCZOS, box=inner,
                             reducing_gap=3.0)

    def level_for(self, shrink_x: float, shrink_y: float) -> _Level:
        """Return the smallest level that still has at least as many pixels as the output needs."""
        shrink = min(shrink_x, shrink_y)
        chosen = self.levels[0]
        for level in self.levels[1:]:
            # A level floor-halves its sides, so compare real sizes, not powers of two.
            if self.width / level.width <= shrink and self.height / level.height <= shrink:
                chosen = level
        return chosen


def open_pyramid(path: str | os.PathLike, renderer: PillowRenderer | None = None) -> PyramidSource | None:
    """Return the pyramidal TIFF as a source, or None when pyvips is missing or the file is no pyramid."""
    if pyvips is None:
        return None
    try:
        main = pyvips.Image.new_from_file(os.fspath(path))
        fields = set(main.get_fields())
        if "orientation" in fields and main.get("orientation") not in (0, 1):
            return None  # not stored upright: the original knows how to turn it
        levels = [_Level(main, main.width, main.height)]
        if "n-subifds" in fields and main.get("n-subifds") > 0:
            reduced = [pyvips.Image.tiffload(os.fspath(path), subifd=i) for i in range(main.get("n-subifds"))]
        else:
            pages = main.get("n-pages") if "n-pages" in fields else 1
            reduced = [pyvips.Image.tiffload(os.fspath(path), page=i) for i in range(1, pages)]
        for image in reduced:
            # Keep only true reductions (about half the level before); other pages are not levels.
            previous = levels[-1]
            if image.width < previous.width and abs(image.width * 2 - previous.width) <= 2:
                levels.append(_Level(image, image.width, image.height))
    except pyvips.Error:
        return None
    return PyramidSource(levels, renderer)


def open_source(original: str | os.PathLike, pyramid: str | os.PathLike | None, width: int, height: int,
                renderer: PillowRenderer | None = None) -> ImageSource:
    """Return the pyramid when it exists and matches the upright width×height, else the original."""
    if pyramid is not None and os.path.exists(pyramid):
        source = open_pyramid(pyramid, renderer)
        if source is not None and (source.width, source.height) == (width, height):
            return source
    return OriginalSource(original, width, height, renderer)


def _to_pillow(image: "pyvips.Image") -> Image.Image:
    """Return the pyvips image as a Pillow image in L, LA, RGB or RGBA, 8 bits a sample."""
    if image.interpretation == "grey16":
        image = image.colourspace("b-w")
    elif image.interpretation not in ("srgb", "b-w", "rgb", "multiband") or image.bands > 4:
        image = image.colourspace("srgb")  # CMYK, Lab, 16-bit sRGB ("rgb16")...
    if image.format != "uchar":
        image = image.cast("uchar", shift=image.format in ("ushort", "short"))
    mode = _MODES[image.bands]
    return Image.frombytes(mode, (image.width, image.height), image.write_to_memory())
