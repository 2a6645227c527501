"""Generated museum photographs of demo exhibits, as JPEG bytes: the object type decides the drawing,
the materials its colours.

A picture is a pure function of its :class:`Picture` (drawing, colours, seed, view), so the same
demo seed gives byte-identical files, whichever process renders them. One takes about 10 ms.
"""
from __future__ import annotations

import io
import random
from dataclasses import dataclass

from PIL import Image, ImageFilter, ImageOps

from . import draw_flat, draw_objects
from .canvas import RGB, Canvas

# Canvas sizes a museum photographer might deliver (width, height).
LANDSCAPE = ((1200, 900), (1200, 800), (1200, 1000))
PORTRAIT = ((900, 1200), (960, 1200), (1000, 1200))
SQUARE = ((1100, 1100), (1200, 1200))

# drawing -> (function, sizes, photographed on black velvet)
DRAWINGS = {
    "carpet": (draw_flat.draw_carpet, LANDSCAPE + PORTRAIT, False),
    "textile": (draw_flat.draw_textile, PORTRAIT + SQUARE, False),
    "garment": (draw_flat.draw_garment, SQUARE + LANDSCAPE, False),
    "document": (draw_flat.draw_document, PORTRAIT, False),
    "photograph": (draw_flat.draw_photograph, PORTRAIT + LANDSCAPE, False),
    "painting": (draw_flat.draw_painting, LANDSCAPE, False),
    "vessel": (draw_objects.draw_vessel, PORTRAIT, False),
    "bowl": (draw_objects.draw_bowl, LANDSCAPE, False),
    "ring": (draw_objects.draw_ring, LANDSCAPE + SQUARE, True),
    "necklace": (draw_objects.draw_necklace, SQUARE + LANDSCAPE, True),
    "coin": (draw_objects.draw_coin, SQUARE + LANDSCAPE, True),
    "blade": (draw_objects.draw_blade, LANDSCAPE, True),
    "arrowhead": (draw_objects.draw_arrowhead, PORTRAIT, False),
    "instrument": (draw_objects.draw_instrument, PORTRAIT, False),
    "stone": (draw_objects.draw_stone, PORTRAIT, False),
    "headdress": (draw_objects.draw_headdress, PORTRAIT, True),
    "cap": (draw_objects.draw_cap, LANDSCAPE, False),
    "belt": (draw_objects.draw_belt, LANDSCAPE, False),
    "chest": (draw_objects.draw_chest, LANDSCAPE, False),
    "saddle": (draw_objects.draw_saddle, LANDSCAPE, False),
    "lattice": (draw_objects.draw_lattice, LANDSCAPE, False),
    "crown": (draw_objects.draw_crown, SQUARE, False),
    "pole": (draw_objects.draw_pole, LANDSCAPE, False),
}

# object type code -> drawing; types not named here are drawn as a chest-like object
DRAWING_OF_TYPE = {
    "carpet": "carpet", "syrmak": "carpet", "tekemet": "carpet", "tuskiiz": "textile",
    "kerege": "lattice", "shanyrak": "crown", "uyk": "pole", "saddle": "saddle", "whip": "pole",
    "dombra": "instrument", "kobyz": "instrument",
    "ring": "ring", "bracelet": "ring", "necklace": "necklace", "earring": "necklace", "plaque": "coin",
    "sabre": "blade", "dagger": "blade", "arrowhead": "arrowhead",
    "bowl": "bowl", "kese": "bowl", "ladle": "bowl", "cauldron": "bowl", "torsyk": "vessel", "jug": "vessel",
    "chest": "chest", "cradle": "chest", "mirror": "coin", "balbal": "stone", "sculpture": "stone",
    "coin": "coin", "medal": "coin", "order": "coin",
    "chapan": "garment", "saukele": "headdress", "takiya": "cap", "belt": "belt",
    "manuscript": "document", "document": "document", "letter": "document", "book": "document",
    "poster": "document", "photograph": "photograph", "painting": "painting", "lithograph": "painting",
}

# material code -> the colour it photographs as
MATERIAL_COLOURS: dict[str, RGB] = {
    "silver": (196, 198, 204), "gold": (212, 172, 70), "bronze": (150, 108, 56), "copper": (184, 112, 62),
    "brass": (188, 160, 82), "iron": (104, 104, 110), "wood": (146, 94, 50), "felt": (206, 194, 170),
    "wool": (168, 44, 40), "leather": (122, 72, 38), "rawhide": (176, 134, 84), "silk": (176, 36, 58),
    "velvet": (96, 22, 42), "chintz": (196, 70, 64), "ceramic": (178, 102, 66), "porcelain": (232, 232, 238),
    "bone": (230, 220, 194), "horn": (92, 72, 54), "stone": (132, 126, 116), "gypsum": (232, 228, 220),
    "glass": (150, 190, 186), "carnelian": (176, 44, 36), "turquoise": (64, 170, 164), "coral": (222, 92, 78),
    "paper": (232, 221, 190), "photo_paper": (214, 200, 170), "canvas": (200, 186, 150), "oil_paint": (120, 140, 90),
}
# Felt and woven carpets in the colours of Kazakh dyes: field, ground, line.
TEXTILE_PALETTES: tuple[tuple[RGB, RGB, RGB], ...] = (
    ((150, 30, 36), (232, 198, 128), (34, 40, 80)),
    ((34, 46, 96), (196, 44, 40), (236, 214, 160)),
    ((120, 24, 30), (36, 36, 36), (226, 190, 110)),
    ((200, 160, 80), (140, 30, 30), (40, 60, 50)),
    ((60, 90, 60), (220, 200, 150), (150, 30, 36)),
)
TEXTILE_TYPES = {"carpet", "syrmak", "tekemet", "tuskiiz", "chapan", "takiya", "saukele"}


@dataclass(frozen=True)
class Picture:
    """What to photograph: a drawing (see DRAWINGS), the colours of its materials and a seed."""
    drawing: str
    colours: tuple[RGB, ...]
    seed: str
    variant: str = ""  # the object type code, for drawings that serve several types
    view: int = 0  # 0 the main view; 1 the object turned round; 2 a detail
    motif: str = ""  # what a picture or photograph shows: "portrait", "landscape" or anything


def picture_for(object_type: str, materials: list[str], seed: str, view: int = 0, motif: str = "") -> Picture:
    """Return the picture of an exhibit of this object type and these materials (codes)."""
    rng = random.Random(f"{seed}/colours")
    colours = [MATERIAL_COLOURS[m] for m in materials if m in MATERIAL_COLOURS]
    if object_type in TEXTILE_TYPES:
        palette = rng.choice(TEXTILE_PALETTES)
        colours = [colours[0], *palette[1:]] if colours and object_type in ("chapan", "takiya", "saukele") \
            else list(palette)
    colours += [rng.choice(TEXTILE_PALETTES)[k] for k in range(3)]
    return Picture(DRAWING_OF_TYPE.get(object_type, "chest"), tuple(colours[:3]), seed, object_type, view, motif)


def _scale_bar(cv: Canvas) -> None:
    """Draw the photographer's scale bar and grey patches along the bottom, as in museum record shots."""
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
    draw, sizes, dark = DRAWINGS.get(picture.drawing, DRAWINGS["chest"])
    if picture.motif == "portrait" and picture.drawing == "painting":
        sizes = PORTRAIT
    cv = Canvas(rng.choice(sizes), rng, picture.colours, dark, picture.variant, picture.motif)
    draw(cv)
    _scale_bar(cv)
    img = cv.img
    if picture.variant == "lithograph":  # a print in one ink
        img = ImageOps.colorize(img.convert("L"), (30, 26, 22), (246, 240, 228))
    if picture.view == 1:  # the object turned round: mirrored and lit a little differently
        img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT).point(lambda v: min(255, int(v * 0.94 + 8)))
    elif picture.view >= 2:  # a detail: the middle of the picture, sharpened a little
        w, h = img.size
        img = img.crop((w // 4, h // 5, w * 3 // 4, h * 4 // 5)).filter(ImageFilter.DETAIL)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()
