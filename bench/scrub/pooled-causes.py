#!/usr/bin/env python3
"""Decision 175: pool `sermo train names-rotation --misses` output (its miss, lost and false lines) by a coarse cause read from
the words around each identifier or false hit in its gold post. Usage: pooled-causes.py rotation-output.txt [--show CAUSE]
A coarse cut of its own: its rows are not decision 167's (which was not kept). Reads rounds 10-51 (decisions 180, 187, 195, 201, 208, 212, 218, 224, 233, 241, 249, 256, 263, 268, 277, 287, 296, 304, 315, 325, 336, 346, 358, 373 and 385: the last
round's set is spent, so its posts are read too; set POOLED_LAST_ROUND to read fewer)."""
import json, re, sys, collections, glob
import os
G=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'Sermo.Ingest.Tests', 'Anonymization', 'Gold')
posts={}
for r in range(10,int(os.environ.get('POOLED_LAST_ROUND','51'))+1):
    for line in open(f'{G}/Round{r}/round{r}.jsonl'):
        p=json.loads(line); posts[p['id']]=p
HEADS=re.compile(r"\b(Hospital|Medical|Center|Centre|Clinic|Health|Infirmary|University|College|School|County|Regional|Memorial|General|Institute|Home|Hospice|Unit|Ward|Street|St\.|Road|Avenue|Ave|Pharmacy|Lab|Laboratories|Corp|Inc|LLC|Group|Practice|Department|Dept|Prison|Jail|Base)\b")
MONTHS='January February March April May June July August September October November December'.split()
def ctx(p, s):
    t=p['text']; i=t.find(s)
    if i<0: return '', ''
    return t[max(0,i-40):i], t[i+len(s):i+len(s)+40]
def cause_miss(typ, s, p):
    before, after = ctx(p, s)
    if typ=='LOCATION':
        if HEADS.search(s): return 'facilities with a head noun'
        if re.search(r'\d', s): return 'streets/rooms/postcodes (digits)'
        if s[:1].islower(): return 'places in lower case'
        return 'places without a head noun'
    if typ=='NAME':
        if s.isupper() and len(s)>1: return 'names in capitals'
        if s[:1].islower(): return 'names in lower case'
        b=before.rstrip()
        if b=='' : return 'name opening a post'
        if re.search(r'[.!?]\s*$', before) or re.search(r'\n\s*$',before): return 'name opening a sentence'
        if re.match(r',\s*\d{1,3}\s*,', after): return 'name before ", NN,"'
        if re.match(r'\s*\(\d', after): return 'name before "(NN"'
        if re.search(r'["\u201c\u2018\']\s*$', before): return 'name after a quote'
        if re.search(r',\s*$', before): return 'name after a comma'
        if re.search(r'\b(and|or|&)\s*$', before): return 'name after and/or'
        if re.match(r"\s*(,\s*)?(said|says|told|asked|called|texted|wrote|emailed|was|is|has|had|will|would|came|got)\b", after): return 'name before a verb'
        if re.match(r"'s\b|’s\b", after): return "name before 's"
        if re.search(r'\b(with|from|to|by|for|of|per|ask|asked|told|tell|call|called|page|paged|saw|see)\s*$', before): return 'name after a preposition/verb'
        return 'names capitalised, other slot'
    if typ=='AGE':
        return 'age over 89'
    if typ in ('ID','RECORD','MRN'): return 'record/claim/serial numbers'
    return 'other: '+typ
def cause_false(typ, s, p):
    before, after = ctx(p, s)
    w=s.split()[0] if s.split() else s
    if typ.upper()=='DATE':
        if re.search(r'\b(around|over)\s+(the\s+)?$', before): return 'holiday/month after around/over'
        if not re.search(r'\d', s): return 'holiday/month other slot'
        return 'dates other'
    if re.match(r"\s*('s\s+)?(formula|test|score|scale|sign|criteria|classification|maneuver|manoeuvre|reflex|triage|pulse|canal|nerve|syndrome|disease|rule|equation|protocol|index)\b", after, re.I) or re.match(r"'s", s[len(w):] if False else ''):
        return 'eponym/scale before its noun'
    if before.rstrip()=='' or re.search(r'[.!?]\s*$', before): return 'sentence-initial capital'
    if re.search(r'\d', s): return 'numbers after a label'
    return 'other words read as names/places'
# Decision 226: `pooled-causes.py rotation-output.txt --split [--show SHAPE]` prints the "places without a head noun" row by shape
# instead (joining words, a partly found span, an acronym or one word after a place preposition, other), from the same lines and posts.
# The shapes of that row. Joining words sit between or before a place's capitalised
# parts ("Port of Spain", "Sault Ste. Marie", "Stratford-upon-Avon", "Des Moines"); "partly found" means the scrubbed text no
# longer holds the place verbatim, so a rule or the detector took some of its words.
JOINING={'of','the','de','del','della','di','da','do','dos','das','du','des','la','las','le','les','los','el','al','y','e','en','upon',
         'on','in','am','im','an','der','den','van','von','sur','sous','and','st','ste','saint','sainte','san','santa','fort','ft','port',
         'mount','mt','lake','isle','bay','point','cape','glen','new','north','south','east','west','upper','lower','our','lady'}
PLACE_PREPOSITION=re.compile(r"\b(in|at|from|to|near|outside|into|toward|towards|around|across|via|through|past|by)\s+(the\s+)?$", re.I)
def place_shape(s, p, scrubbed):
    words=[w for w in re.split(r"[\s\-]+", s) if w]
    partly=' (partly found)' if s not in scrubbed else ' (none found)'
    if len(words)>1:
        if any(w.lower().rstrip('.') in JOINING for w in words): return 'multi-word with joining words'+partly
        return 'multi-word, capitalised parts only'+partly
    before,_=ctx(p, s)
    after_preposition=PLACE_PREPOSITION.search(before) is not None
    if re.fullmatch(r"[A-Z][A-Z&]{1,6}", s): return 'acronym after a place preposition' if after_preposition else 'acronym, other slot'
    return 'one word after a place preposition'+partly if after_preposition else 'one word, other slot'+partly
split='--split' in sys.argv[2:]
rows=collections.defaultdict(collections.Counter); ex=collections.defaultdict(list)
show=sys.argv[sys.argv.index('--show')+1] if '--show' in sys.argv[2:-1] else None
for line in open(sys.argv[1]):
    m=re.match(r'(miss|false|lost) r(\d+) (\S+) (?:(\w+) )?"(.*?)"', line)
    if not m: continue
    kind,r,pid,typ,s=m.groups(); p=posts.get(pid)
    if p is None: continue
    if kind=='miss': c=cause_miss(typ,s,p)
    elif kind=='false': c='FALSE '+cause_false(typ,s,p)
    else: c='lost clinical terms'
    if split:
        if kind!='miss' or c!='places without a head noun': continue
        c=place_shape(s, p, line.split(' -> ',1)[1] if ' -> ' in line else '')
    rows[c][int(r)]+=1
    b,a=ctx(p,s); ex[c].append(f'r{r} {pid} {typ}: ...{b}[[{s}]]{a}...'.replace('\n',' '))
rs=sorted({r for c in rows for r in rows[c]})
print('cause | total | '+' '.join(f'r{r}' for r in rs))
for c in sorted(rows, key=lambda c:(c.startswith('FALSE'), -sum(rows[c].values()))):
    print(f'{c} | {sum(rows[c].values())} | '+' '.join(str(rows[c][r]) for r in rs))
if show:
    for e in ex[show]: print(e)
