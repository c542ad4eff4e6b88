# pair_margins.py RUN...: a round's pairs by judge score margin, labelled by the step's arithmetic alone (chosen
# right and rejected wrong = "clean"; integer division must be exact). On the oracle-judged o1 this label agrees with
# the oracle on 99-100 % of pairs; it does not check that a step uses the right operands.
import collections
import json
import re
import sys

STEP = re.compile(r':\s*(.+?)=(-?\d+)\s*$')
DIV = re.compile(r'\s*(-?\d+)\s*/\s*(-?\d+)\s*')


def arithmetic_ok(step):
    m = STEP.search(step)
    if not m or not re.fullmatch(r'[\d+\-*/() ]+', m.group(1)):
        return None
    expr, result = m.group(1), int(m.group(2))
    d = DIV.fullmatch(expr)
    if d and (int(d.group(2)) == 0 or int(d.group(1)) % int(d.group(2)) != 0):
        return False
    try:
        return eval(expr.replace('/', '//')) == result  # digits and operators only (checked above)
    except (SyntaxError, ZeroDivisionError):
        return None


if __name__ == '__main__':
    for run in sys.argv[1:]:
        pairs = [json.loads(line) for line in open(run + '/stages/02-search/pairs.jsonl')]
        by = collections.defaultdict(lambda: [0, 0, 0])
        for p in pairs:
            margin = p['chosenScore'] - p['rejectedScore']
            chosen, rejected = arithmetic_ok(p['chosen']), arithmetic_ok(p['rejected'])
            by[margin][0] += 1
            by[margin][1] += chosen is True and rejected is False
            by[margin][2] += chosen is False
        print(f'{run}: {len(pairs)} pairs')
        for margin in sorted(by, reverse=True):
            n, clean, wrong = by[margin]
            print(f'  margin {margin:2d}: {n:4d} pairs, clean {clean / n:.2f}, chosen step arithmetically wrong {wrong / n:.2f}')
