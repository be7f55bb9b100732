// Draws the text with its highlights, and says what a highlight means.
//
// User text only ever enters the page as text nodes (never as HTML). The
// highlights are drawn by sweeping the annotations' boundaries: annotations
// may nest (a person inside a quote) or, rarely, cross; at a crossing the
// inner element is closed and reopened as a continuation, so every character
// is rendered exactly once and the text shown equals the input.

export const KINDS = ['person', 'place', 'date', 'quote'];
export const KIND_LABEL = { person: 'Person', place: 'Place', date: 'Date', quote: 'Quote' };

/**
 * Plans the rendering: a list of steps over `text` for `shown`, a list of
 * [index, annotation] pairs sorted by start then longest first.
 * Step kinds: {open: i, first: bool}, {close: true}, {text: string}, and
 * with `blocks`, {block: true} after each run of line breaks: the renderer
 * starts a new block there (the open highlights go on as continuations), so
 * that a long text is many small blocks rather than one huge one. The line
 * breaks stay in the text, so the text shown is still the input.
 * Plain data so that a long text can be rendered in slices.
 */
export function plan(text, shown, options) {
  return [...planSteps(text, shown, options)];
}

/** The steps of plan(), one at a time, so that a long text can be drawn in slices. */
export function* planSteps(text, shown, { blocks = false } = {}) {
  const starts = new Map();
  const ends = new Map();
  const byIndex = new Map();
  for (const [i, a] of shown) {
    if (!(a.end > a.start) || a.start < 0 || a.end > text.length) continue;
    byIndex.set(i, a);
    if (!starts.has(a.start)) starts.set(a.start, []);
    starts.get(a.start).push(i);
    if (!ends.has(a.end)) ends.set(a.end, []);
    ends.get(a.end).push(i);
  }
  const breaks = new Set();
  if (blocks) {
    const re = /\n+/g;
    let m;
    while ((m = re.exec(text))) if (m.index + m[0].length < text.length) breaks.add(m.index + m[0].length);
  }
  // Every boundary, in order (a typed array sorts numbers fast).
  const all = new Float64Array(starts.size + ends.size + breaks.size + 2);
  let n = 0;
  all[n++] = 0;
  all[n++] = text.length;
  for (const p of starts.keys()) all[n++] = p;
  for (const p of ends.keys()) all[n++] = p;
  for (const p of breaks) all[n++] = p;
  all.sort();
  const points = [];
  for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[k - 1]) points.push(all[k]);
  const stack = []; // annotation indices, innermost last
  for (let p = 0; p < points.length; p++) {
    const at = points[p];
    const endingHere = ends.get(at);
    if (endingHere) {
      const ending = new Set(endingHere);
      // Close every open element down to the outermost one that ends here, then
      // reopen the ones that go on as continuations.
      let outermost = -1;
      for (let s = 0; s < stack.length; s++) if (ending.has(stack[s])) { outermost = s; break; }
      if (outermost >= 0) {
        const reopen = [];
        while (stack.length > outermost) {
          const top = stack.pop();
          yield { close: true };
          if (!ending.has(top)) reopen.unshift(top);
        }
        for (const i of reopen) { stack.push(i); yield { open: i, first: false }; }
      }
    }
    if (breaks.has(at)) yield { block: true };
    const starting = (starts.get(at) || []).slice();
    // Outer (longer) first; ties keep the engine's order.
    starting.sort((x, y) => (byIndex.get(y).end - byIndex.get(x).end) || (x - y));
    for (const i of starting) { stack.push(i); yield { open: i, first: true }; }
    const next = points[p + 1];
    if (next !== undefined && next > at) yield { text: text.slice(at, next) };
  }
  while (stack.length) { stack.pop(); yield { close: true }; }
}

/** The short accessible label of a highlight, e.g. "person: Wang Wenbin". */
export function label(a, result) {
  switch (a.kind) {
    case 'person': return `person: ${entityName(a, result)}`;
    case 'place': {
      const country = a.place ? countryName(a.place.countryCode) : '';
      return `place: ${a.place ? a.place.name : a.text}${country ? `, ${country}` : ''}`;
    }
    case 'date': return `date: ${a.date && a.date.value ? describeDateValue(a.date.value) : 'unresolved'}`;
    case 'quote': {
      const who = a.quote && a.quote.speaker ? a.quote.speaker.name : 'unknown speaker';
      return `${a.quote ? a.quote.type : ''} quote by ${who}`.trim();
    }
    default: return a.kind;
  }
}

const entityIndex = new WeakMap();

/** The entity `id` of `result`, found through an index made once per result. */
export function entityOf(result, id) {
  if (!result || !id) return undefined;
  let index = entityIndex.get(result);
  if (!index) {
    index = new Map(result.entities.map((e) => [e.id, e]));
    entityIndex.set(result, index);
  }
  return index.get(id);
}

export function entityName(a, result) {
  const e = entityOf(result, a.entity);
  return e ? e.name : a.text;
}

let regionNames = null;
export function countryName(code) {
  if (!code) return '';
  try {
    regionNames ||= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) || code;
  } catch {
    return code;
  }
}

export function formatCoord(lat, lon) {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lon >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(2)}°${ns}, ${Math.abs(lon).toFixed(2)}°${ew}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter' };
const REFS = { PRESENT_REF: 'now (the present)', PAST_REF: 'the past', FUTURE_REF: 'the future' };

/** A TIMEX3 value in words: "2021-07-05" → "Monday 5 July 2021". */
export function describeDateValue(value) {
  if (!value) return 'unresolved';
  if (REFS[value]) return REFS[value];
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value))) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    const day = `${WEEKDAYS[d.getUTCDay()]} ${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}`;
    return m[4] ? `${day}, ${m[4]}:${m[5]}` : day;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return `week ${+m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-Q(\d)$/.exec(value))) return `quarter ${m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) return `${SEASONS[m[2]]} ${m[1]}`;
  if ((m = /^(\d{3})X$/.exec(value))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})XX$/.exec(value))) return `the ${m[1]}00s`;
  if (/^\d{4}$/.test(value)) return `the year ${value}`;
  if ((m = /^P(\d+)([YMWDH])$/.exec(value))) {
    const unit = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour' }[m[2]];
    return `a duration of ${m[1]} ${unit}${m[1] === '1' ? '' : 's'}`;
  }
  return value;
}

/**
 * When a TIMEX3 value falls, as [start, end) in ms since 1970 (UTC), or null
 * for values with no place on a calendar (durations, references, sets).
 */
export function dateExtent(value) {
  if (!value) return null;
  let m;
  const utc = (y, mo = 0, d = 1, h = 0, mi = 0) => Date.UTC(y, mo, d, h, mi);
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value))) {
    const t = utc(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0));
    return [t, t + (m[4] ? 3600e3 : 86400e3)];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return [utc(+m[1], +m[2] - 1), utc(+m[1], +m[2])];
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    // ISO week: the week with the year's first Thursday is week 1.
    const jan4 = utc(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400e3;
    const t = monday + (+m[2] - 1) * 7 * 86400e3;
    return [t, t + 7 * 86400e3];
  }
  if ((m = /^(\d{4})-Q(\d)$/.exec(value))) return [utc(+m[1], (+m[2] - 1) * 3), utc(+m[1], +m[2] * 3)];
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) {
    const first = { SP: 2, SU: 5, FA: 8, AU: 8, WI: 11 }[m[2]];
    return [utc(+m[1], first), utc(+m[1], first + 3)];
  }
  if ((m = /^(\d{4})$/.exec(value))) return [utc(+m[1]), utc(+m[1] + 1)];
  if ((m = /^(\d{3})X$/.exec(value))) return [utc(+m[1] * 10), utc(+m[1] * 10 + 10)];
  return null;
}

/** Fills the tooltip element `box` for annotation `a` (text nodes only). */
export function fillTooltip(box, a, result) {
  box.replaceChildren();
  const line = (cls, text) => {
    const div = document.createElement('div');
    div.className = cls;
    div.textContent = text;
    box.append(div);
  };
  const extra = [];
  let main = a.text;
  switch (a.kind) {
    case 'person': {
      main = entityName(a, result);
      const entity = entityOf(result, a.entity);
      const n = entity ? entity.mentions.length : 1;
      const quotes = result.annotations.filter((q) => q.kind === 'quote' && q.quote && q.quote.speaker && a.entity && q.quote.speaker.entity === a.entity).length;
      extra.push(`${n} mention${n === 1 ? '' : 's'}${quotes ? ` · ${quotes} quote${quotes === 1 ? '' : 's'}` : ''}`);
      break;
    }
    case 'place': {
      const p = a.place;
      if (p) {
        main = p.name;
        extra.push(`${countryName(p.countryCode)}${p.countryCode ? ` (${p.countryCode})` : ''}${p.featureClass ? ` · ${p.featureClass}` : ''}`);
        extra.push(formatCoord(p.lat, p.lon));
      }
      break;
    }
    case 'date': {
      const d = a.date;
      if (d) {
        main = describeDateValue(d.value);
        extra.push(`${d.type}${d.value ? ` · ${d.value}` : ''}`);
        if (d.start || d.end) extra.push(`from ${describeDateValue(d.start)} to ${describeDateValue(d.end)}`);
      }
      if (!d || !d.value) extra.push(result.referenceDate ? 'could not be resolved' : 'no reference date: set one above');
      break;
    }
    case 'quote': {
      const q = a.quote;
      main = q && q.speaker ? `Said by ${q.speaker.name}` : 'Speaker not found';
      if (q) extra.push(`${q.type} quote${q.cue ? ` · cue “${q.cue.text}”` : ''}`);
      break;
    }
  }
  line('t-kind', KIND_LABEL[a.kind] || a.kind);
  line('t-main', main);
  for (const e of extra) line('t-extra', e);
  line('t-why', `${Math.round(a.confidence * 100)}% · ${a.reason}`);
}
