"""Reading images safely with libvips: the loader chosen by the sniffed type, the size checked before decoding.

Every image is decoded by streaming (``access="sequential"``): libvips reads a few strips at a time, so
checking or converting a 20000 x 20000 scan needs tens of megabytes, not the 1.2 GB of its pixels. A
rotation by EXIF needs the pixels out of order; libvips then decodes the image to a temporary file
(``TMPDIR``) once it is over 100 MB, which keeps memory bounded as well.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from typing import BinaryIO, Union

import pyvips
from PIL import Image, ImageCms

from .sniff import sniff

# Pillow's own decompression-bomb guard is one process-wide number (refusing from about 179 million
# pixels whatever a caller allows). Our limit replaces it: inspect_image reads the size from the
# header and refuses an image over the caller's max_pixels before a single pixel is decoded, and
# everything decoded later (derivatives, tiles) is a stored original that passed that check.
Image.MAX_IMAGE_PIXELS = None

# libvips can also read PDF, SVG, FITS, MATLAB and anything ImageMagick knows; none of those loaders is
# meant for files from strangers. We name our loaders explicitly, and this shuts the others for good.
pyvips.block_untrusted_set(True)

Source = Union[bytes, str, os.PathLike, BinaryIO]

# sniffed MIME type -> (libvips loader, format name as Pillow spells it)
LOADERS = {
    "image/jpeg": ("jpegload", "JPEG"),
    "image/png": ("pngload", "PNG"),
    "image/tiff": ("tiffload", "TIFF"),
    "image/webp": ("webpload", "WEBP"),
}
# EXIF orientations 5-8 turn the picture a quarter, so the viewer sees width and height swapped.
_SWAPS_SIDES = {5, 6, 7, 8}
# Orientations other than "as stored" (1) and "mirrored left-right" (2) need rows out of order.
_SEQUENTIAL_ORIENTATIONS = {1, 2}
# Decoding a JPEG at 1/8 scale still reads every block of entropy-coded data, so a truncated or
# damaged file fails just as at full size, in about half the time.
_VERIFY_JPEG_SHRINK = 8
_WHITE = 255


class ImageRejected(ValueError):
    """The bytes are not an image we can serve, with the reason for the uploader."""


@dataclass(frozen=True)
class ImageInfo:
    width: int  # as a viewer sees it, after EXIF orientation
    height: int
    format: str  # JPEG, PNG, TIFF or WEBP
    pages: int = 1  # a multi-page TIFF or animated WebP; only the first page is used
    orientation: int = 1  # EXIF orientation, 1 when none


@dataclass
class Upright:
    """An image opened for converting: upright, 8-bit sRGB, no alpha; ``notes`` say what was given up."""

    image: pyvips.Image
    info: ImageInfo
    notes: list[str] = field(default_factory=list)


def load(source: Source, media_type: str | None = None, *, access: str = "sequential",
         fail_on: str = "error", **options) -> pyvips.Image:
    """Return the first page of the image, not yet decoded, read by the loader of its (sniffed) type.

    ``source`` is a path, bytes or a binary stream; a stream with a file descriptor is read from the
    file directly, any other is read into memory. Raises ImageRejected for a type we do not read.
    """
    if media_type is None:
        media_type = _sniffed_type(source)
    if media_type not in LOADERS:
        raise ImageRejected(f"{media_type or 'this file'} is not a JPEG, PNG, TIFF or WebP image")
    loader = LOADERS[media_type][0]
    # A source object, never a file name: libvips caches loads by file name, and a temporary upload
    # file's name can come round again.
    if isinstance(source, (str, os.PathLike)):
        vips_source = pyvips.Source.new_from_file(os.fspath(source))
    elif isinstance(source, (bytes, bytearray, memoryview)):
        vips_source = pyvips.Source.new_from_memory(bytes(source))
    elif _has_descriptor(source):
        source.seek(0)
        vips_source = pyvips.Source.new_from_descriptor(source.fileno())
    else:
        source.seek(0)
        vips_source = pyvips.Source.new_from_memory(source.read())
    return getattr(pyvips.Image, f"{loader}_source")(vips_source, access=access, fail_on=fail_on, **options)


def inspect_image(source: Source, max_pixels: int | None, media_type: str | None = None) -> ImageInfo:
    """Return the size and format of a decodable image; raise ImageRejected saying why it is not one.

    The size comes from the header and is checked against ``max_pixels`` before any pixel is decoded
    (a 19000 x 19000 PNG can be a few kilobytes); then the first page is decoded, streaming, so a
    truncated or damaged file is refused too.
    """
    if media_type is None:
        media_type = _sniffed_type(source)
    try:
        header = load(source, media_type)
        info = _info(header, media_type)
        check_size(header.width, header.height, max_pixels)
        options = {"shrink": _VERIFY_JPEG_SHRINK} if media_type == "image/jpeg" else {}
        load(source, media_type, **options).avg()  # forces every row through the decoder
    except ImageRejected:
        raise
    except pyvips.Error as exc:
        reason = _vips_words(exc) or f"not a readable {LOADERS[media_type][1]} file"
        raise ImageRejected(f"image cannot be decoded: {reason}") from None
    return info


def check_size(width: int, height: int, max_pixels: int | None) -> None:
    """Raise ImageRejected if an image of width x height pixels is over ``max_pixels``."""
    if max_pixels is not None and width * height > max_pixels:
        raise ImageRejected(f"image is {width}x{height} pixels, over the limit of {max_pixels} pixels")


def open_upright(source: Source, media_type: str | None = None, max_pixels: int | None = None) -> Upright:
    """Return the first page turned upright by EXIF and converted to 8-bit sRGB, still undecoded.

    Raises ImageRejected for a file over ``max_pixels``; decoding errors surface as pyvips.Error when
    the pixels are computed (fail_on="error": a damaged file fails rather than turning grey).
    """
    if media_type is None:
        media_type = _sniffed_type(source)
    header = load(source, media_type)
    info = _info(header, media_type)
    check_size(header.width, header.height, max_pixels)
    image = header
    if info.orientation not in _SEQUENTIAL_ORIENTATIONS:
        image = load(source, media_type, access="random")
    image = image.autorot()
    notes = []
    if info.pages > 1:
        notes.append(f"page 1 of {info.pages} is shown; the other pages are kept only in the original")
    image, colour_note = to_srgb8(image)
    if colour_note:
        notes.append(colour_note)
    return Upright(image, info, notes)


def to_srgb8(image: pyvips.Image) -> tuple[pyvips.Image, str]:
    """Return the image as 8-bit sRGB without alpha (flattened on white), and a note if colours were guessed.

    An embedded ICC profile (Adobe RGB, Display P3, CMYK...) is applied; without one, RGB is taken as
    sRGB and CMYK goes through libvips' built-in CMYK profile.
    """
    note = ""
    if image.get_typeof("icc-profile-data"):
        if _readable_profile(image.get("icc-profile-data")):
            image = image.icc_transform("srgb", embedded=True, depth=8)
        else:  # libvips would quietly fall back to sRGB; staff should know the colours are a guess
            image = image.copy()
            image.remove("icc-profile-data")
            note = "the embedded colour profile is damaged; colours are shown as if sRGB"
    if image.interpretation != "srgb" or image.format != "uchar":
        image = image.colourspace("srgb")
    if image.format != "uchar":
        image = image.cast("uchar")
    if image.hasalpha():
        image = image.flatten(background=[_WHITE] * (image.bands - 1))
    if image.bands > 3:  # extra channels beside RGB (spot colours) have no place in a JPEG
        image = image.extract_band(0, n=3)
    return image, note


def scaled_jpeg(source: Source, longest_side: int, quality: int = 82, max_pixels: int | None = None) -> bytes:
    """Return a JPEG of the image, upright by EXIF, in sRGB, fitting a square of ``longest_side``.

    ``max_pixels`` refuses (ImageRejected) an original larger than that before decoding it. A pyramidal
    TIFF is read from its smallest sufficient level, a JPEG decoded at a reduced scale where it can be.
    """
    media_type = _sniffed_type(source)
    if media_type not in LOADERS:
        raise ImageRejected(f"{media_type or 'this file'} is not a JPEG, PNG, TIFF or WebP image")
    header = load(source, media_type)
    check_size(header.width, header.height, max_pixels)
    # libvips' thumbnail picks the loader by content, but block_untrusted_set and the sniffing above
    # leave only the four loaders of LOADERS to pick from.
    options = {"height": longest_side, "size": "down", "fail_on": "error"}
    if isinstance(source, (str, os.PathLike)):
        thumb = pyvips.Image.thumbnail(os.fspath(source), longest_side, **options)
    else:
        thumb = pyvips.Image.thumbnail_buffer(_bytes(source), longest_side, **options)
    thumb, _ = to_srgb8(thumb)
    return thumb.jpegsave_buffer(Q=quality, strip=True, interlace=True)  # progressive: Huffman tables optimised too


def logo_png(data: bytes, longest_side: int, max_pixels: int | None = None) -> bytes:
    """Return a PNG of the logo in sRGB, transparency kept, fitting a square of ``longest_side``.

    Raises ImageRejected for anything but a decodable JPEG, PNG, TIFF or WebP, or one over
    ``max_pixels``. Logos are drawn on pages and in IIIF viewers over any background, so unlike
    photographs their alpha channel stays.
    """
    media_type = _sniffed_type(data)
    if media_type not in LOADERS:
        raise ImageRejected(f"{media_type or 'this file'} is not a JPEG, PNG, TIFF or WebP image")
    inspect_image(data, max_pixels, media_type)
    try:
        thumb = pyvips.Image.thumbnail_buffer(data, longest_side, height=longest_side, size="down",
                                              fail_on="error")
        if thumb.get_typeof("icc-profile-data") and _readable_profile(thumb.get("icc-profile-data")):
            thumb = thumb.icc_transform("srgb", embedded=True, depth=8)
        if thumb.interpretation not in ("srgb", "b-w") or thumb.format != "uchar":
            thumb = thumb.colourspace("srgb").cast("uchar")
        return thumb.pngsave_buffer(strip=True, compression=9)
    except pyvips.Error as exc:
        raise ImageRejected(f"image cannot be decoded: {_vips_words(exc) or 'damaged file'}") from None


def _info(header: pyvips.Image, media_type: str) -> ImageInfo:
    pages = header.get("n-pages") if header.get_typeof("n-pages") else 1
    orientation = header.get("orientation") if header.get_typeof("orientation") else 1
    width, height = header.width, header.height
    if orientation in _SWAPS_SIDES:
        width, height = height, width
    return ImageInfo(width, height, LOADERS[media_type][1], pages, orientation)


def _readable_profile(data: bytes) -> bool:
    try:
        ImageCms.ImageCmsProfile(io.BytesIO(data))
    except (OSError, ValueError, TypeError):
        return False
    return True


def _sniffed_type(source: Source) -> str | None:
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as fh:
            head = fh.read(64)
    elif isinstance(source, (bytes, bytearray, memoryview)):
        head = bytes(source[:64])
    else:
        source.seek(0)
        head = source.read(64)
        source.seek(0)
    sniffed = sniff(head)
    return sniffed[0] if sniffed and sniffed[1] == "image" else None


def _bytes(source: BinaryIO | bytes) -> bytes:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    source.seek(0)
    return source.read()


def _has_descriptor(stream: BinaryIO) -> bool:
    try:
        stream.fileno()
    except (AttributeError, OSError, io.UnsupportedOperation):
        return False
    return True


def decoding_failure(exc: BaseException) -> str | None:
    """Return "image cannot be decoded: <libvips' words>" for a libvips error, None for any other."""
    if not isinstance(exc, pyvips.Error):
        return None
    return f"image cannot be decoded: {_vips_words(exc) or exc.message}"


def _vips_words(exc: pyvips.Error) -> str:
    """Return libvips' own words for a failure, without the "unable to call ..." line before them."""
    lines = [line.strip() for line in str(exc.detail or "").splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("unable to call")]
    return "; ".join(dict.fromkeys(lines))[:500]
