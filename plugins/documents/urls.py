"""Public URLs under /van-ban/. Detail paths start with a number (or ``tw/``) so the
section's Wagtail child pages (``/van-ban/quy-che-hoat-dong/``) still resolve."""

from django.urls import path

from plugins.documents import views

urlpatterns = [
    path("", views.index, name="documents-index"),
    path("<int:pk>/", views.detail, name="documents-detail"),
    path("<int:pk>/tep/<int:file_pk>/", views.download, name="documents-download"),
    path("tw/<int:pk>/", views.shared_detail, name="documents-shared-detail"),
    path(
        "tw/<int:pk>/tep/<int:file_pk>/",
        views.shared_download,
        name="documents-shared-download",
    ),
]
