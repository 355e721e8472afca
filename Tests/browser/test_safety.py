"""The reviewed safety journeys in a real browser: pregnancy, infected skin, suggested questions."""

from selenium.webdriver.common.by import By

from test_pages import check, continue_, event_date, go, h1, wait_for


def test_a_pregnant_plan_opens_with_what_was_left_out(page, server):
    page.get(server + "/plan/event-and-limits?age=31")
    event_date(page, 3)
    continue_(page)
    check(page, "conditions", "pregnant")
    continue_(page)
    go(page, page.find_element(By.LINK_TEXT, "Show my plan"))
    summary = wait_for(page, (By.ID, "safety-summary"))
    first_section = page.find_element(By.ID, "before-event")
    assert h1(page) == "Your plan"
    assert summary.location["y"] < first_section.location["y"], "the summary comes before any option"
    assert "Retinol is left out because you are pregnant" in summary.text
    body = page.find_element(By.TAG_NAME, "body").text
    assert "midwife or doctor" in body
    assert "safety rule" not in body
    assert "Doing nothing is a reasonable choice" in body


def test_infected_skin_gets_the_urgent_flag_and_nothing_on_it(page, server):
    page.get(server + "/plan?age=40&conditions=skin-infection&daysUntilEvent=2")
    flags = page.find_element(By.ID, "red-flags")
    assert "cellulitis" in flags.text and "today" in flags.text
    for slug in ("self-tanner", "caffeine-topical", "retinol-topical"):
        links = page.find_elements(By.CSS_SELECTOR, f"#before-event a[href='/treatments/{slug}'], #daily a[href='/treatments/{slug}']")
        assert not links, f"{slug} is recommended on infected skin"


def test_every_suggested_question_gets_an_answer(page, server):
    page.get(server + "/ask")
    hrefs = [a.get_attribute("href") for a in page.find_elements(By.CSS_SELECTOR, ".examples a")]
    assert len(hrefs) >= 5
    for href in hrefs:
        page.get(href)
        assert page.find_elements(By.CSS_SELECTOR, ".answer"), f"no answer for {href}"
        assert not page.find_elements(By.ID, "no-answer-heading"), f"'I don't know' for {href}"
