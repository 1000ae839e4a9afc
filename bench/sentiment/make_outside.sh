#!/usr/bin/env bash
# Regenerates samples/labels/outside/vader-tweets.csv, the outside-domain test set of issue #13's "trained on UCI,
# tested on another domain" target, from VADER's human-rated tweets (Hutto & Gilbert, ICWSM 2014; MIT, see
# samples/labels/outside/README.md). Needs a copy of github.com/cjhutto/vaderSentiment (a clone or a bare git dir);
# the tweets are in its additional_resources/hutto_ICWSM_2014.tar.gz.
# Usage: bash bench/sentiment/make_outside.sh PATH_TO_vaderSentiment
# Rule (decision 070): a tweet's label is the sign of its raters' mean on the −4…+4 scale when the mean reaches the
# scale's first step (|mean| ≥ 1, "slightly" or more); tweets rated between −1 and +1 are neutral and left out,
# because the UCI sentences the model trains on hold no neutral sentence.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source_repo="${1:?usage: make_outside.sh PATH_TO_vaderSentiment}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git -C "$source_repo" show HEAD:additional_resources/hutto_ICWSM_2014.tar.gz | tar xz -C "$work"
python3 - "$work/hutto_ICWSM_2014/tweets_GroundTruth.txt" "$repo/samples/labels/outside/vader-tweets.csv" <<'PY'
import csv, sys
source, out = sys.argv[1:]
kept = dropped = 0
with open(source, encoding="utf-8") as src, open(out, "w", newline="", encoding="utf-8") as dst:
    w = csv.writer(dst, lineterminator="\n")
    w.writerow(["id", "mean_rating", "label", "text"])
    for line in src:
        tweet_id, rating, text = line.rstrip("\r\n").split("\t", 2)
        mean = float(rating)
        if abs(mean) < 1:
            dropped += 1
            continue
        # The text as shipped (HTML entities such as &amp;, @anonymous and http://url_removed included).
        w.writerow([tweet_id, rating, "positive" if mean > 0 else "negative", text.strip()])
        kept += 1
print(f"{kept} tweets kept, {dropped} rated between -1 and +1 left out", file=sys.stderr)
PY
