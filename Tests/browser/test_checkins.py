"""Check-ins in a real browser: the skin check's result kept as a check-in, the history's chart
and its table of the same numbers, a change of notes, and deletion; then the export and the
calendar downloaded with the page session. At 360 px and 1280 px, with JavaScript on and off,
axe-core clean."""

import datetime
import io
import json
import urllib.request
import uuid
import zipfile
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By

from test_accounts import PASSWORD, button, js_off, no_violations, sign_up, width  # noqa: F401 (fixtures)
from test_pages import check, go, h1


def self_rating(page, level, notes, date=None):
    """From the dashboard through the skin check to a kept check-in."""
    go(page, page.find_element(By.LINK_TEXT, "Record a check-in"))
    check(page, "scale", "self-rating")
    go(page, button(page, "Start"))
    check(page, "level", str(level))
    go(page, button(page, "See my result"))
    assert h1(page) == "Your result"
    form = page.find_element(By.ID, "checkin")
    assert "Keep this result as a check-in" in form.text
    if date:
        field = page.find_element(By.ID, "checkin-date")
        field.send_keys(date.strftime("%m%d%Y"))
        assert field.get_attribute("value") == date.isoformat()
    page.find_element(By.ID, "checkin-notes").send_keys(notes)
    go(page, button(page, "Save as a check-in"))
    assert urlparse(page.current_url).path == "/dashboard/checkins"
    go(page, page.find_element(By.LINK_TEXT, "Back to your routine"))


def test_a_check_in_joins_the_chart_and_can_be_changed_and_deleted(page, server, width, js_off, axe_source):
    sign_up(page, server, f"chk-{uuid.uuid4().hex[:8]}@example.com")
    earlier = datetime.date.today() - datetime.timedelta(days=28)
    self_rating(page, 3, "before", date=earlier)
    self_rating(page, 1, "after")

    assert "Latest check-in: Self-rating 1 of 4" in page.page_source
    chart = page.find_element(By.CSS_SELECTOR, "#progress svg.progress-chart")
    assert chart.is_displayed()
    go(page, page.find_element(By.LINK_TEXT, "All your check-ins"))
    assert h1(page) == "Your check-ins"
    no_violations(page, axe_source, js_off)

    chart = page.find_element(By.CSS_SELECTOR, "svg.progress-chart")
    box = page.execute_script("return arguments[0].getBoundingClientRect().toJSON();", chart)
    assert box["width"] > 200 and box["right"] <= page.execute_script("return document.documentElement.clientWidth;")
    assert chart.get_attribute("role") == "img"
    drawn = [t.text for t in chart.find_elements(By.CSS_SELECTOR, "text.point-value")]
    table = [td.text for td in page.find_elements(By.CSS_SELECTOR, "table.progress-table tbody td")]
    assert drawn == ["3", "1"] and table == drawn, "the chart and its table give the same numbers"
    markers = chart.find_elements(By.CSS_SELECTOR, "circle.series-point")
    assert float(markers[0].get_attribute("cy")) < float(markers[1].get_attribute("cy")), "the higher score is higher"
    assert "That is a meaningful change" in page.page_source

    # Change the older one's notes.
    rows = page.find_elements(By.CSS_SELECTOR, "table.checkin-table tbody tr")
    assert [row.find_element(By.TAG_NAME, "th").text for row in rows][1] == f"{earlier.day} {earlier:%B %Y}"
    go(page, rows[1].find_element(By.PARTIAL_LINK_TEXT, "Change"))
    assert h1(page).startswith("Your check-in of")
    no_violations(page, axe_source, js_off)
    notes = page.find_element(By.ID, "checkin-notes")
    notes.clear()
    notes.send_keys("before, in daylight")
    go(page, button(page, "Save changes"))
    assert "before, in daylight" in page.find_element(By.CSS_SELECTOR, "table.checkin-table").text

    # Delete the newer one: asked first, then gone from the table and the chart.
    go(page, page.find_elements(By.CSS_SELECTOR, "table.checkin-table tbody tr")[0]
       .find_element(By.PARTIAL_LINK_TEXT, "Change"))
    go(page, page.find_element(By.LINK_TEXT, "Delete this check-in"))
    assert h1(page).startswith("Delete your check-in of")
    go(page, button(page, "Delete this check-in"))
    assert "Deleted: your check-in of" in page.page_source
    assert len(page.find_elements(By.CSS_SELECTOR, "table.checkin-table tbody tr")) == 1
    assert [t.text for t in page.find_elements(By.CSS_SELECTOR, "text.point-value")] == ["3"]


def download(page, server, path):
    """GETs `path` with the browser's session cookie, as the download link does."""
    request = urllib.request.Request(server + path)
    request.add_header("Cookie", "; ".join(f"{c['name']}={c['value']}" for c in page.get_cookies()))
    with urllib.request.urlopen(request) as response:
        return response.headers, response.read()


def test_the_export_and_the_calendar_download_with_the_session(page, server):
    import icalendar

    email = f"exp-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server, email)
    self_rating(page, 2, "for the export")
    go(page, page.find_element(By.LINK_TEXT, "Your account: export, reminders, password, deletion"))
    export_href = page.find_element(By.PARTIAL_LINK_TEXT, "Download everything").get_attribute("href")
    headers, body = download(page, server, urlparse(export_href).path)
    assert headers["Content-Type"] == "application/zip"
    data = json.loads(zipfile.ZipFile(io.BytesIO(body)).read("data.json"))
    assert data["account"]["email"] == email
    assert [c["notes"] for c in data["checkins"]] == ["for the export"]

    calendar_href = page.find_element(By.CSS_SELECTOR, "a[href$='calendar.ics']").get_attribute("href")
    headers, feed = download(page, server, urlparse(calendar_href).path)
    assert headers["Content-Type"].startswith("text/calendar")
    events = list(icalendar.Calendar.from_ical(feed).walk("VEVENT"))
    assert any(event["RRULE"]["FREQ"][0] == "WEEKLY" for event in events), "the four-weekly check-in"
