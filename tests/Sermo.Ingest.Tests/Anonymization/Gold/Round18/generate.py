"""Builds round18.jsonl: the hand-written posts (hand-written.txt, one GoldMarkup post a line) and the generated ones.

python3 generate.py          writes round18.jsonl
python3 generate.py --check  rebuilds it in memory and fails unless the file on disk is the same, byte for byte

Seeded, so the set is the same on every machine. A generated post whose clinical term would touch an identifier is
redrawn; a hand-written one is refused. goldmarkup refuses characters outside the BMP (C# counts UTF-16 units).
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import goldmarkup  # noqa: E402
import templates  # noqa: E402
from draw import Draw  # noqa: E402

SEED = 18132
USES_WITH_IDENTIFIERS = 4
USES_RECORD_SHAPES = 2  # lists, tables and letters carry 6-11 identifiers each, so they are drawn less often
USES_CLEAN = 8
OUT = HERE / "round18.jsonl"


def hand_written():
    lines = [l for l in (HERE / "hand-written.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
    posts = []
    for i, markup in enumerate(lines):
        post = goldmarkup.record(f"r18-hand-{i:03d}", markup)
        if goldmarkup.term_touches_identifier(post):
            raise ValueError(f"{post['id']}: a clinical term touches an identifier")
        posts.append(post)
    return posts


def generated():
    rng = random.Random(SEED)
    draw = Draw(rng)
    plan = [t for t in templates.WITH_IDENTIFIERS
            for _ in range(USES_RECORD_SHAPES if t in templates.RECORD_SHAPES else USES_WITH_IDENTIFIERS)]
    plan += [t for t in templates.CLEAN for _ in range(USES_CLEAN)]
    rng.shuffle(plan)
    posts = []
    for i, template in enumerate(plan):
        post_id = f"r18-gen-{i:03d}"
        for _ in range(50):
            post = goldmarkup.record(post_id, template(draw))
            if not goldmarkup.term_touches_identifier(post):
                break
        else:
            raise ValueError(f"{post_id}: every draw put a clinical term on an identifier")
        posts.append(post)
    return posts


def render():
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in hand_written() + generated())


def main():
    text = render()
    if "--check" in sys.argv:
        if OUT.read_bytes() != text.encode("utf-8"):
            sys.exit("round18.jsonl differs from what generate.py builds")
        print("round18.jsonl matches generate.py")
        return
    OUT.write_text(text, encoding="utf-8")
    posts = [json.loads(l) for l in text.splitlines()]
    ids = sum(len(p["identifiers"]) for p in posts)
    clean = sum(1 for p in posts if not p["identifiers"])
    terms = sum(len(p["clinicalTerms"]) for p in posts)
    print(f"{len(posts)} posts, {ids} identifiers, {terms} clinical terms, {clean} identifier-free")


if __name__ == "__main__":
    main()
