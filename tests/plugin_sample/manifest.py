from core.plugins.manifest import PluginManifest

MANIFEST = PluginManifest(
    key="sample",
    name="Phần mở rộng mẫu (kiểm thử)",
    app="tests.plugin_sample",
    url_prefix="mau/",
    urls="tests.plugin_sample.urls",
    menu=(("", "Mục mẫu"),),
    description="Chỉ dùng trong bộ kiểm thử.",
)
