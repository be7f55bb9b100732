// The peer systems, each behind one small interface, for the accuracy run
// (run-peers.mjs) and the speed benchmark (../bench/node-bench.mjs).
//
//   const peer = await PEERS['chrono-node'].load();
//   const raw = peer.run(text, dct);          // the library call alone (timed)
//   const spans = peer.spans(raw, text, dct); // → [{type, start, end, value?}] in code points
//
// What each peer is asked for, and what it covers:
// - compromise 14 + compromise-dates 3: people(), places(), quotations(),
//   dates({today: dct}) and durations(). PERSON, PLACE, QUOTE (no speakers),
//   DATE (value from the resolved start and the unit), DATE_OTHER (durations
//   with a P… value; repeating dates as SET without a value).
// - chrono-node 2: parse(text, dct). DATE only; the TIMEX value comes from the
//   components chrono reports as known (weekday/day → YYYY-MM-DD, month →
//   YYYY-MM, year → YYYY, hour → …THH:MM).
// - wink-nlp 2 + wink-eng-lite-web-model: entities of type DATE and TIME (→ DATE)
//   and DURATION (→ DATE_OTHER), without values. It does not tag people or places.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Installed version of a package (read from node_modules: some packages do
 * not export their package.json). */
export function versionOf(name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/** Maps UTF-16 offsets of `text` to code point offsets. */
export function codePointMapper(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[Math.max(0, Math.min(i, text.length))];
}

const pad = (n, width = 2) => String(n).padStart(width, '0');

/** YYYY-MM-DD of a Date, in UTC or local time. */
function ymd(date, utc) {
  return utc
    ? `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
    : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** ISO week-numbering year and week of a UTC date. */
function isoWeek(date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  return [d.getUTCFullYear(), Math.ceil(((d - yearStart) / 86400000 + 1) / 7)];
}

/** A TIMEX3 value for compromise-dates' {start, end, unit}. */
export function compromiseValue(date) {
  if (!date || !date.start) return null;
  const start = new Date(date.start);
  const end = date.end ? new Date(date.end) : start;
  if (Number.isNaN(start.getTime())) return null;
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + 1;
  const sameDay = ymd(start, true) === ymd(end, true);
  switch (date.unit) {
    case 'year':
      return String(year);
    case 'month':
      return `${year}-${pad(month)}`;
    case 'quarter':
      return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
    case 'week': {
      const [y, w] = isoWeek(start);
      return `${y}-W${pad(w)}`;
    }
    case 'hour':
    case 'minute':
      return `${ymd(start, true)}T${pad(start.getUTCHours())}:${pad(start.getUTCMinutes())}`;
    case 'day':
      if (start.getUTCHours() || start.getUTCMinutes()) {
        return `${ymd(start, true)}T${pad(start.getUTCHours())}:${pad(start.getUTCMinutes())}`;
      }
      return ymd(start, true);
    default:
      break;
  }
  // No unit: infer the granularity from the range.
  if (sameDay) return ymd(start, true);
  const endNext = new Date(end.getTime() + 1);
  if (start.getUTCDate() === 1 && endNext.getUTCDate() === 1) {
    if (month === 1 && endNext.getUTCMonth() === 0 && endNext.getUTCFullYear() === year + 1) {
      return String(year);
    }
    if (endNext.getUTCMonth() === month % 12 && end.getUTCMonth() + 1 === month) {
      return `${year}-${pad(month)}`;
    }
  }
  return ymd(start, true);
}

const DURATION_UNITS = [
  ['years', 'Y', false],
  ['months', 'M', false],
  ['weeks', 'W', false],
  ['days', 'D', false],
  ['hours', 'H', true],
  ['minutes', 'M', true],
];

/** A TIMEX3 duration (P3Y, PT5H) from compromise's {years: 3, ...}. */
export function durationValue(duration) {
  if (!duration) return null;
  const get = (unit) => duration[unit] ?? duration[unit.replace(/s$/, '')];
  let date = '';
  let time = '';
  for (const [unit, letter, isTime] of DURATION_UNITS) {
    const n = get(unit);
    if (typeof n === 'number' && n > 0) {
      if (isTime) time += `${n}${letter}`;
      else date += `${n}${letter}`;
    }
  }
  if (!date && !time) return null;
  return `P${date}${time ? `T${time}` : ''}`;
}

/** A TIMEX3 value from a chrono ParsedComponents: what is known decides the granularity. */
function chronoValue(component) {
  const known = (name) => component.isCertain(name);
  const date = component.date();
  if (Number.isNaN(date.getTime())) return null;
  const day = ymd(date, false);
  if (known('hour')) return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  if (known('day') || known('weekday')) return day;
  if (known('month')) return day.slice(0, 7);
  if (known('year')) return day.slice(0, 4);
  return day;
}

/** A local-noon Date for a `YYYY-MM-DD` reference date (chrono resolves in local time). */
function referenceDate(dct) {
  if (dct && /^\d{4}-\d{2}-\d{2}$/.test(dct)) {
    const [y, m, d] = dct.split('-').map(Number);
    return new Date(y, m - 1, d, 12, 0, 0);
  }
  return undefined;
}

function offsetSpan(toCp, type, offset, extra = {}) {
  return { type, start: toCp(offset.start), end: toCp(offset.start + offset.length), ...extra };
}

export const PEERS = {
  compromise: {
    package: 'compromise',
    packages: ['compromise', 'compromise-dates'],
    types: ['PERSON', 'PLACE', 'QUOTE', 'DATE', 'DATE_OTHER'],
    values: true,
    speakers: false,
    async load() {
      const nlp = (await import('compromise')).default;
      const dates = (await import('compromise-dates')).default;
      nlp.plugin(dates);
      return {
        run(text, dct) {
          const doc = nlp(text);
          const options = dct ? { today: dct } : {};
          // compromise-dates throws on some texts: lose only that part.
          const part = (find) => {
            try {
              return find().json({ offset: true });
            } catch {
              return [];
            }
          };
          return {
            people: part(() => doc.people()),
            places: part(() => doc.places()),
            quotes: part(() => doc.quotations()),
            dates: part(() => doc.dates(options)),
            durations: part(() => doc.durations()),
          };
        },
        spans(raw, text) {
          const toCp = codePointMapper(text);
          const out = [];
          for (const p of raw.people) out.push(offsetSpan(toCp, 'PERSON', p.offset));
          for (const p of raw.places) out.push(offsetSpan(toCp, 'PLACE', p.offset));
          for (const q of raw.quotes) out.push(offsetSpan(toCp, 'QUOTE', q.offset));
          for (const d of raw.dates) {
            const info = d.dates || {};
            if (info.repeat) {
              out.push(offsetSpan(toCp, 'DATE_OTHER', d.offset));
            } else {
              const value = compromiseValue(info);
              out.push(offsetSpan(toCp, 'DATE', d.offset, value ? { value } : {}));
            }
          }
          for (const d of raw.durations) {
            const value = durationValue(d.duration);
            out.push(offsetSpan(toCp, 'DATE_OTHER', d.offset, value ? { value } : {}));
          }
          return out;
        },
      };
    },
  },
  'chrono-node': {
    package: 'chrono-node',
    packages: ['chrono-node'],
    types: ['DATE'],
    values: true,
    speakers: false,
    async load() {
      const chrono = await import('chrono-node');
      return {
        run(text, dct) {
          return chrono.parse(text, referenceDate(dct));
        },
        spans(raw, text) {
          const toCp = codePointMapper(text);
          return raw.map((r) => {
            const value = chronoValue(r.start);
            const span = { type: 'DATE', start: toCp(r.index), end: toCp(r.index + r.text.length) };
            if (value) span.value = value;
            return span;
          });
        },
      };
    },
  },
  'wink-nlp': {
    package: 'wink-nlp',
    packages: ['wink-nlp', 'wink-eng-lite-web-model'],
    types: ['DATE', 'DATE_OTHER'],
    values: false,
    speakers: false,
    async load() {
      const winkNLP = (await import('wink-nlp')).default;
      const model = (await import('wink-eng-lite-web-model')).default;
      const nlp = winkNLP(model);
      const its = nlp.its;
      return {
        run(text) {
          const doc = nlp.readDoc(text);
          return {
            entities: doc.entities().out(its.detail),
            spans: doc.entities().out(its.span),
            tokens: doc.tokens().out(its.value),
            spaces: doc.tokens().out(its.precedingSpaces),
          };
        },
        spans(raw, text) {
          // wink keeps the text whole (doc.out() === text): token offsets are
          // the running sum of preceding spaces and token lengths.
          const starts = new Array(raw.tokens.length);
          const ends = new Array(raw.tokens.length);
          let at = 0;
          for (let i = 0; i < raw.tokens.length; i++) {
            at += raw.spaces[i].length;
            // Re-synchronise if the running sum drifts (it should not).
            if (text.startsWith(raw.tokens[i], at) === false) {
              const found = text.indexOf(raw.tokens[i], at);
              if (found >= 0) at = found;
            }
            starts[i] = at;
            at += raw.tokens[i].length;
            ends[i] = at;
          }
          const toCp = codePointMapper(text);
          const out = [];
          raw.entities.forEach((entity, k) => {
            const type = { DATE: 'DATE', TIME: 'DATE', DURATION: 'DATE_OTHER' }[entity.type];
            const [first, last] = raw.spans[k];
            if (!type || starts[first] === undefined || ends[last] === undefined) return;
            out.push({ type, start: toCp(starts[first]), end: toCp(ends[last]) });
          });
          return out;
        },
      };
    },
  },
};
