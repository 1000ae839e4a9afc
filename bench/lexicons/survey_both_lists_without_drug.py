"""Decision 391: how the readable gold sets label concepts in both the disease and adverse-event lists, with and
without a drug in the sentence or post. Skips the sets named in GOLD_UNSEEN (round numbers)."""
import json, os, re, sys, collections, glob

SURFACES = re.compile(r"^(hyperkalemia|hyponatremia|aki|acute kidney injury|conjunctivitis|c\.? ?diff(icile)?|thrush|hypomagnesemia)$", re.I)
DRUG_TYPES = {"drug", "brand", "drug-class", "regimen"}

def sentence_span(text, pos):
    starts = [m.end() for m in re.finditer(r"[.!?]\s", text[:pos])]
    start = starts[-1] if starts else 0
    m = re.search(r"[.!?](\s|$)", text[pos:])
    return start, pos + (m.start() if m else len(text) - pos)

def readable_gold_posts():
    """Every post of the jsonl gold sets but the long-rNN sets GOLD_UNSEEN names (they are never opened)."""
    unseen = {n.strip() for n in os.environ.get("GOLD_UNSEEN", "").split(",") if n.strip()}
    for path in sorted(glob.glob("tests/Sermo.Analytics.Tests/Tagging/Gold/*/*.jsonl")):
        if any(os.path.basename(os.path.dirname(path)) == f"long-r{u}" for u in unseen):
            continue
        for line in open(path, encoding="utf-8"):
            yield json.loads(line)


def main():
    counts = collections.Counter()
    for post in readable_gold_posts():
        ents = post["entities"]
        drugs = [e for e in ents if e["type"] in DRUG_TYPES]
        for e in ents:
            if not SURFACES.match(e["text"].strip()) or e["type"] not in ("disease", "adverse-event"):
                continue
            s, t = sentence_span(post["text"], e["start"])
            where = "sentence" if any(s <= d["start"] < t for d in drugs) else ("post" if drugs else "none")
            counts[(e["text"].lower(), e["type"], where)] += 1
    for key in sorted(counts):
        print(*key, counts[key], sep="\t")


if __name__ == "__main__":
    main()
