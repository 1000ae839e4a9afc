#!/usr/bin/env python3
"""Converts the long-post gold markup (GoldSource/*.txt) into gold JSONL (see README.md in this folder).

Usage: markup_to_jsonl.py OUT.jsonl SOURCE.txt... [--ids ID,ID...]
A post starts with '# <id> <specialty>'; its text runs to the next header (blank lines at the ends dropped).
A span is {{surface|type:id|flags}}; flags: n negated, u uncertain, f family history (implies u),
+ / - entity sentiment, pN adverse-event pair key (the drugs and events sharing a key are paired).
"""
import json
import re
import sys

TYPES = {"b": "brand", "g": "generic", "dev": "device", "d": "disease", "ae": "adverse-event", "c": "drug-class", "r": "regimen"}
DRUGS = {"brand", "generic", "drug-class", "regimen"}
SPAN = re.compile(r"\{\{([^|{}]+)\|([a-z]+):([^|{}]+?)(?:\|([^{}]*))?\}\}")
ICD = re.compile(r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")


def parse_post(post_id, markup):
    text, entities, pairs = [], [], {}
    position, cursor = 0, 0
    for match in SPAN.finditer(markup):
        text.append(markup[cursor:match.start()])
        position += match.start() - cursor
        surface, code, entity_id, flags = match.group(1), match.group(2), match.group(3).strip(), match.group(4) or ""
        if code not in TYPES:
            raise ValueError(f"{post_id}: unknown type '{code}' in {match.group(0)}")
        kind = TYPES[code]
        if kind == "disease" and not ICD.match(entity_id):
            raise ValueError(f"{post_id}: '{entity_id}' is not an ICD-10-CM code")
        flag_set = [f.strip() for f in flags.split(",") if f.strip()]
        sentiment = "positive" if "+" in flag_set else "negative" if "-" in flag_set else "neutral"
        for flag in flag_set:
            if flag not in ("n", "u", "f", "+", "-") and not re.fullmatch(r"p\d+", flag):
                raise ValueError(f"{post_id}: unknown flag '{flag}' in {match.group(0)}")
            if re.fullmatch(r"p\d+", flag):
                pairs.setdefault(flag, []).append((kind, position))
        entities.append({
            "start": position, "end": position + len(surface), "text": surface, "type": kind, "id": entity_id,
            "negated": "n" in flag_set, "uncertain": "u" in flag_set or "f" in flag_set, "familyHistory": "f" in flag_set,
            "sentiment": sentiment,
        })
        text.append(surface)
        position += len(surface)
        cursor = match.end()
    text.append(markup[cursor:])
    plain = "".join(text)
    if "{{" in plain or "}}" in plain:
        raise ValueError(f"{post_id}: unparsed markup near '{plain[plain.find('{{') - 20:plain.find('{{') + 40]}'")
    adverse = []
    for key, members in sorted(pairs.items()):
        drugs = [start for kind, start in members if kind in DRUGS]
        events = [start for kind, start in members if kind == "adverse-event"]
        if not drugs or not events:
            raise ValueError(f"{post_id}: pair {key} needs a drug and an adverse event")
        adverse.extend({"drugStart": d, "eventStart": e} for d in drugs for e in events)
    warn_unmarked(post_id, plain, entities)
    return {"id": post_id, "text": plain, "entities": entities, "adverseEvents": adverse}


def warn_unmarked(post_id, plain, entities):
    """An annotated surface that occurs again unannotated in the same post is usually an annotation slip."""
    covered = [(e["start"], e["end"]) for e in entities]
    for surface in {e["text"].lower() for e in entities}:
        for match in re.finditer(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", plain, re.IGNORECASE):
            if not any(s < match.end() and match.start() < e for s, e in covered):
                print(f"warning: {post_id}: '{match.group(0)}' at {match.start()} is not annotated", file=sys.stderr)


def read_posts(path):
    posts, current, lines = [], None, []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        header = re.match(r"^# (\S+)\s+(\S.*)$", line)
        if header:
            if current:
                posts.append((current, lines))
            current, lines = header.group(1), []
        elif current:
            lines.append(line)
    if current:
        posts.append((current, lines))
    result = []
    for post_id, body in posts:
        while body and not body[-1].strip():
            body.pop()
        while body and not body[0].strip():
            body.pop(0)
        try:
            result.append(parse_post(post_id, "\n".join(body)))
        except ValueError as error:
            ERRORS.append(str(error))
    return result


ERRORS = []


def main(argv):
    out, sources = argv[1], argv[2:]
    posts = [post for source in sources for post in read_posts(source)]
    if ERRORS:
        raise SystemExit("\n".join(ERRORS))
    ids = [p["id"] for p in posts]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate post ids")
    with open(out, "w", encoding="utf-8") as writer:
        for post in posts:
            writer.write(json.dumps(post, ensure_ascii=False) + "\n")
    words = [len(p["text"].split()) for p in posts]
    print(f"{out}: {len(posts)} posts, {sum(len(p['entities']) for p in posts)} entities, words {min(words)}-{max(words)} (median {sorted(words)[len(words) // 2]})")


if __name__ == "__main__":
    main(sys.argv)
