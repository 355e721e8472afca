"""Progress photos in a real browser: a photo chosen through the file input, its thumbnail, a
second one from an earlier day, the comparison (with JavaScript: the slider over the photos;
without: side by side), a blinded rating, and the export holding the photo without its EXIF.
At 360 px and 1280 px, with JavaScript on and off, axe-core clean."""

import datetime
import io
import uuid
import zipfile
from urllib.parse import urlparse

import pytest
from PIL import Image, ImageDraw
from selenium.webdriver.common.by import By

from test_accounts import button, js_off, no_violations, sign_up, width  # noqa: F401 (fixtures)
from test_checkins import download
from test_pages import check, go, h1

SECRET = "SECRET-CAMERA-DATA"


@pytest.fixture(scope="module")
def phone_photo(tmp_path_factory):
    """A 800 x 600 JPEG as a phone writes it: EXIF orientation 6 (turn to display) and a
    description holding SECRET."""
    image = Image.new("RGB", (800, 600), (200, 170, 150))
    ImageDraw.Draw(image).rectangle((0, 0, 200, 150), fill=(255, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010E] = SECRET
    path = tmp_path_factory.mktemp("photos") / "IMG_0001.JPG"
    image.save(path, "JPEG", quality=90, exif=exif.tobytes())
    assert SECRET.encode() in path.read_bytes()
    return path


def upload(page, path, view, date=None):
    page.find_element(By.ID, "file").send_keys(str(path))
    check(page, "view", view)
    if date:
        field = page.find_element(By.ID, "date")
        field.send_keys(date.strftime("%m%d%Y"))
        assert field.get_attribute("value") == date.isoformat()
    go(page, button(page, "Add the photo"))
    assert urlparse(page.current_url).path == "/dashboard/photos"
    assert "Added: your" in page.page_source


def loaded(page, image):
    return page.execute_script("return arguments[0].complete && arguments[0].naturalWidth;", image)


def test_upload_compare_rate_and_export(page, server, width, js_off, axe_source, phone_photo):
    sign_up(page, server, f"pho-{uuid.uuid4().hex[:8]}@example.com")
    go(page, page.find_element(By.LINK_TEXT, "Progress photos"))
    assert h1(page) == "Your progress photos"
    no_violations(page, axe_source, js_off)
    file_input = page.find_element(By.ID, "file")
    assert file_input.get_attribute("accept") == "image/jpeg,image/png"
    assert file_input.get_attribute("capture") == "environment"

    earlier = datetime.date.today() - datetime.timedelta(days=60)
    upload(page, phone_photo, "back-relaxed", date=earlier)
    upload(page, phone_photo, "back-relaxed")
    thumbs = page.find_elements(By.CSS_SELECTOR, "img.photo-thumb")
    assert len(thumbs) == 2
    # Upright (the EXIF said turn it): 600 wide by 800 high, scaled to the 320 px thumbnail.
    assert [loaded(page, t) for t in thumbs] == [240, 240]
    assert page.execute_script("return arguments[0].naturalHeight;", thumbs[0]) == 320
    no_violations(page, axe_source, js_off)

    go(page, page.find_element(By.LINK_TEXT, "Compare two photos"))
    assert h1(page) == "Compare two photos"
    captions = [c.text for c in page.find_elements(By.CSS_SELECTOR, ".photo-compare figcaption")]
    assert captions[0].endswith("(baseline)")
    sides = page.find_elements(By.CSS_SELECTOR, ".photo-compare img")
    assert all(loaded(page, image) for image in sides)
    boxes = [page.execute_script("return arguments[0].getBoundingClientRect().toJSON();", s) for s in sides]
    sliders = page.find_elements(By.ID, "compare-slider")
    if js_off:
        assert not sliders, "without the script the photos stay side by side"
        assert boxes[0]["right"] <= boxes[1]["left"] + 1
    else:
        assert sliders and "overlay" in page.find_element(By.ID, "photo-compare").get_attribute("class")
        assert abs(boxes[0]["left"] - boxes[1]["left"]) < 1, "the right photo lies over the left one"
        page.execute_script(
            "arguments[0].value = 80; arguments[0].dispatchEvent(new Event('input'));", sliders[0])
        clip = page.execute_script(
            "return document.querySelector('.compare-right').style.clipPath;")
        assert clip == "inset(0px 0px 0px 80%)" or clip == "inset(0 0 0 80%)"
    no_violations(page, axe_source, js_off)

    go(page, page.find_element(By.LINK_TEXT, "All your photos"))
    go(page, page.find_element(By.LINK_TEXT, "Rate your photos blind"))
    go(page, button(page, "Rate back, relaxed"))
    assert h1(page) == "Which looks smoother?"
    main = page.find_element(By.TAG_NAME, "main").text
    assert f"{earlier:%B}" not in main or earlier.month == datetime.date.today().month
    assert [c.text for c in page.find_elements(By.CSS_SELECTOR, "figcaption")] == ["Photo A", "Photo B"]
    no_violations(page, axe_source, js_off)
    check(page, "smoother", "same")
    go(page, button(page, "Show the dates"))
    assert h1(page) == "What your blind answer says"
    assert "You saw no difference" in page.page_source
    assert f"{earlier.day} {earlier:%B %Y}" in page.find_element(By.TAG_NAME, "main").text

    headers, body = download(page, server, "/account/export")
    archive = zipfile.ZipFile(io.BytesIO(body))
    photos = [name for name in archive.namelist() if name.startswith("photos/")]
    assert len(photos) == 2
    for name in photos:
        data = archive.read(name)
        assert SECRET.encode() not in data
        exported = Image.open(io.BytesIO(data))
        assert exported.size == (600, 800)
        assert not exported.getexif(), "no EXIF in the export"


def test_the_guide_draws_each_pose(page, server):
    page.get(server + "/photos/guide")
    assert h1(page) == "How to take progress photos"
    drawings = page.find_elements(By.CSS_SELECTOR, "svg.pose")
    assert len(drawings) == 4
    assert all(d.get_attribute("role") == "img" and d.is_displayed() for d in drawings)
