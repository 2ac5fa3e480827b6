from django.utils.translation import gettext_lazy as _

from core.plugins.config import PluginConfig


class DocumentsConfig(PluginConfig):
    default = True
    name = "plugins.documents"
    label = "documents"
    verbose_name = _("Văn bản")

    def ready(self) -> None:
        from core.citations import register_resolver
        from plugins.documents.citations import resolve_numbers

        register_resolver("documents", resolve_numbers)
