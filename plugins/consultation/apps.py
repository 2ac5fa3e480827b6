from django.utils.translation import gettext_lazy as _

from core.plugins.config import PluginConfig


class ConsultationConfig(PluginConfig):
    default = True
    name = "plugins.consultation"
    label = "consultation"
    verbose_name = _("Lấy ý kiến dự thảo")

    def ready(self) -> None:
        from tenants.tasks import register_periodic

        register_periodic(
            "plugins.consultation.tasks.erase_expired", "D", None, "consultation"
        )
