"""Image validation benchmark: CPU per image of crawler.pipelines.validation.inspect_image, of the
file's sha256, and of the implementation it replaced, side by side in one run.

    .venv/bin/python -m bench.media                 # ~1 min: timing table, then damage table
    .venv/bin/python -m bench.media --rounds 5      # quicker, noisier
    .venv/bin/python -m bench.media --json out.json

1. Timing. A realistic mix made with Pillow before anything is timed: phone photos as JPEG
   (1600×1200 … 4624×3472, ~0.3-4 MB, with an EXIF segment; one class progressive), a resized web
   photo, PNG screenshots and a PNG photo, lossy and lossless WebP, GIF animations, and the small
   GIF / WebP that validation also decodes. Every image is checked --rounds times by each
   function, in turn (new, sha256, previous, rotating the order every round), so that the
   machine's drift hits all three alike. CPU is time.thread_time() around one call; per class,
   the median and p95 over every call.
2. Damage. Copies of a few images damaged in one way each (cut, one flipped bit, a run of random
   or zero bytes, a run removed, a stray JPEG marker inserted): how many each implementation
   refuses. The previous implementation decoded (JPEG at 1/8 scale); the new one reads structure.

`_previous_inspect_image` is the inspect_image of crawler/pipelines/validation.py before the
structural checks (git b3f9e89), copied here unchanged for the comparison: it is not used by the
crawler. It is a report, not a test: the exit status is always 0.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import platform
import random
import re
import statistics
import sys
import time
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import PIL  # noqa: E402
from PIL import Image, ImageDraw, UnidentifiedImageError  # noqa: E402

from crawler.pipelines.validation import _PILLOW_MIME, MediaRejected, inspect_image  # noqa: E402

MAX_PIXELS = 80_000_000  # crawler/settings.py IMAGES_MAX_PIXELS


# ------------------------------------------------------------------------------------------------
# The previous implementation (PREVIOUS — for the side-by-side only; not used by the crawler)
# ------------------------------------------------------------------------------------------------
def _previous_inspect_image(body: bytes, max_pixels: int) -> tuple[str, int | None, int | None]:
    """PREVIOUS inspect_image (git b3f9e89), unchanged but for its SVG regex's name: Pillow reads
    the image to its end — JPEG decoded at 1/8 scale, PNG chunks' CRCs verified, others decoded."""
    head = body[:512].lstrip().lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in body[:2048].lower()):
        if _PREVIOUS_SVG_ACTIVE.search(body):
            raise MediaRejected("SVG with script or event handlers")
        return "image/svg+xml", None, None
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        raise MediaRejected("an HTML page, not an image")
    previous = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(BytesIO(body)) as image:
                kind, size = image.format, image.size
                if kind == "PNG":
                    image.verify()
                else:
                    if kind == "JPEG":
                        image.draft(image.mode, (max(1, size[0] // 8), max(1, size[1] // 8)))
                    image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise MediaRejected(f"decompression bomb refused ({error.__class__.__name__})") from None
    except UnidentifiedImageError:
        raise MediaRejected("not an image Pillow can read") from None
    except (OSError, SyntaxError, ValueError) as error:
        raise MediaRejected(f"corrupt image: {error}") from None
    finally:
        Image.MAX_IMAGE_PIXELS = previous
    return _PILLOW_MIME.get(kind, f"image/{(kind or 'unknown').lower()}"), size[0], size[1]


_PREVIOUS_SVG_ACTIVE = re.compile(rb"<script|\son\w+\s*=|javascript:|<foreignobject|<iframe|<embed|<object", re.I)


def _sha256(body: bytes, max_pixels: int = 0) -> str:
    return hashlib.sha256(body).hexdigest()


# ------------------------------------------------------------------------------------------------
# The images
# ------------------------------------------------------------------------------------------------
def _photo(size: tuple[int, int], seed: int, grain: int = 12) -> Image.Image:
    """Phone-photo-like: smooth random shapes (a coarse random image, upscaled) and sensor noise."""
    rng = random.Random(seed)
    width, height = size
    coarse = (width // 40 + 1, height // 40 + 1)
    picture = Image.frombytes("RGB", coarse, rng.randbytes(coarse[0] * coarse[1] * 3)).resize(size, Image.BICUBIC)
    return Image.blend(picture, Image.effect_noise(size, grain).convert("RGB"), 0.25)


def _screenshot(size: tuple[int, int], seed: int) -> Image.Image:
    """A portal page's screenshot: flat panels, coloured bars, lines of text, a photo."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0], 90), fill=(180, 20, 30))
    for y in range(120, size[1] - 20, 22):
        x = 40
        while x < size[0] * 0.62:
            word = rng.randint(20, 90)
            draw.rectangle((x, y, x + word, y + 11), fill=(40, 40, 40) if rng.random() > 0.1 else (20, 60, 200))
            x += word + 8
    image.paste(_photo((size[0] // 3, size[1] // 3), seed), (int(size[0] * 0.64), 130))
    return image


def _exif(seed: int) -> bytes:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0132] = "samsung", "SM-A546E", f"2024:11:20 08:15:{seed % 60:02d}"
    exif[0x927C] = random.Random(seed).randbytes(24_000)  # maker note: the bulk of a phone's APP1
    return exif.tobytes()


def _save(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def _animation(size: tuple[int, int], seed: int, frames: int, fmt: str, **options) -> bytes:
    base = _photo(size, seed, grain=8)
    sequence = [base.rotate(3 * i, resample=Image.BILINEAR) for i in range(frames)]
    return _save(sequence[0], fmt, save_all=True, append_images=sequence[1:], duration=120, loop=0, **options)


@dataclass
class SizeClass:
    name: str
    make: object  # (seed) -> bytes
    bodies: list[bytes] = field(default_factory=list)


def size_classes() -> list[SizeClass]:
    jpeg = lambda size, grain=12, quality=90, **o: (lambda seed: _save(  # noqa: E731
        _photo(size, seed, grain), "JPEG", quality=quality, exif=_exif(seed), **o))
    return [
        SizeClass("JPEG 800×600, web-resized", jpeg((800, 600), quality=82)),
        SizeClass("JPEG 1600×1200", jpeg((1600, 1200))),
        SizeClass("JPEG 2400×1600", jpeg((2400, 1600))),
        SizeClass("JPEG 2400×1600 progressive", jpeg((2400, 1600), progressive=True)),
        SizeClass("JPEG 3264×2448 (8 MP)", jpeg((3264, 2448))),
        SizeClass("JPEG 4000×3000 (12 MP)", jpeg((4000, 3000))),
        SizeClass("JPEG 4000×3000 (12 MP), detailed", jpeg((4000, 3000), grain=25)),
        SizeClass("JPEG 4624×3472 (16 MP), detailed", jpeg((4624, 3472), grain=25, quality=88)),
        SizeClass("PNG 1920×1080 screenshot", lambda seed: _save(_screenshot((1920, 1080), seed), "PNG")),
        SizeClass("PNG 1600×1200 photo", lambda seed: _save(_photo((1600, 1200), seed), "PNG")),
        SizeClass("WebP 1600×1200 lossy", lambda seed: _save(_photo((1600, 1200), seed), "WEBP", quality=80)),
        SizeClass("WebP 1280×720 lossless", lambda seed: _save(_screenshot((1280, 720), seed), "WEBP", lossless=True)),
        SizeClass("GIF 480×270, 10 frames", lambda seed: _animation((480, 270), seed, 10, "GIF")),
        SizeClass("GIF 200×200 (decoded)", lambda seed: _save(_photo((200, 200), seed), "GIF")),
        SizeClass("WebP 200×200 (decoded)", lambda seed: _save(_photo((200, 200), seed), "WEBP", quality=80)),
    ]


# ------------------------------------------------------------------------------------------------
# Timing
# ------------------------------------------------------------------------------------------------
def _cpu_ms(function, body: bytes) -> float:
    started = time.thread_time()
    function(body, MAX_PIXELS)
    return (time.thread_time() - started) * 1000.0


def _stats(values: list[float]) -> dict:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median": statistics.median(ordered), "p95": p95}


def run_timing(classes: list[SizeClass], images_per_class: int, rounds: int) -> list[dict]:
    functions = {"new": inspect_image, "sha256": _sha256, "previous": _previous_inspect_image}
    for size_class in classes:
        size_class.bodies = [size_class.make(seed) for seed in range(images_per_class)]
        for body in size_class.bodies:  # every body is valid for both, and read once before timing
            assert inspect_image(body, MAX_PIXELS) == _previous_inspect_image(body, MAX_PIXELS), size_class.name
    times = {(c.name, f): [] for c in classes for f in functions}
    order = list(functions)
    for _ in range(rounds):
        order = order[1:] + order[:1]
        for size_class in classes:
            for body in size_class.bodies:
                for name in order:
                    times[size_class.name, name].append(_cpu_ms(functions[name], body))
    rows = []
    for size_class in classes:
        sizes = [len(b) for b in size_class.bodies]
        row = {"class": size_class.name, "images": len(sizes), "calls": rounds * len(sizes),
               "kB": statistics.median(sizes) / 1000, "kB_max": max(sizes) / 1000}
        for name in functions:
            row[name] = _stats(times[size_class.name, name])
        row["ratio"] = row["previous"]["median"] / row["new"]["median"]
        rows.append(row)
    return rows


def timing_table(rows: list[dict]) -> str:
    lines = [
        ("| image class | file size (median, max) | **inspect_image** median / p95 | sha256 median / p95 "
         "| previous inspect_image median / p95 | previous ÷ new (median) |"),
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row['class']} | {row['kB']:,.0f} kB, {row['kB_max']:,.0f} kB "
            f"| **{row['new']['median']:.2f} / {row['new']['p95']:.2f} ms** "
            f"| {row['sha256']['median']:.2f} / {row['sha256']['p95']:.2f} ms "
            f"| {row['previous']['median']:.2f} / {row['previous']['p95']:.2f} ms | {row['ratio']:.0f}× |")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------------
# Damage: what each implementation refuses
# ------------------------------------------------------------------------------------------------
def _damaged(body: bytes, kind: str, rng: random.Random, start: int) -> bytes:
    run = max(16, min(4096, len(body) // 50))
    at = rng.randrange(start, len(body) - run - 2)
    if kind == "cut anywhere":
        return body[:rng.randrange(1, len(body))]
    if kind == "one bit flipped":
        return body[:at] + bytes([body[at] ^ (1 << rng.randrange(8))]) + body[at + 1:]
    if kind == "run of random bytes":
        return body[:at] + rng.randbytes(run) + body[at + run:]
    if kind == "run of zeros":
        return body[:at] + bytes(run) + body[at + run:]
    if kind == "run removed":
        return body[:at] + body[at + run:]
    if kind == "stray JPEG marker":
        return body[:at] + bytes([0xFF, rng.choice([0xC0, 0xC4, 0xD9, 0xDA, 0xDB, 0xE1, 0xFE])]) + body[at:]
    raise ValueError(kind)


DAMAGE = ("cut anywhere", "one bit flipped", "run of random bytes", "run of zeros", "run removed", "stray JPEG marker")


def run_damage(copies: int) -> list[dict]:
    samples = {
        "JPEG 1600×1200": _save(_photo((1600, 1200), 1), "JPEG", quality=90),
        "JPEG 1600×1200 progressive": _save(_photo((1600, 1200), 1), "JPEG", quality=90, progressive=True),
        "PNG 800×600": _save(_photo((800, 600), 2), "PNG"),
        "GIF 640×480": _save(_photo((640, 480), 3), "GIF"),
        "GIF 200×200 (decoded)": _save(_photo((200, 200), 3), "GIF"),
        "WebP 640×480": _save(_photo((640, 480), 4), "WEBP"),
        "WebP 200×200 (decoded)": _save(_photo((200, 200), 4), "WEBP"),
    }
    rows = []
    for name, body in samples.items():
        rng = random.Random(name)
        start = body.index(b"\xff\xda") + 20 if name.startswith("JPEG") else 64  # the JPEG's scan data
        row = {"image": name, "kB": len(body) / 1000}
        for kind in DAMAGE:
            refused = {"new": 0, "previous": 0}
            for _ in range(copies):
                damaged = _damaged(body, kind, rng, start)
                for label, function in (("new", inspect_image), ("previous", _previous_inspect_image)):
                    try:
                        function(damaged, MAX_PIXELS)
                    except MediaRejected:
                        refused[label] += 1
            row[kind] = refused
        rows.append(row)
    return rows


def damage_table(rows: list[dict], copies: int) -> str:
    lines = [f"| damaged copy of (refused of {copies}: new / previous) | " + " | ".join(DAMAGE) + " |",
             "|---|" + "---|" * len(DAMAGE)]
    for row in rows:
        cells = [f"{row[k]['new']} / {row[k]['previous']}" for k in DAMAGE]
        lines.append(f"| {row['image']} ({row['kB']:,.0f} kB) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------------
def machine() -> dict:
    model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "cpu": model, "nproc": os.cpu_count(),
            "python": platform.python_version(), "pillow": PIL.__version__, "load_before": os.getloadavg()[0]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.media", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15, help="calls per image and function (15)")
    parser.add_argument("--images", type=int, default=3, help="distinct images per class (3)")
    parser.add_argument("--copies", type=int, default=100, help="damaged copies per image and kind of damage (100)")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args(argv)

    info = machine()
    print(f"Image validation, {info['date']}: {info['cpu']}, {info['nproc']} CPUs, Python {info['python']}, "
          f"Pillow {info['pillow']}, load {info['load_before']:.2f}", flush=True)
    started = time.monotonic()
    timing = run_timing(size_classes(), args.images, args.rounds)
    print(f"\nCPU per image (time.thread_time around one call; {args.images} images per class × "
          f"{args.rounds} rounds), max_pixels {MAX_PIXELS:,}:\n")
    print(timing_table(timing), flush=True)
    damage = run_damage(args.copies) if args.copies else []
    if damage:
        print(f"\nDamaged copies refused, new / previous implementation ({args.copies} per cell):\n")
        print(damage_table(damage, args.copies))
    print(f"\n({time.monotonic() - started:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "timing": timing, "damage": damage}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
