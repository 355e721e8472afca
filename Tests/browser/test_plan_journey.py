"""The plan journey in a real browser: a few questions per screen, Back and Change links keeping
every answer, "Check your answers", the plan leading with its summary, the last-plan link and the
plan on paper. Each journey runs at 360 px and 1280 px, with JavaScript on and off."""

import base64
import datetime
import io
import unicodedata
from urllib.parse import parse_qs, urlparse

import pytest
from pypdf import PdfReader
from selenium.webdriver.common.by import By

from test_pages import at_phone_width, check, click, continue_, event_date, go, h1, make_axe, wait_for

# Four options with these answers: two before the event, two at home, nothing in a clinic.
FOUR_OPTIONS = "age=34&areas=thighs&concern=dimples&daysUntilEvent=3&setting=home&allergies=retinol&allergies=caffeine"


def in_days(days):
    return (datetime.date.today() + datetime.timedelta(days=days)).isoformat()


@pytest.fixture(params=[360, 1280], ids=["360px", "1280px"])
def width(request, page):
    if request.param == 360:
        at_phone_width(page)
    else:
        page.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    yield request.param
    page.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.fixture(params=[False, True], ids=["js-on", "js-off"])
def js_off(request, page, server):
    page.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": request.param})
    # Prove the switch took: a page script writes into the page only when scripts run.
    page.get("data:text/html,<p id=p>off</p><script>document.getElementById('p').textContent='on'</script>")
    assert page.find_element(By.ID, "p").text == ("off" if request.param else "on")
    yield request.param
    page.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def selected_boxes(driver):
    boxes = driver.find_elements(By.CSS_SELECTOR, "input[type=radio], input[type=checkbox]")
    return [b.get_attribute("id") for b in boxes if b.is_selected()]


def no_sideways_scroll(driver):
    widths = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")
    assert widths[0] <= widths[1], f"{driver.current_url} scrolls sideways: {widths}"


def hidden(driver, name):
    return [e.get_attribute("value") for e in driver.find_elements(By.CSS_SELECTOR, f"input[type=hidden][name='{name}']")]


def progress(driver):
    return driver.find_element(By.CSS_SELECTOR, ".progress").text


def menu_link(driver, text):
    """A link of the main menu, opening it first on a phone, where it folds behind its toggle."""
    toggle = driver.find_element(By.CSS_SELECTOR, ".menu-toggle")
    if toggle.is_displayed():
        if driver.find_element(By.CSS_SELECTOR, ".menu").get_attribute("open") is None:
            click(driver, toggle)
        return driver.find_element(By.CSS_SELECTOR, "nav[aria-label='Main'] .menu").find_element(By.LINK_TEXT, text)
    return driver.find_element(By.CSS_SELECTOR, "nav[aria-label='Main'] .nav-wide").find_element(By.LINK_TEXT, text)


# MARK: - The journey

def menu_link(driver, text):
    """The main menu's visible link; at phone width the menu folds behind a "Menu" button."""
    menu = driver.find_element(By.CSS_SELECTOR, "nav[aria-label='Main']")
    toggles = [t for t in menu.find_elements(By.CSS_SELECTOR, "summary.menu-toggle") if t.is_displayed()]
    if toggles:
        toggles[0].click()
    return next(a for a in menu.find_elements(By.LINK_TEXT, text) if a.is_displayed())


def test_the_whole_journey_to_the_plan(page, server, width, js_off):
    page.get(server + "/")
    go(page, menu_link(page, "Your plan"))
    assert urlparse(page.current_url).path == "/plan", "no plan yet: the menu starts the questions"
    assert h1(page) == "About you" and progress(page) == "Step 1 of 4"
    assert not selected_boxes(page), "nothing is chosen for the person"
    page.find_element(By.ID, "field-age").send_keys("34")
    check(page, "sex", "female")
    no_sideways_scroll(page)
    continue_(page)

    assert h1(page) == "Your cellulite" and progress(page) == "Step 2 of 4"
    assert not selected_boxes(page)
    check(page, "areas", "thighs")
    check(page, "concern", "dimples")
    no_sideways_scroll(page)
    continue_(page)

    assert h1(page) == "Your event, budget and time" and progress(page) == "Step 3 of 4"
    assert not selected_boxes(page)
    day = event_date(page, 4)
    page.find_element(By.ID, "field-budgetUSD").send_keys("300")
    no_sideways_scroll(page)
    continue_(page)

    assert h1(page) == "Your skin and health" and progress(page) == "Step 4 of 4"
    assert not selected_boxes(page)
    check(page, "fitzpatrick", "2")
    no_sideways_scroll(page)
    continue_(page)

    assert h1(page) == "Check your answers"
    text = page.find_element(By.TAG_NAME, "main").text
    for answer in ("34 years", "Female", "Thighs", "Dimples (dents in the skin)", f"{day.day} {day:%B %Y} (in 4 days)",
                   "$300", "Type 2"):
        assert answer in text, answer
    no_sideways_scroll(page)
    go(page, page.find_element(By.LINK_TEXT, "Show my plan"))

    assert h1(page) == "Your plan"
    query = parse_qs(urlparse(page.current_url).query)
    assert query["eventDate"] == [day.isoformat()] and query["age"] == ["34"] and query["fitzpatrick"] == ["2"]
    summary = page.find_element(By.CSS_SELECTOR, ".plan-summary")
    assert summary.text.startswith("Your event is in 4 days, so only quick camouflage can help by then:")
    first_section = page.find_element(By.ID, "before-event")
    assert summary.location["y"] < first_section.location["y"]
    top = page.execute_script("return arguments[0].getBoundingClientRect().top;", summary)
    assert top < page.execute_script("return window.innerHeight;"), "the answer is on the first screen"
    no_sideways_scroll(page)
    plan_url = page.current_url

    # "Your plan" in the menu now returns here.
    page.get(server + "/treatments")
    go(page, menu_link(page, "Your plan"))
    assert page.current_url == plan_url


def test_back_keeps_every_answer(page, server, width, js_off):
    page.get(server + "/plan")
    page.find_element(By.ID, "field-age").send_keys("34")
    check(page, "sex", "male")
    continue_(page)
    check(page, "areas", "hips")
    check(page, "concern", "texture")
    continue_(page)
    assert h1(page) == "Your event, budget and time"

    # The page's own Back link carries every answer, so the step shows them all.
    go(page, page.find_element(By.CSS_SELECTOR, ".back-link a"))
    assert h1(page) == "Your cellulite"
    assert page.find_element(By.CSS_SELECTOR, "input[name='areas'][value='hips']").is_selected()
    assert page.find_element(By.CSS_SELECTOR, "input[name='concern'][value='texture']").is_selected()
    assert hidden(page, "age") == ["34"] and hidden(page, "sex") == ["male"]

    # The browser's Back: earlier answers ride in the address, this step's own are restored.
    page.back()
    wait_for(page, (By.ID, "field-eventDate"))
    page.back()
    wait_for(page, (By.ID, "field-areas"))
    assert h1(page) == "Your cellulite"
    assert page.find_element(By.CSS_SELECTOR, "input[name='areas'][value='hips']").is_selected()
    assert hidden(page, "age") == ["34"]
    page.back()
    wait_for(page, (By.ID, "field-age"))
    assert h1(page) == "About you"
    assert page.find_element(By.ID, "field-age").get_attribute("value") == "34"
    assert page.find_element(By.CSS_SELECTOR, "input[name='sex'][value='male']").is_selected()
    continue_(page)
    assert parse_qs(urlparse(page.current_url).query) == {"age": ["34"], "sex": ["male"]}


def test_a_change_link_from_the_check_page(page, server, width, js_off):
    date = in_days(5)
    page.get(server + f"/plan/check?age=34&sex=female&areas=thighs&eventDate={date}&budgetUSD=300"
                      "&conditions=sensitive-skin")
    assert h1(page) == "Check your answers"
    go(page, page.find_element(By.XPATH, "//a[normalize-space()='Change age']"))
    assert h1(page) == "About you"
    age = page.find_element(By.ID, "field-age")
    assert age.get_attribute("value") == "34"
    assert page.find_element(By.CSS_SELECTOR, "input[name='sex'][value='female']").is_selected()
    age.clear()
    age.send_keys("45")
    continue_(page)
    assert h1(page) == "Check your answers", "a change goes straight back to the answers"
    text = page.find_element(By.TAG_NAME, "main").text
    assert "45 years" in text and "$300" in text and "My skin is sensitive" in text and "(in 5 days)" in text
    go(page, page.find_element(By.LINK_TEXT, "Show my plan"))
    query = parse_qs(urlparse(page.current_url).query)
    assert query["age"] == ["45"] and query["budgetUSD"] == ["300"] and query["eventDate"] == [date]
    assert query["conditions"] == ["sensitive-skin"]


def test_a_past_date_is_an_error_at_the_question(page, server, width):
    page.get(server + "/plan/event-and-limits?age=34")
    event_date(page, -30)
    continue_(page)
    summary = wait_for(page, (By.ID, "error-summary"))
    assert "There is a problem with your answer" in summary.text
    assert "is in the past" in page.find_element(By.ID, "field-eventDate-error").text
    assert page.find_element(By.ID, "field-eventDate").get_attribute("value") == in_days(-30)
    assert hidden(page, "age") == ["34"]


@pytest.mark.parametrize("path, target", [
    ("/plan/about-you?age=old&submitted=x", "field-age"),
    ("/plan/skin-and-health?age=34&conditions=bogus&submitted=x", "field-conditions"),
])
def test_an_error_link_shows_its_question(page, server, width, path, target):
    page.get(server + path)
    link = page.find_element(By.CSS_SELECTOR, f"#error-summary a[href='#{target}']")
    click(page, link)
    # The question's label or legend, not just the box, is in view.
    question = page.find_element(
        By.XPATH, f"//label[@for='{target}'][@class='label'] | //input[@id='{target}']/ancestor::fieldset/legend")
    top = page.execute_script("return arguments[0].getBoundingClientRect().top;", question)
    assert top >= 0, f"the question is scrolled out of view ({top}px)"
    field = page.find_element(By.ID, target)
    assert page.execute_script("return arguments[0].getBoundingClientRect().top;", field) >= 0


# MARK: - On paper

def pdf_of(driver):
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": 8.27, "paperHeight": 11.69, "printBackground": False, "preferCSSPageSize": True})
    reader = PdfReader(io.BytesIO(base64.b64decode(pdf["data"])))
    # NFKC undoes the ligatures ("ﬀ") the PDF's text layer uses.
    return len(reader.pages), unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))


@pytest.mark.parametrize("path", ["/plan", "/plan/print"])
def test_a_four_option_plan_prints_on_two_to_four_pages(page, server, path):
    page.get(server + f"{path}?{FOUR_OPTIONS}")
    assert len(page.find_elements(By.CSS_SELECTOR, ".plan-item")) == 4
    pages, text = pdf_of(page)
    assert 2 <= pages <= 4, f"{pages} A4 pages"
    flat = text.replace("\n", "")
    assert f"{server}/plan?{FOUR_OPTIONS}" in flat, "the plan's own address, in full"
    assert f"{server}/treatments/self-tanner" in flat, "links are printed as full addresses"
    assert "(/treatments/" not in flat, "no bare paths"
    for chrome in ("Skip to main content", "Check your skin", "Print this plan"):
        assert chrome not in text, f"{chrome!r} is printed"


def test_print_this_plan_works_without_javascript(page, server, js_off, width):
    page.get(server + f"/plan?{FOUR_OPTIONS}")
    go(page, page.find_element(By.LINK_TEXT, "Print this plan"))
    assert urlparse(page.current_url).path == "/plan/print"
    assert h1(page) == "Your plan"
    assert not page.find_element(By.CSS_SELECTOR, ".site-nav").is_displayed(), "no navigation"
    assert page.find_element(By.CSS_SELECTOR, ".plan-address").is_displayed()
    assert not page.find_elements(By.CSS_SELECTOR, "main details"), "nothing is folded away"
    no_sideways_scroll(page)


def test_the_question_sheet_is_offered_only_with_questions(page, server):
    page.get(server + "/plan?age=34&concern=dimples")
    assert page.find_elements(By.PARTIAL_LINK_TEXT, "printable sheet")
    page.get(server + "/plan?age=34&setting=home")
    assert not page.find_elements(By.PARTIAL_LINK_TEXT, "printable sheet")


# MARK: - Every journey page: accessibility and layout

JOURNEY_PAGES = [
    "/plan/your-cellulite?age=34",
    "/plan/event-and-limits?age=34",
    "/plan/skin-and-health?age=34",
    "/plan/event-and-limits?age=34&eventDate=2001-01-01&submitted=x",
    "/plan/check?age=34&areas=thighs&budgetUSD=300&conditions=pregnant",
    f"/plan/print?{FOUR_OPTIONS}",
]


@pytest.mark.parametrize("path", JOURNEY_PAGES)
def test_axe_reports_no_violations_on_the_journey(page, server, path):
    page.get(server + path)
    axe = make_axe(page)
    violations = axe.run()["violations"]
    assert not violations, axe.report(violations)


@pytest.mark.parametrize("path", JOURNEY_PAGES)
def test_journey_pages_fit_360px(page, server, path):
    at_phone_width(page)
    page.get(server + path)
    no_sideways_scroll(page)
    small = page.execute_script("""
        return [...document.querySelectorAll('.button, button, input[type=text], input[type=date], .choice-label, .back-link a, .summary-action a')]
          .filter(e => e.offsetParent !== null)
          .map(e => [e.outerHTML.slice(0, 80), e.getBoundingClientRect().height])
          .filter(([, h]) => h < 44);
    """)
    assert not small, small
