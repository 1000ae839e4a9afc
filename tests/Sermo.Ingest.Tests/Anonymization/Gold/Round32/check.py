"""Label checks on round32.jsonl before the re-read (decision 199): markup leftovers, titles, "the" or edge spaces in a
span, a labelled value unlabelled elsewhere in its post, unlabelled numbers 90-119, a span that cuts a word.
Prints post ids and what was flagged; the flagged numbers are read by hand (doses, labs and vitals stay unlabelled)."""
import json
import re
from pathlib import Path

TITLES = ("dr ", "dr. ", "mr ", "mrs ", "ms ", "the ", "pt ", "nurse ", "coach ")


def flags(post):
    text, spans = post["text"], post["identifiers"]
    found = []
    if any(mark in text for mark in ("[[", "]]", "<<", ">>")):
        found.append("markup leftover")
    for span in spans:
        value = text[span["start"]:span["end"]]
        if value != value.strip():
            found.append(f"space in span {value!r}")
        if value.lower().startswith(TITLES):
            found.append(f"title or 'the' in span {value!r}")
        if span["start"] > 0 and text[span["start"] - 1].isalnum() and text[span["start"]].isalnum():
            found.append(f"span starts mid-word {value!r}")
        if len(value) > 2:
            for hit in re.finditer(re.escape(value), text):
                if not any(s["start"] <= hit.start() and hit.end() <= s["end"] for s in spans):
                    found.append(f"unlabelled repeat {value!r}")
    for number in re.finditer(r"(?<![\d.])(9\d|1[01]\d)(?![\d.])", text):
        if not any(s["start"] <= number.start() < s["end"] for s in spans):
            found.append(f"unlabelled number {number.group()} in ...{text[max(0, number.start() - 15):number.end() + 5]}...")
    return found


if __name__ == "__main__":
    posts = [json.loads(line) for line in Path(__file__).with_name("round32.jsonl").read_text(encoding="utf-8").splitlines()]
    for post in posts:
        for flag in flags(post):
            print(post["id"], flag)
