"""Round 44's label check (decision 275), written anew: markup leftovers, titles, "the" or spaces at span edges, a
labelled value of three letters or more also standing unlabelled in its post, and numbers 90-119 outside spans.
`--caps` also lists capitalized words outside spans in posts with identifiers. Prints this set's posts only.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLES = {"Dr", "Mr", "Mrs", "Ms", "Prof", "Fr", "Sgt", "Cst", "Trooper", "Deputy", "Judge", "the", "The", "Brother", "Sister", "Father"}


def outside(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = " "
    return "".join(chars)


def main():
    posts = [json.loads(l) for l in (HERE / "round44.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    flags = 0
    for p in posts:
        text, spans = p["text"], p["identifiers"]
        rest = outside(text, spans)
        for s in spans:
            value = text[s["start"]:s["end"]]
            if value != value.strip() or value.split()[0] in TITLES or "[[" in value or "]]" in value:
                print(p["id"], "edge or title:", repr(value)); flags += 1
            if s["type"] == "NAME" and " " in value and "-" not in value:
                print(p["id"], "NAME with a space:", repr(value)); flags += 1
            for word in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", value):
                if s["type"] != "ID" and re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", rest):
                    print(p["id"], "also unlabelled:", word); flags += 1
        if "[[" in text or "<<" in text:
            print(p["id"], "markup left"); flags += 1
        for n in re.findall(r"(?<![\d.])(9\d|1[01]\d)(?![\d.])", rest):
            if "--numbers" in sys.argv:
                print(p["id"], "number 90-119 outside:", n)
        if "--caps" in sys.argv and spans:
            caps = sorted(set(re.findall(r"\b[A-Z][a-z]+\b", rest)))
            print(p["id"], "caps outside:", " ".join(caps))
    print(f"{len(posts)} posts, {flags} flags")


if __name__ == "__main__":
    main()
