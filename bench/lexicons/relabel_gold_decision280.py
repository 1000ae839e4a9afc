#!/usr/bin/env python3
"""Brings the readable gold sets' spans to the guide's settled labels (decision 280, round 44), family by family.

Each family is one rule of tests/Sermo.Analytics.Tests/Tagging/GoldSource/README.md ("Conventions"); it is applied to
every readable set, in both directions, and each edit is printed (set, post, old -> new). Sets named unseen by
GOLD_UNSEEN (default here 52,53,54) are neither read nor written. GoldSource/*.txt is edited in place; the short set,
which has no source file, is edited in Gold/short/*.jsonl. Afterwards regenerate each changed set's jsonl with
markup_to_jsonl.py and run pair_keys.py on the changed sources (the guide's order).

Usage: python3 bench/lexicons/relabel_gold_decision280.py FAMILY [--write]
FAMILY: both-list | codes | bare-heads | split-words | statuses | not-mention
"""
import glob
import json
import os
import re
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from unseen_sets import names_unseen  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TAGGING = os.path.join(HERE, "../../tests/Sermo.Analytics.Tests/Tagging")
SPAN = re.compile(r"\{\{([^|{}]+)\|([a-z]+):([^|{}]+?)(?:\|([^{}]*))?\}\}")

# Round 31's event rule (reconfirmed in rounds 32-34): these kidney, electrolyte and C. difficile terms are events
# wherever they appear; a span whose words are one of the event row's terms becomes that event, flags kept.
EVENT_RULE_31 = {
    "clostridioides difficile infection": ["c diff", "c. diff", "cdiff", "c difficile", "c. difficile",
                                           "clostridioides difficile", "c diff infection", "c diff colitis"],
    "acute kidney injury": ["aki", "acute kidney injury", "acute renal failure", "kidney injury"],
    "hyperkalemia": ["hyperkalemia", "hyperkalaemia", "hyperkalemic"],
    "hyponatremia": ["hyponatremia", "hyponatraemia", "hyponatremic"],
    "hypomagnesemia": ["hypomagnesemia", "hypomagnesaemia"],
    "leukopenia": ["leukopenia", "leucopenia"],
}
EVENT_BY_TERM = {term: event for event, terms in EVENT_RULE_31.items() for term in terms}

# Judged edits, each one span in one post (old markup -> new markup, the rule named): a surface whose reading needs
# the sentence (a drug blamed, an age stated) or a status whose span is removed.
JUDGED = {
    "both-list": [  # round 25: an anticoagulant's ICH is the event ("warfarin reversal in an ICH", "an apixaban ICH")
        ("long-r23", "r23-162", "{{ICH|d:I61.9}} on {{apixaban|g:apixaban}}",
         "{{ICH|ae:intracranial hemorrhage|p1}} on {{apixaban|g:apixaban|p1}}"),
        ("long-r24", "r24-042", "{{warfarin|g:warfarin}} reversal in an {{ICH|d:I61.9}}",
         "{{warfarin|g:warfarin|p1}} reversal in an {{ICH|ae:intracranial hemorrhage|p1}}"),
        ("long-r24", "r24-106", "{{apixaban|g:apixaban}} {{ICH|d:I61.9}}",
         "{{apixaban|g:apixaban|p1}} {{ICH|ae:intracranial hemorrhage|p1}}"),
        # round 44: gallstones are read by cause like every both-list concept (the event where a drug is blamed)
        ("long-r18", "r18-037", "the {{gallstones|d:K80.20}} worse", "the {{gallstones|ae:cholelithiasis|p1}} worse"),
        ("long-heldout", "long-048", "patients with {{gallstones|ae:gallbladder disease}}",
         "patients with {{gallstones|d:K80.20}}"),
    ],
    "codes": [  # rounds 19, 24, 25: an infarction the post dates beyond four weeks is I25.2; round 21: sinusitis
        ("long-fresh", "fresh-069", "{{MI|d:I21.9}} 8 months ago", "{{MI|d:I25.2}} 8 months ago"),
        ("long-heldout", "long-003", "prior {{MI|d:I21.9}} at 49", "prior {{MI|d:I25.2}} at 49"),
        ("long-r11", "r11-092", "{{MI|d:I21.9}} two years ago", "{{MI|d:I25.2}} two years ago"),
        ("long-r11", "r11-130", "{{STEMI|d:I21.3}} last year", "{{STEMI|d:I25.2}} last year"),
        ("long-r15", "r15-019", "{{heart attack|d:I21.9}} in 2023", "{{heart attack|d:I25.2}} in 2023"),
        ("long-r17", "r17-028", "{{MI|d:I21.9}} was in 2022", "{{MI|d:I25.2}} was in 2022"),
        ("long-r20", "r20-002", "prior {{NSTEMI|d:I21.4}}", "prior {{NSTEMI|d:I25.2}}"),
        ("long-r26", "r26-011", "for {{NSTEMI|d:I21.4}}", "for {{NSTEMI|d:I25.2}}"),
        ("long-r9", "r9-031", "{{MI|d:I21.9}} 2 years ago", "{{MI|d:I25.2}} 2 years ago"),
        ("long", "long-001", "s/p {{NSTEMI|d:I21.4}} last year", "s/p {{NSTEMI|d:I25.2}} last year"),
        ("long-heldout", "long-096", "{{Sinusitis|d:J01.90}}", "{{Sinusitis|d:J32.9}}"),
        ("long-heldout", "long-096", "{{bacterial sinusitis|d:J01.90}}", "{{bacterial sinusitis|d:J32.9}}"),
        ("long-r18", "r18-010", "{{sinus infection|d:J01.90|n}}", "{{sinus infection|d:J32.9|n}}"),
        ("long-r27", "r27-077", "{{Chronic sinusitis with nasal polyps|d:J33.9}}",
         "{{Chronic sinusitis with nasal polyps|d:J32.9}}"),
        # round 19: gallstone pancreatitis is one disease span K85.1 (long-heldout's one event span named there)
        ("long-heldout", "long-048", "or gallstone {{pancreatitis|ae:pancreatitis}}", "or {{gallstone pancreatitis|d:K85.10}}"),
        # round 27: CRSwNP J33.9
        ("long-r12", "r12-126", "{{CRSwNP|d:J32.9}}", "{{CRSwNP|d:J33.9}}"),
        # round 20: history of a cancer is its C code
        ("long-r14", "r14-165", "{{breast cancer|d:Z85.3}}", "{{breast cancer|d:C50.919}}"),
        ("long-r15", "r15-067", "{{breast cancer|d:Z85.3}}", "{{breast cancer|d:C50.919}}"),
        # round 22: smoldering myeloma D47.2
        ("long-r13", "r13-020", "{{Smoldering myeloma|d:D47.Z2}}", "{{Smoldering myeloma|d:D47.2}}"),
        ("long-r16", "r16-096", "{{smoldering myeloma|d:D47.Z2}}", "{{smoldering myeloma|d:D47.2}}"),
        ("long-r21", "r21-134", "{{Smoldering myeloma|d:C90.00|n}}", "{{Smoldering myeloma|d:D47.2|n}}"),
        # round 22: septic shock R65.21
        ("long-r21", "r21-057", "{{septic shock|d:A41.9}}", "{{septic shock|d:R65.21}}"),
        # round 22: myocarditis in a patient now ill I40.9
        ("long-r21", "r21-151", "{{myocarditis|d:I51.4|u}}", "{{myocarditis|d:I40.9|u}}"),
        ("long-r21", "r21-151", "{{myocarditis|d:I51.4}}", "{{myocarditis|d:I40.9}}"),
        # round 23: N25.81
        ("long-r22", "r22-014", "{{secondary hyperparathyroidism|d:E21.1}}", "{{secondary hyperparathyroidism|d:N25.81}}"),
        # rounds 17 and 25: a bare post-operative abscess L02.91
        ("long-r24", "r24-087", "{{abscess|d:K65.1}}", "{{abscess|d:L02.91}}"),
        # round 29: F29
        ("long-r28", "r28-016", "{{first episode psychosis|d:F23}}", "{{first episode psychosis|d:F29}}"),
        # round 31: organisms keep the lexicon's code
        ("long-r30", "r30-093", "{{Pseudomonas|d:A49.8}}", "{{Pseudomonas|d:B96.5}}"),
        ("long-r30", "r30-130", "{{Pseudomonas|d:A49.8}}", "{{Pseudomonas|d:B96.5}}"),
        # round 33: bare hemothorax J94.2
        ("long-r32", "r32-029", "{{hemothorax|d:S27.1XXA}}", "{{hemothorax|d:J94.2}}"),
        # round 34: I87.2, G93.5
        ("long-r33", "r33-064", "{{venous stasis ulcer|d:I83.009}}", "{{venous stasis ulcer|d:I87.2}}"),
        ("long-r33", "r33-093", "{{Chiari|d:Q07.00}}", "{{Chiari|d:G93.5}}"),
        ("long-r33", "r33-093", "{{Chiari malformation|d:Q07.00}}", "{{Chiari malformation|d:G93.5}}"),
        # round 35: the older J45 label stands
        ("long-r34", "r34-010", "{{eosinophilic asthma|d:J82.83}}", "{{eosinophilic asthma|d:J45.50}}"),
        # round 17: E03.9
        ("long-r6", "r6-062", "{{subclinical hypothyroidism|d:E02}}", "{{subclinical hypothyroidism|d:E03.9}}"),
    ],
    "split-words": [  # round 19: bare back pain is a symptom; round 20: food impaction in EoE; round 44: BRCA, ESBL
        ("long-r15", "r15-111", "{{back pain|d:M54.9}}", "back pain"),
        ("long-r18", "r18-068", "{{back pain|d:M54.9}}", "back pain"),
        ("long-r18", "r18-123", "old {{back pain|d:M54.9}}", "old back pain"),
        ("long-r19", "r19-006", "{{back pain|d:M54.9}}", "back pain"),
        ("long-r17", "r17-021", "Chronic {{back pain|d:M54.9}}", "{{Chronic back pain|d:M54.9}}"),
        ("long-r6", "r6-023", "Chronic low back pain, 62M", "{{Chronic low back pain|d:M54.50}}, 62M"),
        ("long-r15", "r15-159", "{{food impactions|d:T18.128A}}", "food impactions"),
        ("long-r17", "r17-141", "{{Food impaction|d:T18.128A}}", "Food impaction"),
        ("long-r18", "r18-087", "{{food impactions|d:T18.128A}}", "food impactions"),
        ("long-r19", "r19-143", "{{food impaction|d:T18.128A}}", "food impaction"),
        ("long-fresh", "fresh-052", "{{BRCA2|d:Z15.01|u}}", "BRCA2"),
        ("long-fresh", "fresh-059", "{{BRCA|d:Z15.01|f}}", "BRCA"),
        ("long-r10", "r10-084", "{{BRCA1|d:Z15.01}}", "BRCA1"),
        ("long-r18", "r18-140", "{{BRCA1 mutation|d:Z15.01}}", "BRCA1 mutation"),
        ("long-r19", "r19-084", "{{BRCA1|d:Z15.01}}", "BRCA1"),
        ("long-r40", "r40-080", "{{BRCA1 carrier|d:Z15.01}}", "BRCA1 carrier"),
        ("long-r41", "r41-", "{{BRCA2 carrier|d:Z15.03}}", "BRCA2 carrier"),
        ("long-r10", "r10-091", "{{ESBL|d:Z16.12}}", "ESBL"),
        ("long-r36", "r36-153", "{{ESBL|d:Z16.12}}", "ESBL"),
        # round 44: "sugar" is the disease only as the patient's lay name for it, not as the glucose level
        ("long-r17", "r17-005", "{{sugar|d:E11.9|n}}", "sugar"),
        # round 30: a symptom that is a manifestation of the diagnosis the post names is not annotated (dermatomyositis)
        ("long-r11", "r11-094", "{{dysphagia|d:R13.10}}", "dysphagia"),
        ("long-r31", "r31-159", "{{dysphagia|d:R13.10}}", "dysphagia"),
    ],
    "bare-heads": [
        # round 32: a bare head that refers back to the post's named disease is its span (stones; round 44: exacerbations, crises)
        ("long", "long-109", "4 stones in 3 years", "4 {{stones|d:N20.0}} in 3 years"),
        ("long", "long-109", "No stones in 18 months", "No {{stones|d:N20.0|n}} in 18 months"),
        ("long-r17", "r17-137", "a stone blocking", "a {{stone|d:N20.0}} blocking"),
        ("long-r20", "r20-138", "No new stones", "No new {{stones|d:N20.0|n}}"),
        ("long-fresh", "fresh-004", "two exacerbations needing", "two {{exacerbations|d:J44.1}} needing"),
        ("long-r10", "r10-056", "frequent exacerbations", "frequent {{exacerbations|d:J44.1}}"),
        ("long-r10", "r10-056", "zero exacerbations", "zero {{exacerbations|d:J44.1|n}}"),
        ("long-r19", "r19-114", "two exacerbations this year", "two {{exacerbations|d:J44.1}} this year"),
        ("long-r20", "r20-008", "two exacerbations a year", "two {{exacerbations|d:J44.1}} a year"),
        ("long-r21", "r21-037", "two exacerbations on", "two {{exacerbations|d:J44.1}} on"),
        ("long-r22", "r22-009", "2 exacerbations last year", "2 {{exacerbations|d:J44.1}} last year"),
        ("long-r25", "r25-161", "2 exacerbations,", "2 {{exacerbations|d:J44.1}},"),
        ("long-r31", "r31-083", "two exacerbations last year", "two {{exacerbations|d:J44.1}} last year"),
        ("long-r31", "r31-090", "if exacerbations continue", "if {{exacerbations|d:J44.1|u}} continue"),
        ("long-r9", "r9-071", "two exacerbations last year", "two {{exacerbations|d:J44.1}} last year"),
        ("long-r31", "r31-082", "for an exacerbation.", "for an {{exacerbation|d:J44.1}}."),
        ("long-r14", "r14-037", "three exacerbations last year", "three {{exacerbations|d:J47.1}} last year"),
        ("long-r15", "r15-164", "three exacerbations a year", "three {{exacerbations|d:J47.1}} a year"),
        ("long-r16", "r16-050", "three exacerbations a year", "three {{exacerbations|d:J47.1}} a year"),
        ("long-r17", "r17-164", "three exacerbations a year", "three {{exacerbations|d:J47.1}} a year"),
        ("long-r19", "r19-115", "three exacerbations a year", "three {{exacerbations|d:J47.1}} a year"),
        ("long-r20", "r20-127", "3 exacerbations a year", "3 {{exacerbations|d:J47.1}} a year"),
        ("long-r31", "r31-102", "three exacerbations this year", "three {{exacerbations|d:J47.1}} this year"),
        ("long-r23", "r23-099", "He had a crisis last year", "He had a {{crisis|d:G70.01}} last year"),
        ("long-r7", "r7-059", "Hospitalized in crisis", "Hospitalized in {{crisis|d:G70.01}}"),
        ("long-r26", "r26-169", "{{sickle cell|d:D57.1}} crises", "{{sickle cell crises|d:D57.00}}"),
        ("long-r40", "r40-072", "8 crises a year", "8 {{crises|d:D57.00}} a year"),
        ("long-heldout", "long-066", "Sickle cell pain crisis management", "{{Sickle cell pain crisis|d:D57.00}} management"),
    ],
    "not-mention": [  # round 22: "RSV positive" is a result about a pathogen, not the disease (the bronchiolitis is)
        ("long", "long-101", "{{RSV|d:B97.4}} positive", "RSV positive"),
        ("long-r7", "r7-065", "{{RSV|d:B97.4}} positive", "RSV positive"),
        ("long-r20", "r20-137", "{{RSV|d:B97.4}} positive", "RSV positive"),
    ],
    "statuses": [],
}
# Short set (Gold/short/*.jsonl, no source): (file, id, surface, new type or "add", new id).
SHORT = {
    "both-list": [("diseases.jsonl", "diseases-023", "ICH", "adverse-event", "intracranial hemorrhage")],
    "bare-heads": [("diseases.jsonl", "diseases-041", "exacerbations", "add", "J44.1"),
                   ("diseases.jsonl", "diseases-067", "crisis", "add", "D57.00"),
                   ("diseases.jsonl", "diseases-092", "crisis", "add", "G70.01")],
    "codes": [("diseases.jsonl", "diseases-004", "MI", "disease", "I25.2"),
              ("diseases.jsonl", "diseases-005", "MI", "disease", "I25.2"),
              ("drugs.jsonl", "drugs-134", "sinusitis", "disease", "J32.9")],
}
STATUS_CODES = re.compile(r"^Z94\.|^Z99\.2$")
ORGANISM_AFTER_GREW = re.compile(r"\bgrew (?:out )?$", re.I)


def rule_edit(family, markup_before, surface, kind, ident, flags):
    """The new markup of one span under a mechanical family rule, or None when the rule does not touch it."""
    if family == "both-list" and kind == "d" and surface.lower() in EVENT_BY_TERM:
        return "{{%s|ae:%s%s}}" % (surface, EVENT_BY_TERM[surface.lower()], "|" + flags if flags else "")
    if family == "statuses" and kind == "d" and (STATUS_CODES.search(ident) or
                                                 (ident == "N18.6" and re.search(r"dialysis", surface, re.I))):
        return surface
    if family == "not-mention" and kind == "d" and ORGANISM_AFTER_GREW.search(markup_before[-12:]):
        return surface
    return None


def apply_judged(line, name, post, family, judged):
    """Each judged edit (set, post id or its prefix, old markup, new markup) of this post applied once to one line, and
    printed; returns the line and the number applied. Decision 292's script calls it too."""
    changed = 0
    for _, post_id, old, repl in judged:
        if post and post.startswith(post_id) and old in line:
            line = line.replace(old, repl, 1)
            print(f"{name}\t{post}\t{family}\t{old} -> {repl}")
            changed += 1
    return line, changed


def relabel_source(path, family, write):
    name = os.path.basename(path)[:-4]
    lines = open(path, encoding="utf-8").read().split("\n")
    post, changed = None, 0
    judged = [e for e in JUDGED.get(family, []) if e[0] == name]
    for i, line in enumerate(lines):
        if line.startswith("# "):
            post = line.split()[1]
            continue
        new, cursor, out = line, 0, []
        for m in SPAN.finditer(line):
            out.append(line[cursor:m.start()])
            repl = rule_edit(family, line[:m.start()], m.group(1), m.group(2), m.group(3), m.group(4))
            out.append(m.group(0) if repl is None else repl)
            if repl is not None:
                print(f"{name}\t{post}\t{family}\t{m.group(0)} -> {repl}")
                changed += 1
            cursor = m.end()
        out.append(line[cursor:])
        new, judged_changes = apply_judged("".join(out), name, post, family, judged)
        changed += judged_changes
        lines[i] = new
    if write and changed:
        open(path, "w", encoding="utf-8").write("\n".join(lines))
    return changed


def relabel_short(family, write, table=None):
    """The short set's listed edits of one family; decision 299's script passes its own table."""
    changed = 0
    for file_name, sid, surface, new_type, new_id in (SHORT if table is None else table).get(family, []):
        path = os.path.join(TAGGING, "Gold/short", file_name)
        rows = [json.loads(l) for l in open(path, encoding="utf-8")]
        for row in rows:
            if row["id"] != sid:
                continue
            if new_type == "add":  # a bare head the sentence leaves unannotated becomes a disease span
                start = re.search(r"\b%s\b" % re.escape(surface), row["text"]).start()
                row["entities"].append({"start": start, "end": start + len(surface), "text": surface, "type": "disease",
                                        "id": new_id, "negated": False, "uncertain": False, "familyHistory": False,
                                        "sentiment": "neutral"})
                row["entities"].sort(key=lambda e: e["start"])
                print(f"short/{file_name}\t{sid}\t{family}\t{surface} -> disease:{new_id}")
                changed += 1
                continue
            for ent in list(row["entities"]):
                if ent["text"] == surface and ent["type"] in ("disease", "adverse-event"):
                    print(f"short/{file_name}\t{sid}\t{family}\t{ent['type']}:{ent['id']} -> {new_type}:{new_id}")
                    ent["type"], ent["id"] = new_type, new_id
                    changed += 1
        if write:
            with open(path, "w", encoding="utf-8") as out:
                out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return changed


def relabel_readable(source_edit, short_edit, family, write):
    """One family (or question) applied to every readable source and to the short set; the spans changed. Decision
    292's script calls it with its own two editors."""
    total = 0
    for path in sorted(glob.glob(os.path.join(TAGGING, "GoldSource/long*.txt"))):
        if names_unseen(os.path.basename(path)):
            continue
        total += source_edit(path, family, write)
    return total + short_edit(family, write)


def main():
    family, write = sys.argv[1], "--write" in sys.argv
    total = relabel_readable(relabel_source, relabel_short, family, write)
    expected = sum(1 for _ in JUDGED.get(family, [])) + len(SHORT.get(family, []))
    print(f"## {family}: {total} spans changed ({expected} judged edits listed)")


if __name__ == "__main__":
    main()
