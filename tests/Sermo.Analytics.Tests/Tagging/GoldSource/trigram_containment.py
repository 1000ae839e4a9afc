#!/usr/bin/env python3
"""Word-trigram containment of a held-out gold part against older gold texts, numbers only (decisions 055, 064).

Usage: trigram_containment.py NEW.jsonl OLDER.jsonl...
For each post of NEW: the share of its word trigrams found anywhere in the OLDER posts (pooled). Prints the median,
the maximum and how many posts reach 0.10 — never a text, so the older sets stay unread by whoever runs it.
"""
import json
import re
import statistics
import sys


def trigrams(text):
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def main(argv):
    new, older = argv[1], argv[2:]
    pool = set()
    for path in older:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                pool |= trigrams(json.loads(line)["text"])
    shares = []
    for line in open(new, encoding="utf-8"):
        if line.strip():
            grams = trigrams(json.loads(line)["text"])
            shares.append(len(grams & pool) / len(grams) if grams else 0.0)
    print(f"{len(shares)} posts against {len(older)} older files: median {statistics.median(shares):.3f}, "
          f"maximum {max(shares):.3f}, {sum(s >= 0.10 for s in shares)} posts at 0.10 or more")


if __name__ == "__main__":
    main(sys.argv)
