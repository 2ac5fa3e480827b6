from django.urls import path

from plugins.directory import feeds, views

urlpatterns = [
    path("", views.index, name="directory-index"),
    path("can-bo/<int:pk>/", views.person, name="directory-person"),
    path("can-bo/<int:pk>/vcard.vcf", views.vcard, name="directory-vcard"),
    path("rss/", feeds.OfficialsFeed(), name="directory-rss"),
    path("atom/", feeds.OfficialsAtomFeed(), name="directory-atom"),
]
