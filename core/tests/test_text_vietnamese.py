"""Tests for core.text.vietnamese: NFC, search folding, tone placement, slugs."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

from core.text.vietnamese import fold, fold_tones, nfc, slugify_vi, strip_tones

TABLE = (
    Path(__file__).resolve().parents[1]
    / "text"
    / "data"
    / "unikey_vnconv_charset_table.csv"
)


def _vietnamese_letters() -> list[str]:
    """Every Vietnamese letter (both cases, all tones) from the VnConv table."""
    with TABLE.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    # Letters come first, A..z; the Western symbols after "z" are not ours.
    letters = [r["unicode_char"] for r in rows]
    letters = letters[: letters.index("z") + 1]
    return [c for c in letters if not c.isascii()]


def test_table_has_all_134_vietnamese_letters() -> None:
    # 12 vowels x 6 tones x 2 cases = 144, of which 10 ASCII (a e i o u y
    # upper and lower) are filtered out; plus đ and Đ.
    assert len(_vietnamese_letters()) == 12 * 6 * 2 - 12 + 2


def test_fold_example_from_brief() -> None:
    assert fold("Quyết định số 3249/QĐ-UBND") == "quyet dinh so 3249/qd-ubnd"


def test_fold_maps_every_vietnamese_letter_to_ascii() -> None:
    for letter in _vietnamese_letters():
        folded = fold(letter)
        assert len(folded) == 1 and folded.isascii() and folded.islower(), letter
    assert fold("Đđ") == "dd"


def test_fold_handles_decomposed_input_and_both_placements() -> None:
    text = "Thủy lợi Hòa Bình, KHỎE"
    assert fold(unicodedata.normalize("NFD", text)) == "thuy loi hoa binh, khoe"
    assert fold("thuỷ") == fold("thủy") == "thuy"
    assert fold("hoà") == fold("hòa") == "hoa"


def test_fold_leaves_other_text_alone() -> None:
    assert fold("ABC-123 / x_y") == "abc-123 / x_y"
    assert fold("") == ""
    assert fold("Größe") == "große"  # ß has no base letter and stays


def test_nfc_composes_but_keeps_tone_placement() -> None:
    assert nfc(unicodedata.normalize("NFD", "Việt Nam")) == "Việt Nam"
    assert nfc("hòa") == "hòa"
    assert nfc("hoà") == "hoà"
    assert nfc("hòa") != nfc("hoà")
    already = "Quyết định"
    assert nfc(already) is already  # no copy for the common case


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hòa", "hoà"),
        ("thủy", "thuỷ"),
        ("khỏe", "khoẻ"),
        ("HÒA BÌNH", "HOÀ BÌNH"),
        ("Khánh Hòa.", "Khánh Hoà."),
        ("tùy ý", "tuỳ ý"),
        ("xóa", "xoá"),
        ("lòe loẹt", "loè loẹt"),
    ],
)
def test_fold_tones_maps_old_style_to_new_style(old: str, new: str) -> None:
    assert fold_tones(old) == new
    assert fold_tones(new) == new
    assert fold_tones(unicodedata.normalize("NFD", old)) == new


@pytest.mark.parametrize(
    "word",
    # Tone already where both styles put it, or "u" belongs to "qu".
    ["hoàn", "thuyền", "quý", "Quỳnh", "của", "mùa", "hoạch", "quà", "toàn"],
)
def test_fold_tones_leaves_unambiguous_words(word: str) -> None:
    assert fold_tones(word) == word


def test_strip_tones_keeps_vowel_marks() -> None:
    assert strip_tones("Người Việt đồng hành") == "Ngươi Viêt đông hanh"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Đường Lê Lợi", "duong-le-loi"),
        ("Quy chế hoạt động", "quy-che-hoat-dong"),
        ("Phường 1", "phuong-1"),
        ("  Ủy ban nhân dân -- (UBND)!!  ", "uy-ban-nhan-dan-ubnd"),
        ("Số 3249/QĐ-UBND", "so-3249-qd-ubnd"),
        (unicodedata.normalize("NFD", "Đường Lê Lợi"), "duong-le-loi"),
        ("Thủy lợi & Hòa Bình", "thuy-loi-hoa-binh"),
        ("北京", "beijing"),
        ("!!!", ""),
    ],
)
def test_slugify_vi(text: str, slug: str) -> None:
    assert slugify_vi(text) == slug


def test_slugify_never_drops_or_doubles_d() -> None:
    slug = slugify_vi("Đường Đồng Khởi")
    assert slug == "duong-dong-khoi"
    assert "dj" not in slug and not slug.startswith("uong")


def test_slugify_truncates_on_word_boundary() -> None:
    text = "Quy chế hoạt động và cung cấp thông tin của Trang thông tin điện tử"
    assert slugify_vi(text, max_length=20) == "quy-che-hoat-dong-va"
    assert slugify_vi(text, max_length=19) == "quy-che-hoat-dong"
    assert slugify_vi(text, max_length=17) == "quy-che-hoat-dong"
    for n in range(5, 60):
        slug = slugify_vi(text, max_length=n)
        assert len(slug) <= n
        assert not slug.endswith("-")
        assert slugify_vi(text).startswith(slug)
        assert slugify_vi(text)[len(slug) : len(slug) + 1] in ("", "-")


def test_slugify_cuts_a_single_long_word() -> None:
    assert slugify_vi("a" * 100, max_length=10) == "a" * 10
    assert len(slugify_vi("Nghiêng " * 30)) <= 80
