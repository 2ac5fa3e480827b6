"""``manage.py portal_schedules``: create/update the per-tenant periodic jobs."""

from __future__ import annotations

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Tạo/cập nhật lịch chạy các tác vụ định kỳ (mỗi đơn vị một lần)."

    def handle(self, *args, **options):
        from tenants.tasks import PERIODIC_JOBS, ensure_schedules

        changed = ensure_schedules()
        for name in changed:
            self.stdout.write(f"  + {name}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(PERIODIC_JOBS)} tác vụ định kỳ, {len(changed)} thay đổi."
            )
        )
