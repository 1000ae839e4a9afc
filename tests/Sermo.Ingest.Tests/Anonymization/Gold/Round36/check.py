"""Round 36's label check (decision 220): prints, for this set's own posts only, what a re-reader should look at:
markup left in a text, titles or "the" or edge spaces inside a span, a labelled value that appears unlabelled elsewhere
in its post, and unlabelled numbers 90-119 (ages over 89 must be labelled; labs and doses may stay)."""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLES = {"dr", "mr", "mrs", "ms", "sgt", "sister", "grandpa", "the", "officer", "trooper", "nurse"}
NUMBER = re.compile(r"\b(9\d|1[01]\d)\b")


def findings(post):
    text, spans = post["text"], post["identifiers"]
    if "[[" in text or "]]" in text or "<<" in text or ">>" in text:
        yield "markup left in the text"
    for span in spans:
        value = text[span["start"]:span["end"]]
        if value != value.strip():
            yield f"space at a span edge: {value!r}"
        if value.lower().rstrip(".") in TITLES or value.lower().startswith("the "):
            yield f"title or 'the' inside a span: {value!r}"
        for at in (m.start() for m in re.finditer(re.escape(value), text)):
            if len(value) > 2 and not any(s["start"] <= at < s["end"] for s in spans):
                yield f"labelled {value!r} unlabelled at {at}"
    for match in NUMBER.finditer(text):
        if not any(s["start"] <= match.start() < s["end"] for s in spans):
            yield f"unlabelled number {match.group()} in: {text[max(0, match.start() - 25):match.end() + 10]!r}"


if __name__ == "__main__":
    for line in (HERE / "round36.jsonl").read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        for finding in findings(post):
            print(post["id"], finding)
