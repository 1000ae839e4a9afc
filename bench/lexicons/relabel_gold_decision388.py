#!/usr/bin/env python3
"""Decision 388's label edits (round 54, issue #13): the guide's open questions decisions 374, 376, 379, 381 and 382
left, and long-r51's surfaces written otherwise than the other readable sets, one QUESTION a run.

Each question is one part of the guide's "Labels settled in round 54" bullet
(tests/Sermo.Analytics.Tests/Tagging/GoldSource/README.md). Every edit needs its sentence (a scleroderma post or a
drug's scare, a cause or a worsening, a drug blamed or a drug not taken), so all are judged edits; decision 299's
run_question applies them, prints each as set, post, old -> new, and writes only with --write. GOLD_UNSEEN names the
sets never opened: pass 52,53,54 this round. Then: pair_keys.py over the edited sources, markup_to_jsonl.py for their
jsonl.

    GOLD_UNSEEN=52,53,54 python3 bench/lexicons/relabel_gold_decision388.py QUESTION [--write]
"""
import os
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision299 import run_question  # noqa: E402
from relabel_gold_decision349 import relabel  # noqa: E402


def no_rule(question, before, surface, kind, ident, flags, post_text):
    """No surface is edited by rule: each reading needs the post around it."""
    return None


JUDGED = {
    # "ILD" and "interstitial lung disease" are the index's Disease, lung, interstitial J84.9 (12 of 16 patient spans);
    # J84.10 is pulmonary fibrosis, for words that say fibrosis. A scleroderma post's ILD written apart keeps its own
    # code (the scleroderma span holds M34.9); only "SSc-ILD", whose words say both, is M34.81. An ILD scare a drug is
    # suspected of is that drug's event, negated when it was something else
    "ild": [
        relabel("r11-088", "Scleroderma|d:M34.9}} with {{ILD|d:J84.10}}", "Scleroderma|d:M34.9}} with {{ILD|d:J84.9}}"),
        relabel("r13-096", "Her {{ILD|d:J84.10}} is on", "Her {{ILD|d:J84.9}} is on"),
        relabel("r8-066", "now {{ILD|d:J84.10}} with FVC", "now {{ILD|d:J84.9}} with FVC"),
        relabel("r9-048", "with {{ILD|d:J84.10}} on CT", "with {{ILD|d:J84.9}} on CT"),
        relabel("r11-137", "Her {{ILD|d:J84.10|n}} scare", "Her {{ILD|ae:interstitial lung disease|n}} scare"),
    ],
    # Graves orbitopathy, ophthalmopathy, TED: the index's Ophthalmopathy, infiltrative, with thyrotoxicosis E05.00
    # (18 of 21 spans); H06.2 is WHO ICD-10's dysthyroid exophthalmos and no ICD-10-CM code
    "graves-orbitopathy": [
        relabel("r6-028", "{{Graves orbitopathy|d:H06.2}}", "{{Graves orbitopathy|d:E05.00}}"),
        relabel("r8-024", "moderate {{TED|d:H06.2}}", "moderate {{TED|d:E05.00}}"),
        relabel("r8-024", "for the {{orbitopathy|d:H06.2}}", "for the {{orbitopathy|d:E05.00}}"),
    ],
    # gout the post says a drug caused ("gout after transplant, blamed on cyclosporine") is the index's Gout,
    # drug-induced M10.2- (unspecified site M10.20), as liver failure a drug caused is K71.10 (round 53); a gout the drug
    # "made worse" or "flared" is the patient's gout M10.9 (round 53's verb reading, r11-128 confirmed)
    "drug-caused-gout": [
        relabel("r41-060", "and {{gout|d:M10.9}} after transplant", "and {{gout|d:M10.20}} after transplant"),
    ],
    # long-r51 against the settled readings: the thiazide class id is `thiazide` (round 52, decision 361); a CHF
    # exacerbation from a discharge list nobody followed ("he stopped everything") blames no drug's effect, so "CHF"
    # I50.9 with "exacerbation" outside (round 53, decision 379)
    "long-r51": [
        relabel("r51-123", "{{Thiazide|c:thiazide-diuretic|p1}}-induced", "{{Thiazide|c:thiazide|p1}}-induced"),
        relabel("r51-106", "{{CHF exacerbation|ae:heart failure exacerbation}} four days",
                "{{CHF|d:I50.9}} exacerbation four days"),
    ],
    # "delirious" after a drug blamed for it is delirium's adjective, the event `delirium` (round 53's reading of a
    # delirium a drug is blamed for; 3 of the 4 readable drug-blamed "delirious": r9-114, r10-100, r29-118)
    "delirious": [
        relabel("r51-111", "more {{delirious|ae:confusion|p1}}", "more {{delirious|ae:delirium|p1}}"),
    ],
}
SHORT = {}


def main():
    run_question(sys.argv, no_rule, JUDGED, SHORT)


if __name__ == "__main__":
    main()
