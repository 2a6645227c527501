"""Settings: declared once, read from config.toml, overridden by EMUSEUM_* variables and overrides."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from emuseum import settings
from emuseum.cli import main
from emuseum.settings import BY_KEY, SETTINGS, SettingsError, load

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _no_emuseum_environment(monkeypatch, tmp_path):
    """Each test starts from the defaults: no EMUSEUM_* variables, no config.toml in the folder."""
    for setting in SETTINGS:
        monkeypatch.delenv(setting.env_name, raising=False)
    monkeypatch.delenv("EMUSEUM_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)


def _toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "emuseum.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_setting_is_declared_with_help_of_its_type():
    assert len({s.key for s in SETTINGS}) == len(SETTINGS)
    for setting in SETTINGS:
        assert setting.key.count(".") == 1, setting.key
        assert len(setting.help.strip()) >= 20, f"{setting.key} needs a sentence of help"
        assert setting.type in (str, int, bool), setting.key
        assert type(setting.default) is setting.type, setting.key


def test_env_names():
    assert BY_KEY["server.workers"].env_name == "EMUSEUM_SERVER_WORKERS"
    assert BY_KEY["app.instance_path"].env_name == "EMUSEUM_APP_INSTANCE_PATH"


def test_defaults_without_a_file():
    values = load()
    assert values == {s.key: s.default for s in SETTINGS}
    assert values["jobs.backend"] == "sqlite"
    assert values["media.max_image_pixels"] == 100_000_000


def test_repository_config_only_uses_declared_settings():
    values = load(path=REPO / "config.toml")
    assert values["app.default_language"] == "kk"
    assert values["server.bind"] == "127.0.0.1:8000"
    assert values["server.workers"] == 2


def test_file_then_environment_then_overrides(tmp_path, monkeypatch):
    path = _toml(tmp_path, '[server]\nworkers = 3\nbind = "0.0.0.0:80"\n[database]\necho = true\n')
    from_file = load(path=path)
    assert (from_file["server.workers"], from_file["server.bind"]) == (3, "0.0.0.0:80")
    assert from_file["database.echo"] is True

    monkeypatch.setenv("EMUSEUM_SERVER_WORKERS", "5")
    monkeypatch.setenv("EMUSEUM_DATABASE_ECHO", "off")
    from_env = load(path=path)
    assert (from_env["server.workers"], from_env["database.echo"], from_env["server.bind"]) == (5, False, "0.0.0.0:80")

    overridden = load({"server.workers": "7"}, path=path)
    assert overridden["server.workers"] == 7


def test_config_file_named_by_emuseum_config(tmp_path, monkeypatch):
    path = _toml(tmp_path, '[api]\npage_size = 50\n')
    monkeypatch.setenv("EMUSEUM_CONFIG", str(path))
    assert settings.config_file() == path
    assert load()["api.page_size"] == 50


@pytest.mark.parametrize("raw, expected", [("1", True), ("yes", True), (" TRUE ", True), ("on", True),
                                           ("0", False), ("no", False), ("False", False), ("off", False)])
def test_boolean_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("EMUSEUM_JOBS_EMBEDDED_WORKER", raw)
    assert load()["jobs.embedded_worker"] is expected


@pytest.mark.parametrize("text, key", [
    ('[server]\nworkers = "many"\n', "server.workers"),
    ('[server]\nworkers = 2.5\n', "server.workers"),
    ('[server]\nworkers = true\n', "server.workers"),
    ('[database]\necho = "perhaps"\n', "database.echo"),
    ('[app]\nsecret_key = 12345\n', "app.secret_key"),
])
def test_wrong_type_in_the_file_names_the_key(tmp_path, text, key):
    with pytest.raises(SettingsError) as caught:
        load(path=_toml(tmp_path, text))
    assert str(caught.value).startswith(f"{key} from ")
    assert "emuseum.toml" in str(caught.value)


def test_wrong_type_in_the_environment_names_the_key_and_variable(monkeypatch):
    monkeypatch.setenv("EMUSEUM_SERVER_WORKERS", "five")
    with pytest.raises(SettingsError) as caught:
        load()
    assert str(caught.value) == "server.workers from EMUSEUM_SERVER_WORKERS must be int, got 'five'"


@pytest.mark.parametrize("text, key", [
    ('[server]\nwrokers = 3\n', "server.wrokers"),
    ('[cache]\nsize = 1\n', "cache.size"),
    ('debug = true\n', "debug"),
])
def test_unknown_key_in_the_file_is_refused(tmp_path, text, key):
    with pytest.raises(SettingsError) as caught:
        load(path=_toml(tmp_path, text))
    assert f"unknown setting {key!r}" in str(caught.value)


def test_unknown_override_is_refused():
    with pytest.raises(SettingsError) as caught:
        load({"server.wrokers": 3})
    assert str(caught.value) == "unknown setting 'server.wrokers'"


def test_settings_command_lists_every_key_with_its_variable():
    result = CliRunner().invoke(main, ["settings"])
    assert result.exit_code == 0, result.output
    for setting in SETTINGS:
        assert f"{setting.key} ({setting.type.__name__}, env {setting.env_name}, default {setting.default!r})" \
            in result.output
        assert setting.help in result.output
