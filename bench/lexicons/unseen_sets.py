"""The tagger gold sets no engineer may read this round, named in one place so every pooling script leaves the same sets
unread; the lead moves the default each round and GOLD_UNSEEN (comma-separated round numbers) overrides it. A set is
long-rNN and its posts' ids are rNN-xxx."""
import os
import re

ROUNDS = [int(r) for r in os.environ.get("GOLD_UNSEEN", "52,53,54").split(",") if r.strip()]
_ALTERNATIVES = "|".join(str(r) for r in ROUNDS) or "(?!)"
PATTERN = re.compile(rf"(?i)long-r(?:{_ALTERNATIVES})(?!\d)|(?<![\w-])r(?:{_ALTERNATIVES})-")


def names_unseen(text):
    """True when a set name, header or output line names an unseen set or one of its posts."""
    return bool(PATTERN.search(text or ""))
