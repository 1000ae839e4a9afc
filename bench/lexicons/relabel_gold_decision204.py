#!/usr/bin/env python3
"""Decision 204's relabelling of seen sets' markup by rules the guide had already written (GoldSource/README.md) and
earlier rounds had only counted. Each edit names its post, the exact markup it replaces and the rule; an edit whose old
markup is not found exactly once in its post stops the run before anything is written. Only sets one may read are
listed. Afterwards: python3 markup_to_jsonl.py ../Gold/SET/SET.jsonl SET.txt for each set printed.

Usage (from the repository root): python3 bench/lexicons/relabel_gold_decision204.py [--write]
"""
import collections
import os
import re
import sys

SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../tests/Sermo.Analytics.Tests/Tagging/GoldSource")

MEMBRANOUS = "round 18: membranous nephropathy is N04.2 unless the span's words say otherwise"
CHRONIC_HEPATITIS = "round 18: bare HCV, hep C, hep B are chronic (B18.2, B18.1)"
BK_VIREMIA = "round 18: BK viremia is B34.8"
APPENDICITIS = "round 20: bare appendicitis is K37"
TRD = "round 29: treatment resistant depression stays the lexicon's F33"
BACTEREMIA = "round 18: MRSA (MSSA) bacteremia is two spans, the organism A49.02 (A49.01) and bacteremia R78.81"
NEVER_SMOKER = "round 20: never smoker annotates smoker negated"
TRIAL = "round 24: a disease word inside a trial name is the disease, and a later 'for HF' is a mention"
CLINIC = "round 20: X clinic annotates the disease word, unflagged"

EDITS = [
    ("long-r13.txt", "r13-011", "{{Membranous nephropathy|d:N05.2}}", "{{Membranous nephropathy|d:N04.2}}", MEMBRANOUS),
    ("long-r15.txt", "r15-011", "{{Membranous nephropathy|d:N05.2}}", "{{Membranous nephropathy|d:N04.2}}", MEMBRANOUS),
    ("long-r16.txt", "r16-145", "{{membranous nephropathy|d:N05.2}}", "{{membranous nephropathy|d:N04.2}}", MEMBRANOUS),
    ("long-r17.txt", "r17-002", "{{Membranous nephropathy|d:N05.2}}", "{{Membranous nephropathy|d:N04.2}}", MEMBRANOUS),
    ("long-r13.txt", "r13-114", "{{Hepatitis C|d:B19.20}}", "{{Hepatitis C|d:B18.2}}", CHRONIC_HEPATITIS),
    ("long-r13.txt", "r13-114", "{{HCV|d:B19.20}}", "{{HCV|d:B18.2}}", CHRONIC_HEPATITIS),
    ("long-r16.txt", "r16-023", "{{HCV|d:B19.20}}", "{{HCV|d:B18.2}}", CHRONIC_HEPATITIS),
    ("long-r16.txt", "r16-108", "{{HCV|d:B19.20}}", "{{HCV|d:B18.2}}", CHRONIC_HEPATITIS),
    ("long-r16.txt", "r16-097", "{{hep B|d:B19.10}}", "{{hep B|d:B18.1}}", CHRONIC_HEPATITIS),
    ("long-r18.txt", "r18-016", "{{Hep C|d:B19.20}}", "{{Hep C|d:B18.2}}", CHRONIC_HEPATITIS),
    ("long-r18.txt", "r18-109", "{{HCV|d:B19.20}}", "{{HCV|d:B18.2}}", CHRONIC_HEPATITIS),
    ("long-r18.txt", "r18-117", "{{hep C|d:B19.20|u}}", "{{hep C|d:B18.2|u}}", CHRONIC_HEPATITIS),
    ("long-r18.txt", "r18-165", "{{hep C|d:B19.20|u}}", "{{hep C|d:B18.2|u}}", CHRONIC_HEPATITIS),
    ("long-r18.txt", "r18-089", "{{BK viremia|d:B97.89}}", "{{BK viremia|d:B34.8}}", BK_VIREMIA),
    ("long-r10.txt", "r10-067", "{{BK viremia|d:B97.89}}", "{{BK viremia|d:B34.8}}", BK_VIREMIA),
    ("long-r9.txt", "r9-081", "{{BK viremia|d:B97.89}}", "{{BK viremia|d:B34.8}}", BK_VIREMIA),
    ("long.txt", "long-122", "{{BK viremia|d:B97.89}}", "{{BK viremia|d:B34.8}}", BK_VIREMIA),
    ("long-r17.txt", "r17-138", "{{Appendicitis|d:K35.80}}", "{{Appendicitis|d:K37}}", APPENDICITIS),
    ("long-r24.txt", "r24-068", "{{appendicitis|d:K35.80}}", "{{appendicitis|d:K37}}", APPENDICITIS),
    ("long.txt", "long-140", "{{appendicitis|d:K35.80}}", "{{appendicitis|d:K37}}", APPENDICITIS),
    ("long-r19.txt", "r19-088", "{{TRD|d:F32.9}}", "{{TRD|d:F33.2}}", TRD),
    ("long-r26.txt", "r26-006", "{{treatment resistant depression|d:F32.9}}", "{{treatment resistant depression|d:F33.2}}", TRD),
    ("long-r28.txt", "r28-003", "{{treatment resistant depression|d:F32.9}}", "{{treatment resistant depression|d:F33.2}}", TRD),
    ("long-r28.txt", "r28-013", "{{treatment resistant depression|d:F32.9}}", "{{treatment resistant depression|d:F33.2}}", TRD),
    ("long-r22.txt", "r22-123", "{{treatment resistant depression|d:F32.9}}", "{{treatment resistant depression|d:F33.2}}", TRD),
    ("long-r13.txt", "r13-025", "{{MRSA bacteremia|d:R78.81}}", "{{MRSA|d:A49.02}} {{bacteremia|d:R78.81}}", BACTEREMIA),
    ("long-r16.txt", "r16-114", "{{MRSA bacteremia|d:R78.81}}", "{{MRSA|d:A49.02}} {{bacteremia|d:R78.81}}", BACTEREMIA),
    ("long-r17.txt", "r17-172", "{{MRSA bacteremia|d:R78.81}}", "{{MRSA|d:A49.02}} {{bacteremia|d:R78.81}}", BACTEREMIA),
    ("long-r12.txt", "r12-124", "{{MSSA bacteremia|d:R78.81}}", "{{MSSA|d:A49.01}} {{bacteremia|d:R78.81}}", BACTEREMIA),
    ("long-r15.txt", "r15-150", "{{MRSA bacteremia|d:A41.02}}", "{{MRSA|d:A49.02}} {{bacteremia|d:R78.81}}", BACTEREMIA),
    ("long-r14.txt", "r14-078", "{{MRSA bacteremia|d:A41.02}}", "{{MRSA|d:A49.02}} {{bacteremia|d:R78.81}}", BACTEREMIA),
    ("long-r9.txt", "r9-064", "{{MRSA bacteremia|d:A49.02}}", "{{MRSA|d:A49.02}} {{bacteremia|d:R78.81}}", BACTEREMIA),
    ("long-r11.txt", "r11-051", "{{MRSA bacteremia|d:A49.02}}", "{{MRSA|d:A49.02}} {{bacteremia|d:R78.81}}", BACTEREMIA),
    ("long-r10.txt", "r10-051", "{{MRSA|d:A49.02}} bacteremia", "{{MRSA|d:A49.02}} {{bacteremia|d:R78.81}}", BACTEREMIA),
    ("long-r10.txt", "r10-013", "never smoker", "never {{smoker|d:F17.210|n}}", NEVER_SMOKER),
    ("long-r19.txt", "r19-074", "never smoker", "never {{smoker|d:F17.210|n}}", NEVER_SMOKER),
    ("long-r12.txt", "r12-065", "never-smoker", "never-{{smoker|d:F17.210|n}}", NEVER_SMOKER),
    ("long-r20.txt", "r20-028", "never smoker", "never {{smoker|d:F17.210|n}}", NEVER_SMOKER),
    ("long-r23.txt", "r23-044", "STRONG-HF", "STRONG-{{HF|d:I50.9}}", TRIAL),
    ("long-r23.txt", "r23-049", "for HF.", "for {{HF|d:I50.9}}.", TRIAL),
    ("long-r23.txt", "r23-070", "DAPA-CKD", "DAPA-{{CKD|d:N18.9}}", TRIAL),
    ("long-r28.txt", "r28-140", "SERVE-HF", "SERVE-{{HF|d:I50.9}}", TRIAL),
    ("long-r22.txt", "r22-122", "TRED-HF", "TRED-{{HF|d:I50.9}}", TRIAL),
    ("long-fresh.txt", "fresh-079", "HALT-PKD", "HALT-{{PKD|d:Q61.3}}", TRIAL),
    ("long-r9.txt", "r9-006", "Hypertension clinic", "{{Hypertension|d:I10}} clinic", CLINIC),
    ("long-r9.txt", "r9-112", "Chronic pain clinic", "{{Chronic pain|d:G89.29}} clinic", CLINIC),
    ("long-r19.txt", "r19-061", "Hypertension clinic", "{{Hypertension|d:I10}} clinic", CLINIC),
    ("long-r19.txt", "r19-037", "HF clinic", "{{HF|d:I50.9}} clinic", CLINIC),
    ("long-r15.txt", "r15-039", "Sickle cell clinic", "{{Sickle cell|d:D57.1}} clinic", CLINIC),
    ("long-r15.txt", "r15-009", "Kidney stone clinic", "{{Kidney stone|d:N20.0}} clinic", CLINIC),
    ("long-r20.txt", "r20-086", "stroke clinic", "{{stroke|d:I63.9}} clinic", CLINIC),
]


def main():
    write = "--write" in sys.argv
    texts, per_set, per_rule = {}, collections.Counter(), collections.Counter()
    for name, post, old, new, rule in EDITS:
        text = texts.setdefault(name, open(os.path.join(SOURCE, name), encoding="utf-8").read())
        m = re.search(r"^# " + re.escape(post) + r" [^\n]*\n(.*?)(?=^# |\Z)", text, re.S | re.M)
        if not m or m.group(1).count(old) != 1:
            sys.exit(f"{name} {post}: {old!r} found {m.group(1).count(old) if m else 'no post'} times, nothing written")
        body = m.group(1).replace(old, new)
        texts[name] = text[: m.start(1)] + body + text[m.end(1):]
        per_set[name] += 1
        per_rule[rule] += 1
        print(f"{name} {post}: {old} -> {new}  ({rule})")
    print("## spans changed per set:", dict(sorted(per_set.items())))
    print("## per rule:", dict(per_rule))
    if write:
        for name, text in texts.items():
            open(os.path.join(SOURCE, name), "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()
