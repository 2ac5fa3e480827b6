"""Projects, investment calls and bidding notices (Quy chế Điều 7 mục 7)."""

from core.plugins.manifest import DeadlineClock, PluginManifest

MANIFEST = PluginManifest(
    key="projects",
    name="Dự án, đầu tư, đấu thầu",
    app="plugins.projects",
    url_prefix="du-an/",
    urls="plugins.projects.urls",
    categories=(7,),
    api_router="plugins.projects.api.router",
    api_prefix="projects/",
    seed="plugins.projects.seed.seed",
    clocks=(
        DeadlineClock(
            key="projects",
            label="Đăng dự án kể từ ngày phê duyệt",
            policy_field="plans_projects",
        ),
    ),
    feeds=("rss", "atom"),
    search=True,
    description=(
        "Danh mục dự án (chuẩn bị đầu tư, đang thực hiện, đã hoàn thành), kêu gọi đầu "
        "tư, chính sách ưu đãi và thông báo mời thầu."
    ),
)
