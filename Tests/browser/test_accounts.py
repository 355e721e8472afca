"""Accounts in a real browser: "Save this plan" carries the answers into sign-up, the dashboard's
routine is ticked and stays ticked, log-out ends the session and log-in restores it. At 360 px
and 1280 px, with JavaScript on and off, axe-core clean."""

import uuid
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By

from conftest import run_axe
from test_pages import at_phone_width, check, go, h1

PASSWORD = "three unrelated words here"


@pytest.fixture(params=[360, 1280], ids=["360px", "1280px"])
def width(request, page):
    if request.param == 360:
        at_phone_width(page)
    yield request.param
    page.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.fixture(params=[False, True], ids=["js-on", "js-off"])
def js_off(request, page):
    page.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": request.param})
    yield request.param
    page.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def button(driver, text):
    return next(b for b in driver.find_elements(By.TAG_NAME, "button") if b.text == text)


def no_violations(driver, axe_source, js_off):
    """axe-core is a script: it runs on the JavaScript-on half of the runs."""
    if js_off:
        return
    _, violations = run_axe(driver, axe_source)
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]


def test_save_a_plan_sign_up_tick_log_out_and_back_in(page, server, width, js_off, axe_source):
    email = f"ana-{uuid.uuid4().hex[:8]}@example.com"
    page.get(server + "/plan?age=34&areas=thighs&setting=home")
    assert h1(page) == "Your plan"
    go(page, button(page, "Save this plan"))

    assert urlparse(page.current_url).path == "/account/sign-up"
    assert h1(page) == "Create an account"
    no_violations(page, axe_source, js_off)
    page.find_element(By.ID, "email").send_keys(email)
    page.find_element(By.ID, "password").send_keys(PASSWORD)
    go(page, button(page, "Create account"))

    assert urlparse(page.current_url).path == "/dashboard"
    assert h1(page) == "Your routine"
    assert f"Signed in as {email}." in page.page_source
    no_violations(page, axe_source, js_off)
    boxes = page.find_elements(By.CSS_SELECTOR, "input[name='done']")
    assert boxes, "the saved plan's daily items are today's routine"
    assert not any(box.is_selected() for box in boxes)
    first = boxes[0].get_attribute("value")
    check(page, "done", first)
    go(page, button(page, "Save today"))

    assert "Saved: today’s routine is recorded." in page.page_source
    assert page.find_element(By.CSS_SELECTOR, f"input[name='done'][value='{first}']").is_selected()

    go(page, button(page, "Log out"))
    assert urlparse(page.current_url).path == "/"
    page.get(server + "/dashboard")
    assert urlparse(page.current_url).path == "/account/log-in"
    page.find_element(By.ID, "email").send_keys(email.upper())
    page.find_element(By.ID, "password").send_keys(PASSWORD)
    go(page, button(page, "Log in"))
    assert urlparse(page.current_url).path == "/dashboard"
    assert page.find_element(By.CSS_SELECTOR, f"input[name='done'][value='{first}']").is_selected()


def test_a_wrong_password_says_so_without_saying_which(page, server, width, js_off):
    page.get(server + "/account/log-in")
    page.find_element(By.ID, "email").send_keys("nobody@example.com")
    page.find_element(By.ID, "password").send_keys("wrong but long enough")
    go(page, button(page, "Log in"))
    summary = page.find_element(By.CSS_SELECTOR, ".error-summary")
    assert "The email or password is wrong." in summary.text


def api(server, method, path, body=None, token=None):
    import json
    import urllib.request
    request = urllib.request.Request(server + path, method=method, data=json.dumps(body).encode() if body else None)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request) as response:
        return response.status, response.headers, response.read()


def test_the_reminder_feed_is_a_calendar_a_phone_imports(server):
    """A real iCalendar parser reads the feed: a daily routine event and a four-weekly check-in."""
    import json

    import icalendar

    _, _, body = api(server, "POST", "/api/accounts",
                     {"email": f"cal-{uuid.uuid4().hex[:8]}@example.com", "password": PASSWORD})
    token = json.loads(body)["token"]
    api(server, "PUT", "/api/me/profile", {"age": 34, "areas": ["thighs"], "setting": "home"}, token)
    status, headers, feed = api(server, "GET", "/api/me/calendar.ics", token=token)
    assert status == 200 and headers["Content-Type"].startswith("text/calendar")
    assert all(len(line) <= 75 for line in feed.split(b"\r\n")), "lines folded at 75 octets"
    calendar = icalendar.Calendar.from_ical(feed)
    events = list(calendar.walk("VEVENT"))
    by_rule = {event["RRULE"]["FREQ"][0]: event for event in events}
    assert set(by_rule) == {"DAILY", "WEEKLY"}
    assert by_rule["WEEKLY"]["RRULE"]["INTERVAL"][0] == 4
    for event in events:
        assert event["UID"] and event["DTSTAMP"] and event["DTSTART"]
    assert len({str(event["UID"]) for event in events}) == 2


def sign_up(page, server, email):
    page.get(server + "/account/sign-up")
    page.find_element(By.ID, "email").send_keys(email)
    page.find_element(By.ID, "password").send_keys(PASSWORD)
    go(page, button(page, "Create account"))
    assert urlparse(page.current_url).path == "/dashboard"


def test_the_account_page_changes_the_password_and_deletes_everything(page, server, width, js_off, axe_source):
    email = f"set-{uuid.uuid4().hex[:8]}@example.com"
    sign_up(page, server, email)
    go(page, page.find_element(By.LINK_TEXT, "Your account: export, reminders, password, deletion"))
    assert h1(page) == "Your account"
    no_violations(page, axe_source, js_off)
    assert page.find_element(By.PARTIAL_LINK_TEXT, "Download everything").get_attribute("href").endswith("/account/export")

    page.find_element(By.ID, "currentPassword").send_keys(PASSWORD)
    page.find_element(By.ID, "newPassword").send_keys("a brand new passphrase")
    go(page, button(page, "Change password"))
    assert "Your password is changed." in page.page_source

    page.find_element(By.ID, "password").send_keys("a brand new passphrase")
    go(page, button(page, "Delete my account and everything in it"))
    assert urlparse(page.current_url).path == "/"
    page.get(server + "/account/log-in")
    page.find_element(By.ID, "email").send_keys(email)
    page.find_element(By.ID, "password").send_keys("a brand new passphrase")
    go(page, button(page, "Log in"))
    assert "The email or password is wrong." in page.find_element(By.CSS_SELECTOR, ".error-summary").text
