"""Builds round47.jsonl (decision 302): the hand-written posts, then 100 generated ones (42 identifier templates and
8 identifier-free templates, each drawn twice, shuffled; seed 47302). `--check` rebuilds in memory and fails unless
the stored file is byte for byte the same."""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import goldmarkup  # noqa: E402
from clean import CLEAN_TEMPLATES, FIELDS  # noqa: E402
from draws import fresh  # noqa: E402
from templates import TEMPLATES  # noqa: E402

SEED = 47302
MAX_DRAWS = 20
FIELD = re.compile(r"\{(\w+)\}")


def unlabelled_repeat(post):
    """A labelled value of three letters or more that also stands unlabelled in its own post (a draw that collided)."""
    text = post["text"]
    covered = [False] * len(text)
    for span in post["identifiers"]:
        for i in range(span["start"], span["end"]):
            covered[i] = True
    for span in post["identifiers"]:
        value = text[span["start"]:span["end"]]
        if sum(c.isalpha() for c in value) < 3:
            continue
        for match in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text, re.IGNORECASE):
            if not any(covered[match.start():match.end()]):
                return True
    return False


def fill_clean(rng, template):
    return FIELD.sub(lambda m: rng.choice(FIELDS[m.group(1)]), template)


def build_generated(rng, seen):
    jobs = [("id", t) for t in TEMPLATES for _ in range(2)] + [("clean", t) for t in CLEAN_TEMPLATES for _ in range(2)]
    rng.shuffle(jobs)
    posts = []
    for n, (kind, template) in enumerate(jobs):
        post_id = f"r47-gen-{n:03d}"
        for _ in range(MAX_DRAWS):
            markup = template.format(**fresh(rng)) if kind == "id" else fill_clean(rng, template)
            post = goldmarkup.record(post_id, markup.replace("\\n", "\n"))
            if not (goldmarkup.term_touches_identifier(post) or unlabelled_repeat(post) or post["text"] in seen):
                break
        else:
            raise ValueError(f"{post_id}: no clean draw in {MAX_DRAWS}")
        seen.add(post["text"])
        posts.append(post)
    return posts


def build():
    hand = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r47-hand-")
    seen = {p["text"] for p in hand}
    generated = build_generated(random.Random(SEED), seen)
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in hand + generated)


def main():
    out = HERE / "round47.jsonl"
    text = build()
    if "--check" in sys.argv:
        if out.read_text(encoding="utf-8") != text:
            sys.exit("round47.jsonl differs from what generate.py builds")
        print("round47.jsonl rebuilds byte for byte")
        return
    out.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} posts")


if __name__ == "__main__":
    main()
