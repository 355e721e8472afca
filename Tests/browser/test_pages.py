"""End-to-end checks of the HTML pages in headless Chromium against the real server."""

import json
import os
from urllib.parse import urlparse, parse_qs

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

PLAN = "/plan?age=34&areas=thighs&areas=buttocks&concern=dimples&daysUntilEvent=3&budgetUSD=100"

# Every page a person can reach, including error and result states.
PAGES = [
    "/",
    "/plan",
    PLAN,
    "/plan?age=34&conditions=pregnant&conditions=pain-or-easy-bruising&fitzpatrick=6",
    "/plan?age=abc&budgetUSD=100&conditions=pregnant",
    "/plan/edit?age=34&budgetUSD=100",
    "/plan/questions?age=34&concern=dimples",
    "/treatments",
    "/treatments?setting=home&mechanism=camouflage",
    "/treatments/cellfina",
    "/treatments/qwo",
    "/treatments/sculptra",
    "/treatments/no-such-thing",
    "/products",
    "/products?active=caffeine",
    "/ask",
    "/ask?q=does+losing+weight+get+rid+of+cellulite",
    "/ask?q=what+is+the+capital+of+mongolia",
    "/assess",
    "/assess/result?scale=hexsel-css&a=1&b=2&c=1&d=0&standing=dimpled&lying=smooth&pinch=positive",
    "/assess/result?scale=nurnberger-muller&standing=smooth&lying=smooth&pinch=positive",
    "/assess/result?scale=self-rating&level=2",
    "/sources",
    "/about",
]


def wait_for(driver, locator, timeout=10):
    return WebDriverWait(driver, timeout).until(EC.presence_of_element_located(locator))


def h1(driver):
    return driver.find_element(By.TAG_NAME, "h1").text


def click(driver, element):
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()


def go(driver, element):
    """Clicks a link or submit button and waits for the next page to replace this one.

    A marker on the old page's window tells the pages apart. Element staleness is not used:
    Chromium sometimes answers a query about the detached old node with an inspector error
    instead of "stale element", which made the wait itself fail.
    """
    driver.execute_script("window.__oldPage = true;")
    click(driver, element)

    def replaced(d):
        try:
            return d.execute_script("return !window.__oldPage && document.readyState === 'complete';")
        except WebDriverException:
            return False  # mid-navigation; ask again

    WebDriverWait(driver, 15).until(replaced)


def label_for(driver, input_id):
    return driver.find_element(By.CSS_SELECTOR, f"label[for='{input_id}']")


def check(driver, name, value):
    """Ticks a radio or checkbox by clicking its label, as a person would."""
    box = driver.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{value}']")
    click(driver, label_for(driver, box.get_attribute("id")))
    assert box.is_selected()


# MARK: - The plan

def continue_(driver):
    go(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Continue']"))


def event_date(driver, days):
    """Types a date `days` from now into the date picker, as a person would (US locale: MMDDYYYY)."""
    import datetime
    day = datetime.date.today() + datetime.timedelta(days=days)
    field = driver.find_element(By.ID, "field-eventDate")
    field.send_keys(day.strftime("%m%d%Y"))
    assert field.get_attribute("value") == day.isoformat()
    return day


def test_fill_the_questionnaire_and_get_a_plan(page, server):
    page.get(server + "/")
    go(page, page.find_element(By.LINK_TEXT, "Start your plan"))
    assert h1(page) == "About you"
    page.find_element(By.ID, "field-age").send_keys("34")
    continue_(page)
    assert h1(page) == "Your cellulite"
    check(page, "areas", "thighs")
    check(page, "areas", "buttocks")
    check(page, "concern", "dimples")
    continue_(page)
    event_date(page, 3)
    page.find_element(By.ID, "field-budgetUSD").send_keys("150")
    continue_(page)
    check(page, "fitzpatrick", "3")
    check(page, "conditions", "sensitive-skin")
    continue_(page)
    assert h1(page) == "Check your answers"
    go(page, page.find_element(By.LINK_TEXT, "Show my plan"))
    wait_for(page, (By.ID, "before-event"))
    assert h1(page) == "Your plan"
    query = parse_qs(urlparse(page.current_url).query)
    assert query["age"] == ["34"]
    assert query["areas"] == ["thighs", "buttocks"]
    assert query["budgetUSD"] == ["150"]
    assert query["conditions"] == ["sensitive-skin"]
    assert "severityScale" not in query, "blank answers are dropped from the address"
    for heading in ("Before your event", "Every day at home", "Ask your dermatologist"):
        assert page.find_element(By.XPATH, f"//h2[normalize-space()='{heading}']")
    items = page.find_elements(By.CSS_SELECTOR, ".plan-item")
    assert items, "the plan recommends something"
    for item in items:
        badge = item.find_element(By.CSS_SELECTOR, ".badge")
        assert "evidence" in badge.text.lower(), "the evidence badge has words"
        assert any(symbol in badge.text for symbol in "●○"), "and a symbol"
    # Excluded options are folded away, and open on request.
    details = page.find_element(By.CSS_SELECTOR, "#excluded details")
    assert details.get_attribute("open") is None
    click(page, details.find_element(By.TAG_NAME, "summary"))
    assert details.get_attribute("open") is not None
    assert details.find_element(By.CSS_SELECTOR, ".excluded-list li").is_displayed()
    # The URL reproduces the plan.
    url = page.current_url
    page.get(url)
    assert h1(page) == "Your plan"


def test_bad_answers_show_an_error_summary_and_keep_the_rest(page, server):
    page.get(server + "/plan/about-you?budgetUSD=200&conditions=pregnant")
    page.find_element(By.ID, "field-age").send_keys("thirty")
    check(page, "sex", "male")
    continue_(page)
    summary = wait_for(page, (By.ID, "error-summary"))
    assert "There is a problem with your answer" in summary.text
    link = summary.find_element(By.CSS_SELECTOR, "a[href='#field-age']")
    assert "Enter your age" in link.text
    assert "Enter your age" in page.find_element(By.ID, "field-age-error").text
    assert page.find_element(By.ID, "field-age").get_attribute("value") == "thirty"
    assert page.find_element(By.CSS_SELECTOR, "input[name='sex'][value='male']").is_selected()
    assert page.find_element(By.CSS_SELECTOR, "input[type='hidden'][name='budgetUSD']").get_attribute("value") == "200"
    assert page.find_element(By.CSS_SELECTOR, "input[type='hidden'][name='conditions']").get_attribute("value") == "pregnant"
    assert page.title.startswith("Error:")
    click(page, link)
    assert page.switch_to.active_element.get_attribute("id") == "field-age"
    # Fix the one answer and go on.
    field = page.find_element(By.ID, "field-age")
    field.clear()
    field.send_keys("41")
    continue_(page)
    assert h1(page) == "Your cellulite"
    query = parse_qs(urlparse(page.current_url).query)
    assert query == {"age": ["41"], "sex": ["male"], "budgetUSD": ["200"], "conditions": ["pregnant"]}


def test_red_flags_come_first(page, server):
    page.get(server + "/plan?age=34&conditions=pain-or-easy-bruising")
    box = page.find_element(By.ID, "red-flags")
    sections = page.find_element(By.ID, "before-event")
    assert box.location["y"] < sections.location["y"]
    assert "important" in box.text.lower()
    style = page.execute_script(
        "const s = getComputedStyle(arguments[0]); return [s.borderTopWidth, s.borderLeftWidth];", box)
    assert float(style[0].rstrip("px")) >= 3 and float(style[1].rstrip("px")) >= 6, "reads as important without colour"


def test_change_an_answer_from_the_plan(page, server):
    page.get(server + PLAN)
    go(page, page.find_element(By.CSS_SELECTOR, "#answers").find_element(By.LINK_TEXT, "Change your answers"))
    assert h1(page) == "Check your answers"
    go(page, page.find_element(By.XPATH, "//a[normalize-space()='Change budget']"))
    budget = page.find_element(By.ID, "field-budgetUSD")
    assert budget.get_attribute("value") == "100"
    budget.clear()
    budget.send_keys("5000")
    continue_(page)
    assert h1(page) == "Check your answers"
    go(page, page.find_element(By.LINK_TEXT, "Show my plan"))
    wait_for(page, (By.ID, "in-office"))
    query = parse_qs(urlparse(page.current_url).query)
    assert query["budgetUSD"] == ["5000"] and query["concern"] == ["dimples"]


def test_print_view_of_the_questions(page, server):
    page.get(server + "/plan?age=34&areas=thighs&concern=dimples")
    go(page, page.find_element(By.PARTIAL_LINK_TEXT, "printable sheet"))
    assert h1(page) == "Questions for your dermatologist"
    assert page.find_elements(By.CSS_SELECTOR, ".question-list li")
    nav = page.find_element(By.CSS_SELECTOR, ".site-nav")
    assert nav.is_displayed()
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not nav.is_displayed(), "print hides the navigation"
    assert not page.find_element(By.CSS_SELECTOR, ".skip-link").is_displayed()
    assert page.find_element(By.TAG_NAME, "h1").is_displayed()
    assert "Information, not diagnosis" in page.find_element(By.CSS_SELECTOR, ".disclaimer").text
    link = page.find_element(By.CSS_SELECTOR, "main a[href^='/']:not(.cite)")
    after = page.execute_script("return getComputedStyle(arguments[0], '::after').content;", link)
    assert link.get_attribute("pathname") in after, "links are shown as text"
    # The plan prints too: its folded list of left-out options opens on paper.
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    page.get(server + PLAN)
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not page.find_element(By.CSS_SELECTOR, ".site-nav").is_displayed()
    pdf = page.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
    assert len(pdf["data"]) > 1000
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


# MARK: - Navigation and other pages

NAV = [
    ("Home", "/"), ("Your plan", "/plan"), ("Treatments", "/treatments"), ("Products", "/products"),
    ("Ask a question", "/ask"), ("Check your skin", "/assess"),
]


def test_navigation_reaches_every_page(page, server):
    page.get(server + "/")
    for text, path in NAV:
        link = page.find_element(By.CSS_SELECTOR, "nav[aria-label='Main']").find_element(By.LINK_TEXT, text)
        go(page, link)
        assert urlparse(page.current_url).path == path
        current = page.find_element(By.CSS_SELECTOR, "nav[aria-label='Main'] a[aria-current='page']")
        assert current.text == text
        assert page.find_element(By.TAG_NAME, "h1").text
    go(page, page.find_element(By.CSS_SELECTOR, "footer").find_element(By.LINK_TEXT, "Sources"))
    assert urlparse(page.current_url).path == "/sources"
    assert "last reviewed" in page.find_element(By.TAG_NAME, "footer").text.lower()


def test_skip_link_moves_focus_to_main(page, server):
    page.get(server + "/treatments")
    body = page.find_element(By.TAG_NAME, "body")
    body.send_keys("\t")
    skip = page.switch_to.active_element
    assert skip.text == "Skip to main content"
    assert skip.is_displayed(), "the skip link shows when focused"
    skip.send_keys("\n")
    assert page.switch_to.active_element.get_attribute("id") == "main"


def test_keyboard_focus_is_visible(page, server):
    page.get(server + "/")
    link = page.find_element(By.CSS_SELECTOR, "nav[aria-label='Main'] a[href='/treatments']")
    before = page.execute_script("return getComputedStyle(arguments[0]).backgroundColor;", link)
    page.find_element(By.TAG_NAME, "body").send_keys("\t\t\t\t")
    focused = page.switch_to.active_element
    style = page.execute_script(
        "const s = getComputedStyle(arguments[0]); return [s.backgroundColor, s.boxShadow, s.outlineStyle];", focused)
    assert style[0] != before or style[1] != "none" or style[2] != "none"


def test_open_a_treatment(page, server):
    page.get(server + "/treatments")
    go(page, page.find_element(By.LINK_TEXT, "Cellfina"))
    assert urlparse(page.current_url).path == "/treatments/cellfina"
    assert h1(page) == "Cellfina"
    for heading in ("How does it work?", "How good is the evidence?", "What are the risks and side effects?",
                    "Is it approved, and is it available?", "Sources"):
        assert page.find_element(By.XPATH, f"//h2[normalize-space()='{heading}']")
    doi = page.find_elements(By.CSS_SELECTOR, "#sources a[href^='https://doi.org/']")
    pubmed = page.find_elements(By.CSS_SELECTOR, "#sources a[href^='https://pubmed.ncbi.nlm.nih.gov/']")
    assert doi or pubmed
    # A citation number jumps to its full reference.
    cite = page.find_element(By.CSS_SELECTOR, "main .cite")
    target = cite.get_attribute("href").split("#")[1]
    assert page.find_element(By.ID, target)
    # Low-confidence facts say so in words.
    assert page.find_elements(By.CSS_SELECTOR, ".low-confidence")


def test_filter_treatments(page, server):
    page.get(server + "/treatments")
    check(page, "setting", "home")
    from selenium.webdriver.support.ui import Select
    Select(page.find_element(By.ID, "filter-mechanism")).select_by_value("camouflage")
    go(page, page.find_element(By.XPATH, "//button[normalize-space()='Show treatments']"))
    query = parse_qs(urlparse(page.current_url).query)
    assert query["setting"] == ["home"] and query["mechanism"] == ["camouflage"]
    names = [e.text for e in page.find_elements(By.CSS_SELECTOR, ".card-title a")]
    assert "Self-tanner" in " ".join(names) or names, names
    assert "Cellfina" not in names


def test_filter_products(page, server):
    page.get(server + "/products")
    from selenium.webdriver.support.ui import Select
    Select(page.find_element(By.ID, "filter-active")).select_by_value("retinol")
    go(page, page.find_element(By.XPATH, "//button[normalize-space()='Show products']"))
    cards = page.find_elements(By.CSS_SELECTOR, ".card")
    assert cards
    for card in cards:
        assert "Retinol" in card.text
        assert "Price" in card.text


def test_ask_a_question(page, server):
    page.get(server + "/ask")
    box = page.find_element(By.ID, "field-q")
    box.send_keys("Does caffeine cream work?")
    go(page, page.find_element(By.XPATH, "//button[normalize-space()='Ask']"))
    wait_for(page, (By.CSS_SELECTOR, ".answer"))
    answer = page.find_element(By.CSS_SELECTOR, ".answer")
    assert answer.find_elements(By.CSS_SELECTOR, ".cite"), "answers carry citations"
    assert page.find_element(By.ID, "field-q").get_attribute("value") == "Does caffeine cream work?"
    # Outside the knowledge base, an honest "I don't know".
    page.get(server + "/ask?q=how+do+I+fix+my+car")
    assert "I don’t know" in page.find_element(By.ID, "no-answer-heading").text


def test_run_the_self_assessment(page, server):
    page.get(server + "/assess")
    check(page, "scale", "hexsel-css")
    go(page, page.find_element(By.XPATH, "//button[normalize-space()='Start']"))
    for letter, value in (("a", "2"), ("b", "1"), ("c", "2"), ("d", "0")):
        wait_for(page, (By.CSS_SELECTOR, f"input[name='{letter}']"))
        check(page, letter, value)
        go(page, page.find_element(By.XPATH, "//button[normalize-space()='Continue']"))
    wait_for(page, (By.CSS_SELECTOR, "input[name='standing']"))
    # Forgetting an answer is an error on the same page, with everything kept.
    check(page, "standing", "dimpled")
    go(page, page.find_element(By.XPATH, "//button[normalize-space()='See my result']"))
    summary = wait_for(page, (By.ID, "error-summary"))
    assert "lie down" in summary.text
    assert page.find_element(By.CSS_SELECTOR, "input[name='standing'][value='dimpled']").is_selected()
    check(page, "lying", "smooth")
    check(page, "pinch", "positive")
    go(page, page.find_element(By.XPATH, "//button[normalize-space()='See my result']"))
    wait_for(page, (By.CSS_SELECTOR, ".result-panel"))
    panel = page.find_element(By.CSS_SELECTOR, ".result-panel").text
    assert "Hexsel Cellulite Severity Scale, version 2009" in panel
    assert "7" in panel  # 2 + 1 + 2 + 0 + stage II (2)
    assert "0–15, higher = more severe" in panel
    assert "“moderate”" in panel
    assert page.find_element(By.ID, "meaningful-change")
    go(page, page.find_element(By.LINK_TEXT, "Use this score in your plan"))
    # The plan questions start at the beginning and carry the score to its own question.
    page.find_element(By.ID, "field-age").send_keys("34")
    continue_(page)
    assert page.find_element(By.CSS_SELECTOR, "input[name='severityScale'][value='hexsel-css']").is_selected()
    assert page.find_element(By.ID, "field-severityScore").get_attribute("value") == "7"


def test_the_assessment_back_button_keeps_answers(page, server):
    page.get(server + "/assess")
    check(page, "scale", "self-rating")
    go(page, page.find_element(By.XPATH, "//button[normalize-space()='Start']"))
    wait_for(page, (By.CSS_SELECTOR, "input[name='level']"))
    go(page, page.find_element(By.LINK_TEXT, "Back"))
    assert page.find_element(By.CSS_SELECTOR, "input[name='scale'][value='self-rating']").is_selected()
    go(page, page.find_element(By.XPATH, "//button[normalize-space()='Start']"))
    check(page, "level", "3")
    go(page, page.find_element(By.XPATH, "//button[normalize-space()='See my result']"))
    assert "“moderate”" in page.find_element(By.CSS_SELECTOR, ".result-panel").text


# MARK: - Every page: mobile layout, tap targets, accessibility, no third parties

def at_phone_width(driver):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True})


@pytest.mark.parametrize("path", PAGES)
def test_no_horizontal_scroll_at_360px(page, server, path):
    at_phone_width(page)
    page.get(server + path)
    widths = page.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth, window.innerWidth];")
    assert widths[1] == 360
    assert widths[0] <= widths[1], f"{path} scrolls sideways: {widths}"
    base = page.execute_script("return getComputedStyle(document.body).fontSize;")
    assert base == "16px"


@pytest.mark.parametrize("path", ["/", "/plan", PLAN, "/treatments", "/products", "/ask", "/assess"])
def test_tap_targets_are_at_least_44px(page, server, path):
    at_phone_width(page)
    page.get(server + path)
    small = page.execute_script("""
        const targets = document.querySelectorAll(
          '.site-nav a, .button, button, input[type=text], select, summary, .choice-label, .footer-links a, .breadcrumb a');
        return [...targets].filter(e => e.offsetParent !== null)
          .map(e => [e.outerHTML.slice(0, 80), e.getBoundingClientRect().height])
          .filter(([, h]) => h < 44);
    """)
    assert not small, small


def make_axe(driver):
    """axe-core as conftest finds it: the newest at hand, never the 3.1 axe-selenium-python ships."""
    from axe_selenium_python import Axe
    from conftest import axe_script_path
    axe = Axe(driver, axe_script_path())
    axe.inject()
    return axe


@pytest.mark.parametrize("path", PAGES)
def test_axe_reports_no_violations(page, server, path):
    page.get(server + path)
    axe = make_axe(page)
    results = axe.run()
    violations = results["violations"]
    assert not violations, axe.report(violations)


def test_axe_on_the_assessment_steps(page, server):
    page.get(server + "/assess")
    check(page, "scale", "hexsel-css")
    go(page, page.find_element(By.XPATH, "//button[normalize-space()='Start']"))
    wait_for(page, (By.CSS_SELECTOR, "input[name='a']"))
    go(page, page.find_element(By.XPATH, "//button[normalize-space()='Continue']"))  # error state
    wait_for(page, (By.ID, "error-summary"))
    axe = make_axe(page)
    violations = axe.run()["violations"]
    assert not violations, axe.report(violations)


@pytest.mark.parametrize("path", PAGES)
def test_no_requests_to_other_hosts(page, server, path):
    page.get(server + path)
    origin = server.rstrip("/")
    urls = page.execute_script(
        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
        ".map(e => e.name);")
    assert urls, "the performance timeline is readable"
    outside = [u for u in urls if not (u.startswith(origin + "/") or u == origin)]
    assert not outside, outside
    # Nor does the markup point any loaded resource elsewhere.
    loaded = page.execute_script(
        "return [...document.querySelectorAll('script[src], link[href], img[src], iframe[src], source[src]')]"
        ".filter(e => !(e.tagName === 'A')).map(e => e.src || e.href);")
    assert all(u.startswith(origin + "/") for u in loaded), loaded
