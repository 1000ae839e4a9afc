"""What the probe scripts share (probe_specialty_coverage.py, probe_coverage_round54.py): the texts through the product's
`tag` verb in one run, and the found / probes counts printed per specialty and kind and over all."""
import json
import os
import subprocess
import tempfile


def tag_texts(dll, texts):
    """Tags every text with `dotnet DLL tag` in one run; returns the tagged records by their index as a string id."""
    with tempfile.TemporaryDirectory() as tmp:
        posts = os.path.join(tmp, "posts.jsonl")
        with open(posts, "w", encoding="utf-8") as f:
            for i, text in enumerate(texts):
                f.write(json.dumps({"id": str(i), "text": text}) + "\n")
        out = os.path.join(tmp, "tagged.jsonl")
        subprocess.run(["dotnet", dll, "tag", "--in", posts, "--out", out], check=True, stdout=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            return {r["id"]: r for r in map(json.loads, f)}


def count(counts, specialty, kind, verdict):
    c = counts.setdefault((specialty, kind), [0, 0])
    c[0] += verdict == "FOUND"
    c[1] += 1


def print_counts(counts, kind_names):
    """kind_names: each kind in print order and the name printed for it."""
    for (specialty, kind), (found, total) in counts.items():
        print(f"{specialty}\t{kind_names[kind]}\t{found}/{total}")
    for kind, name in kind_names.items():
        found = sum(v[0] for k, v in counts.items() if k[1] == kind)
        total = sum(v[1] for k, v in counts.items() if k[1] == kind)
        if total:
            print(f"ALL\t{name}\t{found}/{total}\t{found / total:.3f}")
