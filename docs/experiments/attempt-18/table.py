# table.py M1_RUN:K REF_RUN RUN... : one markdown row per RUN: its round's update settings (dpo section of config.json),
# replayed examples, M2 greedy with its interval, paired differences against M1 and against REF_RUN, judge accuracy.
import json
import os
import sys

m1, ref, runs = sys.argv[1], sys.argv[2], sys.argv[3:]
sys.argv = sys.argv[:1]  # compare.py compares its own arguments when imported
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'attempt-14'))
from compare import HW, model  # noqa: E402
from seeds_table import paired  # noqa: E402

_, base = model(m1)
_, reference = model(ref)
for run in runs:
    d = json.load(open(f'{HW}{run}/config.json'))['dpo']
    manifest = json.load(open(f'{HW}{run}/stages/02-step-dpo/manifest.json'))['counts']
    evaluation = json.load(open(f'{HW}{run}/stages/02-evaluate/evaluation.json'))
    g = evaluation['greedy']
    _, m2 = model(run)
    source = d.get('replaySource', 'SeedData') if d.get('replay') else '–'
    print(f"| {run} | {d.get('loss', 'Dpo')} | {d['nllWeight']:g} | {source} {d.get('replay', 0)} × {d.get('replayWeight', 1):g} | "
          f"{d['learningRate']:g} | {manifest.get('replayExamples', '–')} | {100 * g['accuracy']:.1f} % | {paired(m2, base)} | "
          f"{paired(m2, reference) if run != ref else '–'} | {100 * evaluation['judge']['accuracy']:.1f} % |")
