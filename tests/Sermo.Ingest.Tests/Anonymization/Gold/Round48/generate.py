"""Builds round48.jsonl (decision 313): the hand-written posts (hand-written.txt, ids r48-hand-NNN) and 100 generated
ones (42 identifier templates and 8 identifier-free templates, each drawn twice, seed 48313, shuffled; ids
r48-gen-NNN). A draw is redrawn (up to 20 times) when a labelled value of three letters or more appears unlabelled in
its post, a clinical term touches an identifier, or its text equals an earlier post's. `--check` rebuilds in memory
and fails if round48.jsonl differs."""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import clean  # noqa: E402
import draws  # noqa: E402
import goldmarkup  # noqa: E402
import templates  # noqa: E402

SEED = 48313
FIELD = re.compile(r"\{(\w+)\}")


def fill_clean(rng, template):
    used = set()

    def pick(match):
        choices = [c for c in clean.FIELDS[match.group(1)] if c not in used]
        choice = rng.choice(choices)
        used.add(choice)
        return choice
    return FIELD.sub(pick, template)


def leaks(post):
    """A labelled value of three letters or more found outside every span of its post."""
    text = post["text"]
    for span in post["identifiers"]:
        value = text[span["start"]:span["end"]]
        if len(value) < 3:
            continue
        for m in re.finditer(re.escape(value), text):
            inside = any(s["start"] <= m.start() and m.end() <= s["end"] for s in post["identifiers"])
            edge_ok = (m.start() == 0 or not text[m.start() - 1].isalnum()) and (m.end() == len(text) or not text[m.end()].isalnum())
            if not inside and edge_ok:
                return True
    return False


def build():
    hand = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r48-hand-")
    rng = random.Random(SEED)
    jobs = [("t", t) for t in templates.TEMPLATES for _ in range(2)] + [("c", t) for t in clean.CLEAN_TEMPLATES for _ in range(2)]
    rng.shuffle(jobs)
    seen = {p["text"] for p in hand}
    generated = []
    for n, (kind, template) in enumerate(jobs):
        for attempt in range(20):
            markup = template.format(**draws.draw(rng)) if kind == "t" else fill_clean(rng, template)
            post = goldmarkup.record(f"r48-gen-{n:03d}", markup.replace("\\n", "\n"))
            if post["text"] in seen or goldmarkup.term_touches_identifier(post) or leaks(post):
                continue
            break
        else:
            raise ValueError(f"r48-gen-{n:03d}: no clean draw in 20")
        seen.add(post["text"])
        generated.append(post)
    return hand + generated


def main():
    lines = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in build())
    out = HERE / "round48.jsonl"
    if "--check" in sys.argv:
        if out.read_text(encoding="utf-8") != lines:
            sys.exit("round48.jsonl differs from a fresh build")
        print("round48.jsonl rebuilds byte for byte")
        return
    out.write_text(lines, encoding="utf-8")
    posts = [json.loads(l) for l in lines.splitlines()]
    print(len(posts), "posts,", sum(len(p["identifiers"]) for p in posts), "identifiers,",
          sum(1 for p in posts if not p["identifiers"]), "identifier-free")


if __name__ == "__main__":
    main()
