"""``manage.py documents_import <file> --tenant <slug> [--dry-run]``."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import tenant_context

from plugins.documents import importer


def progress_bar(stream=sys.stderr, width: int = 30):
    """A one-line progress bar with counts and the time left."""

    def show(done: int, total: int, elapsed: float) -> None:
        share = done / total if total else 1.0
        filled = int(width * share)
        left = (elapsed / done * (total - done)) if done else 0.0
        minutes, seconds = divmod(int(left + 0.5), 60)
        stream.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} "
            f"({share:.0%}) còn khoảng {minutes:02d}:{seconds:02d}"
        )
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show


class Command(BaseCommand):
    help = "Nhập văn bản từ tệp CSV hoặc XLSX vào cơ sở dữ liệu văn bản của một đơn vị."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--tenant", required=True, help="mã đơn vị, ví dụ txdh")
        parser.add_argument(
            "--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì"
        )
        parser.add_argument(
            "--chap-nhan-so",
            action="store_true",
            help="chấp nhận các số ký hiệu khác mẫu thông thường (đúng như bản gốc)",
        )

    def handle(self, *args, **options):
        from tenants.models import Tenant

        path = Path(options["file"])
        if not path.exists():
            raise CommandError(f"Không có tệp {path}")
        tenant = Tenant.objects.filter(slug=options["tenant"]).first()
        if tenant is None:
            raise CommandError(f"Không có đơn vị '{options['tenant']}'")
        with tenant_context(tenant):
            outcome = importer.run(
                path,
                dry_run=options["dry_run"],
                accept_numbers=options["chap_nhan_so"],
                progress=progress_bar(self.stderr._out),
            )
        for note in outcome.notes:
            self.stdout.write(f"  {note}")
        for error in outcome.errors:
            self.stdout.write(self.style.ERROR(f"  {error}"))
        if outcome.errors:
            raise CommandError(
                f"{len(outcome.errors)} lỗi trong {outcome.rows} dòng; không ghi gì."
            )
        if options["dry_run"]:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Kiểm tra xong: {outcome.rows} dòng hợp lệ (chưa ghi gì)."
                )
            )
        else:
            self.stdout.write(self.style.SUCCESS(f"Đã nhập {outcome.created} văn bản."))
