"""GET /api/v1/projects/: projects, investment calls and bidding notices."""

from __future__ import annotations

from datetime import date, datetime

from django.db.models import Q
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from core.filters import check_api_year
from plugins.projects.models import BiddingNotice, InvestmentCall, Project

router = Router()

# A sane range for the ``year`` filter; outside it the request is refused.


class DocumentOut(Schema):
    title: str
    url: str


class UpdateOut(Schema):
    date: date
    text: str
    percent_complete: int | None


class ProjectSummary(Schema):
    slug: str
    name: str
    objective: str
    field: str
    project_type: str
    start_date: date
    end_date: date | None
    budget_vnd: int | None
    budget_display: str
    funding_type: str
    investor: str
    status: str
    location: str
    approved_on: date | None
    published_on: date
    due_on: date | None
    is_sample: bool
    url: str


class ProjectOut(ProjectSummary):
    description: str
    documents: list[DocumentOut]
    updates: list[UpdateOut]


class ProjectList(Schema):
    count: int
    items: list[ProjectSummary]


class InvestmentOut(Schema):
    slug: str
    kind: str
    title: str
    field: str
    summary: str
    location: str
    published_on: date
    is_sample: bool


class BiddingOut(Schema):
    slug: str
    title: str
    project_name: str
    procuring_entity: str
    method: str
    budget_vnd: int | None
    opens_at: datetime
    closes_at: datetime
    published_on: date
    is_sample: bool


def _summary(request: HttpRequest, project: Project) -> dict:
    data = {f: getattr(project, f) for f in ProjectSummary.model_fields if f != "url"}
    data["url"] = request.build_absolute_uri(project.get_absolute_url())
    return data


@router.get(
    "/",
    response=ProjectList,
    summary="Dự án (lọc theo tình trạng, lĩnh vực, địa điểm, năm)",
)
def list_projects(
    request: HttpRequest,
    status: str = "",
    field: str = "",
    ward: str = "",
    year: int | None = None,
    limit: int = 50,
    offset: int = 0,
):
    check_api_year(year)
    qs = Project.objects.filter(live=True)
    if status:
        qs = qs.filter(status=status)
    if field:
        qs = qs.filter(field=field)
    if ward:
        qs = qs.filter(location=ward)
    if year:
        qs = qs.filter(start_date__year__lte=year).filter(
            Q(end_date__isnull=True) | Q(end_date__year__gte=year)
        )
    limit, offset = max(1, min(limit, 200)), max(0, offset)
    return {
        "count": qs.count(),
        "items": [_summary(request, p) for p in qs[offset : offset + limit]],
    }


@router.get(
    "/investment",
    response=list[InvestmentOut],
    summary="Kêu gọi đầu tư, chính sách ưu đãi",
)
def list_investment(request: HttpRequest):
    return list(InvestmentCall.objects.filter(live=True)[:200])


@router.get("/bidding", response=list[BiddingOut], summary="Thông báo mời thầu")
def list_bidding(request: HttpRequest):
    return list(BiddingNotice.objects.filter(live=True)[:200])


@router.get("/{slug}", response=ProjectOut, summary="Một dự án")
def get_project(request: HttpRequest, slug: str):
    project = get_object_or_404(Project, live=True, slug=slug)
    data = _summary(request, project)
    data["description"] = project.description
    data["documents"] = [
        {"title": d.title, "url": d.href or ""}
        for d in project.documents.select_related("document")
    ]
    data["updates"] = list(project.updates.all())
    return data
