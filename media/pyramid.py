"""The servable form of an image: a tiled, multi-resolution (pyramidal) TIFF of JPEG tiles.

What a reader (the IIIF image server, the static exporter) may rely on:

- page 0 is the whole image, upright (EXIF orientation applied), 8-bit sRGB in 3 bands, no alpha and
  no metadata: colours converted from any embedded ICC profile, transparency flattened on white;
- page k is page k-1 halved by libvips, its sides rounded down (1001 x 777, 500 x 388, 250 x 194), down
  to the first level that fits in one tile, or that has a side of 1 pixel (``level_sizes`` gives the
  sizes without opening the file);
- tiles are 256 x 256 pixels, JPEG at quality 85.

The original file stays untouched beside it; this is a derivative and can always be rebuilt.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyvips

from .images import Source, open_upright

TILE_SIZE = 256
QUALITY = 85
# Exactly `vips tiffsave IN OUT --tile --pyramid --compression jpeg --Q 85 --tile-width 256 --tile-height 256`
# (bench/ingest.py measures us against that command).
TIFFSAVE_OPTIONS = {"tile": True, "pyramid": True, "compression": "jpeg", "Q": QUALITY,
                    "tile_width": TILE_SIZE, "tile_height": TILE_SIZE}
# Classic TIFF addresses 4 GiB. JPEG tiles are far smaller than raw pixels, so only an image whose raw
# pixels pass that needs BigTIFF (which older readers lack).
_BIGTIFF_FROM_BYTES = 2**32


@dataclass(frozen=True)
class Pyramid:
    path: Path
    width: int  # of page 0: the upright image
    height: int
    levels: int  # pages in the file
    notes: tuple[str, ...] = ()  # what staff should know: "page 1 of 3 is shown", a damaged colour profile


def build_pyramid(source: Source, target: str | os.PathLike, media_type: str | None = None,
                  max_pixels: int | None = None) -> Pyramid:
    """Return the pyramid written (atomically) at ``target`` from an original image.

    The original is decoded once, streaming, so memory stays at tens of megabytes whatever its size.
    Raises media.images.ImageRejected for a file over ``max_pixels`` and pyvips.Error for one that
    cannot be decoded; nothing is left at ``target`` then.
    """
    target = Path(target)
    upright = open_upright(source, media_type, max_pixels)
    image = upright.image
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        image.tiffsave(tmp, **TIFFSAVE_OPTIONS, strip=True,
                       bigtiff=image.width * image.height * 3 >= _BIGTIFF_FROM_BYTES)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return Pyramid(target, image.width, image.height, len(level_sizes(image.width, image.height)),
                   tuple(upright.notes))


def level_sizes(width: int, height: int, tile_size: int = TILE_SIZE) -> list[tuple[int, int]]:
    """Return the (width, height) of each page of the pyramid of a width x height image, largest first."""
    sizes = [(width, height)]
    # libvips halves until a level fits in one tile, or until halving would leave a side of nothing.
    while max(sizes[-1]) > tile_size and min(sizes[-1]) >= 2:
        w, h = sizes[-1]
        sizes.append((w // 2, h // 2))
    return sizes


def open_level(path: str | os.PathLike, level: int) -> pyvips.Image:
    """Return one page of a pyramid (0 is the whole image), for random access to its tiles."""
    return pyvips.Image.tiffload_source(pyvips.Source.new_from_file(os.fspath(path)), page=level)
