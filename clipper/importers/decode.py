"""Bytes to text: find the encoding a file was written in, refuse binary data.

The order follows what browsers do (the WHATWG encoding sniffing steps): a
byte-order mark wins, then what the document declares (HTML meta charset, XML
declaration, or a MIME header passed in), then strict UTF-8, and only then a
statistical guess by charset-normalizer. Binary files are refused by their
magic numbers before any of that, so a PNG renamed to .html gets a message
that says what it really is.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from clipper.errors import InputError

#: Magic numbers of formats people drop by mistake, with a name a user knows.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or an Office document)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"BM", "a BMP image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"OggS", "an Ogg audio or video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\x00\x00\x01\x00", "an icon image"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""")

#: Labels that browsers read as a wider encoding than their name says
#: (WHATWG): pages labelled Latin-1 are really Windows-1252, GB2312 and GBK
#: pages really GB18030.
_SUPERSETS = {
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "iso8859_9": "cp1254",
    "tis_620": "cp874",
    "iso8859_11": "cp874",
}

_SNIFF = 8192


def sniff_binary(data: bytes) -> str | None:
    """Say what kind of binary file ``data`` is, or None when it may be text."""
    head = data[:32]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            if magic == b"MZ" and len(data) < 64:
                continue
            if magic == b"BM" and not _looks_like_bmp(data):
                continue
            if magic == b"ID3" and len(data) < 10:
                continue
            return what
    if head[4:12] in (b"ftypisom", b"ftypmp42", b"ftypM4A ", b"ftypqt  ") or head[4:8] == b"ftyp":
        return "a video or audio file"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file"}.get(
            head[8:12], "an AVI video"
        )
    if _bom_encoding(data) is None and b"\x00" in data[:_SNIFF]:
        return "binary data"
    return None


def _looks_like_bmp(data: bytes) -> bool:
    # "BM" also starts ordinary words; a real BMP has its size in bytes 2-6.
    return len(data) >= 26 and int.from_bytes(data[2:6], "little") == len(data)


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def normalise_label(label: str | None) -> str | None:
    """A Python codec name for an encoding label, or None if Python has none."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    return _SUPERSETS.get(name, name)


def declared_encoding(data: bytes) -> str | None:
    """The encoding the document names in its first bytes (XML or HTML meta)."""
    head = data[:_SNIFF]
    match = _XML_DECL.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    return normalise_label(match.group(1).decode("ascii", "replace"))


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode ``data`` read from the file ``name`` into text.

    Args:
        data: The file's bytes.
        name: The file name, used in error messages.
        declared: An encoding stated outside the bytes (a MIME
            ``charset=``); it ranks below a BOM and above the document's own
            declaration.

    Raises:
        InputError: the data is binary (an image, archive, PDF...) or no
            encoding reads it as text.
    """
    what = sniff_binary(data)
    if what is not None:
        raise InputError(f"{name}: this is {what}, not a web page or text.")
    bom = _bom_encoding(data)
    if bom is not None:
        text = _try(data, bom, strip_bom=True)
        if text is None:
            raise InputError(f"{name}: the file starts as {bom.upper()} text but is damaged.")
        return _check_text(text, name)
    for encoding in (normalise_label(declared), declared_encoding(data), "utf_8"):
        if encoding is None or encoding.startswith(("utf_16", "utf_32")):
            # A UTF-16 label on bytes without a BOM that decoded as ASCII is a lie.
            continue
        text = _try(data, encoding)
        if text is not None:
            return _check_text(text, name)
    text = _mostly_utf8(data)
    if text is not None:
        return _check_text(text, name)
    guess = _guess(data)
    if guess is not None:
        text = _try(data, guess)
        if text is not None:
            return _check_text(text, name)
    raise InputError(f"{name}: the file is not text in any encoding Clipper can recognise.")


# Languages written in Windows-1252, the Web's default for unlabelled pages.
_WESTERN = frozenset(
    "en fr de es pt it nl da sv no nb nn fi is ca eu gl ga af sq id ms sw la".split()
)


def _guess(data: bytes) -> str | None:
    """charset-normalizer's reading, but Windows-1252 for Western languages.

    Its first result is the least "chaotic" decoding, yet Western text often
    reads as cleanly in Windows-1257 or -1250, with "déją" for "déjà", and its
    language guess is unreliable on short text. So when the Windows-1252
    reading is nearly as clean and our own language detection finds a
    Western language in it, it wins: it is the Web's default (WHATWG) for
    such pages. Otherwise the reading that best fits a language wins.
    """
    from clipper.clean import lang

    results = list(charset_normalizer.from_bytes(data))
    if not results:
        return None
    least_chaos = min(m.chaos for m in results)
    for match in results:
        if "cp1252" in match.could_be_from_charset and match.chaos <= least_chaos + 0.1:
            western = _try(data, "cp1252")
            if western is not None and lang.detect(western[:4000]) in _WESTERN:
                return "cp1252"
            break
    best = max(results, key=lambda m: float(m.coherence - m.chaos))
    return str(best.encoding) if best.encoding else None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few damaged bytes, read with those bytes replaced.

    A page saved as UTF-8 but cut or corrupted in places should keep its
    "München" rather than be read whole as another encoding; text in a
    single-byte encoding almost never forms valid multi-byte sequences.
    """
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    sound = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if sound >= 2 and damaged <= max(3, sound // 20):
        return text
    return None


def _try(data: bytes, encoding: str, *, strip_bom: bool = False) -> str | None:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text.lstrip("\ufeff") if strip_bom else text


def _check_text(text: str, name: str) -> str:
    """Refuse text that is mostly control characters: binary under a text guise."""
    sample = text[:_SNIFF]
    if sample:
        controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\x0b")
        if controls > max(8, len(sample) // 20):
            raise InputError(f"{name}: this is binary data, not a web page or text.")
    return text.replace("\x00", "")
