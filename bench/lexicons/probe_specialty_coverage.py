#!/usr/bin/env python3
"""Probes the specialty lists (specialty_probe_r43_*.txt, decision 271; _r45_*.txt, 291; _r48_*.txt, 318; _r49_*.txt,
328, by form instead of specialty) through
the product's `tag` verb: one short post of our own per written form, then which forms the tagger finds with the listed
code category or generic id.

Usage: python3 bench/lexicons/probe_specialty_coverage.py SERMO_DLL [--list] [--round 45]
SERMO_DLL is a built sermo.dll (its lexicon is the one embedded at build time); --round picks the round's lists
(default 43). Prints per specialty found / forms and
disease / drug shares; --list also prints each form not found as listed: MISSED (nothing), PART (a shorter span),
TYPE (another entity type, e.g. the adverse-event reading) or CODE (another code or id).
"X|token|sentence;..." lines (round 49's collision list) are whole posts in which the token is not a condition or a
drug: the token counts as kept when no disease, drug or drug-class span covers its first whole-word occurrence (any
case), and TAGGED when one does.
"""
import glob
import os
import re
import sys

from probe_tagging import count, print_counts, tag_texts

HERE = os.path.dirname(os.path.abspath(__file__))
# Neutral frames: no negation, uncertainty, family-history or hypothetical cue, so only the term decides.
DISEASE_FRAME = "Saw a 62 year old today with {} and would value thoughts on management."
DRUG_FRAME = "We started {} last month and she is tolerating it well so far."
KIND_NAMES = {"D": "diseases", "R": "drugs", "X": "collisions kept untagged"}


def read_probe(round_number):
    """(specialty, kind D/R, expected codes or id, form) for every form of every list line of one round's lists."""
    items, specialty = [], ""
    for path in sorted(glob.glob(os.path.join(HERE, f"specialty_probe_r{round_number}_*.txt"))):
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("## "):
                specialty = line[3:].strip()
            elif line and not line.startswith("#"):
                kind, expected, forms = line.split("|")
                items += [(specialty, kind, expected, f) for f in forms.split(";") if f]
    return items


def judge(kind, expected, form, frame, entities):
    start = frame.index("{}")
    end = start + len(form)
    hits = [e for e in entities if e["start"] < end and e["end"] > start]
    wanted = ("disease",) if kind == "D" else ("brand", "generic")
    if not hits:
        return "MISSED", ""
    best = max(hits, key=lambda e: e["end"] - e["start"])
    got = f'{best["type"]}:{best.get("id")} "{best["text"]}"'
    if best["type"] not in wanted:
        return "TYPE", got
    if best["start"] > start or best["end"] < end:
        return "PART", got
    if kind == "D":
        ok = any(str(best.get("id", "")).startswith(c) for c in expected.split("/"))
    else:
        ok = str(best.get("id", "")).lower() == expected.lower()
    return ("FOUND", got) if ok else ("CODE", got)


def judge_collision(token, sentence, entities):
    """KEPT when no disease, drug or drug-class span covers the token's first whole-word occurrence, else TAGGED."""
    found = re.search(r"(?<![A-Za-z0-9])" + re.escape(token) + r"(?![A-Za-z0-9])", sentence, re.IGNORECASE)
    start, end = found.start(), found.end()
    hits = [e for e in entities if e["start"] < end and e["end"] > start
            and e["type"] in ("disease", "brand", "generic", "drug_class")]
    if not hits:
        return "FOUND", ""
    return "TAGGED", "; ".join(f'{e["type"]}:{e.get("id")} "{e["text"]}"' for e in hits)


def post_text(kind, form):
    if kind == "X":
        return form
    return (DISEASE_FRAME if kind == "D" else DRUG_FRAME).format(form)


def main():
    dll = sys.argv[1]
    items = read_probe(sys.argv[sys.argv.index("--round") + 1] if "--round" in sys.argv else "43")
    tagged = tag_texts(dll, [post_text(kind, form) for _, kind, _, form in items])
    counts, lines = {}, []
    for i, (specialty, kind, expected, form) in enumerate(items):
        entities = tagged[str(i)]["entities"]
        if kind == "X":
            verdict, got = judge_collision(expected, form, entities)
        else:
            verdict, got = judge(kind, expected, form, DISEASE_FRAME if kind == "D" else DRUG_FRAME, entities)
        count(counts, specialty, kind, verdict)
        if verdict != "FOUND":
            lines.append(f"{verdict}\t{specialty}\t{kind}|{expected}|{form}\t{got}")
    print_counts(counts, KIND_NAMES)
    if "--list" in sys.argv:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
