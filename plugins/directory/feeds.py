"""RSS and Atom feeds of the officials' list (appointments change it over time)."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from plugins.directory.models import Official


class OfficialsFeed(Feed):
    description = "Cán bộ mới được công bố hoặc cập nhật trong danh bạ."
    link = "/danh-ba/"

    def get_object(self, request, *args, **kwargs):
        return getattr(request, "tenant", None)

    def title(self, tenant) -> str:
        return f"Danh bạ cán bộ – {tenant.name}" if tenant else "Danh bạ cán bộ"

    def items(self):
        return (
            Official.objects.filter(live=True)
            .select_related("unit")
            .order_by("-last_published_at", "-pk")[:50]
        )

    def item_title(self, item: Official) -> str:
        label = (
            f"{item.full_name} – {item.position}" if item.position else item.full_name
        )
        return f"{label} (Dữ liệu mẫu)" if item.is_sample else label

    def item_description(self, item: Official) -> str:
        parts = [item.position, item.unit.name if item.unit_id else ""]
        if item.source_note:
            parts.append(f"Nguồn: {item.source_note}")
        return " · ".join(p for p in parts if p)

    def item_pubdate(self, item: Official):
        return item.first_published_at

    def item_updateddate(self, item: Official):
        return item.last_published_at


class OfficialsAtomFeed(OfficialsFeed):
    feed_type = Atom1Feed
    subtitle = OfficialsFeed.description
