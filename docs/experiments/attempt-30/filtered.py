#!/usr/bin/env python3
"""attempt 30 (b): a first round whose update learns from a filtered copy of another run's round-2 search, to say which
part of what a search finds the update gains from. Writes /work/exp/hw/DST: SRC's configuration with its first round
only, its IFT, EFT, Init, M1 evaluation and round-2 search copied in, the search's results and pairs filtered by RULE
(a dropped path is marked Unfinished, so the update does not replay it; a dropped pair is removed):
  pure     drop the own paths with a step the Python oracle calls wrong, and the pairs whose chosen step is wrong
  nohard   drop the right own paths that cross a prefix where the search's first candidate set was all wrong, and the
           pairs at such prefixes
  noeasy   drop as many own paths and pairs as nohard does, drawn at random (seed 1) from those with no such prefix
  all      drop nothing (with PY: the same search under another update)
  dissent  add back the pairs the unanimous-label rule dropped on finished paths (search.unanimousLabels = false's
           pairs from the same search: the rule never changes the path)
  dissentright  the same, only those whose chosen step the Python oracle calls right
  shared   keep the own paths and pairs only on the questions where run OTHER (env) has a right own path
usage: filtered.py SRC DST RULE [PY: python statements editing c, the config dict]
(then: dotnet BIN/psr.dll run --resume /work/exp/hw/DST)"""
import json, os, random, shutil, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'attempt-29')); sys.path.insert(1, os.path.dirname(__file__))
from oracle import label, rebuild, own as vouched

src, dst, rule = sys.argv[1:4]
S, D = f'/work/exp/hw/{src}', f'/work/exp/hw/{dst}'
shutil.rmtree(D, ignore_errors=True); os.makedirs(D + '/stages')
c = json.load(open(S + '/config.json')); c['rounds'] = c['rounds'][:1]
if len(sys.argv) > 4: exec(sys.argv[4])
json.dump(c, open(D + '/config.json', 'w'), indent=2)
for s in ['00-ift', '00-eft', '01-init', '01-evaluate', '02-search']:
    shutil.copytree(f'{S}/stages/{s}', f'{D}/stages/{s}')
d = D + '/stages/02-search/'
qs = {json.loads(l)['id']: json.loads(l)['text'] for l in open(d + 'questions.jsonl')}
records = [json.loads(l) for l in open(d + 'results.jsonl')]

def analyse(r):
    """(own path?, all right?, crosses an all-wrong first set?, prefixes whose first set was all wrong)"""
    q = qs[r['questionId']]; steps, path = rebuild(r); first = {}
    for prefix, e in steps:
        labs = [label(q, prefix, x['text'])[0] for x in e['candidates']]
        if labs and labs[0] != 'unknown':
            first.setdefault(tuple(prefix), sum(x == 'right' for x in labs))
    own = vouched(r)
    right = all(label(q, path[:k], t)[0] == 'right' for k, t in enumerate(path))
    hard = {k for k, n in first.items() if n == 0}
    return own, right, any(tuple(path[:k]) in hard for k in range(len(path))), hard

info = {r['questionId']: analyse(r) for r in records}
pairs = [json.loads(l) for l in open(d + 'pairs.jsonl')]
def pair_right(p): return label(qs[p['questionId']], p['previousSteps'], p['chosen'])[0] == 'right'
def pair_hard(p): return tuple(p['previousSteps']) in info[p['questionId']][3]

if rule == 'pure':
    drop_paths = {q for q, (own, right, _, _) in info.items() if own and not right}
    drop_pairs = {i for i, p in enumerate(pairs) if not pair_right(p)}
elif rule in ('nohard', 'noeasy'):
    drop_paths = {q for q, (own, right, crosses, _) in info.items() if own and right and crosses}
    drop_pairs = {i for i, p in enumerate(pairs) if pair_hard(p)}
    if rule == 'noeasy':
        rng = random.Random(1)
        easy_paths = sorted(q for q, (own, right, crosses, _) in info.items() if own and not crosses)
        easy_pairs = [i for i, p in enumerate(pairs) if not pair_hard(p)]
        drop_paths = set(rng.sample(easy_paths, len(drop_paths))); drop_pairs = set(rng.sample(easy_pairs, len(drop_pairs)))
elif rule == 'shared':
    from cover import own as right_own_paths
    keep = set(right_own_paths(os.environ['OTHER']))
    drop_paths = {q for q, (own, _, _, _) in info.items() if own and q not in keep}
    drop_pairs = {i for i, p in enumerate(pairs) if p['questionId'] not in keep}
elif rule in ('all', 'dissent', 'dissentright'):
    drop_paths, drop_pairs = set(), set()
else:
    sys.exit(f'filtered.py: unknown rule {rule!r} (pure, nohard, noeasy, all)')

added = 0
if rule.startswith('dissent'):
    for r in records:
        if r['status'] != 'Finished': continue
        t = r['trace']; new = []
        for i in t['pathExpansions']:
            e = t['expansions'][i]
            if e['pair'] != 'DroppedLabelDissent': continue
            b, w = e['candidates'][e['chosenIndex']], e['candidates'][e['rejectedIndex']]
            p = {'questionId': r['questionId'], 'question': qs[r['questionId']], 'previousSteps': r['steps'][:e['stepIndex']],
                 'chosen': b['text'], 'rejected': w['text'], 'chosenScore': b['score'], 'rejectedScore': w['score'],
                 'chosenFinal': b['final'], 'rejectedFinal': w['final'], 'expansion': i}
            if rule == 'dissentright' and label(p['question'], p['previousSteps'], p['chosen'])[0] != 'right': continue
            new.append(p)
        if new:
            r['pairs'] = sorted((r['pairs'] or []) + new, key=lambda p: p['expansion']); added += len(new)
    pairs = [p for r in records for p in (r['pairs'] or [])]
def key(p): return (p['questionId'], p['expansion'], p['chosen'], p['rejected'])
dropped = {key(pairs[i]) for i in drop_pairs}
with open(d + 'results.jsonl', 'w') as f:
    for r in records:
        if r['questionId'] in drop_paths: r['status'] = 'Unfinished'
        r['pairs'] = [p for p in r['pairs'] or [] if key(p) not in dropped] if r['pairs'] is not None else None
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(d + 'pairs.jsonl', 'w') as f:
    for i, p in enumerate(pairs):
        if i not in drop_pairs: f.write(json.dumps(p, ensure_ascii=False) + '\n')
# the search's manifest names its outputs' hashes, and a resume redoes a stage whose outputs changed: record the new ones
import hashlib
m = json.load(open(d + 'manifest.json'))
for o in m['outputs']:
    o['sha256'] = hashlib.sha256(open(f"{D}/{o['path']}", 'rb').read()).hexdigest()
json.dump(m, open(d + 'manifest.json', 'w'), indent=2)
own = sum(v[0] for v in info.values())
print(f'{dst} ({rule} of {src}): own paths {own} - {len(drop_paths)} dropped; pairs {len(pairs)} - {len(drop_pairs)} dropped ({added} added)')
