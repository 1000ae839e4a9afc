#!/usr/bin/env python3
"""Brings the readable gold sets' spans to the guide's labels settled in round 45 (decision 292), one question at a time.

Each QUESTION is one "Labels settled in round 45" bullet of tests/Sermo.Analytics.Tests/Tagging/GoldSource/README.md. A
rule (a span's surface and label) or a judged edit (set, post, old markup, new markup: a reading that needs the sentence)
is applied to every readable set, in both directions, and each edit is printed (set, post, old -> new). Sets named
unseen by GOLD_UNSEEN (default here 52,53,54) are neither read nor written. GoldSource/*.txt is edited in place; the
short set, which has no source, is edited in Gold/short/*.jsonl. Afterwards run pair_keys.py on the changed sources
and regenerate their jsonl with markup_to_jsonl.py (the guide's order). Decision 280's script is the model.

Usage: python3 bench/lexicons/relabel_gold_decision292.py QUESTION [--write]
"""
import glob
import json
import os
import re
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision280 import apply_judged, relabel_readable  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TAGGING = os.path.join(HERE, "../../tests/Sermo.Analytics.Tests/Tagging")
SPAN = re.compile(r"\{\{([^|{}]+)\|([a-z]+):([^|{}]+?)(?:\|([^{}]*))?\}\}")
BLOOD_COMPONENTS = {"fresh frozen plasma", "red blood cells", "cryoprecipitate", "platelets", "whole blood", "plasma"}
BONE_POST = re.compile(r"osteopor|osteopen|T.?score|denosumab|prolia|bisphosphonate|alendronate|zoledron|romosozumab|"
                       r"evenity|teriparatide|abaloparatide|fragility", re.I)


def markup(surface, kind, ident, flags):
    return "{{%s|%s:%s%s}}" % (surface, kind, ident, "|" + flags if flags else "")


def without_pair_keys(flags):
    """A disease span carries no pair key (keys pair a drug with an event)."""
    return ",".join(f for f in (flags or "").split(",") if f and not re.fullmatch(r"p\d+", f))


def rule_edit(question, before, surface, kind, ident, flags, post_text):
    """(new markup, characters of `before` the new span takes in) under a question's rule, or None."""
    low = surface.lower()
    if question == "insulin" and low in ("insulin", "insulin drip", "basal insulin") and \
            (kind, ident) in (("g", "insulin regular"), ("c", "insulin"), ("c", "basal-insulin")):
        return markup(surface, "g", "insulin", flags), 0
    if question == "iron" and low == "iron" and (kind, ident) == ("g", "ferrous sulfate"):
        return markup(surface, "g", "iron", flags), 0
    if question == "cipro" and low == "cipro" and ident == "ciprofloxacin":
        wanted = "b" if surface[0] == "C" else "g"  # capitalised: Bayer's brand; lower case: the generic's shorthand
        return (markup(surface, wanted, ident, flags), 0) if kind != wanted else None
    if question == "estrogen" and low in ("estrogen", "estrogens", "vaginal estrogen") and kind == "g":
        vaginal = re.search(r"(vaginal) $", before, re.I)
        if vaginal:  # the span the words "vaginal estrogen" name is the product estradiol
            return markup(vaginal.group(1) + " " + surface, "g", "estradiol", flags), len(vaginal.group(0))
        if low == "vaginal estrogen":
            return (markup(surface, "g", "estradiol", flags), 0) if ident != "estradiol" else None
        return markup(surface, "c", "estrogen", flags), 0
    if question == "calcium" and low == "calcium" and (kind, ident) == ("g", "calcium"):
        return markup(surface, "g", "calcium carbonate", flags), 0  # every one of these is a supplement taken by mouth
    if question == "blood-components" and kind == "g" and ident in BLOOD_COMPONENTS:
        return surface, 0
    if question == "vertebral-fractures" and BONE_POST.search(post_text):
        whole = re.search(r"(vertebral (?:compression )?)$", before, re.I)
        if low.startswith("fracture") and whole:
            return markup(whole.group(1) + surface, "d", "M80.08XA", without_pair_keys(flags)), len(whole.group(1))
        if re.search(r"vertebral (compression )?(fracture|fx)", low) and not ident.startswith("M80"):
            return markup(surface, "d", "M80.08XA", without_pair_keys(flags)), 0
    if question == "aerd" and kind == "d" and ident == "J82.83" and re.search(r"aerd|aspirin.exacerbated", low):
        return markup(surface, "d", "J45.909", flags), 0
    if question == "palpitations" and low == "palpitations" and (kind, ident) == ("ae", "tachycardia"):
        return markup(surface, "ae", "palpitations", flags), 0
    if question == "recurrent-c-diff" and kind == "d" and re.fullmatch(r"(recurrent )?c\.? ?diff", low):
        lead = re.match(r"(recurrent )", surface, re.I)
        event = markup(surface[len(lead.group(1)):] if lead else surface, "ae", "clostridioides difficile infection",
                       flags)
        return (lead.group(1) + event if lead else event), 0
    return None


# Judged edits, each one span in one post (old markup -> new markup): a reading that needs the sentence.
JUDGED = {
    "tpn": [(s, p, old, old.replace("TPN", "{{TPN|g:parenteral nutrition}}", 1)) for s, p, old in [
        ("long-fresh", "fresh-007", "home TPN for"), ("long-r10", "r10-055", "on TPN, positive"),
        ("long-r10", "r10-134", "TPN would not"), ("long-r14", "r14-082", "long-term TPN."),
        ("long-r20", "r20-111", "a TPN patient"), ("long-r24", "r24-115", "in TPN patient"),
        ("long-r30", "r30-119", "in a TPN patient"), ("long-r33", "r33-103", "TPN meanwhile"),
        ("long-r33", "r33-142", "NPO with TPN")]],
    "penicillin": [  # bare "penicillin" names no form: the lexicon's `penicillin`, unless it refers back to a product
        ("long-r29", "r29-066", "{{Penicillin|g:penicillin v}}", "{{Penicillin|g:penicillin}}"),
        ("long-r30", "r30-142", "{{penicillin|g:penicillin g potassium}}", "{{penicillin|g:penicillin}}"),
        ("long-r37", "r37-083", "{{penicillin|g:penicillin g potassium}}", "{{penicillin|g:penicillin}}"),
        ("long-r41", "r41-064", "{{penicillin|g:penicillin v}}", "{{penicillin|g:penicillin}}"),
        ("long-r42", "r42-101", "{{penicillin|g:penicillin g}}", "{{penicillin|g:penicillin}}"),
    ],
    "estrogen": [("long-r29", "r29-085", "No estrogen for her", "No {{estrogen|c:estrogen|n}} for her")],
    "menacwy": [("long-r42", "r42-011", "{{MenACWY|g:meningococcal vaccine}}",
                 "{{MenACWY|g:meningococcal acwy vaccine}}")],
    "aerd": [("long-r14", "r14-147", "the full AERD triad", "the full {{AERD|d:J45.909}} triad")],
    "erythema-migrans": [
        ("long-r20", "r20-163", "with erythema migrans,", "with {{erythema migrans|d:A69.20}},"),
        ("long-r42", "r42-137", ", erythema migrans on", ", {{erythema migrans|d:A69.20}} on"),
    ],
    "covid-myocarditis": [("long-r42", "r42-168", "{{COVID myocarditis|d:I40.9}}", "{{COVID myocarditis|d:U07.1}}")],
    "palpitations": [
        ("long-r12", "r12-012", "with palpitations and", "with {{palpitations|ae:palpitations}} and"),
        ("long-r13", "r13-091", "for palpitations.", "for {{palpitations|ae:palpitations}}."),
        ("long-r37", "r37-062", "for palpitations.", "for {{palpitations|ae:palpitations}}."),
    ],
    "drug-caused-conditions": [  # the index's code for a condition the sentence puts on a drug (same category)
        ("long-r12", "r12-072", "{{hypothyroidism|d:E03.9}} from", "{{hypothyroidism|d:E03.2}} from"),
        ("long-r13", "r13-056", "{{hypothyroidism|d:E03.9}} from", "{{hypothyroidism|d:E03.2}} from"),
        ("long-r17", "r17-047", "{{hypothyroidism|d:E03.9}} from", "{{hypothyroidism|d:E03.2}} from"),
        ("long-r19", "r19-084", "{{hypothyroidism|d:E03.9}}", "{{hypothyroidism|d:E03.2}}"),
        ("long-r27", "r27-012", "{{hypothyroidism|d:E03.9}} from", "{{hypothyroidism|d:E03.2}} from"),
        ("long-r30", "r30-001", "{{hypothyroidism|d:E03.9}} from", "{{hypothyroidism|d:E03.2}} from"),
        ("long-r6", "r6-053", "{{hypothyroidism|d:E03.9}} from", "{{hypothyroidism|d:E03.2}} from"),
        ("long-r6", "r6-094", "{{hypothyroidism|d:E03.9}}", "{{hypothyroidism|d:E03.2}}"),
        ("long-r13", "r13-097", "{{osteoporosis|d:M81.0}} from", "{{osteoporosis|d:M81.8}} from"),
        ("long-r31", "r31-161", "induced {{osteoporosis|d:M81.0}}", "induced {{osteoporosis|d:M81.8}}"),
        ("long", "long-125", "{{cardiomyopathy|d:I42.9}}", "{{cardiomyopathy|d:I42.7}}"),
        ("long-r15", "r15-097", "{{encephalopathy|d:G93.40}} from", "{{encephalopathy|d:G92.8}} from"),
        ("long-r36", "r36-037", "{{encephalopathy|d:G93.40|p1}}", "{{encephalopathy|d:G92.8|p1}}"),
    ],
    "viral-tests": [  # round 19 and decision 130: a viral load or RNA test is a test, the pathogen inside it no mention
        ("long-r11", "r11-059", "{{HIV|d:B20|n}} RNA", "HIV RNA"),
        ("long-r20", "r20-018", "{{HIV|d:B20}} VL", "HIV VL"),
        ("long", "long-050", "{{HCV|d:B18.2}} RNA", "HCV RNA"),
    ],
    "hyperuricemia": [("long-r41", "r41-060", "{{Hyperuricemia|d:E79.0}}", "{{Hyperuricemia|ae:hyperuricemia|p9}}"),
                      ("long-r41", "r41-060", "{{cyclosporine|g:cyclosporine}}", "{{cyclosporine|g:cyclosporine|p9}}")],
}


def relabel_line(question, line, post_text, rule=None):
    out, cursor, changes = [], 0, []
    for m in SPAN.finditer(line):
        before = line[cursor:m.start()]
        edit = (rule or rule_edit)(question, line[:m.start()], m.group(1), m.group(2), m.group(3), m.group(4), post_text)
        if edit is None:
            out.append(before + m.group(0))
        else:
            new, taken = edit
            out.append(before[:len(before) - taken] + new)
            changes.append((m.group(0), new))
        cursor = m.end()
    out.append(line[cursor:])
    return "".join(out), changes


def relabel_source(path, question, write, rule=None, judged_table=None):
    """One question's rule and judged edits over one source; decision 299's script passes its own rule and table."""
    name = os.path.basename(path)[:-4]
    lines = open(path, encoding="utf-8").read().split("\n")
    judged = [e for e in (JUDGED if judged_table is None else judged_table).get(question, []) if e[0] == name]
    post, starts, changed = None, {}, 0
    for i, line in enumerate(lines):  # each post's whole text, so a rule may read the post it is in
        if line.startswith("# "):
            post = line.split()[1]
        starts.setdefault(post, []).append(line)
    post = None
    for i, line in enumerate(lines):
        if line.startswith("# "):
            post = line.split()[1]
            continue
        new, changes = relabel_line(question, line, "\n".join(starts.get(post, [])), rule)
        for old, repl in changes:
            print(f"{name}\t{post}\t{question}\t{old} -> {repl}")
        new, judged_changes = apply_judged(new, name, post, question, judged)
        changed += len(changes) + judged_changes
        lines[i] = new
    if write and changed:
        open(path, "w", encoding="utf-8").write("\n".join(lines))
    return changed


def relabel_short(question, write):
    """The short set has no source: a rule's type or id change is made on its entities directly."""
    changed = 0
    for path in sorted(glob.glob(os.path.join(TAGGING, "Gold/short/*.jsonl"))):
        rows = [json.loads(l) for l in open(path, encoding="utf-8")]
        file_changed = 0
        for row in rows:
            for ent in list(row["entities"]):
                kind = {"generic": "g", "brand": "b", "drug-class": "c", "disease": "d", "adverse-event": "ae"}.get(
                    ent["type"])
                if kind is None:
                    continue
                before = row["text"][:ent["start"]]
                edit = rule_edit(question, before, ent["text"], kind, str(ent.get("id")), "", row["text"])
                if edit is None or edit[1]:
                    continue
                m = SPAN.fullmatch(edit[0])
                if m is None:  # the span is removed
                    row["entities"].remove(ent)
                else:
                    ent["type"] = {"g": "generic", "b": "brand", "c": "drug-class", "d": "disease",
                                   "ae": "adverse-event"}[m.group(2)]
                    ent["id"] = m.group(3)
                print(f"short/{os.path.basename(path)}\t{row['id']}\t{question}\t{kind}:{ent.get('id')} {edit[0]}")
                file_changed += 1
        if write and file_changed:
            with open(path, "w", encoding="utf-8") as out:
                out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        changed += file_changed
    return changed


def main():
    question, write = sys.argv[1], "--write" in sys.argv
    total = relabel_readable(relabel_source, relabel_short, question, write)
    print(f"## {question}: {total} spans changed ({len(JUDGED.get(question, []))} judged edits listed)")


if __name__ == "__main__":
    main()
