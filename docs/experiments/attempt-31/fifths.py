#!/usr/bin/env python3
"""attempt 31: the last fifths of an Init probe's dev curve (1,000 problems, per-problem results): the default's
(steps 960 -> 1,200: for dv38 and the sft.decaySteps = 1,200 probes, whose first 1,200 steps are the default's Init) and the probe's own (its 80 % step -> last),
each with attempt-27/rounds.py's paired 95 % bootstrap interval over the dev problems.   usage: fifths.py RUN..   (runs under /work/exp/hw)"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'attempt-27'))
from rounds import paired, HW

def curve(run):
    pts = {}
    for line in open(f'{HW}{run}/stages/01-init/dev-curve.jsonl'):
        if line.strip():
            p = json.loads(line); pts[p['step']] = {i: int(c) for i, c in enumerate(p['solved'])}
    return pts

print('| run | from | to | accuracy | gain (points) |')
print('|---|---|---|---|---|')
for run in sys.argv[1:]:
    pts = curve(run); last = max(pts)
    for a, b in sorted({(960, 1200), (round(0.8 * last), last)}):
        if a in pts and b in pts:
            acc = f'{100 * sum(pts[a].values()) / len(pts[a]):.1f} -> {100 * sum(pts[b].values()) / len(pts[b]):.1f} %'
            print(f'| {run} | {a} | {b} | {acc} | {paired(pts[b], pts[a])} |')
