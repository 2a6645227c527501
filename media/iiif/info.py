"""The IIIF Image API 3.0 image information document (info.json) of one image, as a plain dict."""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from .parameters import Format, Limits, Quality

CONTEXT = "http://iiif.io/api/image/3/context.json"
PROTOCOL = "http://iiif.io/api/image"

# Every feature name 3.0 §5.7 defines.
FEATURES = frozenset({
    "baseUriRedirect", "canonicalLinkHeader", "cors", "jsonldMediaType", "mirroring", "profileLinkHeader",
    "regionByPct", "regionByPx", "regionSquare", "rotationArbitrary", "rotationBy90s", "sizeByConfinedWh",
    "sizeByH", "sizeByPct", "sizeByW", "sizeByWh", "sizeUpscaling",
})
# Already promised by the level2 profile, so extraFeatures need not repeat them (compliance 3.0 §3-4).
LEVEL2_FEATURES = frozenset({
    "baseUriRedirect", "cors", "jsonldMediaType", "regionByPct", "regionByPx", "regionSquare",
    "rotationBy90s", "sizeByConfinedWh", "sizeByH", "sizeByPct", "sizeByW", "sizeByWh",
})
LEVEL2_FORMATS = frozenset({"jpg", "png"})
# What parameters.resolve and transform do beyond level 2; sizeUpscaling is added when limits permit it.
LIBRARY_FEATURES = ("mirroring",)


def info_json(
    identifier_url: str,
    width: int,
    height: int,
    *,
    max_width: int | None = None,
    max_height: int | None = None,
    max_area: int | None = None,
    tile_size: int | Sequence[int] = 512,
    thumbnail_side: int = 200,
    extra_formats: Iterable[str] = ("webp",),
    extra_qualities: Iterable[str] = ("color", "gray", "bitonal"),
    extra_features: Iterable[str] = LIBRARY_FEATURES,
) -> dict:
    """Return the info.json document of a width×height image served at identifier_url, level 2.

    ``sizes`` halves the image until its longer side is at most ``thumbnail_side``; ``tiles`` offers
    square tiles of ``tile_size`` at scale factors 1, 2, 4... until one tile holds the whole image. Given
    several tile sizes it offers each, in that order: viewers take the first.
    ``extra_features`` names what the caller adds (the HTTP layer knows about link headers).
    """
    if width < 1 or height < 1:
        raise ValueError(f"an image is at least 1x1 pixels, not {width}x{height}")
    limits = Limits(max_width, max_height, max_area)
    tile_sizes = list(dict.fromkeys([tile_size] if isinstance(tile_size, int) else tile_size))
    for side in tile_sizes:
        if not limits.fits(side, side):
            raise ValueError(f"tiles of {side} pixels would be over the size limits")
    document = {
        "@context": CONTEXT,
        "id": identifier_url.rstrip("/"),
        "type": "ImageService3",
        "protocol": PROTOCOL,
        "profile": "level2",
        "width": width,
        "height": height,
    }
    named_limits = (("maxWidth", max_width), ("maxHeight", max_height), ("maxArea", max_area))
    document.update({name: value for name, value in named_limits if value is not None})
    sizes = preferred_sizes(width, height, limits, thumbnail_side)
    if sizes:
        document["sizes"] = [{"width": w, "height": h} for w, h in sizes]
    document["tiles"] = [{"width": side, "scaleFactors": scale_factors(width, height, side)} for side in tile_sizes]
    formats = _checked(extra_formats, {f.value for f in Format} - LEVEL2_FORMATS, "format")
    qualities = _checked(extra_qualities, {q.value for q in Quality} - {"default"}, "quality")
    # resolve() refuses other angles, and upscaling unless a limit is declared (3.0 §5.7).
    features = set(_checked(extra_features, FEATURES - {"rotationArbitrary", "sizeUpscaling"}, "feature"))
    if limits.allows_upscaling:
        features.add("sizeUpscaling")
    for name, values in (("extraFormats", formats), ("extraQualities", qualities), ("extraFeatures", features)):
        if values:
            document[name] = sorted(values) if name == "extraFeatures" else list(values)
    return document


def preferred_sizes(width: int, height: int, limits: Limits, thumbnail_side: int) -> list[tuple[int, int]]:
    """Return the full image halved again and again, smallest first, keeping only sizes within the limits."""
    sizes = []
    factor = 1
    while True:
        # Rounding up matches the pixel dimensions of libjpeg's and pyramid TIFF reductions.
        w, h = math.ceil(width / factor), math.ceil(height / factor)
        if limits.fits(w, h):
            sizes.append((w, h))
        if max(w, h) <= thumbnail_side or (w, h) == (1, 1):
            return sizes[::-1]
        factor *= 2


def scale_factors(width: int, height: int, tile_size: int) -> list[int]:
    """Return 1, 2, 4... up to the first factor at which a single tile covers the whole image."""
    factors = [1]
    while math.ceil(width / factors[-1]) > tile_size or math.ceil(height / factors[-1]) > tile_size:
        factors.append(factors[-1] * 2)
    return factors


def _checked(values: Iterable[str], allowed: set[str] | frozenset[str], what: str) -> list[str]:
    """Return the values without repeats, or raise ValueError naming one this server cannot offer."""
    unique = list(dict.fromkeys(values))
    unknown = [value for value in unique if value not in allowed]
    if unknown:
        raise ValueError(f"unsupported extra {what}: {', '.join(unknown)}")
    return unique
