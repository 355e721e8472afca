"""A tiny loopback load balancer: each request goes to the next upstream in turn, on a new
upstream connection, with its headers (cookies included), body and status passed through. It adds
`X-Proof-Upstream: NAME` to every answer so a proof knows which server answered."""

import http.client
import itertools
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from harness import free_port

# Hop-by-hop headers (RFC 9110 section 7.6.1) belong to one connection; the body is re-framed.
HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
              "content-length"}


class Balancer:
    def __init__(self, upstreams: dict[str, int]):
        """`upstreams`: name -> port on 127.0.0.1, taken in turn."""
        self.port = free_port()
        self.answered = Counter()
        turn = itertools.cycle(list(upstreams.items()))
        lock = threading.Lock()
        balancer = self

        class Forward(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keeps the client's connection alive between requests

            def forward(self):
                with lock:
                    name, port = next(turn)
                body = self.read_body()
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
                upstream = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                try:
                    upstream.request(self.command, self.path, body=body, headers=headers)
                    response = upstream.getresponse()
                    answer = response.read()
                    status, reason, answer_headers = response.status, response.reason, response.getheaders()
                except (OSError, http.client.HTTPException) as error:
                    status, reason, answer_headers, answer = 502, "Bad Gateway", [], str(error).encode()
                finally:
                    upstream.close()
                with lock:
                    balancer.answered[name] += 1
                self.send_response_only(status, reason)
                for key, value in answer_headers:  # a list, so repeated Set-Cookie headers all pass
                    if key.lower() not in HOP_BY_HOP:
                        self.send_header(key, value)
                self.send_header("X-Proof-Upstream", name)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(answer)

            def read_body(self) -> bytes | None:
                if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
                    chunks = []
                    while (size := int(self.rfile.readline().split(b";")[0], 16)) > 0:
                        chunks.append(self.rfile.read(size))
                        self.rfile.readline()
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else None

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = forward

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Forward)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "Balancer":
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
