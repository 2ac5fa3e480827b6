"""Page types of the introduction section (category 1 of the regulation).

They live under the section page ``/gioi-thieu/``; while the plugin is disabled for a
tenant they answer 404 and cannot be created (PluginPageMixin). People come through
the people seam (core.plugins.people), never from the directory plugin directly.
"""

from __future__ import annotations

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.db import connection, models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import BODY_BLOCKS
from core.models.pages import BasePage
from core.plugins import people
from core.plugins.pages import PluginPageMixin
from plugins.introduction.geojson import parse_boundaries

PLUGIN_KEY = "introduction"
SECTION_PARENTS = ["core.SectionPage"]


class IntroductionPage(PluginPageMixin, BasePage):
    """Shared fields: where the facts come from, and the sample-data flag."""

    plugin_key = PLUGIN_KEY
    source_note = models.TextField(
        _("nguồn thông tin"),
        blank=True,
        help_text=_("Văn bản, tài liệu công bố các thông tin trên trang; hiển thị."),
    )
    is_sample = models.BooleanField(
        _("dữ liệu mẫu"),
        default=False,
        help_text=_("Nội dung minh họa; trang hiển thị nhãn “Dữ liệu mẫu”."),
    )

    source_panels = [
        MultiFieldPanel(
            [FieldPanel("source_note"), FieldPanel("is_sample")],
            heading=_("Nguồn"),
        )
    ]
    parent_page_types = SECTION_PARENTS
    subpage_types: list[str] = []

    class Meta:
        abstract = True


class OrgChartPage(IntroductionPage):
    """Organisation chart: units and their officials, from the people seam."""

    intro = RichTextField(_("giới thiệu"), blank=True)

    content_panels = (
        BasePage.content_panels + [FieldPanel("intro")] + IntroductionPage.source_panels
    )
    max_count_per_parent = 1
    template = "introduction/org_chart_page.html"

    class Meta:
        verbose_name = _("sơ đồ tổ chức")
        verbose_name_plural = _("sơ đồ tổ chức")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["units"] = people.units()
        return context


class LeaderProfileForm(WagtailAdminPageForm):
    """Offers the people seam's leaders for ``person_key``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("— Không liên kết —"))] + [
            (o.key, f"{o.full_name} – {o.position}" if o.position else o.full_name)
            for o in people.officials()
        ]
        current = self.instance.person_key
        if current and current not in {k for k, _label in choices}:
            choices.append((current, current))
        self.fields["person_key"] = forms.ChoiceField(
            label=_("Liên kết với danh bạ cán bộ"), choices=choices, required=False
        )


class LeaderProfilePage(IntroductionPage):
    """A leader's short biography and assigned duties."""

    full_name = models.CharField(_("họ và tên"), max_length=255)
    position = models.CharField(_("chức vụ"), max_length=255, blank=True)
    as_of = models.CharField(
        _("thông tin tính đến"),
        max_length=50,
        blank=True,
        help_text=_("Ví dụ 10/2021: chức vụ theo nguồn tại thời điểm đó."),
    )
    person_key = models.CharField(max_length=100, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    biography = RichTextField(_("tiểu sử tóm tắt"), blank=True)
    duties = RichTextField(_("nhiệm vụ được phân công"), blank=True)

    base_form_class = LeaderProfileForm
    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("full_name"),
            FieldPanel("position"),
            FieldPanel("as_of"),
            FieldPanel("person_key"),
            FieldPanel("photo"),
            FieldPanel("biography"),
            FieldPanel("duties"),
        ]
        + IntroductionPage.source_panels
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("full_name"),
        index.SearchField("position"),
        index.SearchField("biography"),
        index.SearchField("duties"),
    ]
    template = "introduction/leader_profile_page.html"

    class Meta:
        verbose_name = _("tiểu sử lãnh đạo")
        verbose_name_plural = _("tiểu sử lãnh đạo")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["person"] = people.find(self.person_key) if self.person_key else None
        return context


class TopicPage(IntroductionPage):
    """Natural conditions, history, culture, relics or landscapes of the territory."""

    class Topic(models.TextChoices):
        NATURAL = "natural", _("Điều kiện tự nhiên")
        HISTORY = "history", _("Lịch sử")
        CULTURE = "culture", _("Văn hóa")
        RELICS = "relics", _("Di tích")
        LANDSCAPES = "landscapes", _("Danh lam thắng cảnh")

    topic = models.CharField(_("chủ đề"), max_length=20, choices=Topic.choices)
    intro = models.TextField(_("tóm tắt"), blank=True)
    body = StreamField(BODY_BLOCKS, verbose_name=_("nội dung"), blank=True)

    content_panels = (
        BasePage.content_panels
        + [FieldPanel("topic"), FieldPanel("intro"), FieldPanel("body")]
        + IntroductionPage.source_panels
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("topic"),
    ]
    template = "introduction/topic_page.html"

    class Meta:
        verbose_name = _("trang giới thiệu theo chủ đề")
        verbose_name_plural = _("trang giới thiệu theo chủ đề")


class AdministrativeMapForm(WagtailAdminPageForm):
    """Validates the uploaded GeoJSON before anything is saved."""

    def clean_geojson_file(self):
        upload = self.cleaned_data.get("geojson_file")
        if isinstance(upload, UploadedFile):
            upload.seek(0)
            self._boundaries = parse_boundaries(upload.read())
            upload.seek(0)
        elif not upload:
            self._boundaries = None
        return upload

    def save(self, commit=True):
        if hasattr(self, "_boundaries"):
            self.instance.boundaries = self._boundaries
        return super().save(commit=commit)


class AdministrativeMapPage(IntroductionPage):
    """Boundaries drawn from the editor's GeoJSON, with the units as a plain list.

    No base tiles are loaded (no external requests); without a GeoJSON the page shows
    only the list, the accessible fallback that is always present.
    """

    intro = RichTextField(_("giới thiệu"), blank=True)
    geojson_file = models.FileField(
        _("tệp ranh giới (GeoJSON)"),
        upload_to="ban-do/",
        blank=True,
        help_text=_(
            "FeatureCollection các vùng (Polygon/MultiPolygon), hệ tọa độ WGS 84; "
            "tên đơn vị trong thuộc tính “name”. Tối đa 5 MB."
        ),
    )
    boundaries = models.JSONField(null=True, blank=True, editable=False)

    base_form_class = AdministrativeMapForm
    content_panels = (
        BasePage.content_panels
        + [FieldPanel("intro"), FieldPanel("geojson_file")]
        + IntroductionPage.source_panels
    )
    max_count_per_parent = 1
    template = "introduction/administrative_map_page.html"

    class Meta:
        verbose_name = _("bản đồ hành chính")
        verbose_name_plural = _("bản đồ hành chính")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tenant = getattr(request, "tenant", None) or connection.tenant
        context["territory"] = tenant
        context["subunits"] = (
            list(tenant.children.filter(is_active=True).order_by("position", "name"))
            if getattr(tenant, "pk", None)
            else []
        )
        context["regions"] = [
            f["properties"]["name"] for f in (self.boundaries or {}).get("features", [])
        ]
        return context
