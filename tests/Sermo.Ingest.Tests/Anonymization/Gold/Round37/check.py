"""Round 37's label check (decision 222): prints this set's own posts that may hold a slip, for re-reading by hand:
markup leftovers, titles or "the" inside a span, a labelled value that also stands unlabelled in its post, and
unlabelled numbers 90-119 (ages must be labelled; the rest should be doses, labs or scores)."""
import json
import re
from pathlib import Path

TITLES = ("dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "rev", "rev.", "sgt", "sgt.", "capt", "capt.", "the", "pastor")


def findings(post):
    text, spans = post["text"], post["identifiers"]
    found = []
    if re.search(r"\[\[|\]\]|<<|>>", text):
        found.append("markup leftover")
    for s in spans:
        value = text[s["start"]:s["end"]]
        if value.split(" ")[0].lower() in TITLES or value != value.strip():
            found.append(f"title, 'the' or space in span: {value!r}")
        at = text.find(value)
        while at >= 0:
            inside = any(o["start"] <= at and at + len(value) <= o["end"] for o in spans)
            word_edge = (at == 0 or not text[at - 1].isalnum()) and (at + len(value) >= len(text) or not text[at + len(value)].isalnum())
            if not inside and word_edge and len(value) > 2:
                found.append(f"unlabelled elsewhere: {value!r}")
                break
            at = text.find(value, at + 1)
    for m in re.finditer(r"(?<![\d.,])(9\d|1[01]\d)(?![\d.,])", text):
        if not any(s["start"] <= m.start() < s["end"] for s in spans):
            found.append(f"unlabelled {m.group()}")
    return found


if __name__ == "__main__":
    for line in (Path(__file__).resolve().parent / "round37.jsonl").read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        for finding in findings(post):
            print(post["id"], finding)
