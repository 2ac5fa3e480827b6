"""``manage.py import_eservices FILE [--dry-run]``: load the shared catalogue."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from plugins.eservices_shared.importer import import_catalogue


class Command(BaseCommand):
    help = "Nhập danh mục thủ tục hành chính dùng chung từ tệp CSV/JSON."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="Chỉ kiểm tra.")
        parser.add_argument("--source", default="", help="Nguồn của dữ liệu.")

    def handle(self, file: Path, dry_run: bool, source: str, **options):
        connection.set_schema_to_public()
        if not file.exists():
            raise CommandError(f"Không tìm thấy tệp {file}")
        result = import_catalogue(
            file.read_bytes(), file.name, source or file.name, dry_run=dry_run
        )
        if result.errors:
            raise CommandError(
                "Không lưu gì vì tệp có lỗi:\n" + "\n".join(result.errors)
            )
        verb = "Sẽ nhập" if dry_run else "Đã nhập"
        if result.skipped:
            self.stdout.write("Tệp này đã được nhập trước đây; không thay đổi gì.")
        else:
            self.stdout.write(
                f"{verb} {result.rows} dòng: {result.created} mới, "
                f"{result.updated} cập nhật."
            )
