//! `indexer._fields`: the analysed forms of known words, stored compactly, and a document's
//! analysed fields joined from them in one pass.
//!
//! `indexer.fields` holds the same in Python (the reference, used where this module is not
//! built). A rebuild joins hundreds of terms per document; with a tuple and a string object per
//! term, and a dict per field to drop repeated terms, that was the largest single cost. Here every
//! distinct term is stored once and numbered, a word is a run of term numbers, and a field drops
//! repeats by marking the numbers it has seen.
//!
//! The store also knows which number each word of each language has (`text_numbers`,
//! `word_numbers`, `learn`): splitting texts into words with a regular expression and looking each
//! word up in a Python dict came next in cost. Words are split as `indexer.analysis.WORD_RE`
//! splits them; which characters are letters or digits is asked of Python's own `str.isalnum`
//! (once per character), so both sides agree on every character.

use std::collections::HashMap;

use pyo3::exceptions::{PyIndexError, PyOverflowError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString, PyTuple};

/// The fields a document's terms go to, in the order `join` returns them.
const TITLE_X: usize = 0;
const TITLE_S: usize = 1;
const TITLE_K: usize = 2;
const TEXT_X: usize = 3;
const TEXT_S: usize = 4;
const TEXT_K: usize = 5;
const PREFIX: usize = 6;
const FIELDS: usize = 7;

/// Which of a word's forms a term is (the order of `FormStore.add`'s arguments).
#[derive(Clone, Copy, PartialEq)]
enum Form {
    Exact,
    Key,
    Stem,
    Prefix,
}

/// The field each form goes to, from a title and from a text (`None`: not indexed from there).
fn field_of(form: Form, title: bool) -> Option<usize> {
    match (form, title) {
        (Form::Exact, true) => Some(TITLE_X),
        (Form::Stem, true) => Some(TITLE_S),
        (Form::Key, true) => Some(TITLE_K),
        (Form::Prefix, true) => Some(PREFIX),
        (Form::Exact, false) => Some(TEXT_X),
        (Form::Stem, false) => Some(TEXT_S),
        (Form::Key, false) => Some(TEXT_K),
        (Form::Prefix, false) => None,
    }
}

/// A stored word: its terms are `FormStore::forms[first..first + count]`.
#[derive(Clone, Copy)]
struct Word {
    first: u32,
    count: u32,
}

/// The forms of known words: `add` stores one and returns its number, `join` builds a
/// document's fields from the numbers of its words.
#[pyclass(module = "indexer._fields")]
#[derive(Default)]
struct FormStore {
    /// per word table (a language): word → its number in `words`
    tables: Vec<HashMap<Box<str>, u32>>,
    /// characters that join two runs of letters into one word (indexer.kazakh.APOSTROPHES)
    apostrophes: Vec<char>,
    /// code point → 0 not yet asked, 1 not a word character, 2 a word character
    word_chars: Vec<u8>,
    words: Vec<Word>,
    /// every word's terms, word after word: (form, term number)
    forms: Vec<(Form, u32)>,
    /// term number → its place in `text`
    spans: Vec<(u32, u32)>,
    text: Vec<u8>,
    numbers: HashMap<Box<str>, u32>,
    /// term number → the last call of `join` that put it in each field
    marks: Vec<[u32; FIELDS]>,
    calls: u32,
    joined: [Vec<u8>; FIELDS],
    counts: [usize; FIELDS],
}

/// Combining diacritical marks count as letters inside words (`indexer.analysis._WORD_CHARS`).
const MARKS: std::ops::RangeInclusive<u32> = 0x0300..=0x036f;

impl FormStore {
    /// Whether `ch` is part of words: a letter or digit by Python's `str.isalnum`, or a combining mark.
    fn is_word_char(&mut self, py: Python<'_>, ch: char) -> PyResult<bool> {
        let code = ch as u32;
        if code < 0x80 {
            return Ok(ch.is_ascii_alphanumeric());
        }
        if MARKS.contains(&code) {
            return Ok(true);
        }
        if self.word_chars.is_empty() {
            self.word_chars = vec![0; 0x11_0000];
        }
        let known = self.word_chars[code as usize];
        if known != 0 {
            return Ok(known == 2);
        }
        let mut buffer = [0u8; 4];
        let yes: bool = PyString::new(py, ch.encode_utf8(&mut buffer)).call_method0("isalnum")?.extract()?;
        self.word_chars[code as usize] = if yes { 2 } else { 1 };
        Ok(yes)
    }

    /// Returns the words of `text`, as `WORD_RE.findall(text)` finds them.
    fn split<'t>(&mut self, py: Python<'_>, text: &'t str) -> PyResult<Vec<&'t str>> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut flags = Vec::with_capacity(chars.len());
        for &(_, ch) in &chars {
            flags.push(self.is_word_char(py, ch)?);
        }
        let at = |i: usize| if i < chars.len() { chars[i].0 } else { text.len() };
        let mut words = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if !flags[i] {
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && flags[i] {
                i += 1;
            }
            // an apostrophe between two runs of word characters joins them
            while i + 1 < chars.len() && self.apostrophes.contains(&chars[i].1) && flags[i + 1] {
                i += 1;
                while i < chars.len() && flags[i] {
                    i += 1;
                }
            }
            words.push(&text[at(start)..at(i)]);
        }
        Ok(words)
    }

    /// Returns ([number of each word, -1 where not known], [(place, word) of each word not known]).
    fn numbers<'py>(&self, py: Python<'py>, words: &[&str], table: usize)
                    -> PyResult<(Bound<'py, PyList>, Bound<'py, PyList>)> {
        let known = self.tables.get(table);
        let mut found: Vec<i64> = Vec::with_capacity(words.len());
        let missing = PyList::empty(py);
        for (place, word) in words.iter().enumerate() {
            match known.and_then(|known| known.get(*word)) {
                Some(&number) => found.push(i64::from(number)),
                None => {
                    found.push(-1);
                    missing.append((place, *word))?;
                }
            }
        }
        Ok((PyList::new(py, found)?, missing))
    }

    fn term(&mut self, text: &str) -> PyResult<u32> {
        if let Some(&number) = self.numbers.get(text) {
            return Ok(number);
        }
        let too_many = || PyOverflowError::new_err("the form store is full: clear it");
        let number = u32::try_from(self.spans.len()).map_err(|_| too_many())?;
        let start = u32::try_from(self.text.len()).map_err(|_| too_many())?;
        let end = u32::try_from(self.text.len() + text.len()).map_err(|_| too_many())?;
        self.text.extend_from_slice(text.as_bytes());
        self.spans.push((start, end));
        self.marks.push([0; FIELDS]);
        self.numbers.insert(text.into(), number);
        Ok(number)
    }

    fn push(&mut self, text: &str, form: Form) -> PyResult<()> {
        let number = self.term(text)?;
        self.forms.push((form, number));
        Ok(())
    }

    fn push_all(&mut self, texts: &Bound<'_, PyTuple>, form: Form, what: &str) -> PyResult<()> {
        for item in texts.iter() {
            let text = item.cast::<PyString>().map_err(|_| PyTypeError::new_err(format!("{what} must be text")))?;
            self.push(text.to_str()?, form)?;
        }
        Ok(())
    }

    /// Adds the terms of the words numbered in `numbers` to the joined fields (title or text ones).
    fn add_words(&mut self, numbers: &Bound<'_, PyList>, title: bool) -> PyResult<()> {
        let call = self.calls;
        for item in numbers.iter() {
            let number: i64 = item.extract()?;
            let word = *usize::try_from(number)
                .ok()
                .and_then(|number| self.words.get(number))
                .ok_or_else(|| PyIndexError::new_err(format!("no stored word {number}")))?;
            for &(form, term) in &self.forms[word.first as usize..(word.first + word.count) as usize] {
                let Some(field) = field_of(form, title) else { break }; // prefixes come last
                let mark = &mut self.marks[term as usize][field];
                if *mark == call {
                    continue; // already in this field
                }
                *mark = call;
                let joined = &mut self.joined[field];
                // separators as " ".join puts them: an empty first term still counts
                if self.counts[field] > 0 {
                    joined.push(b' ');
                }
                self.counts[field] += 1;
                let (start, end) = self.spans[term as usize];
                joined.extend_from_slice(&self.text[start as usize..end as usize]);
            }
        }
        Ok(())
    }
}

#[pymethods]
impl FormStore {
    #[new]
    #[pyo3(signature = (apostrophes = ""))]
    fn new(apostrophes: &str) -> Self {
        FormStore { apostrophes: apostrophes.chars().collect(), ..FormStore::default() }
    }

    /// Returns the number of a newly stored word with these forms (exact, keys, stems, prefixes).
    fn add(&mut self, exact: &str, keys: &Bound<'_, PyTuple>, stems: &Bound<'_, PyTuple>,
           prefixes: &Bound<'_, PyTuple>) -> PyResult<usize> {
        let first = self.forms.len();
        self.push(exact, Form::Exact)?;
        self.push_all(keys, Form::Key, "keys")?;
        self.push_all(stems, Form::Stem, "stems")?;
        self.push_all(prefixes, Form::Prefix, "prefixes")?;
        self.words.push(Word { first: first as u32, count: (self.forms.len() - first) as u32 });
        Ok(self.words.len() - 1)
    }

    /// Returns (title_x, title_s, title_k, text_x, text_s, text_k, prefix) for a document whose
    /// titles and texts have the numbered words: each field's terms space-separated, in first-seen
    /// order, once each.
    fn join<'py>(&mut self, py: Python<'py>, title: &Bound<'py, PyList>, text: &Bound<'py, PyList>)
                 -> PyResult<Bound<'py, PyTuple>> {
        self.calls = self.calls.wrapping_add(1);
        if self.calls == 0 {
            // the marks would repeat: start them again
            self.marks.iter_mut().for_each(|marks| *marks = [0; FIELDS]);
            self.calls = 1;
        }
        self.joined.iter_mut().for_each(Vec::clear);
        self.counts = [0; FIELDS];
        self.add_words(title, true)?;
        self.add_words(text, false)?;
        // whole UTF-8 terms with ASCII spaces between: UTF-8
        let fields: [Bound<'py, PyString>; FIELDS] = std::array::from_fn(|field| {
            PyString::new(py, unsafe { std::str::from_utf8_unchecked(&self.joined[field]) })
        });
        PyTuple::new(py, fields)
    }

    /// Returns ([the number of each word of ``text`` in ``table``, -1 where the table has none],
    /// [(place, word) of each word it has none for]); the words are ``WORD_RE.findall(text)``.
    fn text_numbers<'py>(&mut self, py: Python<'py>, text: &str, table: usize)
                         -> PyResult<(Bound<'py, PyList>, Bound<'py, PyList>)> {
        let words = self.split(py, text)?;
        self.numbers(py, &words, table)
    }

    /// Returns what `text_numbers` returns, for words already split.
    fn word_numbers<'py>(&mut self, py: Python<'py>, words: &Bound<'py, PyList>, table: usize)
                         -> PyResult<(Bound<'py, PyList>, Bound<'py, PyList>)> {
        let mut texts = Vec::with_capacity(words.len());
        for item in words.iter() {
            texts.push(item.cast_into::<PyString>().map_err(|_| PyTypeError::new_err("words must be text"))?);
        }
        let strs: Vec<&str> = texts.iter().map(|text| text.to_str()).collect::<PyResult<_>>()?;
        self.numbers(py, &strs, table)
    }

    /// Records that `word` in `table` has the stored word numbered `number`.
    fn learn(&mut self, word: &str, table: usize, number: i64) -> PyResult<()> {
        if usize::try_from(number).ok().filter(|&number| number < self.words.len()).is_none() {
            return Err(PyIndexError::new_err(format!("no stored word {number}")));
        }
        if self.tables.len() <= table {
            self.tables.resize_with(table + 1, HashMap::new);
        }
        self.tables[table].insert(word.into(), number as u32);
        Ok(())
    }

    /// Returns how many words `table` knows.
    fn known(&self, table: usize) -> usize {
        self.tables.get(table).map_or(0, HashMap::len)
    }

    /// Forgets every word: numbers given before are no longer valid.
    fn clear(&mut self) {
        let apostrophes = std::mem::take(&mut self.apostrophes);
        let word_chars = std::mem::take(&mut self.word_chars);
        *self = FormStore { apostrophes, word_chars, ..FormStore::default() };
    }

    fn __len__(&self) -> usize {
        self.words.len()
    }
}

#[pymodule]
fn _fields(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<FormStore>()?;
    Ok(())
}
