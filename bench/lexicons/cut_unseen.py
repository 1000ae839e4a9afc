#!/usr/bin/env python3
"""Cuts a GoldSet test output down to the sets one may read, before anyone reads a line of it (decisions 234, 244):
drops an unseen set's header and every line under it until the next set header, and any line naming an unseen set or
one of its posts. GOLD_UNSEEN (comma-separated round numbers) chooses the sets, through unseen_sets.names_unseen.

Usage: GOLD_UNSEEN=52,53,54 python3 bench/lexicons/cut_unseen.py RAW.txt > CUT.txt
"""
import re
import sys

from unseen_sets import names_unseen

HEADER = re.compile(r"^ (\S+): \d+ sentences")


def cut(lines):
    dropping = False
    for line in lines:
        m = HEADER.match(line)
        if m:
            dropping = names_unseen(m.group(1))
        if dropping or names_unseen(line):
            continue
        yield line


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8", errors="replace") as raw:
        sys.stdout.writelines(cut(raw))
