"""Builds round20.jsonl: the hand-written posts, then posts drawn from Round 20's own templates (decision 143).

python3 generate.py writes the file; python3 generate.py --check rebuilds it in memory and fails unless it matches
byte for byte. A drawn post whose clinical term would touch an identifier is drawn again; a hand-written one fails.
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import goldmarkup  # noqa: E402  (the shared parser lives one folder up)
from clean import CLEAN  # noqa: E402
from templates import WITH_IDENTIFIERS  # noqa: E402

SEED = 20143
USES_WITH_IDENTIFIERS = 4
USES_CLEAN = 9
REDRAWS = 50


def hand_written():
    lines = (HERE / "hand-written.txt").read_text(encoding="utf-8").split("\n")
    posts = []
    for index, markup in enumerate(line for line in lines if line):
        post = goldmarkup.record(f"r20-hand-{index:03d}", markup)
        if goldmarkup.term_touches_identifier(post):
            raise ValueError(f"{post['id']}: a clinical term touches an identifier; fix the markup")
        posts.append(post)
    return posts


def drawn(rng, template, post_id):
    for _ in range(REDRAWS):
        post = goldmarkup.record(post_id, template(rng))
        if not goldmarkup.term_touches_identifier(post):
            return post
    raise ValueError(f"{post_id}: {template.__name__} drew {REDRAWS} posts whose terms touch an identifier")


def generated():
    rng = random.Random(SEED)
    schedule = WITH_IDENTIFIERS * USES_WITH_IDENTIFIERS + CLEAN * USES_CLEAN
    rng.shuffle(schedule)
    return [drawn(rng, template, f"r20-gen-{index:03d}") for index, template in enumerate(schedule)]


def build():
    posts = hand_written() + generated()
    return "".join(json.dumps(post, ensure_ascii=False) + "\n" for post in posts)


def main():
    target = HERE / "round20.jsonl"
    text = build()
    if "--check" in sys.argv:
        if target.read_bytes() != text.encode("utf-8"):
            sys.exit("round20.jsonl differs from what generate.py builds")
        print("round20.jsonl matches generate.py")
        return
    target.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} posts to {target.name}")


if __name__ == "__main__":
    main()
