#!/usr/bin/env python3
"""Adds the concepts of the chapter lists (disease_coverage_*.txt, decision 177) that diseases.csv lacks.

Usage: python3 bench/lexicons/apply_disease_coverage.py [--write] [--added NAME.tsv] [--source TEXT]

Without --write it prints what it would add and every term it skips, with the reason. A term is skipped when the
lexicon already has it (any file: a term two files list belongs to the first file, so a second listing adds
nothing), when diseases.csv gives it another code (the older row was chosen by a round's labelling decision and
stays; a concept whose name the lexicon codes otherwise takes the lexicon's code), or when it is an ordinary word of common_words.txt. A missing term of a code diseases.csv already has
joins that code's first plain row (its abbreviations that have another meaning join the code's ambiguous row);
a code diseases.csv lacks gets a new plain row, and an ambiguous row when the list gives such abbreviations.
Written rows are listed in disease_coverage_added.tsv (or the file --added names, so a later pass keeps each earlier
pass's list as it was written: decision 228's disease_coverage_r36_added.tsv, 236's disease_coverage_r37_added.tsv) so a
later script can count which gold spans use them. --source is the source field of the rows a pass writes (default: 177's).
"""
import csv
import glob
import io
import os
import re
import sys
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
LEX = os.path.join(ROOT, "src", "Analytics", "Lexicons")
SOURCE = "ICD-10-CM (hand-curated; round 27 coverage pass by chapter, decision 177)"


def normalize(term):
    """The tagger's NormalizedText: lower case, diacritics folded, possessive 's and apostrophes dropped,
    hyphens, dashes, slashes and underscores as spaces, whitespace collapsed."""
    t = unicodedata.normalize("NFKD", term.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"['\u2019]s\b", "", t)
    t = re.sub(r"['\u2019]", "", t)
    t = re.sub(r"[-\u2010-\u2015/_]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def read_csv(name):
    with open(os.path.join(LEX, name), newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def split(field):
    return [s for s in field.split("|") if s]


def other_file_terms():
    terms = {}
    for row in read_csv("adverse_events.csv")[1:]:
        for t in [row[0]] + split(row[1]):
            terms.setdefault(normalize(t), "adverse_events.csv")
    for row in read_csv("drugs.csv")[1:]:
        for t in [row[0], row[1]] + split(row[3]):
            if t:
                terms.setdefault(normalize(t), "drugs.csv")
    for row in read_csv("devices.csv")[1:]:
        for t in [row[1]] + split(row[3]):
            terms.setdefault(normalize(t), "devices.csv")
    for row in read_csv("drug_classes.csv")[1:]:
        for t in [row[1]] + split(row[4]):
            terms.setdefault(normalize(t), "drug_classes.csv")
    return terms


def write_csv(name, rows):
    """Writes a lexicon CSV as the tagger's files are written: LF line ends, minimal quoting."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    with open(os.path.join(LEX, name), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


def write_added(name, header, entries):
    """Lists what a pass wrote (a TSV beside the scripts) so count_added_gold_use.py can count the gold spans using it."""
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), name), "w", encoding="utf-8") as f:
        f.write("\t".join(header) + "\n")
        for entry in entries:
            f.write("\t".join(entry) + "\n")


def sectioned_lines(pattern):
    """Every entry line of the lists matching pattern beside this script, with its file and its "## " section; comments and
    blank lines skipped. The format every coverage list in this folder shares."""
    for path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), pattern))):
        section = ""
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("## "):
                section = line[3:]
                continue
            if not line or line.startswith("#"):
                continue
            yield path, section, line


def read_concepts(pattern="disease_coverage_*.txt"):
    concepts = []
    for _, chapter, line in sectioned_lines(pattern):
        code, name, syns, ambs = line.split("|")
        concepts.append((chapter, code, name, [s for s in syns.split(";") if s], [a for a in ambs.split(";") if a]))
    return concepts


def main():
    write = "--write" in sys.argv
    added = sys.argv[sys.argv.index("--added") + 1] if "--added" in sys.argv else "disease_coverage_added.tsv"
    source = sys.argv[sys.argv.index("--source") + 1] if "--source" in sys.argv else SOURCE
    rows = read_csv("diseases.csv")
    header, body = rows[0], rows[1:]
    common = {w.strip() for w in open(os.path.join(LEX, "common_words.txt"), encoding="utf-8") if w.strip() and not w.startswith("#")}
    others = other_file_terms()

    plain = {}      # normalized term -> code, plain rows
    ambiguous = {}  # normalized term -> code, ambiguous rows
    for r in body:
        target = ambiguous if r[3] == "true" else plain
        for t in [r[1]] + split(r[2]):
            target.setdefault(normalize(t), r[0])
    names = {r[1].lower(): r[0] for r in body}

    added_rows, extended, skipped, log = [], 0, [], []
    concepts = read_concepts()
    for chapter, code, name, syns, ambs in concepts:
        # A concept whose everyday name diseases.csv already codes takes that code: an older round chose it, and
        # the new synonyms must not give one concept two codes.
        code = plain.get(normalize(name), code)
        missing = []
        for t in [name] + syns:
            n = normalize(t)
            if n in others:
                skipped.append((code, t, others[n]))
            elif n in plain:
                if plain[n] != code:
                    skipped.append((code, t, f"diseases.csv has {plain[n]}"))
            elif n in ambiguous:
                skipped.append((code, t, f"ambiguous in diseases.csv ({ambiguous[n]})"))
            elif " " not in n and n in common:
                skipped.append((code, t, "common_words.txt"))
            elif n not in [normalize(m) for m in missing]:
                missing.append(t.lower() if t != name else t)
        amb_missing = []
        for a in ambs:
            n = normalize(a)
            if n in others or n in plain or n in ambiguous:
                skipped.append((code, a, "abbreviation already listed"))
            else:
                amb_missing.append(a)
        # The row the concept names, else the code's first plain row (two concepts can share a code: E88.09).
        plain_row = next((r for r in body + added_rows if r[0] == code and r[3] == "false" and normalize(r[1]) == normalize(name)),
                         next((r for r in body + added_rows if r[0] == code and r[3] == "false"), None))
        if missing:
            if plain_row is not None:
                plain_row[2] = "|".join(split(plain_row[2]) + [m.lower() for m in missing])
                extended += 1
                log.append(("extended", chapter, code, plain_row[1], ";".join(missing)))
            else:
                row_name = missing[0] if missing[0] == name else name
                if normalize(row_name) in plain or row_name.lower() in names:
                    row_name = missing[0]
                syn = [m.lower() for m in missing if normalize(m) != normalize(row_name)]
                plain_row = [code, row_name, "|".join(syn), "false", source]
                added_rows.append(plain_row)
                names[row_name.lower()] = code
                log.append(("new", chapter, code, row_name, ";".join(syn)))
            for m in missing:
                plain[normalize(m)] = code
        if amb_missing:
            amb_row = next((r for r in body + added_rows if r[0] == code and r[3] == "true"), None)
            if amb_row is not None:
                amb_row[2] = "|".join(split(amb_row[2]) + amb_missing)
                log.append(("extended-ambiguous", chapter, code, amb_row[1], ";".join(amb_missing)))
            elif plain_row is not None:
                amb_row = [code, plain_row[1], amb_missing[0], "true", source]
                amb_row[2] = "|".join(amb_missing)
                added_rows.append(amb_row)
                log.append(("new-ambiguous", chapter, code, plain_row[1], ";".join(amb_missing)))
            else:
                skipped.extend((code, a, "no plain row to pair with") for a in amb_missing)
                continue
            for a in amb_missing:
                ambiguous[normalize(a)] = code

    for entry in log:
        print("\t".join(entry))
    for code, term, why in skipped:
        print(f"skip\t{code}\t{term}\t{why}")
    new_plain = sum(1 for r in added_rows if r[3] == "false")
    new_terms = sum(len(e[4].split(";")) for e in log if e[4]) + sum(1 for e in log if e[0] == "new")
    print(f"# concepts {len(concepts)}; new plain rows {new_plain}; new ambiguous rows {len(added_rows) - new_plain}; "
          f"existing rows extended {extended}; terms added about {new_terms}; terms skipped {len(skipped)}", file=sys.stderr)

    if write:
        write_csv("diseases.csv", [header] + body + added_rows)
        write_added(added, ["action", "chapter", "code", "row", "terms"], log)


if __name__ == "__main__":
    main()
