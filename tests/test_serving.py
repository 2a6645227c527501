"""`emuseum serve` on each production server it offers: pages answered, the cache replayed, SIGTERM stops it all."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest
from click.testing import CliRunner

from emuseum.cli import main

from .factories import make_exhibit
from .serving import emuseum_serve


def _get(port: int, path: str) -> tuple[int, dict[str, str], bytes]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
        return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()


def _alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("engine", ["granian", "gunicorn"])
def test_serve_answers_pages_and_stops_with_its_workers_on_sigterm(app, session, tmp_path, engine):
    exhibit = make_exhibit(session, title={"kk": "Сырмақ", "ru": "Сырмак", "en": "Felt rug"})
    with emuseum_serve(app, tmp_path, f"server.engine={engine}", workers=2) as (process, port):
        first = _get(port, f"/en/exhibits/{exhibit.id}")
        second = _get(port, f"/en/exhibits/{exhibit.id}")  # from the cache (this worker's or the other's)
        assert first[0] == second[0] == 200 and first[2] == second[2] and b"Felt rug" in first[2]
        assert first[1]["etag"] == second[1]["etag"] and "date" in second[1]
        assert (engine in second[1].get("server", engine)), second[1]
        # a service manager stops the command, not its children: the server must follow
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) in (0, -signal.SIGTERM, 128 + signal.SIGTERM)
        deadline = time.monotonic() + 20
        while _alive(process.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _alive(process.pid), f"{engine} workers outlived `emuseum serve`"


@pytest.mark.parametrize("option, value, named", [("server.bind", "localhost", "--bind"),
                                                  ("server.bind", "127.0.0.1:http", "--bind"),
                                                  ("server.engine", "uwsgi", "server.engine")])
def test_a_bad_server_setting_is_refused_by_name_before_anything_starts(app, option, value, named):
    result = CliRunner().invoke(main, ["--set", f"app.instance_path={app.instance_path}",
                                       "--set", f"{option}={value}", "serve", "--no-jobs-worker"])
    assert result.exit_code == 2, result.output
    assert named in result.output and repr(value) in result.output
