"""Tests for core.text.legacy against real TCVN3/VNI government documents.

Samples (tests/data/legacy, see SOURCES.md there) come with the corpus's Unicode
transcripts. Similarity is measured case-folded with whitespace collapsed
(the transcripts re-flow lines, and TCVN3 cannot carry capitals). Measured when
these tests were written (character similarity, see ``_similarity``):

    2003-02144qd (TCVN3)             0.995  (unconverted: 0.807)
    2009-download (VNI)              0.999  (unconverted: 0.750)
    2004-duanLD9820 lines 359-557    0.996  (TCVN3 table only: 0.790,
                                             VNI table only: 0.936)
    2003-02144qd raw .doc bytes      0.999  (2009-download .doc: 0.988)

The remaining differences are ``ư`` that catdoc dropped and the converter
cannot safely restore (``lu`` for ``lưu``), and errors in the transcripts.
"""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from core.text.legacy import (
    SURE_THRESHOLD,
    Detection,
    convert,
    decode_bytes,
    detect,
    is_vietnamese_syllable,
)

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
LEGACY = DATA / "legacy"
MIXED = "2004-duanLD9820.lines359-557"


def _read(name: str) -> str:
    return (LEGACY / name).read_text(encoding="utf-8")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _similarity(a: str, b: str) -> float:
    """Character similarity 2*M/T (like difflib's ratio), computed fast.

    Words are aligned first and characters are compared only inside the
    differing stretches; a plain character-level SequenceMatcher on the
    30 kB mixed sample takes minutes.
    """
    aw, bw = _norm(a).split(), _norm(b).split()
    matcher = difflib.SequenceMatcher(None, aw, bw, autojunk=False)
    matched = 0
    # Each word counts with the space after it.
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            matched += sum(len(w) + 1 for w in aw[i1:i2])
        elif tag == "replace":
            x, y = " ".join(aw[i1:i2]) + " ", " ".join(bw[j1:j2]) + " "
            blocks = difflib.SequenceMatcher(None, x, y, autojunk=False)
            matched += sum(m.size for m in blocks.get_matching_blocks())
    total = sum(len(w) + 1 for w in aw) + sum(len(w) + 1 for w in bw)
    return 2 * matched / total if total else 1.0


def _word_overlap(a: str, b: str) -> float:
    """Share of words in common, ignoring order (cheap, for coarse checks)."""
    aw, bw = Counter(_norm(a).split()), Counter(_norm(b).split())
    return sum((aw & bw).values()) / max(aw.total(), bw.total())


def test_similarity_helper_agrees_with_difflib_on_small_text() -> None:
    # The first 1500 characters keep the exact (quadratic) reference quick.
    a = _norm(convert(_read("2009-download.as-read-cp1252.txt"), "vni"))[:1500]
    b = _norm(_read("2009-download.unicode.txt"))[:1500]
    exact = difflib.SequenceMatcher(None, _norm(a), _norm(b), autojunk=False).ratio()
    assert _similarity(a, b) == pytest.approx(exact, abs=0.005)
    assert _similarity("abc def", "abc def") == 1.0
    assert _similarity("abc def", "abd def") == pytest.approx(12 / 14, abs=0.03)
    assert _similarity("abc def", "xyz uvw") < 0.3


# ---------------------------------------------------------------- real samples


def test_tcvn3_sample_is_detected_and_converted() -> None:
    as_read = _read("2003-02144qd.as-read-cp1252.txt")
    transcript = _read("2003-02144qd.unicode.txt")
    result = detect(as_read)
    assert result.encoding == "tcvn3"
    assert result.is_sure
    assert result.converted is not None
    assert _similarity(result.converted, transcript) >= 0.985
    # The unconverted text is far from the transcript: the check has teeth.
    assert _similarity(as_read, transcript) < 0.85
    assert "cộng hoà xã hội chủ  nghĩa Việt nam" in result.converted
    assert "Căn cứ Nghị định số 86/2002/NĐ-CP" in result.converted


def test_vni_sample_is_detected_and_converted() -> None:
    as_read = _read("2009-download.as-read-cp1252.txt")
    transcript = _read("2009-download.unicode.txt")
    result = detect(as_read)
    assert result.encoding == "vni"
    assert result.is_sure
    assert result.converted is not None
    assert _similarity(result.converted, transcript) >= 0.99
    assert _similarity(as_read, transcript) < 0.85
    # VNI keeps capitals, unlike TCVN3.
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in result.converted
    assert "BÁO CÁO ĐỊNH KỲ VỀ BẢO HỘ LAO ĐỘNG" in result.converted


def test_mixed_sample_is_converted_line_by_line() -> None:
    as_read = _read(f"{MIXED}.as-read-cp1252.txt")
    transcript = _read(f"{MIXED}.unicode.txt")
    result = detect(as_read)
    assert result.encoding == "mixed"
    assert result.is_sure
    assert result.converted is not None
    score = _similarity(result.converted, transcript)
    assert score >= 0.985
    # Either table alone does clearly worse on this document.
    overlap = _word_overlap(result.converted, transcript)
    assert overlap >= 0.98
    assert _word_overlap(convert(as_read, "tcvn3"), transcript) < overlap - 0.3
    assert _word_overlap(convert(as_read, "vni"), transcript) < overlap - 0.1
    lines = result.converted.splitlines()
    assert lines[0].strip().startswith("- Máy trạm: 77 máy/33 đơn vị")  # TCVN3
    assert "3\tMáy lưu điện 1000 VA\tChiếc" in lines  # VNI
    assert lines[-1] == "A. QUẢN LÝ NGHIỆP VỤ"  # VNI again, after TCVN3


def test_token_in_other_encoding_within_a_line_is_rescued() -> None:
    lines = _read(f"{MIXED}.as-read-cp1252.txt").splitlines()
    line = next(x for x in lines if x.startswith("C. KÕt nèi m¹ng"))
    converted = detect(line).converted
    assert converted is not None
    assert converted.startswith("C. Kết nối mạng diện rộng cho UBND tỉnh và các SỞ,")
    assert "NGÀNH, HUYỆN" in converted and "THÀNH PHỐ" in converted


def test_transcripts_and_unicode_documents_are_left_alone() -> None:
    names = [
        "legacy/2003-02144qd.unicode.txt",
        "legacy/2009-download.unicode.txt",
        f"legacy/{MIXED}.unicode.txt",
        "../../sites/duyenhai/quy-che-trang-ttdt-thi-xa-duyen-hai-2021.txt",
    ]
    for name in names:
        text = (DATA / name).read_text(encoding="utf-8")
        result = detect(text)
        assert result.encoding == "unicode", name
        assert result.converted is None, name
        assert result.is_sure, name


def test_raw_doc_bytes_decode_with_soft_hyphen_u() -> None:
    """The .doc keeps TCVN3 ư as byte 0xAD, which catdoc's output lost.

    Word 97 files this small store their text as one 8-bit run; take it from
    the first heading up to the first NUL.
    """
    data = (LEGACY / "2003-02144qd.doc").read_bytes()
    start = data.index("bé tµi chÝnh".encode("cp1252"))
    raw = data[start : data.index(b"\x00", start)].replace(b"\r", b"\n")
    assert b"\xad" in raw
    result = decode_bytes(raw)
    assert result.encoding == "tcvn3"
    assert result.is_sure
    assert result.converted is not None
    assert "bộ trưởng bộ tài chính" in result.converted
    assert "thuế nhập khẩu ưu đãi" in result.converted
    transcript = _read("2003-02144qd.unicode.txt")
    assert _similarity(result.converted, transcript) >= 0.99


def test_raw_vni_doc_bytes() -> None:
    data = (LEGACY / "2009-download.doc").read_bytes()
    start = data.index("Maãu soá 5".encode("cp1252"))
    raw = data[start : data.index(b"\x00", start)].replace(b"\r", b"\n")
    result = decode_bytes(raw)
    assert result.encoding == "vni"
    assert result.converted is not None
    assert result.converted.startswith("Mẫu số 5\nTên đơn vị:")


# ------------------------------------------------------------- short inputs


def test_short_phrases() -> None:
    tcvn3 = detect("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    assert tcvn3 == Detection("tcvn3", tcvn3.confidence, tcvn3.converted)
    assert tcvn3.converted == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    vni = detect("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
    assert vni.encoding == "vni"
    assert vni.converted == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert tcvn3.is_sure and vni.is_sure


def test_little_evidence_is_not_sure() -> None:
    result = detect("§ång Nai")
    assert result.encoding == "tcvn3"
    assert result.converted == "Đồng Nai"
    assert not result.is_sure
    assert result.confidence < detect("Céng hoµ x· héi chñ nghÜa ViÖt Nam").confidence


def test_plain_ascii_is_unicode() -> None:
    result = detect("Hello world, this is plain English. 1 + 1 = 2")
    assert result == Detection("unicode", 1.0, None)
    assert result.is_sure


def test_unicode_vietnamese_untouched_even_if_decomposed() -> None:
    text = "Ủy ban nhân dân thị xã Duyên Hải\nQuyết định số 3249/QĐ-UBND"
    for variant in (text, unicodedata.normalize("NFD", text)):
        result = detect(variant)
        assert result.encoding == "unicode"
        assert result.converted is None
        assert result.confidence == 1.0


def test_ambiguous_unicode_is_kept_but_not_sure() -> None:
    # "Cà Mau" has no letter outside cp1252 and also reads as TCVN3 ("Cà").
    result = detect("Cà Mau")
    assert result.encoding == "unicode"
    assert result.converted is None
    assert not result.is_sure


def test_unicode_line_added_to_legacy_text_is_mixed() -> None:
    result = detect("Quyết định\nCéng hoµ x· héi chñ nghÜa ViÖt Nam")
    assert result.encoding == "mixed"
    assert result.converted == "Quyết định\nCộng hoà xã hội chủ nghĩa Việt Nam"


def test_garbage_is_unknown() -> None:
    result = detect("x· qqqµ zzz¸ vvv¶ kkk© ppp®")
    assert result.encoding == "unknown"
    assert result.converted is None
    assert not result.is_sure


def test_foreign_text_is_not_converted() -> None:
    result = detect("Größe café résumé naïve")
    assert result.encoding == "unicode"
    assert result.converted is None


def test_is_sure_threshold() -> None:
    assert Detection("tcvn3", SURE_THRESHOLD, "x").is_sure
    assert not Detection("tcvn3", SURE_THRESHOLD - 0.01, "x").is_sure


# ------------------------------------------------------------------ convert


def test_tcvn3_capitals_are_not_restored() -> None:
    # Documented limitation: TCVN3 toned capitals share lower-case bytes.
    assert convert("QUYÕT §ÞNH", "tcvn3") == "QUYếT ĐịNH"
    assert convert("CH¦¥NG", "tcvn3") == "CHƯƠNG"  # untoned capitals exist


def test_tcvn3_dropped_u_is_restored_only_when_unambiguous() -> None:
    assert convert("bé trëng", "tcvn3") == "bộ trưởng"
    assert convert("nhµ níc", "tcvn3") == "nhà nước"
    assert convert("nhng", "tcvn3") == "nhưng"
    # "dới" is a possible syllable: left alone rather than guessed.
    assert convert("ë díi", "tcvn3") == "ở dới"
    # With the soft hyphen present nothing needs guessing.
    assert convert("ë d\u00adíi", "tcvn3") == "ở dưới"
    assert convert("nh\u00ad", "tcvn3") == "như"


def test_vni_lenient_mark_case() -> None:
    # Upper-case letters typed with lower-case mark bytes still compose.
    assert convert("HOØA", "vni") == "HÒA"
    assert convert("Hoøa", "vni") == "Hòa"
    assert convert("Aø", "vni") == "À"
    # A mark that cannot sit on its base is left visible, not dropped.
    assert convert("iâ", "vni") == "iâ"


def test_convert_unicode_and_unknown_encoding() -> None:
    assert convert("hoa\u0300", "unicode") == "hoà"
    with pytest.raises(ValueError):
        convert("x", "viscii")


def test_decode_bytes_utf8_passes_through() -> None:
    text = "Cổng thông tin điện tử"
    result = decode_bytes(text.encode("utf-8"))
    assert result.encoding == "unicode"
    assert result.converted == text


def test_decode_bytes_undefined_cp1252_bytes() -> None:
    # 0x81 is undefined in cp1252; it must not raise.
    result = decode_bytes(b"C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca \x81")
    assert result.encoding == "tcvn3"
    assert result.converted is not None
    assert result.converted.startswith("Cộng hoà xã hội chủ nghĩa")


# -------------------------------------------------------------- syllables


@pytest.mark.parametrize(
    "word",
    [
        "nghiêng",
        "quyết",
        "khuya",
        "giữ",
        "người",
        "thuở",
        "xoong",
        "Đồng",
        "hoà",
        "hòa",
        "thuỷ",
        "oản",
        "yêu",
        "ươm",
        "kỹ",
        "gì",
    ],
)
def test_valid_syllables(word: str) -> None:
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize(
    "word",
    [
        "céng",
        "hoµ",
        "chñ",
        "nghÜa",
        "trởng",
        "đợc",
        "ce",
        "ngi",
        "ghu",
        "xyz",
        "ă",
        "hoáà",
        "quo",
    ],
)
def test_invalid_syllables(word: str) -> None:
    assert not is_vietnamese_syllable(word)


def test_stop_codas_need_sac_or_nang() -> None:
    assert is_vietnamese_syllable("hát") and is_vietnamese_syllable("hạt")
    assert not is_vietnamese_syllable("hàt")
    assert not is_vietnamese_syllable("hảt")


def test_tables_are_built_lazily() -> None:
    code = (
        "import core.text.legacy as L\n"
        "assert L._tables.cache_info().currsize == 0\n"
        "L.detect('C\\xe9ng ho\\xb5')\n"
        "assert L._tables.cache_info().currsize == 1\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
