#!/usr/bin/env python3
"""After list_rule.py: a pair key left without both a drug and an adverse event in its post is dropped from that post.

Usage: python3 pair_keys.py long*.txt
"""
import re,sys,glob
SPAN=re.compile(r"\{\{([^|{}]+)\|([a-z]+):([^|{}]+?)(?:\|([^{}]*))?\}\}")
DRUG={'b','g','c','r'}
for f in sys.argv[1:]:
    lines=open(f).read().split('\n'); posts=[]; cur=None
    for i,l in enumerate(lines):
        if l.startswith('# '): cur=[]; posts.append(cur)
        if cur is not None: cur.append(i)
    changed=0
    for idx in posts:
        keys={}
        for i in idx:
            for m in SPAN.finditer(lines[i]):
                for fl in (m.group(4) or '').split(','):
                    if re.fullmatch(r'p\d+',fl): keys.setdefault(fl,set()).add('drug' if m.group(2) in DRUG else ('ae' if m.group(2)=='ae' else m.group(2)))
        bad={k for k,v in keys.items() if not ('drug' in v and 'ae' in v)}
        if not bad: continue
        def fix(m):
            fl=[x for x in (m.group(4) or '').split(',') if x and x not in bad]
            return '{{%s|%s:%s%s}}'%(m.group(1),m.group(2),m.group(3),('|'+','.join(fl)) if fl else '')
        for i in idx:
            new=SPAN.sub(fix,lines[i])
            if new!=lines[i]: changed+=1; lines[i]=new
    open(f,'w').write('\n'.join(lines)); print(f.split('/')[-1],changed)
