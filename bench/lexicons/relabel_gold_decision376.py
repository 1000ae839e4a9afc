#!/usr/bin/env python3
"""Decision 376's label edits (round 53, issue #13): the guide's questions left open in round 52, one QUESTION a run.

Each question is one part of the guide's "Labels settled in round 53" bullet
(tests/Sermo.Analytics.Tests/Tagging/GoldSource/README.md). Every edit here needs its sentence (whether a drug is
blamed, which key pairs it), so all are judged edits; decision 299's run_question applies them, prints each as set,
post, old -> new, and writes only with --write. GOLD_UNSEEN names the sets never opened: pass 52,53,54 this round
(long-r50 is readable and follows the same readings). Then: pair_keys.py over the edited sources, markup_to_jsonl.py
for their jsonl.

    GOLD_UNSEEN=52,53,54 python3 bench/lexicons/relabel_gold_decision376.py QUESTION [--write]
"""
import os
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision299 import run_question  # noqa: E402
from relabel_gold_decision349 import relabel  # noqa: E402


def no_rule(question, before, surface, kind, ident, flags, post_text):
    """No surface is edited by rule this round: each reading needs the sentence around it."""
    return None


JUDGED = {
    # A gout flare the words blame on a drug ("on the bempedoic", "since we upped furosemide", "while starting
    # allopurinol", a first flare beside the thiazide's hyperuricemia) is the event `gout flare`, the both-list row's
    # words, one span with its key on the blamed drug; a flare no word ties to a drug is round 46's "gout" M10.9.
    "gout-flare-blamed": [
        relabel("r23-052", "he got a {{gout|d:M10.9}} flare on the {{bempedoic|g:bempedoic acid}}",
                "he got a {{gout flare|ae:gout flare|p2}} on the {{bempedoic|g:bempedoic acid|p2}}"),
        relabel("r24-127", "{{gout flare|d:M10.9}} in hospital", "{{gout flare|ae:gout flare|p1}} in hospital"),
        relabel("r24-127", "{{Knee gout|ae:gout|p1}} flare again", "Knee {{gout flare|ae:gout flare|p1}} again"),
        relabel("r41-013", "and {{gout|d:M10.9}} flares.", "and {{gout flares|ae:gout flare|p1}}."),
        relabel("r43-166", "a first {{gout|d:M10.9}} flare.", "a first {{gout flare|ae:gout flare|p1}}."),
        relabel("r9-043", "{{Gout|d:M10.9}} flares while starting {{allopurinol|g:allopurinol}}",
                "{{Gout flares|ae:gout flare|p1}} while starting {{allopurinol|g:allopurinol|p1}}"),
        relabel("r27-121", "{{Gout flares|ae:gout flare|u}} early on {{allopurinol|g:allopurinol|u}}",
                "{{Gout flares|ae:gout flare|u,p1}} early on {{allopurinol|g:allopurinol|u,p1}}"),
        # "on HCTZ" only describes the patient: no word blames the drug for this flare, so round 46's extent holds
        relabel("r35-009", "{{Gout flare|d:M10.9}} again", "{{Gout|d:M10.9}} flare again"),
    ],
    # a score named by a drug class is an instrument, as a screen named by a disease is a test: bare (decision 370's
    # line); "anticholinergic burden" or "load" without a score stays the class (9 of 9)
    "anticholinergic-score": [
        relabel("r22-085", "an {{anticholinergic|c:anticholinergic}} burden score", "an anticholinergic burden score"),
        relabel("r35-107", "{{Anticholinergic|c:anticholinergic}} burden score", "Anticholinergic burden score"),
    ],
    # "post-arrest" only modifies the myoclonus (decision 370's modifier rule; r24's two and r32-065's so)
    "post-arrest": [
        relabel("r32-066", "Post-{{arrest|d:I46.9}} {{myoclonus", "Post-arrest {{myoclonus"),
    ],
    # topical steroid withdrawal is one named reaction, as "steroid diabetes" is one span (r48-103 so, twice)
    "topical-steroid-withdrawal": [
        relabel("r38-016", "{{topical steroid|c:corticosteroid|u,p2}} {{withdrawal|ae:withdrawal|u,p2}}",
                "{{topical steroid withdrawal|ae:topical steroid withdrawal|u}}"),
    ],
    # long-r50 read against round 52's settled ids: vitamin E is `vitamin e` (decision 364)
    "long-r50-ids": [
        relabel("r50-084", "{{vitamin E|g:tocopherol}}", "{{vitamin E|g:vitamin e}}"),
    ],
}
SHORT = {}


def main():
    run_question(sys.argv, no_rule, JUDGED, SHORT)


if __name__ == "__main__":
    main()
