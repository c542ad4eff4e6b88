# first_slips.py RUN...: for each run's round search (/work/exp/hw/RUN/stages/02-search), where the self-verified paths
# that end wrong first slip: an expansion of identical candidates (accepted unjudged), or a judged one with the judge's
# own label of the slipped step (Correct = a false pass, Unknown = no label); paths with no arithmetic slip apart.
import collections
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
runs, sys.argv = sys.argv[1:], sys.argv[:1]
exec(open(os.path.join(here, 'own_paths.py')).read().split('for folder in')[0])  # value(), right()
exec(open(os.path.join(here, '..', 'attempt-13', 'slip_sources.py')).read().split('def greedy')[0])  # arith_ok()
for run in runs:
    folder = f'/work/exp/hw/{run}/stages/02-search'
    questions = {q['id']: q['text'] for q in map(json.loads, open(f'{folder}/questions.jsonl'))}
    where = collections.Counter()
    for r in map(json.loads, open(f'{folder}/results.jsonl')):
        if r['status'] != 'Finished':
            continue
        path = [r['trace']['expansions'][e] for e in r['trace']['pathExpansions']]
        if any(e['candidates'][e['chosenIndex']]['selfLabel'] == 'Wrong' for e in path) or right(questions[r['questionId']], r['steps']):
            continue
        for e, step in zip(path, r['steps']):
            if arith_ok(step) is False:
                where['identical' if e['outcome'] == 'AcceptedIdentical' else 'judged, labelled ' + e['candidates'][e['chosenIndex']]['selfLabel']] += 1
                break
        else:
            where['no arithmetic slip'] += 1
    print(run, dict(where))
