#!/usr/bin/env python3
"""Splits the drug and disease misses that are terms the lexicon has (pool_form_misses.py's "in lexicon (id or context)")
by the tagging stage that lost each one (decision 215). Every missed sentence is tagged again in code
(bench/lexicons/trace-entity-hits, ClinicalTagger.TraceEntityHits) and the gold span is looked up at each stage:

- found, but with another id (same span, or a longer/shorter span: "boundaries");
- found as another entity type (adverse event, device, drug for a disease...);
- found and matched already by another gold span (one tagged span covers two gold spans);
- dropped by the ambiguity rules or model (an ambiguous abbreviation or word-like name; its hard conditions named);
- held by a not-mention phrase, or removed for its exact spelling;
- never hit by the automaton.

The sets unseen_sets.py names are dropped while parsing (pool_form_misses.read_misses), before any line is kept.

Usage: GOLD_UNSEEN=32,33,34 python3 bench/lexicons/pool_context_losses.py OUTPUT.txt [--top N] [--list MECHANISM]
"""
import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from pool_form_misses import DRUG_TYPES, classify, lexicon_terms, read_misses

ROOT = Path(__file__).resolve().parents[2]
RUNNER = ROOT / "bench/lexicons/trace-entity-hits"


def trace(sentences):
    """{sentence text: [stage records]} from the C# runner."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp, "in.jsonl"), Path(tmp, "out.jsonl")
        texts = sorted(sentences)
        src.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
        subprocess.run(["dotnet", "run", "-c", "Release", "--project", str(RUNNER), "--", str(src), str(out)], check=True,
                       stdout=sys.stderr)
        traces = {}
        for line in out.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            traces[texts[int(row["id"])]] = row["trace"]
        return traces


def category(code):
    return code.split(".")[0].upper()


def agrees(kind, gold_id, rec):
    if kind == "disease":
        return rec["Type"] == "disease" and category(rec["Id"]) == category(gold_id)
    return rec["Type"] in DRUG_TYPES and rec["Id"].lower() == gold_id.lower()


def same_kind(kind, rec):
    return rec["Type"] == "disease" if kind == "disease" else rec["Type"] in DRUG_TYPES


def overlapping(records, stage, start, end):
    return [r for r in records if r["Stage"] == stage and r["Start"] < end and start < r["End"]]


def ambiguity_reason(note):
    if not note.startswith("candidate"):
        return "ambiguity: joined code or trial name (LookalikeWords)"
    features = note.split()
    if "eligible:False" in features:
        hard = [f for f in ("lowercase", "joined", "measurement") if f in features]
        if "kind:word-like" in features and "capitalized" not in features:
            hard.append("not capitalized")
        return "ambiguity: hard condition (" + ", ".join(hard or ["?"]) + ")"
    if "model:drop" in features:
        return "ambiguity: model drops (rule " + ("keeps" if "rule:keep" in features else "drops") + ")"
    return "ambiguity: dropped after the model (second reading)"


def mechanism(kind, gold_id, records, start, end):
    """The stage that lost the span [start, end), or None when the tagger matches it there."""
    final = overlapping(records, "final", start, end)
    if any(agrees(kind, gold_id, r) for r in final):
        exact = [r for r in final if agrees(kind, gold_id, r)]
        if all(r["Start"] == start and r["End"] == end for r in exact):
            return None
        return "boundaries: one tagged span covers two gold spans"
    same = [r for r in final if same_kind(kind, r)]
    if same:
        if any(r["Start"] == start and r["End"] == end for r in same):
            return "another id (same span)"
        return "boundaries: a longer or shorter span with another id"
    if final:
        return "another type: " + final[0]["Type"]
    kept = overlapping(records, "kept", start, end)
    listed = overlapping(records, "listed", start, end)
    if listed and not kept:
        return ambiguity_reason(listed[0]["Note"])
    if kept:
        return "dropped after disambiguation (dual readings or vaccine lists)"
    longest = overlapping(records, "longest", start, end)
    if longest:
        if any(r["Type"] == "not-mention" or r["Note"].startswith("not-mention") for r in longest):
            return "not-mention phrase holds it"
        return "exact spelling (removed as unlisted)"
    if overlapping(records, "scan", start, end):
        return "lost to an overlapping longer hit"
    return "no automaton hit"


def spans(sentence, text):
    at, out = sentence.find(text), []
    while at >= 0:
        out.append((at, at + len(text)))
        at = sentence.find(text, at + 1)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("raw")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--list")
    args = ap.parse_args()
    terms = lexicon_terms()
    misses = [m for m in read_misses(args.raw, sentences=True) if classify(m[2], terms) == "in lexicon (id or context)"]
    traces = trace({m[5] for m in misses})
    by = collections.defaultdict(collections.Counter)
    words = collections.defaultdict(collections.Counter)
    listing = []
    for s, kind, text, gold_id, sid, sentence in misses:
        found = [mechanism(kind, gold_id, traces[sentence], a, b) for a, b in spans(sentence, text)] or ["span not found in sentence"]
        lost = [f for f in found if f] or ["type only: brand or generic (the drug group matched)"]
        why = lost[0]
        by[kind][why] += 1
        words[kind][text.lower()] += 1
        listing.append((kind, why, s, sid, text, gold_id, sentence))
    for kind in ("disease", "drug"):
        print(f"## {kind}: {sum(by[kind].values())} misses of terms the lexicon has, by the stage that lost them")
        for why, n in by[kind].most_common():
            print(f"  {n:5d}  {why}")
        print(f"## {kind}: the {args.top} commonest terms")
        for term, n in words[kind].most_common(args.top):
            whys = collections.Counter(w for k, w, _, _, t, _, _ in listing if k == kind and t.lower() == term)
            print(f"  {n:5d}  {term}  (" + "; ".join(f"{w} x{c}" for w, c in whys.most_common()) + ")")
    if args.list:
        for kind, why, s, sid, text, gold_id, sentence in sorted(listing):
            if args.list in why:
                print(f"{kind}\t{why}\t{s}\t{sid}\t{text}\t{gold_id}\t{sentence[:240]}")


if __name__ == "__main__":
    main()
