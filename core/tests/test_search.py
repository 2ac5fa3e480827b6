"""core.search: folding, number keys, query parsing, tsvector literals."""

from __future__ import annotations

import pytest

from core.search.text import (
    exact_tokens,
    fold_tokens,
    number_key,
    parse_query,
    search_fields,
    tsvector_literal,
)


@pytest.mark.parametrize(
    "typed", ["3249/QĐ-UBND", "3249/qd-ubnd", "3249 QD UBND", " 3249 / QĐ - UBND "]
)
def test_number_key_ignores_case_marks_and_separators(typed):
    assert number_key(typed) == "3249-qd-ubnd"


def test_number_keys_keep_order_and_parts():
    assert number_key("22/19 QĐ-UBND") == "22-19-qd-ubnd"
    assert number_key("43/2011/NĐ-CP") == "43-2011-nd-cp"
    assert number_key("2219/QĐ-UBND") != number_key("22/19 QĐ-UBND")


def test_fold_and_exact_tokens():
    assert fold_tokens("Quyết định số 3249/QĐ-UBND, Đường") == [
        "quyet",
        "dinh",
        "so",
        "3249",
        "qd",
        "ubnd",
        "duong",
    ]
    assert exact_tokens("Hòa giải HOÀ") == ["hoà", "giải", "hoà"]


def test_parse_query_finds_numbers_inside_text():
    q = parse_query("quyết định 3249/QĐ-UBND ngày 04/10")
    assert "3249-qd-ubnd" in q.numbers
    assert q.has_marks and not parse_query("quyet dinh").has_marks
    assert parse_query("   ").empty


def test_tsvector_literal_positions_and_weights():
    assert tsvector_literal([(["a", "b", "a"], "A"), (["c"], "D")]) == (
        "'a':1A,3A 'b':2A 'c':4D"
    )
    fields = search_fields(["Quyết định"], ["quyết định khác"], ["1/QĐ"])
    assert fields["search_head"] == "'quyet':1A 'dinh':2A"
    assert fields["search_vector"] == "'quyet':1A 'dinh':2A 'khac'"
    assert fields["search_exact"] == "'quyết':1A 'định':2A"
    assert fields["number_keys"] == ["1-qd"]
