"""Label checks on round34.jsonl before the re-read (decision 210): markup leftovers, titles or "the" inside spans,
spaces at span edges, a labelled value unlabelled elsewhere in its post, unlabelled numbers 90-119. Prints post ids."""
import json
import re
from pathlib import Path

TITLES = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "the", "judge", "father", "rev.", "sister", "pastor", "imam", "rabbi", "coach", "officer"}
posts = [json.loads(line) for line in (Path(__file__).resolve().parent / "round34.jsonl").open(encoding="utf-8")]
for post in posts:
    text, spans = post["text"], post["identifiers"]
    if re.search(r"\[\[|\]\]|<<|>>", text):
        print(post["id"], "markup leftover")
    for span in spans:
        value = text[span["start"]:span["end"]]
        if value != value.strip():
            print(post["id"], "space at a span edge:", repr(value))
        if value.split(" ")[0].lower() in TITLES:
            print(post["id"], "title or 'the' inside:", value)
        if len(value) >= 3:
            for m in re.finditer(re.escape(value), text):
                if not any(s["start"] <= m.start() < s["end"] for s in spans) and re.match(r"\b", text[m.start():]) and \
                        (m.end() == len(text) or not text[m.end()].isalnum()) and (m.start() == 0 or not text[m.start() - 1].isalnum()):
                    print(post["id"], "labelled elsewhere but not here:", value)
    for m in re.finditer(r"(?<![\d.,])\b(9\d|1[01]\d)\b(?![\d.,]\d)", text):
        if not any(s["start"] <= m.start() < s["end"] for s in spans):
            print(post["id"], "unlabelled 90-119:", text[max(0, m.start() - 15):m.end() + 10].replace("\n", " "))
