"""Label checks for round 40 (decision 247): prints this set's own posts only. Flags titles, "the", spaces or a
period at a span's edge, a labelled value unlabelled elsewhere in its post, numbers 90-119 outside spans, and totals."""
import collections
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLES = ("Dr", "Dr.", "Mr.", "Mrs.", "Ms.", "Pastor", "Mayor", "Coach", "the ", "The ")

posts = [json.loads(l) for l in (HERE / "round40.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = collections.Counter()
for post in posts:
    text, spans = post["text"], post["identifiers"]
    for s in spans:
        value = text[s["start"]:s["end"]]
        kinds[s["type"]] += 1
        if value != value.strip() or value.startswith(TITLES) or (s["type"] == "NAME" and value.endswith(".")):
            print(f"{post['id']}: edge {s['type']} {value!r}")
        if "[[" in value or "<<" in value:
            print(f"{post['id']}: markup left {value!r}")
        if len(value) > 2:
            outside = [m.start() for m in re.finditer(re.escape(value), text)
                       if not any(o["start"] <= m.start() < o["end"] for o in spans)]
            if outside and s["type"] != "NAME":
                print(f"{post['id']}: {value!r} also unlabelled")
    for m in re.finditer(r"(?<![\d.])(9\d|1[01]\d)(?![\d.])", text):
        if not any(o["start"] <= m.start() < o["end"] for o in spans) and spans:
            print(f"{post['id']}: number {m.group()} outside spans (read it)")
    if "[[" in text or "]]" in text or "<<" in text:
        print(f"{post['id']}: markup left in text")
clean = sum(1 for p in posts if not p["identifiers"])
print(f"posts {len(posts)}, identifiers {sum(kinds.values())}, clean {clean}, "
      f"terms {sum(len(p['clinicalTerms']) for p in posts)}, hand {sum(p['id'].startswith('r40-hand-') for p in posts)}")
print(dict(kinds.most_common()))
