"""RSS and Atom feeds of published (and re-published) schedule entries."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from plugins.schedule.models import ScheduleEntry
from plugins.schedule.queries import live_entries


class ScheduleFeed(Feed):
    description = "Lịch công tác của lãnh đạo: mục mới và mục đã thay đổi."
    link = "/lich-cong-tac/"

    def get_object(self, request, *args, **kwargs):
        return getattr(request, "tenant", None)

    def title(self, tenant) -> str:
        return f"Lịch công tác – {tenant.name}" if tenant else "Lịch công tác"

    def items(self):
        return live_entries().order_by("-last_published_at", "-pk")[:50]

    def item_title(self, item: ScheduleEntry) -> str:
        title = f"{item.date:%d/%m/%Y}"
        if item.time_label():
            title += f" {item.time_label()}"
        title += f": {item.content.splitlines()[0][:120]}"
        if item.is_changed:
            title = f"[Đã thay đổi] {title}"
        if item.is_sample:
            title += " (Dữ liệu mẫu)"
        return title

    def item_description(self, item: ScheduleEntry) -> str:
        parts = [
            f"Lãnh đạo: {item.leaders}" if item.leaders else "",
            f"Địa điểm: {item.place}" if item.place else "",
            f"Thành phần: {item.participants}" if item.participants else "",
            f"Đơn vị chuẩn bị: {item.preparing_unit}" if item.preparing_unit else "",
            f"Thay đổi: {item.change_note}"
            if item.is_changed and item.change_note
            else "",
        ]
        return " · ".join(p for p in parts if p)

    def item_guid(self, item: ScheduleEntry) -> str:
        # A change is a new feed item: readers see it even if they read the first.
        stamp = item.last_published_at.strftime("%Y%m%d%H%M%S%f")
        return f"lich-cong-tac-{item.pk}-{stamp}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: ScheduleEntry):
        return item.last_published_at

    def item_updateddate(self, item: ScheduleEntry):
        return item.last_published_at


class ScheduleAtomFeed(ScheduleFeed):
    feed_type = Atom1Feed
    subtitle = ScheduleFeed.description
