"""Hostile clients (a): a flood of tiny requests. 256 raw sockets that never finish a request
(hostile_sockets.py) while wrk sends small valid GETs over kept-alive connections and over a new
connection per request; /health is timed throughout on new connections, and must answer 200 within
1 s afterwards, with the server's open files back where they were."""

import os
import re
import shutil
import statistics
import subprocess
import threading
import time
from pathlib import Path

from databases import new_database, started_server
from harness import Workspace, timed_health
from hostile_sockets import HostileSockets
from http_api import create_account
from report import Report

DURATION = 12  # seconds of wrk; the hostile sockets outlast the server's 10 s timeouts
MAX_ROUNDS = 4  # a busy machine gets more time to reach 10,000 requests, up to this many rounds


def open_files(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def wrk(url: str, connections: int, script: Path, extra=()) -> subprocess.Popen:
    return subprocess.Popen(["wrk", "-t1", f"-c{connections}", f"-d{DURATION}s", "--timeout", "5s",
                             "-s", str(script), *extra, url], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)


def wrk_figures(output: str) -> dict:
    """Requests, non-2xx/3xx answers and socket errors from wrk's report."""
    requests = re.search(r"(\d+) requests in", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return {"requests": int(requests.group(1)) if requests else 0,
            "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
            "errors": dict(zip(("connect", "read", "write", "timeout"), map(int, errors.groups()))) if errors else {}}


class HealthProbe(threading.Thread):
    """GET /health on a new connection every 100 ms until stopped: (status, seconds) each."""

    def __init__(self, port: int):
        super().__init__(daemon=True)
        self.port, self.stopped, self.samples = port, threading.Event(), []

    def run(self):
        while not self.stopped.is_set():
            self.samples.append(timed_health(self.port, timeout=5.0))
            self.stopped.wait(0.1)


def run(ws: Workspace, report: Report, kind: str, rng):
    if not shutil.which("wrk"):
        report.check("wrk is installed", False, "apt-get install wrk (scripts/prove does, as root)")
        return
    database = new_database(ws, kind, "flood")
    report.section("hostile clients: flood of tiny requests", database.label)
    server = started_server(ws, database, f"flood-{kind}")
    _, _, token = create_account(server.base, "flood")
    # Kept-alive connections take turns over a page, a static file, /health and an authenticated
    # API read (a token lookup in the database); the other wrk opens a connection per request.
    mixed = ws.root / f"flood-{kind}.lua"
    mixed.write_text(
        f'wrk.headers["Authorization"] = "Bearer {token}"\n'
        'local paths = {"/health", "/api/me", "/favicon.svg", "/about"}\nlocal i = 0\n'
        'request = function() i = i + 1; return wrk.format("GET", paths[i % #paths + 1]) end\n')
    plain = ws.root / "flood-health.lua"
    plain.write_text("")
    files_before, memory_before = open_files(server.process.pid), server.memory_kb()

    # Rounds of DURATION s until 10,000 GETs are in (one round unless the machine is busy), each
    # with 256 new hostile sockets.
    probe = HealthProbe(server.port)
    probe.start()
    started, figures, hostiles = time.monotonic(), [], []
    while sum(f["requests"] for f in figures) < 10_000 and len(hostiles) < MAX_ROUNDS:
        hostile = HostileSockets(server.port)
        hostile.start()
        runs = [wrk(server.base + "/", 96, mixed), wrk(server.base + "/health", 32, plain, ["-H", "Connection: close"])]
        outputs = [run.communicate()[0] for run in runs]
        hostile.join()
        hostiles.append(hostile)
        figures += [wrk_figures(o) | {"output": o, "kept_alive": i == 0} for i, o in enumerate(outputs)]
    probe.stopped.set()
    probe.join()
    flood_seconds = time.monotonic() - started

    total = sum(f["requests"] for f in figures)
    kept_alive = sum(f["requests"] for f in figures if f["kept_alive"])
    non_2xx = sum(f["non_2xx"] for f in figures)
    errors = {k: sum(f["errors"].get(k, 0) for f in figures) for k in ("connect", "read", "write", "timeout")}
    wrk_seconds = DURATION * len(hostiles)
    report.check("10,000+ small valid GETs answered 200 during the flood",
                 total >= 10_000 and non_2xx == 0 and not any(errors.values()),
                 f"{total} requests in {wrk_seconds} s ({total / wrk_seconds:.0f}/s, {len(hostiles)} round(s)): "
                 f"kept-alive {kept_alive} on 96 connections, {total - kept_alive} on a new connection each; "
                 f"non-2xx {non_2xx}, socket errors {errors}")
    if total < 10_000 or non_2xx or any(errors.values()):
        for f in figures:
            report.note(f["output"].replace("\n", " | ")[:600])
    for number, hostile in enumerate(hostiles, 1):
        report.check(f"the server closed every hostile socket itself within 16 s (round {number})",
                     hostile.all_closed, "; ".join(f"{kind}: {text}" for kind, text in hostile.summary().items()))

    answered = [seconds for status, seconds in probe.samples if status == 200]
    failed = len(probe.samples) - len(answered)
    latencies = sorted(answered)
    report.check("/health answered throughout the flood", failed == 0 and answered,
                 f"{len(answered)} of {len(probe.samples)} probes 200 over {flood_seconds:.1f} s: median "
                 f"{statistics.median(latencies) * 1000:.0f} ms, "
                 f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.0f} ms, "
                 f"max {latencies[-1] * 1000:.0f} ms" if latencies else "no probe answered")

    status, seconds = timed_health(server.port, timeout=1.0)
    report.check("/health 200 within 1 s after the flood", status == 200, f"{status} in {seconds * 1000:.0f} ms")
    deadline = time.monotonic() + 10
    while open_files(server.process.pid) > files_before + 4 and time.monotonic() < deadline:
        time.sleep(0.2)
    files_after, memory_after = open_files(server.process.pid), server.memory_kb()
    report.check("the server's open files come back down", files_after <= files_before + 4,
                 f"{files_before} before, {files_after} after; RSS {memory_before['VmRSS'] // 1024} -> "
                 f"{memory_after['VmRSS'] // 1024} MB, peak {memory_after['VmHWM'] // 1024} MB")
    server.stop()
