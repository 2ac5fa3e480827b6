"""Provision a site definition idempotently: a second run changes nothing and says so.

The definition is fully validated (including against the database's domains and the
installed plugins) before the first write, so an invalid one leaves the database as
it was. Each tenant's content is written in its own transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tenants.utils import schema_context

from core.plugins.seed import SeedContext
from core.plugins.state import enabled_keys, get_manifest, set_enabled
from tenants.models import (
    Domain,
    EditorialPolicy,
    PolicyDeadline,
    ProvinceIntegration,
    Tenant,
)
from tenants.provisioning.definition import (
    SiteDefinition,
    SiteDefinitionError,
    Unit,
    load,
)
from tenants.template import ensure_template

REGULATION_SLUG = "quy-che-hoat-dong"


@dataclass
class Report:
    changes: list[str] = field(default_factory=list)

    def add(self, message: str) -> None:
        self.changes.append(message)

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def load_checked(directory: str | Path) -> SiteDefinition:
    """Load the definition and check it against the database and the plugins."""
    existing = dict(Domain.objects.values_list("domain", "tenant__schema_name"))
    definition = load(directory, existing_domains=existing)
    problems = []
    for unit in definition.units:
        for key in unit.disabled_plugins:
            if get_manifest(key) is None:
                problems.append(
                    f"{definition.path}: [units {unit.slug}] phần mở rộng '{key}' "
                    "không tồn tại — Cách sửa: bỏ khỏi plugins.disabled hoặc sửa tên"
                )
    if problems:
        raise SiteDefinitionError(problems)
    return definition


def bootstrap(
    directory: str | Path,
    environment: str | None = None,
    only_units: list[str] | None = None,
) -> Report:
    """Provision ``directory``'s definition; ``only_units`` limits it to those slugs
    (and their parents) — the quick smoke run of the test suite uses it."""
    environment = environment or settings.PORTAL_ENVIRONMENT
    definition = load_checked(directory)
    if only_units:
        definition = _restricted(definition, set(only_units))
    report = Report()
    connection.set_schema_to_public()
    if ensure_template():
        report.add("Đã tạo/cập nhật lược đồ mẫu")
    policy = _ensure_policy(definition, report)
    _ensure_province(definition, report)
    _ensure_platform(definition, environment, report)
    tenants: dict[str, Tenant] = {}
    for unit in _parents_first(definition.units):
        parent = tenants.get(unit.parent) if unit.parent else None
        tenants[unit.slug] = _ensure_unit(
            definition, unit, parent, policy, environment, report
        )
    _run_shared_seeds(definition, report)
    for unit in definition.units:
        _ensure_content(definition, unit, tenants[unit.slug], report)
        _run_seeds(definition, unit, tenants[unit.slug], report)
    connection.set_schema_to_public()
    return report


def _restricted(definition: SiteDefinition, slugs: set[str]) -> SiteDefinition:
    import dataclasses

    by_slug = {u.slug: u for u in definition.units}
    keep = set()
    for slug in slugs:
        unit = by_slug[slug]
        while unit is not None and unit.slug not in keep:
            keep.add(unit.slug)
            unit = by_slug.get(unit.parent) if unit.parent else None
    units = tuple(u for u in definition.units if u.slug in keep)
    return dataclasses.replace(definition, units=units)


def _run_shared_seeds(definition: SiteDefinition, report: Report) -> None:
    ctx = SeedContext(definition=definition, unit=None, tenant=None)
    for manifest in settings.PLUGINS:
        if manifest.seed_shared:
            with schema_context("public"), transaction.atomic():
                for message in import_string(manifest.seed_shared)(ctx):
                    report.add(f"[{manifest.key}] {message}")


def _run_seeds(definition, unit: Unit, tenant: Tenant, report: Report) -> None:
    ctx = SeedContext(definition=definition, unit=unit, tenant=tenant)
    enabled = enabled_keys(tenant)
    for manifest in settings.PLUGINS:
        if manifest.seed and manifest.key in enabled:
            with schema_context(tenant.schema_name), transaction.atomic():
                for message in import_string(manifest.seed)(ctx):
                    report.add(f"{unit.name}: [{manifest.key}] {message}")


def _parents_first(units: tuple[Unit, ...]) -> list[Unit]:
    by_slug = {u.slug: u for u in units}

    def depth(unit: Unit) -> int:
        d = 0
        while unit.parent:
            unit = by_slug[unit.parent]
            d += 1
        return d

    return sorted(units, key=lambda u: (depth(u), u.position))


def _update(instance, values: dict) -> list[str]:
    changed = [k for k, v in values.items() if getattr(instance, k) != v]
    for key in changed:
        setattr(instance, key, values[key])
    return changed


@transaction.atomic
def _ensure_policy(definition: SiteDefinition, report: Report) -> EditorialPolicy:
    spec = definition.policy
    values = {
        "title": spec.title,
        "legal_basis": spec.legal_basis,
        "effective_from": spec.effective_from,
        "answer_deadline_days": spec.answer_deadline_days,
        "answer_deadline_basis": spec.answer_deadline_basis,
    }
    policy, created = EditorialPolicy.objects.get_or_create(
        code=spec.code, version=spec.version, defaults=values
    )
    if created:
        report.add(f"Tạo chính sách biên tập {spec.code} v{spec.version}")
    elif changed := _update(policy, values):
        policy.save()
        report.add(f"Cập nhật chính sách {spec.code}: {', '.join(changed)}")
    for item in spec.deadlines:
        dvalues = {
            "label": item.label,
            "working_days": item.working_days,
            "immediate": item.immediate,
            "from_regulation": item.from_regulation,
            "basis": item.basis,
        }
        deadline, created = PolicyDeadline.objects.get_or_create(
            policy=policy, key=item.key, defaults={**dvalues, "enabled": item.enabled}
        )
        if created:
            report.add(f"Tạo hạn cập nhật '{item.key}'")
        elif changed := _update(deadline, dvalues):
            deadline.save()
            report.add(f"Cập nhật hạn '{item.key}': {', '.join(changed)}")
    return policy


def _ensure_province(definition: SiteDefinition, report: Report) -> None:
    spec = definition.province
    if not spec.get("code"):
        return
    values = {
        "province_name": spec.get("name", ""),
        "portal_url": spec.get("portal_url", ""),
        "eservice_url": spec.get("eservice_url", ""),
        "notes": spec.get("notes", ""),
    }
    obj, created = ProvinceIntegration.objects.get_or_create(
        code=spec["code"], defaults=values
    )
    if created:
        report.add(f"Tạo kết nối tỉnh {values['province_name']}")
    elif changed := _update(obj, values):
        obj.save()
        report.add(f"Cập nhật kết nối tỉnh: {', '.join(changed)}")


def _ensure_domains(tenant: Tenant, hosts: list[str], report: Report) -> None:
    wanted = list(dict.fromkeys(hosts))
    current = {d.domain: d for d in Domain.objects.filter(tenant=tenant)}
    for host, domain in current.items():
        if host not in wanted:
            domain.delete()
            report.add(f"{tenant.name}: gỡ tên miền {host}")
    for index, host in enumerate(wanted):
        primary = index == 0
        domain = current.get(host)
        if domain is None:
            Domain.objects.create(domain=host, tenant=tenant, is_primary=primary)
            report.add(f"{tenant.name}: thêm tên miền {host}")
        elif domain.is_primary != primary:
            domain.is_primary = primary
            domain.save()
            report.add(f"{tenant.name}: đổi tên miền chính thành {wanted[0]}")


@transaction.atomic
def _ensure_platform(definition, environment: str, report: Report) -> Tenant:
    platform, created = Tenant.objects.get_or_create(
        schema_name="public",
        defaults={
            "slug": "nen-tang",
            "name": definition.platform_name,
            "kind": Tenant.Kind.PLATFORM,
        },
    )
    if created:
        report.add("Tạo nền tảng (lược đồ public)")
    elif _update(platform, {"name": definition.platform_name}):
        platform.save()
        report.add("Cập nhật tên nền tảng")
    _ensure_domains(platform, definition.platform_domains.get(environment, []), report)
    return platform


def _ensure_unit(definition, unit: Unit, parent, policy, environment, report) -> Tenant:
    values = {
        "slug": unit.slug,
        "name": unit.name,
        "kind": unit.kind,
        "parent": parent,
        "site_key": definition.key,
        "portal_title": unit.portal_title,
        "contact": unit.contact,
        "links": list(definition.links),
        "policy": policy,
        "position": unit.position,
    }
    with transaction.atomic():
        tenant = Tenant.objects.filter(schema_name=unit.schema).first()
        if tenant is None:
            tenant = Tenant(
                schema_name=unit.schema, go_live_on=timezone.localdate(), **values
            )
            tenant.save()  # clones the template schema (TENANT_BASE_SCHEMA)
            report.add(f"Tạo đơn vị {unit.name} (lược đồ {unit.schema})")
        elif changed := _update(tenant, values):
            tenant.save()
            report.add(f"Cập nhật đơn vị {unit.name}: {', '.join(changed)}")
        _ensure_domains(tenant, unit.domains.get(environment, []), report)
        for key in unit.disabled_plugins:
            if set_enabled(tenant, key, False):
                report.add(f"{unit.name}: tắt phần mở rộng {key}")
    connection.set_schema_to_public()
    return tenant


def _ensure_content(definition, unit: Unit, tenant: Tenant, report: Report) -> None:
    from tenants.provisioning import content

    with schema_context(tenant.schema_name), transaction.atomic():
        for message in content.ensure_pages(definition, unit, tenant):
            report.add(f"{unit.name}: {message}")
