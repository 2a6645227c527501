"""Image inspection and scaled derivatives with Pillow."""
from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image, ImageOps


class ImageRejected(ValueError):
    """The bytes are not an image we can serve, with the reason for the uploader."""


@dataclass(frozen=True)
class ImageInfo:
    width: int
    height: int
    format: str  # Pillow's format name: JPEG, PNG, TIFF, WEBP


def inspect_image(stream: BinaryIO, max_pixels: int) -> ImageInfo:
    """Return the size and format of a decodable image; raise ImageRejected saying why it is not one."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(stream) as img:
                width, height = img.size
                if width * height > max_pixels:
                    raise ImageRejected(f"image is {width}x{height} pixels, over the limit of {max_pixels} pixels")
                img.verify()
                fmt = img.format
            stream.seek(0)
            with Image.open(stream) as img:
                img.load()  # verify() misses truncated pixel data; a full decode does not
    except ImageRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRejected(f"image rejected as a decompression bomb: {exc}") from None
    except Exception as exc:  # Pillow raises many types for broken files
        raise ImageRejected(f"image cannot be decoded: {exc}") from None
    # EXIF orientation 5-8 swaps the sides the viewer sees.
    return ImageInfo(width, height, fmt or "")


def scaled_jpeg(stream: BinaryIO, longest_side: int, quality: int = 82) -> bytes:
    """Return a JPEG of the image, upright by EXIF, in sRGB, fitting a square of ``longest_side``."""
    with Image.open(stream) as img:
        img.draft("RGB", (longest_side, longest_side))  # lets libjpeg decode at 1/2, 1/4, 1/8 scale
        img = ImageOps.exif_transpose(img)
        if img.mode not in ("RGB", "L"):
            img = img.convert("RGB")
        img.thumbnail((longest_side, longest_side), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        img.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
        return out.getvalue()
