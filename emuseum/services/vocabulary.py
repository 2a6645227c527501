"""Controlled vocabularies: object types, materials, techniques."""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import VOCABULARIES, Term
from . import indexing
from .errors import NotFound


def ensure_terms(session: Session, vocabulary: str, terms: Iterable[dict]) -> int:
    """Return how many terms were added or updated; each dict has code, kk, ru, en and optional uri."""
    if vocabulary not in VOCABULARIES:
        raise NotFound(f"no vocabulary {vocabulary!r}", "vocabulary")
    existing = {t.code: t for t in session.scalars(select(Term).where(Term.vocabulary == vocabulary))}
    touched = 0
    relabelled = []
    for item in terms:
        term = existing.get(item["code"]) or Term(vocabulary=vocabulary, code=item["code"])
        values = {"label_kk": item["kk"], "label_ru": item["ru"], "label_en": item["en"],
                  "uri": item.get("uri", "") or ""}
        if term.id is not None and all(getattr(term, k) == v for k, v in values.items()):
            continue
        if term.id is not None:
            relabelled.append(term.id)
        for key, value in values.items():
            setattr(term, key, value)
        session.add(term)
        touched += 1
    indexing.queue_term_exhibits(session, relabelled)  # labels are searchable words of exhibits
    session.commit()
    return touched


def list_terms(session: Session, vocabulary: str) -> list[Term]:
    """Return the terms of one vocabulary ordered by code."""
    return list(session.scalars(select(Term).where(Term.vocabulary == vocabulary).order_by(Term.code)))


def terms_by_code(session: Session, vocabulary: str, codes: Iterable[str]) -> tuple[list[Term], list[str]]:
    """Return the terms found for the codes, and the codes that are not in the vocabulary."""
    codes = list(codes)
    found = {t.code: t for t in session.scalars(
        select(Term).where(Term.vocabulary == vocabulary, Term.code.in_(codes)))}
    return [found[c] for c in codes if c in found], [c for c in codes if c not in found]
