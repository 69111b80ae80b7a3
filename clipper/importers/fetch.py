"""Fetch the page behind a link the user dropped, and nothing more.

A dropped link is the one place where Clipper reaches the network, so the
request is kept as small and as bounded as it can be: http and https only
(every redirect target is checked again, so a server cannot bounce us to
``file://`` or ``ftp://``), at most a few redirects, a timeout, a size limit
read as the body streams in (a ``Content-Length`` can lie), and no cookies,
referrer or credentials: only the request line, the host and a plain
User-Agent. Failures become an ``InputError`` that says what went wrong and
reminds the user that the link itself can still be kept.
"""

from __future__ import annotations

import email.message
import http.client
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from typing import IO

import clipper
from clipper.errors import InputError
from clipper.importers import decode
from clipper.model import Capture

ALLOWED_SCHEMES = ("http", "https")
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_REDIRECTS = 5
USER_AGENT = f"Clipper/{clipper.__version__} (news-clipping manager)"

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
_CHUNK = 64 * 1024


class _FetchFailed(Exception):
    """Internal: a reason in words, turned into an InputError at the edge."""


def check_url(url: str) -> str:
    """Return ``url`` if Clipper may fetch it, else raise ``InputError``.

    Only absolute http(s) URLs with a host pass; ``file:``, ``javascript:``,
    ``data:`` and the rest are refused before anything is sent.
    """
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ALLOWED_SCHEMES or not parts.hostname:
        raise InputError(
            f"Could not fetch {url}: only web links (http:// or https://) can be fetched."
            " You can still keep the link."
        )
    return url.strip()


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
) -> Capture:
    """Download the page at ``url`` and hand it on as a ``Capture``.

    The returned capture carries the final URL after redirects, so cleaning
    and duplicate detection see the address the article really lives at.

    Raises:
        InputError: the URL is not http(s), the server cannot be reached or
            answers with an error, the page is too large, redirects too often
            or to another scheme, or is not a web page.
    """
    url = check_url(url)
    opener = _opener(max_redirects)
    request = urllib.request.Request(url, headers=_headers(), method="GET")
    try:
        with opener.open(request, timeout=timeout) as response:
            final_url = response.geturl()
            headers = response.headers
            data = _read_limited(response, headers, max_bytes)
    except _FetchFailed as err:
        raise _error(url, str(err)) from None
    except urllib.error.HTTPError as err:
        err.close()  # it holds the open response
        raise _error(url, f"the server answered {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        raise _error(url, _reason(err.reason)) from None
    except TimeoutError:
        raise _error(url, f"no answer within {timeout:g} seconds") from None
    except (http.client.HTTPException, ssl.SSLError, OSError, ValueError) as err:
        raise _error(url, _reason(err)) from None
    return _capture(url, final_url, headers, data)


def _headers() -> dict[str, str]:
    # Nothing that identifies the user: no cookies, referrer or language.
    return {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8"}


def _opener(max_redirects: int) -> urllib.request.OpenerDirector:
    """An opener with only the handlers we want (no file:, ftp:, data:, cookies)."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        _RedirectHandler(max_redirects),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        _UnknownSchemeHandler(),
    ):
        opener.add_handler(handler)
    return opener


def _check_redirect(newurl: str) -> None:
    """Refuse a redirect to anything but http(s) (file:, ftp:, data: addresses)."""
    scheme = urllib.parse.urlsplit(newurl).scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise _FetchFailed(f"the server redirected to a {scheme or 'relative'}: address ({newurl})")


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows at most ``limit`` redirects, each to an http(s) URL only."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.max_redirections = limit  # type: ignore[misc]
        self.max_repeats = limit  # type: ignore[misc]

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
    ) -> object:
        # Checked here, before the base class refuses file: with a raw HTTPError.
        location = headers.get("Location") or headers.get("URI")
        if location:
            _check_redirect(urllib.parse.urljoin(req.full_url, location))
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        _check_redirect(newurl)
        redirects = len(getattr(req, "redirect_dict", {}))
        if redirects >= self.max_redirections:
            raise _FetchFailed(f"more than {self.max_redirections} redirects")
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            # The base class copies headers; make sure only ours travel on.
            new.headers = {}
            new.unredirected_hdrs = {}
            for key, value in _headers().items():
                new.add_header(key, value)
        return new


class _UnknownSchemeHandler(urllib.request.BaseHandler):
    def unknown_open(self, req: urllib.request.Request) -> None:
        raise _FetchFailed(f"{req.type}: addresses cannot be fetched")


def _read_limited(response: IO[bytes], headers: email.message.Message, max_bytes: int) -> bytes:
    length = headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise _FetchFailed(f"the page is larger than {_size(max_bytes)}")
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            break
        total += len(chunk)
        if total > max_bytes:
            raise _FetchFailed(f"the page is larger than {_size(max_bytes)}")
        chunks.append(chunk)
    return b"".join(chunks)


def _capture(url: str, final_url: str, headers: email.message.Message, data: bytes) -> Capture:
    content_type = headers.get_content_type().lower()
    charset = headers.get_content_charset()
    if not data.strip():
        raise _error(url, "the page is empty")
    if content_type in _TEXT_TYPES:
        kind = "text"
    elif content_type in _HTML_TYPES or content_type == "application/octet-stream":
        kind = "html"
    else:
        raise _error(url, f"this is not a web page but {content_type}")
    try:
        text = decode.decode(data, final_url, declared=charset)
    except InputError as err:
        raise _error(url, str(err).split(": ", 1)[-1].rstrip(".")) from None
    name = urllib.parse.urlsplit(final_url).hostname
    return Capture(kind=kind, content=text, name=name, url=final_url)  # type: ignore[arg-type]


def _error(url: str, reason: str) -> InputError:
    return InputError(f"Could not fetch {url}: {reason}. You can still keep the link.")


def _reason(reason: object) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "the server did not answer in time"
    if isinstance(reason, socket.gaierror):
        return "the address could not be found (are you offline?)"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return "the site's security certificate is not valid"
    if isinstance(reason, _FetchFailed):
        return str(reason)
    text = str(reason).strip() or type(reason).__name__
    return text[0].lower() + text[1:] if text else text


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n:,} bytes"
