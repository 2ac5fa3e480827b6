from core.plugins.config import PluginConfig


class ScheduleConfig(PluginConfig):
    default = True
    name = "plugins.schedule"
    label = "schedule"
    verbose_name = "Lịch công tác"
