"""Round 50's check (decision 334), written anew: fails on duplicate posts, markup left in a text, a span with a space,
a title or "the" at its edge, a clinical term touching a span, or a labelled value found unlabelled elsewhere in its
post; --notes lists numbers 90-119 outside spans and the type mix, for a reader to judge."""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

TITLES = ("Dr", "Dr.", "Mr.", "Mrs.", "Ms.", "the", "The")


def problems(posts):
    seen = set()
    for post in posts:
        text = post["text"]
        if text in seen:
            yield post["id"], "duplicate text"
        seen.add(text)
        if "[[" in text or "]]" in text or "<<" in text or ">>" in text:
            yield post["id"], "markup left in the text"
        if goldmarkup.term_touches_identifier(post):
            yield post["id"], "a clinical term touches a span"
        for s in post["identifiers"]:
            value = text[s["start"]:s["end"]]
            if value != value.strip():
                yield post["id"], f"space at the edge of {value!r}"
            if value.split(" ")[0] in TITLES:
                yield post["id"], f"title or 'the' inside {value!r}"
            if len(value) >= 3:
                for m in re.finditer(re.escape(value), text):
                    if not any(o["start"] <= m.start() < o["end"] for o in post["identifiers"]):
                        yield post["id"], f"{value!r} also unlabelled at {m.start()}"


def notes(posts):
    kinds = collections.Counter(s["type"] for p in posts for s in p["identifiers"])
    print("types:", dict(kinds))
    for post in posts:
        for m in re.finditer(r"\b(9\d|1[01]\d)\b", post["text"]):
            if not any(s["start"] <= m.start() < s["end"] for s in post["identifiers"]):
                print(post["id"], "number outside spans:", post["text"][max(0, m.start() - 30):m.end() + 20].replace("\n", " "))


if __name__ == "__main__":
    posts = [json.loads(l) for l in (HERE / "round50.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    found = list(problems(posts))
    for post_id, what in found:
        print(post_id, what)
    ids = sum(len(p["identifiers"]) for p in posts)
    clean = sum(1 for p in posts if not p["identifiers"])
    terms = sum(len(p["clinicalTerms"]) for p in posts)
    print(f"{len(posts)} posts, {ids} identifiers, {terms} clinical terms, {clean} identifier-free")
    if "--notes" in sys.argv:
        notes(posts)
    sys.exit(1 if found else 0)
