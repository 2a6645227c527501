"""IIIF Image API 3.0 request parameters: parsed into value objects, resolved against an image, made canonical.

Parsing knows only the syntax of the four URI segments. ``resolve`` applies a request to an image of
known size and the server's limits, and is where what this server does not do (rotation other than
by 90s, upscaling without declared limits) is refused. Every mistake a client can make surfaces as an
``IIIFParameterError`` naming the segment, never as another exception.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Literal

PARTS = ("region", "size", "rotation", "quality", "format")

# Far beyond any image; it keeps arithmetic on parsed numbers finite (float("9" * 400) is inf).
LARGEST_NUMBER = 10**9

_INTEGER = re.compile(r"[0-9]+")
# 3.0 §4.7: only ASCII digits and "."; Python's float() would also take "1e3", "+1", "inf" and "١".
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")


class IIIFParameterError(ValueError):
    """A request segment the client got wrong: ``part`` names it, ``status`` is the HTTP code to answer."""

    def __init__(self, part: str, message: str, status: int = 400):
        super().__init__(f"{part}: {message}")
        self.part = part
        self.message = message
        self.status = status

    def __reduce__(self):
        return type(self), (self.part, self.message, self.status)


class Quality(StrEnum):
    DEFAULT = "default"
    COLOR = "color"
    GRAY = "gray"
    BITONAL = "bitonal"


class Format(StrEnum):
    JPG = "jpg"
    PNG = "png"
    WEBP = "webp"

    @property
    def media_type(self) -> str:
        """Return the MIME type 3.0 §4.5 pairs with this extension."""
        return {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}[self.value]


@dataclass(frozen=True)
class Region:
    kind: Literal["full", "square", "pixels", "percent"]
    x: float = 0
    y: float = 0
    w: float = 0
    h: float = 0

    def __str__(self) -> str:
        if self.kind in ("full", "square"):
            return self.kind
        values = ",".join(_number(v) for v in (self.x, self.y, self.w, self.h))
        return f"pct:{values}" if self.kind == "percent" else values


@dataclass(frozen=True)
class Size:
    kind: Literal["max", "w", "h", "pct", "wh", "confined"]
    w: int | None = None
    h: int | None = None
    pct: float | None = None
    upscale: bool = False

    def __str__(self) -> str:
        body = {
            "max": "max",
            "w": f"{self.w},",
            "h": f",{self.h}",
            "pct": f"pct:{_number(self.pct or 0)}",
            "wh": f"{self.w},{self.h}",
            "confined": f"!{self.w},{self.h}",
        }[self.kind]
        return f"^{body}" if self.upscale else body


@dataclass(frozen=True)
class Rotation:
    degrees: float = 0.0
    mirror: bool = False


@dataclass(frozen=True)
class ImageRequest:
    region: Region
    size: Size
    rotation: Rotation
    quality: Quality
    format: Format


def parse_request(region: str, size: str, rotation: str, quality_format: str) -> ImageRequest:
    """Return the request the four URI segments spell; raise IIIFParameterError for the first bad one."""
    parsed_region = parse_region(region)
    parsed_size = parse_size(size)
    parsed_rotation = parse_rotation(rotation)
    quality, fmt = parse_quality_format(quality_format)
    return ImageRequest(parsed_region, parsed_size, parsed_rotation, quality, fmt)


def parse_region(text: str) -> Region:
    """Return the region segment as a Region: full, square, x,y,w,h or pct:x,y,w,h."""
    if text in ("full", "square"):
        return Region(text)
    percent = text.startswith("pct:")
    fields = (text[4:] if percent else text).split(",")
    if len(fields) != 4:
        raise IIIFParameterError("region", f"{_shown(text)} is not full, square, x,y,w,h or pct:x,y,w,h")
    read = _decimal if percent else _integer
    x, y, w, h = (read(field, "region") for field in fields)
    if w == 0 or h == 0:
        raise IIIFParameterError("region", f"{_shown(text)} has a width or height of zero")
    return Region("percent" if percent else "pixels", x, y, w, h)


def parse_size(text: str) -> Size:
    """Return the size segment as a Size: max, w,, ,h, pct:n, w,h or !w,h, each optionally after ^."""
    upscale = text.startswith("^")
    body = text[1:] if upscale else text
    if body == "max":
        return Size("max", upscale=upscale)
    if body.startswith("pct:"):
        pct = _decimal(body[4:], "size")
        if pct == 0:
            raise IIIFParameterError("size", f"{_shown(text)} scales to nothing; the percentage must be above 0")
        if pct > 100 and not upscale:
            raise IIIFParameterError("size", f"{_shown(text)} is over 100%; prefix it with ^ to upscale")
        return Size("pct", pct=pct, upscale=upscale)
    confined = body.startswith("!")
    fields = (body[1:] if confined else body).split(",")
    if len(fields) != 2 or fields == ["", ""] or (confined and "" in fields):
        raise IIIFParameterError("size", f"{_shown(text)} is not max, w,, ,h, pct:n, w,h or !w,h")
    w, h = (_integer(field, "size") if field else None for field in fields)
    if w == 0 or h == 0:
        raise IIIFParameterError("size", f"{_shown(text)} asks for zero pixels; width and height must be above 0")
    kind = "confined" if confined else "wh" if w and h else "w" if w else "h"
    return Size(kind, w=w, h=h, upscale=upscale)


def parse_rotation(text: str) -> Rotation:
    """Return the rotation segment as a Rotation: degrees clockwise from 0 to 360, ! to mirror first."""
    mirror = text.startswith("!")
    degrees = _decimal(text[1:] if mirror else text, "rotation")
    if degrees > 360:
        raise IIIFParameterError("rotation", f"{_shown(text)} is out of range; degrees go from 0 to 360")
    return Rotation(degrees, mirror)


def parse_quality_format(text: str) -> tuple[Quality, Format]:
    """Return the quality and format of a ``quality.format`` segment such as ``default.jpg``."""
    quality_text, dot, format_text = text.rpartition(".")
    if not dot:
        raise IIIFParameterError("format", f"{_shown(text)} has no format; the last segment is quality.format")
    try:
        quality = Quality(quality_text)
    except ValueError:
        raise IIIFParameterError(
            "quality", f"{_shown(quality_text)} is not one of {', '.join(Quality)}"
        ) from None
    try:
        fmt = Format(format_text)
    except ValueError:
        raise IIIFParameterError("format", f"{_shown(format_text)} is not one of {', '.join(Format)}") from None
    return quality, fmt


@dataclass(frozen=True)
class Limits:
    """The server's maxWidth, maxHeight and maxArea (3.0 §5.2); declaring any of them permits upscaling."""

    max_width: int | None = None
    max_height: int | None = None
    max_area: int | None = None

    def __post_init__(self):
        if self.max_height is not None and self.max_width is None:
            raise ValueError("IIIF 3.0 requires maxWidth whenever maxHeight is given")
        for value in (self.max_width, self.max_height, self.max_area):
            if value is not None and value < 1:
                raise ValueError(f"size limits must be at least 1 pixel, not {value}")

    @property
    def height_bound(self) -> int | None:
        """Return the tallest output allowed; clients infer maxHeight = maxWidth when only maxWidth is given."""
        return self.max_height if self.max_height is not None else self.max_width

    @property
    def allows_upscaling(self) -> bool:
        """Return whether ^ sizes may grow the region: 3.0 §5.7 demands maxWidth or maxArea for that."""
        return self.max_width is not None or self.max_area is not None

    def __str__(self) -> str:
        named = (("maxWidth", self.max_width), ("maxHeight", self.height_bound), ("maxArea", self.max_area))
        return ", ".join(f"{name} {value}" for name, value in named if value is not None)

    def fits(self, w: int, h: int) -> bool:
        """Return whether an output of w×h pixels is within every limit."""
        return (
            (self.max_width is None or w <= self.max_width)
            and (self.height_bound is None or h <= self.height_bound)
            and (self.max_area is None or w * h <= self.max_area)
        )


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class ResolvedRequest:
    """A request made concrete for one image: the crop in source pixels, the scaled size, the turns."""

    image_width: int
    image_height: int
    region: Box  # inside the image, at least one pixel each way
    width: int  # scaled size, before rotation
    height: int
    rotation: int  # clockwise: 0, 90, 180 or 270
    mirror: bool
    quality: Quality
    format: Format
    limits: Limits = Limits()

    @property
    def output_size(self) -> tuple[int, int]:
        """Return the (width, height) of the delivered image, after rotation."""
        return (self.height, self.width) if self.rotation in (90, 270) else (self.width, self.height)


def resolve(
    request: ImageRequest,
    image_width: int,
    image_height: int,
    max_width: int | None = None,
    max_height: int | None = None,
    max_area: int | None = None,
) -> ResolvedRequest:
    """Return the request applied to an image of this size; raise IIIFParameterError when it cannot be."""
    if image_width < 1 or image_height < 1:
        raise ValueError(f"an image is at least 1x1 pixels, not {image_width}x{image_height}")
    limits = Limits(max_width, max_height, max_area)
    box = _crop(request.region, image_width, image_height)
    width, height = _scaled(request.size, box.width, box.height, limits)
    turns, mirror = _quarter_turns(request.rotation), request.rotation.mirror
    return ResolvedRequest(
        image_width, image_height, box, width, height, turns, mirror, request.quality, request.format, limits
    )


def canonical(resolved: ResolvedRequest) -> str:
    """Return the canonical ``region/size/rotation/quality.format`` path of a resolved request (3.0 §4.8)."""
    box = resolved.region
    full = box == Box(0, 0, resolved.image_width, resolved.image_height)
    region = "full" if full else f"{box.x},{box.y},{box.width},{box.height}"
    mirror = "!" if resolved.mirror else ""
    return f"{region}/{_canonical_size(resolved)}/{mirror}{resolved.rotation}/{resolved.quality}.{resolved.format}"


def _canonical_size(resolved: ResolvedRequest) -> str:
    box, size = resolved.region, (resolved.width, resolved.height)
    if size == _max_size(box.width, box.height, resolved.limits, upscale=False):
        return "max"
    upscaled = resolved.width > box.width or resolved.height > box.height
    if upscaled and size == _max_size(box.width, box.height, resolved.limits, upscale=True):
        return "^max"
    return f"{'^' if upscaled else ''}{resolved.width},{resolved.height}"


def _crop(region: Region, image_width: int, image_height: int) -> Box:
    """Return the region as a box of source pixels, cut at the image's edges (3.0 §4.1)."""
    if region.kind == "full":
        return Box(0, 0, image_width, image_height)
    if region.kind == "square":
        side = min(image_width, image_height)
        return Box((image_width - side) // 2, (image_height - side) // 2, side, side)
    if region.kind == "percent":
        # Rounding both edges, not the width, makes neighbouring percentage regions share a border.
        x0, x1 = (_percent_of(image_width, *p) for p in ((region.x,), (region.x, region.w)))
        y0, y1 = (_percent_of(image_height, *p) for p in ((region.y,), (region.y, region.h)))
    else:
        x0, y0 = int(region.x), int(region.y)
        x1, y1 = x0 + int(region.w), y0 + int(region.h)
    if x0 >= image_width or y0 >= image_height:
        raise IIIFParameterError("region", f"{region} is entirely outside the {image_width}x{image_height} image")
    x1, y1 = min(x1, image_width), min(y1, image_height)
    if x1 <= x0 or y1 <= y0:
        raise IIIFParameterError("region", f"{region} is less than one pixel of the {image_width}x{image_height} image")
    return Box(x0, y0, x1 - x0, y1 - y0)


def _scaled(size: Size, cw: int, ch: int, limits: Limits) -> tuple[int, int]:
    """Return the (width, height) the region of cw×ch pixels is scaled to (3.0 §4.2)."""
    if size.kind == "max":
        w, h = _max_size(cw, ch, limits, upscale=size.upscale)
    elif size.kind == "confined":
        bound_w, bound_h = (size.w, size.h) if size.upscale else (min(size.w, cw), min(size.h, ch))
        w, h = _fit(cw, ch, _least(bound_w, limits.max_width), _least(bound_h, limits.height_bound), limits.max_area)
    elif size.kind == "w":
        w, h = size.w, _ratio(size.w, ch, cw)
    elif size.kind == "h":
        w, h = _ratio(size.h, cw, ch), size.h
    elif size.kind == "pct":
        w, h = _percent_of(cw, size.pct), _percent_of(ch, size.pct)
    else:
        w, h = size.w, size.h
    if w < 1 or h < 1:
        raise IIIFParameterError("size", f"{size} makes the {cw}x{ch} region {w}x{h}, less than one pixel")
    if w > cw or h > ch:
        if not size.upscale:
            raise IIIFParameterError("size", f"{size} is larger than the {cw}x{ch} region; prefix it with ^ to upscale")
        if not limits.allows_upscaling:
            raise IIIFParameterError("size", "upscaling is not supported by this server", status=501)
    if not limits.fits(w, h):
        raise IIIFParameterError("size", f"{size} gives {w}x{h}, over the server's limits ({limits})")
    return w, h


def _max_size(cw: int, ch: int, limits: Limits, upscale: bool) -> tuple[int, int]:
    """Return what ``max`` (or ``^max``) gives for a cw×ch region under these limits."""
    bound_w, bound_h = limits.max_width, limits.height_bound
    if not upscale or not limits.allows_upscaling:
        bound_w, bound_h = _least(bound_w, cw), _least(bound_h, ch)
    return _fit(cw, ch, bound_w, bound_h, limits.max_area)


def _fit(cw: int, ch: int, bound_w: int | None, bound_h: int | None, area: int | None) -> tuple[int, int]:
    """Return the largest size with the aspect of cw×ch within the bounds (None: unbounded), at least 1×1."""
    if bound_w is None and bound_h is None and area is None:
        return cw, ch
    size = None
    # Compare cross products, not ratios, so the side that binds is found exactly.
    if bound_w is not None and (bound_h is None or bound_w * ch <= bound_h * cw):
        size = bound_w, _least(_ratio(bound_w, ch, cw), bound_h)
    elif bound_h is not None:
        size = _least(_ratio(bound_h, cw, ch), bound_w), bound_h
    if size is not None:
        size = max(1, size[0]), max(1, size[1])
    if area is not None and (size is None or size[0] * size[1] > area):
        size = _fit_area(cw, ch, bound_w, bound_h, area)
    return size


def _fit_area(cw: int, ch: int, bound_w: int | None, bound_h: int | None, area: int) -> tuple[int, int]:
    """Return the largest size with the aspect of cw×ch and at most ``area`` pixels, within the bounds."""
    long_side, short_side = max(cw, ch), min(cw, ch)

    def sized(long: int) -> tuple[int, int]:
        short = max(1, _ratio(long, short_side, long_side))
        return (long, short) if cw >= ch else (short, long)

    def fits(size: tuple[int, int]) -> bool:
        w, h = size
        return w * h <= area and w <= (bound_w or w) and h <= (bound_h or h)

    # Both sides grow with the longer one, so a binary search finds the largest that fits; 1x1 always does.
    low, high = 1, area
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if fits(sized(middle)) else (low, middle - 1)
    return sized(low)


def _quarter_turns(rotation: Rotation) -> int:
    """Return the rotation as 0, 90, 180 or 270; 360 is the same picture as 0."""
    if rotation.degrees % 90:
        raise IIIFParameterError(
            "rotation", f"{_number(rotation.degrees)} degrees is not supported; only multiples of 90 are supported"
        )
    return int(rotation.degrees) % 360


def _integer(text: str, part: str) -> int:
    if not _INTEGER.fullmatch(text):
        raise IIIFParameterError(part, f"{_shown(text)} is not a whole number of pixels")
    if len(text) > 12 or int(text) > LARGEST_NUMBER:  # int() refuses strings over 4300 digits
        raise IIIFParameterError(part, f"{_shown(text)} is too large")
    return int(text)


def _decimal(text: str, part: str) -> float:
    if not _DECIMAL.fullmatch(text):
        raise IIIFParameterError(part, f"{_shown(text)} is not a number made of digits and '.'")
    value = float(text)
    if value > LARGEST_NUMBER:
        raise IIIFParameterError(part, f"{_shown(text)} is too large")
    return value


def _ratio(length: int, numerator: int, denominator: int) -> int:
    """Return length × numerator / denominator rounded half up, in exact integer arithmetic."""
    return (2 * length * numerator + denominator) // (2 * denominator)


def _percent_of(length: int, *percentages: float) -> int:
    """Return the sum of the percentages of length, rounded half up.

    Exact on the decimals the client wrote (repr gives back "41.6", not 41.60000000000000142), so a
    value landing on .5 of a pixel always rounds the same way.
    """
    exact = sum(Fraction(repr(p)) for p in percentages) * length / 100
    return math.floor(exact + Fraction(1, 2))


def _least(*values: int | None) -> int | None:
    """Return the smallest of the values that are not None (None means unbounded)."""
    present = [value for value in values if value is not None]
    return min(present) if present else None


def _number(value: float) -> str:
    """Return a number as 3.0 §4.7 writes it: an integer if possible, else no trailing zeros."""
    return str(int(value)) if value == int(value) else f"{value:.10f}".rstrip("0")


def _shown(text: str) -> str:
    """Return text quoted for an error message, cut short so a hostile URL cannot flood the log."""
    return repr(text if len(text) <= 40 else text[:40] + "…")
