"""Label checks for round47.jsonl (decision 302), written anew: duplicate posts, markup left in a text, spaces,
titles, ranks, "the" or kin words at a span's edge, and a labelled value found unlabelled elsewhere in its post.
`--notes` also lists numbers 90-119 outside spans (they should be doses, labs, vitals or counts, not ages)."""
import json
import re
import sys
from pathlib import Path

from generate import unlabelled_repeat

EDGE_WORDS = {"the", "dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "judge", "capt", "supt", "baby", "mom", "dad"}


def problems(post, seen):
    found = []
    text = post["text"]
    if text in seen:
        found.append("duplicate text")
    if any(mark in text for mark in ("[[", "]]", "<<", ">>")):
        found.append("markup left in the text")
    for span in post["identifiers"]:
        value = text[span["start"]:span["end"]]
        if value != value.strip():
            found.append(f"space at the edge of {value!r}")
        words = value.lower().split()
        if words and words[0] in EDGE_WORDS:
            found.append(f"title or article inside {value!r}")
    if unlabelled_repeat(post):
        found.append("a labelled value stands unlabelled elsewhere in the post")
    return found


def notes(post):
    text = post["text"]
    covered = set()
    for span in post["identifiers"]:
        covered.update(range(span["start"], span["end"]))
    for match in re.finditer(r"(?<![\d.])(9\d|1[01]\d)(?![\d])", text):
        if match.start() not in covered:
            yield text[max(0, match.start() - 25):match.end() + 10].replace("\n", " ")


def main():
    posts = [json.loads(line) for line in (Path(__file__).parent / "round47.jsonl").read_text(encoding="utf-8").splitlines()]
    seen, failed = set(), 0
    for post in posts:
        for problem in problems(post, seen):
            print(f"{post['id']}: {problem}")
            failed += 1
        seen.add(post["text"])
        if "--notes" in sys.argv:
            for note in notes(post):
                print(f"  note {post['id']}: ...{note}...")
    ids = sum(len(p["identifiers"]) for p in posts)
    print(f"{len(posts)} posts, {ids} identifiers, {sum(len(p['clinicalTerms']) for p in posts)} terms, "
          f"{sum(1 for p in posts if not p['identifiers'])} identifier-free; {failed} problems")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
