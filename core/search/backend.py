"""Wagtail's PostgreSQL search backend, folded for Vietnamese (DESIGN §6).

Pages (and every model Wagtail indexes, in the admin too) are indexed raw *and*
folded (no diacritics, đ → d): ``Quy chế`` is stored as ``quy chế quy che``. A query
term matches its raw or its folded form, so ``quy che`` finds ``Quy chế`` and a query
typed with the exact marks matches both forms and ranks first. The configuration is
``simple``: ``english`` would drop folded syllables such as ``so``, ``to``, ``do``.
The embedded PostgreSQL has no ``unaccent``, hence folding in Python.

Registries with their own search columns (documents, questions) use ``core.search``.
"""

from __future__ import annotations

import re

from django.contrib.postgres.search import SearchQuery
from modelsearch.backends.database.postgres import postgres as pg
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText

from core.text.vietnamese import fold, nfc


def folded_text(text: str) -> str:
    """``text`` followed by its folded form when folding changes it."""
    text = nfc(text)
    folded = fold(text)
    return text if folded == text.lower() else f"{text} {folded}"


class FoldingIndexer(pg.ObjectIndexer):
    def prepare_value(self, value):
        return folded_text(super().prepare_value(value))


# modelsearch builds its indexers from this module-level name (PostgresIndex.add_items
# has no hook); our backend is the only one configured, so the swap is global on
# purpose and happens once, when this module is imported by Wagtail.
pg.ObjectIndexer = FoldingIndexer


class FoldingQueryMixin:
    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        terms = [t for t in re.split(r"[\s\-]+", nfc(query.query_string)) if t]
        if not terms:
            return None
        combined = None
        for index, term in enumerate(terms):
            prefix = self.LAST_TERM_IS_PREFIX and index == len(terms) - 1
            lexeme = Lexeme(term, invert=invert, prefix=prefix)
            folded = fold(term)
            if folded != term.lower():
                lexeme = lexeme | Lexeme(folded, invert=invert, prefix=prefix)
            if combined is None:
                combined = lexeme
            elif query.operator == "and":
                combined &= lexeme
            else:
                combined |= lexeme
        return SearchQuery(combined, search_type="raw", config=config)


class FoldingSearchQueryCompiler(FoldingQueryMixin, pg.PostgresSearchQueryCompiler):
    pass


class FoldingAutocompleteQueryCompiler(
    FoldingQueryMixin, pg.PostgresAutocompleteQueryCompiler
):
    pass


class FoldingSearchBackend(pg.PostgresSearchBackend):
    query_compiler_class = FoldingSearchQueryCompiler
    autocomplete_query_compiler_class = FoldingAutocompleteQueryCompiler


SearchBackend = FoldingSearchBackend
