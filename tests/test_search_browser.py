"""The search page in headless Chromium: type-ahead, a facet ticked, a chip, clear all; axe-core and no console errors."""
from __future__ import annotations

import json
import threading

import pytest
from werkzeug.serving import make_server

from emuseum.db import db

from .factories import make_exhibit, make_museum
from .test_browser import AXE, _serious, browser  # noqa: F401  (the fixture)

pytestmark = pytest.mark.browser


@pytest.fixture
def site(app):
    with app.app_context():
        session = db.session
        astana = make_museum(session, region="KZ-71", name={"kk": "Ұлттық музей", "ru": "Национальный музей",
                                                             "en": "National Museum"})
        taraz = make_museum(session, region="KZ-31")
        for n in range(3):
            make_exhibit(session, astana, title={"kk": f"Күміс білезік {n}", "ru": f"Серебряный браслет {n}",
                                                 "en": f"Silver bracelet {n}"}, materials=["silver"])
        for n in range(2):
            make_exhibit(session, taraz, title={"kk": f"Алтын білезік {n}", "ru": f"Золотой браслет {n}",
                                                "en": f"Gold bracelet {n}"}, materials=["gold"])
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


def _axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "help": v["help"], "nodes": [n["html"] for n in v["nodes"][:3]]}
            for v in _serious(result["violations"])]


def test_search_type_ahead_filter_chip_and_clear_all(browser, site):  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    violations = {}
    try:
        # the header's search box leads to the search page
        page.goto(site + "/en/", wait_until="load")
        page.fill("#header-q", "bracelet")
        page.press("#header-q", "Enter")
        page.wait_for_url("**/en/search?q=bracelet")
        assert page.inner_text("#results-title") == "Results: 5"
        violations["results"] = _axe(page)

        # type-ahead: a listbox of titles, reachable with the arrow keys
        page.fill("#search-q", "")
        page.type("#search-q", "silv", delay=30)
        page.wait_for_selector("#search-suggestions [role=option]")
        assert page.get_attribute("#search-q", "aria-expanded") == "true"
        titles = page.eval_on_selector_all("#search-suggestions [role=option]", "els => els.map(e => e.textContent)")
        assert titles == ["Silver bracelet 0", "Silver bracelet 1", "Silver bracelet 2"]
        page.press("#search-q", "ArrowDown")
        assert page.get_attribute("#search-q", "aria-activedescendant") == "search-suggestion-0"
        violations["suggestions"] = _axe(page)
        page.press("#search-q", "Escape")
        assert page.is_hidden("#search-suggestions")
        page.fill("#search-q", "bracelet")

        # ticking a facet searches again at once: results narrow and a chip appears
        silver = page.locator(".facet input[name=material][value=silver]")
        with page.expect_navigation():
            silver.check()
        assert "material=silver" in page.url
        assert page.inner_text("#results-title") == "Results: 3"
        assert page.locator(".cards .card").count() == 3
        chips = page.locator(".chips .chip:not(.clear-all)")
        assert chips.count() == 1 and chips.first.get_attribute("aria-label") == "Remove filter: silver"
        violations["filtered"] = _axe(page)

        # clear all keeps the words and drops the filters
        with page.expect_navigation():
            page.click(".chips .clear-all")
        assert page.url.endswith("/en/search?q=bracelet&sort=relevance")  # the order chosen stays
        assert page.inner_text("#results-title") == "Results: 5"
        assert page.locator(".chips").count() == 0
    finally:
        context.close()
    violations = {name: found for name, found in violations.items() if found}
    assert not violations, json.dumps(violations, ensure_ascii=False)
    assert errors == []
