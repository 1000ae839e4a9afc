"""Print 150 posts of physician-posts-heldout3.csv as `row<TAB>text`, never their labels.

The second annotator labels these blind; agreement.py then compares with the committed labels.
Rows 1 and 2 are left out: their labels were seen while reading the file's first lines for its format.
"""
import csv
import random
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "physician-posts-heldout3.csv"
SAMPLE = 150
SEEN_ROWS = {1, 2}  # 1-based data rows whose labels the annotator saw before labelling

with SOURCE.open(newline="", encoding="utf-8") as f:
    texts = [r["text"] for r in csv.DictReader(f)]

candidates = [i for i in range(1, len(texts) + 1) if i not in SEEN_ROWS]
rows = sorted(random.Random(79).sample(candidates, SAMPLE))
out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
for row in rows:
    out.writerow([row, texts[row - 1].replace("\n", " ")])
