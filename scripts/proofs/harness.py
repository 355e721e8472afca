"""The throwaway world the proofs run in: a work directory, free ports, a PostgreSQL cluster and
`cellulite serve` processes, all removed on exit, on failure and on Ctrl-C (SIGINT, SIGTERM)."""

import atexit
import base64
import http.client
import os
import pwd
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

AS_ROOT = os.geteuid() == 0
KEEP = bool(os.environ.get("KEEP"))  # KEEP=1 leaves the work directories for a look afterwards


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def random_key() -> str:
    """32 random bytes in base64, as CELLULITE_SECRET_KEY and CELLULITE_DATA_KEY want."""
    return base64.b64encode(os.urandom(32)).decode()


def random_keys() -> dict:
    """A fresh form-signing key and photo key, as a server's environment."""
    return {"CELLULITE_SECRET_KEY": random_key(), "CELLULITE_DATA_KEY": random_key()}


def _unwind_on_signals():
    """SIGINT, SIGTERM and SIGHUP unwind the stack, so every `finally` cleans up. (SIGINT too: a
    shell starts a background job with SIGINT ignored, and Python would keep ignoring it.)"""
    def handler(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, handler)


class Workspace:
    """Everything one `scripts/prove` run starts; `close()` stops and removes it, newest first."""

    def __init__(self):
        self.binary = os.environ.get("CELLULITE_BIN", "")
        if not self.binary or not os.access(self.binary, os.X_OK):
            raise SystemExit(f"CELLULITE_BIN is not an executable: {self.binary!r}")
        _unwind_on_signals()
        self.root = Path(tempfile.mkdtemp(prefix="cellulite-prove."))
        self._cleanups, self.closed = [], False
        atexit.register(self.close)  # also when the proofs end some other way

    def directory(self, name: str) -> Path:
        path = self.root / name
        path.mkdir(parents=True, exist_ok=False)
        return path

    def on_close(self, cleanup):
        self._cleanups.append(cleanup)

    def postgres(self) -> "PostgresCluster":
        cluster = PostgresCluster()
        self.on_close(cluster.remove)  # before it starts, so a failed or interrupted start is removed too
        cluster.start()
        return cluster

    def server(self, name: str, data_dir: Path, env: dict, user: str | None = None) -> "Server":
        server = Server(self.binary, name, data_dir, env, self.root / f"{name}.log", user)
        self.on_close(server.stop)
        return server

    def close(self):
        if self.closed:
            return
        self.closed = True
        while self._cleanups:
            try:
                self._cleanups.pop()()
            except Exception as error:  # cleanup goes on whatever one step says
                print(f"cleanup: {error}")
        if KEEP:
            print(f"kept {self.root}")
        else:
            shutil.rmtree(self.root, ignore_errors=True)


class PostgresCluster:
    """A PostgreSQL cluster on a free loopback port in its own temporary directory. As root it
    runs as the `postgres` user (PostgreSQL refuses root), which owns that directory."""

    def __init__(self):
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
        if not bins:
            raise SystemExit("PostgreSQL not found under /usr/lib/postgresql (apt-get install postgresql)")
        self.bin = bins[-1]
        self.dir = Path(tempfile.mkdtemp(prefix="cellulite-prove-pg."))
        self.user = "postgres" if AS_ROOT else pwd.getpwuid(os.geteuid()).pw_name
        if AS_ROOT:
            os.chown(self.dir, pwd.getpwnam("postgres").pw_uid, -1)
        self.port = free_port()

    def start(self):
        self.run("initdb", "-D", f"{self.dir}/data", "-A", "trust", "-U", self.user)
        self.run("pg_ctl", "-D", f"{self.dir}/data", "-w", "-l", f"{self.dir}/log", "-o",
                 f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c log_line_prefix=[%d]", "start")

    def run(self, tool: str, *args: str, check=True) -> str:
        command = [str(self.bin / tool), *args]
        if AS_ROOT:
            command = ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(command)]
        done = subprocess.run(command, capture_output=True, text=True, cwd="/")
        if check and done.returncode != 0:
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stderr.strip()}")
        return done.stdout

    def create_database(self, name: str) -> str:
        """An empty database; returns its DATABASE_URL."""
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, name)
        return f"postgres://{self.user}@127.0.0.1:{self.port}/{name}?sslmode=disable"

    def query(self, database: str, sql: str) -> list[list[str]]:
        """Rows of `sql` through psql (as `postgres` when root), each a list of text fields."""
        out = self.run("psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user, "-d", database,
                       "-X", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql)
        return [line.split("\t") for line in out.splitlines() if line]

    def errors(self, database: str) -> list[str]:
        """The ERROR lines PostgreSQL logged for `database` (its log lines start with [database])."""
        try:
            lines = (self.dir / "log").read_text(errors="replace").splitlines()
        except OSError:
            return []
        return [l.split("]", 1)[1].strip() for l in lines if l.startswith(f"[{database}]ERROR:")]

    def remove(self):
        self.run("pg_ctl", "-D", f"{self.dir}/data", "-m", "immediate", "stop", check=False)
        if not KEEP:
            shutil.rmtree(self.dir, ignore_errors=True)


class Server:
    """One `cellulite serve` on a free port. Its own session, so a Ctrl-C in the terminal reaches
    only this script, which then stops it; SIGKILL is what the crash rounds use."""

    def __init__(self, binary, name, data_dir: Path, env: dict, log_path: Path, user: str | None = None):
        self.binary, self.name, self.data_dir, self.log_path, self.user = binary, name, data_dir, log_path, user
        self.env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | env
        self.port = free_port()
        self.process = None
        self.started_at = 0.0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        log = open(self.log_path, "ab")
        log.write(f"--- start {time.strftime('%H:%M:%S')}\n".encode())
        log.flush()
        self.started_at = time.monotonic()
        self.process = subprocess.Popen(
            [self.binary, "serve", "--port", str(self.port), "--data-dir", str(self.data_dir)],
            stdout=log, stderr=subprocess.STDOUT, cwd=self.data_dir, env=self.env, start_new_session=True,
            user=self.user)
        log.close()

    def wait_healthy(self, timeout=60.0) -> float:
        """Seconds from start to the first 200 from GET /health; raises if it exits or times out."""
        deadline = self.started_at + timeout
        dropped_since = None  # when it began accepting connections and closing them unanswered
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerDied(f"{self.name} exited with {self.process.returncode}:\n{self.log_tail()}")
            status = health_status(self.port, timeout=1.0)
            if status == 200:
                return time.monotonic() - self.started_at
            if status == DROPPED:
                dropped_since = dropped_since or time.monotonic()
                if time.monotonic() - dropped_since > 5:
                    raise ServerDied(f"{self.name} accepts connections but closes every one unanswered "
                                     f"(5 s of GET /health){' as ' + self.user if self.user else ''}")
            else:
                dropped_since = None
            time.sleep(0.01)
        raise ServerDied(f"{self.name} did not answer /health within {timeout:.0f} s:\n{self.log_tail()}")

    def kill(self):
        """SIGKILL: no shutdown code runs, as in a crash or an OOM kill."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def memory_kb(self) -> dict:
        """VmRSS (now) and VmHWM (peak so far) in kB from /proc."""
        fields = {}
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0])
        return fields

    def log_tail(self, lines=25) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


class ServerDied(Exception):
    pass


DROPPED = "dropped"  # connected, then closed or reset without an answer


def health_status(port: int, timeout: float) -> int | str | None:
    """The status of GET /health on a new connection; DROPPED when the server closes it without
    an answer; None when nothing listens or it does not answer in time."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", "/health")
        response = connection.getresponse()
        response.read()
        return response.status
    except (ConnectionResetError, http.client.RemoteDisconnected, BrokenPipeError):
        return DROPPED
    except (OSError, http.client.HTTPException):
        return None
    finally:
        connection.close()


def timed_health(port: int, timeout: float) -> tuple[int | None, float]:
    started = time.monotonic()
    status = health_status(port, timeout)
    return status, time.monotonic() - started
