"""Online public services (dịch vụ công trực tuyến): a shared national catalogue,
each portal shows the procedures handled at its level (Quy chế, Điều 10)."""

from core.plugins.manifest import PluginManifest

MANIFEST = PluginManifest(
    search_provider="plugins.eservices.site_search.provider",
    key="eservices",
    name="Dịch vụ công trực tuyến",
    app="plugins.eservices",
    shared_app="plugins.eservices_shared",
    url_prefix="dich-vu-cong/",
    urls="plugins.eservices.urls",
    menu=(("", "Dịch vụ công trực tuyến"),),
    api_router="plugins.eservices.api.router",
    api_prefix="services/",
    seed_shared="plugins.eservices_shared.seed.seed_shared",
    search=True,
    feeds=("rss", "atom"),
    exports=("services.json",),
    description=(
        "Danh mục thủ tục hành chính dùng chung (lược đồ public); mỗi trang hiển thị "
        "các thủ tục thuộc cấp của mình, có tìm kiếm không dấu và lọc theo lĩnh vực."
    ),
)
