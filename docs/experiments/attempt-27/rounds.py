#!/usr/bin/env python3
"""attempt 27: per round of a run (M1..M4 as far as evaluated): greedy accuracy on the 2,000 test problems, the judge on
the EFT test pairs (both orders), and Mk - M1 with its 95 % paired bootstrap interval (2,000 resamples, seed 1, as
attempt-13/seeds_table.py). Usage: rounds.py RUN [RUN ...]"""
import json, os, random, sys
HW = '/work/exp/hw/'

def correct(run, k):
    return {r['id']: r['correct'] for r in map(json.loads, open(f'{HW}{run}/stages/0{k}-evaluate/greedy.jsonl'))}

def paired(a, b):
    diff = [a[i] - b[i] for i in sorted(set(a) & set(b))]
    n = len(diff); rng = random.Random(1)
    boot = sorted(sum(diff[rng.randrange(n)] for _ in range(n)) / n * 100 for _ in range(2000))
    return f'{sum(diff) / n * 100:+.2f} [{boot[50]:+.2f}, {boot[1949]:+.2f}]'

if __name__ == '__main__':
    print('| run | model | greedy | judge | Mk − M1 |')
    print('|---|---|---|---|---|')
    for run in sys.argv[1:]:
        m1 = correct(run, 1)
        for k in (1, 2, 3, 4):
            path = f'{HW}{run}/stages/0{k}-evaluate/evaluation.json'
            if not os.path.exists(path):
                break
            e = json.load(open(path)); mk = correct(run, k)
            print(f"| {run} | M{k} | {e['greedy']['accuracy']*100:.2f} % | {e['judge']['accuracy']*100:.1f} % | {paired(mk, m1) if k > 1 else '–'} |")
