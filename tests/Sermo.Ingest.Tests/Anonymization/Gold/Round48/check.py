"""Label checks for round48.jsonl, written anew for round 48 (decision 313). Fails on duplicate posts, markup left in a
text, spaces, titles or "the" at a span's edge, and a labelled value unlabelled elsewhere in its post. `--notes` lists
numbers 90-119 outside spans (doses, labs and vitals should be the only ones) and prints the type mix."""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import leaks  # noqa: E402

TITLES = ("Dr", "Mr", "Ms", "Mrs", "the ", "The ", "Coach", "Capt", "RN ", "AT ")


def main():
    posts = [json.loads(l) for l in (HERE / "round48.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    problems = []
    texts = collections.Counter(p["text"] for p in posts)
    problems += [f"duplicate text: {t[:60]}" for t, n in texts.items() if n > 1]
    for p in posts:
        t = p["text"]
        if "[[" in t or "]]" in t or "<<" in t or ">>" in t:
            problems.append(f"{p['id']}: markup left")
        for s in p["identifiers"]:
            v = t[s["start"]:s["end"]]
            if v != v.strip() or v.startswith(TITLES):
                problems.append(f"{p['id']}: span edge {v!r}")
        if leaks(p):
            problems.append(f"{p['id']}: a labelled value unlabelled elsewhere")
    print("\n".join(problems) or "check: no problems")
    if "--notes" in sys.argv:
        for p in posts:
            for m in re.finditer(r"(?<![\d.])(9\d|1[01]\d)(?![\d])", p["text"]):
                if not any(s["start"] <= m.start() < s["end"] for s in p["identifiers"]):
                    print(f"{p['id']}: {p['text'][max(0, m.start() - 20):m.end() + 10]!r}")
        print(collections.Counter(s["type"] for p in posts for s in p["identifiers"]))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
