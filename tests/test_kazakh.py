"""Kazakh normalisation and collation (pure functions, no engine)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.analysis import compact_key, full_key, word_forms, words
from indexer.collation import KAZAKH_CYRILLIC, sort_key
from indexer.documents import centuries
from indexer.kazakh import casefold, search_key, to_latin

SPELLINGS = [
    ("Жамбыл", "Jambyl", "Zhambyl", "JAMBYL", "жамбыл"),
    ("Қазақстан", "Qazaqstan", "Kazakhstan", "QAZAQSTAN"),
    ("Ұлытау", "Ūlytau", "Ulytau", "ULYTAU", "Ulytaw"),
    ("Шығыс", "Şyğys", "Shygys", "S'yg'ys", "ŞYĞYS"),
    ("Әбілхайыр", "Äbılhaiyr", "Abilkhair", "ÄBILHAIYR", "Abylkhair"),
    ("Маңғыстау", "Mañğystau", "Mangystau", "Mang'ystau"),
    ("Шымкент", "Şymkent", "Shymkent"),
    ("Ақтөбе", "Aqtöbe", "Aktobe", "Aqto'be"),
    ("Өскемен", "Öskemen", "Oskemen", "Óskemen"),
]


@pytest.mark.parametrize("spellings", SPELLINGS, ids=lambda group: group[0])
def test_every_spelling_of_a_name_has_one_key(spellings):
    keys = {search_key(spelling) for spelling in spellings}
    assert len(keys) == 1, keys


def test_keys_of_different_names_differ():
    names = ["Жамбыл", "Қазақстан", "Ұлытау", "Шығыс", "Әбілхайыр", "Алматы", "Астана", "Атырау"]
    assert len({search_key(name) for name in names}) == len(names)


def test_search_key_values():
    assert search_key("Жамбыл") == "jambil"
    assert search_key("Kazakhstan") == "kazakstan"
    assert search_key("Шығыс") == "shigis"
    assert search_key("1941") == "1941"


@pytest.mark.parametrize(
    "text, folded",
    [
        ("İNJÜ", "injü"),  # Latin capital İ: no stray combining dot
        ("İnjü", "injü"),
        ("ıINJU", "iinju"),  # dotless ı and capital I both fold to i
        ("Ёлка", "елка"),  # ё = е
        ("ЖАМБЫЛ", "жамбыл"),
        ("Straße", "strasse"),
        ("Й", "й"),
    ],
)
def test_casefold(text, folded):
    assert casefold(text) == folded
    assert "\u0307" not in casefold(text)


def test_casefold_composes_decomposed_input():
    decomposed = "и\u0306"  # и + combining breve = й
    assert casefold(decomposed) == "й"


def test_to_latin_follows_the_2021_alphabet():
    assert to_latin("Қазақстан") == "Qazaqstan"
    assert to_latin("Шығыс") == "Şyğys"
    assert to_latin("Ұлытау") == "Ūlytau"
    assert to_latin("Әбілхайыр") == "Äbılhaiyr"
    assert to_latin("Жамбыл") == "Jambyl"
    assert to_latin("ИЙ иі") == "İİ iı"
    assert to_latin("Маңғыстау") == "Mañğystau"


def test_words_keep_apostrophes_inside_and_split_punctuation():
    assert [w.text for w in words("S'yg'ys «Алтын адам» (КП-1234/5), 🏺 ok")] == [
        "S'yg'ys", "Алтын", "адам", "КП", "1234", "5", "ok",
    ]
    word = list(words("a Жамбыл"))[1]
    assert (word.start, word.end) == (2, 8)


def test_word_forms_stem_russian_and_english_and_fold_yo():
    assert word_forms("Сабли", "ru").stems == ("сабл",)
    assert word_forms("сабля", "ru").stems == ("сабл",)
    assert word_forms("Ковёр", "ru").exact == "ковер"
    assert word_forms("Swords", "en").stems == ("sword",)
    assert word_forms("домбырасы", "kk").stems == ("домбырасы",)  # Kazakh: no stemmer


def test_whole_title_and_inventory_keys():
    assert full_key("Жамбыл Жабаев") == full_key("Zhambyl  JABAEV!")
    assert compact_key("КП-1234/5") == compact_key("kp 1234 5") == "kp12345"
    # digits are never collapsed as doubled letters are: these are two objects
    assert compact_key("КП-1100") == "kp1100" != compact_key("КП-10")
    assert word_forms("1100").keys == ("1100",) and word_forms("Маххамбет").key == word_forms("Махамбет").key


def test_kazakh_alphabetical_order():
    words_in_order = [
        "алқа", "әшекей", "бесік", "ғибадат", "дойбы", "ер", "ёлка", "жүзік", "қамшы", "ңғ",
        "өрнек", "ұршық", "үкі", "хат", "һәм", "шапан", "ыдыс", "іргетас", "эмаль", "яшма",
    ]
    shuffled = sorted(words_in_order, key=lambda w: w[::-1])
    assert sorted(shuffled, key=lambda w: sort_key(w, "kk")) == words_in_order


def test_every_kazakh_letter_has_its_own_place():
    keys = [sort_key(letter, "kk") for letter in KAZAKH_CYRILLIC]
    assert keys == sorted(keys)
    assert len(set(keys)) == 42


def test_code_point_order_would_be_wrong():
    # ә (U+04D9) sorts after я by code point; in Kazakh it follows а
    assert sorted(["әке", "ана", "бала"]) == ["ана", "бала", "әке"]
    assert sorted(["әке", "ана", "бала"], key=lambda w: sort_key(w, "kk")) == ["ана", "әке", "бала"]


def test_sort_key_ignores_case_and_punctuation():
    assert sort_key("«Алтын адам»", "kk") == sort_key("алтын АДАМ", "kk")
    assert sort_key("Ақ бөрі", "kk") < sort_key("Ақбөрі", "kk")


def test_russian_order_treats_yo_as_ye_and_puts_cyrillic_first():
    assert sort_key("ёж", "ru")[:10] == sort_key("еж", "ru")[:10]
    assert sort_key("ёлка", "kk") > sort_key("ель", "kk")  # Kazakh: ё is its own letter after е
    assert sort_key("яблоко", "ru") < sort_key("apple", "ru")
    assert sort_key("apple", "en") < sort_key("яблоко", "en")


def test_kazakh_latin_order_puts_dotless_i_before_i():
    # 2021 alphabet: ... H, I (ı), İ (i), J ...
    assert sorted(["İnju", "Iz", "Jer", "Hat"], key=lambda w: sort_key(w, "kk")) == ["Hat", "Iz", "İnju", "Jer"]


def test_english_order_folds_diacritics():
    assert sorted(["Zebra", "Äbılhaiyr", "apple"], key=lambda w: sort_key(w, "en")) == ["Äbılhaiyr", "apple", "Zebra"]


def test_digits_before_letters():
    assert sort_key("1941 хат", "kk") < sort_key("алқа", "kk")


@pytest.mark.parametrize(
    "years, expected",
    [
        ((1890, 1900), ["19"]),
        ((1901, None), ["20"]),
        ((-400, -300), ["-4", "-3"]),
        ((-1, 1), ["-1", "1"]),
        ((None, None), []),
        ((1950, 1850), ["19", "20"]),
    ],
)
def test_centuries(years, expected):
    assert centuries(*years) == expected


# --- the fast paths of analysis give what the plain ones give ------------------------------------------

_TEXT = st.text(alphabet=st.sampled_from(list("aZ9_ -.,'’ʼ`´\u0301\u0307\u0308ҚқӘәІіİıЁёЖж\u00e9e\n") + ["🙂"]),
                max_size=60)


@given(_TEXT)
@settings(max_examples=300, deadline=None)
def test_word_list_finds_the_words_the_word_pattern_finds(text):
    from indexer.analysis import WORD_RE, word_list

    assert word_list(text) == WORD_RE.findall(text) == [word.text for word in words(text)]


def test_documents_analysed_after_the_word_table_starts_afresh_are_the_same(monkeypatch):
    from indexer import documents

    doc = {"id": "exhibit:1", "type": "exhibit",
           "title": {"kk": "Жамбыл Жабаевтың домбырасы", "ru": "Домбра Джамбула Джабаева", "en": "Jambyl's dombra"},
           "description": {"ru": "Домбра из ели, струны жильные.", "en": "A spruce dombra with gut strings."},
           "materials": {"kk": ["шырша"], "en": ["spruce"]}, "inventory_number": "КП-1234/5"}
    first = documents.prepare(doc)
    monkeypatch.setattr(documents, "_MAX_ANALYSED", 3)  # every document now overflows the tables
    assert documents.prepare(doc) == documents.prepare(doc) == first
    # started afresh before each document: only the words of the last one are kept
    known = [documents._STORE.known(table) for table in documents._TABLE.values()]
    assert all(count <= 12 for count in known)
    assert len(documents._STORE) == sum(known)
