"""Round 31's label check (decision 193): markup leftovers, titles, "the" and spaces inside spans, a labelled value
left unlabelled elsewhere in its post, unlabelled numbers 90-119, and the set's counts. Prints post ids and the
flagged value of this set only."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLES = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "the", "sgt", "sgt.", "spc", "nurse", "officer"}

posts = [json.loads(line) for line in (HERE / "round31.jsonl").read_text(encoding="utf-8").splitlines() if line]
flags = 0
for post in posts:
    text, spans = post["text"], post["identifiers"]
    for leftover in ("[[", "]]", "<<", ">>"):
        if leftover in text:
            print(post["id"], "markup leftover", leftover); flags += 1
    for span in spans:
        value = text[span["start"]:span["end"]]
        if value != value.strip() or value.lower().split(" ")[0] in TITLES:
            print(post["id"], "span edge or title", repr(value)); flags += 1
        if span["type"] == "NAME" and " " in value:
            print(post["id"], "two words in one NAME span", repr(value)); flags += 1
        for m in re.finditer(re.escape(value), text):
            if len(value) > 2 and not any(s["start"] <= m.start() < s["end"] for s in spans):
                print(post["id"], "labelled elsewhere, not here", repr(value)); flags += 1
    for m in re.finditer(r"(?<![\w.])(9\d|1[01]\d)(?![\w.])", text):
        if not any(s["start"] <= m.start() < s["end"] for s in spans):
            print(post["id"], "unlabelled number", m.group(), "|", text[max(0, m.start() - 20):m.end() + 12].replace("\n", " ")); flags += 1

types = Counter(s["type"] for p in posts for s in p["identifiers"])
print(f"{len(posts)} posts, {sum(types.values())} identifiers, {sum(len(p['clinicalTerms']) for p in posts)} clinical terms, "
      f"{sum(1 for p in posts if not p['identifiers'])} identifier-free, hand-written {sum(1 for p in posts if p['id'].startswith('r31-hand-'))}")
print(dict(types.most_common()))
print(f"{flags} flags")
sys.exit(0)
