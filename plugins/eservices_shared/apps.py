from django.utils.translation import gettext_lazy as _

from core.plugins.config import PluginConfig


class EservicesSharedConfig(PluginConfig):
    default = True
    name = "plugins.eservices_shared"
    label = "eservices_shared"
    verbose_name = _("Danh mục thủ tục hành chính (dùng chung)")
