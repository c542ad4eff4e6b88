# seeds_table.py P C [P C ...]: for each (process run, control run) pair resumed to M4 (e.g. l1tu-m4 l1c-m4), greedy
# accuracy of M1..M4 on the same 2,000 test problems, the process round's pairs and judge accuracy, and process -
# control and M4 - M1 with 95 % paired bootstrap intervals (2,000 resamples, seed 1), as attempt 9's paired_m2.py;
# with several pairs (one per seed) also the mean over seeds of each difference
import json
import random
import sys

HW = '/work/exp/hw/'


def correct(run, k):
    return {r['id']: r['correct'] for r in map(json.loads, open(f'{HW}{run}/stages/0{k}-evaluate/greedy.jsonl'))}


def paired(a, b):
    diff = [a[i] - b[i] for i in sorted(set(a) & set(b))]
    n = len(diff)
    rng = random.Random(1)
    boot = sorted(sum(diff[rng.randrange(n)] for _ in range(n)) / n * 100 for _ in range(2000))
    return f'{sum(diff) / n * 100:+.2f} [{boot[50]:+.2f}, {boot[1949]:+.2f}]'


def acc(m):
    return sum(m.values()) / len(m) * 100


def main(args):
    for p, c in zip(args[::2], args[1::2]):
        models = {m['model']: m for m in json.load(open(f'{HW}{p}/summary.json'))['models']}
        print(f'## {p} vs {c}')
        print('| model | process greedy | pairs (clean / reversed / both wrong / after wrong prefix) | judge | control greedy | process - control |')
        print('|---|---|---|---|---|---|')
        for k in range(1, 5):
            try:
                a, b = correct(p, k), correct(c, k)
            except FileNotFoundError:
                break
            m = models.get(f'M{k}', {})
            pr = m.get('pairs')
            pairs = f"{pr['total']} ({pr['clean']} / {pr['reversed']} / {pr['bothWrong']} / {pr['afterWrongPrefix']})" if pr else '-'
            judge = f"{m['judgeAccuracy'] * 100:.1f} %" if m.get('judgeAccuracy') is not None else '-'
            print(f'| M{k} | {acc(a):.1f} % | {pairs} | {judge} | {acc(b):.1f} % | {paired(a, b) if k > 1 else "-"} |')
        last = max(k for k in range(1, 5) if all(
            __import__('os').path.exists(f'{HW}{r}/stages/0{k}-evaluate/greedy.jsonl') for r in (p, c)))
        if last > 1:
            print(f'\nprocess M{last} - M1: {paired(correct(p, last), correct(p, 1))}; control: {paired(correct(c, last), correct(c, 1))}\n')

    # Over the seeds: the mean of the per-seed differences at each model every run reached, its interval from resampling
    # each seed's problems independently (2,000 resamples, seed 1)
    pairs = list(zip(args[::2], args[1::2]))
    if len(pairs) > 1:
        import os
        rng = random.Random(1)
        for k in range(2, 5):
            if not all(os.path.exists(f'{HW}{r}/stages/0{k}-evaluate/greedy.jsonl') for pc in pairs for r in pc):
                break
            for label, first, second in (('process - control', lambda p, c: correct(p, k), lambda p, c: correct(c, k)),
                                         (f'process M{k} - M1', lambda p, c: correct(p, k), lambda p, c: correct(p, 1)),
                                         (f'control M{k} - M1', lambda p, c: correct(c, k), lambda p, c: correct(c, 1))):
                diffs = []
                for p, c in pairs:
                    a, b = first(p, c), second(p, c)
                    diffs.append([a[i] - b[i] for i in sorted(set(a) & set(b))])
                mean = sum(sum(d) / len(d) for d in diffs) / len(diffs) * 100
                boot = sorted(sum(sum(d[rng.randrange(len(d))] for _ in range(len(d))) / len(d) for d in diffs) / len(diffs) * 100
                              for _ in range(2000))
                print(f'M{k}, mean over {len(pairs)} seeds, {label}: {mean:+.2f} [{boot[50]:+.2f}, {boot[1949]:+.2f}]')


if __name__ == '__main__':
    main(sys.argv[1:])
