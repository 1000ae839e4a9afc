"""Builds round40.jsonl (decision 247): hand-written posts (hand-written.txt, ids r40-hand-NNN) and generated ones (ids
r40-gen-NNN, seed 40247: every identifier template and identifier-free template drawn twice, shuffled).
`python3 generate.py` writes the set; `python3 generate.py --check` rebuilds it in memory and fails if the file differs."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402
from clean import BRANDS, CLEAN_TEMPLATES, DEVICES, PLACES, SCORES, SIGNS, SYNDROMES  # noqa: E402
from draws import draws  # noqa: E402
from templates import TEMPLATES  # noqa: E402

SEED = 40247
OUT = HERE / "round40.jsonl"


def clean_fill(rng):
    brand, brand2 = rng.sample(BRANDS, 2)
    device, device2 = rng.sample(DEVICES, 2)
    return {"sign": rng.choice(SIGNS), "syndrome": rng.choice(SYNDROMES), "brand": brand, "brand2": brand2, "device": device,
            "device2": device2, "place": rng.choice(PLACES), "score": rng.choice(SCORES),
            "n1": rng.randint(90, 119), "n2": rng.randint(90, 119), "n3": rng.randint(90, 119)}


def fill(rng, template, clean):
    """Redraws (up to 20 times) when a clinical term would touch an identifier."""
    for _ in range(20):
        markup = template.format(**(clean_fill(rng) if clean else draws(rng)))
        post = goldmarkup.record("?", markup)
        if not goldmarkup.term_touches_identifier(post):
            return markup
    raise ValueError(f"no clean draw for {template[:40]}")


def build():
    rng = random.Random(SEED)
    drawn = [(t, False) for t in TEMPLATES for _ in range(2)] + [(t, True) for t in CLEAN_TEMPLATES for _ in range(2)]
    rng.shuffle(drawn)
    records = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r40-hand-")
    records += [goldmarkup.record(f"r40-gen-{n:03d}", fill(rng, t, clean)) for n, (t, clean) in enumerate(drawn)]
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit("round40.jsonl differs from what generate.py builds")
        print("round40.jsonl rebuilds byte for byte")
    else:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {len(text.splitlines())} posts")
