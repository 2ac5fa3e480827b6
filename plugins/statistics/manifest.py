"""Statistical reports (thông tin thống kê, Quy chế Điều 7 mục 11)."""

from core.plugins.manifest import DeadlineClock, PluginManifest

MANIFEST = PluginManifest(
    key="statistics",
    name="Thống kê",
    app="plugins.statistics",
    url_prefix="thong-ke/",
    urls="plugins.statistics.urls",
    categories=(11,),
    api_router="plugins.statistics.api.router",
    api_prefix="statistics/",
    seed="plugins.statistics.seed.seed",
    clocks=(
        DeadlineClock(
            key="statistics",
            label="Đăng thông tin thống kê kể từ ngày quyết định công bố",
            policy_field="plans_projects",
        ),
    ),
    feeds=("rss", "atom"),
    exports=("csv", "xlsx", "json"),
    description=(
        "Báo cáo thống kê: bảng số liệu (tải lên CSV/XLSX/ODS, kiểm tra cột số, đơn "
        "vị, ô thiếu), phương pháp, phân tích, kỳ số liệu, biểu đồ SVG, tải về "
        "CSV/XLSX/JSON."
    ),
)
