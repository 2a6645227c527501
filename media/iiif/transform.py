"""Rendering a resolved IIIF request: crop, scale, mirror, rotate, quality, then encode (3.0 §4.6 order).

``ImageRenderer`` is the interface an imaging library implements and ``PillowRenderer`` the embedded
default. A pyvips renderer for large pyramidal TIFFs can be added beside it; callers only ever see
``render(source, resolved) -> RenderedImage``.

The source is read upright by its EXIF orientation, so the width and height given to ``resolve`` must
be the upright ones (a camera JPEG tagged "rotate 90" reports its sides swapped).
"""
from __future__ import annotations

import io
import math
import os
from abc import ABC, abstractmethod
from typing import BinaryIO, NamedTuple, Union

from PIL import Image, ImageCms, ImageOps

from .parameters import Format, Quality, ResolvedRequest

Source = Union[Image.Image, str, os.PathLike, BinaryIO]

_EXIF_ORIENTATION = 0x0112
_SIDES_SWAPPED = {5, 6, 7, 8}  # EXIF orientations that turn the picture by a quarter
_CLOCKWISE = {
    90: Image.Transpose.ROTATE_270,  # Pillow's ROTATE_n turns counter-clockwise
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}
_WORKING_MODES = {"RGB", "RGBA", "L", "LA"}
_WHITE = 255


class RenderedImage(NamedTuple):
    data: bytes
    media_type: str


class ImageRenderer(ABC):
    """Turns a resolved request and its source image into encoded bytes."""

    # What this renderer can deliver, declared as data so info.json and tests can ask.
    formats: frozenset[Format]
    qualities: frozenset[Quality]

    @abstractmethod
    def render(self, source: Source, resolved: ResolvedRequest) -> RenderedImage:
        """Return the image the request asks for, encoded, with its media type."""


class PillowRenderer(ImageRenderer):
    formats = frozenset(Format)
    qualities = frozenset(Quality)

    def __init__(self, jpeg_quality: int = 85, webp_quality: int = 80, bitonal_threshold: int = 128):
        self.jpeg_quality = jpeg_quality
        self.webp_quality = webp_quality
        self.bitonal_threshold = bitonal_threshold

    def render(self, source: Source, resolved: ResolvedRequest) -> RenderedImage:
        """Return the image the request asks for, encoded, with its media type."""
        if isinstance(source, Image.Image):
            pixels = self.pixels(source, resolved)
        else:
            with Image.open(source) as opened:
                pixels = self.pixels(opened, resolved)
        return self.encode(pixels, resolved.format)

    def pixels(self, image: Image.Image, resolved: ResolvedRequest) -> Image.Image:
        """Return the requested region scaled, mirrored, rotated and in the requested quality, unencoded."""
        orientation = image.getexif().get(_EXIF_ORIENTATION, 1)
        swapped = orientation in _SIDES_SWAPPED
        upright = (image.height, image.width) if swapped else image.size
        if upright != (resolved.image_width, resolved.image_height):
            raise ValueError(
                f"the source is {upright[0]}x{upright[1]} upright but the request was resolved "
                f"for {resolved.image_width}x{resolved.image_height}"
            )
        _draft(image, resolved, swapped)
        if orientation != 1:
            image = ImageOps.exif_transpose(image)
        image = _working_mode(image)
        image = _crop_and_scale(image, resolved)
        if resolved.mirror:
            image = image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        if resolved.rotation:
            image = image.transpose(_CLOCKWISE[resolved.rotation])
        return self._quality(image, resolved.quality, keep_alpha=resolved.format is not Format.JPG)

    def encode(self, image: Image.Image, fmt: Format) -> RenderedImage:
        """Return the image encoded in the format, with the format's media type."""
        out = io.BytesIO()
        if fmt is Format.JPG:
            image = image.convert("L") if image.mode == "1" else image
            # Baseline, standard Huffman tables: progressive took 6x as long for files 3% smaller, and
            # IIPImage and the pyramid's own tiles are baseline too.
            image.save(out, "JPEG", quality=self.jpeg_quality)
        elif fmt is Format.PNG:
            image.save(out, "PNG")
        else:
            image.save(out, "WEBP", quality=self.webp_quality)
        return RenderedImage(out.getvalue(), fmt.media_type)

    def _quality(self, image: Image.Image, quality: Quality, keep_alpha: bool) -> Image.Image:
        if quality is Quality.BITONAL:
            gray = _flatten(image).convert("L")
            return gray.point(lambda v: _WHITE if v >= self.bitonal_threshold else 0, mode="1")
        if quality is Quality.GRAY:
            image = image.convert("LA" if "A" in image.mode else "L")
        # default and color keep what the source has: the spec lets color return gray pixels (§4.4).
        return image if keep_alpha else _flatten(image)


_DEFAULT_RENDERER = PillowRenderer()


def render(source: Source, resolved: ResolvedRequest) -> RenderedImage:
    """Return the image the request asks for, encoded by the default (Pillow) renderer."""
    return _DEFAULT_RENDERER.render(source, resolved)


def _draft(image: Image.Image, resolved: ResolvedRequest, swapped: bool) -> None:
    """Let libjpeg decode at 1/2, 1/4 or 1/8 scale when the request shrinks the image that much."""
    if image.format != "JPEG":
        return
    shrink = min(resolved.region.width / resolved.width, resolved.region.height / resolved.height)
    if shrink < 2:
        return
    # draft() picks the smallest decoding still at least this big, so no detail below the output is lost.
    need = (math.ceil(resolved.image_width / shrink), math.ceil(resolved.image_height / shrink))
    image.draft(None, (need[1], need[0]) if swapped else need)


def _working_mode(image: Image.Image) -> Image.Image:
    """Return the image in L, LA, RGB or RGBA, the modes every later step handles."""
    if image.mode in _WORKING_MODES:
        return image
    if image.mode == "CMYK" and image.info.get("icc_profile"):
        # A naive CMYK conversion shifts colours badly; the embedded profile knows the press it was made for.
        source_profile = ImageCms.ImageCmsProfile(io.BytesIO(image.info["icc_profile"]))
        return ImageCms.profileToProfile(image, source_profile, ImageCms.createProfile("sRGB"), outputMode="RGB")
    if image.mode.startswith("I;16") or image.mode == "I":
        return image.convert("I").point(lambda v: v * (1 / 256)).convert("L")  # 16 bits down to 8
    if image.mode in ("P", "PA"):
        return image.convert("RGBA" if image.has_transparency_data else "RGB")
    if image.mode in ("1", "F"):
        return image.convert("L")
    return image.convert("RGB")


def _crop_and_scale(image: Image.Image, resolved: ResolvedRequest) -> Image.Image:
    """Return the region scaled to the requested size, in one resampling pass."""
    box = resolved.region
    # A drafted JPEG is smaller than the image the request was resolved for.
    sx, sy = image.width / resolved.image_width, image.height / resolved.image_height
    if (sx, sy) == (1, 1) and (resolved.width, resolved.height) == (box.width, box.height):
        if (box.x, box.y, box.width, box.height) == (0, 0, *image.size):
            return image  # a pyramid's region arrives already cut: a copy would cost as much as the encode
        return image.crop((box.x, box.y, box.x + box.width, box.y + box.height))
    source_box = (box.x * sx, box.y * sy, (box.x + box.width) * sx, (box.y + box.height) * sy)
    # reducing_gap lets Pillow shrink by whole factors first (Image.reduce), then resample the rest.
    return image.resize(
        (resolved.width, resolved.height), Image.Resampling.LANCZOS, box=source_box, reducing_gap=3.0
    )


def _flatten(image: Image.Image) -> Image.Image:
    """Return the image without alpha, its transparent parts white as on a page."""
    if "A" not in image.mode:
        return image
    background = Image.new("RGBA", image.size, (_WHITE, _WHITE, _WHITE, _WHITE))
    flat = Image.alpha_composite(background, image.convert("RGBA"))
    return flat.convert("L" if image.mode == "LA" else "RGB")
