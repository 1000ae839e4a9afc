"""Builds round28.jsonl (decision 178): the hand-written posts of hand-written.txt, then the generated ones (seeded;
each template used at most 4 times, shuffled). `--check` rebuilds the file in memory and fails unless it is byte for
byte the stored one."""
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import goldmarkup  # noqa: E402
from clean import CLEAN_TEMPLATES  # noqa: E402
from templates import IDENTIFIER_TEMPLATES  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 28178
USES = 4


def generated_posts(rng):
    draws = [t for t in IDENTIFIER_TEMPLATES + CLEAN_TEMPLATES for _ in range(USES)]
    rng.shuffle(draws)
    posts = []
    for template in draws:
        post_id = f"r28-gen-{len(posts):03d}"
        # Redraw a post whose clinical term touches an identifier (the scorer would count that text twice).
        for _ in range(50):
            post = goldmarkup.record(post_id, template(rng))
            if not goldmarkup.term_touches_identifier(post):
                break
        else:
            raise ValueError(f"{post_id}: {template.__name__} keeps touching an identifier")
        posts.append(post)
    return posts


def build():
    rng = random.Random(SEED)
    posts = goldmarkup.hand_written_records(HERE / "hand-written.txt", "r28-hand-") + generated_posts(rng)
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


if __name__ == "__main__":
    text = build()
    target = HERE / "round28.jsonl"
    if "--check" in sys.argv:
        same = target.read_text(encoding="utf-8") == text
        print("round28.jsonl matches" if same else "round28.jsonl differs")
        sys.exit(0 if same else 1)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} posts")
