"""``manage.py portal …``: the operator's command (template, bootstrap, admin)."""

from __future__ import annotations

import secrets
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django_tenants.utils import schema_context

from tenants.provisioning.definition import SiteDefinitionError


class Command(BaseCommand):
    help = "Quản trị nền tảng: lược đồ mẫu, khởi tạo trang, tài khoản quản trị."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("template", help="Tạo/cập nhật lược đồ mẫu để nhân bản đơn vị")
        boot = sub.add_parser("bootstrap", help="Khởi tạo các trang từ định nghĩa")
        boot.add_argument("path", help="thư mục định nghĩa, ví dụ sites/duyenhai")
        boot.add_argument("--environment", choices=["local", "production"])
        check = sub.add_parser("check-site", help="Kiểm tra định nghĩa, không ghi gì")
        check.add_argument("path")
        admin = sub.add_parser(
            "local-admin", help="Tạo tài khoản quản trị cục bộ (chỉ để phát triển)"
        )
        admin.add_argument("--username", default="admin")
        admin.add_argument(
            "--password-file",
            default=str(Path(settings.VAR_DIR) / "admin-password.txt"),
        )
        sub.add_parser("tenants", help="Liệt kê các đơn vị")
        urls = sub.add_parser("urls", help="In địa chỉ các trang và cách đăng nhập")
        urls.add_argument("--port", default="8000")

    def handle(self, *args, **options):
        action = options["action"]
        try:
            getattr(self, f"do_{action.replace('-', '_')}")(options)
        except SiteDefinitionError as exc:
            raise CommandError(
                "Định nghĩa trang không hợp lệ, cơ sở dữ liệu không bị thay đổi:\n"
                + "\n".join(f"  - {p}" for p in exc.problems)
            ) from exc

    def do_template(self, options):
        from tenants.template import check_template, ensure_template

        started = time.monotonic()
        ran = ensure_template(verbosity=0)
        problem = check_template()
        if problem:
            raise CommandError(problem)
        elapsed = time.monotonic() - started
        status = "đã cập nhật" if ran else "đã mới nhất"
        self.stdout.write(
            f"Lược đồ mẫu {settings.TENANT_BASE_SCHEMA}: {status} ({elapsed:.1f} s)"
        )

    def do_check_site(self, options):
        from tenants.provisioning.bootstrap import load_checked

        definition = load_checked(options["path"])
        self.stdout.write(
            f"Định nghĩa {definition.key} hợp lệ: {len(definition.units)} đơn vị."
        )

    def do_bootstrap(self, options):
        from tenants.provisioning.bootstrap import bootstrap

        started = time.monotonic()
        report = bootstrap(options["path"], options.get("environment"))
        elapsed = time.monotonic() - started
        if report.changed:
            for change in report.changes:
                self.stdout.write(f"  + {change}")
            self.stdout.write(
                self.style.SUCCESS(
                    f"Đã khởi tạo: {len(report.changes)} thay đổi ({elapsed:.1f} s)."
                )
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    "Không có thay đổi: mọi thứ đã đúng như định nghĩa "
                    f"({elapsed:.1f} s)."
                )
            )

    def do_local_admin(self, options):
        from django.contrib.auth import get_user_model

        from tenants.models import Tenant

        if settings.PORTAL_ENVIRONMENT == "production":
            raise CommandError(
                "Không tạo tài khoản cục bộ trong môi trường production: "
                "dùng `manage.py create_tenant_superuser`."
            )
        path = Path(options["password_file"])
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            password = path.read_text().strip()
        else:
            password = secrets.token_urlsafe(12)
            path.write_text(password + "\n")
            path.chmod(0o600)
        username = options["username"]
        created = []
        schemas = list(Tenant.objects.values_list("schema_name", flat=True))
        for schema in schemas:
            with schema_context(schema):
                User = get_user_model()
                user = User.objects.filter(username=username).first()
                if user is None:
                    user = User(username=username, email="", is_staff=True)
                    user.is_superuser = True
                    user.set_password(password)
                    user.save()
                    created.append(schema)
                elif not user.check_password(password):
                    user.set_password(password)
                    user.save()
                    created.append(schema)
        connection.set_schema_to_public()
        self.stdout.write(
            f"Tài khoản quản trị cục bộ '{username}' có trong {len(schemas)} lược đồ "
            f"({len(created)} vừa tạo/cập nhật). Mật khẩu lưu ở {path}."
        )

    def do_tenants(self, options):
        from tenants.models import Tenant

        for tenant in Tenant.objects.order_by("position").prefetch_related("domains"):
            hosts = ", ".join(d.domain for d in tenant.domains.all())
            self.stdout.write(
                f"{tenant.schema_name:20} {tenant.kind:9} {tenant.name:30} {hosts}"
            )

    def do_urls(self, options):
        from tenants.models import Tenant

        port = options["port"]
        suffix = "" if port == "80" else f":{port}"
        self.stdout.write("")
        self.stdout.write("Các địa chỉ đang phục vụ:")
        tenants = Tenant.objects.order_by("position", "name").prefetch_related(
            "domains"
        )
        for tenant in tenants:
            primary = next(
                (d.domain for d in tenant.domains.all() if d.is_primary), None
            )
            if primary:
                label = (
                    "Danh bạ các trang (nền tảng)"
                    if tenant.is_platform
                    else tenant.name
                )
                self.stdout.write(f"  {label:32} http://{primary}{suffix}/")
        password_file = Path(settings.VAR_DIR) / "admin-password.txt"
        self.stdout.write("")
        self.stdout.write("Đăng nhập quản trị (tài khoản cục bộ, chỉ để phát triển):")
        self.stdout.write(f"  trang đơn vị:  http://txdh.localhost{suffix}/admin/")
        self.stdout.write(f"  nền tảng:      http://localhost{suffix}/quan-tri/")
        if password_file.exists():
            self.stdout.write(
                f"  tên: admin   mật khẩu: {password_file.read_text().strip()}"
                f"   (lưu ở {password_file})"
            )
        self.stdout.write("")
