"""The photographer's studio of the demo: a canvas with a lit sweep, and shaded bodies on it.

Everything costly is computed once per picture size (the grey sweep) or at a fraction of the size
and scaled up (the shading of round bodies); the object itself is drawn at full size with Pillow.
"""
from __future__ import annotations

import functools
import random

import numpy as np
from PIL import Image, ImageDraw

RGB = tuple[int, int, int]


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """Return the colour a fraction ``t`` of the way from ``a`` to ``b``."""
    return tuple(int(round(x + (y - x) * t)) for x, y in zip(a, b))  # type: ignore[return-value]


def shade(c: RGB, f: float) -> RGB:
    """Return the colour darkened (f < 1) or lightened (f > 1), clamped to 0..255."""
    return tuple(max(0, min(255, int(x * f))) for x in c)  # type: ignore[return-value]


class Canvas:
    """A photograph being made: the image, a drawer on it and the random source of its details."""

    def __init__(self, size: tuple[int, int], rng: random.Random, colours: tuple[RGB, ...], dark: bool,
                 variant: str = "", motif: str = ""):
        self.w, self.h = size
        self.rng = rng
        self.colours = colours
        self.variant = variant  # the object type code, for drawings that serve several types
        self.motif = motif  # what a picture shows: "portrait", "landscape" or anything
        self.img = background(size, rng, dark)
        self.draw = ImageDraw.Draw(self.img)

    def backdrop(self, x: float, y: float) -> RGB:
        """Return the background colour near a point (clamped to the picture)."""
        return self.img.getpixel((min(self.w - 1, max(0, int(x))), min(self.h - 1, max(0, int(y)))))

    def colour(self, i: int) -> RGB:
        return self.colours[i % len(self.colours)]

    def shaded(self, box: tuple[int, int, int, int], colour: RGB, outline, light: str = "cylinder",
               shape: str = "polygon") -> None:
        """Paste a body of ``colour`` lit as a cylinder, sphere or flat plate, cut out by ``outline``.

        ``outline`` is a polygon (points relative to the canvas) or, with shape="ellipse", ignored
        in favour of the box itself.
        """
        x0, y0, x1, y1 = (int(v) for v in box)
        w, h = max(2, x1 - x0), max(2, y1 - y0)
        mask = Image.new("L", (w, h), 0)
        md = ImageDraw.Draw(mask)
        if shape == "ellipse":
            md.ellipse((0, 0, w - 1, h - 1), fill=255)
        else:
            md.polygon([(px - x0, py - y0) for px, py in outline], fill=255)
        self.img.paste(_lit(w, h, colour, light), (x0, y0), mask)

    def sheet(self, box: tuple[float, float, float, float], colour: RGB, light: str = "flat",
              shadow: RGB = (116, 116, 114)) -> None:
        """Lay a flat thing (paper, card, canvas in its frame) on the sweep, with its shadow below right."""
        x0, y0, x1, y1 = box
        self.draw.rectangle((x0 + 8, y0 + 10, x1 + 8, y1 + 10), fill=shadow)
        self.shaded(box, colour, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)], light)


def background(size: tuple[int, int], rng: random.Random, dark: bool) -> Image.Image:
    """Return a studio sweep: a vertical gradient, a soft light spot and a floor shadow, tinted."""
    if dark:
        tone = rng.choice([(58, 60, 66), (46, 44, 48), (64, 56, 52)])
    else:
        tone = rng.choice([(240, 238, 234), (230, 232, 236), (244, 240, 230), (224, 226, 228)])
    return _sweep(size, dark).point([v * c // 255 for c in tone for v in range(256)])


@functools.lru_cache(maxsize=24)
def _sweep(size: tuple[int, int], dark: bool) -> Image.Image:
    """Return the grey light of the sweep, as RGB, for a picture size (cached: few sizes serve all pictures)."""
    w, h = size
    y = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None]
    x = np.linspace(-1.0, 1.0, w, dtype=np.float32)[None, :]
    fall = 0.55 if dark else 0.3
    light = (1 - fall * y ** 1.4) * (0.86 + 0.14 * np.exp(-x * x / 0.5) * np.exp(-(y - 0.35) ** 2 / 0.25))
    # the shadow of the object on the floor, under the middle of the picture
    light *= 1 - 0.35 * np.exp(-(x / 0.55) ** 2) * np.exp(-((y - 0.86) / 0.06) ** 2)
    return Image.fromarray((np.clip(light, 0, 1) * 255).astype(np.uint8), "L").convert("RGB")


def _lit(w: int, h: int, colour: RGB, light: str) -> Image.Image:
    """Return a w x h layer of ``colour`` with the shading of the named light."""
    c = np.array(colour, np.float32)
    if light in ("sphere", "vignette"):
        sw, sh = max(2, w // 8), max(2, h // 8)
        x = np.linspace(-1, 1, sw, dtype=np.float32)[None, :]
        y = np.linspace(-1, 1, sh, dtype=np.float32)[:, None]
        r2 = np.clip(x * x + y * y, 0, 1)
        if light == "sphere":
            f = 0.45 + 0.65 * np.sqrt(1 - r2) - 0.12 * (x + y)
            spec = np.exp(-(((x + 0.35) ** 2 + (y + 0.4) ** 2) / 0.03)) * 110
        else:  # an old print: darkening towards the edges
            f = 0.98 - 0.3 * r2 ** 1.5
            spec = np.zeros_like(f)
        arr = c[None, None, :] * f[..., None] + spec[..., None]
        small = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
        return small.resize((w, h), Image.Resampling.BILINEAR)
    if light == "cylinder":  # a row of shades stretched down the body
        t = np.linspace(-1, 1, w, dtype=np.float32)
        f = 0.42 + 0.7 * np.sqrt(np.clip(1 - t * t, 0, 1)) - 0.15 * t
        spec = np.exp(-((t + 0.45) / 0.09) ** 2) * 70
        row = np.clip(c[None, :] * f[:, None] + spec[:, None], 0, 255).astype(np.uint8)
        return Image.fromarray(row[None], "RGB").resize((w, h), Image.Resampling.NEAREST)
    # flat: a plate lit from above
    t = np.linspace(0, 1, h, dtype=np.float32)
    f = 1.08 - 0.22 * t
    col = np.clip(c[None, :] * f[:, None], 0, 255).astype(np.uint8)
    return Image.fromarray(col[:, None], "RGB").resize((w, h), Image.Resampling.NEAREST)
