"""One search over the unit's documents and the shared central/province ones.

Both tables carry the search columns of :mod:`core.search`; a UNION ALL ranks them
together. The ranking is bounded: only the head (title, number, summary) is scored;
the count stops at ``COUNT_CAP``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db import connection
from django.utils import timezone

from core.filters import YEAR_MAX, YEAR_MIN
from core.search.models import match_sql, score_sql
from core.search.text import ParsedQuery, parse_query
from plugins.documents_shared.common import status_sql

# Counting stops here ("more than 1,000"): an exact count of a broad query would
# read most of the table.
COUNT_CAP = 1000
# Relevance ranks at most this many candidates per table: the newest matches plus
# every exact number match. Bounds the work of broad queries ("quyet dinh").
CANDIDATE_CAP = 1000
PAGE_SIZE = 20
# A sane range for the year filter (the state's first legal documents .. far future);
# a year outside it is refused by the form and the API, and ignored here.
LOCAL = "l"
SHARED = "s"


@dataclass
class Filters:
    doc_type: str = ""
    authority: str = ""
    sector: str = ""
    year: int | None = None
    status: str = ""
    scope: str = ""  # "" = all, "local", "shared"

    def active(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if v}


@dataclass
class Hit:
    source: str
    pk: int
    score: float


@dataclass
class Result:
    query: ParsedQuery
    filters: Filters
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    capped: bool = False
    objects: list = field(default_factory=list)
    # Relevance pages reach only the ranked candidates (None: no limit).
    reachable: int | None = None
    # The page shown; ``requested_page`` differs when the one asked for was beyond
    # the last page (then the last page is shown).
    page: int = 1
    requested_page: int = 1

    @property
    def page_clamped(self) -> bool:
        return self.page != self.requested_page

    def pages(self, page_size: int = PAGE_SIZE) -> int:
        """Number of pages the caller may offer."""
        shown = (
            self.total if self.reachable is None else min(self.total, self.reachable)
        )
        return max(1, -(-shown // page_size))


def _tables() -> list[tuple[str, str]]:
    from plugins.documents.models import Document
    from plugins.documents_shared.models import SharedDocument

    on_tenant = connection.schema_name != "public"
    tables = [(SHARED, SharedDocument._meta.db_table)]
    if on_tenant:
        tables.insert(0, (LOCAL, Document._meta.db_table))
    return tables


def _where(query: ParsedQuery, filters: Filters, today: date) -> tuple[str, list]:
    clauses = ["live"]
    params: list = []
    if not query.empty:
        cond, cparams = match_sql(query)
        clauses.append(cond)
        params += cparams
    if filters.doc_type:
        clauses.append("doc_type = %s")
        params.append(filters.doc_type)
    if filters.authority:
        clauses.append("authority ILIKE %s")
        params.append(f"%{filters.authority}%")
    if filters.sector:
        clauses.append("sector ILIKE %s")
        params.append(f"%{filters.sector}%")
    if filters.year and YEAR_MIN <= filters.year <= YEAR_MAX:
        clauses.append("issued_on >= %s AND issued_on < %s")
        params += [date(filters.year, 1, 1), date(filters.year + 1, 1, 1)]
    if filters.status:
        sql, sparams = status_sql(today)
        clauses.append(f"{sql} = %s")
        params += [*sparams, filters.status]
    return " AND ".join(clauses), params


def search(
    q: str,
    filters: Filters | None = None,
    *,
    sort: str = "relevance",
    page: int = 1,
    page_size: int = PAGE_SIZE,
) -> Result:
    """Search the registry of the current schema (plus the shared documents)."""
    filters = filters or Filters()
    query = parse_query(q)
    today = timezone.localdate()
    where, wparams = _where(query, filters, today)
    score, sparams = score_sql(query) if not query.empty else ("0", [])
    selects: list[str] = []
    params: list = []
    counts: list[str] = []
    cparams: list = []
    for source, table in _tables():
        if filters.scope == "local" and source != LOCAL:
            continue
        if filters.scope == "shared" and source != SHARED:
            continue
        if sort == "date" or query.empty:
            selects.append(
                f"SELECT '{source}' AS src, id, issued_on, 0 AS score "
                f'FROM "{table}" WHERE {where}'
            )
            params += wparams
        else:
            cols = "id, issued_on, search_head, search_exact, number_keys"
            cand = (
                f'(SELECT {cols} FROM "{table}" WHERE {where} '
                f"ORDER BY issued_on DESC NULLS LAST LIMIT {CANDIDATE_CAP})"
            )
            cparams_ = list(wparams)
            if query.numbers:
                cand += (
                    f' UNION (SELECT {cols} FROM "{table}" WHERE {where} '
                    "AND number_keys && %s::varchar[])"
                )
                cparams_ += [*wparams, list(query.numbers)]
            selects.append(
                f"SELECT '{source}' AS src, id, issued_on, {score} AS score "
                f"FROM ({cand}) AS c_{source}"
            )
            params += [*sparams, *cparams_]
        counts.append(f'SELECT 1 FROM "{table}" WHERE {where}')
        cparams += wparams
    result = Result(query=query, filters=filters)
    if not selects:
        return result
    if sort == "date" or query.empty:
        order = "issued_on DESC NULLS LAST, src, id DESC"
    else:
        order = "score DESC, src, issued_on DESC NULLS LAST, id DESC"
        result.reachable = CANDIDATE_CAP * len(selects)
    sql = (
        "SELECT src, id, issued_on, score FROM ("
        + " UNION ALL ".join(f"({s})" for s in selects)
        + f") AS m ORDER BY {order} LIMIT %s OFFSET %s"
    )
    count_sql = (
        "SELECT count(*) FROM ("
        + " UNION ALL ".join(f"({c} LIMIT {COUNT_CAP + 1})" for c in counts)
        + ") AS m"
    )
    with connection.cursor() as cursor:
        cursor.execute(count_sql, cparams)
        total = cursor.fetchone()[0]
        result.capped = total > COUNT_CAP
        result.total = min(total, COUNT_CAP)
        # A page beyond the last (or a huge number: the OFFSET must fit a bigint)
        # shows the last page.
        result.requested_page = page
        result.page = max(1, min(page, result.pages(page_size)))
        offset = (result.page - 1) * page_size
        cursor.execute(sql, [*params, page_size, offset])
        result.hits = [Hit(src, pk, float(s)) for src, pk, _d, s in cursor.fetchall()]
    result.objects = load(result.hits)
    return result


def load(hits: list[Hit]) -> list:
    """The model rows of ``hits``, in order (one query per table)."""
    from plugins.documents.models import Document
    from plugins.documents_shared.models import SharedDocument

    by_source = {LOCAL: Document, SHARED: SharedDocument}
    rows: dict[tuple[str, int], object] = {}
    for source, model in by_source.items():
        ids = [h.pk for h in hits if h.source == source]
        if ids:
            for obj in model.objects.filter(pk__in=ids).defer(
                "full_text", "search_vector", "search_head", "search_exact"
            ):
                obj.is_shared = source == SHARED
                rows[(source, obj.pk)] = obj
    return [rows[(h.source, h.pk)] for h in hits if (h.source, h.pk) in rows]
