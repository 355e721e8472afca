"""The skin check and the site layout at phone and desktop width, with JavaScript on and off.

The site needs no script; these tests prove it by running each journey twice, the second time
with script execution disabled through the DevTools protocol (and re-enabled afterwards).
"""

from urllib.parse import parse_qs, urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import run_axe
from test_pages import PAGES, check, click

PHONE = {"width": 360, "height": 640, "deviceScaleFactor": 2, "mobile": True}
DESKTOP = {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}
SCREENS = {"360px": PHONE, "1280px": DESKTOP}

PLAN_ANSWERS = "age=34&areas=thighs&areas=buttocks&concern=dimples&daysUntilEvent=3"

# Pages beyond test_pages.PAGES: the skin check's steps, the About page and error pages.
MORE_PAGES = [
    "/about",
    "/no-such-page",
    "/assess?" + PLAN_ANSWERS,
    "/assess?scale=hexsel-css&go=A",
    "/assess?scale=hexsel-css&a=1&go=B",
    "/assess?scale=hexsel-css&a=1&b=1&go=C",
    "/assess?scale=hexsel-css&a=1&b=1&c=1&go=D",
    "/assess?scale=hexsel-css&a=1&b=1&c=1&d=1&go=observations",
    "/assess?scale=hexsel-css&a=2&from=B&go=next",
    "/assess?scale=self-rating&go=level",
    "/assess/result?scale=hexsel-css&a=3&b=3&c=3&d=3&standing=dimpled&lying=dimpled&pinch=positive&" + PLAN_ANSWERS,
]
ALL_PAGES = PAGES + [p for p in MORE_PAGES if p not in PAGES]
# Error states open with their error summary, which comes before the heading by design.
ERROR_STATES = {"/plan?age=abc&budgetUSD=100&conditions=pregnant", "/assess?scale=hexsel-css&a=2&from=B&go=next"}


@pytest.fixture(params=["js-on", "js-off"])
def scripting(request, page):
    """The browser with page scripts on or off; always switched back on afterwards."""
    disabled = request.param == "js-off"
    page.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": disabled})
    # Prove the switch took: a page's own script runs only with JS on.
    page.get("data:text/html,<title>off</title><script>document.title='on'</script>")
    assert page.title == ("off" if disabled else "on")
    yield disabled
    page.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def at(driver, screen):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", SCREENS[screen])


def rect(driver, element):
    return driver.execute_script("return arguments[0].getBoundingClientRect().toJSON();", element)


def navigate(driver, element):
    """Clicks and waits for a new document. Needs no page script, so it works with JS off: the old
    page's <html> element goes stale once the next page replaces it."""
    old = driver.find_element(By.TAG_NAME, "html")
    click(driver, element)

    def replaced(d):
        try:
            old.tag_name
            return False
        except Exception:
            return d.execute_script("return document.readyState") == "complete"

    WebDriverWait(driver, 15).until(replaced)


def button(driver, text):
    return driver.find_element(By.XPATH, f"//button[normalize-space()='{text}']")


def heading(driver):
    return driver.find_element(By.TAG_NAME, "h1").text


def answer(driver, choices, press="Continue"):
    for name, value in choices.items():
        check(driver, name, value)
    navigate(driver, button(driver, press))


# MARK: - The skin check, to its result and into the plan

@pytest.mark.parametrize("screen", SCREENS)
def test_the_skin_check_to_its_result_and_into_the_plan(page, server, scripting, screen):
    at(page, screen)
    page.get(server + "/assess?" + PLAN_ANSWERS)
    assert heading(page) == "Check your skin"
    answer(page, {"scale": "hexsel-css"}, press="Start")
    assert heading(page) == "How many dimples (dents) can you see?"
    answer(page, {"a": "2"})
    assert heading(page) == "How deep are the dimples?"
    drawings = page.find_elements(By.CSS_SELECTOR, ".reference-drawings svg[role='img']")
    assert len(drawings) == 4 and all(d.is_displayed() for d in drawings), "the depth drawings show"
    assert all(rect(page, d)["width"] >= 100 for d in drawings), "big enough to compare with"
    answer(page, {"b": "1"})
    assert heading(page).startswith("What do the raised areas")

    # Back is a GET: the previous step reloads, with no "Confirm form resubmission" in between.
    page.back()
    WebDriverWait(page, 10).until(lambda d: heading(d) == "How deep are the dimples?")
    assert "ERR_CACHE_MISS" not in page.page_source
    check(page, "b", "1")
    navigate(page, button(page, "Continue"))
    answer(page, {"c": "2"})
    answer(page, {"d": "0"})
    answer(page, {"standing": "dimpled", "lying": "smooth", "pinch": "positive"}, press="See my result")

    assert heading(page) == "Your result"
    reassurance = page.find_element(By.ID, "reassurance")
    score = page.find_element(By.CSS_SELECTOR, ".result-score")
    assert "Cellulite is normal" in reassurance.text
    assert rect(page, reassurance)["top"] < rect(page, score)["top"], "reassurance before the score"
    assert score.text == "Your total on the Hexsel scale: 7 out of 15."
    assert float(score.value_of_css_property("font-size").rstrip("px")) <= 20, "no headline number"

    # Change one answer and come straight back to the result.
    navigate(page, page.find_element(By.CSS_SELECTOR, "#answers a[href*='go=B']"))
    assert heading(page) == "How deep are the dimples?"
    assert page.find_element(By.CSS_SELECTOR, "input[name='b'][value='1']").is_selected()
    answer(page, {"b": "3"}, press="See my result")
    assert page.find_element(By.CSS_SELECTOR, ".result-score").text == "Your total on the Hexsel scale: 9 out of 15."

    assert page.get_cookies() == [], "the whole check ran without a cookie"

    navigate(page, page.find_element(By.LINK_TEXT, "Use this score in your plan"))
    assert heading(page) == "Your plan"
    query = parse_qs(urlparse(page.current_url).query)
    assert query["age"] == ["34"] and query["areas"] == ["thighs", "buttocks"]
    assert query["concern"] == ["dimples"] and query["daysUntilEvent"] == ["3"]
    assert query["severityScale"] == ["hexsel-css"] and query["severityScore"] == ["9"]


def test_the_skin_check_works_with_cookies_blocked(browser, server):
    """A second browser that refuses every cookie still finishes the check."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    import os

    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--no-first-run"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"profile.default_content_setting_values.cookies": 2})
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")),
                              options=options)
    try:
        driver.get(server + "/assess")
        assert driver.execute_script("document.cookie = 'probe=1'; return document.cookie;") == "", "cookies blocked"
        answer(driver, {"scale": "nurnberger-muller"}, press="Start")
        answer(driver, {"standing": "dimpled", "lying": "dimpled", "pinch": "positive"}, press="See my result")
        assert heading(driver) == "Your result"
        assert "Stage III" in driver.find_element(By.ID, "score").text
    finally:
        driver.quit()


# MARK: - Every page: heading on the first screen, the menu, axe-core

FIRST_SCREEN_PAGES = [p for p in ALL_PAGES if p not in ERROR_STATES]


@pytest.mark.parametrize("path", FIRST_SCREEN_PAGES)
def test_the_heading_is_on_the_first_screen_at_360px(page, server, path):
    at(page, "360px")
    page.get(server + path)
    box = rect(page, page.find_element(By.TAG_NAME, "h1"))
    assert box["bottom"] <= PHONE["height"], f"{path}: heading ends at {box['bottom']}px"
    assert box["top"] <= 0.45 * PHONE["height"], f"{path}: header and notice push the heading to {box['top']}px"


@pytest.mark.parametrize("screen", SCREENS)
def test_the_menu_folds_on_phones_and_opens_on_desktops(page, server, scripting, screen):
    at(page, screen)
    page.get(server + "/treatments")
    wide = page.find_elements(By.CSS_SELECTOR, "nav[aria-label='Main'] .nav-wide a")
    links = page.find_elements(By.CSS_SELECTOR, "nav[aria-label='Main'] .menu a")
    toggle = page.find_element(By.CSS_SELECTOR, ".menu-toggle")
    if screen == "1280px":
        assert not toggle.is_displayed()
        assert len(wide) == 7 and all(link.is_displayed() for link in wide)
        assert rect(page, page.find_element(By.TAG_NAME, "h1"))["top"] < 300
        return
    assert not any(link.is_displayed() for link in wide)
    assert toggle.is_displayed() and rect(page, toggle)["height"] >= 44
    assert not any(link.is_displayed() for link in links), "folded away on a phone"
    click(page, toggle)
    assert all(link.is_displayed() for link in links), "the toggle opens it, script or not"
    assert len(links) == 7 and all(rect(page, link)["height"] >= 44 for link in links)
    navigate(page, page.find_element(By.LINK_TEXT, "About"))
    assert heading(page) == "About Cellulite Advisor"


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("path", ALL_PAGES)
def test_axe_core_finds_no_violations(page, server, axe_source, screen, path):
    at(page, screen)
    page.get(server + path)
    axe, violations = run_axe(page, axe_source)
    assert not violations, axe.report(violations)


# MARK: - The review's minor defects

def test_option_hints_stay_under_their_labels_on_wide_screens(page, server):
    at(page, "1280px")
    for path in ["/assess", "/plan/skin-and-health"]:
        page.get(server + path)
        hints = page.find_elements(By.CSS_SELECTOR, ".choice-hint")
        assert hints, path
        for hint in hints:
            label = rect(page, hint.find_element(By.XPATH, "preceding-sibling::label"))
            box = rect(page, hint)
            # Under its label (starting near the label's left edge), never in a column beside it.
            assert box["top"] > label["top"] + label["height"] / 2, f"{path}: a hint beside its label"
            assert box["left"] < label["left"] + 48, f"{path}: a hint in a second column"


def test_hints_and_confidence_notes_are_readable(page, server):
    for path in ["/assess", "/treatments/cellfina", "/plan/skin-and-health"]:
        page.get(server + path)
        for element in page.find_elements(By.CSS_SELECTOR, ".hint, .choice-hint, .low-confidence")[:40]:
            size = float(element.value_of_css_property("font-size").rstrip("px"))
            assert size >= 16, f"{path}: {element.text[:40]} at {size}px"
            assert element.value_of_css_property("font-style") == "normal"


def test_citation_links_are_big_enough_to_tap(page, server):
    at(page, "360px")
    page.get(server + "/treatments/cellfina")
    cites = [c for c in page.find_elements(By.CSS_SELECTOR, "main .cite") if c.is_displayed()]
    assert len(cites) > 5
    boxes = [rect(page, c) for c in cites]
    for box in boxes:
        assert box["width"] >= 44 and box["height"] >= 24, box
    for a, b in zip(boxes, boxes[1:]):
        if abs(a["top"] - b["top"]) < 2:  # neighbours on one line
            assert b["left"] - a["right"] >= 4, "citation links touch"


def test_an_error_link_keeps_the_question_in_view(page, server):
    page.get(server + "/plan?age=abc&budgetUSD=100")
    assert page.find_elements(By.CSS_SELECTOR, "#error-summary a[href='#field-age']"), "the plan shows the age error"
    click(page, page.find_element(By.CSS_SELECTOR, "#error-summary a[href='#field-age']"))
    label = page.find_element(By.CSS_SELECTOR, "label[for='field-age']")
    assert rect(page, label)["top"] >= 0, "the question is not scrolled off the top"
    at(page, "360px")
    page.get(server + "/assess?scale=hexsel-css&a=2&from=B&go=next")
    click(page, page.find_element(By.CSS_SELECTOR, "#error-summary a[href='#field-b']"))
    message = page.find_element(By.ID, "field-b-error")
    assert rect(page, message)["top"] >= 0


def test_the_ask_examples_line_up_with_their_bullets(page, server):
    page.get(server + "/ask")
    for item in page.find_elements(By.CSS_SELECTOR, ".examples li"):
        link = item.find_element(By.TAG_NAME, "a")
        assert link.value_of_css_property("display") == "inline"
        assert abs(rect(page, item)["top"] + 4.8 - rect(page, link)["top"]) < 6


def test_no_stray_separators_on_a_phone(page, server):
    at(page, "360px")
    page.get(server + "/")
    assert "·" not in page.find_element(By.TAG_NAME, "main").text
