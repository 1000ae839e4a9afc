#!/usr/bin/env python3
"""Adds the device names of device_coverage.txt (decision 191) that devices.csv lacks.

Usage: python3 bench/lexicons/apply_device_coverage.py [--write]

Without --write it prints what it would add and every name it skips, with the reason. A list line is a device kind by
the guide's id (GoldSource/README.md "Device ids"); when devices.csv has a row of that id its missing names join that
row, otherwise the line becomes a new row whose category is the kind's plain name (what the scorer's DeviceKinds
reads). A name is skipped when any file already holds it (the first file wins: adverse events and drugs come before
devices, and a device name that diseases.csv lists would stop being the disease), when it is an ordinary word, a
person's name or an abbreviation with a commoner other sense (LEFT_OUT, common_words.txt), or when it names a drug.
Written rows and names are listed in device_coverage_added.tsv so a script can count which gold spans use them.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_disease_coverage import normalize, read_csv, split, write_added, write_csv  # noqa: E402  the tagger's normalization and the CSV reader
from apply_event_coverage import LEX, holds_drug_word, other_terms  # noqa: E402

HERE = os.path.dirname(__file__)
SOURCE = "Device kind or manufacturer name (hand-curated; round 29 coverage pass by kind, decision 191)"

LEFT_OUT = {
    **{t: "ordinary word or a procedure's name: it would fire where no device is meant" for t in
       ["pacer", "vad", "ventilator", "mechanical ventilation", "vent settings", "pca", "bilevel", "lingo", "percept",
        "heart monitor", "ambulatory monitor", "wearables", "aspira", "cordis", "orthokeratology", "lens implant",
        "daily disposables", "moon boot", "shiley", "noninvasive ventilation", "non-invasive ventilation",
        "robotic platform", "copper t", "pump and sensor", "straight cath", "introducer sheath", "scs trial",
        "external catheter", "watch ecg", "ambulatory ecg", "video capsule",
        # dropped after the gold measurement: a company, a therapy, or a longer name that split an older product span
        "resmed", "high-flow oxygen", "dexcom sensor", "libre sensor"]},
    **{t: "a person's name (the anonymizer's name model reads lexicon words)" for t in
       ["holter", "broviac", "tesio", "gellhorn", "st jude valve"]},
    **{t: "abbreviation whose other sense is the commoner one in a physician's post" for t in
       ["ppm", "des", "bms", "dpi", "wcd", "mct monitor", "iol", "iols", "ipp", "baha", "crtd", "crtp", "evd", "ecls",
        "scds", "icds", "snm device", "urgent pc"]},
}
LEFT_OUT = {normalize(k): v for k, v in LEFT_OUT.items()}


def read_device_list():
    kinds, section = [], ""
    for line in open(os.path.join(HERE, "device_coverage.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "):
            section = line[3:]
            continue
        if not line or line.startswith("#"):
            continue
        ident, name, category, names = line.split("|")
        kinds.append((section, ident, name, category, [n for n in names.split(";") if n]))
    return kinds


def main():
    write = "--write" in sys.argv
    header, *devices = read_csv("devices.csv")
    by_id = {r[0]: r for r in devices}
    device_term = {}
    for r in devices:
        for t in [r[1]] + split(r[3]):
            device_term.setdefault(normalize(t), r[0])
    owner = {t: f for t, f in other_terms().items() if f != "devices.csv"}
    for r in read_csv("adverse_events.csv")[1:]:
        for t in [r[0]] + split(r[1]):
            owner.setdefault(normalize(t), "adverse_events.csv")
    common = {normalize(w) for w in open(os.path.join(LEX, "common_words.txt"), encoding="utf-8") if w.strip()}
    added, new_rows, counts = [], [], {"new rows": 0, "names on new rows": 0, "names on older rows": 0, "skipped": 0}

    for section, ident, name, category, names in read_device_list():
        row = by_id.get(ident)
        if row is None:
            if normalize(name) in device_term:
                # The older row keeps the word (the first row wins); the new row's own names carry the kind's id.
                print(f"note\t{section}\t{ident}\t{name}\talready a name of row {device_term[normalize(name)]}, which keeps it")
            row = [ident, name, category, "", SOURCE]
            new_rows.append(row)
            by_id[ident] = row
            device_term.setdefault(normalize(name), ident)
            counts["new rows"] += 1
            added.append(("row", section, ident, name))
            print(f"row\t{section}\t{ident}\t{name}\t{category}")
        is_new = row[4] == SOURCE
        terms = split(row[3])
        for term in names:
            t = normalize(term)
            reason = None
            if t in device_term:
                reason = f"already a device name (row {device_term[t]})"
            elif t in LEFT_OUT:
                reason = LEFT_OUT[t]
            elif t in common:
                reason = "ordinary word of common_words.txt"
            elif owner.get(t):
                reason = f"a term of {owner[t]}: the first file wins or the other reading is the commoner"
            elif holds_drug_word(t, owner):
                reason = f"holds the drug word \"{holds_drug_word(t, owner)}\": a drug named by its device is the drug"
            if reason:
                print(f"skip\t{section}\t{ident}\t{term}\t{reason}")
                counts["skipped"] += 1
                continue
            terms.append(term.lower())
            device_term[t] = ident
            counts["names on new rows" if is_new else "names on older rows"] += 1
            added.append(("name", section, ident, term.lower()))
            print(f"add\t{section}\t{ident}\t{term.lower()}")
        row[3] = "|".join(terms)

    print("# " + ", ".join(f"{k}: {v}" for k, v in counts.items()))
    # A second --write finds everything present; it must not empty the list of what the first run wrote.
    if write and added:
        write_csv("devices.csv", [header] + devices + new_rows)
        write_added("device_coverage_added.tsv", ["action", "section", "id", "name"], added)


if __name__ == "__main__":
    main()
