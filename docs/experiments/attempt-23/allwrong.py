#!/usr/bin/env python3
"""attempt 23: round-2 expansions whose candidates all have an arithmetic slip, by what the search did with them."""
import json, sys, collections
from worldcheck import slip
for r in sys.argv[1:]:
    n = collections.Counter()
    for l in open(f'/work/exp/hw/{r}/stages/02-search/results.jsonl'):
        for e in json.loads(l)['trace']['expansions']:
            if all(slip(c['text']) is True for c in e['candidates']):
                n[e['outcome']] += 1
    print(r, dict(n))
