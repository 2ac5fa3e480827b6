"""RSS and Atom feeds of projects and of bidding notices (Django syndication)."""

from __future__ import annotations

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.db import connection
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from plugins.projects.models import BiddingNotice, Project


def _sample(item) -> str:
    return "[Dữ liệu mẫu] " if item.is_sample else ""


def _day(d) -> datetime:
    return timezone.make_aware(datetime.combine(d, time(8)))


class ProjectsFeed(Feed):
    link = "/du-an/"
    description = "Dự án mới đăng và cập nhật"

    def title(self) -> str:
        return f"Dự án – {getattr(connection.tenant, 'name', '')}"

    def items(self):
        return Project.objects.filter(live=True).order_by("-published_on", "-pk")[:20]

    def item_title(self, item: Project) -> str:
        return _sample(item) + item.name

    def item_description(self, item: Project) -> str:
        parts = [item.objective, f"Tình trạng: {item.get_status_display()}"]
        if item.budget_vnd is not None:
            parts.append(f"Tổng mức đầu tư: {item.budget_display}")
        return ". ".join(parts)

    def item_pubdate(self, item: Project) -> datetime:
        return _day(item.published_on)

    def item_updateddate(self, item: Project) -> datetime:
        return item.updated_at


class ProjectsAtomFeed(ProjectsFeed):
    feed_type = Atom1Feed
    subtitle = ProjectsFeed.description


class BiddingFeed(Feed):
    link = "/du-an/dau-thau/"
    description = "Thông báo mời thầu"

    def title(self) -> str:
        return f"Đấu thầu – {getattr(connection.tenant, 'name', '')}"

    def items(self):
        return BiddingNotice.objects.filter(live=True).order_by("-published_on", "-pk")[
            :20
        ]

    def item_title(self, item: BiddingNotice) -> str:
        return _sample(item) + item.title

    def item_description(self, item: BiddingNotice) -> str:
        opens = timezone.localtime(item.opens_at).strftime("%H:%M %d/%m/%Y")
        closes = timezone.localtime(item.closes_at).strftime("%H:%M %d/%m/%Y")
        return (
            f"Bên mời thầu: {item.procuring_entity}. Phát hành hồ sơ: {opens}. "
            f"Đóng thầu: {closes}."
        )

    def item_pubdate(self, item: BiddingNotice) -> datetime:
        return _day(item.published_on)


class BiddingAtomFeed(BiddingFeed):
    feed_type = Atom1Feed
    subtitle = BiddingFeed.description
