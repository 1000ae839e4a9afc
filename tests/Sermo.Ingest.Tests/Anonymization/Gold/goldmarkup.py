"""GoldMarkup.Parse (GoldMarkup.cs) in Python, shared by the round generators (RoundN/generate.py).

[[TYPE:text]] is an identifier, <<text>> a clinical term. parse() returns the plain text, the identifier spans
({"start", "end", "type"}) and the distinct clinical terms in first-seen order. Offsets are Python code points; C#
counts UTF-16 code units, so a character outside the BMP is refused rather than written with offsets C# reads wrong.
"""
import json
import re
from pathlib import Path



def parse(markup, post_id="?"):
    text, ids, terms, i = [], [], [], 0
    length = 0
    while i < len(markup):
        if markup.startswith("[[", i):
            colon = markup.index(":", i)
            close = markup.index("]]", colon)
            value = markup[colon + 1:close]
            ids.append({"start": length, "end": length + len(value), "type": markup[i + 2:colon]})
            text.append(value)
            length += len(value)
            i = close + 2
        elif markup.startswith("<<", i):
            close = markup.index(">>", i)
            term = markup[i + 2:close]
            if term not in terms:
                terms.append(term)
            text.append(term)
            length += len(term)
            i = close + 2
        else:
            text.append(markup[i])
            length += 1
            i += 1
    body = "".join(text)
    if any(ord(c) > 0xFFFF for c in body):
        raise ValueError(f"{post_id}: a character outside the BMP would make offsets differ from C#'s UTF-16 ones")
    return body, ids, terms


def record(post_id, markup):
    """One gold line: {"id", "text", "identifiers", "clinicalTerms"}."""
    text, ids, terms = parse(markup, post_id)
    return {"id": post_id, "text": text, "identifiers": ids, "clinicalTerms": terms}


def term_touches_identifier(post):
    """Whether any occurrence of a clinical term in a record overlaps an identifier span (a set must keep them apart)."""
    text = post["text"]
    for term in post["clinicalTerms"]:
        at = text.find(term)
        while at >= 0:
            if any(span["start"] < at + len(term) and at < span["end"] for span in post["identifiers"]):
                return True
            at = text.find(term, at + 1)
    return False


def hand_written_records(path, prefix):
    """The records of a round's hand-written.txt (one markup a line, "#" comments, "\\n" a line break), ids
    prefix000, prefix001 ... as GoldSetStructure.ShouldMatchHandWrittenFile numbers them; refuses a post whose clinical
    term touches an identifier."""
    posts = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for line in (l for l in lines if l.strip() and not l.startswith("#")):
        post = record(f"{prefix}{len(posts):03d}", line.replace("\\n", "\n"))
        if term_touches_identifier(post):
            raise ValueError(f"{post['id']}: a clinical term touches an identifier")
        posts.append(post)
    return posts


WORD = re.compile(r"\w+", re.UNICODE)


def trigrams(text):
    """Distinct lower-case word trigrams of a text: what every round's containment.py compares between sets."""
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def jsonl_texts(paths):
    """The "text" of every non-blank line of one JSONL file (a path) or of several (a list of paths), in order."""
    texts = []
    for path in [paths] if isinstance(paths, (str, Path)) else paths:
        with open(path, encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    return texts


def older_set_paths(gold_folder, this_round):
    """The JSONL files of every gold set older than round this_round, by set name, for a round's containment.py."""
    gold_folder = Path(gold_folder)
    sets = {"gold": [gold_folder / "gold.jsonl"], "Independent": sorted((gold_folder / "Independent").glob("*.jsonl")),
            "Fresh": [gold_folder / "Fresh" / "fresh.jsonl"]}
    for number in range(6, this_round):
        sets[f"Round{number}"] = [gold_folder / f"Round{number}" / f"round{number}.jsonl"]
    return sets
