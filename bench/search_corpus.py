"""Generated Vietnamese commune news for the search benchmark (bench/search_scale.py).

Everything is made from the project's own text bank (tests/fixtures/texts.py): its title and lead
templates, body sentences and closings, slot-filled per portal (commune, hamlets, district, dates,
numbers), mixed with sentences of a first-order Markov chain over the same bank, so that articles
are not permutations of a few hundred sentences. The bank has ~600 distinct syllables; real news
has thousands, most of them rare (names, places, terms). That tail is made by recombining the
bank's own onsets and rhymes (`ngh` + `ường`), used for hamlet and commune names, bylines and, at
a low rate, in place of body words, Zipf-distributed: a few tail syllables are common, most rare,
which is what gives search its spread of document frequencies (a word in every article, one in a
hundred). All text is NFC.

Deterministic: the same seed gives the same portals and articles, article by article.
"""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
from bisect import bisect
from dataclasses import dataclass
from datetime import date, timedelta

from crawler.archive.search import fold
from tests.fixtures import texts

#: Onsets of Vietnamese spelling, longest first (so `ngh` is not read as `ng` + `h`).
ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
          "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x")
VOWELS = "aáàảãạăắằẳẵặâấầẩẫậeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵ"
FRONT_VOWELS = frozenset("iíìỉĩịeéèẻẽẹêếềểễệyýỳỷỹỵ")
#: A Vietnamese syllable as written: onset, one to three vowels, a final consonant (not "ubnd", "xxx").
SYLLABLE = re.compile(f"^(?:{'|'.join(ONSETS)})?[{VOWELS}]{{1,3}}(?:ch|ng|nh|[cmnpt])?$")
TAIL_SYLLABLES = 5000
TAIL_RATE = 0.02     # of body words, a tail syllable instead (twice that in chain sentences: half the body)
BODY_WORDS = (300, 600)
YEARS = range(2012, 2026)
_DOUBLED = re.compile(r"(.)\1")
_TOKEN = re.compile(r"\{\w+\}|\w+|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "%", ")", "”", "!", "?"})
_NO_SPACE_AFTER = frozenset({"(", "“"})
ROMAN_QUARTERS = ("I", "II", "III", "IV")
PROVINCES = ("An Giang", "Đồng Tháp", "Cần Thơ", "Kiên Giang", "Vĩnh Long", "Trà Vinh", "Sóc Trăng",
             "Bạc Liêu", "Cà Mau", "Hậu Giang", "Bến Tre", "Tiền Giang", "Long An", "Tây Ninh", "Bình Phước",
             "Đồng Nai", "Lâm Đồng", "Đắk Lắk", "Gia Lai", "Kon Tum", "Quảng Ngãi", "Quảng Nam",
             "Thừa Thiên Huế", "Quảng Trị", "Quảng Bình", "Hà Tĩnh", "Nghệ An", "Thanh Hóa", "Ninh Bình",
             "Nam Định", "Thái Bình", "Hải Dương", "Bắc Ninh", "Bắc Giang", "Lạng Sơn", "Cao Bằng", "Hà Giang",
             "Tuyên Quang", "Yên Bái", "Lào Cai", "Sơn La", "Điện Biên", "Lai Châu", "Hòa Bình", "Phú Thọ",
             "Vĩnh Phúc", "Thái Nguyên")
#: Names portals give the same kind of category (the bank's, and the variants portals use).
CATEGORY_VARIANTS = {
    3: ("Tin hoạt động", "Tin tức - Sự kiện", "Tin tức địa phương"),
    4: ("Tin Đảng ủy", "Xây dựng Đảng", "Hoạt động Đảng ủy"),
    5: ("Tin Mặt trận - Đoàn thể", "Mặt trận - Đoàn thể", "Hoạt động đoàn thể"),
    6: ("Thông báo", "Thông báo - Kế hoạch"),
    7: ("Văn bản", "Văn bản chỉ đạo điều hành"),
}
CATEGORY_WEIGHTS = {3: 45, 4: 20, 5: 20, 6: 10, 7: 5}


@dataclass(frozen=True)
class Portal:
    host: str
    name: str          # "UBND xã Vĩnh Tế", as the sites table holds a portal's own title
    commune: str
    district: str
    hamlets: tuple[str, ...]
    categories: dict[int, str]
    source: str


def split_syllable(syllable: str) -> tuple[str, str]:
    for onset in ONSETS:
        if syllable.startswith(onset) and len(syllable) > len(onset):
            return onset, syllable[len(onset):]
    return "", syllable


def spelling_allows(onset: str, rhyme: str) -> bool:
    """Vietnamese spelling: k/gh/ngh only before front vowels, c/g/ng never; qu not before u/o."""
    front = rhyme[:1] in FRONT_VOWELS
    if onset in ("k", "gh", "ngh"):
        return front
    if onset in ("c", "g", "ng"):
        return not front
    if onset == "qu":
        return rhyme[:1] not in "uúùủũụoóòỏõọ"
    if onset == "gi":
        return rhyme[:1] not in "iíìỉĩị"
    return True


def tail_syllables(bank_words: set[str], count: int, rng: random.Random) -> list[str]:
    """Syllables that are not in the bank, spelled from its onsets and rhymes."""
    onsets, rhymes = set(), set()
    for word in bank_words:
        if SYLLABLE.match(word):
            onset, rhyme = split_syllable(word)
            onsets.add(onset)
            rhymes.add(rhyme)
    made = sorted(onset + rhyme for onset, rhyme in itertools.product(sorted(onsets), sorted(rhymes))
                  if spelling_allows(onset, rhyme) and onset + rhyme not in bank_words
                  and SYLLABLE.match(onset + rhyme) and not _DOUBLED.search(onset + rhyme))
    rng.shuffle(made)
    return made[:count]


def zipf_cumulative(count: int, exponent: float = 1.1) -> list[float]:
    total, cumulative = 0.0, []
    for rank in range(1, count + 1):
        total += 1.0 / rank ** exponent
        cumulative.append(total)
    return cumulative


def detokenize(tokens: list[str]) -> str:
    out: list[str] = []
    for token in tokens:
        if out and token not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER:
            out.append(" ")
        out.append(token)
    return "".join(out)


class Corpus:
    """Portals and their articles, generated from the bank with one seed."""

    def __init__(self, seed: int = 20) -> None:
        self.rng = random.Random(seed)
        sentences = [s for text in self._bank_texts() for s in _SENTENCE_END.split(text) if s.strip()]
        self.sentences_by_category = {cat: list(lines) for cat, lines in texts.SENTENCES.items()}
        self.leads = {cat: [lead for _, lead in pairs] for cat, pairs in texts.NEWS.items()}
        self.titles = {cat: [title for title, _ in pairs] for cat, pairs in texts.NEWS.items()}
        words = {w.lower() for s in sentences for w in re.findall(r"\w+", s.replace("{", " {"))}
        self.bank_words = sorted(w for w in words if SYLLABLE.match(w))
        self.tail = tail_syllables(set(self.bank_words), TAIL_SYLLABLES, self.rng)
        self.tail_cumulative = zipf_cumulative(len(self.tail))
        self.chain = self._markov_chain(sentences)
        # Generated once: a pool of chain sentences (as lists of tokens), picked per article.
        self.chain_pool = [self._chain_sentence() for _ in range(20000)]
        self.given_names = [n.split()[-1] for n in texts.BYLINE_NAMES]
        self.family_names = sorted({n.split()[0] for n in texts.BYLINE_NAMES} | {"Phan", "Hoàng", "Bùi", "Đỗ"})

    @staticmethod
    def _bank_texts() -> list[str]:
        bank = [*texts.REAL_ARTICLE["paragraphs"], *texts.CLOSINGS, *texts.CAPTIONS]
        bank += [text for pairs in texts.NEWS.values() for pair in pairs for text in pair]
        bank += [s for lines in texts.SENTENCES.values() for s in lines]
        bank += [p for page in texts.PAGES for p in page[2]]
        return [unicodedata.normalize("NFC", text.replace("\u00a0", " ")) for text in bank]

    @staticmethod
    def _markov_chain(sentences: list[str]) -> dict[str, list[str]]:
        chain: dict[str, list[str]] = {}
        for sentence in sentences:
            tokens = ["<s>", *_TOKEN.findall(sentence), "</s>"]
            for current, following in zip(tokens, tokens[1:]):
                chain.setdefault(current, []).append(following)
        return chain

    def _chain_sentence(self) -> list[str]:
        while True:
            tokens, current = [], "<s>"
            while len(tokens) < 45:
                current = self.rng.choice(self.chain[current])
                if current == "</s>":
                    break
                tokens.append(current)
            if len(tokens) >= 8 and tokens[-1] in (".", "!", "?"):
                return tokens
            if len(tokens) >= 8:
                return tokens + ["."]

    def tail_word(self, rng: random.Random) -> str:
        return self.tail[bisect(self.tail_cumulative, rng.random() * self.tail_cumulative[-1])]

    def place_name(self, rng: random.Random) -> str:
        """Two syllables, capitalized: a bank name syllable and, half the time, a tail one."""
        first = rng.choice(("Vĩnh", "Tân", "Phú", "An", "Long", "Bình", "Mỹ", "Hòa", "Thạnh", "Đông", "Tây", "Nhơn"))
        second = self.tail_word(rng) if rng.random() < 0.5 else rng.choice(self.bank_words)
        return f"{first} {second.capitalize()}"

    def portals(self, count: int) -> list[Portal]:
        rng, seen, made = random.Random(self.rng.random()), set(), []
        while len(made) < count:
            commune = self.place_name(rng)
            province = rng.choice(PROVINCES)
            district = f"{rng.choice(('huyện', 'thị xã', 'thành phố'))} {self.place_name(rng)}"
            slug = "".join(fold(commune).split())
            host = f"{slug}.{''.join(fold(province).split())}.gov.vn"
            if host in seen:
                continue
            seen.add(host)
            hamlets = tuple(self.place_name(rng) for _ in range(rng.randint(3, 8)))
            categories = {cat: rng.choice(names) for cat, names in CATEGORY_VARIANTS.items()}
            made.append(Portal(host, f"UBND xã {commune}", commune, district, hamlets, categories,
                               "wayback" if rng.random() < 0.1 else "live"))
        return made

    def articles_per_portal(self, total: int, portals: int) -> list[int]:
        """Skewed like real portals (a few with thousands of articles, many with a few hundred)."""
        rng = random.Random(self.rng.random())
        weights = [rng.lognormvariate(0, 1.0) for _ in range(portals)]
        scale = total / sum(weights)
        counts = [max(1, int(w * scale)) for w in weights]
        counts[-1] += total - sum(counts)
        while counts[-1] < 1:   # rounding gave the last portal too few: take them from the largest
            largest = counts.index(max(counts))
            counts[largest] -= 1 - counts[-1]
            counts[-1] = 1
        return counts

    def article(self, portal: Portal, number: int, rng: random.Random, *, recent: bool = False) -> dict:
        """One article of `portal`: title, body paragraphs, date, category, byline (`recent`: this
        year's, as the nightly re-crawls add them)."""
        cat = rng.choices(list(CATEGORY_WEIGHTS), weights=list(CATEGORY_WEIGHTS.values()))[0]
        year = YEARS[-1] if recent else rng.choices(YEARS, weights=[y - YEARS[0] + 3 for y in YEARS])[0]
        day = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        slots = {
            "xa": portal.commune, "ap": rng.choice(portal.hamlets), "nam": year, "thang": day.month,
            "quy": ROMAN_QUARTERS[(day.month - 1) // 3], "huyen": portal.district, "so": rng.randint(2, 9),
            "so2": rng.randint(12, 45), "ngay": f"{day.day}/{day.month}/{year}",
            "ngay_mo": f"Sáng ngày {day.day}/{day.month}/{year}", "ngay_thuong": f"ngày {day.day}/{day.month}/{year},",
            "n_ap": len(portal.hamlets), "ds_ap": ", ".join(portal.hamlets), "ap1": portal.hamlets[0],
            "email": f"ubnd@{portal.host}",
        }
        if rng.random() < 0.6:
            title = rng.choice(self.titles[cat]).format_map(slots)
        else:
            tokens = rng.choice(self.chain_pool)[: rng.randint(8, 16)]
            title = detokenize(tokens).format_map(slots).rstrip(" ,.;:-")
            title = title[:1].upper() + title[1:]
        target = rng.randint(*BODY_WORDS)
        paragraphs, words = [], 0
        paragraph = [rng.choice(self.leads[cat]).format_map(slots)]
        words += len(paragraph[0].split())
        own = self.sentences_by_category[cat]
        while words < target:
            if rng.random() < 0.5:
                sentence = rng.choice(own).format_map(slots)
            else:
                sentence = self._with_tail(rng.choice(self.chain_pool), rng).format_map(slots)
            sentence = sentence[:1].upper() + sentence[1:]
            paragraph.append(sentence)
            words += sentence.count(" ") + 1
            if len(paragraph) >= rng.randint(3, 6):
                paragraphs.append(" ".join(paragraph))
                paragraph = []
        paragraphs.append(" ".join([*paragraph, rng.choice(texts.CLOSINGS).format_map(slots)]))
        author = f"{rng.choice(self.family_names)} {rng.choice(('Văn', 'Thị', 'Thanh', 'Minh', 'Ngọc'))} " \
                 f"{(self.tail_word(rng).capitalize() if rng.random() < 0.5 else rng.choice(self.given_names))}"
        published = f"{day.isoformat()}T{rng.randint(6, 20):02d}:{rng.choice((0, 15, 30, 45)):02d}:00+07:00"
        return {"title": title, "paragraphs": paragraphs, "published": published, "category": portal.categories[cat],
                "author": author, "kind": "page" if rng.random() < 0.01 else "article"}

    def _with_tail(self, tokens: list[str], rng: random.Random) -> str:
        out = [self.tail_word(rng) if token.isalpha() and token.islower() and rng.random() < TAIL_RATE * 2
               else token for token in tokens]
        return detokenize(out)
