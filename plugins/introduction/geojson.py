"""Validation of the administrative map's GeoJSON (RFC 7946), polygons only.

Each problem becomes one Vietnamese message naming where it is (feature number,
its name, ring) and how to fix it; the caller refuses the whole file, so a map is
never saved half-valid.
"""

from __future__ import annotations

import json
import math

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_BYTES = 5 * 1024 * 1024
POLYGON_TYPES = ("Polygon", "MultiPolygon")
NAME_KEYS = ("name", "ten", "tên", "NAME", "Ten", "TEN")
MAX_MESSAGES = 10


def feature_name(feature: dict, number: int) -> str:
    props = feature.get("properties") or {}
    if isinstance(props, dict):
        for key in NAME_KEYS:
            value = props.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return _("Vùng %(n)s") % {"n": number}


def _is_number(value) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
    )


def _check_ring(ring, where: str) -> list[str]:
    if not isinstance(ring, list) or len(ring) < 4:
        return [
            _(
                "%(where)s: một vòng ranh giới cần ít nhất 4 điểm (điểm cuối trùng "
                "điểm đầu). Cách sửa: xuất lại ranh giới dạng vùng khép kín."
            )
            % {"where": where}
        ]
    for index, point in enumerate(ring, start=1):
        if (
            not isinstance(point, list)
            or len(point) < 2
            or not all(_is_number(c) for c in point[:2])
        ):
            return [
                _(
                    "%(where)s, điểm %(i)s: tọa độ phải là [kinh độ, vĩ độ] bằng số. "
                    "Cách sửa: kiểm tra tệp có đúng định dạng GeoJSON."
                )
                % {"where": where, "i": index}
            ]
        lon, lat = point[0], point[1]
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            return [
                _(
                    "%(where)s, điểm %(i)s: tọa độ [%(lon)s, %(lat)s] nằm ngoài kinh "
                    "độ −180…180 / vĩ độ −90…90. Cách sửa: xuất lại tệp theo hệ tọa "
                    "độ WGS 84 (EPSG:4326), thứ tự [kinh độ, vĩ độ]."
                )
                % {"where": where, "i": index, "lon": lon, "lat": lat}
            ]
    if ring[0][:2] != ring[-1][:2]:
        return [
            _(
                "%(where)s: vòng ranh giới không khép kín (điểm cuối khác điểm đầu). "
                "Cách sửa: thêm điểm đầu vào cuối vòng."
            )
            % {"where": where}
        ]
    return []


def _check_geometry(geometry, where: str) -> list[str]:
    if not isinstance(geometry, dict):
        return [
            _(
                "%(where)s: thiếu hình học (geometry). Cách sửa: mỗi đối tượng cần "
                "một vùng Polygon hoặc MultiPolygon."
            )
            % {"where": where}
        ]
    kind = geometry.get("type")
    if kind not in POLYGON_TYPES:
        return [
            _(
                "%(where)s: kiểu hình học “%(kind)s” không phải vùng. Bản đồ hành "
                "chính chỉ nhận Polygon hoặc MultiPolygon. Cách sửa: xuất ranh giới "
                "đơn vị hành chính dạng vùng, bỏ điểm và đường."
            )
            % {"where": where, "kind": kind}
        ]
    coords = geometry.get("coordinates")
    polygons = [coords] if kind == "Polygon" else coords
    if not isinstance(polygons, list) or not polygons:
        return [
            _("%(where)s: thiếu tọa độ (coordinates). Cách sửa: xuất lại tệp.")
            % {"where": where}
        ]
    problems: list[str] = []
    for p_index, polygon in enumerate(polygons, start=1):
        if not isinstance(polygon, list) or not polygon:
            problems.append(
                _("%(where)s: vùng %(p)s không có vòng ranh giới. Cách sửa: xuất lại.")
                % {"where": where, "p": p_index}
            )
            continue
        for r_index, ring in enumerate(polygon, start=1):
            label = where
            if kind == "MultiPolygon":
                label = _("%(where)s, vùng %(p)s") % {"where": where, "p": p_index}
            label = _("%(label)s, vòng %(r)s") % {"label": label, "r": r_index}
            problems += _check_ring(ring, label)
    return problems


def parse_boundaries(raw: bytes) -> dict:
    """Return a FeatureCollection of polygons, or raise ValidationError (Vietnamese)."""
    if len(raw) > MAX_BYTES:
        raise ValidationError(
            _(
                "Tệp GeoJSON lớn hơn %(mb)s MB. Cách sửa: đơn giản hóa ranh giới "
                "(ví dụ bằng mapshaper) rồi tải lên lại."
            )
            % {"mb": MAX_BYTES // (1024 * 1024)}
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            _(
                "Tệp không phải văn bản UTF-8 (byte %(pos)s). Cách sửa: lưu tệp "
                "GeoJSON với bảng mã UTF-8."
            )
            % {"pos": exc.start + 1}
        ) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            _(
                "Tệp không phải JSON hợp lệ: dòng %(line)s, cột %(col)s (%(msg)s). "
                "Cách sửa: kiểm tra dấu ngoặc, dấu phẩy ở vị trí đó hoặc xuất lại "
                "tệp GeoJSON."
            )
            % {"line": exc.lineno, "col": exc.colno, "msg": exc.msg}
        ) from exc
    if isinstance(data, dict) and data.get("type") == "Feature":
        data = {"type": "FeatureCollection", "features": [data]}
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        kind = data.get("type") if isinstance(data, dict) else type(data).__name__
        raise ValidationError(
            _(
                "Tệp có kiểu “%(kind)s”, không phải GeoJSON FeatureCollection. "
                "Cách sửa: xuất ranh giới dạng FeatureCollection, mỗi đơn vị hành "
                "chính là một Feature có thuộc tính “name”."
            )
            % {"kind": kind}
        )
    features = data.get("features")
    if not isinstance(features, list) or not features:
        raise ValidationError(
            _(
                "FeatureCollection không có đối tượng nào (features). Cách sửa: "
                "xuất lại tệp có ranh giới các đơn vị hành chính."
            )
        )
    problems: list[str] = []
    clean: list[dict] = []
    for number, feature in enumerate(features, start=1):
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            problems.append(
                _(
                    "Đối tượng thứ %(n)s không phải Feature. Cách sửa: mỗi phần tử "
                    "của “features” là một Feature."
                )
                % {"n": number}
            )
            continue
        name = feature_name(feature, number)
        where = _("Đối tượng thứ %(n)s (“%(name)s”)") % {"n": number, "name": name}
        found = _check_geometry(feature.get("geometry"), where)
        problems += found
        if not found:
            clean.append(
                {
                    "type": "Feature",
                    "properties": {"name": name},
                    "geometry": feature["geometry"],
                }
            )
    if problems:
        shown = problems[:MAX_MESSAGES]
        if len(problems) > MAX_MESSAGES:
            shown.append(
                _("… và %(n)s lỗi khác.") % {"n": len(problems) - MAX_MESSAGES}
            )
        raise ValidationError(shown)
    return {"type": "FeatureCollection", "features": clean}
