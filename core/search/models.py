"""The search columns as an abstract model, and ranking for one model's queryset.

Why a mixin rather than Wagtail's search index: the columns live on the row, so a
tenant's search stays in its schema (no shared index to leak across tenants), the
GIN index answers at 100,000 rows, and several tables (a tenant's and the shared
public ones) can be searched in one UNION.
"""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models.expressions import RawSQL

from core.search.text import ParsedQuery, parse_query, search_fields

# Ranking weights: an exact number beats everything, then all words in the head,
# then the same words with the exact diacritics, then ts_rank of the head (0..1).
NUMBER_SCORE = 100.0
HEAD_SCORE = 10.0
EXACT_SCORE = 5.0


class SearchableMixin(models.Model):
    """Abstract: the four search columns (see :mod:`core.search`).

    Subclasses implement :meth:`search_parts` and add the indexes returned by
    :func:`search_indexes` to their ``Meta.indexes``.
    """

    search_vector = SearchVectorField(null=True, editable=False)
    search_head = SearchVectorField(null=True, editable=False)
    search_exact = SearchVectorField(null=True, editable=False)
    number_keys = ArrayField(
        models.CharField(max_length=120), default=list, blank=True, editable=False
    )

    class Meta:
        abstract = True

    def search_parts(self) -> tuple[list[str], list[str], list[str]]:
        """(head texts, body texts, numbers) of this row."""
        raise NotImplementedError

    def fill_search_fields(self) -> None:
        """Set the search columns from the row's text (call before saving)."""
        head, body, numbers = self.search_parts()
        for name, value in search_fields(head, body, numbers).items():
            setattr(self, name, value)


def search_indexes(prefix: str) -> list[models.Index]:
    """GIN indexes for the match column and the number keys (name prefix ≤ 20)."""
    return [
        GinIndex(fields=["search_vector"], name=f"{prefix}_sv_gin"),
        GinIndex(fields=["number_keys"], name=f"{prefix}_nk_gin"),
    ]


def match_sql(query: ParsedQuery, alias: str = "") -> tuple[str, list]:
    """SQL condition and params: folded words all present, or a number matched."""
    col = f"{alias}." if alias else ""
    clauses: list[str] = []
    params: list = []
    if query.folded:
        clauses.append(f"{col}search_vector @@ %s::tsquery")
        params.append(query.folded_tsquery)
    if query.numbers:
        clauses.append(f"{col}number_keys && %s::varchar[]")
        params.append(list(query.numbers))
    if not clauses:
        return "FALSE", []
    return "(" + " OR ".join(clauses) + ")", params


def score_sql(query: ParsedQuery, alias: str = "") -> tuple[str, list]:
    """SQL expression and params of the bounded relevance score (head only)."""
    col = f"{alias}." if alias else ""
    parts: list[str] = []
    params: list = []
    if query.numbers:
        parts.append(
            f"(CASE WHEN {col}number_keys && %s::varchar[] THEN %s ELSE 0 END)"
        )
        params += [list(query.numbers), NUMBER_SCORE]
    if query.folded:
        tsq = query.folded_tsquery
        parts.append(
            f"(CASE WHEN {col}search_head @@ %s::tsquery "
            f"THEN %s + ts_rank({col}search_head, %s::tsquery) ELSE 0 END)"
        )
        params += [tsq, HEAD_SCORE, tsq]
        if query.has_marks:
            parts.append(
                f"(CASE WHEN {col}search_exact @@ %s::tsquery THEN %s ELSE 0 END)"
            )
            params += [query.exact_tsquery, EXACT_SCORE]
    if not parts:
        return "0", []
    return "(" + " + ".join(parts) + ")", params


def apply_search(queryset: models.QuerySet, q: str) -> models.QuerySet:
    """Filter ``queryset`` (a :class:`SearchableMixin` model) to matches of ``q`` and
    annotate ``search_score``; order with ``.order_by("-search_score", ...)``."""
    query = parse_query(q)
    if query.empty:
        return queryset.none()
    table = queryset.model._meta.db_table
    cond, cparams = match_sql(query, f'"{table}"')
    score, sparams = score_sql(query, f'"{table}"')
    return queryset.extra(where=[cond], params=cparams).annotate(  # noqa: S610
        search_score=RawSQL(score, sparams)
    )
