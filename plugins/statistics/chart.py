"""A horizontal bar chart as inline SVG: drawn on the server, readable without
JavaScript, with a text alternative (<title>/<desc>) and the full table beside it."""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from plugins.statistics.tables import Column, format_vi

BAR_COLOUR = "#005ea5"  # 7.0:1 on white
TEXT_COLOUR = "#1a1a1a"
MAX_BARS = 40


def chart_columns(columns: list[Column]) -> tuple[int | None, int | None]:
    """(label column, value column): the first text and first numeric columns."""
    label = next((i for i, c in enumerate(columns) if not c.numeric), None)
    value = next((i for i, c in enumerate(columns) if c.numeric), None)
    return label, value


def bar_chart(
    columns: list[Column], rows: list[list], title: str, chart_id: str = "bieu-do"
) -> SafeString:
    label_i, value_i = chart_columns(columns)
    if value_i is None or not rows:
        return mark_safe("")
    shown = rows[:MAX_BARS]
    labels = [
        str(r[label_i]) if label_i is not None and r[label_i] is not None else f"#{n}"
        for n, r in enumerate(shown, start=1)
    ]
    values = [r[value_i] for r in shown]
    present = [v for v in values if v is not None]
    top = max([abs(v) for v in present] or [1]) or 1
    column = columns[value_i]
    bar_h, gap, label_w, plot_w, value_w = 22, 8, 200, 300, 130
    width = label_w + plot_w + value_w
    height = len(shown) * (bar_h + gap) + gap
    missing = "không có số liệu"
    desc_parts = [
        f"{lab}: {format_vi(v) + ' ' + column.unit if v is not None else missing}"
        for lab, v in zip(labels, values, strict=True)
    ]
    desc = (
        f"Biểu đồ thanh ngang: {column.header}"
        + (f" theo {columns[label_i].name}" if label_i is not None else "")
        + ". "
        + "; ".join(desc_parts)
        + ". Số liệu đầy đủ ở bảng bên dưới."
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="stat-chart" '
        f'viewBox="0 0 {width} {height}" width="100%" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'font-family="sans-serif" font-size="13">',
        f'<title id="{chart_id}-title">{escape(title)}: '
        f"{escape(column.header)}</title>",
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
    ]
    for n, (lab, value) in enumerate(zip(labels, values, strict=True)):
        y = gap + n * (bar_h + gap)
        text_y = y + bar_h * 0.7
        short = lab if len(lab) <= 28 else lab[:27] + "…"
        parts.append(
            f'<text x="{label_w - 6}" y="{text_y:.1f}" text-anchor="end" '
            f'fill="{TEXT_COLOUR}">{escape(short)}</text>'
        )
        if value is None:
            parts.append(
                f'<text x="{label_w + 4}" y="{text_y:.1f}" fill="{TEXT_COLOUR}" '
                f'font-style="italic">{missing}</text>'
            )
            continue
        w = max(1.0, plot_w * abs(value) / top)
        parts.append(
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" '
            f'fill="{BAR_COLOUR}"/>'
        )
        parts.append(
            f'<text x="{label_w + w + 4:.1f}" y="{text_y:.1f}" fill="{TEXT_COLOUR}">'
            f"{escape(format_vi(value))}</text>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))
