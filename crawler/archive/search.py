"""Search that works with and without Vietnamese diacritics.

SQLite's `unicode61 remove_diacritics 2` tokenizer already folds tone and vowel marks
(`Vĩnh Tế` matches `vinh te`), but `đ`/`Đ` is a letter of its own with no Unicode decomposition, so
`dang` would never find `Đảng`. Each article therefore carries `search_folded`: its words that
contain đ, spelled with d. Indexed beside title and body, it lets `dang uy` find `Đảng ủy` while
`đảng ủy` still matches the original words — in Datasette's search box, `?_search=`, or any SQLite
client, with no custom tokenizer or function to install.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)
_D_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str) -> str:
    """Lower case, no diacritics, đ→d: the spelling people type without a Vietnamese keyboard."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_FOLD).lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def folded_d_words(*texts: str | None) -> str:
    """The distinct đ-words of the texts, folded, in first-seen order."""
    seen: dict[str, None] = {}
    for text in texts:
        if not text or ("đ" not in text and "Đ" not in text):
            continue
        # Each distinct word folded once (a body repeats được, đã, địa phương… dozens of times).
        for word in dict.fromkeys(word for word in _WORD.findall(text) if "đ" in word or "Đ" in word):
            seen.setdefault(fold(word), None)
    return " ".join(seen)
