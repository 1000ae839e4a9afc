"""Label checks for round41.jsonl (decision 254): markup leftovers, titles, "the", spaces or periods at a span's edge,
a labelled value unlabelled elsewhere in its post, and numbers 90-119 outside spans (to be read: doses, labs, vitals)."""
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLES = re.compile(r"^(Dr|Mr|Mrs|Ms|Pastor|Chaplain|Nurse|Judge|Sister|Brother)\b\.?", re.IGNORECASE)
NINETIES = re.compile(r"(?<![\w.:/-])(9\d|10\d|11\d)(?![\d:/-])")  # "92yo" too: a joined age


def outside(text, spans):
    keep = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            keep[i] = " "
    return "".join(keep)


def main():
    posts = [json.loads(l) for l in (HERE / "round41.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds, flags = Counter(), []
    for p in posts:
        text, spans = p["text"], p["identifiers"]
        if any(m in text for m in ("[[", "]]", "<<", ">>")):
            flags.append((p["id"], "markup left in text"))
        rest = outside(text, spans)
        for s in spans:
            value = text[s["start"]:s["end"]]
            kinds[s["type"]] += 1
            if value != value.strip() or value.endswith(".") or value.lower().startswith("the ") or TITLES.match(value):
                flags.append((p["id"], f"edge: {s['type']} {value!r}"))
            if s["type"] == "NAME" and len(value) > 2 and re.search(rf"\b{re.escape(value)}\b", rest):
                flags.append((p["id"], f"unlabelled again: {value!r}"))
            if s["type"] not in ("NAME", "LOCATION", "ID", "DATE", "PHONE", "AGE", "EMAIL", "URL"):
                flags.append((p["id"], f"unknown type {s['type']}"))
        if spans:
            for m in NINETIES.finditer(rest):
                flags.append((p["id"], f"number {m.group(1)} outside spans"))
    for post_id, why in flags:
        print(post_id, why)
    clean = sum(1 for p in posts if not p["identifiers"])
    terms = sum(len(p["clinicalTerms"]) for p in posts)
    print(f"{len(posts)} posts, {sum(kinds.values())} identifiers, {terms} terms, {clean} identifier-free; {dict(kinds)}")


if __name__ == "__main__":
    main()
