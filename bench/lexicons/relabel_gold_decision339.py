#!/usr/bin/env python3
"""Brings the readable gold sets' spans to the guide's labels settled in round 50 (decision 339), one question at a time.

Each QUESTION is one part of the "Labels settled in round 50" bullet of tests/Sermo.Analytics.Tests/Tagging/GoldSource/
README.md. Decision 292's source editor and decision 280's short-set editor do the work with this script's rule and
tables, through decision 299's run_question; each edit is printed (set, post, old -> new). Sets named unseen by
GOLD_UNSEEN (pass 52,53,54 this round) are neither read nor written; long-r47 is readable this round and is edited by the
same rules. Afterwards run pair_keys.py on the changed sources and regenerate their jsonl with markup_to_jsonl.py.

Usage: GOLD_UNSEEN=52,53,54 python3 bench/lexicons/relabel_gold_decision339.py QUESTION [--write]
"""
import os
import re
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision292 import markup  # noqa: E402
from relabel_gold_decision299 import run_question  # noqa: E402

# Route words a physician writes before a class word ("oral steroids", "topical antibiotics"): the span takes them in,
# as the lexicon's own route synonyms do ("oral steroid", "iv steroid", "topical antibiotic", "inhaled corticosteroid").
ROUTE_BEFORE = re.compile(r"(?i)(?<![\w-])(oral|topical|inhaled|nasal|intranasal|iv|intravenous|systemic|epidural|"
                          r"intra-articular|intralesional) $")
# Class ids the sets gave a route's class that the lexicon names otherwise: an inhaled steroid is the inhaled class,
# "topical steroids" the corticosteroid class (the guide's round 27 potency bullet).
INHALED_IDS = {"ics", "corticosteroid"}


def rule_edit(question, before, surface, kind, ident, flags, post_text):
    """(new markup, characters of `before` the new span takes in) under a question's rule, or None."""
    low = surface.lower()
    if question == "prep" and kind in ("c", "r") and ident in ("prep", "hiv-prep") and "prep" in low:
        hiv = re.search(r"(?i)(?<![\w-])(hiv) $", before)
        if hiv:  # "HIV PrEP" is one span, the lexicon's "hiv prep"
            return markup(hiv.group(1) + " " + surface, "c", "prep", flags), len(hiv.group(0))
        return (markup(surface, "c", "prep", flags), 0) if (kind, ident) != ("c", "prep") else None
    if question == "route" and kind == "c":
        route = ROUTE_BEFORE.search(before)
        whole = (route.group(1) + " " + surface) if route else surface
        wanted = ident
        if "inhaled" in whole.lower() and ident in INHALED_IDS:
            wanted = "inhaled-corticosteroid"
        elif ident == "topical-corticosteroid":
            wanted = "corticosteroid"
        if route or wanted != ident:
            return markup(whole, "c", wanted, flags), len(route.group(0)) if route else 0
    if question == "salts" and ident == "diatrizoate meglumine/diatrizoate sodium":
        return markup(surface, kind, "diatrizoate", flags), 0  # round 30: salts drop; the lexicon's generic
    if question == "lpr" and kind == "d" and ident == "J38.7" and re.search(r"laryngopharyngeal|lpr", low):
        return markup(surface, "d", "K21.9", flags), 0  # the reflux is gastro-esophageal: Reflux, esophageal K21.9
    if question == "hypoglycemia-unawareness" and kind == "d" and "unaware" in low:
        return markup(surface, "ae", "hypoglycemia", flags), 0  # only the event list names hypoglycemia
    return None


def span(surface, label):
    return "{{%s|%s}}" % (surface, label)


def placed(post, surface, after, flags="", lead=""):
    """A bare feeding-tube word of one post made the device span (the guide's round 30 device kind)."""
    name = "long-fresh" if post.startswith("fresh") else "long-" + post.split("-")[0]
    label = "dev:gastrostomy-tube" + ("|" + flags if flags else "")
    return name, post, lead + surface + after, lead + span(surface, label) + after


# Judged edits, each one span in one post (set, post, old markup, new markup): a reading that needs the sentence.
JUDGED = {
    "prep": [  # HIV pre-exposure prophylaxis is the class `prep`: the drugs taken, a topic or a visit's reason alike
        ("long-r17", "r17-171", "twice a year for PrEP.", "twice a year for " + span("PrEP", "c:prep") + "."),
        ("long", "long-088", "{{HIV|d:B20}} PrEP uptake", span("HIV PrEP", "c:prep") + " uptake"),
        ("long", "long-088", "twice a year for PrEP,", "twice a year for " + span("PrEP", "c:prep") + ","),
        ("long", "long-088", "based PrEP,", "based " + span("PrEP", "c:prep") + ","),
        ("long-r15", "r15-149", "{{HIV|d:B20|u}} {{PrEP|c:prep}} visit", span("HIV PrEP", "c:prep") + " visit"),
    ],
    "gastrostomy": [  # a feeding tube named by any of its words is the device; discussed is `u`, declined `n`
        placed("fresh-094", "PEG", " discussion happening", "u"),
        placed("r19-134", "PEG", " discussion, ", "u"),
        placed("r10-135", "PEG", ". He wants neither", "n", lead="a "),
        placed("r17-097", "PEG tube", " placed for nutrition"),
        placed("r18-106", "PEG", " dependent. Family"),
        placed("r9-019", "PEG", " dependent for now"),
        placed("r18-157", "PEG", " placed. Now"),
        placed("r38-144", "PEG", " placed. Viscous"),
        placed("r24-040", "PEG", ". Rehab at day"),
        placed("r24-060", "PEG", ". The hardest", lead="via "),
        placed("fresh-084", "Feeding tube", " placed. Deintensification"),
        placed("r10-134", "Venting G tube", ", "),
        placed("r15-133", "G tube", ". He declined", lead="via "),
        placed("r15-137", "venting G tube", ". "),
        placed("r18-100", "feeding tube", ". We walked", "u", lead="a "),
        placed("r18-102", "venting gastrostomy", ". "),
    ],
    "pancolitis": [  # Pancolitis, ulcerative K51.00: the extent is the diagnosis treated (8 of 11 spans)
        ("long-r12", "r12-026", "{{UC|d:K51.90}}, pancolitis,", "{{UC|d:K51.90}}, " + span("pancolitis", "d:K51.00") + ","),
        ("long-r14", "r14-026", "{{UC|d:K51.90}}, 41F, pancolitis,", "{{UC|d:K51.90}}, 41F, " + span("pancolitis", "d:K51.00") + ","),
        ("long-r22", "r22-050", "{{UC|d:K51.90}} pancolitis on", "{{UC|d:K51.90}} " + span("pancolitis", "d:K51.00") + " on"),
    ],
    "digital-ulcers": [  # the reason for the vasodilators and bosentan (round 30's findings rule): L98.499
        ("long-r13", "r13-096", "and digital ulcers, 44F", "and " + span("digital ulcers", "d:L98.499") + ", 44F"),
        ("long-r33", "r33-071", "bad enough for digital ulcers in", "bad enough for " + span("digital ulcers", "d:L98.499") + " in"),
        ("long-r43", "r43-145", "and digital ulcers, 47F", "and " + span("digital ulcers", "d:L98.499") + ", 47F"),
    ],
    "overdose": [  # round 25's rule: a drug overdose is the drug (or class) and the event `overdose`, paired
        ("long-r24", "r24-006", "{{acetaminophen overdose|d:T39.1X2A}}",
         span("acetaminophen", "g:acetaminophen|p1") + " " + span("overdose", "ae:overdose|p1")),
        ("long-r24", "r24-012", "{{opioid overdose|d:T40.2X1A}}",
         span("opioid", "c:opioid|p1") + " " + span("overdose", "ae:overdose|p1")),
        ("long-r24", "r24-059", "{{Clonidine overdose|d:T46.5X1A}}",
         span("Clonidine", "g:clonidine|p1") + " " + span("overdose", "ae:overdose|p1")),
        ("long-r24", "r24-090", "{{beta blocker overdose|d:T44.7X2A}}",
         span("beta blocker", "c:beta-blocker|p1") + " " + span("overdose", "ae:overdose|p1")),
        ("long-r24", "r24-021", "TCA overdose:", span("TCA", "c:tca|p2") + " " + span("overdose", "ae:overdose|p2") + ":"),
        ("long-r24", "r24-154", "{{insulin|g:insulin lispro|p1}} overdose,",
         "{{insulin|g:insulin lispro|p1}} " + span("overdose", "ae:overdose|p1") + ","),
        ("long-r12", "r12-095", "{{Opioid overdose|ae:opioid overdose|p1}}",
         span("Opioid", "c:opioid|p1") + " " + span("overdose", "ae:overdose|p1")),
    ],
    "infection-results": [  # a negative test is the infection negated; a positive one the infection (6 of 8 so)
        ("long-r44", "r44-014", "and CMV on biopsies was clean", "and " + span("CMV", "d:B25.9|n") + " on biopsies was clean"),
        ("long-r44", "r44-019", "H. pylori on gastric biopsies was absent",
         span("H. pylori", "d:B96.81|n") + " on gastric biopsies was absent"),
        ("long-r21", "r21-018", "biopsies grew H pylori.", "biopsies grew " + span("H pylori", "d:B96.81") + "."),
        ("long-r24", "r24-057", "H pylori positive so", span("H pylori", "d:B96.81") + " positive so"),
    ],
    "encephalopathy": [  # round 45's rule: an encephalopathy a drug is blamed for is toxic, G92.8
        ("long-r45", "r45-153", "{{encephalopathy|d:G93.40|p1}}", "{{encephalopathy|d:G92.8|p1}}"),
    ],
    "class-in-event": [  # the class apart where the head alone is an event word; "steroid-induced diabetes" is one span
        ("long-fresh", "fresh-098", "{{Opioid induced constipation|ae:constipation|p1}}",
         span("Opioid", "c:opioid|p1") + " induced " + span("constipation", "ae:constipation|p1")),
        ("long-fresh", "fresh-100", "{{Thiazide induced hyponatremia|ae:hyponatremia|p1}}",
         span("Thiazide", "c:thiazide|p1") + " induced " + span("hyponatremia", "ae:hyponatremia|p1")),
        ("long-r18", "r18-021", "{{steroid-induced hyperglycemia|ae:hyperglycemia|p1}}",
         span("steroid", "c:corticosteroid|p1") + "-induced " + span("hyperglycemia", "ae:hyperglycemia|p1")),
        ("long-r23", "r23-033", "{{steroid-induced hyperglycemia|ae:hyperglycemia|p1}}",
         span("steroid", "c:corticosteroid|p1") + "-induced " + span("hyperglycemia", "ae:hyperglycemia|p1")),
        ("long-r44", "r44-150", "{{Opioid-induced constipation|ae:constipation|p1}}",
         span("Opioid", "c:opioid|p1") + "-induced " + span("constipation", "ae:constipation|p1")),
        ("long-r44", "r44-167", "{{Opioid-induced hyperalgesia|ae:hyperalgesia|p1}}",
         span("Opioid", "c:opioid|p1") + "-induced " + span("hyperalgesia", "ae:hyperalgesia|p1")),
        ("long-r8", "r8-043", "{{steroid induced|c:corticosteroid}} {{diabetes|d:E09.9}}", span("steroid induced diabetes", "d:E09.9")),
        ("long-r15", "r15-046", "{{steroid|c:corticosteroid}} induced {{diabetic|d:E11.9}}",
         span("steroid induced diabetic", "d:E09.9")),
    ],
    "manifestations": [  # decision 305's list by round 30's rule: a named diagnosis's manifestation is bare
        ("long-r12", "r12-106", "{{gait ataxia|d:R26.0}}", "gait ataxia"),  # of the B12 deficiency named before it
        # rebound fractures after stopping denosumab are M80.08XA in a bone post (round 45; 6 of 7 spans so)
        ("long-r44", "r44-102", "{{rebound vertebral fractures|ae:fracture|u,p1}}", "{{rebound vertebral fractures|d:M80.08XA|u}}"),
    ],
    "verb-forms": [  # a verb form is the event where the sentence blames a drug, as its noun is ("fainted after ... shot")
        ("long-r12", "r12-140", "She fainted after the first", "She " + span("fainted", "ae:syncope|p1") + " after the first"),
    ],
    "form-words": [  # a form word written after the drug joins its span (round 27); "the cough syrup" after a product is it
        ("long-r27", "r27-013", "{{Enstilar|b:calcipotriene/betamethasone}} foam",
         span("Enstilar foam", "b:calcipotriene/betamethasone")),
        ("long-r27", "r27-013", "{{Zoryve|b:roflumilast|u}} foam", span("Zoryve foam", "b:roflumilast|u")),
        ("long-r34", "r34-117", "{{sodium tetradecyl sulfate|g:sodium tetradecyl sulfate}} foam",
         span("sodium tetradecyl sulfate foam", "g:sodium tetradecyl sulfate")),
        ("long-r14", "r14-124", "{{dextromethorphan|g:dextromethorphan|p1}} cough syrup",
         span("dextromethorphan cough syrup", "g:dextromethorphan|p1")),
        ("long-r36", "r36-025", "stop the cough syrup.",
         "stop the " + span("cough syrup", "b:dextromethorphan/guaifenesin") + "."),
    ],
}
SHORT = {}


def main():
    run_question(sys.argv, rule_edit, JUDGED, SHORT)


if __name__ == "__main__":
    main()
