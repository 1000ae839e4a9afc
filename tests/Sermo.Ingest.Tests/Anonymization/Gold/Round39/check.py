"""Label checks for round 39 (decision 239), run after each change: spans with edge spaces or punctuation, titles or
"#" inside spans, an initial's period inside, numbers 90-119 outside spans (doses, labs and vitals are meant to stay;
the count is printed for the re-read), and each post's id with what it flags. Prints only this set's posts."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLES = {"Pastor", "Father", "Imam", "imam", "Rabbi", "Sister", "Bishop", "Deacon", "Elder", "Reverend", "Brother",
          "Cantor", "Mother", "Dr", "Dr.", "Mrs", "Mr", "coach", "Coach", "pastor", "bishop"}


def flags(post):
    text, out = post["text"], []
    for span in post["identifiers"]:
        value = text[span["start"]:span["end"]]
        if value != value.strip() or value[-1] in ".,;:?!)" and not value.endswith(("St.", "Ave.")):
            out.append(f"edge {span['type']} {value!r}")
        if value.split()[0] in TITLES:
            out.append(f"title inside {value!r}")
        if "#" in value and span["type"] == "ID":
            out.append(f"# inside {value!r}")
        if span["type"] == "NAME" and " " in value:
            out.append(f"two words in one NAME {value!r}")
    covered = set()
    for span in post["identifiers"]:
        covered.update(range(span["start"], span["end"]))
    for m in re.finditer(r"\b(9\d|1[01]\d)\b", text):
        if m.start() not in covered:
            out.append(f"number {m.group()} outside")
    return out


if __name__ == "__main__":
    posts = [json.loads(l) for l in (HERE / "round39.jsonl").read_text(encoding="utf-8").splitlines()]
    numbers = 0
    for post in posts:
        found = flags(post)
        numbers += sum(1 for f in found if f.startswith("number"))
        other = [f for f in found if not f.startswith("number")]
        if other:
            print(post["id"], other)
    print("numbers 90-119 outside spans:", numbers, file=sys.stderr)
