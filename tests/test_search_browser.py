"""The search page in headless Chromium: type-ahead, a facet ticked, a chip, clear all; axe-core and no console errors."""
from __future__ import annotations

import json

import pytest

from emuseum.db import db

from .factories import make_exhibit, make_museum
from .browsing import axe, chromium, console_errors, live_server

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
    with live_server(app) as base:
        yield base


@pytest.fixture
def browser():
    with chromium() as launched:
        yield launched


def test_search_type_ahead_filter_chip_and_clear_all(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = console_errors(page)
    violations = {}
    try:
        # the header's search box leads to the search page
        page.goto(site + "/en/", wait_until="load")
        page.fill("#header-q", "bracelet")
        page.press("#header-q", "Enter")
        page.wait_for_url("**/en/search?q=bracelet")
        assert page.inner_text("#results-title") == "Results: 5"
        violations["results"] = axe(page)

        # type-ahead: a listbox of titles, reachable with the arrow keys
        page.fill("#search-q", "")
        page.type("#search-q", "silv", delay=30)
        page.wait_for_selector("#search-suggestions [role=option]")
        assert page.get_attribute("#search-q", "aria-expanded") == "true"
        titles = page.eval_on_selector_all("#search-suggestions [role=option]", "els => els.map(e => e.textContent)")
        assert titles == ["Silver bracelet 0", "Silver bracelet 1", "Silver bracelet 2"]
        page.press("#search-q", "ArrowDown")
        assert page.get_attribute("#search-q", "aria-activedescendant") == "search-suggestion-0"
        violations["suggestions"] = axe(page)
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
        violations["filtered"] = axe(page)

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
