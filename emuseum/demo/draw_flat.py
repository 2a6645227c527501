"""Drawings of objects photographed flat: carpets, hangings, robes, documents, photographs, paintings."""
from __future__ import annotations

import math

from .canvas import Canvas, mix, shade
from .ornament import ram_horn, ram_horn_rosette


def draw_carpet(cv: Canvas) -> None:
    """A felt carpet or woven rug laid flat: field, medallions of ram's-horn rosettes and a border."""
    rng = cv.rng
    mw, mh = cv.w * 0.08, cv.h * 0.08
    x0, y0, x1, y1 = mw, mh, cv.w - mw, cv.h - mh * 1.2
    field, ground, line = cv.colour(0), cv.colour(1), cv.colour(2)
    d = cv.draw
    d.rectangle((x0 + 6, y0 + 8, x1 + 6, y1 + 8), fill=shade(cv.backdrop(x0, y1), 0.8))
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
            d.polygon(diamond, fill=ground if (i + j) % 2 else mix(field, ground, 0.35))
            ram_horn_rosette(d, cx, cy, size * 0.55, line, width=max(3, int(size / 60)))
    d.rectangle((x0, y0, x1, y1), outline=shade(ground, 0.6), width=3)


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
                     bw * 0.28, shade(trim, 0.9), width=4)


def draw_document(cv: Canvas) -> None:
    """A document, letter or book page: aged paper, lines of writing, a round seal."""
    rng = cv.rng
    paper = rng.choice(((232, 221, 190), (238, 230, 208), (222, 208, 172)))
    x0, y0, x1, y1 = cv.w * 0.16, cv.h * 0.07, cv.w * 0.84, cv.h * 0.9
    d = cv.draw
    cv.sheet((x0, y0, x1, y1), paper)
    ink = rng.choice(((40, 40, 70), (60, 45, 35), (30, 30, 30)))
    if cv.variant == "poster":
        _poster(cv, (x0, y0, x1, y1), ink)
        return
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
    cv.sheet((x0, y0, x1, y1), mount)
    px0, py0 = x0 + (x1 - x0) * 0.08, y0 + (y1 - y0) * 0.07
    px1, py1 = x1 - (x1 - x0) * 0.08, y1 - (y1 - y0) * 0.16
    tone = rng.choice(((112, 86, 60), (96, 92, 88), (120, 100, 72)))
    cv.shaded((px0, py0, px1, py1), mix(tone, (255, 255, 255), 0.45),
              [(px0, py0), (px1, py0), (px1, py1), (px0, py1)], "vignette")
    pw, ph = px1 - px0, py1 - py0
    ink = shade(tone, 0.45)
    people = 1 if cv.motif == "portrait" else rng.choice((1, 2, 3, 5))
    for k in range(people):
        fx = px0 + pw * (k + 0.5) / people
        s = min(pw / people, ph) * (0.75 if people == 1 else 0.9)
        head = s * 0.22
        hy = py1 - ph * 0.55 if people == 1 else py1 - ph * 0.45
        d.ellipse((fx - head / 2, hy - head * 0.65, fx + head / 2, hy + head * 0.65), fill=ink)
        d.polygon([(fx - s * 0.38, py1), (fx - s * 0.3, hy + head), (fx + s * 0.3, hy + head), (fx + s * 0.38, py1)],
                  fill=ink)
    d.rectangle((px0, py0, px1, py1), outline=shade(mount, 0.7), width=3)
    d.rectangle((x0 + (x1 - x0) * 0.3, y1 - (y1 - y0) * 0.08, x1 - (x1 - x0) * 0.3, y1 - (y1 - y0) * 0.06),
                fill=shade(mount, 0.7))


def draw_painting(cv: Canvas) -> None:
    """A framed picture: a portrait bust, or steppe under a sky with snowy mountains and a yurt."""
    rng = cv.rng
    x0, y0, x1, y1 = cv.w * 0.1, cv.h * 0.1, cv.w * 0.9, cv.h * 0.86
    d = cv.draw
    frame = rng.choice(((176, 140, 70), (110, 70, 40), (60, 50, 40)))
    cv.sheet((x0, y0, x1, y1), frame, shadow=(90, 90, 90))
    fw = (x1 - x0) * 0.06
    ix0, iy0, ix1, iy1 = x0 + fw, y0 + fw, x1 - fw, y1 - fw
    if cv.motif == "portrait":
        _bust(cv, (ix0, iy0, ix1, iy1))
        return
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
        d.line([(bx, by), (bx + rng.uniform(15, 40), by + rng.uniform(-4, 4))], fill=shade(ground, rng.uniform(0.7, 1.2)), width=4)


def _bust(cv: Canvas, box: tuple[float, float, float, float]) -> None:
    """Paint a sitter from the chest up on a dark ground: robe, face and sometimes a fur-trimmed hat."""
    rng = cv.rng
    x0, y0, x1, y1 = box
    ground = rng.choice(((70, 62, 50), (48, 58, 66), (96, 80, 56)))
    cv.shaded(box, ground, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)], "vignette")
    cx, w, h = (x0 + x1) / 2, x1 - x0, y1 - y0
    robe = rng.choice(((40, 40, 60), (110, 30, 30), (30, 60, 50), (60, 50, 40)))
    skin = rng.choice(((206, 160, 120), (186, 140, 100), (220, 180, 140)))
    head = min(w, h) * 0.3
    hy = y0 + h * 0.4
    d = cv.draw
    d.rectangle((cx - head * 0.2, hy + head * 0.4, cx + head * 0.2, hy + head * 0.85), fill=shade(skin, 0.75))
    top = hy + head * 0.7  # the shoulders: the upper half of an ellipse whose middle is the picture's edge
    d.chord((cx - w * 0.42, top, cx + w * 0.42, 2 * y1 - top), 180, 360, fill=robe)
    d.polygon([(cx - head * 0.25, hy + head * 0.72), (cx, hy + head * 1.3), (cx + head * 0.25, hy + head * 0.72)],
              fill=shade(skin, 0.8))
    d.line([(cx - head * 0.25, hy + head * 0.72), (cx + head * 0.05, y1)], fill=shade(robe, 1.6), width=5)
    cv.shaded((cx - head * 0.36, hy - head * 0.5, cx + head * 0.36, hy + head * 0.55), skin, None, "sphere",
              shape="ellipse")
    features = shade(skin, 0.45)
    for side in (-1, 1):  # brows and eyes
        ex = cx + side * head * 0.14
        d.line([(ex - head * 0.08, hy - head * 0.1), (ex + head * 0.08, hy - head * 0.1)], fill=features, width=4)
        d.ellipse((ex - head * 0.035, hy - head * 0.03, ex + head * 0.035, hy + head * 0.03), fill=features)
    d.line([(cx, hy), (cx - head * 0.03, hy + head * 0.17)], fill=features, width=3)
    d.line([(cx - head * 0.1, hy + head * 0.3), (cx + head * 0.1, hy + head * 0.3)], fill=features, width=3)
    if rng.random() < 0.5:  # a hat with a fur brim
        d.chord((cx - head * 0.42, hy - head * 0.95, cx + head * 0.42, hy - head * 0.05), 180, 360,
                fill=shade(robe, 0.8))
        d.rounded_rectangle((cx - head * 0.46, hy - head * 0.6, cx + head * 0.46, hy - head * 0.38),
                            radius=int(head * 0.1), fill=(96, 74, 52))


def _poster(cv: Canvas, box: tuple[float, float, float, float], ink) -> None:
    """Print a poster on the sheet: a red field with a star and a figure, and bold lettering below."""
    rng = cv.rng
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    red = rng.choice(((190, 40, 36), (200, 70, 30), (40, 90, 150)))
    d = cv.draw
    d.rectangle((x0 + w * 0.06, y0 + h * 0.05, x1 - w * 0.06, y0 + h * 0.62), fill=red)
    cx, cy, r = x0 + w * 0.72, y0 + h * 0.18, w * 0.1
    d.polygon([(cx + (r if k % 2 == 0 else r * 0.4) * math.cos(-math.pi / 2 + k * math.pi / 5),
                cy + (r if k % 2 == 0 else r * 0.4) * math.sin(-math.pi / 2 + k * math.pi / 5)) for k in range(10)],
              fill=(240, 200, 60))
    fx, fy = x0 + w * 0.38, y0 + h * 0.62  # a figure striding forward, in silhouette
    d.ellipse((fx - w * 0.06, fy - h * 0.46, fx + w * 0.06, fy - h * 0.38), fill=ink)
    d.polygon([(fx - w * 0.14, fy), (fx - w * 0.1, fy - h * 0.37), (fx + w * 0.1, fy - h * 0.37),
               (fx + w * 0.2, fy)], fill=ink)
    d.line([(fx + w * 0.08, fy - h * 0.33), (fx + w * 0.26, fy - h * 0.45)], fill=ink, width=int(w * 0.04))
    for k, height in enumerate((0.06, 0.04, 0.025)):
        top = y0 + h * (0.67 + k * 0.1)
        margin = w * (0.08 + 0.06 * k)
        d.rectangle((x0 + margin, top, x1 - margin, top + h * height), fill=ink if k != 1 else red)
