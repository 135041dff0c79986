"""Helpers shared by every family: text, deterministic fake ids, dates, the sidebar lists of other articles."""

from __future__ import annotations

import base64
import hashlib
import html as htmlmod
import random
import re
import unicodedata
import uuid
import zlib
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

from content import SIDEBAR_DOCS, SIDEBAR_NEWS

TZ = timezone(timedelta(hours=7))
UTC = timezone.utc

WEEKDAY_VI = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]


# ------------------------------------------------------------------------------------------------
# text
# ------------------------------------------------------------------------------------------------
def esc(s: str) -> str:
    return htmlmod.escape(s, quote=True)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def text_of(fragment: str) -> str:
    """Text of a trusted inline HTML fragment: tags dropped, entities decoded, whitespace collapsed."""
    s = re.sub(r"<[^>]+>", "", fragment)
    return nfc(" ".join(htmlmod.unescape(s).split()))


def strip_tags(fragment: str) -> str:
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", fragment))


_TRANS = str.maketrans({"đ": "d", "Đ": "D"})


def slugify(s: str, maxlen: int = 100) -> str:
    s = strip_tags(s).translate(_TRANS)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:maxlen].rstrip("-")


def urlquote(s: str, safe: str = "") -> str:
    """Percent-encode for a query value; by default every reserved character (a whole URL as a parameter)."""
    return quote(s, safe=safe)


def qpath(name: str) -> str:
    """Percent-encode a file name the way CMSs print it (spaces, brackets → %20, %28 …)."""
    return quote(name, safe="")


def summary_of(text: str, limit: int = 240) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "..."


def description_of(art, limit: int = 240) -> str:
    """The meta description: the lead, else the first paragraph."""
    return summary_of(text_of(art.lead or next(b[1] for b in art.blocks if b[0] == "p")), limit)


def thousands(n: int, sep: str = ",") -> str:
    """12,345 (English UI) or, with sep=".", 12.345 (Vietnamese UI)."""
    return f"{n:,}".replace(",", sep)


def nbsp_noise(text: str, rng: random.Random, amount: int = 2) -> str:
    """Replace a few inter-word spaces (outside tags) by `&nbsp; ` style runs, as CKEditor leaves them."""
    parts = re.split(r"(<[^>]+>)", text)
    spots = [(i, m.start()) for i, p in enumerate(parts) if not p.startswith("<")
             for m in re.finditer(r"(?<=\S) (?=\S)", p)]
    if not spots:
        return text
    chosen = sorted(rng.sample(spots, min(amount, len(spots))), reverse=True)
    for i, pos in chosen:
        p = parts[i]
        parts[i] = p[:pos] + rng.choice(["&nbsp; ", " &nbsp;", "&nbsp;", "  "]) + p[pos + 1:]
    return "".join(parts)


# ------------------------------------------------------------------------------------------------
# deterministic randomness and fake ids: the same article always yields the same page
# ------------------------------------------------------------------------------------------------
def rng_for(key: str) -> random.Random:
    return random.Random(zlib.crc32(key.encode("utf-8")))


def fake_uuid(*parts) -> str:
    return str(uuid.UUID(bytes=hashlib.md5("|".join(map(str, parts)).encode()).digest()))


def fake_hex(n: int, *parts) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("|".join(map(str, parts)) + str(i)).encode()).hexdigest()
        i += 1
    return out[:n]


def fake_token(n: int, *parts) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    h = hashlib.sha256("|".join(map(str, parts)).encode()).digest() * 4
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


def viewstate(key, n=600):
    """An ASP.NET __VIEWSTATE value: n pseudo-random bytes, base64."""
    raw = hashlib.sha256(key.encode()).digest() * (n // 32 + 1)
    return "/wEPDw" + base64.b64encode(raw[:n]).decode()


# ------------------------------------------------------------------------------------------------
# dates
# ------------------------------------------------------------------------------------------------
def iso_local(dt: datetime) -> str:
    return dt.replace(tzinfo=TZ).isoformat()


def iso_utc(dt: datetime, z: bool = False) -> str:
    s = dt.replace(tzinfo=TZ).astimezone(UTC).isoformat()
    return s.replace("+00:00", "Z") if z else s


def dmy(dt, pad=True, sep="/"):
    if pad:
        return f"{dt.day:02d}{sep}{dt.month:02d}{sep}{dt.year}"
    return f"{dt.day}{sep}{dt.month}{sep}{dt.year}"


def hm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def ch_time(dt):
    """ASP.NET vi-VN short time: 2:05 CH (chiều, p.m.) / 9:30 SA (sáng, a.m.)."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'CH' if dt.hour >= 12 else 'SA'}"


# ------------------------------------------------------------------------------------------------
# the other articles a page lists in its sidebars (titles, dates, documents)
# ------------------------------------------------------------------------------------------------
def news_items(rng, n, exclude=None, extra=None):
    pool = [t for t in SIDEBAR_NEWS if t != exclude]
    items = rng.sample(pool, n)
    if extra:
        items = [extra] + items[: n - 1]
    return items


def news_dates(rng, base: datetime | None, n):
    base = base or datetime(2024, 6, 1, 9, 0)
    out, d = [], base
    for _ in range(n):
        d = d - timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 5))
        out.append(d)
    return out


def docs(rng, n):
    return rng.sample(SIDEBAR_DOCS, n)
