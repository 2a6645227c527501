"""The national figures: museums, exhibits and 3D models the public can see, overall and per region."""
from __future__ import annotations

import io

import trimesh

from emuseum.kazakhstan import REGIONS
from emuseum.services import exhibits, museums
from emuseum.services.figures import Figures, national_figures
from emuseum.services.identity import SYSTEM
from emuseum.services.media import attach_media

from .factories import make_exhibit, make_museum


def _glb(size: float) -> bytes:
    return trimesh.creation.box(extents=(size, size, size)).export(file_type="glb")


def _attach_model(session, exhibit, size: float) -> None:
    attach_media(session, SYSTEM, exhibit.id, io.BytesIO(_glb(size)), f"model-{size}.glb")


def test_empty_catalogue_has_every_region_with_zeros(session):
    figures = national_figures(session)
    assert (figures.museums, figures.exhibits, figures.models, figures.tours) == (0, 0, 0, 0)
    assert list(figures.by_region) == [code for code, *_ in REGIONS]
    assert all(part == Figures() for part in figures.by_region.values())


def test_counts_by_region_only_what_the_public_sees(session):
    taraz = make_museum(session, region="KZ-31")
    shu = make_museum(session, region="KZ-31")
    closed = make_museum(session, region="KZ-31")
    almaty = make_museum(session, region="KZ-75")

    t1 = make_exhibit(session, taraz)
    make_exhibit(session, taraz)
    make_exhibit(session, taraz, state="draft")
    make_exhibit(session, taraz, state="in_review")
    withdrawn = make_exhibit(session, shu)
    exhibits.change_state(session, SYSTEM, withdrawn.id, "withdrawn")
    hidden = make_exhibit(session, closed)
    a1 = make_exhibit(session, almaty)
    a_draft = make_exhibit(session, almaty, state="draft")

    _attach_model(session, t1, 0.1)
    _attach_model(session, t1, 0.2)  # a second model of the same exhibit counts once
    _attach_model(session, a1, 0.3)
    _attach_model(session, a_draft, 0.4)  # a draft's model is not public
    _attach_model(session, hidden, 0.5)  # nor one of a switched-off museum
    museums.set_active(session, SYSTEM, closed.slug, False)

    figures = national_figures(session)
    jambyl, almaty_city = figures.by_region["KZ-31"], figures.by_region["KZ-75"]
    assert (jambyl.museums, jambyl.exhibits, jambyl.models) == (2, 2, 1)
    assert (almaty_city.museums, almaty_city.exhibits, almaty_city.models) == (1, 1, 1)
    assert (figures.museums, figures.exhibits, figures.models) == (3, 3, 2)
    assert figures.by_region["KZ-10"] == Figures()


def test_images_are_not_models(session):
    from PIL import Image

    exhibit = make_exhibit(session)
    out = io.BytesIO()
    Image.new("RGB", (16, 16)).save(out, "PNG")
    attach_media(session, SYSTEM, exhibit.id, io.BytesIO(out.getvalue()), "photo.png")
    figures = national_figures(session)
    assert (figures.exhibits, figures.models) == (1, 0)
