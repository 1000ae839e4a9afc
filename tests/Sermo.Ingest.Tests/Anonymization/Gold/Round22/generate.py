"""Builds round22.jsonl: the hand-written posts, then seeded posts from Round 22's own templates (decision 153).

python3 generate.py          writes round22.jsonl
python3 generate.py --check  rebuilds it in memory and fails unless the file matches byte for byte
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import goldmarkup  # noqa: E402  (the shared parser lives one folder up)
from clean import CLEAN  # noqa: E402
from templates import WITH_IDENTIFIERS  # noqa: E402

SEED = 22153
USES_WITH_IDENTIFIERS = 5
USES_CLEAN = 9
MAX_DRAWS = 50


def generated():
    rng = random.Random(SEED)
    plan = WITH_IDENTIFIERS * USES_WITH_IDENTIFIERS + CLEAN * USES_CLEAN
    rng.shuffle(plan)
    posts = []
    for template in plan:
        post_id = f"r22-gen-{len(posts):03d}"
        # A draw whose clinical term lands inside or beside an identifier is thrown away and drawn again.
        for _ in range(MAX_DRAWS):
            post = goldmarkup.record(post_id, template(rng))
            if not goldmarkup.term_touches_identifier(post):
                break
        else:
            raise ValueError(f"{post_id}: {template.__name__} kept putting a term against an identifier")
        if template in CLEAN and post["identifiers"]:
            raise ValueError(f"{post_id}: a clean template produced an identifier")
        posts.append(post)
    return posts


def build():
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r22-hand-") + generated()
    lines = [json.dumps(post, ensure_ascii=False) for post in posts]
    return ("\n".join(lines) + "\n").encode("utf-8")


def main():
    target = HERE / "round22.jsonl"
    content = build()
    if "--check" in sys.argv:
        if target.read_bytes() != content:
            sys.exit("round22.jsonl differs from what generate.py builds")
        print("round22.jsonl matches")
        return
    target.write_bytes(content)
    posts = [json.loads(line) for line in content.decode("utf-8").splitlines()]
    identifiers = sum(len(p["identifiers"]) for p in posts)
    terms = sum(len(p["clinicalTerms"]) for p in posts)
    clean = sum(1 for p in posts if not p["identifiers"])
    hand = sum(1 for p in posts if p["id"].startswith("r22-hand-"))
    print(f"{len(posts)} posts ({hand} hand-written), {identifiers} identifiers, {terms} clinical terms, {clean} identifier-free")


if __name__ == "__main__":
    main()
