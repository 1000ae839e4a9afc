"""Label checks of round 46's set: fails on duplicate posts, markup left in a text, spaces, titles or "the" at a
span's edge, and a labelled value of three letters or more unlabelled elsewhere in its post; `--notes` lists numbers
90-119 outside spans (doses, labs and vitals should be the only ones) and capitalized words outside spans."""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import unlabelled_repeat  # noqa: E402

TITLES = {"dr", "dr.", "mr", "mrs", "ms", "nurse", "elder", "sister", "brother", "pastor", "father", "the", "sgt", "ssg",
          "sfc", "spc", "pfc", "cpl", "capt", "maj", "cpt", "ltc", "msgt", "tsgt", "lcpl", "rn", "md"}


def problems(post):
    text, out = post["text"], []
    if "[[" in text or "]]" in text or "<<" in text or ">>" in text:
        out.append("markup left in text")
    for s in post["identifiers"]:
        value = text[s["start"]:s["end"]]
        if value != value.strip():
            out.append(f"space at edge of {value!r}")
        words = value.lower().split()
        if words and (words[0] in TITLES or (s["type"] == "NAME" and len(words) > 1)):
            out.append(f"title, 'the' or two words in span {value!r} ({s['type']})")
    if unlabelled_repeat(post):
        out.append("a labelled value stands unlabelled elsewhere")
    return out


def main():
    posts = [json.loads(l) for l in (HERE / "round46.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    bad = 0
    texts = collections.Counter(p["text"] for p in posts)
    for text, n in texts.items():
        if n > 1:
            bad += 1
            print(f"DUPLICATE x{n}: {text[:70]!r}")
    for p in posts:
        for problem in problems(p):
            bad += 1
            print(f"{p['id']}: {problem}")
    kinds = collections.Counter(s["type"] for p in posts for s in p["identifiers"])
    print(f"{len(posts)} posts, {sum(kinds.values())} identifiers, {sum(len(p['clinicalTerms']) for p in posts)} terms, "
          f"{sum(1 for p in posts if not p['identifiers'])} identifier-free; {dict(kinds.most_common())}")
    if "--notes" in sys.argv:
        for p in posts:
            masked = list(p["text"])
            for s in p["identifiers"]:
                masked[s["start"]:s["end"]] = "#" * (s["end"] - s["start"])
            masked = "".join(masked)
            nums = [m.group() for m in re.finditer(r"(?<![\w.#/])(9\d|1[01]\d)(?![\w/])", masked)]
            if nums:
                print(f"{p['id']} numbers 90-119 outside spans: {nums}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
