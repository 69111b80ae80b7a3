"""Fetching a dropped link, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator

import pytest

from clipper.errors import InputError
from clipper.importers import fetch

PAGE = "<html><head><title>Chips</title></head><body><p>Grüße aus der Fabrik.</p></body></html>"


class _Handler(http.server.BaseHTTPRequestHandler):
    seen: list[dict[str, str]] = []

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        type(self).seen.append({k.lower(): v for k, v in self.headers.items()})
        path = self.path
        if path == "/page":
            self._send(200, "text/html; charset=utf-8", PAGE.encode())
        elif path == "/latin1":
            self._send(200, "text/html; charset=iso-8859-1", PAGE.encode("latin-1"))
        elif path == "/plain":
            self._send(200, "text/plain", b"Just some words in a text file.")
        elif path == "/image":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"0" * 100)
        elif path == "/missing":
            self._send(404, "text/html", b"<p>nope</p>")
        elif path == "/empty":
            self._send(200, "text/html", b"   ")
        elif path == "/huge":
            self._send(200, "text/html", b"<p>" + b"x" * 5000 + b"</p>")
        elif path == "/huge-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the limit must hold while reading
            self.wfile.write(b"<p>" + b"y" * 5000 + b"</p>")
            self.close_connection = True
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            target = "/page" if n == 0 else f"/hop/{n - 1}"
            self._redirect(target)
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif path == "/to-ftp":
            self._redirect("ftp://example.org/x")
        elif path == "/slow":
            threading.Event().wait(2)
            self._send(200, "text/html", PAGE.encode())
        else:
            self._send(500, "text/plain", b"?")

    def _send(self, code: int, ctype: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = False  # server_close() then waits for every handler

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client hung up on /slow on purpose


@pytest.fixture
def server() -> Iterator[str]:
    _Handler.seen = []
    httpd = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetches_a_page_as_html_capture(server: str) -> None:
    capture = fetch.fetch(f"{server}/page")
    assert capture.kind == "html"
    assert "Grüße aus der Fabrik" in capture.content
    assert capture.url == f"{server}/page"


def test_charset_from_the_header_is_used(server: str) -> None:
    assert "Grüße" in fetch.fetch(f"{server}/latin1").content


def test_plain_text_becomes_a_text_capture(server: str) -> None:
    capture = fetch.fetch(f"{server}/plain")
    assert capture.kind == "text"
    assert capture.content == "Just some words in a text file."


def test_follows_redirects_and_reports_the_final_url(server: str) -> None:
    capture = fetch.fetch(f"{server}/hop/3")
    assert capture.url == f"{server}/page"


def test_too_many_redirects_are_refused(server: str) -> None:
    with pytest.raises(InputError, match="more than 5 redirects"):
        fetch.fetch(f"{server}/hop/5")
    assert fetch.fetch(f"{server}/hop/4").url == f"{server}/page"


@pytest.mark.parametrize("path", ["/to-file", "/to-ftp"])
def test_redirect_to_another_scheme_is_refused(server: str, path: str) -> None:
    with pytest.raises(InputError, match="redirected to a (file|ftp)"):
        fetch.fetch(server + path)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/",
        "javascript:alert(1)",
        "data:text/html,hi",
        "http://",
    ],
)
def test_other_schemes_are_refused_without_network(url: str) -> None:
    with pytest.raises(InputError, match="only web links") as info:
        fetch.fetch(url)
    assert "You can still keep the link." in str(info.value)


@pytest.mark.parametrize("path", ["/huge", "/huge-chunked"])
def test_size_limit(server: str, path: str) -> None:
    with pytest.raises(InputError, match="larger than 1,000 bytes"):
        fetch.fetch(server + path, max_bytes=1000)


def test_http_error_is_named(server: str) -> None:
    with pytest.raises(InputError) as info:
        fetch.fetch(f"{server}/missing")
    assert str(info.value) == (
        f"Could not fetch {server}/missing: the server answered 404 Not Found. You can still keep the link."
    )


def test_not_a_web_page(server: str) -> None:
    with pytest.raises(InputError, match="not a web page but image/png"):
        fetch.fetch(f"{server}/image")


def test_empty_page(server: str) -> None:
    with pytest.raises(InputError, match="the page is empty"):
        fetch.fetch(f"{server}/empty")


def test_timeout(server: str) -> None:
    with pytest.raises(InputError, match="Could not fetch .*/slow: no answer within 0.3 seconds"):
        fetch.fetch(f"{server}/slow", timeout=0.3)


def test_connection_refused() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with pytest.raises(InputError, match=r"Could not fetch http://127.0.0.1:\d+/: .*refused"):
        fetch.fetch(f"http://127.0.0.1:{port}/")


def test_nothing_but_the_request_is_sent(server: str) -> None:
    fetch.fetch(f"{server}/hop/1")
    assert len(_Handler.seen) == 3
    for headers in _Handler.seen:
        assert set(headers) <= {"host", "user-agent", "accept", "accept-encoding", "connection"}
        assert headers["user-agent"].startswith("Clipper/")
        assert "cookie" not in headers and "referer" not in headers
