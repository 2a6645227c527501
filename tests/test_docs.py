"""The README stays true: its commands exist and it documents every setting."""
from __future__ import annotations

import re
from pathlib import Path

from emuseum.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_documents_every_setting_with_its_help():
    for setting in SETTINGS:
        row = next((line for line in README.splitlines() if line.startswith(f"| `{setting.key}` |")), None)
        assert row is not None, f"README lacks a row for {setting.key}"
        assert setting.env_name in row
        assert setting.help in row


def test_readme_commands_are_the_scripts_ci_runs():
    assert "bash scripts/demo.sh" in README
    assert "bash scripts/test.sh" in README
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^exec bash scripts/test\.sh\s*$", ci, re.M)
    for script in ("scripts/demo.sh", "scripts/test.sh", "scripts/setup.sh"):
        assert (ROOT / script).is_file()


def test_libraries_never_import_the_application():
    offenders = []
    for lib in ("manifests", "media", "indexer"):
        for path in (ROOT / lib).rglob("*.py"):
            if re.search(r"^\s*(from|import)\s+emuseum\b", path.read_text(encoding="utf-8"), re.M):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
