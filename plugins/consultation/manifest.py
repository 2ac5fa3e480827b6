from core.plugins.manifest import PluginManifest

MANIFEST = PluginManifest(
    key="consultation",
    name="Lấy ý kiến dự thảo",
    app="plugins.consultation",
    # Category 8 item c) (drafts open for comment) at the category's own section
    # path: the plugin's pages shadow the section page and show its intro; the
    # questions and petitions of the same category live under "hoi-dap/" (qa).
    url_prefix="lay-y-kien/",
    urls="plugins.consultation.urls",
    categories=(8,),
    api_router="plugins.consultation.api.router",
    api_prefix="consultations/",
    search=True,
    description=(
        "Danh sách dự thảo văn bản, chủ trương chính sách cần xin ý kiến; nhận góp ý "
        "trong thời hạn; công khai tổng hợp ý kiến và giải trình của cơ quan soạn thảo."
    ),
)
