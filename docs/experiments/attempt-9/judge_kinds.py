# judge_kinds.py RUN...: M1's judge accuracy per kind of EFT test pair, and the verdicts per expected verdict
# (RUN/stages/01-evaluate/judge.jsonl joined with RUN/stages/00-eft/eft-test.jsonl by index).
import collections
import json
import sys

for run in sys.argv[1:]:
    stages = run + '/stages'
    test = [json.loads(line) for line in open(stages + '/00-eft/eft-test.jsonl')]
    accuracy = collections.defaultdict(lambda: [0, 0])
    verdicts = collections.Counter()
    for line in open(stages + '/01-evaluate/judge.jsonl'):
        r = json.loads(line)
        ex = test[r['index']]
        kind = ex['kind'] if ex['kind'] != 'RightVsWrong' else 'wrong:' + ex['wrongSource']
        for key in (kind, 'ALL'):
            accuracy[key][0] += r['verdict'] == r['expected']
            accuracy[key][1] += 1
        verdicts[(r['expected'], r['verdict'])] += 1
    print(run)
    for kind, (right, n) in sorted(accuracy.items(), key=lambda x: -x[1][1]):
        print(f'  {kind:28s} {right / n * 100:5.1f} % of {n}')
    for expected in sorted({e for e, _ in verdicts}):
        print('  expected', expected, {v: n for (e, v), n in verdicts.items() if e == expected})
