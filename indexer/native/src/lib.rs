//! `indexer._fields`: the analysed forms of known words, stored compactly, and a document's
//! analysed fields joined from them in one pass.
//!
//! `indexer.fields` holds the same in Python (the reference, used where this module is not
//! built). A rebuild joins hundreds of terms per document; with a tuple and a string object per
//! term, and a dict per field to drop repeated terms, that was the largest single cost. Here every
//! distinct term is stored once and numbered, a word is a run of term numbers, and a field drops
//! repeats by marking the numbers it has seen.

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

impl FormStore {
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
    fn new() -> Self {
        FormStore::default()
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

    /// Forgets every word: numbers given before are no longer valid.
    fn clear(&mut self) {
        *self = FormStore::default();
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
