# Draws sealed part 15 (Tests/Fixtures/events/meetings-sealed-15.json), chosen for offices: ids in no file under
# Tests/Fixtures nor the session workspace /work/sealed; bodies of 300-3500 characters with two or more office words.
import json, random, re, glob, os
used = set()
for path in glob.glob('/work/main/Tests/Fixtures/**/*.json', recursive=True) + glob.glob('/work/sealed/**/*.json', recursive=True):
    if '/roles15/' in path or path.endswith('meetings-sealed-15.json'): continue
    used |= set(re.findall(r'"((?:reuters|bbc-[a-z]+)-\d+)"', open(path).read()))
cue = re.compile(r'\b(chairman|president|chief executive|minister|spokesman|spokeswoman|director|leader|secretary|manager|coach|governor|head of)\b')
def pool(path):
    out = []
    for l in open(path):
        a = json.loads(l)
        if a['id'] in used or not (300 <= len(a['body']) <= 3500): continue
        if len(cue.findall(a['body'])) >= 2: out.append(a['id'])
    return out
rng = random.Random(15)
reuters = pool('/work/shared/data/reuters21578/articles.jsonl')
bbc = pool('/work/shared/data/bbc/articles.jsonl')
pick = rng.sample(reuters, 22)
for section in ['business', 'politics', 'sport', 'entertainment', 'tech']:
    pick += rng.sample([i for i in bbc if i.startswith('bbc-' + section + '-')], 4 if section in ('business', 'politics') else 3)
print(len(used), len(reuters), len(bbc))
json.dump(pick, open('ids.json', 'w'))
print(pick)
