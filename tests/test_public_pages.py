"""The public catalogue pages through the test client: languages, visibility, errors, media files."""
from __future__ import annotations

import io
import re
from contextlib import contextmanager

import pytest
from PIL import Image
import trimesh
from sqlalchemy import event

from emuseum.db import db
from emuseum.services import exhibits, media, museums
from emuseum.services.identity import SYSTEM

from .factories import make_exhibit, make_museum, make_person

LANGS = ("kk", "ru", "en")


@contextmanager
def staff(app):
    """Give a session in an app context of its own, closed before any visitor's request."""
    with app.app_context():
        yield db.session


def png(width: int = 640, height: int = 480) -> io.BytesIO:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (150, 90, 40)).save(buffer, "PNG")
    buffer.seek(0)
    return buffer


def glb() -> io.BytesIO:
    """Return a small real binary glTF: a 10 cm box."""
    return io.BytesIO(trimesh.creation.box(extents=(0.1, 0.1, 0.1)).export(file_type="glb"))


def html(response) -> str:
    return response.get_data(as_text=True)


def section(page: str, start: str, end: str) -> str:
    """Return the text between the first ``start`` and the next ``end`` after it."""
    begin = page.index(start)
    return page[begin:page.index(end, begin)]


def dd_after(page: str, label: str) -> str:
    """Return the inner HTML of the <dd> that follows the <dt> with this label."""
    match = re.search(rf"<dt>{re.escape(label)}</dt>\s*<dd[^>]*>(.*?)</dd>", page, re.S)
    assert match, f"no <dt>{label}</dt> in page"
    return match.group(1).strip()


@pytest.fixture
def catalogue(app):
    """Return ids and slugs of a small catalogue: a museum with a published exhibit, a person and an image."""
    with staff(app) as session:
        museum = make_museum(session, address="Төле би көшесі, 55", website="https://taraz-museum.kz",
                             email="info@taraz-museum.kz", phone="+7 7262 43 00 00", latitude=42.9,
                             longitude=71.36667, description={"kk": "Тараз тарихы.", "ru": "История Тараза.",
                                                              "en": "The history of Taraz."})
        person = make_person(session, name_variants=["Abai Kunanbayev"])
        exhibit = make_exhibit(session, museum, people=[{"person": person.id, "role": "maker"}])
        media.attach_media(session, SYSTEM, exhibit.id, png(), "bracelet.png",
                           alt={"kk": "Күміс білезік, жоғарыдан көрініс", "ru": "Серебряный браслет, вид сверху",
                                "en": "Silver bracelet seen from above"})
        return {"museum": museum.slug, "museum_name_en": museum.name_en, "exhibit": exhibit.id,
                "title_en": exhibit.title_en, "inventory": exhibit.inventory_number, "person": person.id,
                "media": exhibit.media[0].id}


def page_urls(lang: str, cat: dict) -> list[str]:
    return [f"/{lang}/", f"/{lang}/museums", f"/{lang}/museums?region=KZ-31", f"/{lang}/museums/{cat['museum']}",
            f"/{lang}/exhibits/{cat['exhibit']}", f"/{lang}/persons/{cat['person']}"]


# ---------------------------------------------------------------- languages

@pytest.mark.parametrize("lang,museums_label", [("kk", "Музейлер"), ("ru", "Музеи"), ("en", "Museums")])
def test_every_page_answers_in_its_language(client, catalogue, lang, museums_label):
    for url in page_urls(lang, catalogue):
        response = client.get(url)
        assert response.status_code == 200, url
        page = html(response)
        assert f'<html lang="{lang}">' in page, url
        assert page.count("<h1") == 1, url
        assert f">{museums_label}</a>" in page, url
        assert '<a class="skip-link" href="#content">' in page and '<main id="content"' in page


def test_language_switch_links_to_the_same_page(client, catalogue):
    page = html(client.get(f"/ru/exhibits/{catalogue['exhibit']}"))
    switch = section(page, '<nav class="language-switch"', "</nav>")
    eid = catalogue["exhibit"]
    assert f'<a href="/kk/exhibits/{eid}" hreflang="kk" lang="kk">Қазақша</a>' in switch
    assert f'<a href="/ru/exhibits/{eid}" hreflang="ru" lang="ru" aria-current="true">Русский</a>' in switch
    assert f'<a href="/en/exhibits/{eid}" hreflang="en" lang="en">English</a>' in switch
    assert f'<link rel="alternate" hreflang="en" href="http://localhost/en/exhibits/{eid}">' in page
    # the query string travels with the switch
    page = html(client.get("/en/museums?region=KZ-31"))
    assert '<a href="/kk/museums?region=KZ-31" hreflang="kk" lang="kk">' in page


def test_choosing_a_language_is_remembered_for_a_year(client, catalogue):
    response = client.get("/ru/museums")
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("emuseum_lang=ru;") and "Max-Age=31536000" in cookie and "Path=/" in cookie
    redirect = client.get("/")
    assert redirect.status_code == 302 and redirect.headers["Location"] == "/ru/"
    assert {"Cookie", "Accept-Language"} <= set(redirect.vary)
    client.get("/en/")
    assert client.get("/").headers["Location"] == "/en/"


@pytest.mark.parametrize("accept,expected", [("en-GB,en;q=0.9", "/en/"), ("ru-RU,ru;q=0.9,en;q=0.5", "/ru/"),
                                             ("kk-KZ,kk;q=0.9,ru;q=0.8", "/kk/"), ("de-DE,fr;q=0.5", "/kk/"),
                                             (None, "/kk/")])
def test_root_redirect_follows_accept_language(app, accept, expected):
    client = app.test_client()
    headers = {"Accept-Language": accept} if accept else {}
    response = client.get("/", headers=headers)
    assert response.status_code == 302 and response.headers["Location"] == expected


def test_cookie_wins_over_accept_language(app):
    client = app.test_client()
    client.set_cookie("emuseum_lang", "kk")
    assert client.get("/", headers={"Accept-Language": "en"}).headers["Location"] == "/kk/"


# ---------------------------------------------------------------- visibility

def test_unpublished_exhibits_and_switched_off_museums_are_not_public(app, client):
    with staff(app) as session:
        museum = make_museum(session)
        published = make_exhibit(session, museum, title={"kk": "Ер-тұрман", "ru": "Седло", "en": "Saddle"})
        draft = make_exhibit(session, museum, state="draft", title={"kk": "Қамшы", "ru": "Камча", "en": "Whip"})
        withdrawn = make_exhibit(session, museum, title={"kk": "Кебеже", "ru": "Сундук", "en": "Chest"})
        exhibits.change_state(session, SYSTEM, withdrawn.id, "withdrawn")
        closed = make_museum(session, name={"kk": "Жабық музей", "ru": "Закрытый музей", "en": "Closed museum"})
        hidden = make_exhibit(session, closed)
        museums.set_active(session, SYSTEM, closed.slug, False)
        ids = published.id, draft.id, withdrawn.id, hidden.id
        slugs = museum.slug, closed.slug

    assert client.get(f"/en/exhibits/{ids[0]}").status_code == 200
    for eid in ids[1:]:
        assert client.get(f"/en/exhibits/{eid}").status_code == 404
    museum_page = html(client.get(f"/en/museums/{slugs[0]}"))
    assert "Saddle" in museum_page and "Whip" not in museum_page and "Chest" not in museum_page
    assert '<span class="count">(1)</span>' in museum_page
    assert museum_page.count('<li class="card">') == 1
    assert client.get(f"/en/museums/{slugs[1]}").status_code == 404
    directory = html(client.get("/en/museums"))
    assert "Closed museum" not in directory and f"/en/museums/{slugs[0]}" in directory


def test_person_page_lists_only_public_exhibits(app, client):
    with staff(app) as session:
        person = make_person(session, name_variants=["Abay", "Ибрагим Кунанбаев"], roles=["poet", "translator"],
                             description={"kk": "Ақын, ағартушы.", "ru": "Поэт, просветитель.", "en": ""})
        make_exhibit(session, title={"kk": "Абайдың домбырасы", "ru": "Домбра Абая", "en": "Abai's dombra"},
                     people=[{"person": person.id, "role": "owner"}])
        make_exhibit(session, state="draft", title={"kk": "Қолжазба", "ru": "Рукопись", "en": "Manuscript"},
                     people=[{"person": person.id, "role": "author"}])
        pid = person.id
    page = html(client.get(f"/en/persons/{pid}"))
    assert "<h1>Abai Qunanbaiuly</h1>" in page
    assert '<p class="life-dates">1845–1904</p>' in page
    assert '<dd lang="kk">Абай Құнанбайұлы</dd>' in page and '<dd lang="ru">Абай Кунанбаев</dd>' in page
    assert "<li>Ибрагим Кунанбаев</li>" in page
    assert dd_after(page, "Roles") == "poet, translator"
    assert '<div class="prose" lang="kk">\n<p>Ақын, ағартушы.</p>' in page  # no English text: Kazakh comes next
    assert "Abai&#39;s dombra" in page and "Manuscript" not in page
    assert dd_after(page, "Role") == "owner"
    ru = html(client.get(f"/ru/persons/{pid}"))
    assert dd_after(ru, "Род деятельности") == 'поэт, <span lang="en">translator</span>'
    assert dd_after(ru, "Роль") == "владелец"


# ---------------------------------------------------------------- errors

@pytest.mark.parametrize("url,text", [("/kk/exhibits/999999", "Бет табылмады"),
                                      ("/ru/exhibits/99999999999999999999", "Страница не найдена"),
                                      ("/ru/museums/no-such-museum", "Страница не найдена"),
                                      ("/en/persons/999999", "Page not found"),
                                      ("/kk/no-such-page", "Бет табылмады")])
def test_unknown_records_get_a_localised_404(client, url, text):
    response = client.get(url)
    assert response.status_code == 404
    page = html(response)
    assert f"<h1>{text}</h1>" in page
    lang = url.split("/")[1]
    assert f'<html lang="{lang}">' in page
    assert f'<a class="button" href="/{lang}/">' in page


def test_unknown_language_prefix_is_a_404_in_the_preferred_language(app):
    client = app.test_client()
    response = client.get("/xx/museums", headers={"Accept-Language": "ru"})
    assert response.status_code == 404
    page = html(response)
    assert '<html lang="ru">' in page and "<h1>Страница не найдена</h1>" in page
    client.set_cookie("emuseum_lang", "kk")
    page = html(client.get("/xx/museums", headers={"Accept-Language": "ru"}))
    assert '<html lang="kk">' in page and "<h1>Бет табылмады</h1>" in page
    assert "Set-Cookie" not in client.get("/xx/museums").headers


@pytest.mark.parametrize("url,parameter,lang_text", [
    ("/kk/museums?page=-1", "page", "«page» параметрінің мәні жарамсыз."),
    ("/ru/museums?page=abc", "page", "Недопустимое значение параметра «page»."),
    ("/en/museums?region=XX", "region", "The value of the parameter “region” is not valid."),
    ("/kk/museums?region=KZ-99", "region", "«region» параметрінің мәні жарамсыз."),
])
def test_bad_parameters_get_a_400_page_naming_them(client, url, parameter, lang_text):
    response = client.get(url)
    assert response.status_code == 400
    page = html(response)
    assert lang_text in page
    assert f'<p class="error-detail" lang="en"><code>{parameter} must' in page


def test_museum_page_rejects_a_bad_page_number(client, catalogue):
    response = client.get(f"/en/museums/{catalogue['museum']}?page=0")
    assert response.status_code == 400 and "“page”" in html(response)


def test_errors_under_api_stay_json(client):
    response = client.get("/api/no-such-thing/at-all")
    assert response.status_code == 404
    assert response.is_json
    body = response.get_json()
    assert body["status"] == 404 and body["parameter"] is None and body["message"]


def test_a_crash_gives_a_localised_500_page(app):
    def boom():
        raise RuntimeError("a bug of ours")

    app.add_url_rule("/ru/boom", "boom", boom)
    app.add_url_rule("/api/boom", "api_boom", boom)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    client = app.test_client()
    response = client.get("/ru/boom")
    assert response.status_code == 500
    page = html(response)
    assert "<h1>Что-то пошло не так</h1>" in page and "a bug of ours" not in page
    api = client.get("/api/boom")
    assert api.status_code == 500 and api.get_json()["status"] == 500


# ---------------------------------------------------------------- pages' content

def test_home_shows_the_national_figures(app, client):
    with staff(app) as session:
        jambyl = make_museum(session, region="KZ-31")
        make_museum(session, region="KZ-31")
        almaty = make_museum(session, region="KZ-75")
        closed = make_museum(session, region="KZ-75")
        for _ in range(3):
            make_exhibit(session, jambyl)
        make_exhibit(session, jambyl, state="draft")
        with_model = make_exhibit(session, almaty)
        media.attach_media(session, SYSTEM, with_model.id, glb(), "yurt.glb")
        make_exhibit(session, closed)
        museums.set_active(session, SYSTEM, closed.slug, False)

    page = html(client.get("/kk/"))
    figures = section(page, '<dl class="figures">', "</dl>")
    assert "<dt>Музейлер</dt><dd>3</dd>" in figures
    assert "<dt>Экспонаттар</dt><dd>4</dd>" in figures
    assert "<dt>3D модельдер</dt><dd>1</dd>" in figures
    assert "<dt>Виртуалды турлар</dt><dd>0</dd>" in figures
    assert len(re.findall(r'<li class="region[^"]*" data-region="KZ-\d\d"', page)) == 20
    jambyl_block = section(page, 'data-region="KZ-31"', "</li>")
    assert '<a href="/kk/museums?region=KZ-31">Жамбыл облысы</a>' in jambyl_block
    assert "<dt>Музейлер</dt><dd>2</dd>" in jambyl_block and "<dt>Экспонаттар</dt><dd>3</dd>" in jambyl_block
    almaty_block = section(page, 'data-region="KZ-75"', "</li>")
    assert "<dt>Музейлер</dt><dd>1</dd>" in almaty_block and "<dt>3D модельдер</dt><dd>1</dd>" in almaty_block
    assert "<dt>Экспонаттар</dt><dd>0</dd>" in section(page, 'data-region="KZ-10"', "</li>")


def test_museum_directory_filters_by_region(app, client):
    with staff(app) as session:
        taraz = make_museum(session, region="KZ-31", name={"kk": "Тараз музейі", "ru": "Музей Тараза",
                                                           "en": "Taraz Museum"})
        make_museum(session, region="KZ-71", city={"kk": "Астана", "ru": "Астана", "en": "Astana"},
                    name={"kk": "Ұлттық музей", "ru": "Национальный музей", "en": "National Museum"})
        make_exhibit(session, taraz)
        make_exhibit(session, taraz)
        make_exhibit(session, taraz, state="draft")

    everything = html(client.get("/en/museums"))
    assert "Taraz Museum" in everything and "National Museum" in everything
    assert "Museums found: 2" in everything
    assert everything.count("<option value=") == 21
    page = html(client.get("/en/museums?region=KZ-31"))
    assert "Taraz Museum" in page and "National Museum" not in page
    assert '<option value="KZ-31" selected>Jambyl Region</option>' in page
    assert "<h1>Museums: Jambyl Region</h1>" in page
    item = section(page, '<li class="museum-item">', "</li>")
    assert "<dt>City</dt><dd>Taraz</dd>" in item and "<dt>Region</dt><dd>Jambyl Region</dd>" in item
    assert "<dt>Published exhibits</dt><dd>2</dd>" in item
    assert "Музей Тараза" in html(client.get("/ru/museums?region=kz-31"))  # codes are case-insensitive


def test_museum_page_shows_details_and_cards(client, catalogue):
    page = html(client.get(f"/en/museums/{catalogue['museum']}"))
    assert f"<h1>{catalogue['museum_name_en']}</h1>" in page
    assert dd_after(page, "Address") == "Төле би көшесі, 55"
    assert dd_after(page, "Website") == '<a href="https://taraz-museum.kz" rel="external">https://taraz-museum.kz</a>'
    assert dd_after(page, "E-mail") == '<a href="mailto:info@taraz-museum.kz">info@taraz-museum.kz</a>'
    assert dd_after(page, "Phone") == '<a href="tel:+77262430000">+7 7262 43 00 00</a>'
    assert dd_after(page, "Coordinates") == "latitude 42.9°, longitude 71.36667°"
    assert "<p>The history of Taraz.</p>" in page
    card = section(page, '<li class="card">', "</li>")
    assert f'<a class="card-link" href="/en/exhibits/{catalogue["exhibit"]}">' in card
    assert f'<img src="/media/{catalogue["media"]}/thumb.jpg" alt="Silver bracelet seen from above"' in card
    assert 'width="400" height="300"' in card
    assert f"<h3 class=\"card-title\">{catalogue['title_en']}</h3>" in card
    assert "<dt>Dating</dt><dd>1850–1900</dd>" in card
    assert f"<dt>Inventory no.</dt><dd>{catalogue['inventory']}</dd>" in card
    assert f'<link rel="alternate" type="application/json" href="/api/museums/{catalogue["museum"]}">' in page


def test_museum_page_paginates_its_exhibits(app, client):
    with staff(app) as session:
        museum = make_museum(session)
        for _ in range(26):
            make_exhibit(session, museum)
        slug = museum.slug
    first = html(client.get(f"/en/museums/{slug}"))
    assert first.count('<li class="card">') == 24
    assert "Page 1 of 2" in first
    assert f'<a rel="next" href="/en/museums/{slug}?page=2">' in first
    second = html(client.get(f"/en/museums/{slug}?page=2"))
    assert second.count('<li class="card">') == 2
    assert f'<a rel="prev" href="/en/museums/{slug}?page=1">' in second
    past = client.get(f"/en/museums/{slug}?page=3")
    assert past.status_code == 400 and "page must be at most 2, got 3" in html(past)


def count_queries(app, client, url: str) -> int:
    with app.app_context():
        engine = db.engine
    statements = []

    def record(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        assert client.get(url).status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return len(statements)


def test_museum_page_needs_the_same_number_of_queries_for_any_number_of_exhibits(app, client):
    def build(n: int) -> str:
        with staff(app) as session:
            museum = make_museum(session)
            person = make_person(session)
            for _ in range(n):
                exhibit = make_exhibit(session, museum, techniques=["embroidery"],
                                       people=[{"person": person.id, "role": "maker"}])
                media.attach_media(session, SYSTEM, exhibit.id, png(40, 30), "x.png")
            return museum.slug

    few, many = build(2), build(9)
    assert count_queries(app, client, f"/en/museums/{few}") == count_queries(app, client, f"/en/museums/{many}")


def test_exhibit_page_shows_all_metadata(app, client):
    with staff(app) as session:
        museum = make_museum(session, name={"kk": "Ұлттық музей", "ru": "Национальный музей",
                                            "en": "National Museum of Kazakhstan"})
        maker = make_person(session, name={"kk": "Зергер Әлібек", "ru": "Ювелир Алибек", "en": "Alibek the jeweller"})
        donor = make_person(session)
        exhibit = make_exhibit(
            session, museum, inventory_number="КП-00012",
            title={"kk": "Сырға", "ru": "Серьги", "en": "Earrings"},
            dating={"kk": "XIX ғасыр", "ru": "XIX век", "en": "19th century"},
            culture={"kk": "Қазақ", "ru": "Казахская", "en": "Kazakh"},
            place={"kk": "Жетісу", "ru": "Жетысу", "en": "Jetisu"},
            credit_line={"kk": "Сыйға тартқан А. Құнанбаев", "ru": "Дар А. Кунанбаева", "en": "Gift of A. Kunanbayev"},
            techniques=["embroidery"], height=12.5, width=4, depth=0.8, diameter=3.25, length_unit="cm",
            weight=1.2, weight_unit="kg", rights="http://rightsstatements.org/vocab/InC/1.0/",
            people=[{"person": maker.id, "role": "maker"}, {"person": donor.id, "role": "donor"}])
        media.attach_media(session, SYSTEM, exhibit.id, png(), "front.png")
        media.attach_media(session, SYSTEM, exhibit.id, png(300, 600), "back.png",
                           alt={"en": "The back of the earrings"})
        media.attach_media(session, SYSTEM, exhibit.id, glb(), "earrings.glb")
        eid, maker_id, donor_id = exhibit.id, maker.id, donor.id
        front, back, model = (m.id for m in exhibit.media)

    page = html(client.get(f"/en/exhibits/{eid}"))
    assert "<h1>Earrings</h1>" in page
    assert dd_after(page, "Object type") == "carpet"
    assert dd_after(page, "Materials") == "silver"
    assert dd_after(page, "Techniques") == "embroidery"
    assert dd_after(page, "Dating") == "19th century"
    assert dd_after(page, "Culture") == "Kazakh"
    assert dd_after(page, "Place") == "Jetisu"
    assert dd_after(page, "Height") == "12.5\u00a0cm"
    assert dd_after(page, "Width") == "4\u00a0cm"
    assert dd_after(page, "Depth") == "0.8\u00a0cm"
    assert dd_after(page, "Diameter") == "3.25\u00a0cm"
    assert dd_after(page, "Weight") == "1.2\u00a0kg"
    assert f'<a href="/en/persons/{maker_id}">Alibek the jeweller</a> <span class="role">(maker)</span>' in page
    assert f'<a href="/en/persons/{donor_id}">Abai Qunanbaiuly</a> <span class="role">(donor)</span>' in page
    assert dd_after(page, "Credit line") == "Gift of A. Kunanbayev"
    assert dd_after(page, "Rights") == ('<a href="http://rightsstatements.org/vocab/InC/1.0/" rel="license">'
                                        "In Copyright</a>")
    assert dd_after(page, "Inventory number") == "КП-00012"
    assert dd_after(page, "Museum").endswith(">National Museum of Kazakhstan</a>")
    assert f'<img src="/media/{front}/display.jpg" alt="Earrings" width="640" height="480" loading="eager"' in page
    assert (f'<a href="/media/{back}/display.jpg"><img src="/media/{back}/thumb.jpg" '
            f'alt="The back of the earrings" width="200" height="400"') in page
    assert f'<a href="/media/{model}/original" download>Download 3D model</a>' in page
    assert f'<link rel="alternate" type="application/json" href="/api/exhibits/{eid}">' in page
    assert f'<a href="/api/exhibits/{eid}" type="application/json">JSON record</a>' in page
    citation = section(page, '<p id="citation-text"', "</p>")
    assert (f"<span>National Museum of Kazakhstan</span>. <span>Earrings</span>. Inventory no. КП-00012. "
            f"emuseum, http://localhost/en/exhibits/{eid}, accessed ") in citation

    ru = html(client.get(f"/ru/exhibits/{eid}"))
    assert dd_after(ru, "Высота") == "12,5\u00a0см" and dd_after(ru, "Вес") == "1,2\u00a0кг"
    assert dd_after(ru, "Права").endswith(">Защищено авторским правом</a>")
    assert "Инв. № КП-00012. emuseum, http://localhost/ru/exhibits/" in ru and ", дата обращения: " in ru
    kk = html(client.get(f"/kk/exhibits/{eid}"))
    assert dd_after(kk, "Биіктігі") == "12,5\u00a0см"
    assert dd_after(kk, "Құқықтар").endswith(">Авторлық құқықпен қорғалған</a>")
    assert "<span>Ұлттық музей</span>. <span>Сырға</span>. Инв. № КП-00012." in kk
    # the alt text missing in Kazakh falls back to the English one, marked as English
    assert f'<img src="/media/{back}/thumb.jpg" alt="The back of the earrings" lang="en"' in kk


def test_citation_uses_the_configured_base_url(app, client, catalogue):
    app.config["EMUSEUM"]["app.base_url"] = "https://emuseum.kz/"
    page = html(client.get(f"/en/exhibits/{catalogue['exhibit']}"))
    assert f"emuseum, https://emuseum.kz/en/exhibits/{catalogue['exhibit']}, accessed" in page


def test_titles_are_escaped(app, client):
    with staff(app) as session:
        exhibit = make_exhibit(session, title={"kk": "<script>alert('kk')</script>", "ru": "", "en": ""})
        eid = exhibit.id
    page = html(client.get(f"/en/exhibits/{eid}"))
    assert "<script>alert(" not in page
    assert "&lt;script&gt;alert(&#39;kk&#39;)&lt;/script&gt;" in page


# ---------------------------------------------------------------- media files

def test_media_files_of_a_published_exhibit(client, catalogue):
    mid = catalogue["media"]
    thumb = client.get(f"/media/{mid}/thumb.jpg")
    assert thumb.status_code == 200 and thumb.mimetype == "image/jpeg"
    assert thumb.cache_control.max_age == 31536000 and thumb.cache_control.public
    etag = thumb.headers["ETag"]
    assert etag.strip('"').endswith("-thumb.jpg") and len(etag.strip('"')) == 64 + len("-thumb.jpg")
    with Image.open(io.BytesIO(thumb.data)) as img:
        assert img.size == (400, 300)
    again = client.get(f"/media/{mid}/thumb.jpg", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    display = client.get(f"/media/{mid}/display.jpg")
    assert display.status_code == 200 and display.headers["ETag"] != etag
    with Image.open(io.BytesIO(display.data)) as img:
        assert img.size == (640, 480)  # never enlarged
    original = client.get(f"/media/{mid}/original")
    assert original.status_code == 200 and original.mimetype == "image/png"
    assert original.data == png().getvalue()
    assert client.get(f"/media/{mid}/huge.jpg").status_code == 404
    assert client.get("/media/999999/thumb.jpg").status_code == 404
    assert client.get("/media/99999999999999/original").status_code == 404


def test_media_files_of_unpublished_exhibits_are_404(app, client):
    with staff(app) as session:
        draft = make_exhibit(session, state="draft")
        media.attach_media(session, SYSTEM, draft.id, png(), "draft.png")
        closed = make_museum(session)
        hidden = make_exhibit(session, closed)
        media.attach_media(session, SYSTEM, hidden.id, png(), "hidden.png")
        museums.set_active(session, SYSTEM, closed.slug, False)
        ids = draft.media[0].id, hidden.media[0].id
        draft_id = draft.id
    for mid in ids:
        for name in ("thumb.jpg", "display.jpg", "original"):
            assert client.get(f"/media/{mid}/{name}").status_code == 404, (mid, name)
    with staff(app) as session:
        exhibits.change_state(session, SYSTEM, draft_id, "published")
    assert client.get(f"/media/{ids[0]}/thumb.jpg").status_code == 200


def test_a_3d_model_is_downloaded_as_its_original(app, client):
    with staff(app) as session:
        exhibit = make_exhibit(session)
        media.attach_media(session, SYSTEM, exhibit.id, glb(), "yurt.glb")
        mid = exhibit.media[0].id
    response = client.get(f"/media/{mid}/original")
    assert response.status_code == 200 and response.mimetype == "model/gltf-binary"
    assert response.headers["Content-Disposition"] == "attachment; filename=yurt.glb"
    assert response.data == glb().getvalue()
    assert client.get(f"/media/{mid}/thumb.jpg").status_code == 404  # models have no thumbnails
