"""Builds round45.jsonl (decision 285): hand-written posts from hand-written.txt, then identifier templates and
identifier-free templates each drawn twice with seed 45285, shuffled. `--check` rebuilds in memory and fails unless
the stored file is the same byte for byte."""
import json
import random
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import clean  # noqa: E402
import draws  # noqa: E402
import goldmarkup  # noqa: E402
import templates  # noqa: E402

SEED = 45285
DRAWS_PER_TEMPLATE = 2
OUT = HERE / "round45.jsonl"


def touches(post):
    """The redraw rule: a labelled value of three letters or more also found unlabelled in its post, or a clinical
    term overlapping a span."""
    if goldmarkup.term_touches_identifier(post):
        return True
    text = post["text"]
    for span in post["identifiers"]:
        value = text[span["start"]:span["end"]]
        if len(value) < 3 or not any(c.isalpha() for c in value):
            continue
        for m in re.finditer(re.escape(value), text):
            inside = any(s["start"] <= m.start() and m.end() <= s["end"] for s in post["identifiers"])
            word_edge = (m.start() == 0 or not text[m.start() - 1].isalnum()) and (m.end() == len(text) or not text[m.end()].isalnum())
            if not inside and word_edge:
                return True
    return False


def fill(rng, template):
    for _ in range(20):
        d = draws.fresh(rng)
        markup = template.format(**d).replace("\\n", "\n")
        post = goldmarkup.record("?", markup)
        if not touches(post):
            return markup
    raise ValueError(f"no clean draw for {template[:40]}")


def fill_clean(rng, template):
    names = list(dict.fromkeys(f for _, f, _, _ in string.Formatter().parse(template) if f))  # in order: a set would follow the hash seed
    pick = {"score": clean.SCORES, "disease": clean.EPONYM_DISEASES, "lab": clean.LABS, "place": clean.PLACE_DISEASES,
            "code": clean.CODES, "num": clean.NUMBERS, "role": clean.ROLES, "role2": clean.ROLES, "brand": clean.BRANDS,
            "brand2": clean.BRANDS, "sign": clean.EPONYM_SIGNS, "sign2": clean.EPONYM_SIGNS, "holiday": clean.HOLIDAYS,
            "device": clean.DEVICES, "role_bare": clean.ROLES}
    while True:
        d = {n: rng.choice(pick[n]) for n in names}
        if any(a in d and b in d and d[a] == d[b] for a, b in [("brand", "brand2"), ("sign", "sign2"), ("role", "role2")]):
            continue
        if "role_bare" in d:
            d["role_bare"] = d["role_bare"].split(" ", 1)[1]
        text = template.format(**d)
        return text[0].upper() + text[1:] if text.startswith(("the ", "a ", "an ", "our ")) else text


def build():
    rng = random.Random(SEED)
    hand = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r45-hand-")
    generated = []
    for template in templates.ALL:
        generated += [fill(rng, template) for _ in range(DRAWS_PER_TEMPLATE)]
    for template in clean.TEMPLATES:
        generated += [fill_clean(rng, template) for _ in range(DRAWS_PER_TEMPLATE)]
    rng.shuffle(generated)
    gen = [goldmarkup.record(f"r45-gen-{n:03d}", m) for n, m in enumerate(generated)]
    lines = [json.dumps(p, ensure_ascii=False) for p in hand + gen]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("round45.jsonl matches its generator" if same else "round45.jsonl differs from its generator")
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(text.splitlines())} posts")
