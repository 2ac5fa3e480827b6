"""RSS and Atom feeds of the procedures this portal lists, newest changes first:
the catalogue changes when the national data is re-imported."""

from __future__ import annotations

from datetime import datetime

from django.contrib.syndication.views import Feed
from django.db import connection
from django.utils.feedgenerator import Atom1Feed

from plugins.eservices import services
from plugins.eservices_shared.models import OnlineService


class ServicesFeed(Feed):
    link = "/dich-vu-cong/"
    description = "Thủ tục hành chính mới cập nhật trong danh mục của trang"

    def title(self) -> str:
        return f"Dịch vụ công trực tuyến – {getattr(connection.tenant, 'name', '')}"

    def items(self):
        return services.services_for(connection.tenant).order_by("-updated_at", "code")[
            :30
        ]

    def item_title(self, item: OnlineService) -> str:
        return item.name

    def item_description(self, item: OnlineService) -> str:
        return f"Mã {item.code}. Lĩnh vực: {item.field or 'Chưa có thông tin'}."

    def item_link(self, item: OnlineService) -> str:
        return f"/dich-vu-cong/{item.code}/"

    def item_pubdate(self, item: OnlineService) -> datetime:
        return item.updated_at


class ServicesAtomFeed(ServicesFeed):
    feed_type = Atom1Feed
    subtitle = ServicesFeed.description
