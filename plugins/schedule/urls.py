from django.urls import path

from plugins.schedule import feeds, views

urlpatterns = [
    path("", views.current, name="schedule-current"),
    path("tuan/<int:year>/<int:week>/", views.week_view, name="schedule-week"),
    path("tuan/<int:year>/<int:week>/in/", views.print_view, name="schedule-print"),
    path("lich.ics", views.icalendar_feed, name="schedule-ical"),
    path("rss/", feeds.ScheduleFeed(), name="schedule-rss"),
    path("atom/", feeds.ScheduleAtomFeed(), name="schedule-atom"),
]
