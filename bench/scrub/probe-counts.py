#!/usr/bin/env python3
"""Counts false hits and leaks of the scrub verb on a probe corpus (decision 253).

Usage: probe-counts.py PROBE.jsonl SCRUBBED.jsonl [--show]
PROBE lines carry "names": every word-bounded occurrence of each must be covered by a span (else a leak); a span that
overlaps no listed name is a false hit. Prints the counts, and with --show each false hit and leak.
"""
import json
import re
import sys


def occurrences(text, names):
    spans = []
    for name in set(names):
        spans += [(m.start(), m.end(), name) for m in re.finditer(r'(?<!\w)' + re.escape(name) + r'(?!\w)', text)]
    return spans


def main():
    probe = {o['id']: o for o in map(json.loads, open(sys.argv[1]))}
    show = '--show' in sys.argv
    false_hits = leaks = clean_changed = 0
    for out in map(json.loads, open(sys.argv[2])):
        item = probe[out['id']]
        text = item['text']
        want = occurrences(text, item['names'])
        spans = [(s['start'], s['end'], s['type']) for s in out['spans']]
        for start, end, kind in spans:
            if not any(start < e and s < end for s, e, _ in want):
                false_hits += 1
                if show:
                    print(f"FALSE {out['id']} {kind} {text[start:end]!r} in: {text}")
        for s, e, name in want:
            if not any(start <= s and end >= e for start, end, _ in spans):
                leaks += 1
                if show:
                    print(f"LEAK  {out['id']} {name!r} in: {text}")
        if not item['names'] and spans:
            clean_changed += 1
    names = sum(len(occurrences(o['text'], o['names'])) for o in probe.values())
    clean = sum(1 for o in probe.values() if not o['names'])
    print(f"posts {len(probe)}, names {names}, clean posts {clean}: false hits {false_hits}, leaks {leaks}, clean posts changed {clean_changed}")


if __name__ == '__main__':
    main()
