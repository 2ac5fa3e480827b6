from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TenantsConfig(AppConfig):
    name = "tenants"
    label = "tenants"
    verbose_name = _("Nền tảng và đơn vị")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from tenants import (
            checks,  # noqa: F401  (registers system checks)
            tasks,  # noqa: F401  (connects django-q2 signals)
        )
