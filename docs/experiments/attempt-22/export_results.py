# export_results.py OUT NAME=RUN [NAME=RUN ...]: the per-problem greedy correctness of M1..M4 of each run (a sub-run
# directory under /work/exp/hw, e.g. process-1=f1q3/process-seed1) and its judge accuracy per model, as the compact
# JSON that tests/Psr.Reports.Tests/Readme recomputes the README's tables from. Problems are in id order; a model's
# correctness is hex, four problems a digit, the first problem in the digit's highest bit.
import json
import os
import sys

HW = '/work/exp/hw/'


def hexbits(bits):
    bits = bits + [False] * (-len(bits) % 4)
    return ''.join('%x' % (8 * bits[i] + 4 * bits[i + 1] + 2 * bits[i + 2] + bits[i + 3]) for i in range(0, len(bits), 4))


def main(out, specs):
    runs, ids = {}, None
    for spec in specs:
        name, path = spec.split('=', 1)
        summary = {m['model']: m for m in json.load(open(f'{HW}{path}/summary.json'))['models']}
        models = {}
        for k in range(1, 5):
            greedy = f'{HW}{path}/stages/0{k}-evaluate/greedy.jsonl'
            if not os.path.exists(greedy):
                break
            rows = sorted((r['id'], bool(r['correct'])) for r in map(json.loads, open(greedy)))
            if ids is None:
                ids = [i for i, _ in rows]
            assert [i for i, _ in rows] == ids, f'{greedy}: other problems'
            m = summary.get(f'M{k}', {})
            models[f'M{k}'] = {'greedy': hexbits([c for _, c in rows]), 'greedyAccuracy': m.get('greedyAccuracy'),
                               'judgeAccuracy': m.get('judgeAccuracy')}
        runs[name] = {'run': path, 'models': models}
    json.dump({'problems': len(ids), 'firstId': ids[0], 'lastId': ids[-1], 'runs': runs}, open(out, 'w'), indent=1)
    print(f'{out}: {len(runs)} runs, {len(ids)} problems')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
