#!/usr/bin/env python3
"""Word-trigram containment of a held-out label CSV against older label CSVs, numbers only (decision 079).

Usage: trigram_containment.py NEW.csv OLDER.csv...
For each post of NEW: the share of its word trigrams found anywhere in the OLDER files' texts (pooled), and the
largest share found in any single older text. Prints medians, maxima and counts, never a text, so whoever runs it
does not read the older files' posts.
"""
import csv
import re
import statistics
import sys


def trigrams(text):
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def texts(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [row["text"] for row in csv.DictReader(f)]


def main(argv):
    new, older = argv[1], argv[2:]
    older_grams = [trigrams(t) for path in older for t in texts(path)]
    pool = set().union(*older_grams)
    # index: trigram -> older texts holding it, so the per-text maximum needs no all-pairs pass
    holders = {}
    for i, grams in enumerate(older_grams):
        for g in grams:
            holders.setdefault(g, []).append(i)
    pooled, single = [], []
    for text in texts(new):
        grams = trigrams(text)
        if not grams:
            continue
        pooled.append(len(grams & pool) / len(grams))
        hits = {}
        for g in grams:
            for i in holders.get(g, ()):
                hits[i] = hits.get(i, 0) + 1
        single.append(max(hits.values(), default=0) / len(grams))
    print(f"{len(pooled)} posts against {len(older)} older files ({len(older_grams)} texts): "
          f"pooled median {statistics.median(pooled):.3f}, maximum {max(pooled):.3f}, "
          f"{sum(s >= 0.10 for s in pooled)} posts at 0.10 or more; "
          f"closest single text median {statistics.median(single):.3f}, maximum {max(single):.3f}, "
          f"{sum(s > 0.40 for s in single)} posts above 0.40")


if __name__ == "__main__":
    main(sys.argv)
