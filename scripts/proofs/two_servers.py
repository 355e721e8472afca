"""Two servers, one PostgreSQL. Both start at the same moment on an empty database (so both
migrate at once); each migration must be recorded exactly once. Then, behind a balancer that
alternates between them per request: a token, a page session and the log-in limit work across
both, and a photo uploaded to one is served byte-identical by the other."""

import os
import re
import threading
import time
from collections import Counter

from balancer import Balancer
from databases import PostgresDatabase, server_on, shared_cluster
from harness import ServerDied, Workspace, random_keys
from http_api import Api, create_account, today, upload_photo
from images import jpeg
from page_session import PageSession, form_fields, redirect_path
from report import Report


def migrations(database: PostgresDatabase) -> Counter:
    """Migration name -> how many times `_fluent_migrations` records it."""
    return Counter({name: int(n) for name, n in database.cluster.query(
        database.name, "SELECT name, count(*) FROM _fluent_migrations GROUP BY name")})


def start_together(servers) -> list[str]:
    """Starts every server at one moment; returns what went wrong (empty when all are healthy)."""
    gate = threading.Barrier(len(servers))

    def start(server):
        gate.wait()
        server.start()
    threads = [threading.Thread(target=start, args=(s,)) for s in servers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    problems = []
    for server in servers:
        try:
            server.wait_healthy()
        except ServerDied as died:
            problems.append(str(died).splitlines()[0] + " | " + last_error(server))
    return problems


def error_lines(server) -> list[str]:
    """The log lines the server wrote at level error or critical (its log: `TIME LEVEL label: ...`)."""
    lines = server.log_tail(10**6).splitlines()
    return [l for l in lines if len(l.split()) > 1 and l.split()[1] in ("error", "critical")]


def last_error(server) -> str:
    """The gist of the server's last error line (PostgreSQL's message and the migration), else its
    last log line."""
    errors = error_lines(server)
    if not errors:
        return server.log_tail(1)[-300:]
    message, migration = re.search(r"message: ([^,\]]*)", errors[-1]), re.search(r"migration=(\w+)", errors[-1])
    if message:
        return f"{migration.group(1) if migration else '?'}: {message.group(1)}"
    return errors[-1][-300:]


def migration_race(ws: Workspace, report: Report, keys: dict, expected: set):
    """RACE_ATTEMPTS simultaneous starts, each on a new empty database; returns a healthy pair
    from the last attempt that worked, or None."""
    attempts = int(os.environ.get("RACE_ATTEMPTS", 3))
    cluster = shared_cluster(ws)
    outcomes, pair = [], None
    for attempt in range(1, attempts + 1):
        database = PostgresDatabase(cluster, f"two_servers_race{attempt}")
        servers = [server_on(ws, database, f"two-{name}-{attempt}", keys) for name in "ab"]
        problems = start_together(servers)
        try:
            counted = migrations(database)
        except RuntimeError as error:
            counted, problems = Counter(), problems + [f"_fluent_migrations unreadable: {error}"]
        twice = {name: n for name, n in counted.items() if n != 1}
        missing = expected - set(counted)
        if twice:
            problems.append(f"recorded more than once: {twice}")
        if missing:
            problems.append(f"missing: {sorted(missing)}")
        if problems:  # PostgreSQL's side of the failure, which the server's log may not say
            problems += [f"PostgreSQL: {e}" for e in cluster.errors(database.name)]
        outcomes.append(problems)
        report.note(f"attempt {attempt}: " + ("both healthy, each of the %d migrations once" % len(counted)
                                              if not problems else "; ".join(problems)))
        if pair:  # only the last healthy pair goes on to the other proofs
            for server in pair[0]:
                server.stop()
            pair = None
        if problems:
            for server in servers:
                server.stop()
        else:
            pair = (servers, database)
    failed = [p for p in outcomes if p]
    report.check("two servers started at once on an empty database migrate it once", not failed,
                 f"{attempts - len(failed)} of {attempts} simultaneous starts clean ({len(expected)} migrations)"
                 + (f"; e.g. {failed[0][0]}" if failed else ""))
    return pair


def api_across(base: str, report: Report) -> str:
    """(a) A token made through one server works for many requests alternating between both."""
    email, _, token = create_account(base, "two-api")
    api = Api(base, token)
    upstreams, statuses, created = Counter(), Counter(), 0
    for i in range(30):
        if i % 3 == 0:
            reply = api.json("GET", "/api/me")
            ok = reply.status == 200 and reply.json()["email"] == email
        elif i % 3 == 1:
            checkin = {"date": today(), "assessment": {"scale": "self-rating", "level": 1}, "notes": f"n{i}"}
            reply = api.json("POST", "/api/me/checkins", checkin)
            ok = reply.status == 201
            created += ok
        else:
            reply = api.json("GET", "/api/me/checkins")
            ok = reply.status == 200 and len(reply.json()["checkins"]) == created
        statuses["ok" if ok else f"wrong {reply.status}"] += 1
        upstreams[reply.header("X-Proof-Upstream")] += 1
    report.check("(a) API token works across both servers", statuses["ok"] == 30 and len(upstreams) == 2,
                 f"{statuses['ok']} of 30 requests right, answered by {dict(upstreams)}, "
                 f"each list showed every check-in made on either server")
    return token


def pages_across(base: str, report: Report):
    """(b) Sign up, stay signed in, post a check-in form, log out and in again, across both."""
    page, email, password = PageSession(base), f"two-page-{os.urandom(4).hex()}@example.com", os.urandom(12).hex()
    steps = []  # (what, passed, upstream)

    def step(what, reply, passed):
        steps.append((what, passed, reply.header("X-Proof-Upstream")))

    form = page.get("/account/sign-up")
    fields = form_fields(form.body.decode(), "/account/sign-up") | {"email": email, "password": password}
    signed_up = page.post_form("/account/sign-up", fields)
    step("sign-up form on one server, posted to the other", signed_up, redirect_path(signed_up) == "/dashboard"
         and form.header("X-Proof-Upstream") != signed_up.header("X-Proof-Upstream"))
    for _ in range(6):
        reply = page.get("/dashboard")
        step("GET /dashboard signed in", reply, reply.status == 200 and b'action="/account/log-out"' in reply.body)

    marker = f"page check-in {os.urandom(4).hex()}"
    result = page.get("/assess/result?scale=self-rating&level=3")
    fields = form_fields(result.body.decode(), "/dashboard/checkins") | {"notes": marker, "date": today()}
    kept = page.post_form("/dashboard/checkins", fields)
    step("check-in form posted", kept, redirect_path(kept) == "/dashboard/checkins")
    for _ in range(2):
        reply = page.get("/dashboard/checkins")
        step("the check-in is in the history", reply, reply.status == 200 and marker.encode() in reply.body)

    dashboard = page.get("/dashboard")
    logged_out = page.post_form("/account/log-out", form_fields(dashboard.body.decode(), "/account/log-out"))
    step("log-out form posted", logged_out, redirect_path(logged_out) == "/")
    for _ in range(2):
        reply = page.get("/dashboard")
        step("GET /dashboard after log-out goes to log-in", reply,
             (redirect_path(reply) or "").startswith("/account/log-in"))
    form = page.get("/account/log-in")
    fields = form_fields(form.body.decode(), "/account/log-in") | {"email": email, "password": password}
    logged_in = page.post_form("/account/log-in", fields)
    step("log-in form posted", logged_in, redirect_path(logged_in) == "/dashboard")
    for _ in range(4):
        reply = page.get("/dashboard")
        step("GET /dashboard signed in again", reply, reply.status == 200)

    wrong = [f"{what} ({upstream})" for what, passed, upstream in steps if not passed]
    upstreams = Counter(upstream for _, _, upstream in steps)
    report.check("(b) page session and CSRF forms work across both servers", not wrong and len(upstreams) == 2,
                 f"{len(steps) - len(wrong)} of {len(steps)} page steps right, answered by {dict(upstreams)}"
                 + (f"; wrong: {wrong}" if wrong else ""))


def login_limit_across(base: str, report: Report):
    """(c) 5 failed log-ins for one account, alternating servers; then 429 from either."""
    for way in ("API", "page form"):
        email, password, _ = create_account(base, "two-limit")
        answers = []
        if way == "API":
            api = Api(base)
            attempt = lambda pw: api.json("POST", "/api/tokens", {"email": email, "password": pw})
        else:
            page = PageSession(base)
            form = [page.get("/account/log-in")]

            def attempt(pw):
                # Each answer is the form again, with the token to post next, so posts alternate too.
                fields = form_fields(form[0].body.decode(), "/account/log-in")
                form[0] = page.post_form("/account/log-in", fields | {"email": email, "password": pw})
                return form[0]
        for _ in range(5):
            answers.append(attempt("wrong-" + os.urandom(8).hex()))
        refused = [attempt("wrong-" + os.urandom(8).hex()) for _ in range(2)]
        correct = attempt(password)
        failures_ok = all(a.status in (400, 401) for a in answers)
        limited = all(r.status == 429 and (r.header("Retry-After") or "").isdigit() for r in refused)
        limited_upstreams = {r.header("X-Proof-Upstream") for r in refused}
        report.check(f"(c) log-in limit holds across both servers ({way})",
                     failures_ok and limited and len(limited_upstreams) == 2,
                     f"failures {[a.status for a in answers]} from "
                     f"{sorted({a.header('X-Proof-Upstream') for a in answers})}, then "
                     f"{[(r.status, r.header('X-Proof-Upstream'), r.header('Retry-After')) for r in refused]}; "
                     f"the right password meanwhile: {correct.status}")


def photo_across(a, b, token: str, report: Report):
    """(d) A photo uploaded to server A is served byte-identical by server B."""
    uploaded = upload_photo(Api(a.base, token), jpeg())
    if uploaded.status != 201:
        report.check("(d) photo uploaded on A is served by B", False, f"upload answered {uploaded.status}")
        return
    photo = uploaded.json()["id"]
    same = []
    for size in ("", "?size=thumb"):
        from_a = Api(a.base, token).json("GET", f"/api/me/photos/{photo}{size}")
        from_b = Api(b.base, token).json("GET", f"/api/me/photos/{photo}{size}")
        same.append(from_a.status == from_b.status == 200 and from_a.body == from_b.body
                    and from_b.body[:2] == b"\xff\xd8" and from_b.header("content-type") == "image/jpeg")
        if size == "":
            sizes = f"{len(from_a.body)} bytes on A, {len(from_b.body)} on B"
    report.check("(d) photo uploaded on A is served byte-identical by B", all(same),
                 f"{uploaded.json()['width']}x{uploaded.json()['height']}, {sizes}, thumbnails identical: {same[1]}")


def run(ws: Workspace, report: Report, kind: str, rng):
    report.section("two servers, one PostgreSQL", "PostgreSQL")
    keys = random_keys()
    cluster = shared_cluster(ws)

    # A lone server on its own database says which migrations there are.
    reference_db = PostgresDatabase(cluster, "two_servers_reference")
    lone = server_on(ws, reference_db, "two-reference", keys)
    lone.start()
    lone.wait_healthy()
    lone.stop()
    expected = set(migrations(reference_db))

    pair = migration_race(ws, report, keys, expected)
    if pair is None:
        report.note("going on with the second server started after the first answers /health")
        database = PostgresDatabase(cluster, "two_servers_in_turn")
        servers = [server_on(ws, database, f"two-{name}-in-turn", keys) for name in "ab"]
        for server in servers:
            server.start()
            server.wait_healthy()
        counted = migrations(database)
        report.check("two servers started in turn migrate once", set(counted) == expected
                     and set(counted.values()) == {1}, f"{len(counted)} migrations, counts {set(counted.values())}")
    else:
        servers, database = pair
    a, b = servers

    balancer = Balancer({"A": a.port, "B": b.port}).start()
    ws.on_close(balancer.stop)
    started = time.monotonic()
    token = api_across(balancer.base, report)
    pages_across(balancer.base, report)
    login_limit_across(balancer.base, report)
    photo_across(a, b, token, report)
    report.note(f"balancer: {dict(balancer.answered)} requests in {time.monotonic() - started:.1f} s")
    for server in servers:
        alive, errors = server.process.poll() is None, error_lines(server)
        report.check(f"server {server.name} still running, no error in its log", alive and not errors,
                     ("running" if alive else f"exited {server.process.returncode}")
                     + (f"; {len(errors)} error lines, last: {errors[-1][-200:]}" if errors else ""))
        server.stop()
