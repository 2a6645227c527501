"""Generated museum photographs of demo exhibits: a studio sweep with a drawn object, as JPEG bytes.

Each picture is a pure function of (drawing, colours, seed), so the same demo seed gives byte-identical
files. Everything costly (the gradient background with its soft shadow, the shading of round
bodies) is computed at a fraction of the size and scaled up; the object is drawn at full size with
Pillow. One picture takes about 10 ms.
"""
from __future__ import annotations

import functools
import io
import math
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

RGB = tuple[int, int, int]

# Canvas sizes a museum photographer might deliver (width, height).
LANDSCAPE = ((1200, 900), (1200, 800), (1200, 1000))
PORTRAIT = ((900, 1200), (960, 1200), (1000, 1200))
SQUARE = ((1100, 1100), (1200, 1200))


@dataclass(frozen=True)
class Picture:
    """What to draw: a drawing family (see DRAWINGS), the colours of its materials and a seed."""
    drawing: str
    colours: tuple[RGB, ...]
    seed: str
    view: int = 0  # 0 the main view; 1, 2 further views (turned, detail)


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(int(round(x + (y - x) * t)) for x, y in zip(a, b))  # type: ignore[return-value]


def _shade(c: RGB, f: float) -> RGB:
    return tuple(max(0, min(255, int(x * f))) for x in c)  # type: ignore[return-value]


class Canvas:
    """A photograph being made: the image, a drawer on it and the random source of its details."""

    def __init__(self, size: tuple[int, int], rng: random.Random, colours: tuple[RGB, ...], dark: bool):
        self.w, self.h = size
        self.rng = rng
        self.colours = colours
        self.img = _background(size, rng, dark)
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


def _background(size: tuple[int, int], rng: random.Random, dark: bool) -> Image.Image:
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
        else:  # an old print: bright in the middle, darkening to the edges
            f = 1.05 - 0.45 * r2 ** 1.5
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


# --- ornament ---------------------------------------------------------------------------------

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


# --- drawings ---------------------------------------------------------------------------------

def draw_vessel(cv: Canvas) -> None:
    """A turned vessel (құмыра, jug, vase): a profile mirrored round the axis, lit as a cylinder."""
    rng = cv.rng
    h = cv.h * rng.uniform(0.55, 0.72)
    base_y = cv.h * 0.86
    cx = cv.w / 2
    r = h * rng.uniform(0.22, 0.36)
    neck = rng.uniform(0.25, 0.5)
    belly = rng.uniform(0.35, 0.6)
    # (radius fraction, height fraction from the bottom)
    prof = [(0.55, 0), (0.8, 0.08), (1.0, belly * 0.7), (1.0, belly), (0.85, belly + 0.15),
            (neck, 0.86), (neck * 0.9, 0.93), (neck * 1.15, 1.0)]
    pts_r = [(cx + r * pr, base_y - h * ph) for pr, ph in prof]
    pts_l = [(cx - r * pr, base_y - h * ph) for pr, ph in reversed(prof)]
    outline = pts_r + pts_l
    xs, ys = [p[0] for p in outline], [p[1] for p in outline]
    box = (min(xs), min(ys), max(xs) + 1, max(ys) + 1)
    cv.shaded(box, cv.colour(0), outline, "cylinder")
    d = cv.draw
    deco = _shade(cv.colour(1) if len(cv.colours) > 1 else cv.colour(0), 0.55)
    band_y = base_y - h * belly
    for k in range(-5, 6):  # an incised band of ram's horns round the shoulder
        x = cx + r * 0.82 * math.sin(k / 5 * 1.2)
        ram_horn(d, x, band_y, r * 0.22 * math.cos(k / 5 * 1.2) + 4, deco, width=2)
    d.line([(cx - r * 0.97, band_y - r * 0.25), (cx + r * 0.97, band_y - r * 0.25)], fill=deco, width=2)
    d.line([(cx - r * 0.97, band_y + r * 0.25), (cx + r * 0.97, band_y + r * 0.25)], fill=deco, width=2)
    if rng.random() < 0.5:  # a handle
        top = base_y - h * 0.8
        d.arc((cx + r * neck * 0.6, top, cx + r * 1.35, base_y - h * 0.35), -80, 80,
              fill=_shade(cv.colour(0), 0.8), width=max(6, int(r * 0.09)))


def draw_bowl(cv: Canvas) -> None:
    """A wide bowl (кесе, тегене, ожау): a shallow body with a dark opening seen from above."""
    rng = cv.rng
    cx, base_y = cv.w / 2, cv.h * 0.8
    r = cv.w * rng.uniform(0.26, 0.36)
    depth = r * rng.uniform(0.45, 0.7)
    body = [(cx - r, base_y - depth)]
    for i in range(1, 12):
        t = i / 12 * math.pi
        body.append((cx - r * math.cos(t), base_y - depth + depth * math.sin(t) ** 0.7))
    body.append((cx + r, base_y - depth))
    cv.shaded((cx - r, base_y - depth - 2, cx + r + 1, base_y + 2), cv.colour(0), body, "cylinder")
    rim = (cx - r, base_y - depth - r * 0.16, cx + r, base_y - depth + r * 0.16)
    cv.draw.ellipse(rim, fill=_shade(cv.colour(0), 0.45), outline=_shade(cv.colour(0), 1.15), width=5)
    deco = _shade(cv.colour(1), 0.6)
    for k in range(-4, 5):
        ram_horn(cv.draw, cx + r * 0.75 * math.sin(k / 4 * 1.2), base_y - depth * 0.55, r * 0.1 + 3, deco, width=2)


def draw_carpet(cv: Canvas) -> None:
    """A felt carpet or woven rug laid flat: field, medallions of ram's-horn rosettes and a border."""
    rng = cv.rng
    mw, mh = cv.w * 0.08, cv.h * 0.08
    x0, y0, x1, y1 = mw, mh, cv.w - mw, cv.h - mh * 1.2
    field, ground, line = cv.colour(0), cv.colour(1), cv.colour(2)
    d = cv.draw
    d.rectangle((x0 + 6, y0 + 8, x1 + 6, y1 + 8), fill=_shade(cv.backdrop(x0, y1), 0.8))
    d.rectangle((x0, y0, x1, y1), fill=ground)
    bw = min(x1 - x0, y1 - y0) * rng.uniform(0.08, 0.12)
    d.rectangle((x0 + bw, y0 + bw, x1 - bw, y1 - bw), fill=field)
    # border: a running row of ram's horns
    step = bw * 1.1
    n = int((x1 - x0 - 2 * bw) / step)
    for i in range(n + 1):
        x = x0 + bw + i * step + step / 2
        if x < x1 - bw:
            ram_horn(d, x, y0 + bw / 2, bw * 0.8, line, width=3)
            ram_horn(d, x, y1 - bw / 2, bw * 0.8, line, angle=math.pi, width=3)
    n = int((y1 - y0 - 2 * bw) / step)
    for i in range(n + 1):
        y = y0 + bw + i * step + step / 2
        if y < y1 - bw:
            ram_horn(d, x0 + bw / 2, y, bw * 0.8, line, angle=-math.pi / 2, width=3)
            ram_horn(d, x1 - bw / 2, y, bw * 0.8, line, angle=math.pi / 2, width=3)
    # field: medallions in a grid
    fx0, fy0, fx1, fy1 = x0 + bw * 1.4, y0 + bw * 1.4, x1 - bw * 1.4, y1 - bw * 1.4
    cols = rng.choice((2, 3, 3, 4))
    rows = max(1, round(cols * (fy1 - fy0) / (fx1 - fx0)))
    cw, ch = (fx1 - fx0) / cols, (fy1 - fy0) / rows
    size = min(cw, ch) * 0.8
    for i in range(cols):
        for j in range(rows):
            cx, cy = fx0 + cw * (i + 0.5), fy0 + ch * (j + 0.5)
            diamond = [(cx, cy - size / 2), (cx + size / 2, cy), (cx, cy + size / 2), (cx - size / 2, cy)]
            d.polygon(diamond, fill=ground if (i + j) % 2 else _mix(field, ground, 0.35))
            ram_horn_rosette(d, cx, cy, size * 0.55, line, width=max(3, int(size / 60)))
    d.rectangle((x0, y0, x1, y1), outline=_shade(ground, 0.6), width=3)


def draw_textile(cv: Canvas) -> None:
    """A hanging or garment cloth (тұскиіз, кесте): a panel with embroidered curls and a fringe."""
    rng = cv.rng
    x0, y0, x1, y1 = cv.w * 0.14, cv.h * 0.08, cv.w * 0.86, cv.h * 0.8
    d = cv.draw
    d.rectangle((x0, y0, x1, y1), fill=cv.colour(0))
    for i in range(int((x1 - x0) / 14)):  # fringe
        x = x0 + 7 + i * 14
        d.line([(x, y1), (x + rng.uniform(-3, 3), y1 + cv.h * 0.06)], fill=cv.colour(1), width=3)
    inset = (x1 - x0) * 0.07
    d.rectangle((x0 + inset, y0 + inset, x1 - inset, y1 - inset), outline=cv.colour(1), width=6)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    ram_horn_rosette(d, cx, cy, (y1 - y0) * 0.45, cv.colour(2), width=6)
    for dx in (-1, 1):
        for dy in (-1, 1):
            ram_horn(d, cx + dx * (x1 - x0) * 0.32, cy + dy * (y1 - y0) * 0.3, (y1 - y0) * 0.14,
                     cv.colour(1), angle=0 if dy > 0 else math.pi, width=4)


def draw_ring(cv: Canvas) -> None:
    """A ring or bracelet (жүзік, білезік): a lit band seen at an angle, with set stones."""
    rng = cv.rng
    cx, cy = cv.w / 2, cv.h * 0.55
    rx = min(cv.w, cv.h) * rng.uniform(0.26, 0.34)
    ry = rx * rng.uniform(0.45, 0.75)
    band = rx * rng.uniform(0.12, 0.2)
    metal = cv.colour(0)
    cv.shaded((cx - rx, cy - ry, cx + rx, cy + ry), metal, None, "sphere", shape="ellipse")
    inner = (cx - rx + band, cy - ry + band * 0.8, cx + rx - band, cy + ry - band * 0.8)
    cv.draw.ellipse(inner, fill=cv.backdrop(cx, cy - ry - 20))
    stones = rng.choice((1, 3, 5))
    stone = rng.choice(((178, 34, 52), (40, 120, 160), (70, 150, 110), (200, 70, 40)))
    for k in range(stones):
        a = math.pi / 2 + (k - (stones - 1) / 2) * 0.35
        sx, sy = cx + rx * math.cos(a) * 0.93, cy + ry * math.sin(a) * 0.93
        s = band * (1.1 if k == stones // 2 else 0.75)
        cv.draw.ellipse((sx - s * 1.15, sy - s * 1.15, sx + s * 1.15, sy + s * 1.15), fill=_shade(metal, 0.8))
        cv.shaded((sx - s, sy - s, sx + s, sy + s), stone, None, "sphere", shape="ellipse")
    for k in range(24):  # granulation round the band
        a = k / 24 * 2 * math.pi
        px, py = cx + (rx - band / 2) * math.cos(a), cy + (ry - band * 0.4) * math.sin(a)
        cv.draw.ellipse((px - 3, py - 3, px + 3, py + 3), fill=_shade(metal, 1.2))


def draw_coin(cv: Canvas) -> None:
    """A coin or medal face (теңге, монета, медаль): a struck disc with a rim, dots and a sign."""
    rng = cv.rng
    cx, cy = cv.w / 2, cv.h * 0.5
    r = min(cv.w, cv.h) * rng.uniform(0.28, 0.36)
    metal = cv.colour(0)
    d = cv.draw
    if rng.random() < 0.35:  # a medal on its ribbon
        rw = r * 0.9
        ribbon = [(cx - rw / 2, cy - r * 2.0), (cx + rw / 2, cy - r * 2.0), (cx + rw / 2, cy - r * 1.2),
                  (cx, cy - r * 0.9), (cx - rw / 2, cy - r * 1.2)]
        cy += r * 0.45
        d.polygon([(x, y + r * 0.45) for x, y in ribbon], fill=cv.colour(1))
        for k in (-1, 0, 1):
            x = cx + k * rw * 0.25
            d.line([(x, cy - r * 1.55), (x, cy - r * 0.9)], fill=cv.colour(2), width=int(rw * 0.07))
    d.ellipse((cx - r + 10, cy - r + 14, cx + r + 10, cy + r + 14), fill=_shade(cv.backdrop(cx, cy + r + 30), 0.75))
    cv.shaded((cx - r, cy - r, cx + r, cy + r), metal, None, "sphere", shape="ellipse")
    d.ellipse((cx - r * 0.86, cy - r * 0.86, cx + r * 0.86, cy + r * 0.86), outline=_shade(metal, 0.6), width=4)
    for k in range(40):
        a = k / 40 * 2 * math.pi
        px, py = cx + r * 0.78 * math.cos(a), cy + r * 0.78 * math.sin(a)
        d.ellipse((px - 3, py - 3, px + 3, py + 3), fill=_shade(metal, 0.65))
    sign = rng.randrange(3)
    ink = _shade(metal, 0.5)
    if sign == 0:  # a tamga: a forked stroke
        d.line([(cx, cy + r * 0.45), (cx, cy - r * 0.1)], fill=ink, width=10)
        d.arc((cx - r * 0.35, cy - r * 0.5, cx + r * 0.35, cy + r * 0.1), 180, 360, fill=ink, width=10)
    elif sign == 1:  # a star
        pts = []
        for k in range(10):
            a = -math.pi / 2 + k * math.pi / 5
            rr = r * (0.45 if k % 2 == 0 else 0.2)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        d.polygon(pts, fill=_shade(metal, 0.85), outline=ink)
    else:
        ram_horn_rosette(d, cx, cy, r * 0.9, ink, width=6)


def draw_document(cv: Canvas) -> None:
    """A document, letter or book page: aged paper, lines of writing, a round seal."""
    rng = cv.rng
    paper = rng.choice(((232, 221, 190), (238, 230, 208), (222, 208, 172)))
    x0, y0, x1, y1 = cv.w * 0.16, cv.h * 0.07, cv.w * 0.84, cv.h * 0.9
    d = cv.draw
    d.rectangle((x0 + 8, y0 + 10, x1 + 8, y1 + 10), fill=(120, 120, 118))
    cv.shaded((x0, y0, x1, y1), paper, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)], "flat")
    ink = rng.choice(((40, 40, 70), (60, 45, 35), (30, 30, 30)))
    y = y0 + (y1 - y0) * 0.12
    if rng.random() < 0.6:  # a heading
        d.rectangle((x0 + (x1 - x0) * 0.3, y, x1 - (x1 - x0) * 0.3, y + 14), fill=ink)
        y += 50
    gap = rng.uniform(26, 38)
    while y < y1 - (y1 - y0) * 0.2:
        x = x0 + (x1 - x0) * 0.1
        end = x1 - (x1 - x0) * rng.uniform(0.08, 0.3)
        while x < end:
            word = rng.uniform(20, 90)
            d.line([(x, y), (min(x + word, end), y + rng.uniform(-1.5, 1.5))], fill=ink, width=3)
            x += word + rng.uniform(10, 16)
        y += gap
    sx, sy, sr = x1 - (x1 - x0) * 0.25, y1 - (y1 - y0) * 0.12, (x1 - x0) * 0.09
    seal = rng.choice(((110, 60, 150), (60, 80, 160), (160, 40, 40)))
    d.ellipse((sx - sr, sy - sr, sx + sr, sy + sr), outline=seal, width=5)
    d.ellipse((sx - sr * 0.7, sy - sr * 0.7, sx + sr * 0.7, sy + sr * 0.7), outline=seal, width=3)
    d.line([(x0 + (x1 - x0) * 0.12, sy), (x0 + (x1 - x0) * 0.2, sy - 20), (x0 + (x1 - x0) * 0.3, sy + 8),
            (x0 + (x1 - x0) * 0.38, sy - 12)], fill=ink, width=3, joint="curve")


def draw_photograph(cv: Canvas) -> None:
    """An old photograph on its card mount: a sepia portrait or group with a vignette."""
    rng = cv.rng
    mount = rng.choice(((214, 200, 170), (60, 52, 46), (226, 218, 200)))
    x0, y0, x1, y1 = cv.w * 0.16, cv.h * 0.08, cv.w * 0.84, cv.h * 0.88
    d = cv.draw
    d.rectangle((x0 + 8, y0 + 10, x1 + 8, y1 + 10), fill=(110, 110, 108))
    d.rectangle((x0, y0, x1, y1), fill=mount)
    px0, py0 = x0 + (x1 - x0) * 0.08, y0 + (y1 - y0) * 0.07
    px1, py1 = x1 - (x1 - x0) * 0.08, y1 - (y1 - y0) * 0.16
    tone = rng.choice(((112, 86, 60), (96, 92, 88), (120, 100, 72)))
    cv.shaded((px0, py0, px1, py1), _mix(tone, (255, 255, 255), 0.45),
              [(px0, py0), (px1, py0), (px1, py1), (px0, py1)], "vignette")
    pw, ph = px1 - px0, py1 - py0
    ink = _shade(tone, 0.45)
    people = rng.choice((1, 1, 2, 3, 5))
    for k in range(people):
        fx = px0 + pw * (k + 0.5) / people
        s = min(pw / people, ph) * (0.75 if people == 1 else 0.9)
        head = s * 0.22
        hy = py1 - ph * 0.55 if people == 1 else py1 - ph * 0.45
        d.ellipse((fx - head / 2, hy - head * 0.65, fx + head / 2, hy + head * 0.65), fill=ink)
        d.polygon([(fx - s * 0.38, py1), (fx - s * 0.3, hy + head), (fx + s * 0.3, hy + head), (fx + s * 0.38, py1)],
                  fill=ink)
    d.rectangle((px0, py0, px1, py1), outline=_shade(mount, 0.7), width=3)
    d.rectangle((x0 + (x1 - x0) * 0.3, y1 - (y1 - y0) * 0.08, x1 - (x1 - x0) * 0.3, y1 - (y1 - y0) * 0.06),
                fill=_shade(mount, 0.7))


def draw_painting(cv: Canvas) -> None:
    """A framed landscape: steppe under a sky, snowy mountains, sometimes a yurt."""
    rng = cv.rng
    x0, y0, x1, y1 = cv.w * 0.1, cv.h * 0.1, cv.w * 0.9, cv.h * 0.86
    d = cv.draw
    frame = rng.choice(((176, 140, 70), (110, 70, 40), (60, 50, 40)))
    d.rectangle((x0 + 10, y0 + 12, x1 + 10, y1 + 12), fill=(90, 90, 90))
    cv.shaded((x0, y0, x1, y1), frame, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)], "flat")
    fw = (x1 - x0) * 0.06
    ix0, iy0, ix1, iy1 = x0 + fw, y0 + fw, x1 - fw, y1 - fw
    horizon = iy0 + (iy1 - iy0) * rng.uniform(0.45, 0.65)
    sky = rng.choice(((120, 160, 200), (200, 170, 130), (150, 180, 210)))
    cv.shaded((ix0, iy0, ix1, horizon + 2), sky, [(ix0, iy0), (ix1, iy0), (ix1, horizon + 2), (ix0, horizon + 2)], "flat")
    ground = rng.choice(((150, 140, 80), (110, 130, 70), (170, 150, 100)))
    d.rectangle((ix0, horizon, ix1, iy1), fill=ground)
    peaks = [(ix0, horizon)]
    x = ix0
    while x < ix1:
        x = min(ix1, x + rng.uniform(40, 110))
        peaks.append((x, horizon - rng.uniform(0.1, 0.3) * (iy1 - iy0)))
    peaks.append((ix1, horizon))
    d.polygon(peaks, fill=(110, 110, 140))
    for (ax, ay), (bx, by) in zip(peaks[1:-2], peaks[2:-1]):  # snow caps
        d.line([(ax, ay), ((ax + bx) / 2, (ay + by) / 2 + 12)], fill=(240, 240, 245), width=6)
    if rng.random() < 0.6:
        yx, yw = ix0 + (ix1 - ix0) * rng.uniform(0.2, 0.7), (ix1 - ix0) * 0.12
        base = horizon + (iy1 - horizon) * 0.5
        d.rectangle((yx, base - yw * 0.45, yx + yw, base), fill=(235, 230, 215))
        d.polygon([(yx - 4, base - yw * 0.45), (yx + yw / 2, base - yw * 0.8), (yx + yw + 4, base - yw * 0.45)],
                  fill=(220, 214, 196))
        d.rectangle((yx + yw * 0.4, base - yw * 0.3, yx + yw * 0.6, base), fill=(150, 60, 40))
    for _ in range(rng.randint(20, 40)):  # brush strokes in the foreground
        bx, by = rng.uniform(ix0, ix1 - 40), rng.uniform(horizon + 10, iy1 - 5)
        d.line([(bx, by), (bx + rng.uniform(15, 40), by + rng.uniform(-4, 4))], fill=_shade(ground, rng.uniform(0.7, 1.2)), width=4)


def draw_blade(cv: Canvas) -> None:
    """A sword, sabre or dagger (қылыш, семсер, қанжар) lying across a dark velvet."""
    rng = cv.rng
    y = cv.h * 0.5
    x0, x1 = cv.w * 0.08, cv.w * 0.92
    bw = cv.h * rng.uniform(0.035, 0.06)
    curve = cv.h * rng.uniform(0.0, 0.12)
    hilt = (x1 - x0) * 0.22
    blade_top, blade_bottom = [], []
    for i in range(21):
        t = i / 20
        x = x0 + hilt + t * (x1 - x0 - hilt)
        c = y - curve * math.sin(t * math.pi * 0.9)
        half = bw * (1 - t ** 3 * 0.95) / 2
        blade_top.append((x, c - half))
        blade_bottom.append((x, c + half))
    outline = blade_top + list(reversed(blade_bottom))
    xs, ys = [p[0] for p in outline], [p[1] for p in outline]
    cv.shaded((min(xs), min(ys), max(xs) + 1, max(ys) + 1), cv.colour(0), outline, "flat")
    d = cv.draw
    d.line([(p[0], p[1] + (q[1] - p[1]) * 0.4) for p, q in zip(blade_top, blade_bottom)], fill=_shade(cv.colour(0), 1.25), width=2)
    gx = x0 + hilt
    d.rectangle((gx - 12, y - bw * 1.6, gx + 6, y + bw * 1.6), fill=cv.colour(1))
    grip = cv.colour(2) if len(cv.colours) > 2 else (90, 60, 40)
    d.rounded_rectangle((x0 + 20, y - bw * 0.55, gx - 12, y + bw * 0.55), radius=int(bw * 0.4), fill=grip)
    for k in range(8):
        gx2 = x0 + 30 + k * (hilt - 50) / 8
        d.line([(gx2, y - bw * 0.55), (gx2 + 12, y + bw * 0.55)], fill=_shade(grip, 0.6), width=3)
    d.ellipse((x0, y - bw * 0.9, x0 + bw * 1.8, y + bw * 0.9), fill=cv.colour(1))


def draw_instrument(cv: Canvas) -> None:
    """A dombra or kobyz standing upright: a wooden body, a long neck with frets and strings."""
    rng = cv.rng
    cx = cv.w / 2
    top, bottom = cv.h * 0.05, cv.h * 0.9
    wood = cv.colour(0)
    kobyz = rng.random() < 0.35
    length = bottom - top
    if kobyz:  # a ladle-shaped body with an open upper half
        bw = cv.w * 0.22
        body_top = bottom - length * 0.5
        outline = [(cx - bw * 0.5, body_top), (cx - bw * 0.55, bottom - length * 0.2), (cx - bw * 0.3, bottom),
                   (cx + bw * 0.3, bottom), (cx + bw * 0.55, bottom - length * 0.2), (cx + bw * 0.5, body_top)]
        cv.shaded((cx - bw * 0.56, body_top, cx + bw * 0.56, bottom + 1), wood, outline, "cylinder")
        cv.draw.ellipse((cx - bw * 0.35, body_top + length * 0.03, cx + bw * 0.35, body_top + length * 0.2),
                        fill=_shade(wood, 0.35))
        neck = (cx - bw * 0.12, top + length * 0.12, cx + bw * 0.12, body_top + 4)
        cv.draw.rectangle(neck, fill=_shade(wood, 0.85))
        cv.draw.arc((cx - bw * 0.35, top, cx + bw * 0.15, top + length * 0.2), 180, 330, fill=_shade(wood, 0.85), width=18)
        strings_from = top + length * 0.12
    else:  # dombra: a pear-shaped body and a long fretted neck
        bw = cv.w * rng.uniform(0.2, 0.26)
        body_top = bottom - length * 0.42
        outline = []
        for i in range(25):
            t = i / 24
            yy = body_top + t * (bottom - body_top)
            half = bw * 0.5 * math.sin(math.pi * (0.12 + 0.88 * t) ** 0.8)
            outline.append((cx + half, yy))
        outline += [(2 * cx - x, yy) for x, yy in reversed(outline)]
        cv.shaded((cx - bw * 0.5, body_top, cx + bw * 0.5 + 1, bottom + 1), wood, outline, "cylinder")
        nw = bw * 0.16
        cv.draw.rectangle((cx - nw / 2, top + length * 0.05, cx + nw / 2, body_top + 10), fill=_shade(wood, 0.8))
        for k in range(10):
            fy = top + length * 0.08 + k * (body_top - top - length * 0.08) / 11
            cv.draw.line([(cx - nw / 2, fy), (cx + nw / 2, fy)], fill=(60, 50, 40), width=2)
        cv.draw.polygon([(cx - nw * 0.6, top + length * 0.05), (cx + nw * 0.6, top + length * 0.05),
                         (cx + nw * 0.4, top), (cx - nw * 0.4, top)], fill=_shade(wood, 0.7))
        ram_horn(cv.draw, cx, bottom - length * 0.15, bw * 0.28, _shade(wood, 0.5), width=3)
        strings_from = top + length * 0.05
    for dx in (-4, 4):
        cv.draw.line([(cx + dx, strings_from), (cx + dx, bottom - length * 0.06)], fill=(230, 225, 210), width=2)


def draw_stone(cv: Canvas) -> None:
    """A stone figure or stele (балбал, құлпытас): a weathered standing block with a carved face."""
    rng = cv.rng
    cx, base_y = cv.w / 2, cv.h * 0.9
    w = cv.w * rng.uniform(0.28, 0.38)
    h = cv.h * rng.uniform(0.68, 0.8)
    outline = []
    for i in range(16):  # a rough rounded top
        a = math.pi + i / 15 * math.pi
        outline.append((cx + w / 2 * math.cos(a) * rng.uniform(0.95, 1.03),
                        base_y - h + w * 0.35 + w * 0.35 * math.sin(a) * rng.uniform(0.95, 1.05)))
    outline += [(cx + w / 2 * rng.uniform(0.95, 1.05), base_y), (cx - w / 2 * rng.uniform(0.95, 1.05), base_y)]
    stone = cv.colour(0)
    xs, ys = [p[0] for p in outline], [p[1] for p in outline]
    box = (min(xs), min(ys), max(xs) + 1, max(ys) + 1)
    cv.shaded(box, stone, outline, "cylinder")
    # speckles of the stone
    d = cv.draw
    for _ in range(260):
        sx, sy = rng.uniform(cx - w * 0.42, cx + w * 0.42), rng.uniform(base_y - h + w * 0.3, base_y - 6)
        d.point((sx, sy), fill=_shade(stone, rng.uniform(0.6, 1.3)))
    carve = _shade(stone, 0.55)
    fy = base_y - h + w * 0.55
    d.arc((cx - w * 0.3, fy - w * 0.25, cx - w * 0.02, fy), 200, 340, fill=carve, width=5)
    d.arc((cx + w * 0.02, fy - w * 0.25, cx + w * 0.3, fy), 200, 340, fill=carve, width=5)
    d.line([(cx, fy - w * 0.05), (cx, fy + w * 0.18)], fill=carve, width=5)
    d.arc((cx - w * 0.2, fy + w * 0.1, cx + w * 0.2, fy + w * 0.35), 20, 160, fill=carve, width=5)
    hy = fy + w * 0.7
    d.arc((cx - w * 0.4, hy - w * 0.2, cx + w * 0.1, hy + w * 0.2), 270, 90, fill=carve, width=6)
    d.rectangle((cx + w * 0.02, hy - w * 0.15, cx + w * 0.14, hy + w * 0.05), outline=carve, width=5)


def draw_garment(cv: Canvas) -> None:
    """A robe or coat (шапан, камзол) laid out: a T-shaped cloth with embroidered edges."""
    rng = cv.rng
    cx = cv.w / 2
    top, bottom = cv.h * 0.1, cv.h * 0.9
    sw = cv.w * rng.uniform(0.4, 0.46)
    bw = cv.w * rng.uniform(0.2, 0.26)
    sleeve = (bottom - top) * 0.22
    outline = [(cx - bw * 0.3, top), (cx - sw, top + sleeve * 0.4), (cx - sw, top + sleeve * 1.4),
               (cx - bw, top + sleeve * 1.3), (cx - bw * 1.15, bottom), (cx + bw * 1.15, bottom),
               (cx + bw, top + sleeve * 1.3), (cx + sw, top + sleeve * 1.4), (cx + sw, top + sleeve * 0.4),
               (cx + bw * 0.3, top)]
    cv.shaded((cx - sw, top, cx + sw + 1, bottom + 1), cv.colour(0), outline, "flat")
    trim = cv.colour(1)
    d = cv.draw
    d.line([(cx - bw * 0.3, top), (cx, top + sleeve), (cx, bottom)], fill=trim, width=14)
    d.line([(cx + bw * 0.3, top), (cx, top + sleeve)], fill=trim, width=14)
    d.line([(cx - bw * 1.15, bottom - 8), (cx + bw * 1.15, bottom - 8)], fill=trim, width=16)
    for side in (-1, 1):
        d.line([(cx + side * sw, top + sleeve * 0.4), (cx + side * sw, top + sleeve * 1.4)], fill=trim, width=16)
        for k in range(4):
            ram_horn(d, cx + side * bw * 0.55, top + sleeve * 1.6 + k * (bottom - top - sleeve * 1.9) / 4,
                     bw * 0.28, _shade(trim, 0.9), width=4)


def draw_headdress(cv: Canvas) -> None:
    """A bride's tall headdress (сәукеле) or cap: a cone with plates, a crown of feathers, pendants."""
    rng = cv.rng
    cx = cv.w / 2
    top, bottom = cv.h * 0.08, cv.h * 0.8
    bw = cv.w * rng.uniform(0.16, 0.22)
    outline = [(cx - bw * 0.35, top + 30), (cx + bw * 0.35, top + 30), (cx + bw, bottom), (cx - bw, bottom)]
    cv.shaded((cx - bw, top + 30, cx + bw + 1, bottom + 1), cv.colour(0), outline, "cylinder")
    metal = cv.colour(1)
    d = cv.draw
    for k in range(6):
        y = top + 60 + k * (bottom - top - 90) / 6
        half = bw * 0.35 + (bw * 0.65) * (y - top) / (bottom - top)
        d.line([(cx - half, y), (cx + half, y)], fill=metal, width=6)
        d.ellipse((cx - 12, y + 14, cx + 12, y + 38), fill=rng.choice(((178, 34, 52), (40, 120, 160))))
    d.polygon([(cx - bw * 0.35, top + 30), (cx, top - 10), (cx + bw * 0.35, top + 30)], fill=metal)
    for k in range(9):  # pendants
        x = cx - bw * 1.1 + k * bw * 2.2 / 8
        d.line([(x, bottom), (x, bottom + cv.h * 0.1)], fill=metal, width=4)
        d.ellipse((x - 8, bottom + cv.h * 0.1 - 4, x + 8, bottom + cv.h * 0.1 + 12), fill=metal)


def draw_chest(cv: Canvas) -> None:
    """A chest, saddle or household object (сандық, ер-тұрман): a box body with metal fittings."""
    rng = cv.rng
    cx, base_y = cv.w / 2, cv.h * 0.82
    w = cv.w * rng.uniform(0.55, 0.7)
    h = cv.h * rng.uniform(0.35, 0.5)
    front = [(cx - w / 2, base_y - h), (cx + w / 2, base_y - h), (cx + w / 2, base_y), (cx - w / 2, base_y)]
    cv.shaded((cx - w / 2, base_y - h, cx + w / 2 + 1, base_y + 1), cv.colour(0), front, "flat")
    depth = h * 0.25
    lid = [(cx - w / 2, base_y - h), (cx - w / 2 + depth, base_y - h - depth), (cx + w / 2 + depth, base_y - h - depth),
           (cx + w / 2, base_y - h)]
    side = [(cx + w / 2, base_y - h), (cx + w / 2 + depth, base_y - h - depth), (cx + w / 2 + depth, base_y - depth),
            (cx + w / 2, base_y)]
    d = cv.draw
    d.polygon(lid, fill=_shade(cv.colour(0), 1.2))
    d.polygon(side, fill=_shade(cv.colour(0), 0.7))
    metal = cv.colour(1)
    for k in range(3):
        px = cx - w / 2 + w * (k + 0.5) / 3
        d.rectangle((px - w * 0.12, base_y - h * 0.85, px + w * 0.12, base_y - h * 0.15), outline=metal, width=5)
        ram_horn_rosette(d, px, base_y - h / 2, h * 0.45, metal, width=4)
    d.rectangle((cx - 14, base_y - h - 4, cx + 14, base_y - h + 40), fill=_shade(metal, 0.8))


DRAWINGS = {
    "vessel": draw_vessel, "bowl": draw_bowl, "carpet": draw_carpet, "textile": draw_textile,
    "ring": draw_ring, "coin": draw_coin, "document": draw_document, "photograph": draw_photograph,
    "painting": draw_painting, "blade": draw_blade, "instrument": draw_instrument, "stone": draw_stone,
    "garment": draw_garment, "headdress": draw_headdress, "chest": draw_chest,
}
# Objects photographed on black velvet rather than a light sweep.
DARK = {"ring", "coin", "blade", "headdress"}
FORMATS = {
    "vessel": PORTRAIT, "bowl": LANDSCAPE, "carpet": LANDSCAPE + PORTRAIT, "textile": PORTRAIT + SQUARE,
    "ring": LANDSCAPE + SQUARE, "coin": SQUARE + LANDSCAPE, "document": PORTRAIT, "photograph": PORTRAIT + LANDSCAPE,
    "painting": LANDSCAPE, "blade": LANDSCAPE, "instrument": PORTRAIT, "stone": PORTRAIT,
    "garment": SQUARE + LANDSCAPE, "headdress": PORTRAIT, "chest": LANDSCAPE,
}


def _scale_bar(cv: Canvas) -> None:
    """Draw the photographer's scale bar and grey patches in a corner, as in museum record shots."""
    x, y = cv.w * 0.05, cv.h * 0.95
    seg = cv.w * 0.025
    for k in range(4):
        cv.draw.rectangle((x + k * seg, y - 10, x + (k + 1) * seg, y), fill=(20, 20, 20) if k % 2 == 0 else (245, 245, 245))
    cv.draw.rectangle((x, y - 10, x + 4 * seg, y), outline=(20, 20, 20), width=1)
    for k, grey in enumerate((245, 190, 128, 64, 16)):
        px = cv.w * 0.95 - (5 - k) * seg * 0.8
        cv.draw.rectangle((px, y - 18, px + seg * 0.8, y), fill=(grey, grey, grey))


def render(picture: Picture, quality: int = 85) -> bytes:
    """Return the JPEG bytes of a generated photograph of an object."""
    rng = random.Random(f"{picture.seed}/{picture.drawing}")
    size = rng.choice(FORMATS.get(picture.drawing, LANDSCAPE))
    cv = Canvas(size, rng, picture.colours, picture.drawing in DARK)
    DRAWINGS.get(picture.drawing, draw_chest)(cv)
    _scale_bar(cv)
    img = cv.img
    if picture.view == 1:  # the object turned round: mirrored and lit a little differently
        img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT).point(lambda v: min(255, int(v * 0.94 + 8)))
    elif picture.view >= 2:  # a detail: the middle of the picture, sharpened a little
        w, h = img.size
        img = img.crop((w // 4, h // 5, w * 3 // 4, h * 4 // 5)).filter(ImageFilter.DETAIL)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()
