"""Legal-document registry (văn bản): the unit's own documents in its schema, the
central/province ones in the public schema; Vietnamese search, citations, deadlines."""

from core.plugins.manifest import DeadlineClock, PluginManifest

MANIFEST = PluginManifest(
    search_provider="plugins.documents.site_search.provider",
    key="documents",
    name="Văn bản",
    app="plugins.documents",
    shared_app="plugins.documents_shared",
    url_prefix="van-ban/",
    urls="plugins.documents.urls",
    menu=(),
    categories=(6,),
    api_router="plugins.documents.api.router",
    api_prefix="documents/",
    seed="plugins.documents.seed.seed",
    seed_shared="plugins.documents_shared.seed.seed_shared",
    clocks=(
        DeadlineClock(
            key="documents_town",
            label="Văn bản của đơn vị",
            policy_field="documents_town",
        ),
        DeadlineClock(
            key="documents_central_province",
            label="Văn bản của Trung ương, của tỉnh",
            policy_field="documents_central_province",
        ),
    ),
    search=True,
    description=(
        "Cơ sở dữ liệu văn bản quy phạm pháp luật và văn bản hành chính, có công cụ "
        "tìm kiếm văn bản (tìm không dấu, theo số ký hiệu), tải tệp, liên kết trích "
        "dẫn và theo dõi hạn đăng tải."
    ),
)
