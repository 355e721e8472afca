"""Fixtures for the browser tests: the real `cellulite serve` binary and headless Chromium.

Environment:
  CELLULITE_BIN   the server binary (default: <repo>/.build/debug/cellulite)
  CHROMIUM_BIN    the browser (default: /usr/bin/chromium)
  CHROMEDRIVER    the driver (default: /usr/bin/chromedriver)
  AXE_SCRIPT      an axe-core script to use instead of the one axe-playwright-python ships
"""

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import importlib.util

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server():
    """Starts `cellulite serve` on a free port with a throwaway data directory."""
    binary = os.environ.get("CELLULITE_BIN", str(REPO / ".build" / "debug" / "cellulite"))
    if not Path(binary).exists():
        pytest.fail(f"server binary not found: {binary} (build it, or set CELLULITE_BIN)")
    port = _free_port()
    data_dir = tempfile.mkdtemp(prefix="cellulite-browser-")
    log = open(Path(data_dir) / "server.log", "w")
    process = subprocess.Popen(
        [binary, "serve", "--port", str(port), "--data-dir", data_dir],
        stdout=log, stderr=subprocess.STDOUT, cwd=data_dir,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            log.flush()
            pytest.fail("server exited early:\n" + (Path(data_dir) / "server.log").read_text())
        try:
            with urllib.request.urlopen(base + "/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if time.monotonic() > deadline:
            process.terminate()
            pytest.fail("server did not answer /health within 60 s")
        time.sleep(0.25)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()
    if not os.environ.get("CELLULITE_KEEP_DATA"):
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,900", "--disable-extensions", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ):
        options.add_argument(argument)
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def page(browser, server):
    """The browser at desktop width, with media and viewport emulation reset."""
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    browser.delete_all_cookies()
    return browser


# MARK: - axe-core

# axe-selenium-python runs the checks but ships axe-core 3.1; axe-playwright-python ships a current
# axe-core file, which is all that is used from it (Playwright itself never starts).
MIN_AXE = (4, 10)


def axe_script_path():
    """$AXE_SCRIPT, else the axe.min.js that axe-playwright-python ships."""
    if os.environ.get("AXE_SCRIPT"):
        return os.environ["AXE_SCRIPT"]
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec and spec.submodule_search_locations:
        candidate = Path(list(spec.submodule_search_locations)[0]) / "axe.min.js"
        if candidate.exists():
            return str(candidate)
    raise RuntimeError("no current axe-core: pip install -r Tests/browser/requirements.txt, or set AXE_SCRIPT")


def axe_core_version(path):
    head = Path(path).read_text(encoding="utf-8", errors="replace")[:200]
    found = re.search(r"axe v(\d+)\.(\d+)\.(\d+)", head)
    return tuple(int(n) for n in found.groups()) if found else None


def pytest_report_header(config):
    try:
        path = axe_script_path()
    except RuntimeError as error:
        return f"axe-core: {error}"
    version = axe_core_version(path)
    return f"axe-core: {'.'.join(map(str, version)) if version else 'unknown version'} ({path})"


@pytest.fixture(scope="session")
def axe_source():
    path = axe_script_path()
    version = axe_core_version(path)
    assert version and version[:2] >= MIN_AXE, f"axe-core {version} is older than {MIN_AXE}: {path}"
    return path


def run_axe(driver, path):
    """Runs axe-core from `path` on the current page; returns (axe, violations)."""
    from axe_selenium_python import Axe
    axe = Axe(driver, path)
    axe.inject()
    return axe, axe.run()["violations"]
