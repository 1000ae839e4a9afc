#!/usr/bin/env python3
"""Decision 379's label edits (round 53, issue #13): surfaces the readable sets labelled two ways, one QUESTION a run.

Each question is one part of the guide's "Labels settled in round 53 (second pass)" bullet
(tests/Sermo.Analytics.Tests/Tagging/GoldSource/README.md). Every edit needs its sentence (a drug blamed, a result
against the problem treated, the patient's diabetes), so all are judged edits; decision 299's run_question applies
them, prints each as set, post, old -> new, and writes only with --write. GOLD_UNSEEN names the sets never opened:
pass 52,53,54 this round. Then: pair_keys.py over the edited sources, markup_to_jsonl.py for their jsonl.

    GOLD_UNSEEN=52,53,54 python3 bench/lexicons/relabel_gold_decision379.py QUESTION [--write]
"""
import os
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision299 import run_question  # noqa: E402
from relabel_gold_decision349 import relabel  # noqa: E402
from relabel_gold_decision376 import no_rule  # noqa: E402  (no reading here is a rule either: each needs its sentence)

JUDGED = {
    # "smoked" tells a history (years smoked, a mother in pregnancy, "never smoked"): F17.210 is a current dependence
    # and Z87.891 needs a word that says the smoking stopped, so the verb in the past stays bare (14 of 18); a
    # "smokes" beside it keeps its span.
    "smoked": [
        relabel("r37-164", "Mom had {{smoked|d:F17.210}} through", "Mom had smoked through"),
        relabel("r38-078", "formula and {{smoked|d:F17.210}} for 40 years", "formula and smoked for 40 years"),
        relabel("r38-144", "He {{smoked|d:F17.210}} for 40 years.", "He smoked for 40 years."),
        relabel("r49-168", "{{Smoked|d:F17.210}} for 50 years", "Smoked for 50 years"),
    ],
    # "strep" naming the throat infection a drug treats is strep throat, J02.0 (Pharyngitis, streptococcal), as the
    # three labelled ones are; the organism a culture grew or a test found stays bare (the findings rule; 9 of 9)
    "strep": [
        relabel("r18-010", "{{amoxicillin|g:amoxicillin}} for the strep.",
                "{{amoxicillin|g:amoxicillin}} for the {{strep|d:J02.0}}."),
    ],
    # thrush a drug is blamed for is the event's row, `oral candidiasis` (19 of 21 event spans; no `candidiasis`
    # event row exists); an inhaled steroid's thrush the post tells to rinse away is blamed on it
    "thrush": [
        relabel("r9-046", "{{oral thrush|ae:candidiasis|p1}}", "{{oral thrush|ae:oral candidiasis|p1}}"),
        relabel("r9-085", "{{oral thrush|ae:candidiasis|u}}", "{{oral thrush|ae:oral candidiasis|u}}"),
        relabel("r8-125", "{{Thrush|d:B37.0}} in a 70M on inhaled {{fluticasone|g:fluticasone}}",
                "{{Thrush|ae:oral candidiasis|p1}} in a 70M on inhaled {{fluticasone|g:fluticasone|p1}}"),
    ],
    # a heart failure exacerbation no drug is blamed for is the patient's condition, "CHF" I50.9, "exacerbation"
    # outside (I50.9 takes nothing from it, as M10.9 takes nothing from "flare"); the event only with a drug blamed
    "chf-exacerbation": [
        relabel("r24-069", "{{CHF exacerbation|ae:heart failure exacerbation}}, 12 kg",
                "{{CHF|d:I50.9}} exacerbation, 12 kg"),
        relabel("r35-075", "{{CHF exacerbation|ae:heart failure exacerbation}}, up 8 kg",
                "{{CHF|d:I50.9}} exacerbation, up 8 kg"),
    ],
    # LVO in a stroke post is the angiogram's finding (the findings rule; decision 204's row note; 3 of 5 bare)
    "lvo": [
        relabel("r11-155", "NIHSS 14, {{LVO|d:I63.9}}.", "NIHSS 14, LVO."),
        relabel("r7-043", "{{LVO|d:I63.50}} L MCA", "LVO L MCA"),
    ],
    # an HIV test is a test (decision 130's rule, in the guide since round 19; 3 of 5 bare)
    "hiv-test": [
        relabel("r14-087", "{{HIV|d:B20|n}} test negative", "HIV test negative"),
        relabel("long-088", "baseline {{HIV|d:B20}} test", "baseline HIV test"),
    ],
    # retinopathy in a patient with diabetes is diabetic retinopathy by the index's "with" (Diabetes, type 2, with,
    # retinopathy E11.319); retinopathy named by a drug (HCQ) is the event `retinopathy`, negated when screened clear
    "retinopathy": [
        relabel("r22-047", "c/b {{retinopathy|d:H35.00}}", "c/b {{retinopathy|d:E11.319}}"),
        relabel("r22-140", "{{retinopathy|d:H35.00}}", "{{retinopathy|d:E11.319}}"),
        relabel("r8-064", "{{HCQ|g:hydroxychloroquine}} {{retinopathy|d:H35.9|n}}",
                "{{HCQ|g:hydroxychloroquine}} {{retinopathy|ae:retinopathy|n}}"),
    ],
    # delirium a drug is blamed for is the event `delirium`, the row's name (18 of 19 event spans; round 47's reading)
    "delirium": [
        relabel("r7-031", "{{delirium|ae:confusion|p1}}", "{{delirium|ae:delirium|p1}}"),
    ],
    # "VTE risk" of a drug weighed (given or ruled out) is the drug's event, uncertain, paired (5 of 6 so, megestrol's
    # "off the table" among them)
    "vte-risk": [
        relabel("r37-130", "Combined {{pill|c:hormonal-contraceptive|n}} is out for 6 weeks postpartum because of "
                "{{VTE|d:I82.90|u}} risk", "Combined {{pill|c:hormonal-contraceptive|n,p1}} is out for 6 weeks "
                "postpartum because of {{VTE|ae:venous thromboembolism|u,p1}} risk"),
    ],
}
SHORT = {}


def main():
    run_question(sys.argv, no_rule, JUDGED, SHORT)


if __name__ == "__main__":
    main()
