#!/usr/bin/env python3
"""attempt 39: what judging each pair in one order (instead of both) would have chosen, replayed on a finished search's
traces. For every judged expansion whose candidates include a step with an arithmetic slip and one without (decidable,
steps checked by their arithmetic only), the scores are recomputed from the recorded verdicts: both orders (must
reproduce the search's own best and worst) and one order per unordered pair, drawn at random (seeded). Counts how often
each rule's best is right and its worst a slip (a clean pair), how many pairs the self-judged filter keeps (the
judge's majority label of the chosen text over its distinct calls is not wrong) and how clean they are, and the distinct
judge calls each needs.
The replay holds the search path fixed: after a different choice the real search would have gone elsewhere."""
import json, random, sys, collections
sys.path.insert(0, __file__.rsplit('/', 2)[0] + '/attempt-23')
from worldcheck import slip
root = '/work/exp/hw/'

def pick(scores):
    return scores.index(max(scores)), scores.index(min(scores))

print('| run round | decidable judged expansions | both orders: clean pair / best right / kept by the self-judged filter (clean) | one order: the same | calls both → one |')
print('|---|---|---|---|---|')
for arg in sys.argv[1:]:
    run, rnd = arg.split(':')
    rng = random.Random(39)
    n = collections.Counter()
    for l in open(f'{root}{run}/stages/{rnd}-search/results.jsonl'):
        for e in json.loads(l)['trace']['expansions']:
            cands = e['candidates']; w = len(cands)
            comps = {(c['a'], c['b']): c for c in e.get('comparisons', []) if c['a'] != c['b']}
            if not any(c['source'] == 'Judged' for c in comps.values()):
                continue
            s = [slip(c['text']) for c in cands]
            if not (True in s and False in s) or None in s:
                continue
            both = [0] * w; one = [0] * w
            for (a, b), c in comps.items():
                if c['verdict'] == 'A': both[a] += 1
                elif c['verdict'] == 'B': both[b] += 1
            one_pairs = {}  # (text A, text B) -> True when that order is the one judged
            for a in range(w):
                for b in range(a + 1, w):
                    first, second = ((a, b), (b, a)) if rng.random() < 0.5 else ((b, a), (a, b))
                    c = comps.get(first) or comps.get(second)
                    if c is not None and cands[a]['text'] != cands[b]['text']:
                        ta, tb = cands[c['a']]['text'], cands[c['b']]['text']
                        if (tb, ta) not in one_pairs:
                            one_pairs[(ta, tb)] = True
                    if c is None: continue
                    if c['verdict'] == 'A': one[c['a']] += 1
                    elif c['verdict'] == 'B': one[c['b']] += 1
            n['all'] += 1
            calls = sum(1 for c in comps.values() if c['source'] == 'Judged')
            n['calls_both'] += calls
            groups = len({c['text'] for c in cands}); n['calls_one'] += groups * (groups - 1) // 2
            # The judge's own labels per candidate text over distinct calls (one call per ordered pair of texts).
            text = [c['text'] for c in cands]
            calls_by_texts = {}
            for (a, b), c in comps.items():
                calls_by_texts.setdefault((text[a], text[b]), c)
            def labels(keys):
                tally = collections.defaultdict(lambda: [0, 0])
                for ta, tb in keys:
                    c = calls_by_texts[(ta, tb)]
                    for t, lab in ((ta, c['labelA']), (tb, c['labelB'])):
                        if lab == 'Correct': tally[t][0] += 1
                        elif lab == 'Wrong': tally[t][1] += 1
                return {t: 'Wrong' if w > r else 'Correct' if r > w else 'Unknown' for t, (r, w) in tally.items()}
            one_keys = [k for k in one_pairs if k in calls_by_texts]
            for name, sc, lab in (('both', both, labels(calls_by_texts)), ('one', one, labels(one_keys))):
                if max(sc) == min(sc):
                    n[name + '_tie'] += 1; continue
                best, worst = pick(sc)
                n[name + '_right'] += s[best] is False
                n[name + '_clean'] += s[best] is False and s[worst] is True
                if lab.get(text[best]) != 'Wrong':
                    n[name + '_kept'] += 1
                    n[name + '_kept_clean'] += s[best] is False and s[worst] is True
            if max(both) != min(both) and e.get('chosenIndex') is not None and e.get('chosenIndex') != pick(both)[0]:
                n['mismatch'] += 1
    a = n['all']
    f = lambda k: f"{100 * n[k] / a:.1f} %"
    print(f"| {run} {rnd} | {a} | {f('both_clean')} / {f('both_right')} / {n['both_kept']} ({100 * n['both_kept_clean'] / n['both_kept']:.1f} %) | {f('one_clean')} / {f('one_right')} / {n['one_kept']} ({100 * n['one_kept_clean'] / n['one_kept']:.1f} %) | {n['calls_both']} → {n['calls_one']} |")
    if n['mismatch']:
        print(f"  ({n['mismatch']} expansions whose recorded choice differs from the both-orders replay)")
