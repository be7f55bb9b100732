// Exports: the SCHEMA.md result as JSON, CSV (one row per annotation), W3C
// Web Annotation JSON-LD, and the annotated text as a standalone HTML file.

import { plan } from './core/plan.js';
import { KINDS, KIND_INFO, KIND_LABEL } from './core/kinds.js';
import { label } from './core/describe.js';

export const FORMATS = {
  json: { ext: 'json', type: 'application/json' },
  csv: { ext: 'csv', type: 'text/csv' },
  jsonld: { ext: 'jsonld', type: 'application/ld+json' },
  html: { ext: 'html', type: 'text/html' },
};

export function toJSON(result) {
  return JSON.stringify(result, null, 2) + '\n';
}

const CSV_COLUMNS = ['index', 'kind', 'start', 'end', 'text', 'entity', 'name', 'confidence', 'reason',
  'date_type', 'date_value', 'date_start', 'date_end', 'quote_type', 'speaker', 'speaker_entity', 'cue',
  'country_code', 'feature_class', 'lat', 'lon', 'geonames_id'];

function csvCell(value) {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV, RFC 4180: a header row, then one row per annotation; offsets as in the result (UTF-16). */
export function toCSV(result) {
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  const rows = [CSV_COLUMNS];
  result.annotations.forEach((a, i) => {
    const d = a.date || {};
    const q = a.quote || {};
    const p = a.place || {};
    rows.push([i, a.kind, a.start, a.end, a.text, a.entity, a.entity ? names.get(a.entity) : p.name,
      a.confidence, a.reason, d.type, d.value, d.start, d.end, q.type, q.speaker && q.speaker.name,
      q.speaker && q.speaker.entity, q.cue && q.cue.text, p.countryCode, p.featureClass, p.lat, p.lon, p.geonamesId]);
  });
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** UTF-16 offset → code point offset (the Web Annotation model counts code points). */
function codePointIndex(text) {
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { table[++i] = cp; }
    }
    cp++;
  }
  table[text.length] = cp;
  return table;
}

/**
 * W3C Web Annotation Data Model, JSON-LD: an AnnotationCollection whose items
 * target the article (`source`) with a TextPositionSelector (code points) and
 * a TextQuoteSelector (exact, prefix, suffix).
 */
export function toWebAnnotation(result, text, { source = 'urn:article-annotator:article', created = new Date().toISOString() } = {}) {
  const cps = codePointIndex(text);
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  const items = result.annotations.map((a, i) => {
    const body = [{ type: 'TextualBody', purpose: 'tagging', value: a.kind }];
    const describe = (value) => body.push({ type: 'TextualBody', purpose: 'describing', value });
    if (a.entity) body.push({ type: 'TextualBody', purpose: 'identifying', value: names.get(a.entity) || a.text, id: `${source}#${a.entity}` });
    if (a.date) describe(`${a.date.type}: ${a.date.value ?? 'unresolved'}`);
    if (a.place) {
      describe(`${a.place.name}, ${a.place.countryCode} (${a.place.lat}, ${a.place.lon})`);
      if (a.place.geonamesId) body.push({ type: 'SpecificResource', purpose: 'identifying', source: `https://sws.geonames.org/${a.place.geonamesId}/` });
    }
    if (a.quote) describe(`${a.quote.type} quote; speaker: ${a.quote.speaker ? a.quote.speaker.name : 'unknown'}${a.quote.cue ? `; cue: ${a.quote.cue.text}` : ''}`);
    return {
      id: `${source}#annotation-${i}`,
      type: 'Annotation',
      motivation: a.kind === 'quote' ? 'highlighting' : 'identifying',
      created,
      body,
      target: {
        source,
        selector: [
          { type: 'TextPositionSelector', start: cps[a.start], end: cps[a.end] },
          { type: 'TextQuoteSelector', exact: a.text, prefix: text.slice(Math.max(0, a.start - 32), a.start), suffix: text.slice(a.end, a.end + 32) },
        ],
      },
      'aa:confidence': a.confidence,
      'aa:reason': a.reason,
    };
  });
  return JSON.stringify({
    '@context': ['http://www.w3.org/ns/anno.jsonld', { aa: 'urn:article-annotator:' }],
    id: `${source}#annotations`,
    type: 'AnnotationCollection',
    label: 'Article Annotator: quotes, dates, people and places',
    total: items.length,
    first: { id: `${source}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  }, null, 2) + '\n';
}

/** The kinds' look in the standalone file, from core/kinds.js (light, and dark for a dark reader). */
function kindCss(scheme) {
  return KINDS.map((k) => {
    const c = KIND_INFO[k][scheme];
    return k === 'quote'
      ? `.quote{background:${c.bg};box-shadow:inset 3px 0 0 ${c.line}}.quote.indirect{background:${c.indirect}}`
      : `.${k}{background:${c.bg};border-bottom:2px ${KIND_INFO[k].line} ${c.line}}`;
  }).join('');
}

const STANDALONE_CSS = `body{margin:0;background:#f7f6f3;color:#1d1d1f;font:15px/1.5 system-ui,sans-serif}
main{max-width:46em;margin:24px auto;padding:24px 32px;background:#fff;border:1px solid #d9d7d0;border-radius:10px;font:17px/1.7 Georgia,serif;white-space:pre-wrap;overflow-wrap:break-word}
header{max-width:46em;margin:24px auto 0;padding:0 8px}h1{font:600 20px Georgia,serif;margin:0 0 4px}
.legend span{display:inline-block;margin-right:12px;padding:0 6px}
mark{color:inherit;background:none;border-radius:2px}
${kindCss('light')}
@media (prefers-color-scheme:dark){body{background:#16171a;color:#ebe9e4}main{background:#1e1f23;border-color:#3a3c42}
${kindCss('dark')}}`;

/** Text for HTML: every character that could start markup is escaped. */
function escapeHTML(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/**
 * The annotated text as one HTML file with its own styles; hover shows what
 * each highlight is. Built as a string with every piece of text escaped (a
 * document made in this page would inherit its Content-Security-Policy and
 * refuse the file's own style sheet).
 */
export function toStandaloneHTML(result, text, title = 'Annotated article') {
  const legend = KINDS
    .map((kind) => `<span class="${kind}">${KIND_LABEL[kind]}: ${result.annotations.filter((a) => a.kind === kind).length}</span>`)
    .join(' ');
  let body = '';
  for (const step of plan(text, result.annotations.map((a, i) => [i, a]))) {
    if (step.text !== undefined) body += escapeHTML(step.text);
    else if (step.close) body += '</mark>';
    else {
      const a = result.annotations[step.open];
      const cls = a.kind + (a.quote && a.quote.type === 'indirect' ? ' indirect' : '');
      body += `<mark class="${cls}" title="${escapeHTML(label(a, result))}">`;
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Article Annotator">
<title>${escapeHTML(title)}</title>
<style>
${STANDALONE_CSS}
</style>
</head>
<body>
<header><h1>${escapeHTML(title)}</h1><p class="legend">${legend}</p></header>
<main>${body}</main>
</body>
</html>
`;
}
