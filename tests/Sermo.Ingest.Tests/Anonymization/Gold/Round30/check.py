"""Round 30's script check before the every-fourth-post re-read (decision 185): markup leftovers, titles, "the" and
spaces inside spans, labelled values unlabelled elsewhere in their post, unlabelled numbers 90-119."""
import json
import re
from pathlib import Path

TITLES = re.compile(r"^(Dr|Mr|Mrs|Ms|Sgt|Officer|Judge|Coach|the|The)\b")
posts = [json.loads(l) for l in (Path(__file__).resolve().parent / "round30.jsonl").read_text(encoding="utf-8").splitlines()]
for post in posts:
    text, spans = post["text"], post["identifiers"]
    if "[[" in text or "]]" in text or "<<" in text or ">>" in text:
        print(post["id"], "markup leftover")
    covered = set()
    for s in spans:
        value = text[s["start"]:s["end"]]
        covered.update(range(s["start"], s["end"]))
        if TITLES.match(value) or value != value.strip():
            print(post["id"], "title, 'the' or space inside", repr(value))
    for s in spans:
        value = text[s["start"]:s["end"]]
        for m in re.finditer(re.escape(value), text):
            if len(value) > 2 and not any(i in covered for i in range(m.start(), m.end())) and not re.match(r"\w", text[m.end():m.end() + 1] or " ") and not re.match(r"\w", text[m.start() - 1:m.start()] or " "):
                print(post["id"], "labelled elsewhere, not here", repr(value))
    for m in re.finditer(r"(?<![\w.,])(9\d|1[01]\d)(?![\w.,]?\d)", text):
        if m.start() not in covered:
            print(post["id"], "unlabelled number", m.group(), "|", text[max(0, m.start() - 25):m.end() + 15].replace("\n", " "))
print(len(posts), "posts,", sum(len(p["identifiers"]) for p in posts), "identifiers,", sum(1 for p in posts if not p["identifiers"]), "clean")
