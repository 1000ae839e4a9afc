"""Round 51's own checks (decision 344), written anew: python3 check.py [--notes].

Fails on duplicate posts, markup left in a text, spans with a space, "the" or a title at an edge, a clinical term
touching a span, or a labelled value found again unlabelled in its post. --notes prints numbers 90-119 outside spans
(each should be a dose, lab, vital sign, weight or count) and the counts by type.
"""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldmarkup  # noqa: E402

TITLES = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "the", "coach", "skipper", "nurse"}


def problems(posts):
    seen = set()
    for post in posts:
        text, spans, pid = post["text"], post["identifiers"], post["id"]
        if text in seen:
            yield f"{pid}: duplicate text"
        seen.add(text)
        if any(mark in text for mark in ("[[", "]]", "<<", ">>")):
            yield f"{pid}: markup left in the text"
        if goldmarkup.term_touches_identifier(post):
            yield f"{pid}: a clinical term touches an identifier"
        for span in spans:
            value = text[span["start"]:span["end"]]
            if value != value.strip():
                yield f"{pid}: space at a span edge: {value!r}"
            if value.split()[0].lower() in TITLES:
                yield f"{pid}: a title or 'the' inside a span: {value!r}"
            if len(value) >= 3:
                for hit in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text, re.IGNORECASE):
                    if not any(s["start"] <= hit.start() and hit.end() <= s["end"] for s in spans):
                        yield f"{pid}: {value!r} also unlabelled at {hit.start()}"
        for term in post["clinicalTerms"]:
            if term not in text:
                yield f"{pid}: term {term!r} not in its text"


def notes(posts):
    types = collections.Counter(span["type"] for post in posts for span in post["identifiers"])
    clean = sum(1 for post in posts if not post["identifiers"])
    terms = sum(len(post["clinicalTerms"]) for post in posts)
    print(f"{len(posts)} posts, {sum(types.values())} identifiers, {terms} terms, {clean} identifier-free; {dict(types)}")
    for post in posts:
        for hit in re.finditer(r"(?<![\w.])(9\d|1[01]\d)(?![\w])", post["text"]):
            if not any(s["start"] <= hit.start() < s["end"] for s in post["identifiers"]):
                print(f"  {post['id']}: ...{post['text'][max(0, hit.start() - 30):hit.end() + 12]}...")


if __name__ == "__main__":
    with open(HERE / "round51.jsonl", encoding="utf-8") as lines:
        posts = [json.loads(line) for line in lines if line.strip()]
    found = list(problems(posts))
    print("\n".join(found) or "check.py: no problem found")
    if "--notes" in sys.argv:
        notes(posts)
    sys.exit(1 if found else 0)
