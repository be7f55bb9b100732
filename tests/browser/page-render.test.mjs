// The page's drawing plan and date wording, in Node (no browser needed):
// nested and crossing highlights, blocks at line breaks, and TIMEX3 values
// in words and on a calendar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan, describeDateValue, dateExtent } from '../../www/render.js';
import { toCSV, toWebAnnotation } from '../../www/export.js';

/** Runs a plan as the page does; returns the text drawn and each annotation's pieces. */
function draw(text, annotations, options) {
  const shown = annotations.map((a, i) => [i, a]);
  let drawn = '';
  const open = [];
  const pieces = new Map();
  let firsts = 0;
  let depth = 0;
  let blocks = 0;
  for (const step of plan(text, shown, options)) {
    if (step.text !== undefined) {
      drawn += step.text;
      for (const i of open) pieces.set(i, (pieces.get(i) || '') + step.text);
    } else if (step.close) {
      open.pop();
      depth--;
    } else if (step.block) {
      // The page closes the open highlights at a block and reopens them as
      // continuations inside the next one: they stay open here.
      blocks++;
    } else {
      open.push(step.open);
      depth++;
      if (step.first) firsts++;
    }
  }
  assert.equal(depth, 0, 'every element is closed');
  return { drawn, pieces, firsts, blocks };
}

const span = (text, part, from = 0) => {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, part);
  return { start, end: start + part.length, text: part };
};

test('nested highlights: a person and a date inside a quote', () => {
  const text = 'He said “Wang Wenbin met on Monday” today.';
  const quote = span(text, '“Wang Wenbin met on Monday”');
  const anns = [quote, span(text, 'Wang Wenbin'), span(text, 'Monday')];
  const { drawn, pieces, firsts } = draw(text, anns);
  assert.equal(drawn, text);
  assert.equal(firsts, 3);
  anns.forEach((a, i) => assert.equal(pieces.get(i), a.text));
});

test('crossing highlights are split, never lost or doubled', () => {
  const text = 'abcdefghij';
  const anns = [{ start: 1, end: 6 }, { start: 4, end: 9 }, { start: 4, end: 5 }, { start: 0, end: 10 }];
  const { drawn, pieces, firsts } = draw(text, anns);
  assert.equal(drawn, text);
  assert.equal(firsts, anns.length, 'one first piece per annotation');
  anns.forEach((a, i) => assert.equal(pieces.get(i), text.slice(a.start, a.end), `annotation ${i}`));
});

test('blocks start after line breaks; the breaks stay in the text', () => {
  const text = 'One “quote that\n\ngoes on” here.\nTwo 🎉 lines\n';
  const anns = [span(text, '“quote that\n\ngoes on”'), span(text, 'Two')];
  const { drawn, pieces, blocks } = draw(text, anns, { blocks: true });
  assert.equal(drawn, text);
  anns.forEach((a, i) => assert.equal(pieces.get(i), a.text));
  assert.equal(blocks, 2, 'after “that\n\n” and after “here.\n”; not after the final break');
});

test('empty, out-of-range and zero-length annotations are skipped safely', () => {
  const text = 'short';
  const { drawn, firsts } = draw(text, [{ start: 2, end: 2 }, { start: 3, end: 99 }, { start: -1, end: 2 }]);
  assert.equal(drawn, text);
  assert.equal(firsts, 0);
  assert.equal(draw('', []).drawn, '');
});

test('TIMEX3 values in words and on the calendar', () => {
  assert.equal(describeDateValue('2021-07-05'), 'Monday 5 July 2021');
  assert.equal(describeDateValue('2020-12'), 'December 2020');
  assert.equal(describeDateValue('2021-W27'), 'week 27 of 2021');
  assert.equal(describeDateValue('2021-Q1'), 'quarter 1 of 2021');
  assert.equal(describeDateValue('199X'), 'the 1990s');
  assert.equal(describeDateValue('P90D'), 'a duration of 90 days');
  assert.equal(describeDateValue('PRESENT_REF'), 'now (the present)');
  assert.equal(describeDateValue(null), 'unresolved');
  assert.deepEqual(dateExtent('2021-07-05'), [Date.UTC(2021, 6, 5), Date.UTC(2021, 6, 6)]);
  assert.deepEqual(dateExtent('2021-Q3'), [Date.UTC(2021, 6, 1), Date.UTC(2021, 9, 1)]);
  // ISO week 1 of 2021 starts on Monday 4 January 2021.
  assert.equal(dateExtent('2021-W01')[0], Date.UTC(2021, 0, 4));
  assert.equal(dateExtent('P90D'), null);
  assert.equal(dateExtent('PAST_REF'), null);
});

test('CSV cells with commas, quotes and line breaks survive; JSON-LD counts code points', () => {
  const text = '🎉 “Yes, “no”\nmaybe,” said Ann.';
  const a = { kind: 'quote', ...span(text, '“Yes, “no”\nmaybe,”'), confidence: 0.9, reason: 'marks', quote: { type: 'direct', speaker: null, cue: null } };
  const result = { version: 1, referenceDate: null, referenceDateSource: 'none', annotations: [a], entities: [] };
  const csv = toCSV(result);
  assert.ok(csv.includes('"“Yes, “no”\nmaybe,”"'), csv);
  assert.equal(csv.split('\r\n').length, 3, 'header, one row, final newline');
  const doc = JSON.parse(toWebAnnotation(result, text, { created: '2024-01-01T00:00:00Z' }));
  const position = doc.first.items[0].target.selector[0];
  assert.equal(position.start, a.start - 1, 'the emoji is one code point but two UTF-16 units');
  assert.equal([...text].slice(position.start, position.end).join(''), a.text);
});
