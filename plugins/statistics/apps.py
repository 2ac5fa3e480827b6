from django.utils.translation import gettext_lazy as _

from core.plugins.config import PluginConfig


class StatisticsConfig(PluginConfig):
    default = True
    name = "plugins.statistics"
    label = "statistics"
    verbose_name = _("Thống kê")
