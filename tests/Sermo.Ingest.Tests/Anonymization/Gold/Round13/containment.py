"""Word-trigram containment of round13.jsonl in the older gold sets (decision 098). Prints numbers only, never text,
so that running it shows the author nothing of the older sets' posts."""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldmarkup import jsonl_texts, trigrams  # noqa: E402  shared by every round's containment script

GOLD = Path(__file__).resolve().parent.parent


def main():
    ours = jsonl_texts(GOLD / "Round13" / "round13.jsonl")
    mine = set().union(*(trigrams(t) for t in ours))
    older = {}
    for path in sorted(GOLD.rglob("*.jsonl")):
        if path.parent.name == "Round13":
            continue
        name = str(path.relative_to(GOLD))
        older[name] = set().union(*(trigrams(t) for t in jsonl_texts(path)))
    everything = set().union(*older.values())
    print(f"distinct trigrams: {len(mine)}; in any older set: {len(mine & everything)} ({len(mine & everything) / len(mine):.3f})")
    for name, grams in older.items():
        print(f"  {name}: {len(mine & grams) / len(mine):.3f}")
    half = sum(1 for t in ours if trigrams(t) and len(trigrams(t) & everything) * 2 >= len(trigrams(t)))
    print(f"posts with half or more of their trigrams in an older set: {half} of {len(ours)}")


if __name__ == "__main__":
    main()
