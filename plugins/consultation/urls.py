from django.urls import path

from plugins.consultation import views

urlpatterns = [
    path("", views.index, name="consultation-index"),
    path("<int:pk>/", views.detail, name="consultation-detail"),
]
