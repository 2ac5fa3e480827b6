from core.plugins.manifest import DeadlineClock, PluginManifest

MANIFEST = PluginManifest(
    search_provider="plugins.qa.site_search.provider",
    key="qa",
    name="Hỏi đáp, phản ánh kiến nghị",
    app="plugins.qa",
    # Category 8 is shared: qa serves its items a) and b) (petitions on
    # administrative regulations and their replies) plus the questions of Điều 9;
    # the consultation plugin serves item c) (drafts) at the category's section
    # path "lay-y-kien/". Questions get their own citizen-facing path.
    url_prefix="hoi-dap/",
    urls="plugins.qa.urls",
    categories=(8,),
    menu=(("", "Hỏi đáp"),),
    api_router="plugins.qa.api.router",
    api_prefix="questions/",
    seed="plugins.qa.seed.seed",
    clocks=(
        DeadlineClock(
            key="answer",
            label="Trả lời câu hỏi, phản ánh kiến nghị",
            policy_field="answer_deadline_days",
        ),
    ),
    search=True,
    description=(
        "Tiếp nhận câu hỏi và phản ánh, kiến nghị về quy định hành chính; giao cơ "
        "quan trả lời trong hạn; công khai câu trả lời; tra cứu hồ sơ bằng mã."
    ),
)
