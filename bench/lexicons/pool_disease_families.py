#!/usr/bin/env python3
"""Groups the disease misses and false positives of a cut GoldSet output by what would make the taggers general (decision
362), not by surface: a word family built from a known part (suffix or head word), lay and shorthand forms, extents, and
for false positives the slot the condition word stands in (a test's name, a screen, a class name, a negation). Counts
each family by the readable sets it recurs in, so a family that comes back in many sets sorts first.

Usage: GOLD_UNSEEN=52,53,54 python3 bench/lexicons/pool_disease_families.py CUT.txt [--show FAMILY] [--sets long-r49,...]
Prints surfaces with their set and code and, for false positives, the word before and after; never the sentence.
"""
import argparse
import collections
import re
import sys

from compare_gold_figures import sections
from pool_disease_extents import ERROR, cause_of_miss, inside
from unseen_sets import names_unseen

HEADS = (
    ("head infection", r"\binfections?$"),
    ("head injury", r"\binjur(y|ies)$"),
    ("head fracture", r"\bfractures?$"),
    ("head syndrome", r"\bsyndromes?$"),
    ("head flare", r"\bflares?(-ups?)?$|\bflare-ups?$"),
    ("head disease", r"\bdiseases?$"),
    ("head failure", r"\bfailure$"),
    ("history of", r"^(history|hx|h/o) of\b|^h/o\b"),
    ("suffix -itis", r"itis$|itides$"),
    ("suffix -osis", r"osis$|oses$"),
    ("suffix -emia", r"(a)?emias?$"),
    ("suffix -pathy", r"path(y|ies)$"),
)
# Slots where the guide leaves a condition word bare (GoldSource/README.md): a test or screen, a clinic or topic, a class
# name holding an indication, a negated screen; read from the words right after or before the surface.
AFTER_SLOTS = (
    ("slot test", r"^(screen|screening|test|testing|panel|titer|titre|level|levels|serology|pcr|swab|culture|antibod|assay|antigen|workup|work-up|score|scale|criteria|protocol)"),
    ("slot clinic/topic", r"^(clinic|service|team|specialist|unit|ward|guideline|guidelines|trial|trials|program|programme|society|foundation|nurse|doctor|doc|literature|meeting|talk|lecture|conference|rounds)"),
    ("slot class/drug", r"^(drug|drugs|med|meds|medication|medications|agent|agents|therapy|therapies|treatment|dose|dosing|regimen|vaccine|vaccines|shot|shots|prophylaxis|pill|pills)"),
)
BEFORE_SLOTS = (
    ("slot negated", r"^(no|not|without|denies|denied|negative|neg|ruled|r/o|rule|excluded)$"),
    ("slot risk/family", r"^(risk|family|fhx|mother|father|sister|brother|mom|dad)$"),
    ("slot hypothetical", r"^(if|whether|possible|possibly|suspected|suspect|query|\?|concern|worried|fear)$"),
)


def family_of_surface(surface):
    low = surface.lower().strip()
    for name, pattern in HEADS:
        if re.search(pattern, low):
            return name
    if re.fullmatch(r"[A-Z0-9][A-Za-z0-9/&-]{0,6}s?", surface.strip()) and sum(c.isupper() for c in surface) >= 2:
        return "shorthand abbreviation"
    if "-" in low:
        return "lay hyphenated"
    return None


def neighbours(sentence, surface):
    i = sentence.lower().find(surface.lower())
    if i < 0:
        return "", ""
    before = re.findall(r"[\w/?'-]+", sentence[:i])
    after = re.findall(r"[\w/?'-]+", sentence[i + len(surface):])
    return (before[-1].lower() if before else ""), (after[0].lower() if after else "")


def slot_of(before, after):
    for name, pattern in AFTER_SLOTS:
        if re.search(pattern, after):
            return name
    for name, pattern in BEFORE_SLOTS:
        if re.search(pattern, before):
            return name
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cut")
    ap.add_argument("--show")
    ap.add_argument("--sets", help="comma-separated sets to count alone (say, the first reads)")
    args = ap.parse_args()
    only = set(args.sets.split(",")) if args.sets else None
    posts = collections.defaultdict(lambda: ([], []))
    seen = set()
    for current, line in sections(args.cut):
        if not current or names_unseen(current) or names_unseen(line) or (only and current not in only):
            continue
        m = ERROR.match(line)
        if m and (current, line) not in seen:
            seen.add((current, line))
            sid, what, surface, code, sentence = m.groups()
            posts[(current, sid)][0 if what == "missed" else 1].append((surface, code, sentence))
    families = collections.defaultdict(list)  # family -> [(set, post, what, surface, code, before, after)]
    for (s, sid), (missed, spurious) in sorted(posts.items()):
        pairs = [(p, c) for p, c, _ in spurious]
        partnered = set()
        for surface, code, sentence in missed:
            cause, partners = cause_of_miss(surface, pairs)
            partnered.update(partners)
            if cause in ("split", "found-shorter", "found-longer", "same-extent-other-code"):
                family = "extent " + cause
            else:
                family = family_of_surface(surface) or ("lay plural" if cause == "unfound-plural" else "miss other " + cause)
            families["miss " + family].append((s, sid, surface, code) + neighbours(sentence, surface))
        for surface, code, sentence in spurious:
            if surface in partnered:
                continue
            before, after = neighbours(sentence, surface)
            if any(inside(surface, m) for m, _, _ in missed):
                family = "inside a missed span"
            else:
                family = slot_of(before, after) or family_of_surface(surface) or "other"
            families["fp " + family].append((s, sid, surface, code, before, after))
    for name, rows in sorted(families.items(), key=lambda kv: (-len({r[0] for r in kv[1]}), -len(kv[1]))):
        print(f"{len(rows)}\t{len({r[0] for r in rows})} sets\t{name}")
    if args.show:
        for name, rows in families.items():
            if name.startswith(args.show):
                for s, sid, surface, code, before, after in rows:
                    print(f"{name}\t{s}\t{sid}\t{before} [{surface}] {after}\t{code}")


if __name__ == "__main__":
    sys.exit(main())
