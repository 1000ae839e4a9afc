"""Round 38's label check (decision 231): prints this set's own posts that need a second look: markup left in a text,
a title or "the" inside a span, a labelled value that also stands unlabelled elsewhere in its post, and numbers 90-119
outside spans (an age over 89 left unlabelled, or a dose or lab, which is fine)."""
import json
import re
from pathlib import Path

TITLES = ("Dr", "Dr.", "Mr.", "Mrs.", "Ms.", "Sgt.", "Lt.", "Capt.", "Officer", "Deputy", "the", "The")


def flags(post):
    text, spans = post["text"], post["identifiers"]
    inside = lambda a, b: any(s["start"] <= a and b <= s["end"] for s in spans)
    if any(mark in text for mark in ("[[", "]]", "<<", ">>")):
        yield "markup left"
    for s in spans:
        value = text[s["start"]:s["end"]]
        if value.split(" ")[0] in TITLES or value != value.strip():
            yield f"title, 'the' or space in span: {value!r}"
        for m in re.finditer(re.escape(value), text):
            if len(value) > 2 and not inside(m.start(), m.end()) and (m.start() == 0 or not text[m.start() - 1].isalnum()) \
                    and (m.end() == len(text) or not text[m.end()].isalnum()):
                yield f"unlabelled elsewhere: {value!r}"
    for m in re.finditer(r"(?<![\d.])(9\d|1[01]\d)(?![\d.])", text):
        if not inside(m.start(), m.end()):
            yield f"number {m.group()} outside spans"


if __name__ == "__main__":
    for line in (Path(__file__).resolve().parent / "round38.jsonl").read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        for flag in flags(post):
            print(post["id"], flag)
