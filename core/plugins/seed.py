"""What a plugin's seed function receives from the bootstrap (DESIGN §3)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class SeedContext:
    """``unit`` and ``tenant`` are None for ``seed_shared`` (public schema)."""

    definition: Any
    unit: Any | None
    tenant: Any | None

    @property
    def data_dir(self) -> Path:
        """``sites/<site>/data``: the site's real data, copied with its sources."""
        return self.definition.path.parent / "data"
