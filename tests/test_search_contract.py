"""The search contract: one suite, run against every backend.

``embedded`` is tantivy in a temporary directory; ``opensearch`` is a real OpenSearch node
(``bash scripts/opensearch.sh start``, URL from EMUSEUM_OPENSEARCH_URL, default
http://127.0.0.1:9209) through opensearch-py; ``elasticsearch-client`` is the same node through
the official elasticsearch client behind indexer.es_shim. Without a node the engine cases skip
locally and fail under CI=true.
"""

from __future__ import annotations

import json
import os
import urllib.request
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone

import pytest

from indexer.base import SearchBackend
from indexer.collation import sort_key
from indexer.documents import FACETS, DocumentError, prepare, title_in
from indexer.embedded import EmbeddedBackend
from indexer.engine import EngineBackend
from indexer.es_shim import ElasticsearchShim
from indexer.query import Cursor, SearchQuery, SearchQueryError

BACKENDS = ["embedded", "opensearch", "elasticsearch-client"]
IN_CI = os.environ.get("CI") == "true"


# --- the corpus ------------------------------------------------------------------------------


def T(kk=None, ru=None, en=None):
    return {lang: value for lang, value in (("kk", kk), ("ru", ru), ("en", en)) if value}


def doc(id, title, type="exhibit", added="2024-01-01", **fields):
    return {"id": id, "type": type, "title": title, "added_at": f"{added}T12:00:00Z", **fields}


CORPUS = [
    doc("ex-dombra-jambyl", T("Жамбыл Жабаевтың домбырасы", "Домбра Джамбула Джабаева", "Dombra of Jambyl Jabayev"),
        description=T(ru="Музыкальный инструмент акына, изготовлен из дерева."),
        materials=T(["ағаш"], ["дерево"], ["wood"]), inventory_number="КП-1234/5",
        region="KZ-31", museum="mus-taraz", object_type="instrument", material=["wood"],
        year_from=1890, year_to=1900, has_image=True, has_3d=True, added="2024-05-01"),
    doc("ex-dombra-plain", T("Домбыра", "Домбра", "Dombra"), description=T("Екі ішекті халық аспабы."),
        region="KZ-75", museum="mus-central", object_type="instrument", material=["wood"],
        year_from=1950, has_image=True, added="2024-05-02"),
    doc("ex-dombra-kobyz", T("Домбыра мен қобыз", "Домбра и кобыз", "Dombra and kobyz"),
        description=T("Домбыра, домбыра және қобыз: ескі домбыра аспаптары."),
        region="KZ-75", museum="mus-central", object_type="instrument", material=["wood", "leather"],
        year_from=1920, added="2024-05-03"),
    doc("ex-golden-man", T("Алтын адам", "Золотой человек", "Golden Man"),
        description=T(en="Ceremonial armour of a Saka warrior covered with gold plates.",
                      ru="Церемониальные доспехи сакского воина с золотыми пластинами."),
        materials=T(["алтын"], ["золото"], ["gold"]), inventory_number="ҚР ОМ 5678",
        region="KZ-19", museum="mus-central", object_type="costume", material=["gold"],
        year_from=-400, year_to=-300, has_image=True, has_3d=True, added="2023-01-10"),
    doc("ex-ulytau-stone", T("Ұлытау тасы", "Камень из Улытау", "Stone from Ulytau"),
        region="KZ-62", museum="mus-ulytau", object_type="archaeology", material=["stone"],
        year_from=-1000, added="2023-06-01"),
    doc("ex-carpet-east", T("Шығыс Қазақстан кілемі", "Ковёр из Восточного Казахстана", "Carpet from East Kazakhstan"),
        region="KZ-63", museum="mus-oskemen", object_type="textile", material=["wool"],
        year_from=1880, year_to=1890, has_image=True, added="2024-01-15"),
    doc("ex-map-kz", T("Қазақстан картасы", "Карта Казахстана", "Map of Kazakhstan"),
        region="KZ-71", museum="mus-astana", object_type="document", material=["paper"],
        year_from=1925, has_image=True, added="2024-02-01"),
    doc("ex-sabres", T("Қазақ батырларының қылыштары", "Сабли казахских батыров", "Swords of Kazakh batyrs"),
        region="KZ-15", museum="mus-aktobe", object_type="weapon", material=["steel", "leather"],
        year_from=1700, year_to=1800, has_image=True, added="2022-11-11"),
    doc("ex-yurt", T("Киіз үй", "Юрта", "Yurt"), region="KZ-11", museum="mus-akmola", object_type="dwelling",
        material=["felt", "wood"], year_from=1900, has_3d=True, added="2023-03-03"),
    doc("ex-seal-latin", T("Äbılhaiyr hannyñ mörı", "Печать Абулхаир-хана"),
        region="KZ-15", museum="mus-aktobe", object_type="seal", material=["silver"],
        year_from=1730, has_image=True, added="2022-06-06"),
    doc("person-abilkhair", T("Әбілхайыр хан", "Абулхаир-хан", "Abilkhair Khan"), type="person",
        description=T("Кіші жүздің ханы."), region="KZ-15", added="2021-01-01"),
    doc("museum-taraz", T("Жамбыл облыстық тарихи-өлкетану музейі",
                          "Жамбылский областной историко-краеведческий музей",
                          "Jambyl Regional Museum of Local History"), type="museum",
        description=T(ru="Музей в городе Тараз."), region="KZ-31", museum="mus-taraz", added="2020-01-01"),
    doc("ex-letter-1941", T("Майдангер хаты", "Письмо фронтовика", "Front-line letter"),
        description=T(ru="Письмо с фронта, 1941 год."), region="KZ-59", museum="mus-petropavl",
        object_type="document", material=["paper"], year_from=1941, has_image=True, added="2025-05-09"),
    doc("ex-pearls", T("İnjü monşaq", "Жемчужные бусы", "Pearl beads"), region="KZ-23", museum="mus-atyrau",
        object_type="jewellery", material=["pearl"], year_from=1850, year_to=1870, has_image=True,
        added="2024-08-08"),
    doc("ex-ornament", T("Ою-өрнек 🌸 үлгісі", en="Ornament pattern 🌸"), region="KZ-61",
        museum="mus-turkistan", object_type="textile", material=["wool"], added="2024-09-09"),
    doc("ex-ceramics-ru", T(ru="Керамика"), description=T(ru="Найдено у города Шымкент, XIX век."),
        region="KZ-79", museum="mus-shymkent", object_type="ceramics", material=["clay"], year_from=1850,
        added="2024-10-10"),
]

# Titles in Kazakh alphabetical order (а ә б ... ы і ... я), added in another order.
ALPHABET = ["Алқа", "Әшекей", "Бесік", "Ғибадат тасы", "Қамшы", "Өрнекті сандық", "Ұршық", "Үкі", "Ыдыс",
            "Іргетас", "Яшма"]
_YEARS = [1800, None, 1750, 1900, 1800, 1850, 1700, 1990, 1650, -200, 1800]
_REGIONS = ["KZ-10", "KZ-33", "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55"]
_MATERIALS = [["silver"], ["wood"], ["stone"], ["silver", "gold"], ["leather"]]
for i, title in enumerate(ALPHABET):
    CORPUS.append(doc(
        f"ex-order-{(i * 7) % 11:02d}", T(title, en=f"Item {chr(ord('K') - i)}" if i % 2 else None),
        region=_REGIONS[i % len(_REGIONS)], museum="mus-order", object_type="household",
        material=_MATERIALS[i % len(_MATERIALS)], year_from=_YEARS[i], has_image=i % 2 == 0,
        has_3d=i % 3 == 0, added="2024-03-03" if i % 4 == 0 else f"2024-03-{i + 10:02d}",
    ))

IDS = sorted(d["id"] for d in CORPUS)
BY_ID = {d["id"]: d for d in CORPUS}


# --- backends --------------------------------------------------------------------------------


def _opensearch_url() -> str:
    url = os.environ.get("EMUSEUM_OPENSEARCH_URL", "http://127.0.0.1:9209").rstrip("/")
    try:
        with urllib.request.urlopen(f"{url}/_cluster/health?wait_for_status=yellow&timeout=10s", timeout=20) as answer:
            status = json.load(answer)["status"]
        if status not in ("green", "yellow"):
            raise OSError(f"cluster status {status}")
    except (OSError, ValueError, KeyError) as error:
        message = f"no OpenSearch at {url} ({error}); start one with: bash scripts/opensearch.sh start"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return url


@contextmanager
def open_backend(kind: str, tmp_path_factory):
    if kind == "embedded":
        backend = EmbeddedBackend(tmp_path_factory.mktemp("tantivy"))
        try:
            yield backend
        finally:
            backend.drop()
        return
    url = _opensearch_url()
    name = f"emuseum-test-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-{uuid.uuid4().hex[:8]}"
    if kind == "opensearch":
        backend = EngineBackend.opensearch(url, index=name)
        try:
            yield backend
        finally:
            backend.drop()
            backend.close()
        return
    with ElasticsearchShim(url) as shim:
        backend = EngineBackend.elasticsearch(shim.url, index=name)
        try:
            yield backend
        finally:
            backend.drop()
            backend.close()


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request, tmp_path_factory) -> SearchBackend:
    """A backend holding CORPUS; tests must not change it."""
    with open_backend(request.param, tmp_path_factory) as backend:
        assert backend.index(CORPUS) == len(CORPUS)
        backend.refresh()
        yield backend


@pytest.fixture(params=BACKENDS)
def empty(request, tmp_path_factory) -> SearchBackend:
    """A backend of its own for tests that write."""
    with open_backend(request.param, tmp_path_factory) as backend:
        yield backend


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> SearchBackend:
    """The embedded backend on CORPUS: every backend must answer as it does."""
    with open_backend("embedded", tmp_path_factory) as backend:
        backend.index(CORPUS)
        backend.refresh()
        yield backend


def ids(result) -> list[str]:
    return [hit.id for hit in result.hits]


def found(backend, text, **query) -> set[str]:
    return set(ids(backend.search(SearchQuery(text=text, size=100, **query))))


def every_page(backend, **query) -> list[str]:
    out, after = [], None
    for _ in range(100):
        result = backend.search(SearchQuery(after=after, **query))
        out += ids(result)
        after = result.next_cursor
        if after is None:
            return out
    raise AssertionError("pagination does not end")


# --- expectations computed from the corpus ------------------------------------------------------


_KEYWORDS: dict[str, dict[str, list[str]]] = {}


def keywords(d):
    if d["id"] not in _KEYWORDS:
        _KEYWORDS[d["id"]] = prepare(d).keywords
    return _KEYWORDS[d["id"]]


def expected_facets(filters: dict[str, list[str]]) -> dict[str, list[tuple[str, int]]]:
    """Counts of each facet among documents matching every other facet's filters."""
    out = {}
    for facet in FACETS:
        counts: dict[str, int] = {}
        for d in CORPUS:
            kw = keywords(d)
            if all(set(kw[name]) & set(values) for name, values in filters.items() if name != facet):
                for value in kw[facet]:
                    counts[value] = counts.get(value, 0) + 1
        for chosen in filters.get(facet, []):
            counts.setdefault(chosen, 0)
        out[facet] = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return out


def matching(filters) -> set[str]:
    return {d["id"] for d in CORPUS if all(set(keywords(d)[n]) & set(v) for n, v in filters.items())}


def epoch(d):
    return datetime.fromisoformat(d["added_at"].replace("Z", "+00:00")).astimezone(timezone.utc).timestamp()


# --- documents and bulk API --------------------------------------------------------------------


def test_count_is_the_corpus(backend):
    assert backend.count() == len(CORPUS)


def test_capabilities_are_declared(backend):
    caps = backend.capabilities
    assert set(caps.facets) == set(FACETS)
    assert set(caps.sorts) == {"relevance", "date", "title", "recent"}
    assert caps.relevance_tiebreak in ("id", "index")
    assert caps.relevance_cursor in ("search_after", "offset")


def test_index_replaces_by_id_and_delete_removes(empty):
    empty.index(CORPUS[:5])
    empty.refresh()
    assert empty.count() == 5
    changed = dict(CORPUS[0], title={"en": "Renamed lute"})
    empty.index([changed])
    empty.refresh()
    assert empty.count() == 5
    assert found(empty, "lute") == {CORPUS[0]["id"]}
    assert found(empty, "Жабаевтың") == set()
    empty.delete([CORPUS[1]["id"], "no-such-id"])
    empty.refresh()
    assert empty.count() == 4
    assert CORPUS[1]["id"] not in found(empty, "")


def test_reindex_swaps_in_a_new_index(empty):
    empty.index(CORPUS)
    empty.refresh()
    renamed = dict(CORPUS[0], title={"en": "Renamed lute"})
    assert empty.reindex(iter(CORPUS[:3] + [renamed])) == 3  # a repeated id: the last one wins
    empty.refresh()
    assert empty.count() == 3
    assert found(empty, "lute") == {CORPUS[0]["id"]}
    assert found(empty, "Jabayev") == set()
    assert found(empty, "") == {d["id"] for d in CORPUS[:3]}
    empty.index([CORPUS[5]])
    empty.refresh()
    assert empty.count() == 4


def test_a_malformed_document_is_refused_naming_the_field(empty):
    with pytest.raises(DocumentError) as error:
        empty.index([CORPUS[0], {"id": "bad", "type": "exhibit", "title": {}}])
    assert (error.value.doc_id, error.value.field) == ("bad", "title")
    with pytest.raises(DocumentError) as error:
        empty.index([dict(CORPUS[0], year_from="1890")])
    assert error.value.field == "year_from"
    with pytest.raises(DocumentError) as error:
        empty.index([dict(CORPUS[0], type="painting")])
    assert error.value.field == "type"
    empty.refresh()
    assert empty.count() == 0


# --- full text ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spellings, expected",
    [
        (("Жамбыл", "Jambyl", "Zhambyl", "жамбыл", "ЖАМБЫЛ"), {"ex-dombra-jambyl", "museum-taraz"}),
        (("Қазақстан", "Qazaqstan", "Kazakhstan"), {"ex-carpet-east", "ex-map-kz"}),
        (("Ұлытау", "Ūlytau", "Ulytau"), {"ex-ulytau-stone"}),
        (("Шығыс", "Şyğys", "Shygys"), {"ex-carpet-east"}),
        (("Әбілхайыр", "Äbılhaiyr", "Abilkhair", "ÄBILHAIYR"), {"person-abilkhair", "ex-seal-latin"}),
        (("İnjü", "INJÜ", "injü", "Inju"), {"ex-pearls"}),
    ],
    ids=lambda value: value[0] if isinstance(value, tuple) else "",
)
def test_every_spelling_finds_the_same(backend, spellings, expected):
    for spelling in spellings:
        assert found(backend, spelling) == expected, spelling


@pytest.mark.parametrize(
    "text, expected",
    [
        ("сабля", {"ex-sabres"}),  # Сабли
        ("ковер", {"ex-carpet-east"}),  # Ковёр: ё = е
        ("КОВЁР", {"ex-carpet-east"}),
        ("золотая", {"ex-golden-man"}),  # Золотой, золотыми
        ("sword", {"ex-sabres"}),  # Swords
        ("carpets", {"ex-carpet-east"}),
        ("plate", {"ex-golden-man"}),  # description, English
        ("деревянный", set()),  # a different word is not a form of дерево
        ("дерева", {"ex-dombra-jambyl"}),
    ],
)
def test_word_forms(backend, text, expected):
    assert found(backend, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Taraz", {"museum-taraz"}),  # en query, only the ru description names the town
        ("Shymkent", {"ex-ceramics-ru"}),
        ("1941", {"ex-letter-1941"}),
        ("5678", {"ex-golden-man"}),  # inventory number, in no description
        ("kobyz", {"ex-dombra-kobyz"}),  # en title; kk/ru қобыз/кобыз meet it through the key
        ("қобыз", {"ex-dombra-kobyz"}),
    ],
)
def test_names_and_numbers_cross_languages(backend, text, expected):
    assert found(backend, text) == expected


def test_all_words_must_match(backend):
    assert found(backend, "Jambyl dombra") == {"ex-dombra-jambyl"}
    assert found(backend, "Jambyl Жабаев") == {"ex-dombra-jambyl"}
    assert found(backend, "Jambyl golden") == set()


def test_exact_title_ranks_first(backend):
    result = backend.search(SearchQuery(text="Домбыра"))
    assert set(ids(result)) == {"ex-dombra-plain", "ex-dombra-kobyz"}
    assert result.hits[0].id == "ex-dombra-plain"  # though ex-dombra-kobyz says домбыра four times
    result = backend.search(SearchQuery(text="dombra"))
    assert result.hits[0].id == "ex-dombra-plain"
    assert result.hits[0].score > result.hits[1].score


@pytest.mark.parametrize("text", ["КП-1234/5", "кп 1234 5", "KP12345", "ҚР ОМ 5678"])
def test_inventory_number_ranks_first(backend, text):
    result = backend.search(SearchQuery(text=text))
    expected = "ex-golden-man" if "5678" in text else "ex-dombra-jambyl"
    assert result.hits[0].id == expected


def test_types_are_a_facet_and_a_filter(backend):
    result = backend.search(SearchQuery(text="Jambyl", filters={"type": ["museum"]}))
    assert ids(result) == ["museum-taraz"]
    assert dict(result.facets["type"]) == {"exhibit": 1, "museum": 1}
    assert found(backend, "", filters={"type": "person"}) == {"person-abilkhair"}


# --- highlighting and suggestions -------------------------------------------------------------


def test_highlights_mark_the_matched_words_in_the_visitors_language(backend):
    result = backend.search(SearchQuery(text="Zhambyl", lang="kk", filters={"type": ["exhibit"]}))
    assert result.hits[0].highlights["title"] == "<mark>Жамбыл</mark> Жабаевтың домбырасы"
    result = backend.search(SearchQuery(text="гора тараз", lang="ru"))
    assert result.total == 0
    result = backend.search(SearchQuery(text="тараз", lang="ru"))
    assert result.hits[0].highlights == {"description": "Музей в городе <mark>Тараз</mark>."}
    assert result.hits[0].title == "Жамбылский областной историко-краеведческий музей"


def test_highlights_escape_html(empty):
    empty.index([doc("ex-html", T(en="<b>Saddle</b> & bridle"))])
    empty.refresh()
    hit = empty.search(SearchQuery(text="saddle", lang="en")).hits[0]
    assert hit.highlights["title"] == "&lt;b&gt;<mark>Saddle</mark>&lt;/b&gt; &amp; bridle"


def test_no_highlights_without_words(backend):
    assert all(not hit.highlights for hit in backend.search(SearchQuery()).hits)


@pytest.mark.parametrize(
    "typed, lang, expected",
    [
        ("жам", "kk", ["Жамбыл Жабаевтың домбырасы", "Жамбыл облыстық тарихи-өлкетану музейі"]),
        ("zham", "kk", ["Жамбыл Жабаевтың домбырасы", "Жамбыл облыстық тарихи-өлкетану музейі"]),
        ("Жамбыл обл", "kk", ["Жамбыл облыстық тарихи-өлкетану музейі"]),
        ("Golden m", "en", ["Golden Man"]),
        ("qaz", "kk", ["Қазақ батырларының қылыштары", "Қазақстан картасы", "Шығыс Қазақстан кілемі"]),
        ("домбыра", "kk", ["Домбыра", "Домбыра мен қобыз", "Жамбыл Жабаевтың домбырасы"]),
        ("xyzzy", "kk", []),
        ("", "kk", []),
        ("🌸", "kk", []),
    ],
)
def test_suggestions_complete_title_words(backend, typed, lang, expected):
    assert [s.title for s in backend.suggest(typed, lang=lang)] == expected


def test_suggestions_filter_by_type_and_limit(backend):
    assert [s.id for s in backend.suggest("жам", types=["museum"])] == ["museum-taraz"]
    assert len(backend.suggest("а", limit=2)) == 2
    with pytest.raises(SearchQueryError) as error:
        backend.suggest("а", limit=0)
    assert error.value.parameter == "limit"


# --- facets ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"region": ["KZ-15"]},
        {"region": ["KZ-15", "KZ-75"]},
        {"material": ["wood"], "has_image": ["true"]},
        {"century": ["19"], "region": ["KZ-31", "KZ-63", "KZ-23"], "type": ["exhibit"]},
        {"has_3d": ["true"]},
        {"region": ["KZ-999"]},  # an unknown value: nothing found, counts still given
    ],
    ids=lambda f: ",".join(f"{k}={'|'.join(v)}" for k, v in f.items()) or "none",
)
def test_facet_counts_follow_post_filter_semantics(backend, filters):
    result = backend.search(SearchQuery(filters=filters, size=100))
    assert set(ids(result)) == matching(filters)
    assert result.total == len(matching(filters))
    assert result.facets == expected_facets(filters)


def test_choosing_a_region_keeps_the_other_regions_counts(backend):
    unfiltered = backend.search(SearchQuery()).facets
    chosen = backend.search(SearchQuery(filters={"region": ["KZ-15"]}))
    assert chosen.facets["region"] == unfiltered["region"]
    assert dict(chosen.facets["region"])["KZ-15"] == chosen.total == 3
    assert dict(chosen.facets["material"]) == {"silver": 1, "steel": 1, "leather": 1}


def test_facets_with_words(backend):
    result = backend.search(SearchQuery(text="dombra"))
    assert dict(result.facets["region"]) == {"KZ-75": 2, "KZ-31": 1}
    assert dict(result.facets["century"]) == {"19": 1, "20": 2}
    assert dict(result.facets["has_3d"]) == {"true": 1, "false": 2}


def test_only_the_facets_asked_for(backend):
    result = backend.search(SearchQuery(facets=["region"]))
    assert list(result.facets) == ["region"]
    assert backend.search(SearchQuery(facets=[])).facets == {}


# --- order and pages ---------------------------------------------------------------------------


def test_browse_with_no_words_shows_everything_newest_first(backend):
    result = backend.search(SearchQuery(size=100))
    assert result.total == len(CORPUS)
    assert result.sort == "recent"
    assert ids(result) == sorted(IDS, key=lambda i: (-epoch(BY_ID[i]), i))


def test_date_sort_earliest_first_undated_last_ties_by_id(backend):
    result = backend.search(SearchQuery(sort="date", size=100))
    dated = sorted((d for d in CORPUS if d.get("year_from") is not None), key=lambda d: (d["year_from"], d["id"]))
    undated = sorted(d["id"] for d in CORPUS if d.get("year_from") is None)
    assert ids(result) == [d["id"] for d in dated] + undated
    assert ids(result)[:2] == ["ex-ulytau-stone", "ex-golden-man"]


def test_title_sort_follows_the_kazakh_alphabet(backend):
    result = backend.search(SearchQuery(sort="title", lang="kk", filters={"museum": ["mus-order"]}, size=100))
    assert [hit.title for hit in result.hits] == ALPHABET


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_title_sort_in_each_language(backend, lang):
    result = backend.search(SearchQuery(sort="title", lang=lang, size=100))
    expected = sorted(IDS, key=lambda i: (sort_key(title_in(BY_ID[i]["title"], lang), lang), i))
    assert ids(result) == expected
    if lang == "en":  # no English title: the Kazakh one, Latin-script, sorts among the English
        assert [hit.title for hit in result.hits[:2]] == ["Äbılhaiyr hannyñ mörı", "Abilkhair Khan"]


@pytest.mark.parametrize(
    "query",
    [
        dict(sort="date"),
        dict(sort="title", lang="ru"),
        dict(sort="recent"),
        dict(sort="relevance", text="dombra"),
        dict(sort="relevance", text="жамбыл"),
        dict(sort="relevance", text="item"),  # equal scores
        dict(sort="date", filters={"has_image": ["true"]}),
        dict(sort="title", text="a"),
    ],
    ids=lambda q: "-".join(str(v) for v in q.values()),
)
def test_cursor_pages_have_no_duplicates_or_gaps(backend, query):
    one_page = ids(backend.search(SearchQuery(size=100, **query)))
    paged = every_page(backend, size=4, **query)
    assert paged == one_page
    assert len(set(paged)) == len(paged)


def test_page_numbers_and_the_end(backend):
    full = ids(backend.search(SearchQuery(sort="date", size=100)))
    assert ids(backend.search(SearchQuery(sort="date", size=10, page=2))) == full[10:20]
    beyond = backend.search(SearchQuery(sort="date", size=10, page=50))
    assert (beyond.hits, beyond.total, beyond.next_cursor) == ([], len(CORPUS), None)
    last = backend.search(SearchQuery(sort="date", size=10, page=3))
    assert ids(last) == full[20:] and last.next_cursor is None


def test_cursor_through_many_pages_with_ties(empty):
    many = [doc(f"bulk-{i:05d}", T(f"Бұйым {i}", en=f"Item {i}"), year_from=1000 + i % 7) for i in range(600)]
    empty.index(many)
    empty.refresh()
    seen = every_page(empty, sort="date", size=40)
    assert len(seen) == len(set(seen)) == 600
    assert seen[:3] == ["bulk-00000", "bulk-00007", "bulk-00014"]
    assert seen[-1] == "bulk-00594"


# --- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"Jambyl"', {"ex-dombra-jambyl", "museum-taraz"}),
        ("Жамбыл*", {"ex-dombra-jambyl", "museum-taraz"}),
        ("title:Jambyl", set()),  # "title" is a word like any other
        ("(Jambyl", {"ex-dombra-jambyl", "museum-taraz"}),
        ("Jambyl\\", {"ex-dombra-jambyl", "museum-taraz"}),
        ("Jambyl AND OR NOT", set()),
        ("Jambyl 🌸", {"ex-dombra-jambyl", "museum-taraz"}),
        ("Жaмбыл", {"ex-dombra-jambyl", "museum-taraz"}),  # Latin a inside a Cyrillic word
        ("🌸", set(IDS)),  # no words at all: browse
        ('"*:()\\', set(IDS)),
        ("   ", set(IDS)),
    ],
)
def test_query_syntax_is_just_text(backend, text, expected):
    assert found(backend, text) == expected


def test_a_long_query_is_searched_and_a_longer_one_refused(backend):
    long_text = ("Жамбыл Jambyl 1941 *:() " * 100)[:2000]
    result = backend.search(SearchQuery(text=long_text))
    assert result.total == 0 and result.hits == []
    repeated = "Jambyl " * 285  # 1995 characters
    assert found(backend, repeated) == {"ex-dombra-jambyl", "museum-taraz"}
    with pytest.raises(SearchQueryError) as error:
        SearchQuery(text="a" * 2001)
    assert error.value.parameter == "text"


@pytest.mark.parametrize(
    "arguments, parameter",
    [
        (dict(filters={"colour": ["red"]}), "filters"),
        (dict(filters={"region": [""]}), "filters.region"),
        (dict(sort="price"), "sort"),
        (dict(lang="de"), "lang"),
        (dict(size=0), "size"),
        (dict(size=101), "size"),
        (dict(size="ten"), "size"),
        (dict(page=0), "page"),
        (dict(page=1001, size=10), "page"),
        (dict(page=2, after="abc"), "page"),
        (dict(facets=["colour"]), "facets"),
    ],
)
def test_bad_parameters_are_named(arguments, parameter):
    with pytest.raises(SearchQueryError) as error:
        SearchQuery(**arguments)
    assert error.value.parameter == parameter
    assert error.value.message


@pytest.mark.parametrize(
    "after",
    [
        "not a cursor",
        "eyJzIjoiZGF0ZSJ9",  # {"s":"date"}: no values
        Cursor("date", ("1' OR 1=1",), 4).encode(),  # a key outside the key alphabet
        Cursor("title", ("00100",), 4).encode(),  # a cursor of another order
        Cursor("date", ("0401900.6578",), -1).encode(),
    ],
)
def test_a_foreign_cursor_is_refused(backend, after):
    with pytest.raises(SearchQueryError) as error:
        backend.search(SearchQuery(sort="date", after=after))
    assert error.value.parameter == "after"


def test_numeric_strings_are_accepted_for_size_and_page(backend):
    result = backend.search(SearchQuery(sort="date", size="5", page="2"))
    assert len(result.hits) == 5


# --- every backend answers as the embedded one --------------------------------------------------

SAME_QUERIES = [
    dict(),
    dict(text="Jambyl"),
    dict(text="Қазақстан", lang="ru"),
    dict(text="dombra", filters={"region": ["KZ-75"]}),
    dict(sort="date", filters={"material": ["wood", "silver"]}),
    dict(sort="title", lang="en", filters={"has_image": ["true"], "century": ["19", "18"]}),
    dict(sort="recent", text="хан"),
    dict(text="a"),
    dict(sort="title", text="Item"),
]


@pytest.mark.parametrize("query", SAME_QUERIES, ids=lambda q: json.dumps(q, ensure_ascii=False))
def test_same_answers_as_the_embedded_backend(backend, reference, query):
    mine = backend.search(SearchQuery(size=100, **query))
    theirs = reference.search(SearchQuery(size=100, **query))
    assert (mine.total, mine.facets, mine.sort) == (theirs.total, theirs.facets, theirs.sort)
    if mine.sort == "relevance":
        assert set(ids(mine)) == set(ids(theirs))
        assert ids(mine)[:1] == ids(theirs)[:1]
    else:
        assert ids(mine) == ids(theirs)
    assert [h.highlights for h in sorted(mine.hits, key=lambda h: h.id)] == [
        h.highlights for h in sorted(theirs.hits, key=lambda h: h.id)
    ]


# --- choosing a backend, and failures that are ours ---------------------------------------------


def test_open_backend_from_configuration(tmp_path):
    from indexer import open_backend

    assert isinstance(open_backend(f"tantivy://{tmp_path / 'a'}"), EmbeddedBackend)
    assert isinstance(open_backend(str(tmp_path / "b")), EmbeddedBackend)
    assert open_backend("opensearch+http://127.0.0.1:1").capabilities.name == "opensearch"
    assert open_backend("elasticsearch+http://127.0.0.1:1", index="x").capabilities.name == "elasticsearch"
    with pytest.raises(ValueError):
        open_backend("redis://127.0.0.1:6379")


@pytest.mark.parametrize("kind", ["opensearch", "elasticsearch"])
def test_an_unreachable_engine_raises_search_engine_error(kind):
    from indexer import SearchEngineError

    options = {"max_retries": 0} if kind == "opensearch" else {"max_retries": 0, "retry_on_timeout": False}
    backend = getattr(EngineBackend, kind)("http://127.0.0.1:1", index="nowhere", **options)
    with pytest.raises(SearchEngineError):
        backend.search(SearchQuery(text="Jambyl"))


def test_an_embedded_index_of_another_schema_version_asks_for_a_reindex(tmp_path):
    from indexer import SearchEngineError

    backend = EmbeddedBackend(tmp_path)
    (tmp_path / "gen-v0-old").mkdir()
    (tmp_path / "CURRENT").unlink()
    (tmp_path / "CURRENT").symlink_to("gen-v0-old")
    with pytest.raises(SearchEngineError, match="reindex"):
        EmbeddedBackend(tmp_path).search(SearchQuery())
    assert backend.reindex(CORPUS[:2]) == 2
    assert EmbeddedBackend(tmp_path).count() == 2
    assert not (tmp_path / "gen-v0-old").exists()


def test_the_shim_rewrites_only_elastic_media_types():
    from indexer.es_shim import rewrite_media_type

    assert rewrite_media_type("application/vnd.elasticsearch+json; compatible-with=9") == "application/json"
    assert rewrite_media_type("application/vnd.elasticsearch+x-ndjson;compatible-with=8") == "application/x-ndjson"
    assert rewrite_media_type("application/json, text/plain") == "application/json, text/plain"
