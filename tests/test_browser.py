"""The public pages in headless Chromium: no console errors, no serious axe-core violations, keyboard use.

Set EMUSEUM_SCREENSHOT_DIR to also keep a full-page screenshot of every page looked at.
"""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from emuseum.db import db
from emuseum.services import media
from emuseum.services.identity import SYSTEM

from .browsing import axe, chromium, console_errors, live_server
from .factories import make_exhibit, make_museum, make_person

pytestmark = pytest.mark.browser

@pytest.fixture
def browser():
    with chromium() as launched:
        yield launched


def _picture() -> io.BytesIO:
    """Return a PNG that looks a little like a carpet, so screenshots show a real image."""
    img = Image.new("RGB", (1200, 800), (122, 30, 36))
    draw = ImageDraw.Draw(img)
    for i in range(0, 1200, 150):
        draw.polygon([(i + 75, 250), (i + 140, 400), (i + 75, 550), (i + 10, 400)], fill=(214, 168, 70))
    draw.rectangle([20, 20, 1180, 780], outline=(240, 225, 190), width=18)
    buffer = io.BytesIO()
    img.save(buffer, "PNG")
    buffer.seek(0)
    return buffer


@pytest.fixture
def site(app):
    """Return the base URL of a live server on a small catalogue, and the paths of its pages."""
    with app.app_context():
        session = db.session
        museum = make_museum(session, region="KZ-71", address="Тәуелсіздік даңғылы, 54", latitude=51.12,
                             longitude=71.47, website="https://example.kz",
                             name={"kk": "Қазақстан Республикасының Ұлттық музейі",
                                   "ru": "Национальный музей Республики Казахстан",
                                   "en": "National Museum of the Republic of Kazakhstan"},
                             city={"kk": "Астана", "ru": "Астана", "en": "Astana"})
        make_museum(session, region="KZ-31")
        person = make_person(session, name_variants=["Abay Kunanbayev"],
                             description={"kk": "Қазақ ақыны, ағартушы.", "ru": "Казахский поэт, просветитель.",
                                          "en": "Kazakh poet and enlightener."})
        exhibit = make_exhibit(session, museum, title={"kk": "Түкті кілем", "ru": "Ворсовый ковёр", "en": ""},
                               dating={"kk": "XIX ғасырдың соңы", "ru": "Конец XIX века", "en": "Late 19th century"},
                               height=210, width=140, people=[{"person": person.id, "role": "owner"}],
                               credit_line={"kk": "Сатып алынған, 1985", "ru": "Приобретено в 1985 году", "en": ""})
        media.attach_media(session, SYSTEM, exhibit.id, _picture(), "carpet.png",
                           alt={"kk": "Қызыл түкті кілем, сары ромб өрнегі", "ru": "", "en": ""})
        for n in range(3):
            make_exhibit(session, museum)
        paths = {"home": "/{lang}/", "directory": "/{lang}/museums", "museum": f"/{{lang}}/museums/{museum.slug}",
                 "exhibit": f"/{{lang}}/exhibits/{exhibit.id}", "person": f"/{{lang}}/persons/{person.id}"}
    with live_server(app) as base:
        yield base, paths


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_pages_work_in_a_real_browser(browser, site, lang):
    base, paths = site
    shots = os.environ.get("EMUSEUM_SCREENSHOT_DIR")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    page = context.new_page()
    errors = console_errors(page)
    failures = {}
    try:
        for name, template in paths.items():
            url = base + template.format(lang=lang)
            response = page.goto(url, wait_until="load")
            assert response is not None and response.status == 200, url
            assert page.get_attribute("html", "lang") == lang
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # load lazy images too
            page.wait_for_load_state("networkidle")

            violations = axe(page)
            if violations:
                failures[url] = violations

            # The first Tab reaches the skip link, and following it lands in the main content.
            page.evaluate("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur()")
            page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.className") == "skip-link", url
            page.keyboard.press("Enter")
            assert page.evaluate("document.activeElement.id") == "content", url

            if name == "exhibit":
                # the copy button puts the citation on the clipboard and says so
                page.click("button.copy-button")
                page.wait_for_function("document.querySelector('.copy-status').textContent !== ''")
                copied = page.evaluate("navigator.clipboard.readText()")
                assert copied == " ".join(page.inner_text("#citation-text").split())
                assert page.inner_text(".copy-status") == page.get_attribute("button.copy-button", "data-copied")

            if shots:
                Path(shots).mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(Path(shots) / f"{name}-{lang}.png"), full_page=True)
        images = page.evaluate("Array.from(document.images).map(i => [i.currentSrc, i.naturalWidth, i.alt])")
    finally:
        context.close()
    print(json.dumps(failures, ensure_ascii=False, indent=1))
    assert not failures, f"axe-core found serious or critical violations: {json.dumps(failures, ensure_ascii=False)}"
    assert errors == []
    # the person page shows the exhibit's card with its decoded thumbnail and its alt text
    assert images and all(width > 0 and alt for _src, width, alt in images), images
