from django.utils.translation import gettext_lazy as _

from core.plugins.config import PluginConfig


class QaConfig(PluginConfig):
    default = True
    name = "plugins.qa"
    label = "qa"
    verbose_name = _("Hỏi đáp, phản ánh kiến nghị")

    def ready(self) -> None:
        from tenants.tasks import register_periodic

        # daily, once per tenant where the plugin is enabled
        register_periodic("plugins.qa.tasks.daily", "D", None, "qa")
