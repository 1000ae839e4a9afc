"""Builds round44.jsonl (decision 275): the hand-written posts, then each identifier template and each clean template
drawn twice (seed 44275), shuffled. `--check` rebuilds in memory and fails unless the file on disk is byte for byte the same.
"""
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

SEED = 44275
OUT = HERE / "round44.jsonl"
SPAN = re.compile(r"\[\[[A-Z]+:([^\]]+)\]\]")


def touches(markup):
    """Whether a labelled value of three letters or more also stands unlabelled in its post (then the post is redrawn)."""
    outside = SPAN.sub(" ", markup)
    for value in set(SPAN.findall(markup)):
        for word in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", value):
            if re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", outside, re.IGNORECASE):
                return True
    return False


def fill(rng, template):
    for _ in range(20):
        markup = template.format(**draws.fresh(rng))
        if not touches(markup) and not goldmarkup.term_touches_identifier(goldmarkup.record("?", markup)):
            return markup
    raise ValueError(f"no clean draw in 20 for: {template[:60]}")


def plural(role):
    """'a staff sergeant' -> 'the staff sergeants', 'the trooper on scene' -> 'the troopers on scene' (the
    "Q for {roles} out there" template once wrote "a staff sergeants"); no random draw, so other posts stay the same."""
    words = role.split()
    if words[0] == "a":
        words[0] = "the"
    head = words.index("on") - 1 if "on" in words else len(words) - 1
    word = words[head]
    words[head] = word[:-1] + "ves" if word.endswith("half") else word + ("es" if word.endswith("s") else "s")
    return " ".join(words)


def fill_clean(rng, template):
    pick = rng.choice
    drug, drug2 = rng.sample(clean.DRUGS, 2)
    brand, brand2 = rng.sample(clean.BRANDS, 2)
    slots = {"sign": pick(clean.EPONYM_SIGNS), "score": pick(clean.SCORES), "brand": brand, "brand2": brand2,
             "number": pick(clean.NUMBERS), "disease": pick(clean.PLACE_DISEASES), "role": pick(clean.ROLES),
             "drug": drug, "drug2": drug2, "syndrome": pick(clean.SYNDROMES),
             "ndc": f"{rng.randint(1000, 99999):05d}-{rng.randint(100, 999)}-{rng.randint(10, 99)}",
             "lot": f"{rng.choice('ABCDEFGHKLMNPRTXZ')}{rng.randint(1000, 9999)}{rng.choice('ABCDEF')}",
             "month": pick(["August", "July", "December", "January", "harvest", "calving"])}
    slots["roles"] = plural(slots["role"])
    text = template.format(**slots)
    return text[0].upper() + text[1:] if text.startswith("the ") or text.startswith("a ") else text


def build():
    rng = random.Random(SEED)
    generated = [fill(rng, t) for t in TEMPLATES for _ in range(2)]
    generated += [fill_clean(rng, t) for t in clean.CLEAN_TEMPLATES for _ in range(2)]
    rng.shuffle(generated)
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r44-hand-")
    for n, markup in enumerate(generated):
        post = goldmarkup.record(f"r44-gen-{n:03d}", markup)
        if goldmarkup.term_touches_identifier(post):
            raise ValueError(f"{post['id']}: a clinical term touches an identifier")
        posts.append(post)
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("round44.jsonl rebuilds byte for byte" if same else "round44.jsonl DIFFERS from its sources")
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} posts")
