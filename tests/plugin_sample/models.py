from django.db import models
from wagtail.models import Page

from core.plugins.pages import PluginPageMixin


class SampleItem(models.Model):
    title = models.CharField(max_length=100)

    def __str__(self) -> str:
        return self.title


class SamplePage(PluginPageMixin, Page):
    plugin_key = "sample"
    template = "plugin_sample/sample_page.html"
