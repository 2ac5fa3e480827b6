"""Files made in the tests: a PDF with a Vietnamese text layer, DOCX, ODT."""

from __future__ import annotations

import io
import zlib


def make_pdf(text: str | None) -> bytes:
    """A one-page PDF; ``text`` is drawn with a ToUnicode map so that extraction
    gives Vietnamese back. ``None`` makes a page with no text layer (a "scan")."""
    chars = sorted(set(text or ""))
    codes = {ch: 0x21 + i for i, ch in enumerate(chars)}  # one byte per character
    objects: list[bytes] = []
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    if text is None:
        content = b"0 0 1 rg 72 600 200 100 re f"
        resources = b"<< >>"
    else:
        hexes = "".join(f"{codes[c]:02X}" for c in text)
        content = f"BT /F1 12 Tf 72 720 Td <{hexes}> Tj ET".encode()
        resources = b"<< /Font << /F1 5 0 R >> >>"
    objects.append(
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources " + resources + b" >>"
    )
    stream = zlib.compress(content)
    objects.append(
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
        + stream
        + b"\nendstream"
    )
    if text is not None:
        cmap_lines = [
            f"<{codes[c]:02X}> <{ord(c):04X}>" for c in chars if ord(c) <= 0xFFFF
        ]
        cmap = (
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CMapName /T1 def 1 begincodespacerange <00> <FF> endcodespacerange\n"
            f"{len(cmap_lines)} beginbfchar\n" + "\n".join(cmap_lines) + "\nendbfchar\n"
            "endcmap CMapName currentdict /CMap defineresource pop end end"
        ).encode()
        objects.append(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
        )
        objects.append(
            b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
        )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return out.getvalue()


def make_docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_odt(paragraphs: list[str]) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    for p in paragraphs:
        document.text.addElement(P(text=p))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()
