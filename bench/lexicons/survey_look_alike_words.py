"""Decision 391: in the readable gold sets, how often each look-alike word's everyday sense occurs in the text (pattern
match) and whether a tagged span sits on it, against the word's labelled clinical uses. Skips sets named in GOLD_UNSEEN."""
import collections, re

from survey_both_lists_without_drug import readable_gold_posts

OTHER_SENSE = {
    "ALS": r"\b(ACLS|BLS|PALS|ATLS)\b|\bALS (course|class|cert\w*|provider|recert\w*)",
    "ICD": r"\bICD[- ]?(9|10|11)\b|\bICD codes?\b|\bbilling\b.{0,30}\bICD\b",
    "CAD": r"\bCAD (software|system|marks?|flag\w*|algorithm)|\bcomputer[- ]aided\b",
    "RA": r"\b(the|our|an?|my) RAs?\b(?! (flare|patient|on|with))|\bsenior RA\b",
    "stroke": r"\bstroke of (luck|genius)\b",
}
counts = collections.Counter()
for post in readable_gold_posts():
    for word, pattern in OTHER_SENSE.items():
        for m in re.finditer(pattern, post["text"]):
            labelled = any(e["start"] < m.end() and e["end"] > m.start() for e in post["entities"])
            counts[(word, "other-sense", "labelled" if labelled else "unlabelled")] += 1
    for e in post["entities"]:
        for word in OTHER_SENSE:
            if re.fullmatch(rf"(?i){word}s?", e["text"].strip()):
                counts[(word, "clinical-span", e["type"])] += 1
for key in sorted(counts):
    print(*key, counts[key], sep="\t")
