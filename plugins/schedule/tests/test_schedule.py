"""The leaders' schedule through HTTP: week, print, iCalendar, feeds, API, admin."""

from __future__ import annotations

import datetime as dt

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone
from django_tenants.utils import tenant_context
from icalendar import Calendar

from core.plugins.state import set_enabled
from plugins.schedule.models import ScheduleEntry
from tests.helpers import admin_client, menu_titles, publish

pytestmark = pytest.mark.django_db

DAY = dt.date(2031, 3, 12)  # a Wednesday of ISO week 11, far from the seeded week
YEAR, WEEK, _ = DAY.isocalendar()


def _entry(**values) -> ScheduleEntry:
    values.setdefault("date", DAY)
    values.setdefault("leaders", "Lãnh đạo thử nghiệm")
    values.setdefault("is_sample", True)
    return publish(ScheduleEntry(**values))


def _week(client, year=YEAR, week=WEEK):
    return client.get(f"/lich-cong-tac/tuan/{year}/{week}/")


def test_menu_entry_and_seeded_sample_week(portal_client, tenants):
    """The seed's illustrative week is labelled as sample data on the page."""
    client = portal_client("txdh")
    assert "Lịch công tác" in menu_titles(client.get("/").content.decode())
    current = client.get("/lich-cong-tac/")
    assert current.status_code == 200
    year, week, _day = timezone.localdate().isocalendar()
    assert f"Tuần {week} năm {year}" in current.content.decode()
    assert "(tuần này)" in current.content.decode()
    with tenant_context(tenants["txdh"]):
        seeded = ScheduleEntry.objects.filter(live=True, is_sample=True).first()
    assert seeded is not None
    year, week, _day = seeded.date.isocalendar()
    html = _week(client, year, week).content.decode()
    assert "Dữ liệu mẫu" in html
    assert "nội dung minh họa" in html


def test_week_view_with_previous_and_next_week(portal_client, tenants):
    with tenant_context(tenants["txdh"]):
        _entry(
            content="Họp bàn kế hoạch thử",
            start_time=dt.time(8, 0),
            end_time=dt.time(9, 30),
            place="Hội trường thử",
            participants="Các phòng thử",
            preparing_unit="Văn phòng thử",
        )
        _entry(date=DAY + dt.timedelta(days=7), content="Mục của tuần sau")
    client = portal_client("txdh")
    html = _week(client).content.decode()
    assert "Họp bàn kế hoạch thử" in html and "08:00–09:30" in html
    assert "Hội trường thử" in html and "Văn phòng thử" in html
    assert "Thứ Tư, <time" in html
    assert "Mục của tuần sau" not in html
    assert f'/lich-cong-tac/tuan/{YEAR}/{WEEK - 1}/" rel="prev"' in html
    assert f'/lich-cong-tac/tuan/{YEAR}/{WEEK + 1}/" rel="next"' in html
    assert "Mục của tuần sau" in _week(client, YEAR, WEEK + 1).content.decode()
    assert _week(client, YEAR, 54).status_code == 404


def test_multi_day_entry_shows_on_each_day(portal_client, tenants):
    with tenant_context(tenants["txdh"]):
        _entry(content="Kiểm tra nhiều ngày", end_date=DAY + dt.timedelta(days=1))
    html = _week(portal_client("txdh")).content.decode()
    assert html.count("Kiểm tra nhiều ngày") == 2


def test_print_view_is_a_plain_table(portal_client, tenants):
    with tenant_context(tenants["txdh"]):
        _entry(content="Mục để in", place="Phòng họp số 2")
    response = portal_client("txdh").get(f"/lich-cong-tac/tuan/{YEAR}/{WEEK}/in/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "<table>" in html and '<th scope="col">Địa điểm</th>' in html
    assert "Mục để in" in html and "Phòng họp số 2" in html
    assert "@media print" in html
    assert "Dữ liệu mẫu" in html


def test_changes_after_publication_are_marked(portal_client, tenants):
    with tenant_context(tenants["txdh"]):
        entry = _entry(content="Họp giao ban thử", place="Phòng A")
        assert not entry.is_changed
        entry.place = "Phòng B"
        entry.change_note = "Đổi địa điểm sang Phòng B"
        publish(entry)
        assert entry.is_changed
    client = portal_client("txdh")
    html = _week(client).content.decode()
    assert "Đã thay đổi" in html and "Đổi địa điểm sang Phòng B" in html
    api = client.get(
        "/api/v1/schedule/", {"date_from": DAY.isoformat(), "date_to": DAY.isoformat()}
    ).json()
    assert [(e["place"], e["is_changed"]) for e in api] == [("Phòng B", True)]
    feed = feedparser.parse(client.get("/lich-cong-tac/rss/").content)
    assert any(
        e.title.startswith("[Đã thay đổi]") and "Họp giao ban thử" in e.title
        for e in feed.entries
    )


def test_icalendar_feed_is_parsed_back(portal_client, tenants):
    near = timezone.localdate() + dt.timedelta(days=3)
    with tenant_context(tenants["txdh"]):
        entry = _entry(
            date=near,
            content="Tiếp công dân thử",
            start_time=dt.time(14, 0),
            end_time=dt.time(16, 30),
            place="Trụ sở thử",
        )
        _entry(date=near, content="Cả ngày thử")
    response = portal_client("txdh").get("/lich-cong-tac/lich.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    cal = Calendar.from_ical(response.content)
    assert "Thị xã Duyên Hải" in str(cal["X-WR-CALNAME"])
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    timed = events["[Dữ liệu mẫu] Tiếp công dân thử"]
    start = timed.decoded("DTSTART")
    assert start.utcoffset() == dt.timedelta(hours=7)
    assert (start.date(), start.hour, start.minute) == (near, 14, 0)
    assert timed.decoded("DTEND").hour == 16
    assert str(timed["LOCATION"]) == "Trụ sở thử"
    assert str(timed["UID"]).startswith(f"lich-cong-tac-{entry.pk}@")
    allday = events["[Dữ liệu mẫu] Cả ngày thử"]
    assert allday.decoded("DTSTART") == near
    assert allday.decoded("DTEND") == near + dt.timedelta(days=1)
    assert cal.walk("VTIMEZONE")


def test_rss_and_atom_are_parsed_back(portal_client, tenants):
    with tenant_context(tenants["txdh"]):
        _entry(content="Mục cho nguồn tin", start_time=dt.time(7, 30))
    client = portal_client("txdh")
    for url, version in (
        ("/lich-cong-tac/rss/", "rss20"),
        ("/lich-cong-tac/atom/", "atom10"),
    ):
        feed = feedparser.parse(client.get(url).content)
        assert feed.bozo == 0 and feed.version == version
        assert "Lịch công tác – Thị xã Duyên Hải" == feed.feed.title
        assert "12/03/2031 07:30: Mục cho nguồn tin (Dữ liệu mẫu)" in [
            e.title for e in feed.entries
        ]


def test_api_period_and_bad_period(portal_client, tenants):
    with tenant_context(tenants["txdh"]):
        _entry(content="Mục cho API", start_time=dt.time(9, 0))
    client = portal_client("txdh")
    data = client.get(
        "/api/v1/schedule/", {"date_from": "2031-03-09", "date_to": "2031-03-15"}
    ).json()
    assert [(e["content"], e["start_time"]) for e in data] == [
        ("Mục cho API", "09:00:00")
    ]
    bad = client.get(
        "/api/v1/schedule/", {"date_from": "2031-03-15", "date_to": "2031-03-09"}
    )
    assert bad.status_code == 422 and "date_to" in bad.json()["detail"]
    assert "/api/v1/schedule/" in client.get("/api/v1/openapi.json").json()["paths"]


def test_tenant_isolation_with_the_same_ids(portal_client, tenants):
    made = {}
    for slug in ("phuong-1", "phuong-2"):
        with tenant_context(tenants[slug]):
            made[slug] = _entry(content=f"Họp tại {slug}", start_time=dt.time(8, 0))
    for slug, other in (("phuong-1", "phuong-2"), ("phuong-2", "phuong-1")):
        client = portal_client(slug)
        html = _week(client).content.decode()
        assert f"Họp tại {slug}" in html and f"Họp tại {other}" not in html
        ics = client.get("/lich-cong-tac/lich.ics").content.decode()
        assert f"Họp tại {other}" not in ics
        api = client.get(
            "/api/v1/schedule/",
            {"date_from": DAY.isoformat(), "date_to": DAY.isoformat()},
        ).json()
        assert [e["content"] for e in api] == [f"Họp tại {slug}"]


def test_disabled_for_one_tenant_only(portal_client, tenants):
    set_enabled(tenants["phuong-2"], "schedule", False)
    client = portal_client("phuong-2")
    assert "Lịch công tác" not in menu_titles(client.get("/").content.decode())
    for url in ("/lich-cong-tac/", "/lich-cong-tac/lich.ics", "/lich-cong-tac/rss/"):
        assert client.get(url).status_code == 404, url
    assert client.get("/api/v1/schedule/").status_code == 404
    assert "/api/v1/schedule/" not in client.get("/api/v1/openapi.json").json()["paths"]
    other = portal_client("phuong-1")
    assert "Lịch công tác" in menu_titles(other.get("/").content.decode())
    assert other.get("/lich-cong-tac/").status_code == 200
    assert other.get("/api/v1/schedule/").status_code == 200


def _form(**values) -> dict:
    data = {
        "date": "2031-03-12",
        "end_date": "",
        "start_time": "",
        "end_time": "",
        "leaders": "",
        "content": "Mục nhập qua quản trị",
        "place": "",
        "participants": "",
        "preparing_unit": "",
        "change_note": "",
        "action-publish": "1",
    }
    data.update(values)
    return data


def test_admin_refuses_end_before_start_without_saving(portal_client, tenants):
    client = admin_client(portal_client, tenants["txdh"], "txdh")
    url = reverse("wagtailsnippets_schedule_scheduleentry:add")
    response = client.post(
        url, _form(leaders="Lãnh đạo thử", end_date="2031-03-10", content="Sai ngày")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ngày kết thúc (10/03/2031) trước ngày bắt đầu (12/03/2031)" in html
    assert "Cách sửa" in html
    response = client.post(
        url,
        _form(
            leaders="Lãnh đạo thử",
            start_time="10:00",
            end_time="09:00",
            content="Sai giờ",
        ),
    )
    assert "Giờ kết thúc (09:00) trước giờ bắt đầu (10:00)" in response.content.decode()
    response = client.post(url, _form(content="Không có lãnh đạo"))
    assert "Chưa có lãnh đạo chủ trì" in response.content.decode()
    with tenant_context(tenants["txdh"]):
        assert not ScheduleEntry.objects.filter(
            content__in=["Sai ngày", "Sai giờ", "Không có lãnh đạo"]
        ).exists()


def test_admin_offers_leaders_from_the_directory(portal_client, tenants):
    """Leaders come through the people seam; the name is snapshotted."""
    client = admin_client(portal_client, tenants["txdh"], "txdh")
    url = reverse("wagtailsnippets_schedule_scheduleentry:add")
    form = client.get(url).content.decode()
    assert "Lao Thị Hồng Gấm – Phó Chủ tịch" in form
    key = "directory:"
    start = form.index('value="' + key) + len('value="')
    leader_key = form[start : form.index('"', start)]
    response = client.post(
        url, _form(leader_keys=[leader_key], content="Chọn từ danh bạ")
    )
    assert response.status_code == 302
    with tenant_context(tenants["txdh"]):
        entry = ScheduleEntry.objects.get(content="Chọn từ danh bạ")
    assert entry.live and entry.leaders == "Lao Thị Hồng Gấm"
    assert entry.leader_keys == [leader_key]
    set_enabled(tenants["txdh"], "directory", False)
    assert "Lao Thị Hồng Gấm – Phó Chủ tịch" not in client.get(url).content.decode()
    # the published entry keeps its snapshot when the directory is off
    assert "Lao Thị Hồng Gấm" in _week(portal_client("txdh")).content.decode()


def test_seed_adds_a_sample_week_once(tenants):
    from django.conf import settings

    from core.plugins.seed import SeedContext
    from plugins.schedule.seed import seed
    from tenants.provisioning.bootstrap import load_checked

    definition = load_checked(settings.BASE_DIR / "sites" / "duyenhai")
    unit = next(u for u in definition.units if u.slug == "txdh")
    ctx = SeedContext(definition=definition, unit=unit, tenant=tenants["txdh"])
    with tenant_context(tenants["txdh"]):
        assert list(seed(ctx)) == []
        ScheduleEntry.objects.all().delete()
        assert len(list(seed(ctx))) == 3
        assert list(seed(ctx)) == []
        entries = ScheduleEntry.objects.all()
        assert all(e.is_sample and e.live for e in entries)
        monday = timezone.localdate() - dt.timedelta(
            days=timezone.localdate().weekday()
        )
        assert {e.date for e in entries} <= {
            monday + dt.timedelta(days=n) for n in range(7)
        }


def test_admin_menu_and_listing_follow_the_tenant_state(portal_client, tenants):
    with tenant_context(tenants["dan-thanh"]):
        _entry(content="Mục trong danh sách quản trị", start_time=dt.time(8, 0))
    client = admin_client(portal_client, tenants["dan-thanh"], "dan-thanh")
    listing = client.get(reverse("wagtailsnippets_schedule_scheduleentry:list"))
    assert listing.status_code == 200
    assert "Mục trong danh sách quản trị" in listing.content.decode()
    assert '"name": "schedule"' in client.get("/admin/").content.decode()
    set_enabled(tenants["dan-thanh"], "schedule", False)
    assert '"name": "schedule"' not in client.get("/admin/").content.decode()
