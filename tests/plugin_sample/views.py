from django.http import HttpResponse

from tests.plugin_sample.models import SampleItem


def index(request):
    titles = ", ".join(
        SampleItem.objects.order_by("pk").values_list("title", flat=True)
    )
    return HttpResponse(f"sample:{titles}", content_type="text/plain; charset=utf-8")
