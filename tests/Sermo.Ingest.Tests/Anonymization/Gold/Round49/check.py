"""Round 49's label check, written anew (decision 323): duplicate posts, markup left in a text, spaces, titles or
"the" at a span's edge, a labelled value unlabelled elsewhere in its post, a "#" or "'s" inside a span. `--notes`
lists numbers 90-119 outside spans and the type mix."""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLES = ("Dr", "Dr.", "Mr.", "Ms.", "Mrs.", "the", "The", "#")


def main():
    posts = [json.loads(l) for l in (HERE / "round49.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    problems = []
    seen = {}
    for post in posts:
        text, spans = post["text"], post["identifiers"]
        if text in seen:
            problems.append(f"{post['id']}: same text as {seen[text]}")
        seen[text] = post["id"]
        if "[[" in text or "]]" in text or "<<" in text or ">>" in text:
            problems.append(f"{post['id']}: markup left in the text")
        for span in spans:
            value = text[span["start"]:span["end"]]
            if value != value.strip():
                problems.append(f"{post['id']}: space at the edge of {value!r}")
            if value.split()[0] in TITLES or value.endswith("'s") and span["type"] == "NAME" or "#" in value:
                problems.append(f"{post['id']}: title, 'the', '#' or \"'s\" in {value!r}")
            if sum(c.isalpha() for c in value) >= 3:
                for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
                    if not any(s["start"] <= m.start() and m.end() <= s["end"] for s in spans):
                        problems.append(f"{post['id']}: {value!r} labelled once, unlabelled at {m.start()}")
    for p in problems:
        print(p)
    print(f"{len(posts)} posts, {sum(len(p['identifiers']) for p in posts)} identifiers, "
          f"{sum(len(p['clinicalTerms']) for p in posts)} terms, {sum(1 for p in posts if not p['identifiers'])} "
          f"identifier-free; {len(problems)} problems")
    if "--notes" in sys.argv:
        mix = collections.Counter(s["type"] for p in posts for s in p["identifiers"])
        print("mix:", dict(mix.most_common()))
        for post in posts:
            for m in re.finditer(r"(?<![\w.])(9\d|1[01]\d)(?![\w])", post["text"]):
                if not any(s["start"] <= m.start() < s["end"] for s in post["identifiers"]):
                    print(f"note {post['id']}: {post['text'][max(0, m.start() - 25):m.end() + 10]!r}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
