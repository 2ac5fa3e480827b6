"""Load and validate a site definition before anything touches the database.

Every problem names the file, the entry and the fix; the bootstrap refuses to start
while any remains, so an invalid definition leaves the database as it was.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

UNIT_KINDS = ("province", "town", "ward", "commune")
ENVIRONMENTS = ("local", "production")
SCHEMA_RE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?)+$")
RESERVED_SCHEMAS = {"public", "information_schema", "tenant_template", "pg_catalog"}
DEFINITION_FILE = "site.toml"


class SiteDefinitionError(Exception):
    """One or more problems in a site definition; ``str()`` lists them all."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Unit:
    slug: str
    schema: str
    kind: str
    name: str
    portal_title: str
    parent: str | None
    domains: dict[str, list[str]]
    contact: dict[str, str]
    publish_regulation: bool = False
    disabled_plugins: tuple[str, ...] = ()
    # Categories of the site menu this unit does not publish (default: all of them).
    without_sections: tuple[int, ...] = ()
    position: int = 0


@dataclass(frozen=True)
class MenuItem:
    category: int
    slug: str
    title: str


@dataclass(frozen=True)
class Deadline:
    key: str
    label: str
    working_days: int | None
    immediate: bool
    from_regulation: bool
    enabled: bool
    basis: str


@dataclass(frozen=True)
class Policy:
    code: str
    version: int
    title: str
    legal_basis: str
    effective_from: date
    answer_deadline_days: int
    answer_deadline_basis: str
    deadlines: tuple[Deadline, ...]


@dataclass(frozen=True)
class SiteDefinition:
    path: Path
    key: str
    name: str
    platform_name: str
    platform_domains: dict[str, list[str]]
    province: dict[str, str]
    policy: Policy
    menu: tuple[MenuItem, ...]
    links: tuple[dict[str, str], ...]
    units: tuple[Unit, ...]
    regulation_file: Path | None = None
    extra: dict = field(default_factory=dict)

    def unit(self, slug: str) -> Unit:
        return next(u for u in self.units if u.slug == slug)


class _Collector:
    def __init__(self, path: Path):
        self.path = path
        self.problems: list[str] = []

    def add(self, entry: str, message: str, fix: str) -> None:
        self.problems.append(f"{self.path}: [{entry}] {message} — Cách sửa: {fix}")

    def require(self, data: dict, key: str, entry: str, kind: type = str):
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(entry, f"thiếu trường '{key}'", f"thêm {key} = … vào mục này")
            return None
        if not isinstance(value, kind):
            self.add(
                entry,
                f"trường '{key}' phải là {kind.__name__}, "
                f"đang là {type(value).__name__}",
                f"sửa giá trị của {key}",
            )
            return None
        return value


def load(directory: str | Path, existing_domains: dict[str, str] | None = None):
    """Read ``directory/site.toml``; raise SiteDefinitionError listing every problem.

    ``existing_domains`` maps domains already in the database to the schema that owns
    them, so a definition cannot take another tenant's host.
    """
    directory = Path(directory)
    path = directory / DEFINITION_FILE
    problems = _Collector(path)
    if not path.is_file():
        raise SiteDefinitionError(
            [f"{path}: không tìm thấy tệp định nghĩa — Cách sửa: tạo {DEFINITION_FILE}"]
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SiteDefinitionError(
            [
                f"{path}: tệp không đúng cú pháp TOML ({exc}) — "
                "Cách sửa: sửa dòng báo lỗi"
            ]
        ) from exc

    site = data.get("site") or {}
    key = problems.require(site, "key", "site")
    name = problems.require(site, "name", "site")
    regulation_file = None
    if site.get("regulation"):
        regulation_file = directory / site["regulation"]
        if not regulation_file.is_file():
            problems.add(
                "site",
                f"không có tệp quy chế '{site['regulation']}'",
                "đặt tệp vào thư mục định nghĩa hoặc sửa site.regulation",
            )

    platform = data.get("platform") or {}
    platform_domains = _domains(platform.get("domains"), "platform", problems)

    policy = _policy(data.get("policy"), problems)
    menu = _menu(data.get("menu") or [], problems)
    links = tuple(_links(data.get("links") or [], problems))
    units = _units(data.get("units") or [], problems)

    _check_domains(platform_domains, units, existing_domains or {}, problems)

    if problems.problems:
        raise SiteDefinitionError(problems.problems)
    return SiteDefinition(
        path=path,
        key=key,
        name=name,
        platform_name=platform.get("name") or name,
        platform_domains=platform_domains,
        province=dict(data.get("province") or {}),
        policy=policy,
        menu=menu,
        links=links,
        units=units,
        regulation_file=regulation_file,
    )


def _domains(raw, entry: str, problems: _Collector) -> dict[str, list[str]]:
    if not isinstance(raw, dict):
        problems.add(
            entry,
            "thiếu bảng 'domains'",
            'thêm domains.local = ["ten.localhost"] và domains.production = [...]',
        )
        return {}
    result: dict[str, list[str]] = {}
    for env, hosts in raw.items():
        if env not in ENVIRONMENTS:
            problems.add(
                entry,
                f"môi trường tên miền '{env}' không hợp lệ",
                f"dùng một trong {', '.join(ENVIRONMENTS)}",
            )
            continue
        if not isinstance(hosts, list):
            problems.add(entry, f"domains.{env} phải là danh sách", 'viết ["…"]')
            continue
        cleaned = []
        for host in hosts:
            host = str(host).strip().lower()
            if host.startswith("www."):
                problems.add(
                    entry,
                    f"tên miền '{host}' có tiền tố www.",
                    f"lưu '{host[4:]}' (django-tenants bỏ www. khi so khớp)",
                )
                continue
            if not (DOMAIN_RE.match(host) or re.match(r"^\d+\.\d+\.\d+\.\d+$", host)):
                problems.add(entry, f"tên miền '{host}' không hợp lệ", "sửa tên miền")
                continue
            cleaned.append(host)
        result[env] = cleaned
    if not result.get("local"):
        problems.add(
            entry,
            "thiếu tên miền cho môi trường local",
            'thêm domains.local = ["ten.localhost"]',
        )
    return result


def _policy(raw, problems: _Collector) -> Policy | None:
    if not isinstance(raw, dict):
        problems.add("policy", "thiếu mục [policy]", "khai báo chính sách biên tập")
        return None
    fields = {
        "code": str,
        "title": str,
        "legal_basis": str,
        "effective_from": date,
        "answer_deadline_days": int,
        "answer_deadline_basis": str,
    }
    values = {k: problems.require(raw, k, "policy", t) for k, t in fields.items()}
    deadlines = []
    for i, item in enumerate(raw.get("deadlines") or [], start=1):
        entry = f"policy.deadlines #{i}"
        dkey = problems.require(item, "key", entry)
        label = problems.require(item, "label", entry)
        basis = problems.require(item, "basis", entry)
        immediate = bool(item.get("immediate", False))
        days = item.get("working_days")
        if not immediate and not isinstance(days, int):
            problems.add(
                entry,
                "thiếu số ngày làm việc",
                "thêm working_days = N, hoặc immediate = true",
            )
        deadlines.append(
            Deadline(
                key=dkey or "",
                label=label or "",
                working_days=days if isinstance(days, int) and days > 0 else None,
                immediate=immediate,
                from_regulation=bool(item.get("from_regulation", True)),
                enabled=bool(item.get("enabled", True)),
                basis=basis or "",
            )
        )
    if None in values.values():
        return None
    return Policy(
        version=int(raw.get("version", 1)), deadlines=tuple(deadlines), **values
    )


def _menu(raw: list, problems: _Collector) -> tuple[MenuItem, ...]:
    items = []
    seen: set[str] = set()
    for i, item in enumerate(raw, start=1):
        entry = f"menu #{i}"
        slug = problems.require(item, "slug", entry)
        title = problems.require(item, "title", entry)
        category = problems.require(item, "category", entry, int)
        if slug and not SLUG_RE.match(slug):
            problems.add(entry, f"slug '{slug}' không hợp lệ", "chỉ dùng a-z, 0-9 và -")
        if slug in seen:
            problems.add(entry, f"slug '{slug}' bị trùng", "đặt slug khác")
        seen.add(slug)
        if slug and title and category is not None:
            items.append(MenuItem(category=category, slug=slug, title=title))
    return tuple(items)


def _links(raw: list, problems: _Collector):
    for i, item in enumerate(raw, start=1):
        entry = f"links #{i}"
        title = problems.require(item, "title", entry)
        url = problems.require(item, "url", entry)
        if url and not url.startswith(("https://", "http://")):
            problems.add(entry, f"địa chỉ '{url}' không hợp lệ", "viết https://…")
        if title and url:
            yield {"title": title, "url": url}


def _units(raw: list, problems: _Collector) -> tuple[Unit, ...]:
    if not raw:
        problems.add("units", "không có đơn vị nào", "thêm ít nhất một [[units]]")
        return ()
    units: list[Unit] = []
    slugs: dict[str, int] = {}
    schemas: dict[str, str] = {}
    for i, item in enumerate(raw, start=1):
        label = item.get("slug") or f"#{i}"
        entry = f"units {label}"
        slug = problems.require(item, "slug", entry)
        schema = problems.require(item, "schema", entry)
        kind = problems.require(item, "kind", entry)
        name = problems.require(item, "name", entry)
        if slug and not SLUG_RE.match(slug):
            problems.add(entry, f"slug '{slug}' không hợp lệ", "chỉ dùng a-z, 0-9 và -")
        if slug in slugs:
            problems.add(entry, f"slug '{slug}' bị trùng", "mỗi đơn vị một slug riêng")
        if slug:
            slugs[slug] = i
        if schema and (not SCHEMA_RE.match(schema) or schema in RESERVED_SCHEMAS):
            problems.add(
                entry,
                f"tên lược đồ '{schema}' không hợp lệ",
                "dùng chữ thường, số và _ (tối đa 63 ký tự), không dùng tên dành riêng",
            )
            schema = None  # reported; the unit is left out of the domain checks
        if schema:
            if schema in schemas:
                problems.add(
                    entry,
                    f"lược đồ '{schema}' trùng với đơn vị {schemas[schema]}",
                    "đặt tên lược đồ khác",
                )
            schemas[schema] = slug or label
        if kind and kind not in UNIT_KINDS:
            problems.add(
                entry,
                f"loại đơn vị '{kind}' không hợp lệ",
                f"dùng một trong: {', '.join(UNIT_KINDS)}",
            )
        domains = _domains(item.get("domains"), entry, problems)
        plugins = item.get("plugins") or {}
        if all([slug, schema, kind, name]):
            units.append(
                Unit(
                    slug=slug,
                    schema=schema,
                    kind=kind,
                    name=name,
                    portal_title=item.get("portal_title")
                    or f"Trang thông tin điện tử {name}",
                    parent=item.get("parent"),
                    domains=domains,
                    contact={k: str(v) for k, v in (item.get("contact") or {}).items()},
                    publish_regulation=bool(item.get("publish_regulation", False)),
                    disabled_plugins=tuple(plugins.get("disabled", ())),
                    without_sections=tuple(item.get("without_sections", ())),
                    position=i,
                )
            )
    by_slug = {u.slug: u for u in units}
    for unit in units:
        if unit.parent is None:
            continue
        if unit.parent not in by_slug:
            problems.add(
                f"units {unit.slug}",
                f"đơn vị cấp trên '{unit.parent}' không có trong định nghĩa",
                "sửa parent thành một trong: "
                + ", ".join(sorted(s for s in by_slug if s != unit.slug)),
            )
            continue
        seen = {unit.slug}
        cursor = by_slug[unit.parent]
        while cursor is not None:
            if cursor.slug in seen:
                problems.add(
                    f"units {unit.slug}",
                    "quan hệ cấp trên tạo thành vòng lặp",
                    "sửa parent để cây đơn vị không có vòng",
                )
                break
            seen.add(cursor.slug)
            cursor = by_slug.get(cursor.parent) if cursor.parent else None
    return tuple(units)


def _check_domains(platform_domains, units, existing, problems: _Collector) -> None:
    owners: dict[str, str] = {}
    entries = [("platform", "public", platform_domains)] + [
        (f"units {u.slug}", u.schema, u.domains) for u in units
    ]
    for entry, schema, domains in entries:
        for hosts in domains.values():
            for host in hosts:
                if host in owners and owners[host] != entry:
                    problems.add(
                        entry,
                        f"tên miền '{host}' trùng với {owners[host]}",
                        "mỗi tên miền chỉ thuộc một trang",
                    )
                owners.setdefault(host, entry)
                owner_schema = existing.get(host)
                if owner_schema and owner_schema != schema:
                    problems.add(
                        entry,
                        f"tên miền '{host}' đang thuộc lược đồ '{owner_schema}' "
                        "trong cơ sở dữ liệu",
                        "dùng tên miền khác hoặc gỡ tên miền khỏi đơn vị đang giữ nó",
                    )
