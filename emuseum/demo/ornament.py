"""Kazakh ornament for the drawings: the ram's horn (қошқар мүйіз) and the rosette of four horns."""
from __future__ import annotations

import math

from PIL import ImageDraw

from .canvas import RGB


def _curl(steps: int = 30) -> list[tuple[float, float]]:
    """Return the right curl of the ram's horn (қошқар мүйіз) in a unit box, y pointing down.

    It starts at the top of the stem, rises outwards, rolls over and winds inwards: a spiral round
    a centre up and to the right of the stem whose radius shrinks as the angle grows.
    """
    cx, cy = 0.27, -0.3
    x0, y0 = 0.0, -0.05
    r0 = math.hypot(x0 - cx, y0 - cy)
    a0 = math.atan2(y0 - cy, x0 - cx)
    sweep = 1.55 * 2 * math.pi
    pts = []
    for i in range(steps + 1):
        t = i / steps
        r = r0 * (1 - 0.85 * t)
        a = a0 + t * sweep
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


_CURL = _curl()


def ram_horn(draw: ImageDraw.ImageDraw, cx: float, cy: float, size: float, colour: RGB,
             angle: float = 0.0, width: int = 3) -> None:
    """Draw the ram's-horn motif: a stem that parts into two curls turning outwards."""
    ca, sa = math.cos(angle), math.sin(angle)

    def place(px: float, py: float) -> tuple[float, float]:
        return cx + (px * ca - py * sa) * size, cy + (px * sa + py * ca) * size

    draw.line([place(0, 0.45), place(0, -0.05)], fill=colour, width=width)
    for side in (-1, 1):
        draw.line([place(side * x, y) for x, y in _CURL], fill=colour, width=width, joint="curve")


def ram_horn_rosette(draw: ImageDraw.ImageDraw, cx: float, cy: float, size: float, colour: RGB, width: int = 3):
    """Draw four ram's horns round a centre, the rosette of felt carpets (сырмақ, текемет)."""
    for k in range(4):
        a = k * math.pi / 2
        ram_horn(draw, cx + math.sin(a) * size * 0.45, cy - math.cos(a) * size * 0.45, size * 0.55, colour,
                 angle=a, width=width)
