from core.plugins.manifest import PluginManifest

MANIFEST = PluginManifest(
    search_provider="plugins.directory.site_search.provider",
    key="directory",
    name="Danh bạ cán bộ, thông tin giao dịch",
    app="plugins.directory",
    url_prefix="danh-ba/",
    urls="plugins.directory.urls",
    categories=(9,),
    api_router="plugins.directory.api.router",
    api_prefix="officials/",
    seed="plugins.directory.seed.seed",
    search=True,
    feeds=("danh-ba/rss/", "danh-ba/atom/"),
    description=(
        "Danh bạ cán bộ, công chức và thông tin giao dịch của các cơ quan; "
        "tải vCard từng người; cung cấp danh sách cán bộ cho sơ đồ tổ chức và "
        "lịch công tác."
    ),
)
