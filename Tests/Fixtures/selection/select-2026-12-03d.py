# Draws sealed resolution part 9 (Tests/Fixtures/resolution/sealed-9.json): ordinary news, ids in no file under
# Tests/Fixtures nor the session workspace /work/sealed; bodies of 40-400 words; 20 Reuters, then BBC by section.
import json, random, re, glob
used = set()
for path in glob.glob('/work/main/Tests/Fixtures/**/*.json', recursive=True) + glob.glob('/work/sealed/**/*.json', recursive=True):
    if '/res9/' in path or path.endswith('resolution/sealed-9.json'): continue
    used |= set(re.findall(r'"((?:reuters|bbc-[a-z]+)-\d+)"', open(path).read()))
def pool(path):
    out = []
    for l in open(path):
        a = json.loads(l)
        if a['id'] not in used and 40 <= len(a['body'].split()) <= 400: out.append(a['id'])
    return sorted(out)
rng = random.Random(20261209)
reuters = pool('/work/shared/data/reuters21578/articles.jsonl')
bbc = pool('/work/shared/data/bbc/articles.jsonl')
pick = rng.sample(reuters, 20)
for section, n in [('business', 4), ('politics', 4), ('entertainment', 5), ('sport', 3), ('tech', 4)]:
    pick += rng.sample([i for i in bbc if i.startswith('bbc-' + section + '-')], n)
print(len(used), len(reuters), len(bbc))
json.dump(pick, open('ids.json', 'w'))
print(pick)
