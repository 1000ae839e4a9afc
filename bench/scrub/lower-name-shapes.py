#!/usr/bin/env python3
"""Decision 238: split the "names in lower case" row of pooled-causes.py by the word before the missed name (a lower-case title,
a kin noun, "pt", a chat opener, "is/as", a handle's shape, other) or a found name beside it (the miss line's scrubbed text has
[NAME] right before or after the word). Usage:
  python3 bench/scrub/pooled-causes.py ROTATION.txt --show "names in lower case" | grep '^r[0-9]' > ROWS.txt
  python3 bench/scrub/lower-name-shapes.py ROWS.txt ROTATION.txt"""
import re,collections,sys
TITLES={'mr','mrs','ms','miss','dr'}
KIN={'kid','oldest','eldest','youngest','sibling','daughter','son','granddaughter','grandson','grandkid','grandchild','niece','nephew','sister','brother','cousin','wife','husband','partner','spouse','mom','dad','mother','father','neighbor','neighbour','friend','caregiver','boyfriend','girlfriend','stepdaughter','stepson','aunt','uncle','grandma','grandpa','auntie','bf','gf','mum','hubby','fiance','fiancee'}
rotation=sys.argv[2]
out={}
for l in open(rotation):
    m=re.match(r'miss r\d+ (\S+) NAME "(.*?)" -> (.*)',l)
    if m: out[(m.group(1),m.group(2))]=m.group(3)
c=collections.Counter()
for l in open(sys.argv[1]):
    m=re.match(r'r(\d+) (\S+) NAME: \.\.\.(.*)\[\[(.*?)\]\](.*)\.\.\.$',l.rstrip('\n'))
    pid,b,s,a=m.group(2),m.group(3),m.group(4),m.group(5)
    prev=re.findall(r"[\w'.@-]+",b)[-1:]; pw=prev[0].lower() if prev else ''
    o=out.get((pid,s),'')
    if o and (re.search(r'\[NAME\] '+re.escape(s)+r'\b',o) or re.search(re.escape(s)+r" \[NAME\]",o)): k='beside a found name'
    elif not b.strip() or re.search(r'[.!?:]\s*$',b): k='opening a post or sentence'
    elif pw in TITLES: k='after a lower-case title'
    elif pw in KIN: k='after a kin noun'
    elif pw in {'pt','patient'}: k='after pt/patient'
    elif pw in {'so','ugh','omg','lol','ok','ugh.'}: k='after a chat opener (so/ugh/omg/lol/ok)'
    elif pw in {'is','was','as','named','name'}: k='after is/was/as/name is'
    elif '@' in s or '.' in s or '_' in s: k='handle-like'
    else: k='other slot'
    c[k]+=1
for k,v in c.most_common(): print(f'{k} | {v}')
