# label_filters.py RUN...: how clean a round's search pairs would be under each pair rule, from the search trace
# (results.jsonl) alone. "Clean" = chosen step arithmetically right and rejected wrong (attempt 11's pair_margins.py
# label; it agrees with the oracle on 99-100 % of o1's pairs and does not check that a step uses the right operands).
# Rules: even score margin; the chosen beats the rejected in both orders head to head; no tie / both-wrong verdict in
# the expansion; only two distinct candidates; no judge call labels the chosen step wrong or the rejected step right
# (search.unanimousLabels), with or without requiring one supporting label each.
import collections
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'attempt-11'))
from pair_margins import arithmetic_ok  # noqa: E402 (the same label as attempt 11)


def rules(expansion, pair):
    c = expansion['candidates']
    chosen = next(x for x in c if x['text'] == pair['chosen'] and x['score'] == pair['chosenScore'])['group']
    rejected = next(x for x in c if x['text'] == pair['rejected'] and x['score'] == pair['rejectedScore'])['group']
    labels = {chosen: [], rejected: []}
    head_to_head, verdicts = [], []
    for cmp in expansion['comparisons']:
        if cmp['source'] == 'Identical':
            continue
        ga, gb = c[cmp['a']]['group'], c[cmp['b']]['group']
        for g, label in ((ga, cmp['labelA']), (gb, cmp['labelB'])):
            if g in labels:
                labels[g].append(label)
        if {ga, gb} == {chosen, rejected}:
            head_to_head.append((cmp['verdict'] == 'A') == (ga == chosen) and cmp['verdict'] in ('A', 'B'))
        verdicts.append(cmp['verdict'])
    no_dissent = 'Wrong' not in labels[chosen] and 'Correct' not in labels[rejected]
    return {
        'every pair': True,
        'even margin': (pair['chosenScore'] - pair['rejectedScore']) % 2 == 0,
        'head to head, both orders': bool(head_to_head) and all(head_to_head),
        'no tie or both-wrong verdict': all(v in ('A', 'B') for v in verdicts),
        'two distinct candidates': len({x['group'] for x in c}) == 2,
        'no dissenting label (unanimousLabels)': no_dissent,
        'no dissent, one label each': no_dissent and 'Correct' in labels[chosen] and 'Wrong' in labels[rejected],
    }


for run in sys.argv[1:]:
    stats = collections.defaultdict(lambda: [0, 0])
    for line in open(run + '/stages/02-search/results.jsonl'):
        r = json.loads(line)
        pairs = {p['expansion']: p for p in r['pairs']}
        for e in r['trace']['expansions']:
            if e['index'] in pairs:
                p = pairs[e['index']]
                clean = arithmetic_ok(p['chosen']) is True and arithmetic_ok(p['rejected']) is False
                for rule, keep in rules(e, p).items():
                    if keep:
                        stats[rule][0] += 1
                        stats[rule][1] += clean
    for rule, (n, clean) in stats.items():
        print(f'{run}: {rule:40s} {n:5d} pairs, clean {clean / n:.3f}')
