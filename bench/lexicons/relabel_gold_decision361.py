#!/usr/bin/env python3
"""Brings the readable gold sets' spans to the guide's labels settled in round 52 (decision 361), one question at a time.

The questions are the ones decisions 349 and 355 left open and the lead added; each is one part of the "Labels settled
in round 52" bullet of tests/Sermo.Analytics.Tests/Tagging/GoldSource/README.md. Decision 292's source editor does the
work through decision 299's run_question; each edit is printed (set, post, old -> new). Sets named unseen by GOLD_UNSEEN
(pass 52,53,54 this round) are neither read nor written; long-r49 is readable this round and follows the same rules.
Afterwards run pair_keys.py on the changed sources and regenerate their jsonl with markup_to_jsonl.py.

Usage: GOLD_UNSEEN=52,53,54 python3 bench/lexicons/relabel_gold_decision361.py QUESTION [--write]
"""
import os
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision292 import markup  # noqa: E402
from relabel_gold_decision299 import run_question  # noqa: E402
# decision 349's helpers name a post's set and write one judged edit; this script's tables use them as they are
from relabel_gold_decision349 import bare, relabel, span  # noqa: E402


def rule_edit(question, before, surface, kind, ident, flags, post_text):
    """(new markup, characters of `before` the new span takes in) under a question's rule, or None."""
    low = surface.lower()
    if question == "thiazide-id" and kind == "c" and ident == "thiazide-diuretic":
        return markup(surface, "c", "thiazide", flags), 0  # the lexicon's class id, 18 of 31 class spans
    if question == "hot-flashes" and kind == "ae" and ident == "hot flush":
        return markup(surface, "ae", "hot flashes", flags), 0  # the event row's name, 19 of 26 event spans
    if question == "hot-flashes" and kind == "d" and ident == "R23.2" and "hot flash" in low:
        return markup(surface, "d", "N95.1", flags), 0  # the patient's hot flashes, no drug blamed: the menopausal row
    if question == "gallstones-id" and kind == "ae" and ident == "gallbladder disease" and "gallstone" in low:
        return markup(surface, "ae", "cholelithiasis", flags), 0  # stones the words name, 15 of 19 event spans
    if question == "tetracycline-id" and kind == "c" and ident == "tetracycline":
        if low == "tetracyclines":
            return markup(surface, "c", "tetracycline-class", flags), 0  # the lexicon's class id
        return markup(surface, "g", "tetracycline", flags), 0  # the singular word is the drug the words say
    if question == "prp" and kind == "g" and ident == "platelet-rich plasma":
        return surface, 0  # an autologous blood preparation, not a drug (round 25's blood components), 5 of 7 bare
    return None


# Judged edits, each one span in one post (set, post, old markup, new markup): a reading that needs the sentence.
JUDGED = {
    "the-thiazide": [  # "the thiazide" after HCTZ is the class word the post writes (15 of 16 such spans)
        relabel("r48-156", span("thiazide", "g:hydrochlorothiazide"), span("thiazide", "c:thiazide")),
    ],
    "hot-flashes": [  # menopausal vasomotor symptoms are N95.1 wherever the post names them (r27-150, r34-156 so)
        bare("r10-084", "vasomotor symptoms", "d:N95.1", "52F, severe ", ", 12 a day"),
    ],
    "mrsa-culture": [  # an organism a culture or swab grew is a result (the conventions' "cultures grew Pseudomonas")
        relabel("r21-105", span("MRSA", "d:A49.02") + " from blood", "MRSA from blood"),
        relabel("r26-066", span("MRSA", "d:A49.02") + " grew", "MRSA grew"),
        relabel("r30-089", span("MRSA", "d:A49.02") + " on every bottle", "MRSA on every bottle"),
        relabel("r33-089", span("MRSA", "d:A49.02") + " in the cultures", "MRSA in the cultures"),
        relabel("r7-019", "negative " + span("MRSA", "d:A49.02|n") + " nares", "negative MRSA nares"),
        # the same reading for MSSA (found after the tagger's run: the rule is the organism's place, not its name)
        relabel("r7-074", span("MSSA", "d:A49.01") + " grew", "MSSA grew"),
        relabel("r9-117", span("MSSA", "d:A49.01") + " on culture", "MSSA on culture"),
        # MRSA an antibiotic is chosen to cover is the infection feared, `u` (2 of 3 such mentions so)
        bare("r23-154", "MRSA", "d:A49.02|u", "}} for ", " coverage"),
    ],
    "anemia-kidney": [  # bare "anemia" in a kidney post is what the words say, D64.9 (6 of 7; "anemia of CKD" D63.1)
        relabel("r7-007", span("anemia", "d:D63.1"), span("anemia", "d:D64.9")),
    ],
    "nicotine": [  # nicotine a person takes in is the drug, as caffeine taken is (decision 355); r12, r19, r38 so
        bare("r25-128", "nicotine", "g:nicotine", "liquid ", " is fast"),
        bare("r48-169", "nicotine", "g:nicotine", "since ", " feeds"),
        # "nicotine replacement" names the class row's words, as r14-045 labels it
        relabel("r35-076", span("nicotine replacement", "g:nicotine|u"),
                span("nicotine replacement", "c:nicotine-replacement-therapy|u")),
    ],
    "dysphagia": [  # dysphagia a treatment is given for (tube, PEG, stent) is R13.10, as five readable spans are
        bare("r44-044", "dysphagia", "d:R13.10", "for malignant ", " from"),
    ],
    "clinda-rif": [  # two generics (7 of 9 mentions; decision 337 took the regimen row back)
        relabel("r38-022", span("clindamycin/rifampin", "r:clindamycin-rifampin"),
                span("clindamycin", "g:clindamycin") + "/" + span("rifampin", "g:rifampin")),
        relabel("r48-114", span("clinda/rifampin", "r:clindamycin-rifampin"),
                span("clinda", "g:clindamycin") + "/" + span("rifampin", "g:rifampin")),
    ],
    "estrogen-containing": [  # "estrogen" is the class `estrogen` (round 28), the rest outside (2 of 3 so)
        relabel("r11-044", span("estrogen-containing pills", "c:hormonal-contraceptive|n"),
                span("estrogen", "c:estrogen|n") + "-containing pills"),
    ],
    "decanoate": [  # the ester drops from the id (round 29), "the decanoate" after Haldol dec too
        relabel("r48-042", span("decanoate", "g:haloperidol decanoate"), span("decanoate", "g:haloperidol")),
    ],
    "bleach": [  # household bleach diluted in a bath is no drug product (3 of 4 bare); Dakin's solution stays the drug
        relabel("r48-106", span("bleach baths", "g:sodium hypochlorite"), "bleach baths"),
    ],
    "co2": [  # CO2 retention is Hypercapnia R06.89 (the index; 3 of 4 such words so)
        bare("r48-068", "CO2 retention", "d:R06.89", "given his ", " and"),
    ],
    "venting": [  # the device's name is the span, "venting" (its use) outside, as "complete" is outside an obstruction
        relabel("r10-134", span("Venting G tube", "dev:gastrostomy-tube"), "Venting " + span("G tube", "dev:gastrostomy-tube")),
        relabel("r13-140", span("venting G-tube", "dev:gastrostomy-tube"), "venting " + span("G-tube", "dev:gastrostomy-tube")),
        relabel("r15-137", span("venting G tube", "dev:gastrostomy-tube"), "venting " + span("G tube", "dev:gastrostomy-tube")),
        bare("r44-087", "G port", "dev:gastrostomy-tube", "Venting ", " helps"),
    ],
}
SHORT = {}


def main():
    run_question(sys.argv, rule_edit, JUDGED, SHORT)


if __name__ == "__main__":
    main()
