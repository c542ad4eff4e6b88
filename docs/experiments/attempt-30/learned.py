#!/usr/bin/env python3
"""attempt 30: what a round's update learns from, by how hard each step was for the policy: every step of the finished
paths the judge never called wrong (the own paths the update replays) and every chosen step of the round's pairs, with
its Python-oracle label (attempt-29/oracle.py) and the policy's right rate at that prefix (right candidates over all
candidates the search sampled there, pooled over its expansions at that prefix). usage: learned.py RUN.. (ROUND=02)"""
import os, sys, collections, json
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'attempt-29'))
from oracle import label, searches, rebuild, own, STEP

rnd = os.environ.get('ROUND', '02')
BUCKETS = ['0 (all wrong at first)', '< 1/3', '1/3 .. 2/3', '>= 2/3']

def bucket(first_right, right, total):
    if first_right == 0: return BUCKETS[0]
    p = right / total
    return BUCKETS[1] if p < 1/3 else BUCKETS[2] if p < 2/3 else BUCKETS[3]

def op_kind(step):
    m = STEP.match(step)
    if not m: return 'answer'
    a, op, b, c = int(m.group(2)), m.group(3), int(m.group(4)), m.group(5)
    return f'{op} {"1-digit" if len(c.lstrip("-")) == 1 else "2-digit" if len(c.lstrip("-")) == 2 else "3+ digits"}'

rows = {}
for run in sys.argv[1:]:
    path_steps = collections.Counter(); pair_steps = collections.Counter(); kinds = collections.Counter()
    questions = collections.Counter(); hardest = collections.Counter()
    for q, r in searches(run, rnd):
        steps, path = rebuild(r)
        at = {}  # prefix -> [first set's right count, right, total]
        for prefix, e in steps:
            key = tuple(prefix)
            labels = [label(q, prefix, c['text'])[0] for c in e['candidates']]
            if labels and labels[0] != 'unknown':
                rights = sum(x == 'right' for x in labels)
                s = at.setdefault(key, [rights, 0, 0]); s[1] += rights; s[2] += len(labels)
        verified = own(r)
        right_path = verified and all(label(q, path[:k], t)[0] == 'right' for k, t in enumerate(path))
        questions['finished, judge never said wrong'] += verified
        questions['... and right'] += right_path
        if verified:
            worst = None
            for k, t in enumerate(path):
                s = at.get(tuple(path[:k]))
                lab = label(q, path[:k], t)[0]
                b = bucket(*s) if s else 'unsampled'
                path_steps[(b, lab)] += 1
                if s and lab == 'right' and (worst is None or BUCKETS.index(b) < BUCKETS.index(worst)): worst = b
                if lab == 'right' and s and b in BUCKETS[:2]: kinds[op_kind(t)] += 1
            if right_path and worst: hardest[worst] += 1
        for p in r['pairs']:
            s = at.get(tuple(p['previousSteps']))
            lab = label(q, p['previousSteps'], p['chosen'])[0]
            pair_steps[(bucket(*s) if s else 'unsampled', lab)] += 1
    rows[run] = (path_steps, pair_steps, kinds, questions, hardest)

print(f'## round {rnd}: steps of the own paths (finished, never judged wrong) by the policy\'s right rate at their prefix')
print('| run | questions with such a path | right paths | ' + ' | '.join(f'{b}: right / wrong steps' for b in BUCKETS) + ' |')
print('|---|---|---|' + '---|' * len(BUCKETS))
for run, (ps, _, _, qs, _) in rows.items():
    print(f'| {run} | {qs["finished, judge never said wrong"]:,} | {qs["... and right"]:,} | ' + ' | '.join(f'{ps[(b,"right")]:,} / {ps[(b,"wrong")]:,}' for b in BUCKETS) + ' |')
print('\n## right paths by their hardest step (the lowest right rate among their steps)')
print('| run | ' + ' | '.join(BUCKETS) + ' |'); print('|---|' + '---|' * len(BUCKETS))
for run, (_, _, _, _, h) in rows.items():
    print(f'| {run} | ' + ' | '.join(f'{h[b]:,}' for b in BUCKETS) + ' |')
print('\n## chosen steps of the pairs, by the right rate at their prefix: right / wrong')
print('| run | ' + ' | '.join(BUCKETS) + ' |'); print('|---|' + '---|' * len(BUCKETS))
for run, (_, pp, _, _, _) in rows.items():
    print(f'| {run} | ' + ' | '.join(f'{pp[(b,"right")]:,} / {pp[(b,"wrong")]:,}' for b in BUCKETS) + ' |')
print('\n## right own-path steps at hard prefixes (right rate < 1/3), by operation and result length')
for run, (_, _, k, _, _) in rows.items():
    print(f'{run}: ' + ', '.join(f'{a} {n}' for a, n in sorted(k.items())))
