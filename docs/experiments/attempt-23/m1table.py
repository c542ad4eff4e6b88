#!/usr/bin/env python3
"""attempt 23: M1 of probe runs: Init seconds, dev curve tail, greedy with interval, judge (both orders)."""
import json, sys
root = '/work/exp/hw/'
print('| run | Init s | dev curve (last 3) | M1 greedy | judge | both orders | order consistency |')
print('|---|---|---|---|---|---|---|')
for r in sys.argv[1:]:
    d = root + r + '/stages/'
    init = json.load(open(d + '01-init/manifest.json'))
    dev = [json.loads(l) for l in open(d + '01-init/dev-curve.jsonl')]
    e = json.load(open(d + '01-evaluate/evaluation.json'))
    g, j = e['greedy'], e['judge']
    tail = ' '.join(f"{p['step']}:{p['accuracy']*100:.1f}" for p in dev[-3:])
    print(f"| {r} | {init['seconds']:.0f} | {tail} | {g['accuracy']*100:.2f} % [{g['interval']['low']*100:.1f}, {g['interval']['high']*100:.1f}] "
          f"| {j['accuracy']*100:.1f} % | {j['bothOrdersRight']*100:.1f} % | {j['orderConsistency']*100:.1f} % |")
