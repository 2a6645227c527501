"""The form store that joins a document's analysed fields: the compiled one (``indexer._fields``,
Rust) against the Python reference, on generated forms and on real catalogue text."""

import csv
import gzip
from itertools import islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer import documents
from indexer.analysis import WORD_RE
from indexer.fields import NativeFormStore, PythonFormStore
from indexer.kazakh import APOSTROPHES

from .conftest import IN_CI, shared_path
from .test_search_contract import CORPUS


def native_store(apostrophes: str = ""):
    """Return a new compiled store; fail under CI=true when it was not built, skip elsewhere."""
    if NativeFormStore is None:
        message = "indexer._fields is not built: pip install -e . needs a Rust toolchain (cargo)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return NativeFormStore(apostrophes)


STORES = [pytest.param(PythonFormStore, id="python"), pytest.param(native_store, id="native")]

# terms as the analysis makes them, and the odd ones it never makes (empty, spaces, astral)
_TERM = st.one_of(
    st.sampled_from(["жамбыл", "jambyl", "домбра", "домбр", "dombra", "қазақ", "kazak", "ё", "e", "1890", ""]),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12),
)
_FORMS = st.tuples(_TERM, st.tuples(*[_TERM] * 2), st.lists(_TERM, max_size=3).map(tuple),
                   st.lists(_TERM, max_size=6).map(tuple))


@given(words=st.lists(_FORMS, min_size=1, max_size=12), picks=st.data())
@settings(max_examples=300, deadline=None)
def test_the_compiled_store_joins_as_the_reference_does(words, picks):
    store = native_store()
    reference = PythonFormStore()
    numbers = [store.add(*forms) for forms in words]
    assert numbers == [reference.add(*forms) for forms in words] == list(range(len(words)))
    for _ in range(3):  # repeated joins: what one document saw must not leak into the next
        pick = st.lists(st.sampled_from(numbers), max_size=30)
        title, text = picks.draw(pick), picks.draw(pick)
        assert store.join(title, text) == reference.join(title, text)


@pytest.mark.parametrize("make", STORES)
def test_join_gives_each_field_once_each_in_first_seen_order(make):
    store = make()
    jambyl = store.add("жамбыл", ("jambil",), ("жамбыл",), ("ж", "жа", "j", "ja"))
    dombra = store.add("домбра", ("dombra",), ("домбр",), ("д", "до", "d", "do"))
    jambyl_en = store.add("jambyl", ("jambil",), ("jambyl",), ("j", "ja", "jam"))
    assert store.join([jambyl, dombra, jambyl_en, dombra], [dombra, dombra, jambyl]) == (
        "жамбыл домбра jambyl",  # title_x
        "жамбыл домбр jambyl",  # title_s
        "jambil dombra",  # title_k: both spellings of the name meet in one key
        "домбра жамбыл",  # text_x
        "домбр жамбыл",  # text_s
        "dombra jambil",  # text_k
        "ж жа j ja д до d do jam",  # prefix: from titles only
    )
    assert store.join([], []) == ("",) * 7
    assert len(store) == 3


@pytest.mark.parametrize("make", STORES)
def test_bad_forms_and_numbers_are_refused(make):
    store = make()
    with pytest.raises(TypeError, match="keys"):
        store.add("a", ("b", 1), (), ())
    with pytest.raises(TypeError, match="prefixes"):
        store.add("a", (), (), ["a"])
    number = store.add("a", ("a",), ("a",), ("a",))
    for numbers in ([number + 1], [-1]):
        with pytest.raises(IndexError):
            store.join(numbers, [])
        with pytest.raises(IndexError):
            store.join([], numbers)
    store.clear()
    assert len(store) == 0
    with pytest.raises(IndexError):
        store.join([number], [])


def _tate_documents(count: int) -> list[dict]:
    with gzip.open(shared_path("data", "tate", "artworks.csv.gz"), "rt", encoding="utf-8", newline="") as rows:
        return [{"id": f"exhibit:tate-{row['id']}", "type": "exhibit",
                 "title": {"en": row["title"]}, "description": {"en": row["inscription"]},
                 "materials": {"en": [row["medium"]]}, "makers": {"en": [row["artist"]]},
                 "keywords": {"en": row["subjects"].split(" | ")}, "inventory_number": row["accession_number"]}
                for row in islice(csv.DictReader(rows), count)]


@pytest.fixture
def own_store(monkeypatch):
    """Yield a function that makes prepare() use a given store; the module's tables never keep its numbers."""
    def use(store):
        monkeypatch.setattr(documents, "_STORE", store)
        documents._start_afresh()
    yield use
    documents._start_afresh()


def test_documents_are_analysed_alike_with_either_store(own_store):
    docs = CORPUS + _tate_documents(2000)
    analysed = {}
    for make in (PythonFormStore, native_store):
        own_store(make(APOSTROPHES))
        analysed[make] = [documents.prepare(doc) for doc in docs]
    assert analysed[PythonFormStore] == analysed[native_store]
    assert any("jambil" in doc.terms["title_k"] for doc in analysed[native_store])


# text as catalogues have it: letters of both alphabets and others, digits, apostrophes inside and
# around words, combining marks, underscores, punctuation, spaces, and anything else
_TEXT = st.text(st.one_of(
    st.sampled_from(list("жамбылқазақJambylİıі0189 _-.,/\n\t") + list(APOSTROPHES) + ["\u0301", "\u0307", "\u0483"]),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
), max_size=40)


@pytest.mark.parametrize("make", STORES)
@given(text=_TEXT)
@settings(max_examples=400, deadline=None)
def test_a_text_is_split_into_the_words_the_word_pattern_finds(make, text):
    found, missing = make(APOSTROPHES).text_numbers(text, 0)
    assert [word for _, word in missing] == WORD_RE.findall(text)
    assert found == [-1] * len(missing) and [place for place, _ in missing] == list(range(len(missing)))


@pytest.mark.parametrize("make", STORES)
def test_learnt_words_are_found_in_their_own_table_until_the_store_is_cleared(make):
    store = make(APOSTROPHES)
    jambyl = store.add("жамбыл", ("jambil",), ("жамбыл",), ("ж",))
    dombra = store.add("домбра", ("dombra",), ("домбр",), ("д",))
    store.learn("Жамбыл", 0, jambyl)
    store.learn("домбра", 0, dombra)
    store.learn("домбра", 1, jambyl)  # another language's table: its own numbers
    assert store.text_numbers("Жамбыл, домбра — Жамбыл'дың!", 0) == (
        [jambyl, dombra, -1], [(2, "Жамбыл'дың")])
    assert store.text_numbers("домбра", 1) == ([jambyl], [])
    assert store.word_numbers(["домбра", "ән"], 0) == ([dombra, -1], [(1, "ән")])
    assert (store.known(0), store.known(1), store.known(2)) == (2, 1, 0)
    with pytest.raises(IndexError):
        store.learn("ән", 0, dombra + 1)  # no such stored word
    with pytest.raises(TypeError):
        store.word_numbers(["ән", 1], 0)
    store.clear()
    assert store.known(0) == 0 and store.text_numbers("домбра", 0) == ([-1], [(0, "домбра")])
