"""Builds round43.jsonl (decision 266): the hand-written posts (hand-written.txt, ids r43-hand-NNN) and the generated
posts (each identifier and clean template drawn twice, shuffled, ids r43-gen-NNN), seed 43266.
`python3 generate.py --check` rebuilds the set in memory and fails if round43.jsonl differs byte for byte."""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import clean  # noqa: E402
import draws  # noqa: E402
import goldmarkup  # noqa: E402
from templates import TEMPLATES  # noqa: E402

SEED = 43266
OUT = HERE / "round43.jsonl"


def _fill_clean(rng, template):
    values = {"sign": rng.choice(clean.SIGNS), "syndrome": rng.choice(clean.SYNDROMES), "brand": rng.choice(clean.BRANDS),
              "binder": rng.choice(clean.BINDERS[:2]), "binder2": clean.BINDERS[2], "place": rng.choice(clean.PLACES), "ndc": rng.choice(clean.NDCS),
              "number": rng.choice(clean.NUMBERS), "genetic": rng.choice(clean.GENETIC), "score_num": rng.randint(70, 89)}
    # Articles follow the drawn word ("an 87yo", "an Addison disease pt") with no draw of their own.
    values["a_score"] = "an" if str(values["score_num"]).startswith("8") else "a"
    values["a_syndrome"] = "an" if values["syndrome"][0] in "AEIOU" else "a"
    return template.format(**values)


def _touches(markup, post_id):
    """Whether a labelled value (a word of 3 letters or more) also occurs unlabelled in its post: redraw then."""
    text, ids, _ = goldmarkup.parse(markup, post_id)
    covered = [False] * len(text)
    for span in ids:
        for i in range(span["start"], span["end"]):
            covered[i] = True
    outside = "".join(" " if covered[i] else c for i, c in enumerate(text)).lower()
    for span in ids:
        value = text[span["start"]:span["end"]].lower()
        if len(value) >= 3 and re.search(r"\b" + re.escape(value) + r"\b", outside):
            return True
    return False


def _generated(rng):
    drawn = [("id", t) for t in TEMPLATES for _ in range(2)] + [("clean", t) for t in clean.CLEAN for _ in range(2)]
    rng.shuffle(drawn)
    posts = []
    for kind, template in drawn:
        post_id = f"r43-gen-{len(posts):03d}"
        for _ in range(20):
            markup = _fill_clean(rng, template) if kind == "clean" else template.format(**draws.fresh(rng))
            if not _touches(markup, post_id):
                break
        posts.append(goldmarkup.record(post_id, markup.replace("\\n", "\n")))
    return posts


def build():
    rng = random.Random(SEED)
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r43-hand-") + _generated(rng)
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("round43.jsonl matches its sources" if same else "round43.jsonl differs from its sources")
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    posts = [json.loads(l) for l in text.splitlines()]
    print(f"{len(posts)} posts, {sum(len(p['identifiers']) for p in posts)} identifiers, "
          f"{sum(len(p['clinicalTerms']) for p in posts)} terms, {sum(not p['identifiers'] for p in posts)} identifier-free")
