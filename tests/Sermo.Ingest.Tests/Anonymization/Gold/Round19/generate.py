"""Builds round19.jsonl: the hand-written posts (hand-written.txt, one GoldMarkup post a line), then the generated ones.

python3 generate.py          writes round19.jsonl
python3 generate.py --check  rebuilds it in memory and fails unless the file matches byte for byte
Seed 19138; a generated post whose clinical term would touch an identifier is drawn again; a hand-written one is refused.
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import goldmarkup  # noqa: E402
from clean import CLEAN  # noqa: E402
from light import LIGHT  # noqa: E402
from templates import WITH_IDENTIFIERS  # noqa: E402

SEED = 19138
USES_WITH_IDENTIFIERS = 2  # record shapes carry 5-9 identifiers each
USES_LIGHT = 7  # one or two identifiers each, the forum's ordinary case posts
USES_CLEAN = 8


def hand_records():
    lines = (HERE / "hand-written.txt").read_text(encoding="utf-8").splitlines()
    records = []
    for i, line in enumerate(lines):
        post = goldmarkup.record(f"r19-hand-{i:03d}", line)
        if goldmarkup.term_touches_identifier(post):
            raise ValueError(f"{post['id']}: a clinical term touches an identifier")
        records.append(post)
    return records


def draw(r, template, post_id):
    for _ in range(50):
        post = goldmarkup.record(post_id, template(r))
        if not goldmarkup.term_touches_identifier(post):
            return post
    raise ValueError(f"{post_id}: {template.__name__} keeps drawing a term inside an identifier")


def generated_records():
    r = random.Random(SEED)
    plan = WITH_IDENTIFIERS * USES_WITH_IDENTIFIERS + LIGHT * USES_LIGHT + CLEAN * USES_CLEAN
    r.shuffle(plan)
    return [draw(r, template, f"r19-gen-{i:03d}") for i, template in enumerate(plan)]


def render():
    records = hand_records() + generated_records()
    return "".join(json.dumps(post, ensure_ascii=False) + "\n" for post in records)


def main():
    target = HERE / "round19.jsonl"
    text = render()
    if "--check" in sys.argv:
        if target.read_text(encoding="utf-8") != text:
            sys.exit("round19.jsonl differs from what generate.py builds")
        print("round19.jsonl matches")
        return
    target.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} posts")


if __name__ == "__main__":
    main()
