"""Label checks for round42.jsonl (decision 261), written anew: markup left in a text, spaces, "the" or titles inside a
span, a labelled value left unlabelled elsewhere in its post, unlabelled numbers 90-119 (doses, labs and vitals are
expected; anything else is a slip), unknown types. `--caps` also lists capitalized words outside spans."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = {"NAME", "LOCATION", "ID", "DATE", "PHONE", "AGE", "EMAIL", "URL"}
TITLES = re.compile(r"^(Dr|Mr|Mrs|Ms|Sgt|SSG|Officer|Warden|Capt|Lt|Nurse|Chief|Hon)\.?(\s|$)")
NUMBER_90_119 = re.compile(r"(?<![\d.])(9\d|1[01]\d)(?![\d])")


def outside(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = " "
    return "".join(chars)


def flags(post):
    text, spans = post["text"], post["identifiers"]
    found = []
    if re.search(r"\[\[|\]\]|<<|>>", text):
        found.append("markup left in text")
    free = outside(text, spans)
    for s in spans:
        value = text[s["start"]:s["end"]]
        if s["type"] not in TYPES:
            found.append(f"unknown type {s['type']}")
        if value != value.strip():
            found.append(f"space at a span's edge: {value!r}")
        if value.lower().startswith("the ") or TITLES.match(value):
            found.append(f"'the' or a title inside: {value!r}")
        if s["type"] in ("NAME", "LOCATION") and len(value) > 3 and re.search(rf"\b{re.escape(value)}\b", free):
            found.append(f"{value!r} labelled once and unlabelled elsewhere")
    for m in NUMBER_90_119.finditer(free):
        found.append(f"unlabelled {m.group()}")
    return found


def main():
    posts = [json.loads(l) for l in (Path(__file__).parent / "round42.jsonl").open(encoding="utf-8")]
    count = 0
    for post in posts:
        for flag in flags(post):
            count += 1
            print(post["id"], flag)
    if "--caps" in sys.argv:
        caps = Counter()
        for post in (p for p in posts if p["identifiers"]):
            caps.update(re.findall(r"\b[A-Z][a-z]+\b", outside(post["text"], post["identifiers"])))
        print(" ".join(f"{w}:{n}" for w, n in caps.most_common()))
    kinds = Counter(s["type"] for p in posts for s in p["identifiers"])
    print(f"{len(posts)} posts, {sum(kinds.values())} identifiers, {sum(1 for p in posts if not p['identifiers'])} "
          f"identifier-free, {sum(len(p['clinicalTerms']) for p in posts)} terms; {dict(kinds.most_common())}; {count} flags")


if __name__ == "__main__":
    main()
