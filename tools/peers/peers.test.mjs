// Unit tests of the peers' conversions: `node --test tools/peers/`.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { codePointMapper, compromiseValue, durationValue } from './peers.mjs';

test('UTF-16 offsets become code point offsets', () => {
  const text = 'a😀b “Zoë” 😀😀c';
  const toCp = codePointMapper(text);
  const b = text.indexOf('b');
  assert.equal(toCp(b), [...text.slice(0, b)].length);
  const c = text.indexOf('c');
  assert.equal(toCp(c), [...text].length - 1);
  assert.equal(toCp(text.length), [...text].length);
  // Plain BMP text maps to itself.
  assert.equal(codePointMapper('Zoë said')(4), 4);
});

test('compromise-dates ranges become TIMEX3 values by granularity', () => {
  const day = { start: '2024-03-19T00:00:00.000Z', end: '2024-03-19T23:59:59.999Z', unit: 'day' };
  assert.equal(compromiseValue(day), '2024-03-19');
  assert.equal(compromiseValue({ ...day, unit: 'month' }), '2024-03');
  assert.equal(compromiseValue({ ...day, unit: 'year' }), '2024');
  assert.equal(compromiseValue({ start: '2021-01-04T00:00:00.000Z', end: '2021-01-10T23:59:59.999Z', unit: 'week' }), '2021-W01');
  assert.equal(compromiseValue({ start: '2021-03-03T17:00:00.000Z', end: '2021-03-03T23:59:59.999Z', unit: 'day' }), '2021-03-03T17:00');
  // Without a unit, a whole month or year is recognised from the range.
  assert.equal(compromiseValue({ start: '2024-06-01T00:00:00.000Z', end: '2024-06-30T23:59:59.999Z' }), '2024-06');
  assert.equal(compromiseValue({ start: '2019-01-01T00:00:00.000Z', end: '2019-12-31T23:59:59.999Z' }), '2019');
  assert.equal(compromiseValue({}), null);
});

test('durations become TIMEX3 durations', () => {
  assert.equal(durationValue({ year: 3 }), 'P3Y');
  assert.equal(durationValue({ months: 2, days: 1 }), 'P2M1D');
  assert.equal(durationValue({ hours: 5, minutes: 30 }), 'PT5H30M');
  assert.equal(durationValue({}), null);
});
