"""Image inspection and scaled derivatives with Pillow."""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image, ImageOps

# Pillow's own decompression-bomb guard is one process-wide number (refusing from about 179 million
# pixels whatever a caller allows). Our limit replaces it: inspect_image reads the size from the
# header and refuses an image over the caller's max_pixels before a single pixel is decoded, and
# everything decoded later (derivatives, tiles) is a stored original that passed that check.
Image.MAX_IMAGE_PIXELS = None

# EXIF orientations 5-8 turn the picture a quarter, so the viewer sees width and height swapped.
_SWAPS_SIDES = {5, 6, 7, 8}
_ORIENTATION = 0x0112


class ImageRejected(ValueError):
    """The bytes are not an image we can serve, with the reason for the uploader."""


@dataclass(frozen=True)
class ImageInfo:
    width: int  # as a viewer sees it, after EXIF orientation
    height: int
    format: str  # Pillow's format name: JPEG, PNG, TIFF, WEBP


def _check_size(width: int, height: int, max_pixels: int | None) -> None:
    if max_pixels is not None and width * height > max_pixels:
        raise ImageRejected(f"image is {width}x{height} pixels, over the limit of {max_pixels} pixels")


def inspect_image(stream: BinaryIO, max_pixels: int) -> ImageInfo:
    """Return the size and format of a decodable image; raise ImageRejected saying why it is not one."""
    try:
        with Image.open(stream) as img:
            width, height = img.size
            _check_size(width, height, max_pixels)
            orientation = img.getexif().get(_ORIENTATION)
            img.verify()
            fmt = img.format
        stream.seek(0)
        with Image.open(stream) as img:
            img.load()  # verify() misses truncated pixel data; a full decode does not
    except ImageRejected:
        raise
    except Exception as exc:  # Pillow raises many types for broken files
        raise ImageRejected(f"image cannot be decoded: {exc}") from None
    if orientation in _SWAPS_SIDES:
        width, height = height, width
    return ImageInfo(width, height, fmt or "")


def scaled_jpeg(stream: BinaryIO, longest_side: int, quality: int = 82, max_pixels: int | None = None) -> bytes:
    """Return a JPEG of the image, upright by EXIF, in sRGB, fitting a square of ``longest_side``.

    ``max_pixels`` refuses (ImageRejected) an original larger than that before decoding it.
    """
    with Image.open(stream) as img:
        _check_size(*img.size, max_pixels)
        img.draft("RGB", (longest_side, longest_side))  # lets libjpeg decode at 1/2, 1/4, 1/8 scale
        img = ImageOps.exif_transpose(img)
        if img.mode not in ("RGB", "L"):
            img = img.convert("RGB")
        img.thumbnail((longest_side, longest_side), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        img.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
        return out.getvalue()
