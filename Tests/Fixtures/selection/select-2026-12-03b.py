# Draws the meeting part meetings-sealed-14 (2026-12-03, second session), excluding every id in the other files of
# Tests/Fixtures. Run from the package root with ../shared beside it; prints the draw.
import json, re, random, glob, os
OWN = {'meetings-sealed-14.json'}
ex = set()
for f in glob.glob('Tests/Fixtures/**/*', recursive=True):
    if os.path.isdir(f) or os.path.basename(f) in OWN: continue
    ex |= set(re.findall(r'reuters-\d+|bbc-[a-z]+-\d+', open(f, errors='replace').read()))
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
rng = random.Random(202612032)
trig_pool = {c: [i for i in pool[c] if trig.search(arts[i]['body'])] for c in pool}
print('excluded', len(ex), {c: (len(pool[c]), len(trig_pool[c])) for c in pool})
r = rng.sample(trig_pool['reuters'], 40)
b = []
for cat, n in [('business', 3), ('politics', 4), ('sport', 2), ('entertainment', 1), ('tech', 2)]:
    b += rng.sample([i for i in trig_pool['bbc'] if i.startswith('bbc-' + cat + '-')], n)
sealed = r + b
rng.shuffle(sealed)
print(json.dumps({'sealed14': sealed}))
print(len(sealed))
