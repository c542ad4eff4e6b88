// Step-tree viewer: reads the traces embedded as JSON and renders one question's search, then one expansion's verdicts.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('psr-traces').textContent);
  const list = document.getElementById('question-list');
  const detail = document.getElementById('question-detail');
  const verdicts = document.getElementById('verdicts');

  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (k === 'text') e.textContent = v; else e.setAttribute(k, v); });
    (children || []).forEach(c => e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
    return e;
  }

  function candidateRow(exp, c, i) {
    const marks = [];
    if (exp.chosen === i) marks.push(el('span', { class: 'badge chosen', text: 'chosen' }));
    if (exp.rejected === i) marks.push(el('span', { class: 'badge rejected', text: 'rejected' }));
    const oracle = c.oracle === null || c.oracle === undefined ? '–' : c.oracle;
    return el('tr', { 'data-candidate': String(i) }, [
      el('td', { text: String(i) }), el('td', { class: 'step', text: c.text }, marks),
      el('td', { text: String(c.score) }), el('td', { text: c.selfLabel }),
      el('td', { class: 'oracle-' + oracle, text: oracle }), el('td', { text: c.final ? 'yes' : '' })]);
  }

  function showVerdicts(q, exp) {
    verdicts.replaceChildren(el('h3', { text: q.id + ' · expansion ' + exp.index + ' (step ' + (exp.stepIndex + 1) + ')' }));
    if (exp.comparisons.length === 0) { verdicts.appendChild(el('p', { text: 'No comparisons (all candidates identical).' })); return; }
    const rows = exp.comparisons.map(c => el('tr', { class: 'verdict-row' }, [
      el('td', { text: c.a + ' vs ' + c.b }), el('td', { class: 'verdict', text: c.verdict }),
      el('td', { text: c.labelA + ' / ' + c.labelB }), el('td', { text: c.source }), el('td', {}, [el('pre', { text: c.raw })])]));
    verdicts.appendChild(el('table', { id: 'verdict-table' }, [
      el('tr', {}, ['A vs B', 'verdict', 'judge labels A / B', 'source', 'judge output'].map(h => el('th', { text: h })))].concat(rows)));
  }

  function showQuestion(q, item) {
    Array.from(list.children).forEach(li => li.classList.toggle('selected', li === item));
    const path = el('ol', { id: 'final-path' }, q.steps.map(s => el('li', { class: 'step', text: s })));
    const cards = q.expansions.map(exp => {
      const table = el('table', {}, [el('tr', {}, ['#', 'candidate', 'wins', 'judge label', 'oracle', 'final'].map(h => el('th', { text: h })))]
        .concat(exp.candidates.map((c, i) => candidateRow(exp, c, i))));
      const card = el('div', { class: 'expansion outcome-' + exp.outcome + (exp.onPath ? '' : ' off-path'), 'data-expansion': String(exp.index) }, [
        el('div', { text: 'Expansion ' + exp.index + ' · step ' + (exp.stepIndex + 1) + ' · ' + exp.outcome + ' · pair ' + exp.pair + (exp.onPath ? ' · on final path' : '') }),
        table]);
      card.addEventListener('click', () => {
        detail.querySelectorAll('.expansion').forEach(x => x.classList.toggle('selected', x === card));
        showVerdicts(q, exp);
      });
      return card;
    });
    detail.replaceChildren(el('h3', { text: q.model + ' · ' + q.id + ' · ' + q.status + ' · ' + q.pairs + ' pairs' }),
      el('p', { class: 'step', text: q.text }), el('h4', { text: 'Searched path' }), path, el('h4', { text: 'Expansions (click one for the judge verdicts)' }), ...cards);
    verdicts.replaceChildren();
  }

  data.forEach((q, i) => {
    const item = el('li', { 'data-question': String(i), text: q.model + ' · ' + q.id + ' · ' + q.status });
    item.addEventListener('click', () => showQuestion(q, item));
    list.appendChild(item);
  });
  document.getElementById('question-count').textContent = String(data.length);
})();
