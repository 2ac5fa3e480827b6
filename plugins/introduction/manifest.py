from core.plugins.manifest import PluginManifest

MANIFEST = PluginManifest(
    key="introduction",
    name="Giới thiệu",
    app="plugins.introduction",
    seed="plugins.introduction.seed.seed",
    search=True,
    description=(
        "Các loại trang của chuyên mục Giới thiệu: sơ đồ tổ chức (từ danh bạ), "
        "tiểu sử và nhiệm vụ của lãnh đạo, điều kiện tự nhiên, lịch sử, văn hóa, "
        "di tích, danh lam thắng cảnh, bản đồ hành chính (GeoJSON do biên tập viên "
        "tải lên)."
    ),
)
