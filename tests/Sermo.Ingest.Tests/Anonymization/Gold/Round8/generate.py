"""Writes round8.jsonl: the round-8 held-out set of issue #14 (decision 056).

python3 generate.py   (in this folder; deterministic, seed 8056)

Templates are written in the gold markup: [[TYPE:text]] is an identifier, <<text>> a clinical term that must survive.
Posts come from the templates below (their own phrasing, not another set's) and from hand-written.txt.
"""

import json
import os

from templates import CLEAN_TEMPLATES, TEMPLATES
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import goldmarkup  # noqa: E402  GoldMarkup.Parse, shared by every round's generator

HERE = os.path.dirname(os.path.abspath(__file__))


def parse(post_id, markup):
    return goldmarkup.record(post_id, markup)


def hand_written():
    posts = []
    with open(os.path.join(HERE, "hand-written.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                posts.append(line.replace("\\n", "\n"))
    return posts


def main():
    out = []
    for n in range(265):
        out.append(parse(f"r8-gen-{n:03d}", TEMPLATES[n % len(TEMPLATES)]()))
    for n in range(50):
        out.append(parse(f"r8-clean-{n:03d}", CLEAN_TEMPLATES[n % len(CLEAN_TEMPLATES)]()))
    for n, markup in enumerate(hand_written()):
        out.append(parse(f"r8-hw-{n:03d}", markup))
    with open(os.path.join(HERE, "round8.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for post in out:
            f.write(json.dumps(post, ensure_ascii=False) + "\n")
    ids = sum(len(p["identifiers"]) for p in out)
    clean = sum(1 for p in out if not p["identifiers"])
    terms = sum(len(p["clinicalTerms"]) for p in out)
    print(f"{len(out)} posts, {ids} identifiers, {clean} identifier-free, {terms} clinical terms")


if __name__ == "__main__":
    main()
