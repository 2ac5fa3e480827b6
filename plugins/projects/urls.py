from django.urls import path

from plugins.projects import feeds, views

urlpatterns = [
    path("", views.index, name="projects-index"),
    path("rss/", feeds.ProjectsFeed(), name="projects-rss"),
    path("atom/", feeds.ProjectsAtomFeed(), name="projects-atom"),
    path("keu-goi-dau-tu/", views.investment_index, name="projects-investment"),
    path(
        "keu-goi-dau-tu/<slug:slug>/",
        views.investment_detail,
        name="projects-investment-detail",
    ),
    path("dau-thau/", views.bidding_index, name="projects-bidding"),
    path("dau-thau/rss/", feeds.BiddingFeed(), name="projects-bidding-rss"),
    path("dau-thau/atom/", feeds.BiddingAtomFeed(), name="projects-bidding-atom"),
    path("dau-thau/<slug:slug>/", views.bidding_detail, name="projects-bidding-detail"),
    path("<slug:slug>/", views.detail, name="projects-detail"),
]
