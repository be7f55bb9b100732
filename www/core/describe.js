// What an annotation means, in words: the short label a screen reader says,
// the tooltip's lines, and dates in words. Shared by the page and the widget.
// Month and weekday names come from Intl.DateTimeFormat.

import { KIND_LABEL } from './kinds.js';

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

// Names of months and weekdays, in English, from the platform (UTC dates:
// a TIMEX3 day is a calendar day, not an instant).
const formats = new Map();
function format(options) {
  const key = JSON.stringify(options);
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat('en', { timeZone: 'UTC', ...options }));
  return formats.get(key);
}
const utcDay = (y, m, d = 1) => new Date(Date.UTC(y, m, d));
/** "July" for month 6 (0-based); `style` as Intl's: 'long' or 'short'. */
export const monthName = (month, style = 'long') => format({ month: style }).format(utcDay(2000, month));
/** "Monday" for a UTC date. */
export const weekdayName = (date) => format({ weekday: 'long' }).format(date);

const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter' };
const REFS = { PRESENT_REF: 'now (the present)', PAST_REF: 'the past', FUTURE_REF: 'the future' };

/** A TIMEX3 value in words: "2021-07-05" → "Monday 5 July 2021". */
export function describeDateValue(value) {
  if (!value) return 'unresolved';
  if (REFS[value]) return REFS[value];
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value))) {
    const d = utcDay(+m[1], +m[2] - 1, +m[3]);
    const day = `${weekdayName(d)} ${+m[3]} ${monthName(+m[2] - 1)} ${m[1]}`;
    return m[4] ? `${day}, ${m[4]}:${m[5]}` : day;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value)) && +m[2] >= 1 && +m[2] <= 12) return `${monthName(+m[2] - 1)} ${m[1]}`;
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

/** The tooltip's lines for annotation `a`: [{cls, text}], kind first, the engine's reason last. */
export function tooltipLines(a, result) {
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
      if (p && p.geonamesId) {
        main = p.name;
        extra.push(`${countryName(p.countryCode)}${p.countryCode ? ` (${p.countryCode})` : ''}${p.featureClass ? ` · ${p.featureClass}` : ''}`);
        if (Number.isFinite(p.lat) && Number.isFinite(p.lon)) extra.push(formatCoord(p.lat, p.lon));
      } else if (p) {
        // found as a place but not in the gazetteer: no country, no point on the map
        extra.push('not in the GeoNames table');
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
  return [
    { cls: 't-kind', text: KIND_LABEL[a.kind] || a.kind },
    { cls: 't-main', text: main },
    ...extra.map((text) => ({ cls: 't-extra', text })),
    { cls: 't-why', text: `${Math.round(a.confidence * 100)}% · ${a.reason}` },
  ];
}

/** Fills the tooltip element `box` for annotation `a` (text nodes only). */
export function fillTooltip(box, a, result) {
  const doc = box.ownerDocument;
  box.replaceChildren(...tooltipLines(a, result).map(({ cls, text }) => {
    const div = doc.createElement('div');
    div.className = cls;
    div.textContent = text;
    return div;
  }));
}
