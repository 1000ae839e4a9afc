"""Checks of round53.jsonl (decision 371), written anew for this round. Prints the counts; exits 1 on a problem.
`--notes` also lists every number 90-119 outside the spans with its context (labs, vitals and doses, to be read).
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Capt.", "Chief", "Sister", "the ", "The ")
WORD_AGES = {"ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six",
             "ninety-seven", "ninety-eight", "ninety-nine", "one hundred and one"}
PHONE = re.compile(r"^(\(\d{3}\) )?555-01\d\d$")


def problems(post):
    text, found = post["text"], []
    for mark in ("[[", "]]", "<<", ">>"):
        if mark in text:
            found.append(f"markup left: {mark}")
    for span in post["identifiers"]:
        value = text[span["start"]:span["end"]]
        if value != value.strip() or not value:
            found.append(f"space at a span edge: {value!r}")
        if value.startswith(TITLES):
            found.append(f"title or article inside a span: {value!r}")
        if span["type"] == "PHONE" and not PHONE.match(value):
            found.append(f"phone outside 555-01xx: {value}")
        if span["type"] == "AGE" and not (value in WORD_AGES or (value.isdigit() and int(value) >= 90)):
            found.append(f"age label under 90: {value}")
        for m in re.finditer(re.escape(value), text):
            inside = any(s["start"] <= m.start() and m.end() <= s["end"] for s in post["identifiers"])
            edge_ok = (m.start() == 0 or not text[m.start() - 1].isalnum()) and (m.end() == len(text) or not text[m.end()].isalnum())
            if not inside and edge_ok and len(value) > 1:
                found.append(f"labelled value unlabelled elsewhere: {value!r}")
    for term in post["clinicalTerms"]:
        if term not in text:
            found.append(f"term missing: {term}")
    return found


def main():
    posts = [json.loads(l) for l in (HERE / "round53.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    bad = 0
    for post in posts:
        for problem in problems(post):
            bad += 1
            print(f"{post['id']}: {problem}")
    types = Counter(s["type"] for p in posts for s in p["identifiers"])
    hand = [p for p in posts if p["id"].startswith("r53-hand-")]
    print(f"posts {len(posts)} (hand {len(hand)}), identifiers {sum(types.values())}, terms "
          f"{sum(len(p['clinicalTerms']) for p in posts)}, identifier-free {sum(1 for p in posts if not p['identifiers'])}"
          f" (hand {sum(1 for p in hand if not p['identifiers'])}); " + ", ".join(f"{k} {v}" for k, v in types.most_common()))
    if "--notes" in sys.argv:
        for post in posts:
            for m in re.finditer(r"(?<![\d.])(9\d|1[01]\d)(?![\d])", post["text"]):
                if not any(s["start"] <= m.start() < s["end"] for s in post["identifiers"]):
                    print(f"  {post['id']}: ...{post['text'][max(0, m.start() - 30):m.end() + 12]!r}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
