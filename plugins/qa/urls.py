from django.urls import path

from plugins.qa import privacy_views, views

urlpatterns = [
    path("", views.index, name="qa-index"),
    path("gui/", views.ask, name="qa-ask"),
    path("gui/da-nhan/", views.received, name="qa-received"),
    path("theo-doi/", views.track, name="qa-track"),
    path("du-lieu-ca-nhan/", privacy_views.with_secret, name="qa-data"),
    path("du-lieu-ca-nhan/lien-ket/", privacy_views.request_link, name="qa-data-link"),
    path("du-lieu-ca-nhan/<str:token>/", privacy_views.with_link, name="qa-data-token"),
    path("<int:pk>/", views.detail, name="qa-detail"),
]
