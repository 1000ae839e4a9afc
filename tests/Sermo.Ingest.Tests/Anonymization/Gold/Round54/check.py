"""Checks round54.jsonl (decision 383) and prints its counts; exits non-zero on a slip.

Refused: markup left in a text, a span with space or "the" at an edge, a phone outside 555-01xx, a labelled age under
90, a clinical term missing from its post or touching a span, a labelled value (3+ characters) found again outside
every span, a post id twice. `--notes` also lists numbers 90-119 outside spans, to be read by eye (labs, vitals, doses).
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORD_AGES = {"ninety": 90, "one hundred": 100, "hundred": 100}
TENS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
for n, w in enumerate(TENS, 1):
    WORD_AGES[f"ninety-{w}"] = 90 + n


def age_value(value):
    digits = re.sub(r"\D", "", value)
    return int(digits) if digits else WORD_AGES.get(value.lower(), -1)


def main():
    posts = [json.loads(l) for l in (HERE / "round54.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    slips, notes = [], []
    for p in posts:
        text = p["text"]
        if "[[" in text or "]]" in text or "<<" in text or ">>" in text:
            slips.append(f"{p['id']}: markup left")
        for s in p["identifiers"]:
            v = text[s["start"]:s["end"]]
            if v != v.strip() or v.lower().startswith("the "):
                slips.append(f"{p['id']}: edge {v!r}")
            if s["type"] == "PHONE" and not re.search(r"555[- ]01\d\d$", v):
                slips.append(f"{p['id']}: phone {v}")
            if s["type"] == "AGE" and age_value(v) < 90:
                slips.append(f"{p['id']}: age {v}")
            at = text.find(v)
            while len(v) >= 3 and at >= 0:
                if not any(o["start"] <= at and at + len(v) <= o["end"] for o in p["identifiers"]):
                    slips.append(f"{p['id']}: {v!r} found again unlabelled")
                at = text.find(v, at + 1)
        for t in p["clinicalTerms"]:
            if t not in text:
                slips.append(f"{p['id']}: term {t!r} missing")
        masked = list(text)
        for s in p["identifiers"]:
            masked[s["start"]:s["end"]] = ["#"] * (s["end"] - s["start"])
        for m in re.finditer(r"(?<![\d.])(9\d|1[01]\d)(?![\d])", "".join(masked)):
            notes.append(f"{p['id']}: {text[max(0, m.start() - 25):m.end() + 10]!r}")
    ids = [p["id"] for p in posts]
    if len(ids) != len(set(ids)):
        slips.append("post id twice")
    spans = [s for p in posts for s in p["identifiers"]]
    print(f"posts {len(posts)} (hand {sum(i.startswith('r54-hand') for i in ids)}), identifiers {len(spans)}, "
          f"terms {sum(len(p['clinicalTerms']) for p in posts)}, identifier-free {sum(not p['identifiers'] for p in posts)}")
    print("types", dict(Counter(s["type"] for s in spans).most_common()))
    if "--notes" in sys.argv:
        print("\n".join(notes))
    print("\n".join(slips) or "no slips")
    sys.exit(1 if slips else 0)


if __name__ == "__main__":
    main()
