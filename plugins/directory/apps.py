from core.plugins.config import PluginConfig


class DirectoryConfig(PluginConfig):
    default = True
    name = "plugins.directory"
    label = "directory"
    verbose_name = "Danh bạ cán bộ"

    def ready(self) -> None:
        from core.plugins import people
        from plugins.directory.provider import DirectoryProvider

        people.register("directory", DirectoryProvider)
