#!/usr/bin/env python3
"""attempt 28: A's Mk − B's Mk on the same 2,000 test problems, paired 95 % bootstrap interval (2,000 resamples, seed 1,
as attempt-27/rounds.py), for each model both runs evaluated. usage: paired_runs.py RUN_A RUN_B"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'attempt-27'))
from rounds import correct, paired, HW
a, b = sys.argv[1], sys.argv[2]
print(f'| model | {a} − {b} |'); print('|---|---|')
for k in (1, 2, 3, 4):
    if all(os.path.exists(f'{HW}{r}/stages/0{k}-evaluate/greedy.jsonl') for r in (a, b)):
        print(f'| M{k} | {paired(correct(a, k), correct(b, k))} |')
