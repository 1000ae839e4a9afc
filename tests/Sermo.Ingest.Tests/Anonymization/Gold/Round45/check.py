"""Label checks for round 45 (decision 285): fails on duplicate posts, markup left in a text, spaces, "the" or titles
at a span's edge, and prints labelled values found unlabelled in their own post and numbers 90-119 outside spans."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLES = ("Dr", "Dr.", "Mr", "Mrs", "Ms", "Judge", "the", "The", "Capt", "Officer")


def main():
    posts = [json.loads(l) for l in (HERE / "round45.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    errors, notes, seen = [], [], {}
    for p in posts:
        t = p["text"]
        if t in seen:
            errors.append(f"{p['id']}: same text as {seen[t]}")
        seen[t] = p["id"]
        if "[[" in t or "]]" in t or "<<" in t or ">>" in t:
            errors.append(f"{p['id']}: markup left in text")
        for s in p["identifiers"]:
            v = t[s["start"]:s["end"]]
            if v != v.strip() or v.split(" ")[0] in TITLES:
                errors.append(f"{p['id']}: span edge {v!r}")
            if len(v) >= 3 and re.search(r"[A-Za-z]", v):
                for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", t):
                    if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in p["identifiers"]):
                        notes.append(f"{p['id']}: {v!r} also unlabelled")
        for m in re.finditer(r"(?<![\w.])(9\d|1[01]\d)(?![\w.])", t):
            if not any(o["start"] <= m.start() < o["end"] for o in p["identifiers"]):
                notes.append(f"{p['id']}: number {m.group()} outside spans: ...{t[max(0, m.start() - 25):m.end() + 10]!r}")
    ids = sum(len(p["identifiers"]) for p in posts)
    clean = sum(1 for p in posts if not p["identifiers"])
    terms = sum(len(p["clinicalTerms"]) for p in posts)
    kinds = {}
    for p in posts:
        for s in p["identifiers"]:
            kinds[s["type"]] = kinds.get(s["type"], 0) + 1
    print(f"{len(posts)} posts, {ids} identifiers, {terms} terms, {clean} identifier-free; {kinds}")
    for n in notes if "--notes" in sys.argv else []:
        print("note", n)
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
