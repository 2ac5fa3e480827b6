from django.utils.translation import gettext_lazy as _

from core.plugins.config import PluginConfig


class ProjectsConfig(PluginConfig):
    default = True
    name = "plugins.projects"
    label = "projects"
    verbose_name = _("Dự án, đầu tư, đấu thầu")
