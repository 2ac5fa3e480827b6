from django.utils.translation import gettext_lazy as _

from core.plugins.config import PluginConfig


class EservicesConfig(PluginConfig):
    default = True
    name = "plugins.eservices"
    label = "eservices"
    verbose_name = _("Dịch vụ công trực tuyến")
