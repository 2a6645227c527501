"""Museum logos: upload through the service and CLI, the public PNG, the museum page and the IIIF provider logo."""
from __future__ import annotations

import io
import json

import pytest
from jsonschema import Draft7Validator
from click.testing import CliRunner
from PIL import Image

from emuseum.cli import main
from emuseum.models import Change, Museum
from emuseum.services import museums
from emuseum.services.errors import PermissionDenied, ValidationError
from emuseum.services.identity import SYSTEM, Identity
from emuseum.services.logos import LOGO_SIDE, set_logo
from emuseum.services.media import attach_media

from .conftest import shared_path
from .factories import make_exhibit, make_museum


def picture(size=(1200, 400), mode="RGBA", colour=(20, 90, 160, 200), kind="PNG") -> io.BytesIO:
    buffer = io.BytesIO()
    Image.new(mode, size, colour).save(buffer, kind)
    buffer.seek(0)
    return buffer


def stored_files(app) -> int:
    root = app.extensions["emuseum.storage"].root
    return sum(1 for path in root.rglob("*") if path.is_file())


def test_a_logo_is_stored_as_a_small_png_keeping_transparency(app, session):
    museum = make_museum(session)
    set_logo(session, SYSTEM, museum.slug, picture(), "logo.png")
    with app.extensions["emuseum.storage"].open(museum.logo_sha256) as fh:
        image = Image.open(io.BytesIO(fh.read()))
    assert image.format == "PNG" and image.mode == "RGBA"
    assert image.size == (LOGO_SIDE, LOGO_SIDE // 3)
    assert image.getpixel((10, 10))[3] == 200  # alpha kept
    change = session.query(Change).filter_by(entity="museum", entity_id=museum.id).order_by(Change.id.desc()).first()
    assert change.fields == {"logo_sha256": [None, museum.logo_sha256]}


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"GIF89a this is no logo", "not a JPEG, PNG, TIFF or WebP"),
    (b"plain text named logo.png", "not a JPEG, PNG, TIFF or WebP"),
    (picture(kind="PNG").getvalue()[:300], "cannot be decoded"),
])
def test_a_bad_logo_is_refused_naming_the_field_and_nothing_is_stored(app, session, data, words):
    museum = make_museum(session)
    before = stored_files(app)
    with pytest.raises(ValidationError) as caught:
        set_logo(session, SYSTEM, museum.slug, io.BytesIO(data), "logo.png")
    assert caught.value.field == "logo" and words in caught.value.message
    session.rollback()
    assert session.get(Museum, museum.id).logo_sha256 is None and stored_files(app) == before


def test_only_editors_of_the_museum_may_change_its_logo(session):
    museum = make_museum(session)
    with pytest.raises(PermissionDenied):
        set_logo(session, Identity("visitor"), museum.slug, picture())


def test_the_logo_is_served_as_png_with_cors_and_validators(client, session):
    museum = make_museum(session)
    assert client.get(f"/media/museums/{museum.slug}/logo.png").status_code == 404  # none yet
    set_logo(session, SYSTEM, museum.slug, picture(), "logo.png")
    response = client.get(f"/media/museums/{museum.slug}/logo.png")
    assert response.status_code == 200 and response.mimetype == "image/png"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert Image.open(io.BytesIO(response.data)).size == (LOGO_SIDE, LOGO_SIDE // 3)
    again = client.get(f"/media/museums/{museum.slug}/logo.png", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304
    museums.set_active(session, SYSTEM, museum.slug, False)
    assert client.get(f"/media/museums/{museum.slug}/logo.png").status_code == 404


def test_the_museum_page_shows_the_logo(client, session):
    museum = make_museum(session)
    assert "museum-logo" not in client.get(f"/en/museums/{museum.slug}").text
    set_logo(session, SYSTEM, museum.slug, picture(), "logo.png")
    assert f'src="/media/museums/{museum.slug}/logo.png"' in client.get(f"/en/museums/{museum.slug}").text


def test_the_manifest_and_collection_name_the_logo_and_stay_valid(client, session):
    schema = json.loads(shared_path("standards", "iiif", "presentation-3.0.schema.json").read_text())
    museum = make_museum(session)
    exhibit = make_exhibit(session, museum)
    attach_media(session, SYSTEM, exhibit.id, picture(mode="RGB", colour=(1, 2, 3), size=(64, 48)), "a.png")
    set_logo(session, SYSTEM, museum.slug, picture(), "logo.png")
    logo = {"id": f"http://localhost/media/museums/{museum.slug}/logo.png", "type": "Image", "format": "image/png"}
    for url in (f"/iiif/presentation/exhibits/{exhibit.id}/manifest",
                f"/iiif/presentation/collections/museums/{museum.id}"):
        document = client.get(url).json
        assert document["provider"][0]["logo"] == [logo], url
        assert not list(Draft7Validator(schema).iter_errors(document)), url
    assert client.get(logo["id"]).status_code == 200


def test_media_files_allow_any_origin(client, session):
    exhibit = make_exhibit(session)
    record = attach_media(session, SYSTEM, exhibit.id, picture(mode="RGB", colour=(1, 2, 3), size=(64, 48)), "a.png")
    for name in ("thumb.jpg", "display.jpg", "original"):
        response = client.get(f"/media/{record.id}/{name}")
        assert response.status_code == 200 and response.headers["Access-Control-Allow-Origin"] == "*", name


def _cli(app, *args: str):
    settings = app.config["EMUSEUM"]
    options = [part for key in ("app.instance_path", "database.url", "jobs.backend")
               for part in ("--set", f"{key}={settings[key]}")]
    return CliRunner().invoke(main, [*options, *args])


def test_the_cli_sets_a_logo_and_refuses_a_bad_file(app, session, tmp_path):
    museum = make_museum(session)
    good, bad = tmp_path / "logo.jpg", tmp_path / "logo.png"
    good.write_bytes(picture(mode="RGB", colour=(200, 0, 0), kind="JPEG").getvalue())
    bad.write_text("not an image")
    result = _cli(app, "museums", "logo", museum.slug, str(good))
    assert result.exit_code == 0, result.output
    session.expire_all()
    assert session.get(Museum, museum.id).logo_sha256
    result = _cli(app, "museums", "logo", museum.slug, str(bad))
    assert result.exit_code == 1 and "logo.png: refused: logo:" in result.stderr
