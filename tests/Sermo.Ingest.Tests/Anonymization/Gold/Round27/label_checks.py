"""The script check run before round 27's every-fourth-post re-read (decision 173): markup left in a text, a title or
"the" inside a span, a labelled value left unlabelled elsewhere in its post, and numbers 90-119 left unlabelled (an age
over 89 would be one). Prints post ids and the flagged words of this set only."""
import json
import re
from pathlib import Path

TITLES = ("dr", "dr.", "mr", "mr.", "mrs", "ms", "the", "sgt", "spc", "ssg", "lcpl")

posts = [json.loads(line) for line in (Path(__file__).resolve().parent / "round27.jsonl").read_text(encoding="utf-8").splitlines()]
for post in posts:
    text, spans = post["text"], post["identifiers"]
    if any(mark in text for mark in ("[[", "]]", "<<", ">>")):
        print(post["id"], "markup left in text")
    for span in spans:
        value = text[span["start"]:span["end"]]
        if value.split(" ")[0].lower() in TITLES:
            print(post["id"], "title or 'the' inside", repr(value))
        if value != value.strip():
            print(post["id"], "space at a span edge", repr(value))
        for found in re.finditer(re.escape(value), text):
            covered = any(s["start"] <= found.start() and found.end() <= s["end"] for s in spans)
            before = text[found.start() - 1] if found.start() else " "
            after = text[found.end()] if found.end() < len(text) else " "
            if not covered and not before.isalnum() and not after.isalnum():
                print(post["id"], "labelled elsewhere, unlabelled here:", repr(value))
    for found in re.finditer(r"(?<![\d.,/:-])(9\d|1[01]\d)(?![\d.,/:-])", text):
        if not any(s["start"] <= found.start() < s["end"] for s in spans):
            print(post["id"], "unlabelled number", found.group(), "|", text[max(0, found.start() - 25):found.end() + 15].replace("\n", " "))
