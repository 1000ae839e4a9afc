#!/usr/bin/env python3
"""Adds the drugs and classes of the therapeutic-area lists (drug_coverage_*.txt, drug_class_coverage.txt; decision 182)
that drugs.csv and drug_classes.csv lack.

Usage: python3 bench/lexicons/apply_drug_coverage.py [--write]

Without --write it prints what it would add and every term it skips, with the reason. A term is skipped when any lexicon
file already holds it (the first file wins, so a second listing adds nothing; a brand drugs.csv maps to another generic
keeps its older mapping, which a round chose), when it is in LEFT_OUT below (an ordinary word, a person's name, a
laboratory value or shorthand another sense owns in physicians' posts), or when it is a class name. Shorthand and
British spellings join the generic's own row (never a brand row: LexiconIntegrityTests), a generic drugs.csv lacks gets
a row, a brand a row of its own. Class rows keep only members that are generics of drugs.csv. Written rows are listed in
drug_coverage_added.tsv so count_added_gold_use.py drug can count which gold spans use them.
"""
import csv
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from apply_disease_coverage import normalize, read_csv, split, write_added, write_csv  # noqa: E402  the tagger's term normalization and the lexicon reader, kept in one place

HERE = os.path.dirname(__file__)
LEX = os.path.normpath(os.path.join(HERE, "..", "..", "src", "Analytics", "Lexicons"))
BRAND_SOURCE = "FDA label brand name (hand-curated; round 28 coverage pass by therapeutic area, decision 182)"
GENERIC_SOURCE = "FDA established name (hand-curated; round 28 coverage pass by therapeutic area, decision 182)"
CLASS_SOURCE = "Pharmacologic class (hand-curated; round 28 coverage pass by therapeutic area, decision 182)"

# Terms of the lists that would fire on ordinary text or in another sense; each reason is printed when skipped.
LEFT_OUT = {
    **{t: "a person's given name or surname: the anonymizer's name model reads lexicon words" for t in
       ["allegra", "ella", "alli", "camila", "errin", "bayer", "ada", "len", "dara", "bev", "riva", "aviane", "lutera",
        # single words of the anonymizer's name lists (src/Ingest/Anonymization/Data), checked after the first apply
        "skyla", "risa", "suma", "bari", "benda", "bort", "rayos", "bonine", "mino", "posa"]},
    **{t: "ordinary English word" for t in
       ["soma", "azo", "edex", "dig", "uh", "gem", "cape", "metro", "cis", "rig", "mas", "depo", "pert", "flu", "roc",
        "glyco", "pio", "lira", "gent", "tam", "pom", "ven", "ari", "abi", "osi", "ribo", "tras", "cana", "tio", "eti",
        "zol", "aza", "hu", "cy", "li", "lev", "ev", "levo", "nitro", "icy hot", "charcoal", "zinc", "cranberry",
        "turmeric", "creatine", "valerian", "lactobacillus", "gaba", "tums", "preparation h", "fish oil"]},
    **{t: "laboratory value or other clinical sense is the commoner reading" for t in
       ["hct", "ctd", "t3", "t4", "e2", "hcg", "acth", "epo", "gh", "folate", "mmi", "pht", "cbd", "pb", "mph", "bv",
        "tac", "ctx", "sps", "ssd", "td", "ors", "cee", "mpa", "17-ohp", "epi", "vcr", "ato", "c/l", "g/p", "mmr",
        "pcc", "dex", "ssz", "pred", "probiotic", "peg", "bicarb", "b12", "fludro", "atypicals"]},
    **{t: "device or procedure, not a drug span in the guide" for t in
       ["optune", "tumor treating fields", "juvederm", "restylane", "sculptra", "hyaluronic acid filler",
        "poly-l-lactic acid", "trimix"]},
}
LEFT_OUT = {normalize(k): v for k, v in LEFT_OUT.items()}


def read_drug_list(pattern="drug_coverage_*.txt"):
    entries = []
    if pattern is None:
        return entries  # a class-only pass (apply_class_coverage.py) has no drug lists
    for path in sorted(glob.glob(os.path.join(HERE, pattern))):
        area, klass = "", ""
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("## "):
                area, klass = [s.strip() for s in line[3:].split("=")]
                continue
            if not line or line.startswith("#"):
                continue
            brand, generic, syns = line.split("|")
            entries.append((area, klass, brand.strip(), generic.strip(), [s.strip() for s in syns.split(";") if s.strip()]))
    return entries


def read_class_list(name="drug_class_coverage.txt"):
    entries = []
    if name is None:
        return entries
    for line in open(os.path.join(HERE, name), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cid, name, members, syns, *flag = line.split("|")
        entries.append((cid, name, [m for m in members.split(";") if m], [s for s in syns.split(";") if s], flag == ["ambiguous"]))
    return entries


def main(pattern="drug_coverage_*.txt", class_list="drug_class_coverage.txt", added_name="drug_coverage_added.tsv",
         left_out=None, sources=(BRAND_SOURCE, GENERIC_SOURCE, CLASS_SOURCE)):
    """Applies the lists matching pattern; a later pass (apply_drug_coverage2.py) passes its own lists, skips and sources."""
    write = "--write" in sys.argv
    left_out = LEFT_OUT if left_out is None else left_out
    brand_source, generic_source, class_source = sources
    drugs, classes = read_csv("drugs.csv"), read_csv("drug_classes.csv")
    common = {w.strip() for w in open(os.path.join(LEX, "common_words.txt"), encoding="utf-8") if w.strip() and not w.startswith("#")}

    # normalized term -> (file, what): every term a tagger list holds, in the files' precedence order.
    owner = {}
    for row in read_csv("adverse_events.csv")[1:]:
        for t in [row[0]] + split(row[1]):
            owner.setdefault(normalize(t), ("adverse_events.csv", row[0]))
    for row in drugs[1:]:
        for t in [row[0], row[1]] + split(row[3]):
            if t:
                owner.setdefault(normalize(t), ("drugs.csv", row[1]))
    for row in read_csv("devices.csv")[1:]:
        for t in [row[1]] + split(row[3]):
            owner.setdefault(normalize(t), ("devices.csv", row[0]))
    for row in read_csv("diseases.csv")[1:]:
        for t in [row[1]] + split(row[2]):
            owner.setdefault(normalize(t), ("diseases.csv", row[0]))
    for row in classes[1:]:
        for t in [row[1]] + split(row[4]):
            owner.setdefault(normalize(t), ("drug_classes.csv", row[0]))

    generic_rows = {r[1]: r for r in drugs[1:] if not r[0]}
    generics = {r[1] for r in drugs[1:]}
    added, log, skipped = [], [], []

    def skip(term, why):
        skipped.append((term, why))

    for area, klass, brand, generic, syns in read_drug_list(pattern):
        # A biosimilar's four-letter suffix (adalimumab-atto) is a synonym of the reference generic, whose row the
        # brand joins, so biosimilars roll up with the reference product (the lexicon README's rule).
        suffixed = re.fullmatch(r"(.+)-[a-z]{4}", generic)
        if suffixed and suffixed.group(1) in generics:
            syns = [generic] + syns
            generic = suffixed.group(1)
        if "/" in generic and generic not in generics:
            # A combination the lexicon writes in another order ("salmeterol/fluticasone") keeps the lexicon's order.
            parts = sorted(normalize(p) for p in generic.split("/"))
            generic = next((x for x in generics if "/" in x and sorted(normalize(p) for p in x.split("/")) == parts), generic)
        g = normalize(generic)
        if generic not in generics and owner.get(g, ("",))[0] == "drugs.csv":
            generic = owner[g][1]  # drugs.csv spells or names it otherwise ("vitamin k" is phytonadione's)
        if generic not in generics:
            if g in owner:
                skip(generic, f"generic spelled otherwise in {owner[g][0]} ({owner[g][1]})")
                continue
            if g in left_out:
                skip(generic, left_out[g])
                continue
            row = ["", generic, klass, "", generic_source]
            added.append(row)
            generic_rows[generic] = row
            generics.add(generic)
            owner[g] = ("drugs.csv", generic)
            log.append(("generic", area, generic, generic))
        if brand and normalize(brand) != g:
            b = normalize(brand)
            if b in left_out:
                skip(brand, left_out[b])
            elif b in owner:
                if owner[b] != ("drugs.csv", generic):
                    skip(brand, f"already in {owner[b][0]} as {owner[b][1]}")
            else:
                if " " not in b and b in common:
                    print(f"note\t{brand}\tin common_words.txt: tagged only when capitalised")
                cls = next((r[2] for r in drugs[1:] + added if r[1] == generic), klass)
                added.append([brand, generic, cls, "", brand_source])
                owner[b] = ("drugs.csv", generic)
                log.append(("brand", area, generic, brand))
        for s in syns:
            n = normalize(s)
            if n in left_out:
                skip(s, left_out[n])
            elif n in owner:
                if owner[n] != ("drugs.csv", generic):
                    skip(s, f"already in {owner[n][0]} as {owner[n][1]}")
            else:
                row = generic_rows.get(generic)
                if row is None:
                    row = ["", generic, next((r[2] for r in drugs[1:] if r[1] == generic), klass), "", generic_source]
                    added.append(row)
                    generic_rows[generic] = row
                    log.append(("generic", area, generic, generic))
                row[3] = "|".join(split(row[3]) + [s.lower()])
                owner[n] = ("drugs.csv", generic)
                log.append(("synonym", area, generic, s.lower()))

    class_rows = {r[0]: r for r in classes[1:]}
    new_classes = []
    for cid, name, members, syns, ambiguous in read_class_list(class_list):
        if ambiguous:
            # An abbreviation whose everyday sense is commoner ("era") sits in a second row of the class with
            # ambiguous=true, read only in capitals with clinical context, as diseases.csv's ambiguous rows are.
            row = next((r for r in classes[1:] + new_classes if r[0] == cid and r[5] == "true"), None)
            if row is None:
                row = [cid, name, "class", "|".join(m.lower() for m in members), "", "true", class_source]
                new_classes.append(row)
            for s in syns:
                if normalize(s) in owner:
                    skip(s, f"already in {owner[normalize(s)][0]} as {owner[normalize(s)][1]}")
                else:
                    row[4] = "|".join(split(row[4]) + [s])
                    log.append(("class-ambiguous", "", cid, s))
            continue
        terms = [name.lower()] + syns
        existing = class_rows.get(cid) or next((class_rows[owner[normalize(t)][1]] for t in terms
                                                if owner.get(normalize(t), ("",))[0] == "drug_classes.csv"), None)
        kept = []
        for m in members:
            m = owner.get(normalize(m), ("", m))[1] if owner.get(normalize(m), ("",))[0] == "drugs.csv" else m
            if m.lower() in {x.lower() for x in generics}:
                m = m.lower()  # the loader compares class members with drugs.csv's generics in lower case
                kept.append(m)
            else:
                skip(f"{cid}: {m}", "member is not a generic of drugs.csv")
        if existing is None:
            if not kept:
                skip(cid, "no member is a generic of drugs.csv")
                continue
            existing = [cid, name, "class", "", "", "false", class_source]
            new_classes.append(existing)
            class_rows[cid] = existing
            log.append(("class", "", cid, name))
        for m in kept:
            if m not in split(existing[3]):
                existing[3] = "|".join(split(existing[3]) + [m])
                log.append(("member", "", existing[0], m))
        for s in terms:
            n = normalize(s)
            if n in left_out:
                skip(s, left_out[n])
            elif n in owner:
                if owner[n] != ("drug_classes.csv", existing[0]):
                    skip(s, f"already in {owner[n][0]} as {owner[n][1]}")
            elif s.lower() not in split(existing[4]):
                existing[4] = "|".join(split(existing[4]) + [s.lower()])
                owner[n] = ("drug_classes.csv", existing[0])
                log.append(("class-synonym", "", existing[0], s.lower()))
        if existing in new_classes and not existing[4]:
            # Every name of the class is another list's term ("basal insulin" is an insulin synonym): nothing to tag.
            new_classes.remove(existing)
            log[:] = [e for e in log if e[2] != cid or e[0] not in ("class", "member")]
            skip(cid, "every name of the class is already another term")

    for entry in log:
        print("\t".join(entry))
    for term, why in skipped:
        print(f"skip\t{term}\t{why}")
    kinds = [e[0] for e in log]
    print(f"# list entries {len(read_drug_list(pattern))}; new generic rows {kinds.count('generic')}; new brand rows "
          f"{kinds.count('brand')}; synonyms added {kinds.count('synonym')}; new classes {kinds.count('class')}; "
          f"members added {kinds.count('member')}; class synonyms {kinds.count('class-synonym')}; skipped {len(skipped)}",
          file=sys.stderr)
    if write:
        write_csv("drugs.csv", drugs + added)
        write_csv("drug_classes.csv", classes + new_classes)
        write_added(added_name, ["action", "area", "id", "term"], log)


if __name__ == "__main__":
    main()
