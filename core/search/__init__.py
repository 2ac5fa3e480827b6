"""Vietnamese full-text search on PostgreSQL, folded in Python (DESIGN §6).

Why not PostgreSQL's parser: the embedded server has no ``unaccent`` and its parser
splits document numbers (``3249/QĐ-UBND``) into odd tokens, so tokens are made here
and stored as ``tsvector`` literals; PostgreSQL only indexes (GIN) and matches them.

A searchable row carries four columns (see :class:`SearchableMixin`):

- ``search_vector``: folded tokens (no diacritics, ``đ`` → ``d``) of the head (title,
  number, summary; weight A) and of the body (weight D). Every match uses it.
- ``search_head``: folded head tokens only; small, so ranking never reads the body.
- ``search_exact``: head tokens with their diacritics (tone placement canonicalised),
  so that matches typed with the exact marks rank first.
- ``number_keys``: normalised document numbers, matched exactly (``3249/QĐ-UBND``,
  ``3249/qd-ubnd`` and ``3249 QD UBND`` all give ``3249-qd-ubnd``).

Ranking is bounded: only the head is ranked; body-only matches follow by date.
Other plugins call :func:`search_fields` when saving and :func:`apply_search` on
their querysets.
"""

from __future__ import annotations

from core.search.text import (  # noqa: F401
    ParsedQuery,
    exact_tokens,
    fold_tokens,
    number_key,
    parse_query,
    search_fields,
    tsquery_literal,
    tsvector_literal,
)
