from django.urls import path

from plugins.eservices import feeds, views

urlpatterns = [
    path("", views.index, name="eservices-index"),
    path("rss/", feeds.ServicesFeed(), name="eservices-rss"),
    path("atom/", feeds.ServicesAtomFeed(), name="eservices-atom"),
    path("<str:code>/", views.detail, name="eservices-detail"),
]
