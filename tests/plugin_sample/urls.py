from django.urls import path

from tests.plugin_sample import views

urlpatterns = [path("", views.index, name="sample-index")]
