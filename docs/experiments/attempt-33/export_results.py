# export_results.py OUT NAME=RUN [NAME=RUN ...]: attempt 22's export (the per-problem greedy correctness of M1..M4 of
# each run, hex, four problems a digit, the first problem in the digit's highest bit; its judge accuracy per model) and,
# per model, `judgeCorrect`: for each EFT test pair in index order, how many of its two orders the judge got right
# (one digit 0-2), so that a judge's change from M1 to M4 can be recomputed with a paired interval. RUN is a sub-run
# directory, absolute or under /work/exp/hw. Session 34: run it on every run as soon as it finishes and commit OUT,
# so a lost host loses no finished result (world.md §9 attempt 33).
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'attempt-22'))
from export_results import hexbits  # noqa: E402

HW = '/work/exp/hw/'


def judge_digits(path):
    if not os.path.exists(path):
        return None
    right = {}
    for r in map(json.loads, open(path)):
        right[r['index']] = right.get(r['index'], 0) + (r['expected'] == r['verdict'])
    return ''.join(str(right[i]) for i in sorted(right))


def main(out, specs):
    runs, ids = {}, None
    for spec in specs:
        name, path = spec.split('=', 1)
        root = path if path.startswith('/') else HW + path
        summary = {m['model']: m for m in json.load(open(f'{root}/summary.json'))['models']}
        models = {}
        for k in range(1, 5):
            stage = f'{root}/stages/0{k}-evaluate'
            if not os.path.exists(f'{stage}/greedy.jsonl'):
                break
            rows = sorted((r['id'], bool(r['correct'])) for r in map(json.loads, open(f'{stage}/greedy.jsonl')))
            if ids is None:
                ids = [i for i, _ in rows]
            assert [i for i, _ in rows] == ids, f'{stage}/greedy.jsonl: other problems'
            m = summary.get(f'M{k}', {})
            models[f'M{k}'] = {'greedy': hexbits([c for _, c in rows]), 'greedyAccuracy': m.get('greedyAccuracy'),
                               'judgeAccuracy': m.get('judgeAccuracy'), 'judgeCorrect': judge_digits(f'{stage}/judge.jsonl')}
        runs[name] = {'run': path, 'models': models}
    json.dump({'problems': len(ids), 'firstId': ids[0], 'lastId': ids[-1], 'runs': runs}, open(out, 'w'), indent=1)
    print(f'{out}: {len(runs)} runs, {len(ids)} problems')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
