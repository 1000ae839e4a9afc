"""Label checks for round 43 (written anew): markup leftovers, titles, "the" or spaces at a span's edge, prepositions
inside LOCATION spans, labelled values unlabelled elsewhere in their post, unlabelled numbers 90-119, and (--caps)
capitalized words outside spans in posts with identifiers. Prints flags; the author reads them."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLES = ("dr", "dr.", "mr", "mrs", "ms", "nurse", "the", "judge", "coach", "pastor")
PREPOSITIONS = ("in ", "from ", "out by ", "up near ", "at ", "near ")


def flags(post):
    text, found = post["text"], []
    if "[[" in text or "]]" in text or "<<" in text or ">>" in text:
        found.append("markup left in text")
    covered = [False] * len(text)
    for span in post["identifiers"]:
        value = text[span["start"]:span["end"]]
        for i in range(span["start"], span["end"]):
            covered[i] = True
        if value != value.strip():
            found.append(f"space at edge: {value!r}")
        if value.lower().split(" ")[0] in TITLES and " " in value:
            found.append(f"title or 'the' inside: {value!r}")
        if span["type"] == "LOCATION" and value.lower().startswith(PREPOSITIONS):
            found.append(f"preposition inside: {value!r}")
    outside = "".join(" " if covered[i] else c for i, c in enumerate(text))
    for span in post["identifiers"]:
        value = text[span["start"]:span["end"]]
        if len(value) >= 3 and re.search(r"\b" + re.escape(value) + r"\b", outside, re.IGNORECASE):
            found.append(f"{span['type']} {value!r} also unlabelled")
    for m in re.finditer(r"\b(9\d|1[01]\d)\b", outside):
        found.append(f"number {m.group(0)} outside spans: ...{outside[max(0, m.start() - 20):m.end() + 10]!r}")
    return found, outside


def main():
    posts = [json.loads(l) for l in (HERE / "round43.jsonl").read_text(encoding="utf-8").splitlines()]
    caps = Counter()
    for post in posts:
        found, outside = flags(post)
        for f in found:
            print(post["id"], f)
        if post["identifiers"]:
            caps.update(w for w in re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\b", outside))
    if "--caps" in sys.argv:
        print(", ".join(f"{w} {n}" for w, n in caps.most_common()))
    kinds = Counter(s["type"] for p in posts for s in p["identifiers"])
    print(len(posts), "posts;", dict(kinds))


if __name__ == "__main__":
    main()
