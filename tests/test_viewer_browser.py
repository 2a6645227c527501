"""The exhibit page's viewers in headless Chromium: deep zoom from the IIIF manifest, image switching, 3D, no CDN.

Also the /vendor/ route that serves their libraries from node_modules (no browser needed for that).
Under CI=true a missing Chromium or node_modules fails these tests; elsewhere it skips them.
"""
from __future__ import annotations

import io
import re
import time

import pytest
import trimesh
from PIL import Image, ImageDraw

from emuseum.db import db
from emuseum.public.vendor import NODE_MODULES, PACKAGES, vendor_url
from emuseum.services import media
from emuseum.services.identity import SYSTEM

from .factories import make_exhibit, make_museum
from .browsing import FLAGS, axe, chromium, live_server, require

# model-viewer needs WebGL: software rendering (SwiftShader) stands in for the GPU the tests do not have.
WEBGL_FLAGS = [*FLAGS, "--enable-unsafe-swiftshader", "--use-angle=swiftshader"]
RED, GOLD = (180, 30, 40), (230, 190, 60)
BLUE, WHITE = (20, 60, 160), (240, 240, 240)
# A tile request: /iiif/3/{identifier}/{region}/{size}/0/default.jpg
TILE = re.compile(r"/iiif/3/(?P<id>[^/]+)/(?P<region>[^/]+)/(?P<size>[^/]+)/0/default\.jpg$")


@pytest.fixture
def browser():
    require((NODE_MODULES / "openseadragon").is_dir() and (NODE_MODULES / "@google" / "model-viewer").is_dir(),
            "openseadragon or @google/model-viewer is missing from node_modules: run `npm install`")
    with chromium(WEBGL_FLAGS) as launched:
        yield launched


def _picture(background: tuple, diamonds: tuple) -> io.BytesIO:
    """Return a 2400×1600 PNG: large enough for several zoom levels of 512-pixel tiles."""
    img = Image.new("RGB", (2400, 1600), background)
    draw = ImageDraw.Draw(img)
    for x in range(0, 2400, 200):
        draw.polygon([(x + 100, 400), (x + 180, 800), (x + 100, 1200), (x + 20, 800)], fill=diamonds)
    buffer = io.BytesIO()
    img.save(buffer, "PNG")
    buffer.seek(0)
    return buffer


@pytest.fixture
def site(app):
    """Return (base URL of a live server, exhibit page path, (its two images' identifiers, its model's id))."""
    with app.app_context():
        session = db.session
        museum = make_museum(session)
        exhibit = make_exhibit(session, museum, title={"kk": "Кесе", "ru": "Пиала", "en": "Bowl"},
                               height=8.5, width=14, depth=14)
        first = media.attach_media(session, SYSTEM, exhibit.id, _picture(RED, GOLD), "red.png",
                                   alt={"kk": "Қызыл кесе", "ru": "Красная пиала", "en": "The red bowl"})
        second = media.attach_media(session, SYSTEM, exhibit.id, _picture(BLUE, WHITE), "blue.png",
                                    alt={"kk": "Көк кесе", "ru": "Синяя пиала", "en": "The blue bowl"})
        box = io.BytesIO(trimesh.creation.box(extents=(0.14, 0.14, 0.085)).export(file_type="glb"))
        model = media.attach_media(session, SYSTEM, exhibit.id, box, "bowl.glb")
        session.expire_all()  # the derivative jobs ran in sessions of their own
        assert (first.status, second.status, model.status) == ("ready", "ready", "ready")
        path, identifiers = f"/en/exhibits/{exhibit.id}", (first.identifier, second.identifier, model.id)
    with live_server(app) as base:
        yield base, path, identifiers


class Watch:
    """What a page asked for and what went wrong on it."""

    def __init__(self, page) -> None:
        self.urls: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda request: self.urls.append(request.url))
        page.on("console", lambda msg: self.errors.append(f"console: {msg.text}") if msg.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))

    def tiles(self, identifier: str) -> list[float]:
        """Return the scale (tile pixels per image pixel) of every tile of the image requested so far."""
        scales = []
        for url in self.urls:
            match = TILE.search(url)
            if match and match["id"] == identifier and match["region"] != "full":
                region_width = int(match["region"].split(",")[2])
                scales.append(int(match["size"].split(",")[0]) / region_width)
        return scales


def _stage_colours(page) -> dict[tuple, int]:
    """Return how many pixels of the deep-zoom stage are near each of the four picture colours."""
    shot = Image.open(io.BytesIO(page.locator("#deep-zoom").screenshot())).convert("RGB")
    counts = {colour: 0 for colour in (RED, GOLD, BLUE, WHITE)}
    for pixel in shot.getdata():
        for colour in counts:
            if sum(abs(a - b) for a, b in zip(pixel, colour)) < 60:
                counts[colour] += 1
                break
    return counts


def _settled_colours(page, done, seconds: float = 60) -> dict[tuple, int]:
    """Return the stage's colours once ``done(colours)`` holds, or as they are after ``seconds``."""
    deadline = time.monotonic() + seconds
    colours = _stage_colours(page)
    while not done(colours) and time.monotonic() < deadline:
        page.wait_for_timeout(500)  # tiles fade in; a loaded machine makes them slow
        colours = _stage_colours(page)
    return colours


@pytest.mark.browser
def test_deep_zoom_shows_zooms_and_switches_images(browser, site):
    base, path, (first, second, _) = site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    page = context.new_page()
    page.set_default_timeout(90000)  # generous: CI machines and shared ones can be slow
    watch = Watch(page)
    try:
        with page.expect_response(lambda r: TILE.search(r.url) and f"/iiif/3/{first}/" in r.url):
            page.goto(base + path)
        # The deep-zoom stage replaced the picture and paints the first image's tiles.
        page.wait_for_selector("#deep-zoom canvas", state="attached")
        assert page.is_hidden(".primary-image > img") and page.is_visible("#deep-zoom")
        page.wait_for_selector(".viewer-strip", state="visible")
        colours = _settled_colours(page, lambda c: c[RED] > 20000 and c[GOLD] > 2000)
        assert colours[RED] > 20000 and colours[GOLD] > 2000 and colours[BLUE] == 0, colours
        assert watch.tiles(second) == []

        # Zooming in asks for tiles at a higher resolution than any so far.
        before = max(watch.tiles(first))
        tools = page.get_by_role("toolbar", name="Image viewer")
        zoom_in = tools.get_by_role("button", name="Zoom in")
        with page.expect_response(lambda r: TILE.search(r.url) and f"/iiif/3/{first}/" in r.url
                                  and max(watch.tiles(first)) > before):
            zoom_in.click()
            zoom_in.click()
        assert max(watch.tiles(first)) > before
        tools.get_by_role("button", name="Reset view").click()

        # The strip lists both images, labelled, the first pressed; choosing the second loads its tiles.
        strip = page.locator(".viewer-strip button")
        assert strip.count() == 2
        assert strip.nth(0).get_attribute("aria-pressed") == "true"
        assert "Image 2 of 2: The blue bowl" in strip.nth(1).inner_text()
        assert page.is_hidden(".thumbs")  # the links that stand in for the strip without scripts
        with page.expect_response(lambda r: TILE.search(r.url) and f"/iiif/3/{second}/" in r.url):
            strip.nth(1).click()
        assert strip.nth(1).get_attribute("aria-pressed") == "true"
        assert strip.nth(0).get_attribute("aria-pressed") == "false"
        colours = _settled_colours(page, lambda c: c[BLUE] > 20000 and c[RED] < c[BLUE] / 20)
        assert colours[BLUE] > 20000 and colours[RED] < colours[BLUE] / 20, colours
        assert page.get_attribute(".viewer-original", "href") == strip.nth(1).get_attribute("data-original")

        # The strip works from the keyboard too.
        strip.nth(0).focus()
        page.keyboard.press("Enter")
        assert strip.nth(0).get_attribute("aria-pressed") == "true"

        # As on IIIF portals: the manifest's address, one click to copy it.
        # (CSS selectors from here: the 3D viewer below may now be drawing, in software, on a busy machine.)
        page.click("button.manifest-copy")
        page.wait_for_function("document.querySelector('.manifest-copy-status').textContent !== ''")
        manifest = page.get_attribute("#iiif-title a", "href")
        assert page.evaluate("navigator.clipboard.readText()") == manifest
        assert manifest == f"{base}/iiif/presentation/exhibits/{path.rsplit('/', 1)[1]}/manifest"

        serious = axe(page)
    finally:
        context.close()
    assert serious == [], serious
    assert watch.errors == []
    foreign = [url for url in watch.urls if not url.startswith(base + "/") and not url.startswith("data:")]
    assert foreign == []  # no CDN: every file from this site


@pytest.mark.browser
def test_3d_viewer_loads_the_model_from_the_manifest(browser, site):
    base, path, (_, _, model) = site
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(90000)
    watch = Watch(page)
    # model-viewer's load event does not bubble: listen for it on the way down.
    page.add_init_script("window.modelLoads = [];"
                         "document.addEventListener('load', e => { if (e.target.localName === 'model-viewer')"
                         " window.modelLoads.push(e.target.src); }, true);")
    try:
        page.goto(base + path)
        page.wait_for_selector("model-viewer", state="attached")
        page.locator(".model-figure").scroll_into_view_if_needed()  # models load as they come into view
        page.wait_for_function("window.modelLoads.length > 0", timeout=180000)
        viewer = page.locator("model-viewer")
        assert page.evaluate("window.modelLoads") == [viewer.evaluate("m => m.src")]
        # The Model canvas of the manifest: the 3D pipeline's web GLB, its rendered preview as the poster.
        assert viewer.evaluate("m => m.src") == f"{base}/media/{model}/model.glb"
        assert viewer.get_attribute("poster") == f"{base}/media/{model}/preview.png"
        page.wait_for_function("document.querySelector('model-viewer').modelIsVisible")
        assert viewer.get_attribute("alt") == "3D model: Bowl"
        assert viewer.get_attribute("camera-controls") == ""
        # The decoders model-viewer may need come from this site, not Google's or jsDelivr's CDN.
        locations = viewer.evaluate("m => [m.constructor.dracoDecoderLocation, m.constructor.ktx2TranscoderLocation,"
                                    " m.constructor.meshoptDecoderLocation]")
        assert all(location.startswith(base + "/vendor/") for location in locations), locations

        # The recorded dimensions are read out beside the model.
        readout = page.locator(".model-dimensions").inner_text()
        assert "Height" in readout and "8.5\u00a0cm" in readout and "Depth" in readout and "14\u00a0cm" in readout

        # Turning the model, then resetting the view, brings the camera back.
        box = viewer.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] / 2 + 200, box["y"] + box["height"] / 2, steps=8)
        page.mouse.up()
        page.wait_for_function("Math.abs(document.querySelector('model-viewer').getCameraOrbit().theta) > 0.1")
        turned = viewer.evaluate("m => m.getCameraOrbit().theta")
        tools = page.get_by_role("toolbar", name="3D viewer")
        tools.get_by_role("button", name="Reset view").click()
        page.wait_for_function("Math.abs(document.querySelector('model-viewer').getCameraOrbit().theta) < 0.01")
        assert abs(turned) > 0.1
        assert tools.get_by_role("button", name="Full screen").is_visible()

        serious = axe(page)
    finally:
        page.close()
    assert serious == [], serious
    assert watch.errors == []
    foreign = [url for url in watch.urls if not url.startswith(base + "/") and not url.startswith(("data:", "blob:"))]
    assert foreign == []


@pytest.mark.browser
def test_without_scripts_the_page_keeps_its_picture_and_links(browser, site):
    base, path, _ = site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(base + path)
        picture = page.locator(".primary-image > img")
        assert picture.is_visible() and picture.evaluate("img => img.naturalWidth") > 0
        assert page.locator(".thumbs a").count() == 1
        assert page.is_hidden("#deep-zoom") and page.is_hidden(".viewer-strip") and page.is_hidden(".model-figure")
        assert page.get_by_role("link", name="Download 3D model").is_visible()
        assert page.get_by_role("link", name="IIIF manifest").get_attribute("href").endswith("/manifest")
    finally:
        context.close()


def _vendored(client, name: str, filename: str):
    require((NODE_MODULES / PACKAGES[name].npm_name).is_dir(), f"{PACKAGES[name].npm_name} is not in node_modules")
    with client.application.test_request_context("/"):
        url = vendor_url(name, filename)
    return url, client.get(url)


@pytest.mark.parametrize("name,filename,mimetype", [
    ("openseadragon", "openseadragon.min.js", "text/javascript"),
    ("openseadragon", "images/zoomin_rest.png", "image/png"),
    ("model-viewer", "model-viewer.min.js", "text/javascript"),
    ("draco", "draco_decoder.wasm", "application/wasm"),
    ("basis", "basis_transcoder.js", "text/javascript"),
    ("meshopt", "meshopt_decoder.cjs", "text/javascript"),
])
def test_vendored_files_are_served_for_a_year(client, name, filename, mimetype):
    url, response = _vendored(client, name, filename)
    assert re.fullmatch(rf"/vendor/{name}/\d+\.\d+\.\d+/{re.escape(filename)}", url)
    assert response.status_code == 200 and response.mimetype == mimetype
    assert response.cache_control.max_age == 365 * 24 * 3600 and response.cache_control.immutable
    assert client.get(url, headers={"If-None-Match": response.headers["ETag"]}).status_code == 304


@pytest.mark.parametrize("path", [
    "/vendor/openseadragon/{version}/openseadragon.js",  # in the package, but not listed
    "/vendor/openseadragon/0.0.1/openseadragon.min.js",  # not the installed version
    "/vendor/openseadragon/{version}/../../package.json",
    "/vendor/openseadragon/{version}/images/../openseadragon.min.js.map",
    "/vendor/openseadragon/{version}/images/sub/zoomin_rest.png",
    "/vendor/left-pad/1.0.0/index.js",
])
def test_only_listed_files_of_the_installed_version_are_served(client, path):
    url, _ = _vendored(client, "openseadragon", "openseadragon.min.js")  # skips (or fails in CI) without it
    version = url.split("/")[3]
    assert (NODE_MODULES / "openseadragon" / "build" / "openseadragon" / "openseadragon.js").is_file()
    assert client.get(path.format(version=version)).status_code == 404


def test_vendor_url_names_a_folder_for_model_viewer_decoders(app):
    require((NODE_MODULES / "three").is_dir(), "three is not in node_modules: run `npm install`")
    with app.test_request_context("/"):
        assert re.fullmatch(r"/vendor/draco/\d+\.\d+\.\d+/", vendor_url("draco"))
