"""RSS and Atom feeds of the published reports (Django's syndication framework)."""

from __future__ import annotations

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.db import connection
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from plugins.statistics.models import StatReport


class ReportsFeed(Feed):
    link = "/thong-ke/"
    description = "Báo cáo thống kê mới đăng"

    def title(self) -> str:
        tenant = connection.tenant
        return f"Thống kê – {getattr(tenant, 'name', '')}"

    def items(self):
        return StatReport.objects.filter(live=True).order_by("-published_on", "-pk")[
            :20
        ]

    def item_title(self, item: StatReport) -> str:
        prefix = "[Dữ liệu mẫu] " if item.is_sample else ""
        return f"{prefix}{item.title}"

    def item_description(self, item: StatReport) -> str:
        return f"{item.summary} (Kỳ số liệu: {item.period_text}. Nguồn: {item.source})"

    def item_pubdate(self, item: StatReport) -> datetime:
        return timezone.make_aware(datetime.combine(item.published_on, time(8)))

    def item_updateddate(self, item: StatReport) -> datetime:
        return item.updated_at


class ReportsAtomFeed(ReportsFeed):
    feed_type = Atom1Feed
    subtitle = ReportsFeed.description
