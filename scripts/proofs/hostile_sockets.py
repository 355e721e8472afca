"""Raw sockets that never make a proper request: a head cut short, garbage, a slowloris (one more
header line a second, never the end of the head) and a body that stops arriving. The server must
close each of them itself (its header and body timeouts are 10 s, SECURITY.md)."""

import os
import selectors
import socket
import statistics
import threading
import time

KINDS = {
    "partial head": b"GET /health HTTP/1.1\r\nHost: proof\r\nAccept: */",
    "garbage": None,  # random bytes, made per socket
    "slowloris": b"GET / HTTP/1.1\r\nHost: proof\r\n",
    "stalled body": (b"POST /api/plan HTTP/1.1\r\nHost: proof\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 5000\r\n\r\n{\"age\": "),
}


class Hostile:
    def __init__(self, kind: str, sock: socket.socket):
        self.kind, self.sock = kind, sock
        self.opened = time.monotonic()
        self.closed_after: float | None = None
        self.answer = b""
        self.next_drip = self.opened + 1.0


class HostileSockets(threading.Thread):
    """`count` sockets, the kinds in turn, watched until the server closes each or `limit` s pass."""

    def __init__(self, port: int, count: int = 256, limit: float = 16.0):
        super().__init__(daemon=True)
        self.port, self.count, self.limit = port, count, limit
        self.sockets: list[Hostile] = []

    def run(self):
        selector = selectors.DefaultSelector()
        kinds = list(KINDS)
        for i in range(self.count):
            kind = kinds[i % len(kinds)]
            sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
            sock.sendall(KINDS[kind] or (os.urandom(2048).replace(b"\n", b"\0") + b"\r\n\r\n"))
            sock.setblocking(False)
            hostile = Hostile(kind, sock)
            self.sockets.append(hostile)
            selector.register(sock, selectors.EVENT_READ, hostile)
        deadline = time.monotonic() + self.limit
        open_count = self.count
        while open_count and time.monotonic() < deadline:
            for key, _ in selector.select(timeout=0.1):
                hostile = key.data
                try:
                    data = hostile.sock.recv(65536)
                except (ConnectionResetError, BlockingIOError) as error:
                    data = b"" if isinstance(error, ConnectionResetError) else None
                if data is None:
                    continue
                if data:
                    hostile.answer += data
                    continue
                hostile.closed_after = time.monotonic() - hostile.opened
                selector.unregister(hostile.sock)
                hostile.sock.close()
                open_count -= 1
            now = time.monotonic()
            for hostile in self.sockets:  # the slowloris drip
                if hostile.kind == "slowloris" and hostile.closed_after is None and now >= hostile.next_drip:
                    hostile.next_drip = now + 1.0
                    try:
                        hostile.sock.send(f"X-Drip-{int(now * 1000)}: x\r\n".encode())
                    except OSError:
                        pass
        for hostile in self.sockets:
            if hostile.closed_after is None:
                hostile.sock.close()

    def summary(self) -> dict[str, str]:
        """Per kind: how many the server closed, after how long, and what it answered first."""
        out = {}
        for kind in KINDS:
            mine = [h for h in self.sockets if h.kind == kind]
            closed = [h.closed_after for h in mine if h.closed_after is not None]
            answers = sorted({(h.answer.split(b"\r\n", 1)[0].decode(errors="replace") or "nothing") for h in mine})
            timing = f" after {statistics.median(closed):.1f} s median, {max(closed):.1f} s max" if closed else ""
            out[kind] = f"{len(closed)}/{len(mine)} closed{timing}, answered {answers}"
        return out

    @property
    def all_closed(self) -> bool:
        return all(h.closed_after is not None for h in self.sockets)
