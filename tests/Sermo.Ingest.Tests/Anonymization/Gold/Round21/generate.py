"""Builds round21.jsonl: the hand-written posts, then seeded posts from this round's own templates.

python3 generate.py writes the file; python3 generate.py --check rebuilds it in memory and fails unless it matches
byte for byte. A generated post whose clinical term touches an identifier is drawn again; a hand-written one is refused.
"""
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import goldmarkup  # noqa: E402
import clean  # noqa: E402
import templates  # noqa: E402
from draw import Draw  # noqa: E402

SEED = 21148
USES_WITH_IDENTIFIERS = 5
USES_CLEAN = 11
HERE = Path(__file__).resolve().parent


def hand_written():
    lines = (HERE / "hand-written.txt").read_text(encoding="utf-8").splitlines()
    posts = []
    for number, markup in enumerate(lines):
        post = goldmarkup.record(f"r21-hand-{number:03d}", markup)
        if goldmarkup.term_touches_identifier(post):
            raise ValueError(f"{post['id']}: a clinical term touches an identifier")
        posts.append(post)
    return posts


def generated(rng):
    draw = Draw(rng)
    plan = [f for f in templates.WITH_IDENTIFIERS for _ in range(USES_WITH_IDENTIFIERS)]
    plan += [f for f in clean.CLEAN for _ in range(USES_CLEAN)]
    rng.shuffle(plan)
    posts = []
    for number, template in enumerate(plan):
        post_id = f"r21-gen-{number:03d}"
        while True:
            post = goldmarkup.record(post_id, template(draw))
            if not goldmarkup.term_touches_identifier(post):
                break
        posts.append(post)
    return posts


def build():
    posts = hand_written() + generated(random.Random(SEED))
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


def main():
    target = HERE / "round21.jsonl"
    text = build()
    if "--check" in sys.argv:
        if target.read_text(encoding="utf-8") != text:
            sys.exit("round21.jsonl differs from what generate.py builds")
        print("round21.jsonl matches generate.py")
        return
    target.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} posts")


if __name__ == "__main__":
    main()
