"""Cohen's kappa and raw agreement between the second annotator's blind labels and the committed ones.

Prints numbers only (counts, agreement, kappa, confusion counts), never a post's text, so reading the
output does not show which posts disagree.
"""
import csv
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = ["negative", "neutral", "positive"]

with (HERE.parent / "physician-posts-heldout3.csv").open(newline="", encoding="utf-8") as f:
    committed = [r["label"] for r in csv.DictReader(f)]
with (HERE / "heldout3-second-annotator.csv").open(newline="", encoding="utf-8") as f:
    second = {int(r["row"]): r["label"] for r in csv.DictReader(f)}

pairs = [(committed[row - 1], label) for row, label in sorted(second.items())]
n = len(pairs)
observed = sum(a == b for a, b in pairs) / n
first_marginal = Counter(a for a, _ in pairs)
second_marginal = Counter(b for _, b in pairs)
expected = sum(first_marginal[l] * second_marginal[l] for l in LABELS) / (n * n)
kappa = (observed - expected) / (1 - expected)

print(f"posts {n}")
print(f"agreement {observed:.4f} ({sum(a == b for a, b in pairs)} / {n})")
print(f"cohen_kappa {kappa:.4f}")
print("confusion (rows committed label, columns second annotator): " + " ".join(LABELS))
cells = Counter(pairs)
for gold in LABELS:
    print(gold, " ".join(str(cells[(gold, mine)]) for mine in LABELS))
