#!/usr/bin/env python3
"""attempt 31: the last fifths of an Init probe's dev curve (1,000 problems, per-problem results): the default's
(steps 960 -> 1,200: for dv38 and the sft.decaySteps = 1,200 probes, whose first 1,200 steps are the default's Init) and the probe's own (its 80 % step -> last),
each with a paired 95 % bootstrap interval over the dev problems.   usage: fifths.py RUN..   (runs under /work/exp/hw)"""
import json, random, sys

def curve(run):
    pts = {}
    for line in open(f'/work/exp/hw/{run}/stages/01-init/dev-curve.jsonl'):
        if line.strip():
            p = json.loads(line); pts[p['step']] = [c == '1' for c in p['solved']]
    return pts

def gain(a, b, rng, n=2000):
    d = [int(y) - int(x) for x, y in zip(a, b)]
    boots = sorted(sum(rng.choice(d) for _ in d) / len(d) for _ in range(n))
    return sum(d) / len(d), boots[int(0.025 * n)], boots[int(0.975 * n) - 1]

rng = random.Random(1)
print('| run | from | to | accuracy | gain (points) |')
print('|---|---|---|---|---|')
for run in sys.argv[1:]:
    pts = curve(run); last = max(pts)
    for a, b in sorted({(960, 1200), (round(0.8 * last), last)}):
        if a in pts and b in pts:
            g, lo, hi = gain(pts[a], pts[b], rng)
            acc = f'{100 * sum(pts[a]) / len(pts[a]):.1f} -> {100 * sum(pts[b]) / len(pts[b]):.1f} %'
            print(f'| {run} | {a} | {b} | {acc} | {100 * g:+.1f} [{100 * lo:+.1f}, {100 * hi:+.1f}] |')
