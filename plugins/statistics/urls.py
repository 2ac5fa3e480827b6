from django.urls import path

from plugins.statistics import feeds, views

urlpatterns = [
    path("", views.index, name="statistics-index"),
    path("rss/", feeds.ReportsFeed(), name="statistics-rss"),
    path("atom/", feeds.ReportsAtomFeed(), name="statistics-atom"),
    path("<slug:slug>/", views.detail, name="statistics-detail"),
    *[
        path(
            f"<slug:slug>/tai-ve.{fmt}",
            views.download,
            {"fmt": fmt},
            name=f"statistics-download-{fmt}",
        )
        for fmt in ("csv", "xlsx", "json")
    ],
]
