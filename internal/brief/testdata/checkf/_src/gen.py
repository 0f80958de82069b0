import re, json, glob, os, sys
from collections import defaultdict, OrderedDict

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
MARK = re.compile(r'\[\[([^|\]]+)\|([^|\]]+)\|([^\]]+)\]\]')
SPLIT = re.compile(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d]))\s+')

events = OrderedDict()
qtable = OrderedDict()   # key -> dict(event, what, conflict)
articles = []
problems = []

for fn in sorted(glob.glob(os.path.join(SRC, 'e*.txt'))):
    raw = open(fn, encoding='utf-8').read()
    head, *blocks = re.split(r'^### ', raw, flags=re.M)
    ev = None
    for line in head.splitlines():
        line = line.strip()
        if line.startswith('@event'):
            eid, what = [x.strip() for x in line[len('@event'):].split('|', 1)]
            ev = eid
            events[eid] = {'what': what, 'articles': []}
        elif line.startswith('@q'):
            k, c, what = [x.strip() for x in line[2:].split('|', 2)]
            qtable[ev + '.' + k] = {'event': ev, 'what': what, 'conflict': c == 'true'}
    for b in blocks:
        aid, rest = b.split('\n', 1)
        hdr, body = rest.split('\n---\n', 1)
        meta = {}
        for l in hdr.splitlines():
            if ':' in l:
                k, v = l.split(':', 1)
                meta[k.strip()] = v.strip()
        paras = [re.sub(r'\s*\n\s*', ' ', p.strip()) for p in re.split(r'\n\s*\n', body.strip())]
        src = '\n\n'.join(p for p in paras if p)
        # strip markup
        plain = ''
        figs = []
        pos = 0
        for m in MARK.finditer(src):
            plain += src[pos:m.start()]
            phrase, key, val = m.group(1), m.group(2).strip(), m.group(3).strip()
            s = len(plain)
            plain += phrase
            figs.append({'phrase': phrase, 'key': key, 'value': float(val), 'start': s, 'end': len(plain)})
            pos = m.end()
        plain += src[pos:]
        if '[[' in plain or ']]' in plain or '|' in plain:
            problems.append(f'{aid}: leftover markup')
        articles.append({'id': aid.strip(), 'event': ev, 'meta': meta, 'text': plain, 'figs': figs})
        events[ev]['articles'].append(aid.strip())

# quantities: assign ids
qid_of = {}
quantities = OrderedDict()
n = 0
single_counter = 0
for ev in events:
    for k, q in qtable.items():
        if q['event'] == ev:
            n += 1
            qid_of[k] = f'Q{n}'
            quantities[f'Q{n}'] = dict(q)
    for a in articles:
        if a['event'] != ev:
            continue
        for f in a['figs']:
            if f['key'].startswith('='):
                n += 1
                f['qid'] = f'Q{n}'
                quantities[f'Q{n}'] = {'event': ev, 'what': f['key'][1:], 'conflict': False}
            else:
                k = ev + '.' + f['key']
                if k not in qid_of:
                    problems.append(f"{a['id']}: unknown key {f['key']}")
                    f['qid'] = None
                else:
                    f['qid'] = qid_of[k]

def sentences(text):
    out = []
    for pm in re.finditer(r'[^\n]+', text):
        p = pm.group(0); base = pm.start()
        i = 0
        for m in SPLIT.finditer(p):
            out.append((base + i, base + m.start()))
            i = m.end()
        out.append((base + i, base + len(p)))
    return out

def choose_ctx(text, s0, s1, fs, fe, minlen=18):
    # expand word-wise around [fs,fe) within sentence [s0,s1)
    a, b = fs, fe
    def ok(a, b):
        sub = text[a:b]
        return text.count(sub) == 1 and len(sub.strip()) >= min(minlen, s1 - s0)
    turn = 0
    while not ok(a, b):
        if a <= s0 and b >= s1:
            return None
        if (turn % 2 == 0 and b < s1) or a <= s0:
            # extend right to next word end
            m = re.compile(r'\s*\S+').match(text, b)
            b = min(s1, m.end()) if m else s1
        else:
            j = a
            while j > s0 and text[j-1] == ' ':
                j -= 1
            while j > s0 and text[j-1] != ' ':
                j -= 1
            a = j
        turn += 1
    sub = text[a:b]
    # trim trailing/leading spaces
    return sub.strip()

figures = []
for a in articles:
    t = a['text']
    sents = sentences(t)
    for f in a['figs']:
        sent = [s for s in sents if s[0] <= f['start'] and f['end'] <= s[1]]
        if len(sent) != 1:
            problems.append(f"{a['id']}: phrase {f['phrase']!r} not inside exactly one sentence")
            continue
        s0, s1 = sent[0]
        stext = t[s0:s1]
        if stext.count(f['phrase']) != 1:
            problems.append(f"{a['id']}: phrase {f['phrase']!r} occurs {stext.count(f['phrase'])}x in its sentence")
        ctx = choose_ctx(t, s0, s1, f['start'], f['end'])
        if ctx is None:
            problems.append(f"{a['id']}: no unique context for {f['phrase']!r}")
            continue
        v = f['value']
        v = int(v) if v == int(v) else v
        figures.append({'article': a['id'], 'phrase': f['phrase'], 'sentence_contains': ctx, 'value': v, 'quantity': f['qid']})

about = open(os.path.join(SRC, 'about.txt'), encoding='utf-8').read().strip() if os.path.exists(os.path.join(SRC, 'about.txt')) else ''
gold = {'about': about,
        'events': {e: {'what': events[e]['what'], 'articles': events[e]['articles']} for e in events},
        'quantities': quantities,
        'figures': figures}

with open(os.path.join(OUT, 'coverage.jsonl'), 'w', encoding='utf-8') as fh:
    for a in articles:
        m = a['meta']
        fh.write(json.dumps({'id': a['id'], 'url': m['url'], 'title': m['title'], 'published': m.get('published', ''),
                             'outlet': m['outlet'], 'text': a['text']}, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'gold.json'), 'w', encoding='utf-8') as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=1)
    fh.write('\n')

# ---- reports
used = set(f['quantity'] for f in figures)
for k, q in qid_of.items():
    if q not in used:
        problems.append(f'unused table quantity {k}')
print('PROBLEMS:', len(problems))
for p in problems:
    print('  ', p)
if '-v' in sys.argv:
    for a in articles:
        wc = len(re.findall(r'\S+', a['text']))
        print(a['id'], a['event'], wc, a['meta']['outlet'], a['meta'].get('published') or 'UNDATED', len(a['figs']))
    byq = defaultdict(list)
    for f in figures:
        byq[f['quantity']].append(f)
    for q, fs in byq.items():
        arts = sorted(set(f['article'] for f in fs))
        vals = [f['value'] for f in fs]
        if len(arts) >= 2 or quantities[q]['conflict']:
            flag = 'CONFLICT' if quantities[q]['conflict'] else 'agree'
            print(f"{q} {flag} {quantities[q]['what'][:60]} | " + ', '.join(f"{f['article']}:{f['phrase']}={f['value']}" for f in fs))
            lo, hi = min(vals), max(vals)
            if quantities[q]['conflict'] and lo == hi:
                print('   !! conflict with identical values')
            if not quantities[q]['conflict'] and hi > 0 and (hi - lo) / hi > 0.06:
                print('   !! agreement with spread', lo, hi)
if '-u' in sys.argv:
    NUMW = r'\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|half|third|thirds|quarter|quarters|fifth|dozen|dozens|twice|double|doubled|triple|halve|halved)\b'
    for a in articles:
        t = a['text']
        mask = [False] * len(t)
        for f in a['figs']:
            for i in range(f['start'], f['end']):
                mask[i] = True
        for m in re.finditer(r'\d[\d,.]*|' + NUMW, t, flags=re.I):
            if not mask[m.start()]:
                print(f"{a['id']}: {m.group(0)!r} ... {t[max(0,m.start()-40):m.end()+30]!r}")
