# slip_sources.py RUN_STAGE_DIR... : where the self-judged search's wrong paths go wrong. For each search stage folder
# (e.g. /work/exp/hw/l1tu/stages/02-search): the finished paths' answer accuracy (the question evaluated exactly, the
# world's divisions are exact), how the path's steps were accepted (six identical candidates, or judged with the
# judge's own label for the chosen one), and for each path with an arithmetic slip, the expansion of its first slip and
# whether any of that expansion's candidates was arithmetically right. With a greedy.jsonl instead: the share of test
# problems whose solution contains an arithmetic slip. With --kinds GREEDY.jsonl...: slips per kind of greedy step
# (operation and operand digits), one column per file.
import collections
import json
import re
import sys

STEP = re.compile(r'Step \d+: (-?\d+)([-+*/])(-?\d+)=(-?\d+)$')


def arith_ok(step):
    """True/False for an `a op b = c` step, None for anything else (an answer line)."""
    m = STEP.match(step.strip())
    if not m:
        return None
    a, op, b, c = int(m[1]), m[2], int(m[3]), int(m[4])
    return {'+': a + b == c, '-': a - b == c, '*': a * b == c, '/': b != 0 and a == b * c}[op]


def greedy(path):
    rows = [json.loads(line) for line in open(path)]
    slips = sum(1 for r in rows if not r['processCorrect'] and any(arith_ok(s) is False for s in r['output'].split('\n')))
    wrong = sum(1 for r in rows if not r['processCorrect'])
    print(f'{path}: {len(rows)} problems, process-wrong {wrong} ({100 * wrong / len(rows):.1f} %), '
          f'with an arithmetic slip {slips} ({100 * slips / len(rows):.1f} %)')


def search(folder):
    questions = {q['id']: q['text'] for q in map(json.loads, open(folder + '/questions.jsonl'))}
    finished = right = 0
    accepted, first_slip, right_existed = collections.Counter(), collections.Counter(), collections.Counter()
    for r in map(json.loads, open(folder + '/results.jsonl')):
        if r['status'] != 'Finished':
            continue
        finished += 1
        answer = eval(questions[r['questionId']].rstrip('=?').replace('/', '//'))
        m = re.search(r'\\boxed\{(-?\d+)\}', r['steps'][-1])
        right += bool(m) and int(m[1]) == answer
        ex = r['trace']['expansions']
        kinds = [(ex[i]['outcome'], ex[i]['candidates'][ex[i]['chosenIndex']]['selfLabel']) for i in r['trace']['pathExpansions']]
        accepted.update(kinds)
        for step, i, kind in zip(r['steps'], r['trace']['pathExpansions'], kinds):
            if arith_ok(step) is False:
                first_slip[kind] += 1
                right_existed[any(arith_ok(c['text']) for c in ex[i]['candidates'])] += 1
                break
    print(f'{folder}: {finished} finished paths, answer right {right} ({100 * right / finished:.1f} %)')
    print('  path steps by (expansion, judge label of the chosen step):', dict(accepted))
    print('  first slip by (expansion, label):', dict(first_slip))
    print('  a right candidate in the first slip\'s expansion:', dict(right_existed))


def kinds(paths):
    tables = []
    for path in paths:
        total, slips = collections.Counter(), collections.Counter()
        for r in map(json.loads, open(path)):
            for step in r['output'].split('\n'):
                m = STEP.match(step.strip())
                if m:
                    kind = f'{len(m[1].lstrip("-"))}-digit {m[2]} {len(m[3].lstrip("-"))}-digit'
                    total[kind] += 1
                    slips[kind] += not arith_ok(step)
        tables.append((total, slips))
    print('| step kind | ' + ' | '.join(paths) + ' |')
    for kind in sorted(tables[0][0], key=lambda k: -tables[0][0][k])[:16]:
        print(f'| {kind} | ' + ' | '.join(f'{s[kind]} / {t[kind]} ({100 * s[kind] / max(1, t[kind]):.0f} %)' for t, s in tables) + ' |')
    print('| all | ' + ' | '.join(f'{sum(s.values())} / {sum(t.values())}' for t, s in tables) + ' |')


if sys.argv[1] == '--kinds':
    kinds(sys.argv[2:])
else:
    for arg in sys.argv[1:]:
        greedy(arg) if arg.endswith('.jsonl') else search(arg)
