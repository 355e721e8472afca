"""A browser stand-in for the HTML pages: keeps cookies, reads the CSRF hidden field of a form and
posts it back, never follows redirects (so each hop, and the server that answered it, is seen)."""

import html
import re
from urllib.parse import urlencode

from http_api import Api, Reply


class PageSession:
    def __init__(self, base: str):
        self.api = Api(base)
        self.cookies: dict[str, str] = {}

    def get(self, path: str) -> Reply:
        return self._send("GET", path)

    def post_form(self, path: str, fields: dict) -> Reply:
        return self._send("POST", path, urlencode(fields).encode(), "application/x-www-form-urlencoded")

    def _send(self, method, path, body=None, content_type=None) -> Reply:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}
        reply = self.api.request(method, path, body, content_type, headers)
        for key, value in reply.headers:
            if key.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                cookie_value = rest.split(";", 1)[0]
                if "max-age=0" in value.lower() or not cookie_value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = cookie_value
        return reply


def form_fields(page: str, action: str) -> dict:
    """The hidden and pre-filled fields of the form posting to `action` (the CSRF token among them)."""
    found = re.search(r'<form[^>]*action="' + re.escape(action) + r'"[^>]*>(.*?)</form>', page, re.S)
    if not found:
        raise AssertionError(f"no form posting to {action}")
    fields = {}
    for tag in re.findall(r"<input[^>]*>", found.group(1)):
        name, value = re.search(r'name="([^"]*)"', tag), re.search(r'value="([^"]*)"', tag)
        if name and value and 'type="radio"' not in tag and 'type="checkbox"' not in tag:
            fields[name.group(1)] = html.unescape(value.group(1))
    return fields


def redirect_path(reply: Reply) -> str | None:
    return reply.header("location") if reply.status in (301, 302, 303, 307, 308) else None
