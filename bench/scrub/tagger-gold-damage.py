#!/usr/bin/env python3
"""Decision 203: a second retention measure on physicians' own language. Runs `sermo scrub` over the posts of the tagger
gold sets anyone may read (tests/Sermo.Analytics.Tests/Tagging/Gold: short, long, long-fresh, long-heldout, long-r6 ..
long-rN) and counts the marked drug, disease and device spans whose characters the scrubber changes. Those sets hold no
identifiers, so every changed span is a false hit that costs the taggers a mention.

Usage: tagger-gold-damage.py [--sermo "CMD"] [--top N] [--list]
  --sermo  command that runs the CLI (default: dotnet src/Worker/bin/Debug/net10.0/sermo.dll)
  --top    how many of the most frequent damaged terms and of all scrubbed strings to print (default 30)
  --list   also print every damaged span with its post id and the identifier type the scrubber gave it
The unseen sets of bench/lexicons/unseen_sets.py are never opened.
Run from the repository root."""
import collections, json, os, shlex, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lexicons'))
from unseen_sets import names_unseen  # noqa: E402  one list of the sets no engineer may read

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
GOLD = os.path.join(ROOT, 'tests', 'Sermo.Analytics.Tests', 'Tagging', 'Gold')
# The tagger's span types, grouped the way the brief and the heat maps count them.
GROUPS = {'generic': 'drug', 'brand': 'drug', 'drug-class': 'drug', 'regimen': 'drug',
          'disease': 'disease', 'device': 'device', 'adverse-event': 'adverse-event'}


def readable_sets():
    rounds = sorted(int(n[len('long-r'):]) for n in os.listdir(GOLD) if n.startswith('long-r') and n[len('long-r'):].isdigit())
    names = ['short', 'long', 'long-fresh', 'long-heldout'] + [f'long-r{r}' for r in rounds if not names_unseen(f'long-r{r}')]
    files = []
    for name in names:
        folder = os.path.join(GOLD, name)
        files += [(name, os.path.join(folder, f)) for f in sorted(os.listdir(folder)) if f.endswith('.jsonl')]
    return files


def main(argv):
    sermo = 'dotnet src/Worker/bin/Debug/net10.0/sermo.dll'
    top, show_list = 30, False
    i = 0
    while i < len(argv):
        if argv[i] == '--sermo': sermo = argv[i + 1]; i += 2
        elif argv[i] == '--top': top = int(argv[i + 1]); i += 2
        elif argv[i] == '--list': show_list = True; i += 1
        else: sys.exit(__doc__)
    posts = {}
    for name, path in readable_sets():
        for line in open(path, encoding='utf-8'):
            if line.strip():
                p = json.loads(line)
                posts[f"{name}/{os.path.basename(path)}/{p['id']}"] = p
    with tempfile.TemporaryDirectory() as tmp:
        src, out = os.path.join(tmp, 'in.jsonl'), os.path.join(tmp, 'out.jsonl')
        with open(src, 'w', encoding='utf-8') as f:
            for key, p in posts.items():
                f.write(json.dumps({'id': key, 'text': p['text']}) + '\n')
        subprocess.run(shlex.split(sermo) + ['scrub', '--in', src, '--out', out], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        scrubbed = {}
        for line in open(out, encoding='utf-8'):
            r = json.loads(line)
            scrubbed[r['id']] = r['spans']
    if len(scrubbed) != len(posts):
        sys.exit(f'scrub returned {len(scrubbed)} of {len(posts)} posts')
    marked, damaged = collections.Counter(), collections.Counter()
    terms, scrubbed_words = collections.Counter(), collections.Counter()
    posts_changed = 0
    listing = []
    for key, p in posts.items():
        spans = scrubbed[key]
        if spans: posts_changed += 1
        for s in spans:
            scrubbed_words[(s['type'], p['text'][s['start']:s['end']])] += 1
        for e in p.get('entities', []):
            group = GROUPS.get(e['type'], e['type'])
            marked[group] += 1
            hits = [s for s in spans if s['start'] < e['end'] and e['start'] < s['end']]
            if hits:
                damaged[group] += 1
                terms[(group, e['text'])] += 1
                listing.append(f"{key} {group} \"{e['text']}\" as {'+'.join(sorted({s['type'] for s in hits}))}")
    print(f'posts {len(posts)}, posts with any scrubbed span {posts_changed}')
    print('span type | marked | damaged | kept share')
    for group in ['drug', 'disease', 'device', 'adverse-event']:
        kept = 1 - damaged[group] / marked[group] if marked[group] else 1
        print(f'{group} | {marked[group]} | {damaged[group]} | {kept:.4f}')
    print(f'drug+disease+device damaged: {damaged["drug"] + damaged["disease"] + damaged["device"]}')
    print(f'most frequent damaged terms (top {top}):')
    for (group, text), n in terms.most_common(top):
        print(f'{n} {group} "{text}"')
    print(f'{sum(scrubbed_words.values())} scrubbed spans in all; most frequent (top {top}):')
    for (kind, text), n in scrubbed_words.most_common(top):
        print(f'{n} {kind} "{text}"')
    if show_list:
        for line in listing: print(line)


if __name__ == '__main__':
    main(sys.argv[1:])
