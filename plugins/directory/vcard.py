"""vCard export of an official (RFC 2426/6350 via vobject)."""

from __future__ import annotations

import vobject


def build_vcard(official, url: str = "") -> str:
    """One vCard per person; blank facts are left out rather than invented."""
    card = vobject.vCard()
    card.add("fn").value = official.full_name
    family, middle, given = official.name_parts()
    card.add("n").value = vobject.vcard.Name(
        family=family, given=given, additional=middle
    )
    if official.position:
        card.add("title").value = official.position
    if official.unit_id and official.unit.live:
        card.add("org").value = [official.unit.name]
    if official.phone:
        tel = card.add("tel")
        tel.value = official.phone
        tel.type_param = "WORK"
    if official.fax:
        fax = card.add("tel")
        fax.value = official.fax
        fax.type_param = "FAX"
    if official.email:
        email = card.add("email")
        email.value = official.email
        email.type_param = "INTERNET"
    if url:
        card.add("url").value = url
    notes = []
    if official.source_note:
        notes.append(f"Nguồn: {official.source_note}")
    if official.as_of:
        notes.append(f"Thông tin tính đến {official.as_of}")
    if official.is_sample:
        notes.append("Dữ liệu mẫu")
    if notes:
        card.add("note").value = "; ".join(notes)
    return card.serialize()
