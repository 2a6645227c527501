"""IIIF Image API 3.0, level 2, as a library: parse a request, resolve it, render it, describe an image.

    request = parse_request("full", "!400,400", "0", "default.jpg")
    resolved = resolve(request, width, height, max_width=4000)
    data, media_type = render(path, resolved)
    link = canonical(resolved)          # for the Link: rel="canonical" header

Plain inputs and outputs; the HTTP routes live in the application.
"""
from .info import info_json
from .parameters import (
    Box,
    Format,
    IIIFParameterError,
    ImageRequest,
    Limits,
    Quality,
    Region,
    ResolvedRequest,
    Rotation,
    Size,
    canonical,
    parse_request,
    resolve,
)
from .transform import ImageRenderer, PillowRenderer, RenderedImage, render

__all__ = [
    "Box",
    "Format",
    "IIIFParameterError",
    "ImageRenderer",
    "ImageRequest",
    "Limits",
    "PillowRenderer",
    "Quality",
    "Region",
    "RenderedImage",
    "ResolvedRequest",
    "Rotation",
    "Size",
    "canonical",
    "info_json",
    "parse_request",
    "render",
    "resolve",
]
