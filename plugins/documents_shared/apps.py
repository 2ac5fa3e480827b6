from django.utils.translation import gettext_lazy as _

from core.plugins.config import PluginConfig


class DocumentsSharedConfig(PluginConfig):
    default = True
    name = "plugins.documents_shared"
    label = "documents_shared"
    verbose_name = _("Văn bản Trung ương, tỉnh (dùng chung)")
