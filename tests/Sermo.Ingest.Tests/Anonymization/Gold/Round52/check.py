"""Round 52's checks (decision 356), written anew: markup leftovers, spaces or "the" at span edges, titles inside
spans, terms touching spans, labelled values unlabelled elsewhere in their post, ages under 90 labelled, 555-01xx
phones only. `--notes` also lists numbers 90-119 outside spans (doses, labs, vitals) for a reader to judge.
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import goldmarkup  # noqa: E402

HERE = Path(__file__).resolve().parent
TITLES = {"dr", "dr.", "sister", "brother", "father", "mother", "sr.", "fr.", "mr.", "mrs.", "captain", "the"}


def problems(post):
    text, found = post["text"], []
    if "[[" in text or "]]" in text or "<<" in text or ">>" in text:
        found.append("markup left in text")
    if goldmarkup.term_touches_identifier(post):
        found.append("term touches a span")
    for s in post["identifiers"]:
        value = text[s["start"]:s["end"]]
        if value != value.strip():
            found.append(f"space at span edge: {value!r}")
        if value.split(" ")[0].lower() in TITLES:
            found.append(f"title inside span: {value!r}")
        if s["type"] == "AGE" and re.fullmatch(r"\d+", value) and int(value) < 90:
            found.append(f"age under 90 labelled: {value}")
        if s["type"] == "PHONE" and "555-01" not in value:
            found.append(f"phone outside 555-01xx: {value}")
        if len(value) >= 3:
            low = text.lower()
            at = low.find(value.lower())
            while at >= 0:
                if not any(o["start"] <= at < o["end"] for o in post["identifiers"]):
                    found.append(f"labelled value unlabelled elsewhere: {value!r}")
                    break
                at = low.find(value.lower(), at + 1)
    return found


def notes(post):
    text = post["text"]
    out = []
    for m in re.finditer(r"\b(9\d|1[01]\d)\b", text):
        if not any(s["start"] <= m.start() < s["end"] for s in post["identifiers"]):
            out.append(text[max(0, m.start() - 25):m.end() + 15].replace("\n", " "))
    return out


if __name__ == "__main__":
    posts = [json.loads(l) for l in (HERE / "round52.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    bad = 0
    for post in posts:
        for p in problems(post):
            bad += 1
            print(post["id"], p)
        if "--notes" in sys.argv:
            for n in notes(post):
                print(post["id"], "note:", n)
    ids = sum(len(p["identifiers"]) for p in posts)
    clean = sum(1 for p in posts if not p["identifiers"])
    terms = sum(len(p["clinicalTerms"]) for p in posts)
    print(f"{len(posts)} posts, {ids} identifiers, {terms} terms, {clean} identifier-free; {bad} problems")
    sys.exit(1 if bad else 0)
