"""Hostile clients (b): upload abuse under concurrency. 16 signed-in clients post, in random order,
a body declared over the photo limit, a text file, headers claiming 48 megapixels and truncated
JPEGs; then each one body the server must read whole to refuse (chunked over the limit, or 10 MiB
of text). Every one must be refused with its status, no photo row may be left behind, the server
must stay healthy and take a real photo afterwards; its peak RSS is reported."""

import http.client
import os
import random
import socket
import statistics
import threading
import time
from collections import Counter, defaultdict

from databases import new_database, started_server
from harness import Workspace, timed_health
from http_api import Api, create_account, multipart, today, upload_photo
from images import jpeg, jpeg_claiming_huge, png_claiming_huge, truncated_jpeg
from report import Report

CLIENTS = 16
ITERATIONS = int(os.environ.get("UPLOAD_ITERATIONS", 2))
PHOTO_LIMIT = 10 * 1024 * 1024 + 64 * 1024  # the file's 10 MiB plus 64 KiB of framing (SECURITY.md)
OVERSIZE = PHOTO_LIMIT + 1024
RSS_BOUND_MB = 1024  # far above what refusing 16 uploads should cost; a leak or a buffered body shows


def stream_upload(port: int, token: str, chunked: bool) -> tuple[int | str, int]:
    """Posts a multipart body of OVERSIZE bytes on a raw socket, stopping as soon as an answer
    arrives (the server answers 413 before reading it all); returns (status, bytes sent)."""
    prefix, content_type = multipart({"view": "back-relaxed", "date": today()}, "big.jpg", "image/jpeg", b"")
    prefix = prefix[: prefix.rindex(b"\r\n--")]  # keep the file part open; the file bytes follow
    head = (f"POST /api/me/photos HTTP/1.1\r\nHost: proof\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: {content_type}\r\n"
            + ("Transfer-Encoding: chunked\r\n" if chunked else f"Content-Length: {OVERSIZE}\r\n") + "\r\n")
    sock = socket.create_connection(("127.0.0.1", port), timeout=20)
    sent = 0
    try:
        sock.sendall(head.encode())
        block = os.urandom(64 * 1024)
        pieces = [prefix] + [block] * (OVERSIZE // len(block) + 1)
        for piece in pieces:
            sock.setblocking(False)
            try:
                if sock.recv(1, socket.MSG_PEEK):
                    break  # the answer is here: stop sending
            except BlockingIOError:
                pass
            finally:
                sock.settimeout(20)
            piece = piece[: OVERSIZE - sent] if not chunked else piece
            if not piece:
                break
            try:
                sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(piece)
        response = http.client.HTTPResponse(sock)
        try:
            response.begin()
            response.read()
            return response.status, sent
        except (OSError, http.client.HTTPException) as error:
            return f"no answer ({type(error).__name__})", sent
    finally:
        sock.close()


def small_upload(port: int, token: str, name: str, content_type: str, data: bytes) -> int:
    """One upload on a new connection (never a retried one, so a dropped answer shows)."""
    api = Api(f"http://127.0.0.1:{port}", token)
    body, multipart_type = multipart({"view": "back-relaxed", "date": today()}, name, content_type, data)
    try:
        return api.request("POST", "/api/me/photos", body, multipart_type).status
    finally:
        api.close()


TEXT_10_MIB = b"not a photo, just words\n" * (10 * 1024 * 1024 // 24)

# name -> (what it sends, given port and token; the statuses that are right). The first group is
# refused from the head or a small body; the second makes the server read about 10 MiB first.
REFUSED_EARLY = {
    "oversized, Content-Length": (lambda port, token: stream_upload(port, token, chunked=False)[0], {413}),
    "text file": (lambda port, token: small_upload(port, token, "notes.jpg", "image/jpeg",
                                                   b"just some words\n" * 64), {415}),
    "PNG claiming 48 MP": (lambda port, token: small_upload(port, token, "big.png", "image/png",
                                                            png_claiming_huge()), {422}),
    "JPEG claiming 48 MP": (lambda port, token: small_upload(port, token, "big.jpg", "image/jpeg",
                                                             jpeg_claiming_huge()), {422}),
    "truncated JPEG": (lambda port, token: small_upload(port, token, "cut.jpg", "image/jpeg", truncated_jpeg()),
                       set(range(400, 500))),
}
READ_WHOLE = {
    "oversized, chunked (no length)": (lambda port, token: stream_upload(port, token, chunked=True)[0], {413}),
    "10 MiB text file (under the limit)": (lambda port, token: small_upload(port, token, "big.jpg", "image/jpeg",
                                                                            TEXT_10_MIB), {415}),
}
CASES = REFUSED_EARLY | READ_WHOLE


class RssSampler(threading.Thread):
    def __init__(self, server):
        super().__init__(daemon=True)
        self.server, self.stopped, self.peak_kb = server, threading.Event(), 0

    def run(self):
        while not self.stopped.is_set():
            self.peak_kb = max(self.peak_kb, self.server.memory_kb()["VmRSS"])
            self.stopped.wait(0.02)


def concurrently(port: int, tokens: list[str], orders: list[list[str]]) -> tuple[dict, float]:
    """Client i sends the cases orders[i] one after another, all clients at once; returns
    (case -> [(status, seconds)], seconds for all)."""
    results, lock = defaultdict(list), threading.Lock()

    def client(i):
        for case in orders[i]:
            started = time.monotonic()
            try:
                status = CASES[case][0](port, tokens[i])
            except (OSError, http.client.HTTPException) as error:
                status = type(error).__name__
            with lock:
                results[case].append((status, time.monotonic() - started))
    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(len(orders))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.monotonic() - started


def judge(report: Report, name: str, results: dict, seconds: float):
    lines, wrong, count = [], 0, 0
    for case, answers in results.items():
        statuses = Counter(status for status, _ in answers)
        wrong += sum(n for status, n in statuses.items() if status not in CASES[case][1])
        count += len(answers)
        lines.append(f"{case}: {dict(statuses)} in {statistics.median(s for _, s in answers):.2f} s median")
    report.check(name, wrong == 0, f"{count} uploads in {seconds:.1f} s, {wrong} wrong; " + "; ".join(lines))


def one_at_a_time(port: int, token: str) -> str:
    """How long the server takes to refuse one non-image body of each size, alone: reading a
    body should cost about the same per MiB whatever its size."""
    timings = []
    for mib in (2.5, 5, 10):
        started = time.monotonic()
        status = small_upload(port, token, "big.jpg", "image/jpeg", TEXT_10_MIB[: int(mib * 1024 * 1024)])
        timings.append(f"{mib} MiB {status} in {(time.monotonic() - started) * 1000:.0f} ms")
    return ", ".join(timings)


def run(ws: Workspace, report: Report, kind: str, rng: random.Random):
    database = new_database(ws, kind, "uploads")
    report.section("hostile clients: upload abuse", database.label)
    server = started_server(ws, database, f"uploads-{kind}")
    tokens = [None] * CLIENTS

    def sign_up(i):
        tokens[i] = create_account(server.base, f"upload{i}")[2]
    threads = [threading.Thread(target=sign_up, args=(i,)) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    baseline_kb = server.memory_kb()["VmRSS"]
    sampler = RssSampler(server)
    sampler.start()

    # The abuse refused from the head or a small body, every client each case ITERATIONS times.
    orders = [rng.sample(list(REFUSED_EARLY) * ITERATIONS, len(REFUSED_EARLY) * ITERATIONS) for _ in range(CLIENTS)]
    judge(report, "every abusive upload refused with its status", *concurrently(server.port, tokens, orders))
    # Bodies the server must read to refuse: one each, half chunked over the limit, half 10 MiB of text.
    report.note("one at a time: " + one_at_a_time(server.port, tokens[0]))
    orders = [[list(READ_WHOLE)[i % len(READ_WHOLE)]] for i in range(CLIENTS)]
    judge(report, f"{CLIENTS} concurrent ~10 MiB bodies read and refused in time",
          *concurrently(server.port, tokens, orders))
    sampler.stopped.set()
    sampler.join()
    peak_kb = max(sampler.peak_kb, server.memory_kb()["VmHWM"])

    status, health_seconds = timed_health(server.port, timeout=1.0)
    report.check("/health 200 within 1 s after the abuse", status == 200, f"{status} in {health_seconds * 1000:.0f} ms")
    listed = sum(len(Api(server.base, t).json("GET", "/api/me/photos").json()["photos"]) for t in tokens)
    rows = {table: database.count_rows(table) for table in ("photos", "photo_images")}
    report.check("no photo rows from rejected uploads", listed == 0 and not any(rows.values()),
                 f"GET /api/me/photos lists {listed} for {CLIENTS} accounts; rows {rows}")
    real = upload_photo(Api(server.base, tokens[0]), jpeg())
    report.check("a real photo is taken afterwards", real.status == 201,
                 f"{real.status}; rows now {database.count_rows('photos')} photos, "
                 f"{database.count_rows('photo_images')} images")
    report.check(f"peak RSS during the abuse under {RSS_BOUND_MB} MB", peak_kb < RSS_BOUND_MB * 1024,
                 f"peak {peak_kb // 1024} MB (VmHWM; sampled every 20 ms: {sampler.peak_kb // 1024} MB), "
                 f"baseline {baseline_kb // 1024} MB, after {server.memory_kb()['VmRSS'] // 1024} MB")
    server.stop()
