#!/usr/bin/env python3
"""Probes coverage_probe_round54.tsv (decision 389) through the product's `tag` verb: every surface in a short sentence
of our own (three frames per kind, picked in turn, none with a negation, uncertainty, family or hypothetical cue), then
whether the tagger finds it with the listed ICD-10-CM category, generic, device kind or as an adverse event.

Usage: python3 bench/lexicons/probe_coverage_round54.py SERMO_DLL [--list]
SERMO_DLL is a built sermo.dll (its lexicon is the one embedded at build time). Prints found / probes per specialty and
kind and overall; --list also prints each probe not found: MISSED (nothing), PART (a shorter span), TYPE (another entity
type), CODE (another code or id), TAGGED (a look-alike word of kind none that a disease, drug or device span covers).
"""
import csv
import os
import re
import sys

from probe_tagging import count, print_counts, tag_texts

HERE = os.path.dirname(os.path.abspath(__file__))
PROBES = os.path.join(HERE, "coverage_probe_round54.tsv")
FRAMES = {
    "disease": ["Saw a 58 year old man today with {} and would value thoughts on management.",
                "My patient has {} and asked about the newer options at her last visit.",
                "Referred to clinic for {}, otherwise healthy and active."],
    "drug": ["We started {} last month and she is tolerating it well so far.",
             "He has been on {} for two years with good effect.",
             "Switched her to {} at the last visit and will recheck in three months."],
    "event": ["Saw a 58 year old man today with {} and would value thoughts on management.",
              "My patient has {} and asked about the newer options at her last visit.",
              "Referred to clinic for {}, otherwise healthy and active."],
    "device": ["She has had a {} for two years and it works well.",
               "He came in to talk about his {} at the follow-up visit.",
               "We placed a {} last week without trouble."],
}
# The guide's device kinds (DeviceKinds.cs) as the folded row names, ids or categories that agree with them.
DEVICE_KIND_MEMBERS = {
    "left-atrial-appendage-occluder": ["left atrial appendage occluder"],
    "deep-brain-stimulator": ["dbs", "deep brain stimulator"],
    "vagus-nerve-stimulator": ["vns", "vagus nerve stimulator"],
    "percutaneous-vad": ["percutaneous ventricular assist device", "impella"],
    "intrauterine-device": ["intrauterine device"],
    "prostatic-urethral-lift": ["prostatic urethral lift"],
    "icd": ["defibrillator", "icd"],
    "cgm": ["continuous glucose monitor", "cgm"],
    "insulin-pump": ["insulin pump"],
    "pacemaker": ["pacemaker"],
    "central-venous-catheter": ["central venous catheter", "central catheter"],
    "cpap": ["cpap"],
    "bipap": ["bipap", "cpap"],
    "cochlear-implant": ["hearing implant", "cochlear implant"],
}
KINDS_WANTED = {"disease": ("disease",), "drug": ("brand", "generic"), "device": ("device",), "event": ("adverse-event",)}


def fold(text):
    return text.lower().replace("-", " ")


def device_names():
    names = {}
    with open(os.path.join(HERE, "../../src/Analytics/Lexicons/devices.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names[row["id"]] = {fold(row["id"]), fold(row["name"]), fold(row["category"])}
    return names


def read_probes():
    with open(PROBES, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def post_texts(probes):
    """Each probe's post; the frames of a kind are taken in turn, counted within the kind (as Decision389Tests does)."""
    texts, seen = [], {}
    for probe in probes:
        if probe["kind"] == "none":
            texts.append(probe["sentence"])
            continue
        i = seen.get(probe["kind"], 0)
        seen[probe["kind"]] = i + 1
        frames = FRAMES[probe["kind"]]
        texts.append(frames[i % len(frames)].format(probe["surface"]))
    return texts


def judge(probe, text, entities, devices):
    surface, kind, expected = probe["surface"], probe["kind"], probe["expected"]
    if kind == "none":
        found = re.search(r"(?<![A-Za-z0-9])" + re.escape(surface) + r"(?![A-Za-z0-9])", text, re.IGNORECASE)
        start, end = found.start(), found.end()
    else:
        start = text.index(surface)
        end = start + len(surface)
    hits = [e for e in entities if e["start"] < end and e["end"] > start]
    if kind == "none":
        hits = [e for e in hits if e["type"] in ("disease", "brand", "generic", "drug_class", "device")]
        return ("FOUND", "") if not hits else ("TAGGED", "; ".join(f'{e["type"]}:{e.get("id")} "{e["text"]}"' for e in hits))
    if not hits:
        return "MISSED", ""
    best = max(hits, key=lambda e: e["end"] - e["start"])
    got = f'{best["type"]}:{best.get("id")} "{best["text"]}"'
    if best["type"] not in KINDS_WANTED[kind]:
        return "TYPE", got
    if best["start"] > start or best["end"] < end:
        return "PART", got
    found_id = str(best.get("id", ""))
    if kind == "event":
        ok = True
    elif kind == "disease":
        ok = found_id.startswith(expected)
    elif kind == "drug":
        ok = found_id.lower() == expected.lower()
    else:
        members = DEVICE_KIND_MEMBERS.get(expected, [fold(expected)])
        ok = found_id == expected or any(m in devices.get(found_id, set()) for m in members)
    return ("FOUND", got) if ok else ("CODE", got)


def main():
    dll = sys.argv[1]
    probes = read_probes()
    devices = device_names()
    texts = post_texts(probes)
    tagged = tag_texts(dll, texts)
    counts, lines = {}, []
    for i, probe in enumerate(probes):
        verdict, got = judge(probe, texts[i], tagged[str(i)]["entities"], devices)
        count(counts, probe["specialty"], probe["kind"], verdict)
        if verdict != "FOUND":
            lines.append(f'{verdict}\t{probe["specialty"]}\t{probe["kind"]}|{probe["expected"]}|{probe["surface"]}\t{got}')
    print_counts(counts, {kind: kind for kind in ("disease", "drug", "device", "event", "none")})
    if "--list" in sys.argv:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
