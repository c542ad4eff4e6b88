#!/usr/bin/env python3
"""attempt 26 (c): the judge accuracy difference of run A minus run B on the same EFT test verdicts (index, order),
with a paired bootstrap 95 % interval (2,000 resamples). Usage: paired_judge.py A B (under /work/exp/hw)"""
import json, random, sys
def load(r): return {(v['index'], v['swapped']): v['verdict'] == v['expected'] for v in map(json.loads, open(f'/work/exp/hw/{r}/stages/01-evaluate/judge.jsonl'))}
prompts = lambda r: [json.loads(l)['prompt'] for l in open(f'/work/exp/hw/{r}/stages/00-eft/eft-test.jsonl')]
a, b = load(sys.argv[1]), load(sys.argv[2])
assert prompts(sys.argv[1]) == prompts(sys.argv[2]), 'different test pairs'
d = [a[k] - b[k] for k in sorted(a)]
rng = random.Random(1); n = len(d)
boots = sorted(sum(d[rng.randrange(n)] for _ in range(n)) / n for _ in range(2000))
print(f'{100 * sum(d) / n:+.1f} points [{100 * boots[50]:+.1f}, {100 * boots[1949]:+.1f}] over {n} verdicts')
