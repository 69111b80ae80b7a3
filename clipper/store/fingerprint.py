"""How the library recognises the same article captured twice.

Two keys: the canonical URL (tracking parameters, fragments, ``www.`` and a
trailing slash do not make a different article) and a fingerprint of the
body (case, punctuation and white space do not either).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only say where a click came from.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "oly_", "vero_", "_hs", "ga_")
_TRACKING_NAMES = frozenset(
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mkt_tok",
        "ref", "ref_src", "ref_url", "referrer", "source", "src", "cmpid", "cmp", "ito",
        "share", "smid", "sr_share", "taid", "wt_mc", "ncid", "ocid", "s_cid", "spm",
        "outputtype", "guccounter", "guce_referrer", "guce_referrer_sig", "at_medium",
        "at_campaign", "icid", "intcmp", "xtor", "cid", "sref", "rss",
    }
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_WORD = re.compile(r"\w+", re.UNICODE)
# Combining marks left by NFKD (accents), dropped so "café" and "cafe" agree.
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def canonical_url(url: str | None) -> str | None:
    """The URL with what does not change the article stripped, or None.

    Only http(s) URLs are canonicalised; anything else is returned as given
    (trimmed) so that it still compares equal to itself.
    """
    if not url or not url.strip():
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return url
    host = parts.hostname.lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(k)
    ]
    path = re.sub(r"/+$", "", parts.path) or "/"
    if path.endswith(("/index.html", "/index.htm", "/index.php")):
        path = path.rsplit("/", 1)[0] or "/"
    return urlunsplit(("https", host, path, urlencode(sorted(query)), ""))


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_NAMES or lowered.startswith(_TRACKING_PREFIXES)


def domain(url: str | None) -> str | None:
    """The host of a URL without ``www.``, for ``site:`` filters."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


def fingerprint(text: str) -> str:
    """A hash of the body's words, blind to case, accents, punctuation and spacing.

    Empty for a body too short to identify an article (under ten words), so
    two short notes are never taken for the same article.
    """
    normal = text.casefold()
    if not normal.isascii():
        normal = unicodedata.normalize("NFKD", normal)
        normal = _COMBINING.sub("", normal)
    words = _WORD.findall(normal)
    if len(words) < 10 and len(_CJK.findall(normal)) < 20:
        return ""
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:32]


def word_count(text: str) -> int:
    """Words in a body as word processors count them, so counts match what users expect.

    ``self-reliance`` is one word, and each CJK character counts as a word.
    """
    cjk = len(_CJK.findall(text))
    latin = sum(1 for token in _CJK.sub(" ", text).split() if _WORD.search(token))
    return latin + cjk


def cjk_grams(*texts: str) -> str:
    """Overlapping character pairs of every CJK run, for searching text without spaces.

    Indexed in their own column, a search for 芯片 becomes the phrase of its
    pairs and finds 半导体芯片产业; a run's last character is added alone so a
    one-character search matches at the end of a run too.
    """
    grams: list[str] = []
    for text in texts:
        for run in re.findall(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+", text):
            if len(run) == 1:
                grams.append(run)
                continue
            grams.extend(run[i : i + 2] for i in range(len(run) - 1))
            grams.append(run[-1])
    return " ".join(grams)
