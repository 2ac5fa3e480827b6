"""Tests for core.legaltext against the town's real regulation and synthetic texts.

Expected values come from reading the source file (line numbers refer to
sites/duyenhai/quy-che-trang-ttdt-thi-xa-duyen-hai-2021.txt), not from running the
parser.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from core.legaltext import (
    ParsedLegalText,
    output_words,
    parse_regulation,
    regulation_categories,
    update_deadlines,
    words,
)

SITE_DIR = Path(__file__).resolve().parents[2] / "sites" / "duyenhai"
SOURCE = SITE_DIR / "quy-che-trang-ttdt-thi-xa-duyen-hai-2021.txt"


@pytest.fixture(scope="module")
def text() -> str:
    return SOURCE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def parsed(text: str) -> ParsedLegalText:
    return parse_regulation(text)


def codes(p: ParsedLegalText) -> Counter[str]:
    return Counter(f.code for f in p.faults)


# ------------------------------------------------------------------ the source copy


def test_copy_matches_hash_recorded_in_sources_md() -> None:
    recorded = re.search(
        r"SHA-256 `([0-9a-f]{64})`", (SITE_DIR / "SOURCES.md").read_text()
    )
    assert recorded, "SOURCES.md must record the SHA-256 of the copy"
    assert hashlib.sha256(SOURCE.read_bytes()).hexdigest() == recorded.group(1)


# --------------------------------------------------------------------------- header


def test_header(parsed: ParsedLegalText) -> None:
    assert parsed.number == "22/19 QĐ-UBND"
    assert parsed.issued_on == date(2021, 10, 6)
    assert parsed.place == "Duyên Hải"
    assert parsed.title == (
        "Ban hành quy chế hoạt động và cung cấp thông tin của Trang thông tin "
        "điện tử thành phần thị xã Duyên Hải"
    )
    assert "**" not in parsed.title
    assert parsed.issuer == "ỦY BAN NHÂN DÂN THỊ XÃ DUYÊN HẢI"
    assert parsed.doc_type == "QUYẾT ĐỊNH"


def test_preamble(parsed: ParsedLegalText) -> None:
    # Lines 14-44: fifteen "Căn cứ" paragraphs and one "Xét".
    assert len(parsed.preamble) == 16
    assert sum(p.startswith("Căn cứ") for p in parsed.preamble) == 15
    assert parsed.preamble[-1].startswith("Xét đề nghị của Ban biên tập")
    # Line 18 lacks its ";" but the next line starts uppercase: not a page break.
    assert "Căn cứ Luật Báo chí ngày 05/4/2016" in parsed.preamble


def test_decision_articles(parsed: ParsedLegalText) -> None:
    arts = parsed.decision_articles
    assert [a.number for a in arts] == [1, 2, 3]
    assert [a.anchor for a in arts] == ["qd-dieu-1", "qd-dieu-2", "qd-dieu-3"]
    assert arts[1].paragraphs == ["Quyết định này có hiệu lực thi hành kể từ ngày ký."]
    assert arts[2].paragraphs[0].endswith("chịu trách nhiệm thi hành Quyết định này./.")


def test_closing_and_signer(parsed: ParsedLegalText) -> None:
    assert parsed.closing == [
        "Nơi nhận:",
        "- CT, các PCT UBND thị xã",
        "- Như Điều 3;",
        "- Lưu: VT, NC (Thúy)",
        "TM. ỦY BAN NHÂN DÂN *dae*",
        "K CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "am",
        "Lao Thị Hồng Gấm",
    ]
    assert parsed.signer == "Lao Thị Hồng Gấm"


def test_annex_heading(parsed: ParsedLegalText) -> None:
    assert parsed.annex_kind == "QUY CHẾ"
    assert parsed.annex_title == (
        "Hoạt động của Trang Thông tin điện tử thành phần thị xã Duyên Hải"
    )
    assert parsed.annex_cites_number == "3249/QĐ-UBND"
    assert parsed.annex_cites_date == date(2021, 10, 4)


# ------------------------------------------------------------------------ structure


def test_regulation_article_order_as_printed(parsed: ParsedLegalText) -> None:
    numbers = [a.number for a in parsed.articles]
    assert numbers == [1, 2, 3, 4, 5, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17]


def test_chapters(parsed: ParsedLegalText) -> None:
    got = [
        (c.numeral, c.title, [a.number for a in c.articles]) for c in parsed.chapters
    ]
    assert got == [
        ("I", "QUY ĐỊNH CHUNG", [1, 2, 3, 4, 5]),
        (
            "II",
            "NGUYÊN TẮC, TRÁCH NHIỆM CUNG CẤP, TIẾP NHẬN VÀ LƯU TRỮ THÔNG TIN "
            "TRÊN TRANG THÔNG TIN ĐIỆN TỬ THỊ XÃ",
            [6, 7, 7, 8, 9, 10, 11],
        ),
        (
            "III",
            "CÁC ĐIỀU KIỆN BẢO ĐẢM CHO HOẠT ĐỘNG CỦA TRANG THÔNG TIN ĐIỆN TỬ THỊ XÃ",
            [12, 13, 14],
        ),
        ("IV", "TỔ CHỨC THỰC HIỆN", [16, 17]),
    ]


def test_anchors_and_repeated_article(parsed: ParsedLegalText) -> None:
    anchors = [a.anchor for a in parsed.articles]
    assert anchors[:9] == [f"dieu-{n}" for n in (1, 2, 3, 4, 5, 6, 7)] + [
        "dieu-7-2",
        "dieu-8",
    ]
    assert anchors[-3:] == ["dieu-14", "dieu-16", "dieu-17"]
    assert len(set(anchors)) == len(anchors)
    first, second = parsed.article("dieu-7"), parsed.article("dieu-7-2")
    assert (first.title, first.occurrence) == (
        "Thông tin cung cấp trên Trang TTĐT thị xã",
        1,
    )
    assert (second.title, second.occurrence) == (
        "Thời gian, tần suất cập nhật thông tin, dữ liệu",
        2,
    )
    assert second.ref == "Điều 7 (thứ hai)"


def test_clauses_and_points(parsed: ParsedLegalText) -> None:
    # Điều 6 has three clauses (lines 130-134); the first Điều 7 thirteen.
    assert [c.number for c in parsed.article("dieu-6").clauses] == [1, 2, 3]
    assert len(parsed.article("dieu-7").clauses) == 13
    # Điều 2 opens with an unnumbered sentence before clause 1 (line 88).
    assert parsed.article("dieu-2").intro == [
        "Trong Quy chế này, các từ ngữ dưới đây được hiểu như sau:"
    ]
    # Điều 8 writes its points as "- a)" (lines 200-202).
    points = parsed.article("dieu-8").clauses[0].points
    assert [p.letter for p in points] == ["a", "b", "c"]
    assert (
        points[2].text
        == "Gửi thư điện tử về địa chỉ: phongvh.txduyenhai@travinh.gov.vn."
    )
    # Điều 10 and Điều 14 have no numbered clauses.
    assert parsed.article("dieu-10").clauses == []


# ----------------------------------------------------------------------- page breaks


def test_page_break_is_joined_inside_dieu_2_clause_6(parsed: ParsedLegalText) -> None:
    clause6 = parsed.article("dieu-2").clauses[5]
    assert clause6.number == 6
    assert len(clause6.paragraphs) == 1
    assert "Họ tên, ngày tháng năm sinh, nghề nghiệp" in clause6.paragraphs[0]
    assert clause6.paragraphs[0].endswith("hoặc số hộ chiếu.")


@pytest.mark.parametrize(
    ("anchor", "joined"),
    [
        # Lines 118/120, 228/230, 260/262.
        ("dieu-5", "công nghệ thông tin và truyền thông; đảm bảo an toàn"),
        ("dieu-11", "trách nhiệm trả lời kết quả hoặc thông báo"),
        ("dieu-14", "sử dụng các trang thiết bị hạ tầng kỹ thuật"),
    ],
)
def test_other_page_breaks(parsed: ParsedLegalText, anchor: str, joined: str) -> None:
    assert any(joined in p for p in parsed.article(anchor).paragraphs)


def test_no_paragraph_starts_lowercase_after_an_open_one(
    parsed: ParsedLegalText,
) -> None:
    for art in parsed.articles:
        for before, after in zip(art.paragraphs, art.paragraphs[1:], strict=False):
            if after[0].islower() and not re.match(r"[a-zđ]\)", after):
                assert before.rstrip()[-1] in ".;:", (art.anchor, before, after)


# ---------------------------------------------------------------------- completeness


def test_every_word_kept_in_order(text: str, parsed: ParsedLegalText) -> None:
    assert parsed.unparsed == []
    assert output_words(parsed) == words(text)


def test_completeness_check_detects_a_lost_word(
    parsed: ParsedLegalText, text: str
) -> None:
    art = parsed.article("dieu-2")
    shortened = dataclasses.replace(art, paragraphs=art.paragraphs[:-1])
    chapter = parsed.chapters[0]
    chapters = [
        dataclasses.replace(
            chapter, articles=[shortened if a is art else a for a in chapter.articles]
        ),
        *parsed.chapters[1:],
    ]
    assert output_words(dataclasses.replace(parsed, chapters=chapters)) != words(text)


def test_words_strips_markdown_bold_only() -> None:
    assert words("**Ban hành** quy chế *dae*\n\nam") == [
        "Ban",
        "hành",
        "quy",
        "chế",
        "*dae*",
        "am",
    ]


# ---------------------------------------------------------------------------- faults


def test_duplicate_article_7(parsed: ParsedLegalText) -> None:
    dup = [f for f in parsed.faults if f.code == "duplicate_article"]
    assert len(dup) == 1
    assert dup[0].anchor == "dieu-7-2"
    assert "hai Điều 7" in dup[0].message


def test_missing_article_15(parsed: ParsedLegalText) -> None:
    missing = [f for f in parsed.faults if f.code == "missing_article"]
    assert len(missing) == 1
    assert "Không có Điều 15" in missing[0].message
    assert missing[0].anchor == "dieu-16"


def test_number_and_date_conflict(parsed: ParsedLegalText) -> None:
    by_code = {f.code: f for f in parsed.faults}
    assert "22/19 QĐ-UBND" in by_code["number_conflict"].message
    assert "3249/QĐ-UBND" in by_code["number_conflict"].message
    assert "06/10/2021" in by_code["date_conflict"].message
    assert "04/10/2021" in by_code["date_conflict"].message


def test_cross_references_beyond_clause_count(parsed: ParsedLegalText) -> None:
    # Điều 7 (thứ hai) cites clauses 10, 11 (line 184), 5, 7 (line 190) and 8 (line
    # 192) of Điều 6, which has 3 clauses; Điều 7 (first) has 13.
    faults = [f for f in parsed.faults if f.code == "cross_ref_clause"]
    assert [f.anchor for f in faults] == ["dieu-7-2"] * 3
    assert "Khoản 10, Khoản 11 Điều 6" in faults[0].message
    assert "chỉ có 3 khoản" in faults[0].message
    assert "Điều 7 (“Thông tin cung cấp trên Trang TTĐT thị xã”" in faults[0].message
    assert faults[2].excerpt == "Khoản 8 Điều 6 của Quy chế này"


def test_cross_references_in_dieu_11(parsed: ParsedLegalText) -> None:
    # Line 222: "theo quy định tại Điều 6 và Điều 7 của Quy chế này".
    in_11 = {f.code for f in parsed.faults if f.anchor == "dieu-11"}
    assert in_11 == {"cross_ref_ambiguous", "cross_ref_suspect"}


def test_signature_residue(parsed: ParsedLegalText) -> None:
    residue = [f for f in parsed.faults if f.code == "signature_residue"]
    assert {f.excerpt for f in residue} == {"TM. ỦY BAN NHÂN DÂN *dae*", "am"}
    assert all(f.anchor == "closing" for f in residue)
    # "K CHỦ TỊCH" is "KT. CHỦ TỊCH" (ký thay) with letters lost.
    truncated = [f for f in parsed.faults if f.code == "signature_truncated"]
    assert [f.excerpt for f in truncated] == ["K CHỦ TỊCH"]


def test_exact_fault_inventory(parsed: ParsedLegalText) -> None:
    assert codes(parsed) == Counter(
        {
            "duplicate_article": 1,
            "missing_article": 1,
            "number_format": 1,  # "22/19 QĐ-UBND" has a space, not "/"
            "number_conflict": 1,
            "date_conflict": 1,
            "cross_ref_clause": 3,
            "cross_ref_ambiguous": 1,
            "cross_ref_suspect": 1,
            "signature_residue": 2,
            "signature_truncated": 1,
        }
    )


def test_fault_messages_are_vietnamese(parsed: ParsedLegalText) -> None:
    for f in parsed.faults:
        assert re.search(
            r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", f.message
        )


def test_faults_follow_the_text_not_constants(text: str) -> None:
    # Renumbering 16, 17 as 15, 16 removes the gap; the duplicate stays.
    fixed = text.replace("Điều 16. Khen", "Điều 15. Khen").replace(
        "Điều 17. Tổ chức", "Điều 16. Tổ chức"
    )
    c = codes(parse_regulation(fixed))
    assert c["missing_article"] == 0
    assert c["duplicate_article"] == 1
    # Pointing the references at the first Điều 7 removes the clause faults but makes
    # them ambiguous, because two articles are numbered 7.
    retargeted = text.replace("Điều 6 của Quy chế này", "Điều 7 của Quy chế này")
    c = codes(parse_regulation(retargeted))
    assert c["cross_ref_clause"] == 0
    # Matching annex citation: no conflict.
    same = text.replace("Số: 22/19 QĐ-UBND", "Số: 3249/QĐ-UBND").replace(
        "ngày 06 tháng 10", "ngày 04 tháng 10"
    )
    c = codes(parse_regulation(same))
    assert c["number_conflict"] == c["date_conflict"] == c["number_format"] == 0


# ---------------------------------------------------------------- derived policy data


def test_categories(parsed: ParsedLegalText) -> None:
    cats = regulation_categories(parsed)
    assert [c.number for c in cats] == list(range(1, 14))
    assert [c.short_title for c in cats[:11]] == [
        "Thông tin giới thiệu",
        "Tin tức, sự kiện",
        "Thông tin chỉ đạo, điều hành bao gồm",
        "Thông tin tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, "
        "chính sách",
        "Chiến lược, định hướng, quy hoạch, kế hoạch phát triển",
        "Hệ thống văn bản quy phạm pháp luật chuyên ngành và văn bản quản lý hành "
        "chính có liên quan",
        "Thông tin về dự án, hạng mục đầu tư, đấu thầu",
        "Mục lấy ý kiến góp ý của tổ chức, cá nhân",
        "Thông tin liên hệ của cán bộ, công chức có thẩm quyền bao gồm",
        "Thông tin giao dịch của Trang TTĐT thị xã bao gồm",
        "Thông tin, báo cáo thống kê từ kết quả các cuộc điều tra theo quy định của "
        "Luật Thống kê bao gồm",
    ]
    assert cats[11].short_title.startswith("Các thông tin khác phải đăng tải")
    assert cats[12].short_title.startswith("Trang TTĐT thị xã liên kết, tích hợp")
    assert [c.kind for c in cats] == ["section"] * 11 + ["other", "links"]
    subs = {c.number: [s.letter for s in c.sub_items] for c in cats if c.sub_items}
    assert subs == {5: ["a", "b", "c", "d"], 7: ["a", "b"], 8: ["a", "b", "c"]}
    assert cats[7].sub_items[1].text == (
        "Đăng tải kết quả trả lời phản ánh, kiến nghị của tổ chức, cá nhân;"
    )
    assert cats[4].text.splitlines()[1].startswith("a) Chính sách ưu đãi")
    assert cats[0].source == "Điều 7, khoản 1"


def test_deadlines(parsed: ParsedLegalText, text: str) -> None:
    rows = update_deadlines(parsed)
    got = [(r.key, r.days, r.clause_ref) for r in rows]
    assert got == [
        ("legal_guidance", 15, "Điều 7 (thứ hai), khoản 2"),
        ("documents_town", 2, "Điều 7 (thứ hai), khoản 3"),
        ("documents_central_province", 8, "Điều 7 (thứ hai), khoản 3"),
        ("plans_projects", 10, "Điều 7 (thứ hai), khoản 4"),
        ("immediate", None, "Điều 7 (thứ hai), khoản 5"),
        ("question_answer", 15, "Điều 11, khoản 2, điểm b"),
    ]
    assert [r.days_text for r in rows if r.days] == [
        "15 (mười lăm)",
        "02 (hai)",
        "08 (tám)",
        "10 (mười)",
        "15 (mười lăm)",
    ]
    assert all(r.words_agree for r in rows)
    flat = " ".join(words(text))
    for r in rows:
        assert " ".join(r.quote.split()) in flat
    assert "của UBND thị xã" in rows[1].quote
    assert "Trung ương" in rows[2].quote


def test_deadlines_follow_the_text(text: str) -> None:
    changed = text.replace("không quá 02 (hai) ngày", "không quá 03 (ba) ngày")
    rows = {r.key: r for r in update_deadlines(parse_regulation(changed))}
    assert rows["documents_town"].days == 3
    mismatch = text.replace("không quá 08 (tám) ngày", "không quá 09 (tám) ngày")
    rows = {r.key: r for r in update_deadlines(parse_regulation(mismatch))}
    assert rows["documents_central_province"].days == 9
    assert not rows["documents_central_province"].words_agree


# -------------------------------------------------------------------- synthetic texts

SYNTHETIC = """\
Số: 12/QĐ-UBND

Ba Lai, ngày 01 tháng 02 năm 2024

QUYẾT ĐỊNH

**Ban hành quy chế
thử nghiệm**

ỦY BAN NHÂN DÂN XÃ BA LAI

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;

Xét đề nghị của Văn phòng.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế thử nghiệm.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An

QUY CHẾ

Thử nghiệm

(Ban hành kèm theo Quyết định số 12/QĐ-UBND
ngày 01/02/2024 của Ủy ban nhân dân xã Ba Lai)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi

1. Quy chế này áp dụng cho việc thử nghiệm.
2. Thông tin gồm họ tên, ngày

sinh và địa chỉ.

Điều 2. Trách nhiệm

1. Thực hiện theo Khoản 2 Điều 1 của Quy chế này.
2. Trả lời chậm nhất 05 (năm) ngày làm việc.
"""


def test_synthetic_regulation_without_faults() -> None:
    p = parse_regulation(SYNTHETIC)
    assert p.faults == []
    assert p.number == "12/QĐ-UBND"
    assert p.issued_on == date(2024, 2, 1)
    assert p.title == "Ban hành quy chế thử nghiệm"
    assert p.issuer == "ỦY BAN NHÂN DÂN XÃ BA LAI"
    assert p.signer == "Nguyễn Văn An"
    assert [a.anchor for a in p.decision_articles] == ["qd-dieu-1", "qd-dieu-2"]
    assert [(c.numeral, c.title) for c in p.chapters] == [("I", "QUY ĐỊNH CHUNG")]
    assert [a.anchor for a in p.articles] == ["dieu-1", "dieu-2"]
    assert p.article("dieu-1").paragraphs[1] == (
        "2. Thông tin gồm họ tên, ngày sinh và địa chỉ."
    )
    assert output_words(p) == words(SYNTHETIC)
    rows = update_deadlines(p)
    assert [(r.days, r.clause_ref) for r in rows] == [(5, "Điều 2, khoản 2")]


def test_synthetic_faults_are_detected_generically() -> None:
    broken = (
        SYNTHETIC.replace("Khoản 2 Điều 1", "Khoản 4 Điều 1")
        .replace("Điều 2. Trách nhiệm", "Điều 2. Trách nhiệm\n\nTrên.\n\nĐiều 4. Thêm")
        .replace("ngày 01/02/2024", "ngày 02/02/2024")
    )
    p = parse_regulation(broken)
    assert codes(p) == Counter(
        {"cross_ref_clause": 1, "missing_article": 1, "date_conflict": 1}
    )
    assert "Không có Điều 3" in next(
        f.message for f in p.faults if f.code == "missing_article"
    )
    assert output_words(p) == words(broken)
