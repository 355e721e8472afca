"""Preflight, before every part: the server answers /health as the user running the proofs and,
when that is root, also as an unprivileged user (`nobody`), as it would run in production. Root
may do things nobody else may (a socket option, a file), so a server tried only as root can hide a
server that serves nobody."""

import os
import pwd
import shutil
import tempfile

from harness import AS_ROOT, KEEP, ServerDied, Workspace, random_keys
from report import Report

UNPRIVILEGED = "nobody"


def answers(ws: Workspace, report: Report, name: str, data_dir, user=None):
    server = ws.server(name, data_dir, random_keys(),
                       user=user)
    who = user or pwd.getpwuid(os.geteuid()).pw_name
    try:
        server.start()
        seconds = server.wait_healthy(timeout=30)
        report.check(f"the server answers /health running as {who}", True, f"first 200 after {seconds * 1000:.0f} ms")
    except (ServerDied, OSError) as error:
        report.check(f"the server answers /health running as {who}", False, str(error).splitlines()[0])
    finally:
        server.stop()


def run(ws: Workspace, report: Report):
    report.section("preflight", "SQLite")
    answers(ws, report, "preflight", ws.directory("preflight-data"))
    if AS_ROOT:
        # Its own directory: the work directory is root's (0700), which nobody may not enter.
        data_dir = tempfile.mkdtemp(prefix="cellulite-prove-nobody.")
        ws.on_close(lambda: KEEP or shutil.rmtree(data_dir, ignore_errors=True))
        os.chown(data_dir, pwd.getpwnam(UNPRIVILEGED).pw_uid, -1)
        answers(ws, report, "preflight-nobody", data_dir, user=UNPRIVILEGED)
