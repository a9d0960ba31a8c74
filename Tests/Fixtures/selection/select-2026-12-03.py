# Draws the meeting parts meetings-dev-12 and meetings-sealed-13 and the resolution part sealed-8 (2026-12-03), excluding
# every id in the other files of Tests/Fixtures. Run from the package root with ../shared beside it; prints the draw.
import json, re, random, glob, os
OWN = {'meetings-dev-12.json', 'meetings-sealed-13.json', 'sealed-8.json'}
ex = set()
for f in glob.glob('Tests/Fixtures/**/*.json', recursive=True):
    if os.path.basename(f) in OWN: continue
    ex |= set(re.findall(r'reuters-\d+|bbc-[a-z]+-\d+', open(f).read()))
trig = re.compile(r'\b(met|meet|meets|meeting|meetings|talks|visited|summit|negotiations|held discussions)\b')
pool = {'reuters': [], 'bbc': []}
arts = {}
for c, p in [('reuters', '../shared/data/reuters21578/articles.jsonl'), ('bbc', '../shared/data/bbc/articles.jsonl')]:
    for line in open(p):
        a = json.loads(line)
        if a['id'] in ex: continue
        n = len(a['body'].split())
        if 60 <= n <= 600:
            pool[c].append(a['id']); arts[a['id']] = a
for c in pool: pool[c].sort()
rng = random.Random(20261203)
trig_pool = {c: [i for i in pool[c] if trig.search(arts[i]['body'])] for c in pool}
print('excluded', len(ex), {c: (len(pool[c]), len(trig_pool[c])) for c in pool})
r = rng.sample(trig_pool['reuters'], 80)
b = []
for cat, n in [('business', 6), ('politics', 8), ('world', 0), ('sport', 5), ('entertainment', 3), ('tech', 3)]:
    cands = [i for i in trig_pool['bbc'] if i.startswith('bbc-' + cat + '-') and i not in b]
    b += rng.sample(cands, n) if n else []
dev = r[:30] + b[:0]
# dev-12: 30 Reuters + 10 BBC; sealed-13: 50 Reuters + 15 BBC
bb = b[:]; rng.shuffle(bb)
dev = r[:30] + bb[:10]
sealed = r[30:80] + bb[10:25]
used = set(dev) | set(sealed)
rest = [i for i in pool['reuters'] if i not in used]
resol = rng.sample(rest, 20) + rng.sample([i for i in pool['bbc'] if i not in used], 10)
print(json.dumps({'dev12': dev, 'sealed13': sealed, 'resolution8': resol}))
print(len(dev), len(sealed), len(resol))
