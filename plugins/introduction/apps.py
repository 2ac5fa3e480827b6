from core.plugins.config import PluginConfig


class IntroductionConfig(PluginConfig):
    default = True
    name = "plugins.introduction"
    label = "introduction"
    verbose_name = "Giới thiệu"
