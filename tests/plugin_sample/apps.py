from core.plugins.config import PluginConfig


class SamplePluginConfig(PluginConfig):
    default = True  # apps.py also sees the imported PluginConfig base
    name = "tests.plugin_sample"
    label = "plugin_sample"
    verbose_name = "Phần mở rộng mẫu"
