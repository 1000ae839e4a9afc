#!/usr/bin/env python3
"""The guide's "adverse event or disease" rule by the lexicon's lists, over every long set's markup (decision 101).

A disease span whose words are only an adverse-event term becomes that adverse event; an adverse-event span whose words
are only a disease term becomes that disease (its lexicon code). Concepts in both lists are left to the author.
Prints each edit; writes only with --write. Run pair_keys.py afterwards: a pair key left without an adverse event is
dropped. Usage (from this folder): python3 list_rule.py [--write]
"""
import collections
import csv
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
L=os.path.join(HERE, '../../../../src/Analytics/Lexicons/')
def terms(r,name,syn): return [t.lower() for t in [r[name]]+[s for s in r[syn].split('|') if s]]
dis={}
for r in csv.DictReader(open(L+'diseases.csv')):
    for t in terms(r,'name','synonyms'): dis.setdefault(t,r['icd10'])
ae={};aeflag={}
for r in csv.DictReader(open(L+'adverse_events.csv')):
    for t in terms(r,'name','synonyms'): ae.setdefault(t,r['name'].lower()); aeflag.setdefault(t,r['disease_unless_drug']=='true')
SPAN=re.compile(r"\{\{([^|{}]+)\|(d|ae):([^|{}]+?)((?:\|[^{}]*)?)\}\}")
write='--write' in sys.argv
cnt=collections.Counter()
for f in sorted(glob.glob(os.path.join(HERE, 'long*.txt'))):
    s=open(f).read(); post=None; out=[]
    for line in s.split('\n'):
        if line.startswith('# '): post=line.split()[1]
        def fix(m):
            surf,typ,id_,fl=m.groups(); t=surf.lower()
            if typ=='d' and t in ae and t not in dis:
                new='{{%s|ae:%s%s}}'%(surf,ae[t],fl); print(f.split('/')[-1],post,m.group(0),'->',new); cnt[f.split('/')[-1]]+=1; return new
            if typ=='ae' and t in dis and t not in ae:
                new='{{%s|d:%s%s}}'%(surf,dis[t],fl); print(f.split('/')[-1],post,m.group(0),'->',new); cnt[f.split('/')[-1]]+=1; return new
            return m.group(0)
        out.append(SPAN.sub(fix,line))
    if write: open(f,'w').write('\n'.join(out))
print(cnt)
