#!/usr/bin/env python3
"""Makes the shared folds for compare.sh: UCI sentences → uci.csv, uci.jsonl, and per fold the same split in
Sermo CSV, fastText and LIBLINEAR formats (stratified, seeded; all three tools see identical sentences).
Each npm fixture ends with an empty item without a class: the folds are drawn with those three items in place (so
every sentence keeps the fold it had when they were counted as negatives, up to round 8) and then left out of every
file, because Sermo's label CSV reader refuses an empty text."""
import csv, json, os, random, re, sys
from collections import Counter

fixtures, out, folds = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = []
usable = []
for name in ("amazon", "imdb", "yelp"):
    for r in json.load(open(os.path.join(fixtures, name + ".json"), encoding="utf-8")):
        usable.append(r["class"] in (0, 1) and bool(r["text"].strip()))
        rows.append(("positive" if r["class"] == 1 else "negative", r["text"].strip()))
os.makedirs(out, exist_ok=True)

def write_csv(path, data):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(["label", "text"]); w.writerows(data)

sentences = [r for r, ok in zip(rows, usable) if ok]
write_csv(os.path.join(out, "uci.csv"), sentences)
with open(os.path.join(out, "uci.jsonl"), "w", encoding="utf-8") as fh:
    for label, text in sentences:
        fh.write(json.dumps({"label": label, "text": text}) + "\n")

rng = random.Random(1)
fold_of = [0] * len(rows)
next_fold = 0
for label in sorted({l for l, _ in rows}):
    members = [i for i, (l, _) in enumerate(rows) if l == label]
    rng.shuffle(members)
    for i in members:
        fold_of[i] = next_fold % folds; next_fold += 1

TOKEN = re.compile(r"[a-z0-9']+|[!?.,;:]")
def tokens(text): return TOKEN.findall(text.lower())

def grams(text):
    t = tokens(text)
    return t + [a + " " + b for a, b in zip(t, t[1:])]

for f in range(folds):
    train = [rows[i] for i in range(len(rows)) if fold_of[i] != f and usable[i]]
    test = [rows[i] for i in range(len(rows)) if fold_of[i] == f and usable[i]]
    write_csv(os.path.join(out, f"fold{f}.train.csv"), train)
    write_csv(os.path.join(out, f"fold{f}.test.csv"), test)
    for part, data in (("train", train), ("test", test)):
        with open(os.path.join(out, f"fold{f}.{part}.ft"), "w", encoding="utf-8") as fh:
            for label, text in data:
                fh.write(f"__label__{label} {' '.join(tokens(text))}\n")
    # LIBLINEAR: binary unigram+bigram features from the training fold's vocabulary, L2-normalized rows.
    vocab = {}
    for _, text in train:
        for g in grams(text):
            vocab.setdefault(g, len(vocab) + 1)
    for part, data in (("train", train), ("test", test)):
        with open(os.path.join(out, f"fold{f}.{part}.svm"), "w", encoding="utf-8") as fh:
            for label, text in data:
                ids = sorted({vocab[g] for g in grams(text) if g in vocab})
                value = 1 / len(ids) ** 0.5 if ids else 0
                fh.write(("+1" if label == "positive" else "-1") + "".join(f" {i}:{value:.6f}" for i in ids) + "\n")
print(f"{len(sentences)} sentences ({len(rows) - len(sentences)} empty fixture items left out), {folds} folds in {out}")
