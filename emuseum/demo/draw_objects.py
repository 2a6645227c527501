"""Drawings of objects photographed standing or lying on the sweep: vessels, jewellery, coins, weapons,
instruments, stone figures, headdresses, chests and horse gear."""
from __future__ import annotations

import math

from .canvas import Canvas, shade
from .ornament import ram_horn, ram_horn_rosette


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
    deco = shade(cv.colour(1) if len(cv.colours) > 1 else cv.colour(0), 0.55)
    band_y = base_y - h * belly
    for k in range(-5, 6):  # an incised band of ram's horns round the shoulder
        x = cx + r * 0.82 * math.sin(k / 5 * 1.2)
        ram_horn(d, x, band_y, r * 0.22 * math.cos(k / 5 * 1.2) + 4, deco, width=2)
    d.line([(cx - r * 0.97, band_y - r * 0.25), (cx + r * 0.97, band_y - r * 0.25)], fill=deco, width=2)
    d.line([(cx - r * 0.97, band_y + r * 0.25), (cx + r * 0.97, band_y + r * 0.25)], fill=deco, width=2)
    if rng.random() < 0.5:  # a handle
        top = base_y - h * 0.8
        d.arc((cx + r * neck * 0.6, top, cx + r * 1.35, base_y - h * 0.35), -80, 80,
              fill=shade(cv.colour(0), 0.8), width=max(6, int(r * 0.09)))


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
    cv.draw.ellipse(rim, fill=shade(cv.colour(0), 0.45), outline=shade(cv.colour(0), 1.15), width=5)
    deco = shade(cv.colour(1), 0.6)
    for k in range(-4, 5):
        ram_horn(cv.draw, cx + r * 0.75 * math.sin(k / 4 * 1.2), base_y - depth * 0.55, r * 0.1 + 3, deco, width=2)


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
        cv.draw.ellipse((sx - s * 1.15, sy - s * 1.15, sx + s * 1.15, sy + s * 1.15), fill=shade(metal, 0.8))
        cv.shaded((sx - s, sy - s, sx + s, sy + s), stone, None, "sphere", shape="ellipse")
    for k in range(24):  # granulation round the band
        a = k / 24 * 2 * math.pi
        px, py = cx + (rx - band / 2) * math.cos(a), cy + (ry - band * 0.4) * math.sin(a)
        cv.draw.ellipse((px - 3, py - 3, px + 3, py + 3), fill=shade(metal, 1.2))


def draw_coin(cv: Canvas) -> None:
    """A coin or medal face (теңге, монета, медаль): a struck disc with a rim, dots and a sign."""
    rng = cv.rng
    cx, cy = cv.w / 2, cv.h * 0.5
    r = min(cv.w, cv.h) * rng.uniform(0.28, 0.36)
    metal = cv.colour(0)
    d = cv.draw
    if cv.variant in ("medal", "order"):  # an award hangs from its ribbon
        rw = r * 0.9
        ribbon = [(cx - rw / 2, cy - r * 2.0), (cx + rw / 2, cy - r * 2.0), (cx + rw / 2, cy - r * 1.2),
                  (cx, cy - r * 0.9), (cx - rw / 2, cy - r * 1.2)]
        cy += r * 0.45
        d.polygon([(x, y + r * 0.45) for x, y in ribbon], fill=cv.colour(1))
        for k in (-1, 0, 1):
            x = cx + k * rw * 0.25
            d.line([(x, cy - r * 1.55), (x, cy - r * 0.9)], fill=cv.colour(2), width=int(rw * 0.07))
    d.ellipse((cx - r + 10, cy - r + 14, cx + r + 10, cy + r + 14), fill=shade(cv.backdrop(cx, cy + r + 30), 0.75))
    if cv.variant == "order":  # the rays of an order's star behind its medallion
        rays = []
        for k in range(16):
            a = -math.pi / 2 + k * math.pi / 8
            rr = r * (1.35 if k % 2 == 0 else 0.85)
            rays.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        d.polygon(rays, fill=shade(metal, 0.9), outline=shade(metal, 0.6))
        r *= 0.7
    cv.shaded((cx - r, cy - r, cx + r, cy + r), metal, None, "sphere", shape="ellipse")
    d.ellipse((cx - r * 0.86, cy - r * 0.86, cx + r * 0.86, cy + r * 0.86), outline=shade(metal, 0.6), width=4)
    for k in range(40):
        a = k / 40 * 2 * math.pi
        px, py = cx + r * 0.78 * math.cos(a), cy + r * 0.78 * math.sin(a)
        d.ellipse((px - 3, py - 3, px + 3, py + 3), fill=shade(metal, 0.65))
    sign = rng.randrange(3)
    ink = shade(metal, 0.5)
    if cv.variant == "mirror":  # the back of a bronze mirror: a central loop knob
        cv.shaded((cx - r * 0.15, cy - r * 0.15, cx + r * 0.15, cy + r * 0.15), metal, None, "sphere", shape="ellipse")
        d.ellipse((cx - r * 0.5, cy - r * 0.5, cx + r * 0.5, cy + r * 0.5), outline=ink, width=5)
    elif sign == 0:  # a tamga: a forked stroke
        d.line([(cx, cy + r * 0.45), (cx, cy - r * 0.1)], fill=ink, width=10)
        d.arc((cx - r * 0.35, cy - r * 0.5, cx + r * 0.35, cy + r * 0.1), 180, 360, fill=ink, width=10)
    elif sign == 1:  # a star
        pts = []
        for k in range(10):
            a = -math.pi / 2 + k * math.pi / 5
            rr = r * (0.45 if k % 2 == 0 else 0.2)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        d.polygon(pts, fill=shade(metal, 0.85), outline=ink)
    else:
        ram_horn_rosette(d, cx, cy, r * 0.9, ink, width=6)


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
    d.line([(p[0], p[1] + (q[1] - p[1]) * 0.4) for p, q in zip(blade_top, blade_bottom)], fill=shade(cv.colour(0), 1.25), width=2)
    gx = x0 + hilt
    d.rectangle((gx - 12, y - bw * 1.6, gx + 6, y + bw * 1.6), fill=cv.colour(1))
    grip = cv.colour(2) if len(cv.colours) > 2 else (90, 60, 40)
    d.rounded_rectangle((x0 + 20, y - bw * 0.55, gx - 12, y + bw * 0.55), radius=int(bw * 0.4), fill=grip)
    for k in range(8):
        gx2 = x0 + 30 + k * (hilt - 50) / 8
        d.line([(gx2, y - bw * 0.55), (gx2 + 12, y + bw * 0.55)], fill=shade(grip, 0.6), width=3)
    d.ellipse((x0, y - bw * 0.9, x0 + bw * 1.8, y + bw * 0.9), fill=cv.colour(1))


def draw_instrument(cv: Canvas) -> None:
    """A dombra or kobyz standing upright: a wooden body, a long neck with frets and strings."""
    rng = cv.rng
    cx = cv.w / 2
    top, bottom = cv.h * 0.05, cv.h * 0.9
    wood = cv.colour(0)
    kobyz = cv.variant == "kobyz" or (cv.variant != "dombra" and rng.random() < 0.35)
    length = bottom - top
    if kobyz:  # a ladle-shaped body with an open upper half
        bw = cv.w * 0.22
        body_top = bottom - length * 0.5
        outline = [(cx - bw * 0.5, body_top), (cx - bw * 0.55, bottom - length * 0.2), (cx - bw * 0.3, bottom),
                   (cx + bw * 0.3, bottom), (cx + bw * 0.55, bottom - length * 0.2), (cx + bw * 0.5, body_top)]
        cv.shaded((cx - bw * 0.56, body_top, cx + bw * 0.56, bottom + 1), wood, outline, "cylinder")
        cv.draw.ellipse((cx - bw * 0.35, body_top + length * 0.03, cx + bw * 0.35, body_top + length * 0.2),
                        fill=shade(wood, 0.35))
        neck = (cx - bw * 0.12, top + length * 0.12, cx + bw * 0.12, body_top + 4)
        cv.draw.rectangle(neck, fill=shade(wood, 0.85))
        cv.draw.arc((cx - bw * 0.35, top, cx + bw * 0.15, top + length * 0.2), 180, 330, fill=shade(wood, 0.85), width=18)
        strings_from = top + length * 0.12
    else:  # dombra: a pear-shaped body and a long fretted neck
        bw = cv.w * rng.uniform(0.2, 0.26)
        body_top = bottom - length * 0.42
        outline = []
        for i in range(25):
            t = i / 24
            yy = body_top + t * (bottom - body_top)
            if t < 0.62:  # widening from the neck
                half = bw * 0.5 * (0.18 + 0.82 * math.sin(math.pi / 2 * t / 0.62))
            else:  # the round bottom
                half = bw * 0.5 * math.sqrt(max(0.0, 1 - ((t - 0.62) / 0.38) ** 2))
            outline.append((cx + half, yy))
        outline += [(2 * cx - x, yy) for x, yy in reversed(outline)]
        cv.shaded((cx - bw * 0.5, body_top, cx + bw * 0.5 + 1, bottom + 1), wood, outline, "cylinder")
        nw = bw * 0.16
        cv.draw.rectangle((cx - nw / 2, top + length * 0.05, cx + nw / 2, body_top + 10), fill=shade(wood, 0.8))
        for k in range(10):
            fy = top + length * 0.08 + k * (body_top - top - length * 0.08) / 11
            cv.draw.line([(cx - nw / 2, fy), (cx + nw / 2, fy)], fill=(60, 50, 40), width=2)
        cv.draw.polygon([(cx - nw * 0.6, top + length * 0.05), (cx + nw * 0.6, top + length * 0.05),
                         (cx + nw * 0.4, top), (cx - nw * 0.4, top)], fill=shade(wood, 0.7))
        ram_horn(cv.draw, cx, bottom - length * 0.15, bw * 0.28, shade(wood, 0.5), width=3)
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
        d.point((sx, sy), fill=shade(stone, rng.uniform(0.6, 1.3)))
    carve = shade(stone, 0.55)
    fy = base_y - h + w * 0.55
    d.arc((cx - w * 0.3, fy - w * 0.25, cx - w * 0.02, fy), 200, 340, fill=carve, width=5)
    d.arc((cx + w * 0.02, fy - w * 0.25, cx + w * 0.3, fy), 200, 340, fill=carve, width=5)
    d.line([(cx, fy - w * 0.05), (cx, fy + w * 0.18)], fill=carve, width=5)
    d.arc((cx - w * 0.2, fy + w * 0.1, cx + w * 0.2, fy + w * 0.35), 20, 160, fill=carve, width=5)
    hy = fy + w * 0.7
    d.arc((cx - w * 0.4, hy - w * 0.2, cx + w * 0.1, hy + w * 0.2), 270, 90, fill=carve, width=6)
    d.rectangle((cx + w * 0.02, hy - w * 0.15, cx + w * 0.14, hy + w * 0.05), outline=carve, width=5)


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
    d.polygon(lid, fill=shade(cv.colour(0), 1.2))
    d.polygon(side, fill=shade(cv.colour(0), 0.7))
    metal = cv.colour(1)
    for k in range(3):
        px = cx - w / 2 + w * (k + 0.5) / 3
        d.rectangle((px - w * 0.12, base_y - h * 0.85, px + w * 0.12, base_y - h * 0.15), outline=metal, width=5)
        ram_horn_rosette(d, px, base_y - h / 2, h * 0.45, metal, width=4)
    d.rectangle((cx - 14, base_y - h - 4, cx + 14, base_y - h + 40), fill=shade(metal, 0.8))


def draw_lattice(cv: Canvas) -> None:
    """A section of the yurt's lattice wall (кереге): crossed laths pinned where they meet."""
    rng = cv.rng
    x0, y0, x1, y1 = cv.w * 0.08, cv.h * 0.2, cv.w * 0.92, cv.h * 0.8
    wood = cv.colour(0)
    step = (x1 - x0) / rng.randint(6, 9)
    span = y1 - y0  # laths lean at 45 degrees
    width = int(step * 0.14)
    d = cv.draw

    def lath(xa: float, ya: float, direction: int, factor: float) -> None:
        # a lath from (xa, ya) rising at 45 degrees, clipped to the wall's rectangle
        t0 = max(0.0, (x0 - xa) / direction if direction > 0 else (xa - x1) / -direction)
        t1 = min(span, (x1 - xa) / direction if direction > 0 else (xa - x0) / -direction)
        if t1 > t0:
            d.line([(xa + direction * t0, ya - t0), (xa + direction * t1, ya - t1)], fill=shade(wood, factor), width=width)

    x = x0 - span
    while x < x1 + span:
        lath(x, y1, 1, 0.85)
        lath(x, y1, -1, 1.05)
        x += step
    for k in range(int((x1 - x0 + 2 * span) / (step / 2)) + 1):  # leather pins where laths cross
        for j in range(1, int(2 * span / step) + 1):
            px, py = x0 - span + k * step / 2, y1 - j * step / 2
            if x0 < px < x1 and (k + j) % 2 == 0:
                d.ellipse((px - 6, py - 6, px + 6, py + 6), fill=(70, 45, 30))


def draw_crown(cv: Canvas) -> None:
    """The yurt's crown (шаңырақ) seen from below: a wooden ring crossed by bent laths."""
    rng = cv.rng
    cx, cy = cv.w / 2, cv.h * 0.5
    r = min(cv.w, cv.h) * rng.uniform(0.34, 0.4)
    wood = cv.colour(0)
    d = cv.draw
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=wood, width=int(r * 0.14))
    d.ellipse((cx - r * 0.93, cy - r * 0.93, cx + r * 0.93, cy + r * 0.93), outline=shade(wood, 0.7), width=3)
    lath = int(r * 0.06)
    for off in (-0.35, 0.0, 0.35):
        d.line([(cx - r * 0.93, cy + off * r), (cx + r * 0.93, cy + off * r)], fill=shade(wood, 0.9), width=lath)
        d.line([(cx + off * r, cy - r * 0.93), (cx + off * r, cy + r * 0.93)], fill=shade(wood, 1.1), width=lath)
    for k in range(36):  # holes for the roof poles
        a = k / 36 * 2 * math.pi
        px, py = cx + r * math.cos(a), cy + r * math.sin(a)
        d.ellipse((px - 5, py - 5, px + 5, py + 5), fill=shade(wood, 0.45))


def draw_pole(cv: Canvas) -> None:
    """A roof pole (уық) or whip (қамшы): a long bent stick lying across the sweep."""
    rng = cv.rng
    y = cv.h * 0.55
    x0, x1 = cv.w * 0.06, cv.w * 0.94
    wood = cv.colour(0)
    whip = cv.variant == "whip"
    thick = cv.h * (0.02 if whip else 0.035)
    bend = cv.h * rng.uniform(0.05, 0.15)
    pts = [(x0 + (x1 - x0) * t / 20, y - bend * math.sin(math.pi * t / 20) * (1 if t < 14 or whip else 1.6))
           for t in range(21)]
    if whip:  # a short handle, then the plaited lash
        handle = pts[:8]
        cv.draw.line(handle, fill=wood, width=int(thick * 1.8), joint="curve")
        lash = cv.colour(1)
        cv.draw.line(pts[7:], fill=lash, width=int(thick), joint="curve")
        for (ax, ay), (bx, by) in zip(pts[7:-1], pts[8:]):
            cv.draw.line([(ax, ay - thick / 2), (bx, by + thick / 2)], fill=shade(lash, 0.6), width=2)
        ram_horn(cv.draw, pts[3][0], pts[3][1], thick * 1.4, shade(cv.colour(2), 1.0), width=2)
    else:
        cv.draw.line(pts, fill=wood, width=int(thick), joint="curve")
        cv.draw.line([(x, yy - thick * 0.25) for x, yy in pts], fill=shade(wood, 1.25), width=max(2, int(thick * 0.15)))


def draw_saddle(cv: Canvas) -> None:
    """A saddle (ер-тоқым) from the side: a wooden tree with a high pommel and silver fittings."""
    rng = cv.rng
    cx, base_y = cv.w / 2, cv.h * 0.72
    w = cv.w * rng.uniform(0.5, 0.6)
    h = cv.h * rng.uniform(0.3, 0.38)
    outline = [(cx - w / 2, base_y), (cx - w * 0.45, base_y - h * 0.55), (cx - w * 0.32, base_y - h),
               (cx - w * 0.22, base_y - h * 0.7), (cx, base_y - h * 0.45), (cx + w * 0.3, base_y - h * 0.6),
               (cx + w * 0.45, base_y - h * 0.75), (cx + w / 2, base_y - h * 0.4), (cx + w * 0.42, base_y)]
    cv.shaded((cx - w / 2, base_y - h, cx + w / 2 + 1, base_y + 1), cv.colour(0), outline, "cylinder")
    d = cv.draw
    metal = cv.colour(1)
    for k in range(5):
        px = cx - w * 0.38 + k * w * 0.17
        py = base_y - h * 0.3
        d.ellipse((px - h * 0.08, py - h * 0.08, px + h * 0.08, py + h * 0.08), fill=metal, outline=shade(metal, 0.6), width=3)
    d.rectangle((cx - w * 0.55, base_y, cx + w * 0.55, base_y + h * 0.12), fill=cv.colour(2))
    ram_horn(d, cx - w * 0.3, base_y - h * 0.75, h * 0.2, shade(metal, 0.8), width=3)
    d.line([(cx + w * 0.1, base_y + h * 0.12), (cx + w * 0.14, base_y + h * 0.55)], fill=(90, 60, 40), width=8)
    d.ellipse((cx + w * 0.07, base_y + h * 0.5, cx + w * 0.21, base_y + h * 0.62), outline=shade(metal, 0.8), width=8)


def draw_necklace(cv: Canvas) -> None:
    """A necklace or earrings (алқа, сырға): beads on a curve with hanging pendants and stones."""
    rng = cv.rng
    cx, cy = cv.w / 2, cv.h * 0.35
    rx, ry = cv.w * 0.32, cv.h * 0.38
    metal = cv.colour(0)
    stone = cv.colour(1) if len(cv.colours) > 1 else (178, 34, 52)
    d = cv.draw
    n = 26
    for k in range(n + 1):
        a = math.pi * (0.08 + 0.84 * k / n)
        px, py = cx + rx * math.cos(a), cy + ry * math.sin(a)
        s = cv.h * 0.018
        cv.shaded((px - s, py - s, px + s, py + s), stone if k % 3 == 0 else metal, None, "sphere", shape="ellipse")
        if k % 2 == 0 and 3 < k < n - 3:  # pendants on chains
            length = cv.h * rng.uniform(0.06, 0.12) * math.sin(a)
            d.line([(px, py + s), (px, py + s + length)], fill=shade(metal, 0.9), width=3)
            q = cv.h * 0.025
            d.polygon([(px, py + s + length), (px + q, py + s + length + q * 1.6), (px, py + s + length + q * 3),
                       (px - q, py + s + length + q * 1.6)], fill=metal, outline=shade(metal, 0.6))


def draw_arrowhead(cv: Canvas) -> None:
    """An arrowhead (жебе ұшы): a small leaf-shaped point with a tang, photographed large."""
    rng = cv.rng
    cx, cy = cv.w / 2, cv.h * 0.5
    length = cv.h * rng.uniform(0.6, 0.75)
    w = length * rng.uniform(0.18, 0.3)
    top = cy - length / 2
    outline = [(cx, top)]
    for i in range(1, 10):
        t = i / 10
        outline.append((cx + w / 2 * math.sin(math.pi * t ** 0.8), top + t * length * 0.7))
    outline += [(cx + w * 0.08, top + length * 0.7), (cx + w * 0.06, top + length), (cx - w * 0.06, top + length),
                (cx - w * 0.08, top + length * 0.7)]
    outline += [(2 * cx - x, y) for x, y in reversed(outline[1:10])]
    cv.shaded((cx - w / 2, top, cx + w / 2 + 1, top + length + 1), cv.colour(0), outline, "cylinder")
    cv.draw.line([(cx, top + 10), (cx, top + length * 0.68)], fill=shade(cv.colour(0), 0.7), width=3)


def draw_cap(cv: Canvas) -> None:
    """A skullcap (тақия): an embroidered dome seen from the side."""
    rng = cv.rng
    cx, base_y = cv.w / 2, cv.h * 0.72
    r = cv.w * rng.uniform(0.26, 0.32)
    h = r * rng.uniform(0.8, 1.0)
    outline = [(cx + r * math.cos(math.pi * k / 20), base_y - h * math.sin(math.pi * k / 20)) for k in range(21)]
    cv.shaded((cx - r, base_y - h, cx + r + 1, base_y + 1), cv.colour(0), outline, "cylinder")
    d = cv.draw
    d.rectangle((cx - r, base_y - h * 0.14, cx + r, base_y), fill=cv.colour(1))
    for k in range(-3, 4):
        x = cx + r * 0.8 * math.sin(k / 3 * 1.1)
        ram_horn(d, x, base_y - h * 0.5, r * 0.16 * math.cos(k / 3 * 1.1) + 4, cv.colour(1), width=3)
    d.ellipse((cx - 10, base_y - h - 6, cx + 10, base_y - h + 14), fill=cv.colour(1))


def draw_belt(cv: Canvas) -> None:
    """A belt (белдік): a leather strap in a loose curve with metal plaques and a buckle."""
    rng = cv.rng
    leather = cv.colour(0)
    metal = cv.colour(1)
    d = cv.draw
    band = cv.h * 0.07
    pts = [(cv.w * (0.06 + 0.88 * t / 24), cv.h * (0.5 + 0.12 * math.sin(t / 24 * math.pi * 1.4 + 0.4)))
           for t in range(25)]
    d.line(pts, fill=leather, width=int(band), joint="curve")
    d.line([(x, y - band * 0.38) for x, y in pts], fill=shade(leather, 1.3), width=2)
    for x, y in pts[2:-2:2]:
        s = band * 0.42
        d.rectangle((x - s, y - s, x + s, y + s), fill=metal, outline=shade(metal, 0.6), width=2)
        d.ellipse((x - s * 0.35, y - s * 0.35, x + s * 0.35, y + s * 0.35), fill=rng.choice(((178, 34, 52), (64, 176, 170), metal)))
    bx, by = pts[-1]
    d.rectangle((bx - band * 0.9, by - band * 0.9, bx + band * 0.2, by + band * 0.9), outline=metal, width=6)

