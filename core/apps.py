from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    label = "core"
    verbose_name = _("Lõi cổng thông tin")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from core.plugins import config  # noqa: F401  (registers system checks)
