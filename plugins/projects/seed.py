"""Illustrative projects for the town portal, every one marked "Dữ liệu mẫu".

No shared source lists real projects of the town; rather than inventing official
facts, these entries say plainly that they are samples (badge on the page, a
prefix in feeds, ``is_sample`` in the API) and name no real investor or decision.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from core.plugins.seed import SeedContext
from plugins.projects.models import (
    BiddingNotice,
    Funding,
    InvestmentCall,
    Project,
    ProjectUpdate,
    Status,
)

SAMPLE_NOTE = "Dữ liệu mẫu để minh họa cách trình bày; không phải thông tin chính thức."

PROJECTS = [
    {
        "slug": "mau-nang-cap-duong-giao-thong-nong-thon",
        "name": "Nâng cấp đường giao thông nông thôn (dữ liệu mẫu)",
        "objective": "Minh họa: nâng cấp mặt đường bê tông phục vụ người dân đi lại.",
        "field": "Giao thông",
        "project_type": "Nhóm C",
        "start_date": date(2025, 3, 1),
        "end_date": date(2026, 12, 31),
        "budget_vnd": 1_500_000_000,
        "funding_type": Funding.STATE,
        "investor": "Chủ đầu tư mẫu",
        "status": Status.ONGOING,
        "location": "Xã Long Toàn",
    },
    {
        "slug": "mau-xay-dung-nha-van-hoa-ap",
        "name": "Xây dựng nhà văn hóa ấp (dữ liệu mẫu)",
        "objective": "Minh họa: xây dựng nơi sinh hoạt cộng đồng.",
        "field": "Văn hóa",
        "project_type": "Nhóm C",
        "start_date": date(2027, 1, 1),
        "end_date": date(2027, 12, 31),
        "budget_vnd": 850_000_000,
        "funding_type": Funding.MIXED,
        "investor": "Chủ đầu tư mẫu",
        "status": Status.PREPARING,
        "location": "Phường 1",
    },
    {
        "slug": "mau-nao-vet-kenh-thuy-loi",
        "name": "Nạo vét kênh thủy lợi nội đồng (dữ liệu mẫu)",
        "objective": "Minh họa: nạo vét kênh phục vụ tưới tiêu.",
        "field": "Nông nghiệp, thủy lợi",
        "project_type": "Nhóm C",
        "start_date": date(2024, 2, 1),
        "end_date": date(2024, 9, 30),
        "budget_vnd": 620_000_000,
        "funding_type": Funding.STATE,
        "investor": "Chủ đầu tư mẫu",
        "status": Status.COMPLETED,
        "location": "Xã Hiệp Thạnh",
    },
]


def seed(ctx: SeedContext) -> Iterator[str]:
    if ctx.tenant is None or ctx.tenant.kind != "town":
        return
    today = timezone.localdate()
    for values in PROJECTS:
        if Project.objects.filter(slug=values["slug"]).exists():
            continue
        project = Project(
            **values,
            description=SAMPLE_NOTE,
            published_on=today,
            is_sample=True,
        )
        project.full_clean()
        project.save()
        if project.status != Status.PREPARING:
            ProjectUpdate.objects.create(
                project=project,
                date=project.start_date + timedelta(days=30),
                text="Cập nhật tiến độ mẫu. " + SAMPLE_NOTE,
                percent_complete=100 if project.status == Status.COMPLETED else 40,
            )
        yield f"thêm dự án mẫu «{project.name}»"
    if not InvestmentCall.objects.filter(slug="mau-keu-goi-dau-tu").exists():
        InvestmentCall.objects.create(
            kind=InvestmentCall.Kind.CALL,
            title="Kêu gọi đầu tư (dữ liệu mẫu)",
            slug="mau-keu-goi-dau-tu",
            field="Du lịch",
            summary=SAMPLE_NOTE,
            published_on=today,
            is_sample=True,
        )
        yield "thêm kêu gọi đầu tư mẫu"
    if not BiddingNotice.objects.filter(slug="mau-thong-bao-moi-thau").exists():
        opens = timezone.make_aware(datetime.combine(today, time(8)))
        BiddingNotice.objects.create(
            title="Gói thầu thi công (dữ liệu mẫu)",
            slug="mau-thong-bao-moi-thau",
            project_name="Nâng cấp đường giao thông nông thôn (dữ liệu mẫu)",
            procuring_entity="Bên mời thầu mẫu",
            method="Đấu thầu rộng rãi qua mạng",
            opens_at=opens,
            closes_at=opens + timedelta(days=20),
            body=SAMPLE_NOTE,
            published_on=today,
            is_sample=True,
        )
        yield "thêm thông báo mời thầu mẫu"
