# own_paths.py SEARCH_DIR...: what dpo.replaySource = OwnPaths replays. For each search stage folder: finished paths,
# the self-verified ones (no accepted step the judge itself labelled wrong, the rule of OwnPathExamples), and the share of
# each group whose boxed answer is right (the question evaluated exactly: the world's divisions are exact).
import ast
import json
import re
import sys
from fractions import Fraction

BOXED = re.compile(r'\\boxed\{(-?\d+)\}')


def value(question):
    def ev(n):
        if isinstance(n, ast.Expression):
            return ev(n.body)
        if isinstance(n, ast.Constant):
            return Fraction(n.value)
        if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub):
            return -ev(n.operand)
        a, b = ev(n.left), ev(n.right)
        return {ast.Add: a + b, ast.Sub: a - b, ast.Mult: a * b, ast.Div: a / b if b else None}[type(n.op)]
    return ev(ast.parse(question.replace('=?', '').strip(), mode='eval'))


def right(question, steps):
    m = BOXED.search(steps[-1]) if steps else None
    return m is not None and Fraction(int(m[1])) == value(question)


for folder in sys.argv[1:]:
    questions = {q['id']: q['text'] for q in map(json.loads, open(f'{folder}/questions.jsonl'))}
    groups = {'verified': [0, 0], 'not verified': [0, 0]}
    for r in map(json.loads, open(f'{folder}/results.jsonl')):
        if r['status'] != 'Finished' or not r['steps']:
            continue
        t = r['trace']
        labels = [t['expansions'][e]['candidates'][t['expansions'][e]['chosenIndex']]['selfLabel'] for e in t['pathExpansions']
                  if t['expansions'][e]['chosenIndex'] is not None]
        g = groups['not verified' if 'Wrong' in labels else 'verified']
        g[0] += 1
        g[1] += right(questions[r['questionId']], r['steps'])
    total = sum(n for n, _ in groups.values())
    parts = ', '.join(f'{k} {n} ({100 * ok / max(n, 1):.1f} % right)' for k, (n, ok) in groups.items())
    print(f'{folder}: finished {total}; {parts}')
