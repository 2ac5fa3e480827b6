from core.plugins.manifest import PluginManifest

MANIFEST = PluginManifest(
    key="schedule",
    name="Lịch công tác của lãnh đạo",
    app="plugins.schedule",
    url_prefix="lich-cong-tac/",
    urls="plugins.schedule.urls",
    menu=(("", "Lịch công tác"),),
    api_router="plugins.schedule.api.router",
    api_prefix="schedule/",
    seed="plugins.schedule.seed.seed",
    feeds=("lich-cong-tac/rss/", "lich-cong-tac/atom/", "lich-cong-tac/lich.ics"),
    description=(
        "Lịch làm việc hằng tuần của lãnh đạo (Quy chế, Điều 7 khoản 3): xem theo "
        "tuần, bản in, lịch iCalendar, RSS/Atom; thay đổi sau khi công bố được đánh "
        "dấu."
    ),
)
