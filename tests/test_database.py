"""Where the database is: DATABASE_URL when set, else the embedded server."""

import pytest
from django.db import connection

from core.db import database_config, parse_url


def test_parse_url_tcp():
    config = parse_url("postgres://postgres:secret@127.0.0.1:5432/portal_ci")
    assert config == {
        "NAME": "portal_ci",
        "USER": "postgres",
        "PASSWORD": "secret",
        "HOST": "127.0.0.1",
        "PORT": "5432",
    }


def test_parse_url_unix_socket_as_pgserver_gives_it():
    config = parse_url("postgresql://postgres:@/portal?host=/work/x/var/pgdata")
    assert config["HOST"] == "/work/x/var/pgdata"
    assert config["NAME"] == "portal" and config["PORT"] == ""


def test_parse_url_rejects_other_databases():
    with pytest.raises(ValueError, match="postgres://"):
        parse_url("mysql://root@localhost/portal")


def test_database_url_wins_over_embedded(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://u@db.example:6543/x")
    config = database_config()
    assert config["HOST"] == "db.example" and config["PORT"] == "6543"
    assert config["ENGINE"] == "django_tenants.postgresql_backend"


@pytest.mark.smoke
@pytest.mark.django_db
def test_the_suite_talks_to_a_real_postgresql_with_schemas():
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        assert int(cursor.fetchone()[0]) >= 150000
        cursor.execute(
            "SELECT count(*) FROM information_schema.schemata "
            "WHERE schema_name IN ('public', 'tenant_template', 'txdh', 'phuong_1')"
        )
        assert cursor.fetchone()[0] == 4
