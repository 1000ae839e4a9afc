#!/usr/bin/env python3
"""Pools every span of a term that is in BOTH lists (adverse_events.csv and diseases.csv) over the readable long sets
(decision 227): the gold label (adverse event, disease or none), the tagger's choice, and the cues the post gives for
the cause: a drug (or class) in the sentence before or after the term, a drug only in the previous sentence, an onset
word ("after", "since", "starting", "-induced"...), "on X" before the term, a procedure, "history of", negation, "on X
for Y". Reuses markup_to_jsonl.py's post parser, pool_context_losses.py's trace runner and apply_disease_coverage.py's
normalization. The sets unseen_sets.py names are skipped by file name and post id before any post is parsed.

Usage: GOLD_UNSEEN=34,35,36,37 python3 bench/lexicons/pool_both_list_causes.py [--list TERM] [--dump OUT.tsv]
"""
import argparse
import collections
import csv
import glob
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests/Sermo.Analytics.Tests/Tagging/GoldSource"
sys.path.insert(0, str(GOLD))

from apply_disease_coverage import normalize as norm  # noqa: E402  the tagger's normalization, one copy
from markup_to_jsonl import DRUGS, read_posts  # noqa: E402
from pool_context_losses import trace  # noqa: E402
from unseen_sets import names_unseen  # noqa: E402

LEX = ROOT / "src/Analytics/Lexicons"
ONSET = re.compile(r"(?i)\b(after|since|from|starting|started|start of|caused|causing|induced|due to|secondary to|"
                   r"related|associated|attributed|blamed|triggered|precipitated|gave (him|her|them)|on)\b|-(induced|related|associated)")
HISTORY = re.compile(r"(?i)\b(history of|hx( of)?|h/o|prior|previous|pmh|past|s/p|known|chronic|baseline)\b")
PROCEDURE = re.compile(r"(?i)\b(post-?op\w*|surgery|surgical|procedure|contrast|cath|transfusion|after (the )?(\w+ )?(repair|resection|ectomy|plasty))\b|ectomy\b|plasty\b")
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def both_list_terms():
    """{normalized term: (event name, disease_unless_drug)} for terms both lists spell."""
    diseases = set()
    for row in csv.DictReader(open(LEX / "diseases.csv", encoding="utf-8")):
        diseases.update(norm(t) for t in [row["name"], *row["synonyms"].split("|")] if t)
    both = {}
    for row in csv.DictReader(open(LEX / "adverse_events.csv", encoding="utf-8")):
        for t in [row["name"], *row["synonyms"].split("|")]:
            n = norm(t) if t else ""
            if n and n in diseases and n not in both:
                both[n] = (row["name"].lower(), row["disease_unless_drug"] == "true")
    return both


def sentence_bounds(text):
    bounds, start = [], 0
    for m in SENTENCE.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def cues(post, start, end, bounds, negated):
    """The cause cues around the span [start, end) of a parsed post."""
    text = post["text"]
    s = next(i for i, (a, b) in enumerate(bounds) if a <= start <= b)
    a, b = bounds[s]
    drugs = [e for e in post["entities"] if e["type"] in DRUGS]
    before = [e for e in drugs if a <= e["start"] and e["end"] <= start]
    after = [e for e in drugs if end <= e["start"] and e["end"] <= b]
    previous = [e for e in drugs if s > 0 and bounds[s - 1][0] <= e["start"] < bounds[s - 1][1]]
    found = []
    if before:
        found.append("drug before" + (" (class)" if all(e["type"] != "generic" and e["type"] != "brand" for e in before) else ""))
    if after:
        found.append("drug after" + (" (class)" if all(e["type"] != "generic" and e["type"] != "brand" for e in after) else ""))
    if not before and not after and previous:
        found.append("drug previous sentence only")
    if not before and not after and not previous:
        found.append("no drug near")
    left = text[a:start]
    if ONSET.search(left[-60:]) or ONSET.search(text[end:end + 40]):
        found.append("onset word")
    if HISTORY.search(left[-30:]):
        found.append("history")
    if PROCEDURE.search(text[a:b]):
        found.append("procedure")
    if negated:
        found.append("negated")
    return found


def readable_posts():
    for path in sorted(glob.glob(str(GOLD / "long*.txt"))):
        name = Path(path).stem
        if names_unseen(name):
            continue
        for post in read_posts(path):
            if not names_unseen(post["id"]):
                yield name, post


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--list")
    ap.add_argument("--dump")
    args = ap.parse_args()
    both = both_list_terms()
    posts = list(readable_posts())
    traces = trace({p["text"] for _, p in posts})
    rows = []
    for set_name, post in posts:
        bounds = sentence_bounds(post["text"])
        paired = {a["eventStart"] for a in post["adverseEvents"]}
        tagged = [r for r in traces[post["text"]] if r["Stage"] == "final" and norm(r["Surface"]) in both]
        seen = set()
        for e in post["entities"]:
            term = norm(e["text"])
            if e["type"] not in ("disease", "adverse-event") or term not in both:
                continue
            mine = [r for r in tagged if r["Start"] == e["start"] and r["End"] == e["end"]]
            seen.update((r["Start"], r["End"]) for r in mine)
            choice = mine[0]["Type"] if mine else "none"
            gold = e["type"] + (" paired" if e["start"] in paired else "")
            rows.append((set_name, post["id"], term, both[term][1], gold, choice,
                         cues(post, e["start"], e["end"], bounds, e["negated"]), post["text"][max(0, e["start"] - 90):e["end"] + 60]))
        for r in tagged:
            if (r["Start"], r["End"]) not in seen and not any(g["start"] < r["End"] and r["Start"] < g["end"] for g in post["entities"]):
                rows.append((set_name, post["id"], norm(r["Surface"]), both[norm(r["Surface"])][1], "none", r["Type"],
                             cues(post, r["Start"], r["End"], bounds, False), post["text"][max(0, r["Start"] - 90):r["End"] + 60]))
    print(f"both-list spans over {len({r[0] for r in rows})} readable sets: {len(rows)}")
    by_cue = collections.defaultdict(collections.Counter)
    for _, _, _, flag, gold, choice, found, _ in rows:
        for c in found:
            by_cue[(flag, c)][(gold.split()[0], choice)] += 1
    print("## by flag (disease_unless_drug) and cue: (gold, tagger) counts")
    for (flag, c), n in sorted(by_cue.items()):
        print(f"  flag={flag!s:5} {c:30} " + "; ".join(f"{g}->{t} {k}" for (g, t), k in n.most_common()))
    print("## by term: gold disease / adverse-event / none, tagger's choice on each")
    terms = collections.defaultdict(collections.Counter)
    for _, _, term, flag, gold, choice, _, _ in rows:
        terms[(term, flag)][(gold.split()[0], choice)] += 1
    for (term, flag), n in sorted(terms.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {sum(n.values()):4d}  {term} [flag {flag}]  " + "; ".join(f"{g}->{t} {k}" for (g, t), k in n.most_common()))
    if args.list:
        for row in rows:
            if row[2] == args.list or args.list == "*":
                print("\t".join([row[0], row[1], row[4], row[5], ",".join(row[6]), row[7].replace("\n", " ")]))
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for row in rows:
                out.write("\t".join([row[0], row[1], row[2], str(row[3]), row[4], row[5], ",".join(row[6]), row[7].replace("\n", " ").replace("\t", " ")]) + "\n")


if __name__ == "__main__":
    main()
