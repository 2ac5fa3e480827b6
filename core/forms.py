"""Admin form of every core page: a blank slug is made from the title server-side,
so the page can be created without JavaScript too (DESIGN §6)."""

from __future__ import annotations

from wagtail.admin.forms import WagtailAdminPageForm

from core.text.vietnamese import slugify_vi


class PortalPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean(self):
        cleaned = self.cleaned_data
        if not cleaned.get("slug") and cleaned.get("title"):
            cleaned["slug"] = self._free_slug(slugify_vi(cleaned["title"]))
        return super().clean()

    def _free_slug(self, base: str) -> str:
        parent = self.parent_page
        if parent is None or not base:
            return base
        taken = set(
            parent.get_children()
            .exclude(pk=self.instance.pk)
            .filter(slug__startswith=base)
            .values_list("slug", flat=True)
        )
        candidate, suffix = base, 1
        while candidate in taken:
            suffix += 1
            candidate = f"{base}-{suffix}"
        return candidate
