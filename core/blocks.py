"""StreamField blocks. Lists are static (a block list built at run time churns
migrations, DESIGN §3)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tiêu đề"))
    level = blocks.ChoiceBlock(
        choices=[("h2", "H2"), ("h3", "H3")], default="h2", label=_("Cấp")
    )
    anchor = blocks.CharBlock(required=False, label=_("Neo liên kết (id)"))

    class Meta:
        icon = "title"
        template = "core/blocks/heading.html"
        label = _("Tiêu đề mục")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Ảnh"))
    alt = blocks.CharBlock(
        label=_("Mô tả ảnh cho người dùng trình đọc màn hình"),
        help_text=_("Bắt buộc: mô tả ngắn nội dung ảnh."),
    )
    caption = blocks.CharBlock(required=False, label=_("Chú thích"))

    class Meta:
        icon = "image"
        template = "core/blocks/image.html"
        label = _("Ảnh")


class LegalArticleBlock(blocks.StructBlock):
    """One article (Điều) of a legal text, with its own anchor for deep links."""

    number = blocks.CharBlock(label=_("Số điều"), help_text=_("Ví dụ: 9"))
    title = blocks.CharBlock(label=_("Tên điều"), required=False)
    anchor = blocks.CharBlock(
        label=_("Neo liên kết (id)"), help_text=_("Ví dụ: dieu-9")
    )
    body = blocks.TextBlock(
        label=_("Nội dung"),
        required=False,
        help_text=_("Mỗi đoạn cách nhau bởi một dòng trống."),
    )

    class Meta:
        icon = "doc-full"
        template = "core/blocks/legal_article.html"
        label = _("Điều")


class PlainTextBlock(blocks.TextBlock):
    """Paragraphs of plain text kept as written (line breaks preserved)."""

    class Meta:
        icon = "pilcrow"
        template = "core/blocks/plain_text.html"
        label = _("Đoạn văn bản")


BODY_BLOCKS = [
    ("heading", HeadingBlock()),
    ("paragraph", blocks.RichTextBlock(label=_("Đoạn văn"), icon="pilcrow")),
    ("image", ImageBlock()),
    ("quote", blocks.BlockQuoteBlock(label=_("Trích dẫn"))),
]

LEGAL_TEXT_BLOCKS = [
    ("heading", HeadingBlock()),
    ("text", PlainTextBlock()),
    ("article", LegalArticleBlock()),
]
