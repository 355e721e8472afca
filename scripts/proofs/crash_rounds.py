"""Crash rounds: 8 clients write check-ins as fast as they can, the server is SIGKILLed at a random
moment, restarted on the same data, and every check-in it acknowledged (201) must be there, with
its id and notes. Writes sent but unanswered ("in flight") may or may not be there; nothing else
may be. On SQLite the file must pass `PRAGMA integrity_check` after each kill."""

import http.client
import json
import os
import random
import shutil
import sqlite3
import statistics
import threading
import time
from dataclasses import dataclass, field

from databases import SqliteDatabase, new_database, started_server
from harness import Workspace
from http_api import Api, create_account, today
from report import Report

CLIENTS = 8
DEFAULT_ROUNDS = {"sqlite": 10, "postgres": 5}


@dataclass
class Client:
    """One account and what is known of its check-ins across all rounds."""
    token: str
    stored: dict = field(default_factory=dict)  # notes marker -> id, acknowledged or found after a kill
    unresolved: set = field(default_factory=set)  # markers sent, never answered, not (yet) found


class Writer(threading.Thread):
    """Posts check-ins on one kept-alive connection until the server is gone."""

    def __init__(self, port: int, client: Client, label: str):
        super().__init__(daemon=True)
        self.port, self.client, self.label = port, client, label
        self.acked: dict[str, str] = {}
        self.in_flight: list[tuple[str, float]] = []  # (marker, when it was sent)
        self.errors: list[str] = []

    def run(self):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=15)
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {self.client.token}"}
        for sequence in range(10**9):
            marker = f"{self.label}-{sequence}-{os.urandom(4).hex()}"
            body = json.dumps({"date": today(), "assessment": {"scale": "self-rating", "level": sequence % 5},
                               "notes": marker})
            try:
                connection.request("POST", "/api/me/checkins", body=body, headers=headers)
            except OSError:
                return  # never sent: the server is gone
            sent_at = time.monotonic()
            try:
                response = connection.getresponse()
                answer = response.read()
            except (OSError, http.client.HTTPException):
                self.in_flight.append((marker, sent_at))
                return
            if response.status == 201:
                self.acked[marker] = json.loads(answer)["id"]
            else:
                self.errors.append(f"{response.status} {answer[:200]!r}")
            if response.getheader("connection", "").lower() == "close":
                connection.close()


def sqlite_integrity(database: SqliteDatabase, scratch, in_place: bool) -> tuple[str, str, int]:
    """(integrity_check result, journal mode and what the kill left beside the file, check-in rows)
    of the killed server's file. In place, SQLite recovers as the server would (replays the WAL, or
    rolls back a hot journal) and tidies up on close; on a copy of the file and its WAL or journal,
    the restarted server is left to do its own recovery."""
    leftovers = [database.file.with_name(database.file.name + suffix) for suffix in ("-wal", "-journal")]
    left = ", ".join(f"{p.name.rsplit('-', 1)[1]} {p.stat().st_size // 1024} KiB" for p in leftovers if p.exists())
    target = database.file
    if not in_place:
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir()
        for path in [database.file, *leftovers]:
            if path.exists():
                shutil.copy2(path, scratch / path.name)
        target = scratch / database.file.name
    db = sqlite3.connect(target, timeout=10)
    try:
        result = "; ".join(row[0] for row in db.execute("PRAGMA integrity_check"))
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
        rows = db.execute("SELECT count(*) FROM check_ins").fetchone()[0]
    finally:
        db.close()
    return result, f"journal mode {mode}, left {left or 'nothing'}", rows


def verify(base: str, client: Client) -> tuple[int, int, list[str]]:
    """(acknowledged found, in-flight found, problems) for one account after a restart."""
    reply = Api(base, client.token).json("GET", "/api/me/checkins")
    if reply.status != 200:
        return 0, 0, [f"GET /api/me/checkins answered {reply.status}"]
    found: dict[str, list[str]] = {}
    for checkin in reply.json()["checkins"]:
        found.setdefault(checkin["notes"], []).append(checkin["id"])
    problems = [f"{marker} stored {len(ids)} times" for marker, ids in found.items() if len(ids) > 1]
    acknowledged = 0
    for marker, checkin_id in client.stored.items():
        if found.get(marker) == [checkin_id]:
            acknowledged += 1
        else:
            now = "missing" if marker not in found else f"stored as {found[marker]}"
            problems.append(f"acknowledged {marker} ({checkin_id}) is {now}")
    recovered = [m for m in client.unresolved if m in found]
    for marker in recovered:
        client.stored[marker] = found[marker][0]
        client.unresolved.discard(marker)
    problems += [f"unexpected check-in {m!r}" for m in found if m not in client.stored]
    return acknowledged, len(recovered), problems


def run(ws: Workspace, report: Report, kind: str, rng: random.Random):
    rounds = int(os.environ.get("ROUNDS", DEFAULT_ROUNDS[kind]))
    database = new_database(ws, kind, "crash")
    report.section("crash rounds", database.label)
    server = started_server(ws, database, f"crash-{kind}")
    # Accounts once per database: tokens live in the database, so they outlive every restart.
    clients = [Client(create_account(server.base, f"crash{i}")[2]) for i in range(CLIENTS)]
    totals = {"acked": 0, "in_flight": 0, "recovered": 0, "errors": 0, "problems": 0}
    restarts, integrity_failures, rates = [], [], []
    for number in range(1, rounds + 1):
        stop_at = rng.uniform(0.5, 3.0)
        writers = [Writer(server.port, c, f"r{number}c{i}") for i, c in enumerate(clients)]
        for writer in writers:
            writer.start()
        started = time.monotonic()
        time.sleep(stop_at)
        server.kill()
        killed_at = time.monotonic()
        for writer in writers:
            writer.join(timeout=30)
        acked = in_flight = 0
        errors = []
        for writer, client in zip(writers, clients):
            client.stored.update(writer.acked)
            # Only what was sent before the kill could have reached the server.
            sent_before = [m for m, sent_at in writer.in_flight if sent_at < killed_at]
            client.unresolved.update(sent_before)
            acked += len(writer.acked)
            in_flight += len(sent_before)
            errors += writer.errors
        rates.append(acked / (killed_at - started))

        integrity = ""
        if isinstance(database, SqliteDatabase):
            in_place = number % 2 == 1
            result, journal, rows = sqlite_integrity(database, ws.root / "crash-copy", in_place)
            known = sum(len(c.stored) for c in clients)
            if result != "ok" or rows < known:
                integrity_failures.append(f"round {number}: {result}, {rows} rows for {known} known")
            integrity = (f", integrity_check {result!r} ({'in place' if in_place else 'on a copy'}, "
                         f"{journal}, {rows} rows)")

        server.start()
        restart = server.wait_healthy()
        restarts.append(restart)
        recovered, problems = 0, []
        for client in clients:
            _, found, wrong = verify(server.base, client)
            recovered += found
            problems += wrong
        print(f"  round {number:2}: killed at {stop_at:.2f} s, acknowledged {acked} ({rates[-1]:.0f}/s), "
              f"in flight {in_flight}, in flight found {recovered}, errors {len(errors)}, "
              f"restart to first 200 {restart * 1000:.0f} ms{integrity}", flush=True)
        for line in (errors[:3] + problems[:10]):
            report.note(line)
        totals["acked"] += acked
        totals["in_flight"] += in_flight
        totals["recovered"] += recovered
        totals["errors"] += len(errors)
        totals["problems"] += len(problems)
    server.stop()

    report.check("every acknowledged check-in survives SIGKILL", totals["problems"] == 0,
                 f"{rounds} rounds, {totals['acked']} acknowledged, {totals['problems']} missing/wrong/unexpected; "
                 f"in flight {totals['in_flight']}, of them found {totals['recovered']}")
    report.check("every write answered 201 until the kill", totals["errors"] == 0,
                 f"{totals['errors']} other answers; {statistics.median(rates):.0f} acknowledged writes/s (median)")
    report.check("restart answers /health", True,
                 f"restart to first 200: median {statistics.median(restarts) * 1000:.0f} ms, "
                 f"max {max(restarts) * 1000:.0f} ms")
    if isinstance(database, SqliteDatabase):
        report.check("PRAGMA integrity_check ok after every kill", not integrity_failures,
                     f"{rounds - len(integrity_failures)} of {rounds} ok" +
                     (f"; {integrity_failures[:3]}" if integrity_failures else ""))
