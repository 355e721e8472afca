"""A small client for the JSON API over http.client (stdlib only): one kept-alive connection per
client, bearer tokens, JSON and multipart bodies."""

import datetime
import http.client
import json
import os
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass
class Reply:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    def json(self):
        return json.loads(self.body)


class Api:
    """Requests to one server (a base URL such as http://127.0.0.1:8080) on one connection,
    opened again when the server closes it."""

    def __init__(self, base: str, token: str | None = None, timeout: float = 30.0):
        parts = urlsplit(base)
        self.host, self.port, self.token, self.timeout = parts.hostname, parts.port, token, timeout
        self.connection = None

    def request(self, method: str, path: str, body: bytes | None = None, content_type: str | None = None,
                headers: dict | None = None) -> Reply:
        sent = dict(headers or {})
        if content_type:
            sent["Content-Type"] = content_type
        if self.token:
            sent["Authorization"] = f"Bearer {self.token}"
        reused = self.connection is not None
        if not reused:
            self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            self.connection.request(method, path, body=body, headers=sent)
            response = self.connection.getresponse()
            reply = Reply(response.status, response.getheaders(), response.read())
        except (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected):
            self.close()
            if not reused:
                raise
            # A kept-alive connection the server closed while idle (15 s): once more on a new one,
            # as browsers do.
            return self.request(method, path, body, content_type, headers)
        except BaseException:
            self.close()
            raise
        if (reply.header("connection") or "").lower() == "close":
            self.close()
        return reply

    def json(self, method: str, path: str, value=None) -> Reply:
        body = None if value is None else json.dumps(value).encode()
        return self.request(method, path, body, "application/json" if body is not None else None)

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def new_password() -> str:
    """Random hex: 24 characters, never a common password."""
    return os.urandom(12).hex()


def new_email(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}@example.com"


def create_account(base: str, prefix: str) -> tuple[str, str, str]:
    """(email, password, token) of a new account."""
    email, password = new_email(prefix), new_password()
    api = Api(base)
    reply = api.json("POST", "/api/accounts", {"email": email, "password": password})
    api.close()
    if reply.status != 201:
        raise AssertionError(f"POST /api/accounts answered {reply.status}: {reply.body[:300]!r}")
    return email, password, reply.json()["token"]


def today() -> str:
    """Today in UTC, which the server never calls the future (it refuses only UTC+14's future)."""
    return datetime.datetime.now(datetime.timezone.utc).date().isoformat()


def multipart(fields: dict, file_name: str, file_type: str, file_bytes: bytes) -> tuple[bytes, str]:
    """A multipart/form-data body with `fields` and one `file` part; returns (body, content type)."""
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
             for name, value in fields.items()]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{file_name}"\r\n'
                 f"Content-Type: {file_type}\r\n\r\n".encode() + file_bytes + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def upload_photo(api: Api, image: bytes, view="back-relaxed", date=None) -> Reply:
    body, content_type = multipart({"view": view, "date": date or today()}, "photo.jpg", "image/jpeg", image)
    return api.request("POST", "/api/me/photos", body, content_type)
