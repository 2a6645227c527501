"""Languages of the interface and the metadata: complete kk and ru catalogues, fallback marks, words, numbers."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from flask_babel import force_locale

from emuseum.public.display import dimensions, life_dates, year_span
from emuseum.public.rights import rights_label
from emuseum.services import media
from emuseum.services.identity import SYSTEM

from .factories import make_exhibit
from .test_public_pages import html, png, section, staff

PACKAGE = Path(__file__).resolve().parents[1] / "emuseum"
TRANSLATIONS = PACKAGE / "translations"
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def interface_strings() -> set[str]:
    """Return every msgid the code and templates use, extracted as babel.cfg says."""
    with open(PACKAGE / "babel.cfg", encoding="utf-8") as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    keywords = {**DEFAULT_KEYWORDS, "_l": None}
    return {message for _file, _line, message, _comments, _context in
            extract_from_dir(str(PACKAGE), method_map, options_map, keywords=keywords)}


def catalogue(lang: str):
    with open(TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po", "rb") as fh:
        return read_po(fh, locale=lang)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_interface_string_is_translated(lang):
    used = interface_strings()
    assert len(used) > 100
    po = catalogue(lang)
    problems = []
    for msgid in sorted(used):
        message = po.get(msgid)
        if message is None:
            problems.append(f"missing: {msgid!r}")
        elif not message.string:
            problems.append(f"untranslated: {msgid!r}")
        elif message.fuzzy:
            problems.append(f"fuzzy: {msgid!r}")
        elif set(PLACEHOLDER.findall(msgid)) != set(PLACEHOLDER.findall(message.string)):
            problems.append(f"placeholders differ: {msgid!r} -> {message.string!r}")
    assert not problems, f"{lang} catalogue (run the commands in emuseum/babel.cfg):\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_compiled_catalogues_match_the_po_files(lang):
    mo_path = TRANSLATIONS / lang / "LC_MESSAGES" / "messages.mo"
    assert mo_path.exists(), f"{mo_path} is missing: run `pybabel compile -d emuseum/translations`"
    with open(mo_path, "rb") as fh:
        compiled = {m.id: m.string for m in read_mo(fh) if m.id}
    written = {m.id: m.string for m in catalogue(lang) if m.id and m.string and not m.fuzzy}
    assert compiled == written, "stale .mo: run `pybabel compile -d emuseum/translations`"


def test_kazakh_interface_words():
    kk = catalogue("kk")
    expected = {"Museums": "Музейлер", "Exhibits": "Экспонаттар", "3D models": "3D модельдер",
                "Virtual tours": "Виртуалды турлар", "Home": "Басты бет", "Regions": "Өңірлер"}
    assert {msgid: kk.get(msgid).string for msgid in expected} == expected
    letters = set("".join(m.string for m in kk if m.id))
    assert set("әғқңөұүі") <= letters  # real Kazakh, not Russian spelling


@pytest.mark.parametrize("lang,words", [
    ("kk", ["Басты бет", "Музейлер", "Экспонаттар", "3D модельдер", "Виртуалды турлар", "Өңірлер"]),
    ("ru", ["Главная", "Музеи", "Экспонаты", "3D-модели", "Виртуальные туры", "Регионы"]),
    ("en", ["Home", "Museums", "Exhibits", "3D models", "Virtual tours", "Regions"]),
])
def test_home_page_interface_is_translated(client, lang, words):
    page = client.get(f"/{lang}/").get_data(as_text=True)
    for word in words:
        assert f">{word}<" in page, word


def test_missing_translation_is_shown_in_another_language_and_marked(app, client):
    with staff(app) as session:
        exhibit = make_exhibit(session, title={"kk": "", "ru": "Серебряный браслет", "en": ""},
                               description={"kk": "Қошқар мүйіз өрнегі.", "ru": "", "en": ""})
        eid = exhibit.id
    en = html(client.get(f"/en/exhibits/{eid}"))
    heading = section(en, "<h1>", "</h1>")
    assert '<span lang="ru">Серебряный браслет</span>' in heading
    assert '<span aria-hidden="true">(in Russian)</span>' in heading
    assert "This text is in Russian: there is no translation yet." in heading
    assert '<div class="prose" lang="kk">\n<p>Қошқар мүйіз өрнегі.</p>' in en
    assert "(in Kazakh)" in en
    assert f"<title>Серебряный браслет — E-museum of Kazakhstan</title>" in en

    kk = html(client.get(f"/kk/exhibits/{eid}"))
    assert "(орысша)" in section(kk, "<h1>", "</h1>")
    assert '<div class="prose">' in kk  # Kazakh description on a Kazakh page: no lang, no mark

    ru = html(client.get(f"/ru/exhibits/{eid}"))
    assert section(ru, "<h1>", "</h1>") == "<h1>Серебряный браслет"
    assert '<div class="prose" lang="kk">' in ru and "(на казахском)" in ru


def test_alt_text_falls_back_to_the_title(app, client):
    with staff(app) as session:
        exhibit = make_exhibit(session, title={"kk": "Домбыра", "ru": "Домбра", "en": "Dombra"})
        media.attach_media(session, SYSTEM, exhibit.id, png(), "dombra.png")
        mid = exhibit.media[0].id
        eid = exhibit.id
    page = html(client.get(f"/ru/exhibits/{eid}"))
    assert f'<img src="/media/{mid}/display.jpg" alt="Домбра" width="640" height="480"' in page


def test_region_names_follow_the_page_language(client):
    assert ">Түркістан облысы</a>" in client.get("/kk/").get_data(as_text=True)
    assert ">Туркестанская область</a>" in client.get("/ru/").get_data(as_text=True)
    assert ">Turkistan Region</a>" in client.get("/en/").get_data(as_text=True)


def test_language_names_carry_their_own_lang(client):
    page = client.get("/en/museums").get_data(as_text=True)
    assert 'lang="kk">Қазақша</a>' in page and 'lang="ru">Русский</a>' in page


@pytest.mark.parametrize("uri,lang,label", [
    ("https://creativecommons.org/licenses/by-sa/4.0/", "kk", "CC BY-SA 4.0"),
    ("http://creativecommons.org/licenses/by-nc-nd/3.0/igo/", "en", "CC BY-NC-ND 3.0"),
    ("https://creativecommons.org/publicdomain/zero/1.0/", "ru", "CC0 1.0 (передано в общественное достояние)"),
    ("https://creativecommons.org/publicdomain/mark/1.0/", "kk", "Қоғамдық игілік белгісі 1.0"),
    ("http://rightsstatements.org/vocab/NoC-NC/1.0/", "en", "No Copyright – Non-Commercial Use Only"),
    ("https://rightsstatements.org/vocab/CNE/1.0/", "ru", "Авторское право не оценивалось"),
    ("http://rightsstatements.org/vocab/InC-EDU/1.0/", "kk",
     "Авторлық құқықпен қорғалған – білім беру мақсатында пайдалануға рұқсат етілген"),
    ("https://example.org/licence", "en", "https://example.org/licence"),
])
def test_rights_labels(app, uri, lang, label):
    with app.test_request_context("/"), force_locale(lang):
        assert rights_label(uri) == label


@pytest.mark.parametrize("lang,span,born", [("en", "500 BCE–300 BCE", "born 1845"),
                                            ("ru", "500 до н. э.–300 до н. э.", "род. 1845"),
                                            ("kk", "б.з.д. 500–б.з.д. 300", "1845 жылы туған")])
def test_years_in_words(app, lang, span, born):
    class Person:
        birth_year, death_year = 1845, None

    with app.test_request_context("/"), force_locale(lang):
        assert year_span(-500, -300) == span
        assert year_span(1850, 1850) == "1850"
        assert year_span(None, 1900) == "1900"
        assert year_span(None, None) == ""
        assert life_dates(Person()) == born


@pytest.mark.parametrize("lang,expected", [
    ("en", [("Height", "1,250.5\u00a0mm"), ("Diameter", "3\u00a0mm"), ("Weight", "0.25\u00a0g")]),
    ("ru", [("Высота", "1\u00a0250,5\u00a0мм"), ("Диаметр", "3\u00a0мм"), ("Вес", "0,25\u00a0г")]),
    ("kk", [("Биіктігі", "1\u00a0250,5\u00a0мм"), ("Диаметрі", "3\u00a0мм"), ("Салмағы", "0,25\u00a0г")]),
])
def test_dimensions_in_words(app, lang, expected):
    class Exhibit:
        height, width, depth, diameter, weight = 1250.5, None, None, 3.0, 0.25
        length_unit, weight_unit = "mm", "g"

    with app.test_request_context("/"), force_locale(lang):
        assert dimensions(Exhibit()) == expected
