"""The official IIIF Image API validator (iiif-validator) against a live server: every level 2 test passes.

The validator's test image is attached to a published exhibit through the service layer and given the
identifier the validator asks for; `emuseum serve` (its production server) serves the catalogue on a free port, and
the validator's own command line, iiif-validate.py, runs against it.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from emuseum.services.identity import SYSTEM
from emuseum.services.media import attach_media

from .conftest import IN_CI, shared_path
from .factories import make_exhibit
from .serving import emuseum_serve

IDENTIFIER = "67352ccc-d1b0-11e1-89ae-279075081939"
# Level 3 tests of features this server declares beyond level 2 (webp's test is Python 2 only,
# size_up expects ^max to be the full size, which a declared maxArea changes).
EXTRA_TESTS = ("linkheader_canonical", "linkheader_profile", "rot_mirror", "rot_mirror_180")


def validator_script() -> str:
    """Return the path of iiif-validate.py, installed beside this Python by `pip install iiif-validator`."""
    found = Path(sys.executable).parent / "iiif-validate.py"
    if found.is_file():
        return str(found)
    found = shutil.which("iiif-validate.py")
    if found:
        return found
    if IN_CI:
        pytest.fail("iiif-validator is not installed: it is in the test extra of pyproject.toml")
    pytest.skip("iiif-validator is not installed (pip install -e '.[test]')")


@pytest.fixture
def server(app, session, tmp_path):
    """Return host:port of `emuseum serve` on a catalogue holding the validator's image under its identifier."""
    image = shared_path("data", "images", "iiif-validator", f"{IDENTIFIER}.png")
    exhibit = make_exhibit(session, state="published")
    with image.open("rb") as stream:
        record = attach_media(session, SYSTEM, exhibit.id, stream, image.name)
    record.identifier = IDENTIFIER
    session.commit()
    assert (record.width, record.height) == (1000, 1000)

    with emuseum_serve(app, tmp_path, "iiif.lookup_seconds=5") as (_process, port):
        yield f"127.0.0.1:{port}"


def validate(server: str, *arguments: str) -> tuple[int, str]:
    """Return the exit code and output of iiif-validate.py run against the server."""
    command = [sys.executable, validator_script(), "-s", server, "-p", "iiif/3", "-i", IDENTIFIER,
               "--version=3.0", "--verbose", *arguments]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    return done.returncode, done.stdout + done.stderr


def outcome(output: str) -> tuple[dict[str, str], int, int]:
    """Return {test: PASS|FAIL}, and the test and failure counts of the validator's closing line."""
    results = dict(re.findall(r"^\[\d+\] test (\w+) (PASS|FAIL)$", output, re.M))
    done = re.search(r"^Done \((\d+) tests, (\d+) failures\)$", output, re.M)
    assert done, output[-3000:]
    return results, int(done.group(1)), int(done.group(2))


def level_tests(level: int) -> set[str]:
    """Return the names of the validator's tests of IIIF 3.0 up to a compliance level."""
    from iiif_validator.validator import TestSuite, ValidationInfo  # noqa: PLC0415  (installed with the test extra)

    return {name for name, test in TestSuite(ValidationInfo()).list_tests("3.0").items() if test["level"] <= level}


def test_the_official_validator_passes_every_level_2_test(server):
    code, output = validate(server, "--level", "2")
    results, count, failures = outcome(output)
    print(output)
    expected = level_tests(2)
    assert len(expected) >= 30  # formats, regions, sizes, rotations, qualities, errors, CORS, JSON-LD...
    assert set(results) == expected
    assert [name for name, verdict in results.items() if verdict != "PASS"] == [], output[-5000:]
    assert (count, failures, code) == (len(expected), 0, 0)


def test_the_official_validator_passes_the_level_3_features_we_declare(server):
    code, output = validate(server, *[f"--test={name}" for name in EXTRA_TESTS])
    results, count, failures = outcome(output)
    print(output)
    assert results == {name: "PASS" for name in EXTRA_TESTS}, output[-5000:]
    assert (count, failures, code) == (len(EXTRA_TESTS), 0, 0)
