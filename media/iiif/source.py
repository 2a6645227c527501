"""Where the pixels of a IIIF request come from: a pyramidal TIFF read at the fitting level, else the original.

    source = open_source(original_path, pyramid_path, width, height)
    data, media_type = source.render(resolved)

``PyramidSource`` reads only the tiles of the region at the smallest pyramid level still as detailed
as the output (within the pixel a viewer's rounding adds), so a tile of a 20000x20000 image decodes a
few hundred kilopixels, never the whole picture. A request that is exactly one stored tile is
answered with that tile's JPEG bytes, decoding nothing (``stored_tile``). Other requests get the
level's pixels from the stored tiles they touch, decoded by Pillow (through pyvips for a pyramid not
of JPEG tiles), resampled once unless they lie on the level's pixel grid at its scale. ``OriginalSource`` hands the original to Pillow (upright by its
EXIF orientation, JPEGs decoded at a reduced scale where they can be); it serves images whose
pyramid is not built yet, and every image on a machine without pyvips.

A pyramid is trusted only when its full level has the image's upright size and no orientation to
apply; any other pyramid is ignored in favour of the original.
"""
from __future__ import annotations

import io
import math
import os
from abc import ABC, abstractmethod
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image

from .parameters import Box, Format, Quality, ResolvedRequest
from .stored_tiles import TiledPage, read_tiled_pages
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
    tile_size: int | None = None  # the side of the square JPEG tiles it stores, sent as they are

    def __init__(self, width: int, height: int, renderer: PillowRenderer | None = None):
        self.width = width
        self.height = height
        self.renderer = renderer or PillowRenderer()

    @abstractmethod
    def render(self, resolved: ResolvedRequest) -> RenderedImage:
        """Return the image the request asks for, encoded, with its media type."""

    def stored_tile(self, resolved: ResolvedRequest) -> bytes | None:
        """Return the JPEG the source already holds for exactly this request, or None when it must be rendered."""
        return None


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
    # One level pixel stands for factor x factor full-size pixels: pixel i covers [i * factor, (i + 1) * factor).
    # Halving rounds sides down (6077 -> 3038), so the level lacks the last, partial pixel; never scale by
    # level.width / full width, which is off by a fraction of a pixel.
    factor: int
    stored: TiledPage | None = None  # its JPEG tiles, readable as bytes (None: read pixels through pyvips)


class PyramidSource(ImageSource):
    kind = "pyramid"

    def __init__(self, levels: list[_Level], renderer: PillowRenderer | None = None):
        super().__init__(levels[0].width, levels[0].height, renderer)
        self.levels = levels  # full size first, each about half the one before
        pages = [level.stored for level in levels]
        if all(pages) and len({(p.tile_width, p.tile_height) for p in pages}) == 1 \
                and pages[0].tile_width == pages[0].tile_height:
            self.tile_size = pages[0].tile_width

    def render(self, resolved: ResolvedRequest) -> RenderedImage:
        stored = self.stored_tile(resolved)
        if stored is not None:
            return RenderedImage(stored, Format.JPG.media_type)
        region = self.region(resolved)
        # The region arrives cropped and scaled; the rest (mirror, turn, quality) is the renderer's.
        w, h = region.size
        rest = replace(resolved, image_width=w, image_height=h, region=Box(0, 0, w, h), width=w, height=h)
        return self.renderer.encode(self.renderer.pixels(region, rest), resolved.format)

    def stored_tile(self, resolved: ResolvedRequest) -> bytes | None:
        """Return a stored tile's JPEG when the request is exactly that tile, unturned, in colour, as JPEG.

        The tile's bytes are the pyramid's own (JPEG at the pyramid's quality), so no pixel is decoded.
        Edge tiles, stored padded to the full tile size, never qualify: they are cut from the decoded tile.
        """
        if (resolved.format is not Format.JPG or resolved.quality not in (Quality.DEFAULT, Quality.COLOR)
                or resolved.rotation or resolved.mirror or self.tile_size is None):
            return None
        level = self.level_for(resolved.region, resolved.width, resolved.height)
        page = level.stored
        if (resolved.width, resolved.height) != (page.tile_width, page.tile_height):
            return None
        box = resolved.region
        aligned = _on_grid(box, level.factor)
        if aligned is None:
            return None
        x, y, w, h = aligned
        if (w, h) != (page.tile_width, page.tile_height) or x % w or y % h \
                or x + w > level.width or y + h > level.height:
            return None
        return page.jpeg(x // w, y // h)

    def region(self, resolved: ResolvedRequest) -> Image.Image:
        """Return the requested region scaled to the requested size, read from the fitting level."""
        box = resolved.region
        out = (resolved.width, resolved.height)
        level = self.level_for(box, *out)
        aligned = _on_grid(box, level.factor)
        if aligned is not None and aligned[2:] == out and aligned[0] < level.width and aligned[1] < level.height:
            return self._pixels(level, *aligned)  # whole level pixels at the output size: nothing to resample
        f = level.factor
        # Whole level pixels around the region, then the exact (fractional) region inside them; a region
        # reaching into the pixel the level lacks is read from the last one it has.
        (x0, x1), (y0, y1) = (_within(box.x / f, (box.x + box.width) / f, level.width),
                              _within(box.y / f, (box.y + box.height) / f, level.height))
        left, top = math.floor(x0), math.floor(y0)
        right, bottom = min(level.width, math.ceil(x1)), min(level.height, math.ceil(y1))
        pixels = self._pixels(level, left, top, max(1, right - left), max(1, bottom - top))
        inner = (x0 - left, y0 - top, x1 - left, y1 - top)
        if pixels.size == out and inner == (0, 0, *out):
            return pixels
        return pixels.resize(out, Image.Resampling.LANCZOS, box=inner, reducing_gap=3.0)

    def level_for(self, region: Box, width: int, height: int) -> _Level:
        """Return the smallest level still giving the region within a pixel of width x height pixels.

        Viewers round the sizes of the tiles they ask for up (a 445-pixel edge tile at scale 1/2 is asked
        at 223): such a tile comes from the level at half size, 222.5 pixels of it, not from the full image
        at four times the work. A level never gives less than half the output, whatever its size.
        """
        chosen = self.levels[0]
        for level in self.levels[1:]:
            f = level.factor
            if not (_enough(region.width, width, f) and _enough(region.height, height, f)):
                break
            chosen = level
        return chosen

    def _pixels(self, level: _Level, x: int, y: int, w: int, h: int) -> Image.Image:
        """Return w x h level pixels from (x, y); those past the level's right or bottom edge repeat its last ones."""
        inside_w, inside_h = min(w, level.width - x), min(h, level.height - y)
        if level.stored is not None:
            pixels = _from_stored(level.stored, x, y, w, h)
        else:
            pixels = _to_pillow(level.image.crop(x, y, inside_w, inside_h))
            if (inside_w, inside_h) == (w, h):
                return pixels
            pixels = _padded(pixels, w, h)
        if inside_w < w:
            pixels.paste(pixels.crop((inside_w - 1, 0, inside_w, h)).resize((w - inside_w, h)), (inside_w, 0))
        if inside_h < h:
            pixels.paste(pixels.crop((0, inside_h - 1, w, inside_h)).resize((w, h - inside_h)), (0, inside_h))
        return pixels


def _enough(side: int, output: int, factor: int) -> bool:
    """Return whether side full-size pixels, seen at 1/factor, are more than output - 1 and at least output / 2."""
    return side > (output - 1) * factor and 2 * side >= output * factor


def _on_grid(box: Box, factor: int) -> tuple[int, int, int, int] | None:
    """Return the box in whole level pixels (the size rounded up, as viewers do), or None if it starts between them."""
    if box.x % factor or box.y % factor:
        return None
    return box.x // factor, box.y // factor, -(-box.width // factor), -(-box.height // factor)


def _within(start: float, end: float, side: int) -> tuple[float, float]:
    """Return start and end moved back inside 0..side, keeping their distance where the side allows."""
    if end > side:
        start, end = max(0.0, start - (end - side)), float(side)
    return start, end


def _from_stored(page: TiledPage, x: int, y: int, w: int, h: int) -> Image.Image:
    """Return the w x h pixels at (x, y) of a page, decoding only the stored tiles they touch."""
    tw, th = page.tile_width, page.tile_height
    tiles = [(c, r) for r in range(y // th, min(page.rows, -(-(y + h) // th)))
             for c in range(x // tw, min(page.columns, -(-(x + w) // tw)))]
    first = Image.open(io.BytesIO(page.jpeg(*tiles[0])))  # RGB, or L for a grey pyramid
    if len(tiles) == 1 and (x % tw, y % th, w, h) == (0, 0, tw, th):
        return first
    canvas = Image.new(first.mode, (w, h))
    for index, (c, r) in enumerate(tiles):
        tile = first if index == 0 else Image.open(io.BytesIO(page.jpeg(c, r)))
        canvas.paste(tile, (c * tw - x, r * th - y))
    return canvas


def _padded(image: Image.Image, w: int, h: int) -> Image.Image:
    canvas = Image.new(image.mode, (w, h))
    canvas.paste(image, (0, 0))
    return canvas


def open_pyramid(path: str | os.PathLike, renderer: PillowRenderer | None = None) -> PyramidSource | None:
    """Return the pyramidal TIFF as a source, or None when pyvips is missing or the file is no pyramid."""
    if pyvips is None:
        return None
    try:
        main = pyvips.Image.new_from_file(os.fspath(path))
        fields = set(main.get_fields())
        if "orientation" in fields and main.get("orientation") not in (0, 1):
            return None  # not stored upright: the original knows how to turn it
        images = [main]
        if "n-subifds" in fields and main.get("n-subifds") > 0:
            images += [pyvips.Image.tiffload(os.fspath(path), subifd=i) for i in range(main.get("n-subifds"))]
        else:
            pages = main.get("n-pages") if "n-pages" in fields else 1
            images += [pyvips.Image.tiffload(os.fspath(path), page=i) for i in range(1, pages)]
    except pyvips.Error:
        return None
    stored = {}
    for page in read_tiled_pages(path) or ():
        if page is not None:
            stored.setdefault((page.width, page.height), page)
    levels: list[_Level] = []
    for image in images:
        # Keep only true reductions (about half the level before); other pages are not levels.
        previous = levels[-1] if levels else None
        if previous is None or (image.width < previous.width and abs(image.width * 2 - previous.width) <= 2):
            factor = previous.factor * 2 if previous else 1
            levels.append(_Level(image, image.width, image.height, factor, stored.get((image.width, image.height))))
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
