"""Core page types; a package that re-exports from its modules (Wagtail style)."""

from core.models.pages import (  # noqa: F401
    ArticlePage,
    BasePage,
    HomePage,
    LegalTextPage,
    SectionPage,
    StandardPage,
)
