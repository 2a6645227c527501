"""IIIF level 0 static export: the files a viewer asks for, checked by hand and by the official validator."""
from __future__ import annotations

import functools
import io
import json
import math
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from emuseum.cli import main
from emuseum.services.errors import NotFound
from emuseum.services.exhibits import change_state
from emuseum.services.identity import SYSTEM
from emuseum.services.media import attach_media
from emuseum.services.museums import set_active
from emuseum.services.static_iiif import export_static, public_images
from media.static_export import plan_export

from .conftest import shared_path
from .factories import make_exhibit, make_museum

VALIDATOR_IDENTIFIER = "67352ccc-d1b0-11e1-89ae-279075081939"


def picture(width: int, height: int) -> bytes:
    img = Image.new("RGB", (width, height), (30, 40, 220))
    img.paste((230, 20, 30), (0, 0, width // 2, height // 2))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=92)
    return out.getvalue()


def _image(session, width=1100, height=700, exhibit=None, name="carpet.jpg"):
    exhibit = exhibit or make_exhibit(session)
    record = attach_media(session, SYSTEM, exhibit.id, io.BytesIO(picture(width, height)), name)
    session.refresh(record)
    assert record.status == "ready"
    return record


def _size(path: Path) -> tuple[int, int]:
    with Image.open(path) as img:
        img.load()
        assert img.format == "JPEG"
        return img.size


def test_export_writes_info_sizes_and_every_tile(app, session, tmp_path):
    record = _image(session)
    summary = export_static(session, tmp_path / "out", "https://static.example.kz/iiif/", record.exhibit_id,
                            tile_size=256)
    root = tmp_path / "out" / record.identifier
    plan = plan_export(1100, 700, 256)
    assert (summary.images, summary.files, summary.skipped) == (1, plan.files, [])

    info = json.loads((root / "info.json").read_text())
    assert info == {
        "@context": "http://iiif.io/api/image/3/context.json",
        "id": f"https://static.example.kz/iiif/{record.identifier}",
        "type": "ImageService3",
        "protocol": "http://iiif.io/api/image",
        "profile": "level0",
        "width": 1100,
        "height": 700,
        "sizes": [{"width": 138, "height": 88}, {"width": 275, "height": 175}, {"width": 550, "height": 350},
                  {"width": 1100, "height": 700}],
        "tiles": [{"width": 256, "height": 256, "scaleFactors": [1, 2, 4, 8]}],
        "rights": "https://creativecommons.org/licenses/by/4.0/",
    }
    assert _size(root / "full/max/0/default.jpg") == (1100, 700)
    for size in info["sizes"]:
        assert _size(root / f"full/{size['width']},{size['height']}/0/default.jpg") == (size["width"], size["height"])
    # Every tile a 3.0 client computes (implementation notes' algorithm), at the w,h form it requests.
    tiles = 0
    for s in info["tiles"][0]["scaleFactors"]:
        for ty in range(math.ceil(700 / (256 * s))):
            for tx in range(math.ceil(1100 / (256 * s))):
                x, y = tx * 256 * s, ty * 256 * s
                w, h = min(256 * s, 1100 - x), min(256 * s, 700 - y)
                size = (math.ceil(w / s), math.ceil(h / s))
                region = "full" if (x, y, w, h) == (0, 0, 1100, 700) else f"{x},{y},{w},{h}"
                assert _size(root / f"{region}/{size[0]},{size[1]}/0/default.jpg") == size
                tiles += 1
    assert tiles == 5 * 3 + 3 * 2 + 2 * 1 + 1
    # At scale factor 1 the canonical size is max; both paths hold the same file, written once.
    canonical, explicit = root / "256,0,256,256/max/0/default.jpg", root / "256,0,256,256/256,256/0/default.jpg"
    assert canonical.stat().st_ino == explicit.stat().st_ino
    assert not (root / "0,0,256,256/256,/0/default.jpg").exists()  # the 2.x w, form is not offered
    # The pixels are the picture's: red top left, blue bottom right.
    with Image.open(root / "0,0,256,256/max/0/default.jpg") as tile:
        assert all(abs(a - b) < 12 for a, b in zip(tile.getpixel((100, 100)), (230, 20, 30)))
    with Image.open(root / "full/138,88/0/default.jpg") as small:
        assert all(abs(a - b) < 16 for a, b in zip(small.getpixel((130, 80)), (30, 40, 220)))


def test_export_again_replaces_the_tree(app, session, tmp_path):
    record = _image(session, 600, 400)
    out = tmp_path / "out"
    export_static(session, out, "http://x.kz/iiif", record.exhibit_id)
    stale = out / record.identifier / "stale.txt"
    stale.write_text("left over")
    export_static(session, out, "http://y.kz/iiif", record.exhibit_id)
    assert not stale.exists()
    assert json.loads((out / record.identifier / "info.json").read_text())["id"] == f"http://y.kz/iiif/{record.identifier}"
    assert sorted(p.name for p in out.iterdir()) == [record.identifier]  # no half-built trees left


def test_only_public_ready_images_are_exported(app, session, tmp_path):
    public = _image(session, 300, 200)
    draft = make_exhibit(session, state="draft")
    _image(session, 300, 200, exhibit=draft, name="draft.jpg")
    closed = make_museum(session)
    _image(session, 300, 200, exhibit=make_exhibit(session, museum=closed), name="closed.jpg")
    set_active(session, SYSTEM, closed.slug, False)
    assert [r.id for r in public_images(session)] == [public.id]
    with pytest.raises(NotFound, match=f"exhibit {draft.id} has no public image ready to export"):
        export_static(session, tmp_path / "out", "http://x.kz/iiif", draft.id)
    change_state(session, SYSTEM, public.exhibit_id, "withdrawn")
    assert public_images(session) == []


def test_unsafe_identifier_is_skipped_not_written(app, session, tmp_path):
    record = _image(session, 300, 200)
    record.identifier = "../escape"
    session.commit()
    summary = export_static(session, tmp_path / "out", "http://x.kz/iiif")
    assert (summary.images, summary.skipped) == (0, [f"media {record.id}: identifier '../escape' cannot name a folder"])
    assert not (tmp_path / "escape").exists()


def _cli(app, *args: str):
    settings = app.config["EMUSEUM"]
    options = [part for key in ("app.instance_path", "database.url", "jobs.backend")
               for part in ("--set", f"{key}={settings[key]}")]
    return CliRunner().invoke(main, [*options, "iiif", "export-static", *args])


def test_cli_exports_one_exhibit_or_all(app, session, tmp_path):
    first = _image(session, 700, 500)
    second = _image(session, 320, 240)
    result = _cli(app, str(first.exhibit_id), str(tmp_path / "one"), "--base-url", "https://s.kz/iiif", "--no-progress")
    assert result.exit_code == 0, result.output
    files = plan_export(700, 500).files
    assert result.output == f"1 images, {files} files encoded, in {tmp_path / 'one'}\n"
    assert sorted(p.name for p in (tmp_path / "one").iterdir()) == [first.identifier]

    result = _cli(app, "--all", str(tmp_path / "all"), "--base-url", "https://s.kz/iiif")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == sorted([first.identifier, second.identifier])


@pytest.mark.parametrize("args, message", [
    (["1"], "give EXHIBIT DIR, or --all DIR"),
    (["1", "out", "--all"], "give EXHIBIT DIR, or --all DIR"),
    (["seven", "out"], "'seven' is not an exhibit id"),
    (["1", "out", "--base-url", "ftp://x"], "must be an http:// or https:// URL"),
    (["999999", "out"], "exhibit 999999 has no public image ready to export"),
])
def test_cli_says_what_is_wrong(app, tmp_path, args, message):
    if "--base-url" not in args:
        args = [*args, "--base-url", "https://s.kz/iiif"]
    result = _cli(app, *[str(tmp_path / a) if a == "out" else a for a in args])
    assert result.exit_code != 0
    assert message in result.output


class _StaticHandler(SimpleHTTPRequestHandler):
    """A plain static host, as an export would be put on: files, CORS, info.json as JSON."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".json": "application/json"}

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def static_server(tmp_path):
    """Yield (root folder, base URL) of a static HTTP server on 127.0.0.1, stopped after the test."""
    root = tmp_path / "site"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_StaticHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_official_validator_passes_level0(app, session, static_server):
    from iiif_validator.validator import ImageAPI, TestSuite, ValidationInfo

    test_image = shared_path("data", "images", "iiif-validator", f"{VALIDATOR_IDENTIFIER}.png")
    exhibit = make_exhibit(session)
    record = attach_media(session, SYSTEM, exhibit.id, test_image.open("rb"), test_image.name)
    record.identifier = VALIDATOR_IDENTIFIER
    session.commit()
    root, server = static_server
    export_static(session, root / "iiif", f"http://{server}/iiif", exhibit.id)

    names = [name for name, test in TestSuite(ValidationInfo()).list_tests("3.0").items() if test["level"] <= 0]
    assert {"info_json", "id_basic", "id_squares", "format_jpg", "size_nofull"} <= set(names)
    failures = {}
    for name in names:
        result = ImageAPI(VALIDATOR_IDENTIFIER, server, "iiif", "http", "", "3.0", debug=False)
        TestSuite(ValidationInfo()).run_test(name, result)
        if result.exception is not None:
            failures[name] = f"{result.exception.type}: got {result.exception.got}, expected {result.exception.expected}"
    assert failures == {}
