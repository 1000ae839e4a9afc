"""Round 33's label check (decision 206): prints post ids and the kind of doubt only, for the author's re-reading.

Flags markup leftovers, titles, "the" and edge spaces inside spans, a labelled value left unlabelled elsewhere in its
post, and numbers 90-119 outside any span (an age over 89 must be labelled; a dose or lab need not be).
"""
import json
import re
from pathlib import Path

TITLES = ("dr ", "dr. ", "mr ", "mrs ", "ms ", "the ")
posts = [json.loads(l) for l in (Path(__file__).parent / "round33.jsonl").read_text(encoding="utf-8").splitlines()]
for post in posts:
    text, spans = post["text"], post["identifiers"]
    doubts = []
    if any(mark in text for mark in ("[[", "]]", "<<", ">>")):
        doubts.append("markup leftover")
    inside = lambda a, b: any(s["start"] <= a and b <= s["end"] for s in spans)
    for s in spans:
        value = text[s["start"]:s["end"]]
        if value.lower().startswith(TITLES) or value != value.strip():
            doubts.append(f"span edge '{value}'")
        for m in re.finditer(re.escape(value), text):
            if len(value) > 2 and not inside(m.start(), m.end()) and re.match(r"\W", text[m.end():m.end() + 1] or " ") \
                    and (m.start() == 0 or not text[m.start() - 1].isalnum()):
                doubts.append(f"'{value}' unlabelled elsewhere")
    for m in re.finditer(r"(?<![\d.])(9\d|1[01]\d)(?![\d.])", text):
        if not inside(m.start(), m.end()):
            doubts.append(f"number {m.group()} at {m.start()}")
    if doubts:
        print(post["id"], "; ".join(doubts))
