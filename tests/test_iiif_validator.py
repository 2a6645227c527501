"""The official IIIF Image API validator (iiif-validator) against a live server: every level 2 test passes.

The validator's test image is attached to a published exhibit through the service layer and given the
identifier the validator asks for; `emuseum serve` (gunicorn) serves the catalogue on a free port, and
the validator's own command line, iiif-validate.py, runs against it.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from emuseum.services.identity import SYSTEM
from emuseum.services.media import attach_media

from .conftest import IN_CI, shared_path
from .factories import make_exhibit

ROOT = Path(__file__).resolve().parents[1]
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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

    port = free_port()
    config = app.config["EMUSEUM"]
    command = [sys.executable, "-m", "emuseum.cli",
               "--set", f"app.instance_path={app.instance_path}",
               "--set", f"database.url={config['database.url']}",
               "--set", "iiif.lookup_seconds=5",
               "serve", "--bind", f"127.0.0.1:{port}", "--workers", "1", "--no-jobs-worker"]
    log = (tmp_path / "serve.log").open("wb")
    # Its own process group, so stopping it stops gunicorn's workers too; no config.toml is read.
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               cwd=ROOT, start_new_session=True,
                               env={**os.environ, "EMUSEUM_CONFIG": str(tmp_path / "no-config.toml")})
    try:
        _wait_for(process, port, tmp_path / "serve.log")
        yield f"127.0.0.1:{port}"
    finally:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                break
            try:
                process.wait(timeout=15)
                break
            except subprocess.TimeoutExpired:
                continue
        log.close()


def _wait_for(process: subprocess.Popen, port: int, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"emuseum serve exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"emuseum serve did not listen on {port} in {timeout} s:\n{log.read_text()[-3000:]}")


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
