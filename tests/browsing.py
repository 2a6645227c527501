"""What the browser tests share: headless Chromium, a live server, console watching and axe-core.

Under CI=true a missing Chromium, node_modules or Playwright fails a browser test; elsewhere it skips.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest
from werkzeug.serving import make_server

from .conftest import IN_CI

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]


def require(condition: bool, reason: str) -> None:
    """Return if ``condition`` holds; otherwise fail under CI and skip elsewhere, giving ``reason``."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{reason} (CI must run the browser tests)")
    pytest.skip(reason)


@contextmanager
def chromium(flags: list[str] = FLAGS) -> Iterator:
    """Yield a headless Chromium (Debian's, through Playwright), closed afterwards."""
    require(CHROMIUM.exists(), f"{CHROMIUM} is missing: run scripts/setup.sh")
    require(AXE.exists(), f"{AXE} is missing: run `npm install` (scripts/setup.sh does)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "the playwright Python package is missing: pip install -e '.[test]'")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=flags)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def live_server(app) -> Iterator[str]:
    """Yield the base URL of ``app`` served on a free local port by a threaded server, shut down afterwards."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


def console_errors(page) -> list[str]:
    """Return a list that fills with the page's console errors and uncaught exceptions from now on."""
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    return errors


def serious(violations: list[dict]) -> list[dict]:
    """Return the axe-core violations whose impact is serious or critical."""
    return [v for v in violations if v.get("impact") in ("serious", "critical")]


def axe(page) -> list[dict]:
    """Return the serious and critical axe-core violations of the page as it is now, briefly."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["html"][:200] for n in v["nodes"][:3]]}
            for v in serious(result["violations"])]
