#!/usr/bin/env python3
"""Decision 370's label edits (round 52, issue #13): more surfaces the readable gold sets label two ways, one QUESTION a run.

Each question is one part of decision 370's sub-bullet in the guide's "Labels settled in round 52" bullet
(tests/Sermo.Analytics.Tests/Tagging/GoldSource/README.md). The id rules below and the JUDGED table go through decision
299's run_question (decision 292's source editor), which prints every edit as set, post, old -> new and writes only
with --write; GOLD_UNSEEN names the sets it never opens (52,53,54 this round).
Then: pair_keys.py over the edited sources, markup_to_jsonl.py for their jsonl.

    GOLD_UNSEEN=52,53,54 python3 bench/lexicons/relabel_gold_decision370.py QUESTION [--write]
"""
import os
import re
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision292 import markup  # noqa: E402
from relabel_gold_decision299 import run_question  # noqa: E402
# decision 349's helpers name a post's set and write one judged edit; this script's tables use them as they are
from relabel_gold_decision349 import bare, relabel  # noqa: E402

# "steroid" with the modifier inside the span: the class word alone is the span, the modifier outside (decision 353's
# list; 30 of 34 readable spans so)
STEROID_WITH_MODIFIER = re.compile(r"(?i)(steroids?)([- ](?:sparing|sparer|taper\w*|dependent|refractory))")


def rule_edit(question, before, surface, kind, ident, flags, post_text):
    """(new markup, characters of `before` the new span takes in) under a question's rule, or None."""
    if question == "oral-iron" and (kind, ident) == ("c", "oral-iron"):
        return markup(surface, "g", "iron", flags), 0  # no class row; "oral" is a route word, the drug is iron
    if question == "triple-therapy" and (kind, ident) == ("r", "triple-therapy"):
        # only H. pylori posts write this id: the standard triple therapy, the lexicon's clarithromycin regimen
        return markup(surface, "r", "clarithromycin-triple", flags), 0
    if question == "gene-therapy" and (kind, ident) == ("c", "gene-therapy"):
        return surface, 0  # a treatment modality with no lexicon row; the product, when named, is the drug span
    whole = STEROID_WITH_MODIFIER.fullmatch(surface)
    if question == "steroid-modifiers" and kind == "c" and ident == "corticosteroid" and whole:
        return markup(whole.group(1), kind, ident, flags) + whole.group(2), 0
    return None


# Judged edits, each one span in one post (set, post, old markup, new markup): a reading that needs the sentence.
JUDGED = {
    "steroid-modifiers": [  # the class word before sparing, sparer, refractory is its own span (30 of 34)
        bare("r12-020", "steroid", "c:corticosteroid", "to a ", "-sparing drug"),
        bare("r12-066", "steroid", "c:corticosteroid", "for ", "-refractory"),
        bare("r21-049", "steroid", "c:corticosteroid", "as a ", " sparer"),
    ],
    "biologic": [  # the class word for the drug a patient takes or starts is the class span (41 of 45)
        bare("r21-037", "biologic", "c:biologic", "or the ", "?"),
        bare("r21-117", "Biologic", "c:biologic", "CXR. ", " in one month"),
        bare("r24-087", "biologic", "c:biologic", "off his ", " for six"),
    ],
    "triple-therapy": [  # RA's "triple therapy" is the named csDMARD regimen, as every other named triple regimen is
        bare("r23-029", "Triple therapy", "r:triple-dmard-therapy", "subq. ", " ({{MTX"),
        bare("r6-010", "triple therapy", "r:triple-dmard-therapy", "}}, ", ", still"),
    ],
    "dextrose-thiamine": [  # dextrose or glucose given (or withheld) before thiamine is the drug dextrose (10 of 12)
        bare("r11-110", "dextrose", "g:dextrose", "before ", ", because"),
        bare("r26-143", "glucose", "g:dextrose", "TID before ", "."),
    ],
    "anticholinergic": [  # the class before the event it caused is its own span, paired (round 51's class-word rule)
        bare("r32-118", "anticholinergic", "c:anticholinergic|p1", "sedate an ", " {{delirium"),
        bare("r19-005", "anticholinergics", "c:anticholinergic", "about ", ". His"),
    ],
    "apnea-pertussis": [  # apnea in an infant with pertussis is the named disease's manifestation: bare (2 of 3)
        relabel("r25-011", "{{apnea|d:R06.81}}", "apnea"),
    ],
    "post-arrest": [  # "post-arrest" only modifies care, TTM or an injury (decision 364's modifier rule): bare;
        # a "VF arrest" is one span, the lexicon's I49.01 row (r24, r49 so)
        relabel("r32-065", "-{{arrest|d:I46.9}} care", "-arrest care"),
        relabel("r32-065", "{{VF|d:I49.01}} {{arrest|d:I46.9}}", "{{VF arrest|d:I49.01}}"),
    ],
}
SHORT = {}


def main():
    run_question(sys.argv, rule_edit, JUDGED, SHORT)


if __name__ == "__main__":
    main()
