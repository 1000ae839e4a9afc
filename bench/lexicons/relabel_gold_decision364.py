#!/usr/bin/env python3
"""Brings the readable gold sets' spans to the surfaces decision 364 settled (round 52, issue #13), one question at a time.

The questions are the surfaces decisions 359 and 362 found labelled two ways; each is one part of the "Labels settled in
round 52" bullet of tests/Sermo.Analytics.Tests/Tagging/GoldSource/README.md (appended after decision 361's). Decision
292's source editor does the work through decision 299's run_question; each edit is printed (set, post, old -> new).
Sets named unseen by GOLD_UNSEEN (pass 52,53,54 this round) are neither read nor written.
Afterwards run pair_keys.py on the changed sources and regenerate their jsonl with markup_to_jsonl.py.

Usage: GOLD_UNSEEN=52,53,54 python3 bench/lexicons/relabel_gold_decision364.py QUESTION [--write]
"""
import os
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision292 import markup  # noqa: E402
from relabel_gold_decision299 import run_question  # noqa: E402
# decision 349's helpers name a post's set and write one judged edit; this script's tables use them as they are
from relabel_gold_decision349 import bare, relabel, span  # noqa: E402

# brand names of immune globulins, antivenoms and allergen tablets: the lexicon's brand rows, typed brand elsewhere
BRAND_NAMES = {"crofab", "digifab", "rhogam", "anavip", "anascorp", "grastek", "grastek tablets"}
# id spellings the lexicon writes otherwise: salts and esters drop (rounds 29 and 30), the row's own id is the label
ID_SPELLINGS = {
    ("b", "fluocinolone acetonide"): ("b", "fluocinolone"),
    ("g", "tocopherol"): ("g", "vitamin e"),
    ("c", "artificial-tears"): ("g", "artificial tears"),
}


def rule_edit(question, before, surface, kind, ident, flags, post_text):
    """(new markup, characters of `before` the new span takes in) under a question's rule, or None."""
    low = surface.lower()
    if question == "brand-names" and kind == "g" and low in BRAND_NAMES:
        return markup(surface, "b", ident, flags), 0  # a brand name is typed brand, the id its generic
    if question == "id-spellings" and low == "flonase" and ident == "fluticasone propionate":
        return markup(surface, "b", "fluticasone", flags), 0  # 13 of 16 Flonase spans; Flovent's row keeps the salt
    if question == "id-spellings" and (kind, ident) in ID_SPELLINGS:
        new_kind, new_id = ID_SPELLINGS[(kind, ident)]
        return markup(surface, new_kind, new_id, flags), 0
    if question == "demodex" and kind == "d" and ident.startswith("H01.00") and "demodex" in low:
        return markup(surface, "d", "B88.0", flags), 0  # the lexicon's row names the mite's infestation
    return None


# Judged edits, each one span in one post (set, post, old markup, new markup): a reading that needs the sentence.
JUDGED = {
    "tumor": [  # "tumor" said again as the post's named tumour is that tumour's span (guide: "stones", "ulcers" so)
        bare("r19-077", "tumor", "d:C25.9", "from the ", ", on"),
        bare("r20-119", "tumor", "d:C25.9", "from the ", ", probably"),
        bare("r20-136", "Tumor", "d:C34.90", "dose. ", " shrinking"),
        bare("r30-038", "tumor", "d:C16.9", "Luminal ", " still"),
        bare("r38-036", "tumor", "d:C43.9", "The ", " is still"),
        bare("r38-052", "tumor", "d:C44.91", "the ", " is stable"),
        bare("r39-079", "tumor", "d:C25.9", "from the ", " eroding"),
        bare("r40-081", "tumor", "d:C18.9", "MSI-high ", ". "),
        bare("r43-052", "tumor", "d:C34.90", "Her ", " progressed"),
        bare("r43-106", "tumor", "d:C22.0", "separate from ", ". "),
        bare("r45-147", "tumor", "d:C25.9", "the GI ", ". "),
        bare("r46-090", "tumor", "d:D35.2", "and ", " shrinking"),
    ],
    "postprocedural-hypothyroidism": [  # the index: Hypothyroidism, postirradiation / postsurgical E89.0
        relabel("r18-161", span("hypothyroidism", "d:E03.9") + " is from the old radiation",
                span("hypothyroidism", "d:E89.0") + " is from the old radiation"),
        relabel("r22-161", "now " + span("hypothyroid", "d:E03.9"), "now " + span("hypothyroid", "d:E89.0")),
        relabel("r38-149", span("hypothyroidism", "d:E03.9") + " after radiation",
                span("hypothyroidism", "d:E89.0") + " after radiation"),
        relabel("r46-085", span("hypothyroidism", "d:E03.9") + " after surgery",
                span("hypothyroidism", "d:E89.0") + " after surgery"),
        relabel("r46-094", span("hypothyroidism", "d:E03.9") + " after the earlier thyroid surgery",
                span("hypothyroidism", "d:E89.0") + " after the earlier thyroid surgery"),
    ],
    "cme": [  # the index: Edema, macula, cystoid, following cataract surgery H59.03-; otherwise H35.35-
        relabel("r27-076", span("Cystoid macular edema", "d:H35.35"), span("Cystoid macular edema", "d:H59.039")),
        relabel("r38-089", span("CME", "d:H35.359"), span("CME", "d:H59.039")),
        relabel("r38-090", span("Cystoid macular edema", "d:H35.359"), span("Cystoid macular edema", "d:H59.039")),
    ],
    "screens": [  # a screen or test named by a disease is a test (guide, rounds 19, 26, 31); celiac's `u` the exception
        relabel("r18-016", span("Hep C", "d:B18.2") + " screening", "Hep C screening"),
        relabel("r18-117", span("hep C", "d:B18.2|u") + " testing", "hep C testing"),
        relabel("r39-158", span("Hepatitis C", "d:B18.2|u") + " screening", "Hepatitis C screening"),
        relabel("r8-105", span("TB", "d:A15.9|n") + " screening", "TB screening"),
        relabel("r21-137", span("latent TB", "d:Z22.7|n") + " screens", "latent TB screens"),
        relabel("long-088", span("STI", "d:A64") + " screening", "STI screening"),
        relabel("r17-119", span("Delirium", "ae:delirium|n") + " screen", "Delirium screen"),
    ],
    "macs": [  # "mild autonomous cortisol secretion" is not annotated (the guide's confirmed line; 3 of 4 bare)
        relabel("fresh-056", span("mild autonomous cortisol secretion", "d:E24.9"), "mild autonomous cortisol secretion"),
    ],
    "regimen-pairs": [  # two generics written with a slash are two spans (decision 337; r15, r24 write vanc and Zosyn so)
        relabel("r49-001", span("vanc/zosyn", "r:vancomycin-piperacillin-tazobactam"),
                span("vanc", "g:vancomycin") + "/" + span("zosyn", "b:piperacillin/tazobactam")),
    ],
    "silver-nitrate": [  # silver nitrate applied to cauterize is the drug (the lexicon's row, decision 359)
        bare("r38-136", "silver nitrate", "g:silver nitrate", "cauterized with ", " and"),
    ],
}
SHORT = {}


def main():
    run_question(sys.argv, rule_edit, JUDGED, SHORT)


if __name__ == "__main__":
    main()
