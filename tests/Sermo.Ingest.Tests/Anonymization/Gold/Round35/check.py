"""Label checks on round35.jsonl before a re-read (decision 216): markup leftovers, titles or "the" inside spans, spaces
at span edges, a labelled value left unlabelled elsewhere in its post, unlabelled numbers 90-119, ages over 89 unlabelled."""
import json
import re
from pathlib import Path

TITLES = re.compile(r"^(dr|mr|mrs|ms|miss|sister|father|the|nurse|coach|md|jr)\b\.?", re.IGNORECASE)
NUMBER = re.compile(r"(?<![\w.,/:+-])(9\d|1[01]\d)(?![\w/%.]|\.\d)")


def covered(post, start, end):
    return any(s["start"] <= start and end <= s["end"] for s in post["identifiers"])


def main():
    posts = [json.loads(l) for l in (Path(__file__).parent / "round35.jsonl").read_text(encoding="utf-8").splitlines()]
    flags = 0
    for post in posts:
        text = post["text"]
        notes = []
        if any(m in text for m in ("[[", "]]", "<<", ">>")):
            notes.append("markup left in text")
        for span in post["identifiers"]:
            value = text[span["start"]:span["end"]]
            if value != value.strip():
                notes.append(f"space at edge of {value!r}")
            if TITLES.match(value) and span["type"] == "NAME" or value.lower().startswith("the "):
                notes.append(f"title or 'the' in {value!r}")
            if len(value) > 2:
                at = text.find(value)
                while at >= 0:
                    if not covered(post, at, at + len(value)) and not text[at - 1:at].isalpha() and not text[at + len(value):at + len(value) + 1].isalpha():
                        notes.append(f"{value!r} unlabelled at {at}")
                    at = text.find(value, at + 1)
        for m in NUMBER.finditer(text):
            if not covered(post, m.start(), m.end()):
                notes.append(f"unlabelled number {m.group()} in ...{text[max(0, m.start() - 25):m.end() + 10]!r}")
        if notes:
            flags += 1
            print(post["id"], "; ".join(notes))
    print(f"{flags} posts flagged of {len(posts)}")


if __name__ == "__main__":
    main()
