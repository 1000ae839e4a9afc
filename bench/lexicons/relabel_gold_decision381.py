#!/usr/bin/env python3
"""Decision 381's label edits (round 53, issue #13): codes and surfaces the readable sets give two ways, listed by
decision 374's read of long-r50 for the guide's owner, one QUESTION a run.

Each question is one part of the guide's "Labels settled in round 53 (third pass)" bullet
(tests/Sermo.Analytics.Tests/Tagging/GoldSource/README.md). Every edit needs its sentence (whether a drug is blamed,
whether the patient has quit or is asked to), so all are judged edits; decision 299's run_question applies them, prints
each as set, post, old -> new, and writes only with --write. GOLD_UNSEEN names the sets never opened: pass 52,53,54
this round. Then: pair_keys.py over the edited sources, markup_to_jsonl.py for their jsonl.

    GOLD_UNSEEN=52,53,54 python3 bench/lexicons/relabel_gold_decision381.py QUESTION [--write]
"""
import os
import sys

os.environ.setdefault("GOLD_UNSEEN", "52,53,54")
from relabel_gold_decision299 import run_question  # noqa: E402
from relabel_gold_decision349 import bare, relabel  # noqa: E402


def no_rule(question, before, surface, kind, ident, flags, post_text):
    """No surface is edited by rule: each reading needs the sentence around it."""
    return None


NONSMOKER = "d:F17.210|n"
JUDGED = {
    # "nonsmoker" says what "never smoker" says in one word: the guide's round 22 reading ("smoker" negated) takes the
    # whole word, negated, as r11, r38 and r50 write it
    "nonsmoker": [
        bare("fresh-053", "nonsmoker", NONSMOKER, "She is 33 and a ", ", so the"),
        bare("fresh-084", "nonsmoker", NONSMOKER, "56M ", ". Chemoradiation"),
        bare("r10-096", "nonsmoker", NONSMOKER, "35F ", " with prior"),
        bare("r12-074", "nonsmoker", NONSMOKER, "}}, ", ", for lap chole"),
        bare("r26-029", "nonsmoker", NONSMOKER, "35F ", " with prior"),
        bare("r9-035", "nonsmoker", NONSMOKER, "He is 27 and a ", ", so I am"),
        bare("r9-042", "nonsmoker", NONSMOKER, "She is 48, ", ", no "),
        bare("r9-113", "nonsmoker", NONSMOKER, "34F, ", ", prior"),
    ],
    # a patient who has quit is a former smoker, Z87.891 (index: History, personal, nicotine dependence), one span as
    # "former smoker" is; "needs to / wants to / asked him to quit smoking" keeps "smoking" F17.210 (still smoking)
    "quit-smoking": [
        bare("r17-015", "quit smoking", "d:Z87.891", "she is 68, ", " in 2010"),
        relabel("r38-097", "Also quit {{smoking|d:F17.210}}, which", "Also {{quit smoking|d:Z87.891}}, which"),
        relabel("r45-126", "Quit {{smoking|d:F17.210}} on", "{{Quit smoking|d:Z87.891}} on"),
    ],
    # liver failure the post blames on a drug is the index's Failure, hepatic, due to drugs K71.10 (the guide's
    # conditions-a-drug-caused rule); a mushroom's toxin (r25-117) is not a drug and keeps K72.00
    "drug-liver-failure": [
        relabel("r17-148", "{{Acute liver failure|d:K72.00}} from", "{{Acute liver failure|d:K71.10}} from"),
        relabel("r24-082", "{{acute liver failure|d:K72.00}} from", "{{acute liver failure|d:K71.10}} from"),
        relabel("r32-094", "{{Acute liver failure|d:K72.00|p1}} by day two",
                "{{Acute liver failure|d:K71.10|p1}} by day two"),
        relabel("r40-038", "he was in {{acute liver failure|d:K72.00}}", "he was in {{acute liver failure|d:K71.10}}"),
    ],
    # index: Vasculopathy, cardiac allograft T86.290 (the lexicon's code, r11 and r15); I25.811 is atherosclerosis of
    # the transplanted heart's native coronaries, which the post does not say
    "cav": [
        relabel("r50-132", "{{CAV|d:I25.811|u}} is what", "{{CAV|d:T86.290|u}} is what"),
        relabel("r50-133", "{{Cardiac allograft vasculopathy|d:I25.811}}", "{{Cardiac allograft vasculopathy|d:T86.290}}"),
        relabel("r50-166", "{{CAV|d:I25.811|u}}.", "{{CAV|d:T86.290|u}}."),
    ],
    # post-transplant diabetes is E13.9, the whole phrase, named drugs or not (5 of 6: r41-059 and r46-033 name the
    # drugs too); "drug-induced diabetes" said in its own words keeps E09.9
    "post-transplant-diabetes": [
        relabel("r50-118", "Post-transplant {{diabetes|d:E09.9}} from", "{{Post-transplant diabetes|d:E13.9}} from"),
    ],
    # a leak after a bariatric operation is the index's Complication, bariatric procedure K95.89 (K91's postprocedural
    # codes exclude the bariatric ones, K95.-), as r33 codes it; "staple-line leak" is one span, as "anastomotic leak"
    "bariatric-leak": [
        relabel("r50-075", "{{Staple-line leak|d:K91.89}} after a sleeve", "{{Staple-line leak|d:K95.89}} after a sleeve"),
        relabel("r50-075", "the {{leak|d:K91.89}} at the angle", "the {{leak|d:K95.89}} at the angle"),
        relabel("r33-142", "Staple line {{leak|d:K95.89}} after", "{{Staple line leak|d:K95.89}} after"),
    ],
    # Santyl is `collagenase` (round 52's product-id reading; r33 twice and r48)
    "santyl": [
        relabel("r50-077", "{{Santyl|b:collagenase clostridium histolyticum}}", "{{Santyl|b:collagenase}}"),
    ],
    # "tac/MMF" is two drugs, as "tac and MMF" is (6 of 7 pair mentions: r8 twice, r11, r25, r48)
    "tac-mmf": [
        relabel("r50-132", "{{tac/MMF|r:tacrolimus-mycophenolate}}",
                "{{tac|g:tacrolimus}}/{{MMF|g:mycophenolate mofetil}}"),
    ],
    # "alpha blockade" is the state the drug gives before a pheochromocytoma resection, not a product (3 of 4 bare)
    "alpha-blockade": [
        relabel("r50-170", "no {{alpha blockade|c:alpha-blocker|n}} needed", "no alpha blockade needed"),
    ],
    # an SFA occlusion is the angiogram's lesion of the named PAD or claudication: round 30's findings rule, bare
    # (2 of 3: long-008, r7-029)
    "sfa-occlusion": [
        relabel("r50-157", "{{Superficial femoral artery occlusion|d:I70.209}} with",
                "Superficial femoral artery occlusion with"),
    ],
}
SHORT = {}


def main():
    run_question(sys.argv, no_rule, JUDGED, SHORT)


if __name__ == "__main__":
    main()
