#!/usr/bin/env node
// What the page and the widget download, per file, raw and gzip -9, and what
// is inside the WebAssembly (issue 15, point 1). Run after tools/build.sh:
//
//   node tools/bench/bytes.mjs                 # dist/ as built
//   node tools/bench/bytes.mjs --dist DIR      # another build's dist/
//   node tools/bench/bytes.mjs --wasm FILE...  # only the section split of .wasm files
//   node tools/bench/bytes.mjs --json          # the same numbers as JSON
//   node tools/bench/bytes.mjs --strip FILE    # drops every custom section of FILE, in place
//   node tools/bench/bytes.mjs --crates FILE   # code bytes per crate, from a .wasm that still has
//                                              # its name section (the rustc output:
//                                              # target/wasm32-unknown-unknown/wasm/article_annotator.wasm)
//
// Which files a surface loads is read from the files themselves, starting at
// its entry point (dist/site/index.html for the page, dist/article-annotator.js
// for the widget): <script src>, <link href>, CSS url(), static `import`/`export
// from`, and `new URL('…', import.meta.url)` (the Worker, the .wasm, the sample
// article) are loaded before the first result; a file reached only through
// `import('…')` (or a `new URL` marked with a `/* after-first-result */`
// comment) is loaded after it. Data URLs and bare package names are not files.
//
// Budgets (issue 15): before the first result at most 350 KB gzip, in all at
// most 420 KB gzip (KB = 1,000 bytes). The script reports them; it does not
// fail on them (tools/data-budget.sh guards src/data/).
import { readFileSync, writeFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';

const FIRST_BUDGET = 350_000;
const ALL_BUDGET = 420_000;

const args = process.argv.slice(2);
const json = args.includes('--json');
const distAt = args.indexOf('--dist');
const dist = resolve(distAt >= 0 ? args[distAt + 1] : join(dirname(new URL(import.meta.url).pathname), '../../dist'));
const wasmAt = args.indexOf('--wasm');

const gz = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;

/** The sections of a .wasm: [{ id, name, size, bytes }] (size includes the section header). */
export function wasmSections(bytes) {
  const magic = bytes.readUInt32LE(0);
  if (magic !== 0x6d736100) throw new Error('not a WebAssembly module');
  const leb = (at) => {
    let value = 0, shift = 0, byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return [value, at];
  };
  const NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
    'start', 'element', 'code', 'data', 'datacount', 'tag'];
  const sections = [];
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const [size, body] = leb(at);
    let name = NAMES[id] || `section ${id}`;
    if (id === 0) {
      const [length, from] = leb(body);
      name = `custom "${bytes.subarray(from, from + length).toString('utf8')}"`;
    }
    const end = body + size;
    sections.push({ id, name, size: end - start, bytes: bytes.subarray(start, end) });
    at = end;
  }
  return sections;
}

/** The split of a .wasm into code, data, custom sections and the rest, raw and gzip. */
function wasmSplit(path) {
  const bytes = readFileSync(path);
  const groups = new Map();
  for (const s of wasmSections(bytes)) {
    const group = s.id === 10 ? 'code' : s.id === 11 ? 'data' : s.id === 0 ? s.name : 'other (types, imports, exports, …)';
    const list = groups.get(group) || [];
    list.push(s.bytes);
    groups.set(group, list);
  }
  const rows = [...groups].map(([group, parts]) => {
    const all = Buffer.concat(parts);
    return { section: group, raw: all.length, gzip: gz(all) };
  });
  // which of the engine's data files sit in the data section as they are
  const data = Buffer.concat(groups.get('data') || []);
  const embedded = [];
  const dataDir = join(dist, '../src/data');
  if (existsSync(dataDir)) {
    for (const file of readdirSafe(dataDir)) {
      const content = readFileSync(join(dataDir, file));
      if (content.length > 64 && data.includes(content)) {
        embedded.push({ file: `src/data/${file}`, raw: content.length, gzip: gz(content) });
      }
    }
  }
  return { file: path, raw: bytes.length, gzip: gz(bytes), sections: rows, embedded };
}

function readdirSafe(dir) {
  try {
    return readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile()).sort();
  } catch {
    return [];
  }
}

/** The relative URLs a file loads: [{ url, deferred }]. */
function references(path, text) {
  const refs = [];
  const add = (url, deferred) => {
    if (!url || /^(data:|blob:|https?:|\/\/|#|mailto:|javascript:)/.test(url)) return;
    if (!url.startsWith('.') && !url.startsWith('/') && !/\.[a-z0-9]+$/i.test(url)) return; // a bare package name
    refs.push({ url: url.split(/[?#]/)[0], deferred });
  };
  if (/\.html?$/.test(path)) {
    for (const m of text.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) add(m[1], false);
    for (const m of text.matchAll(/<link\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*>/gi)) {
      if (!/rel\s*=\s*["']?(icon|canonical|alternate|prefetch)\b/i.test(m[0])) add(m[1], false);
    }
    for (const m of text.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) add(m[1], false);
    // inline modules
    for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) refs.push(...jsReferences(m[1], add));
  } else if (/\.css$/.test(path)) {
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) add(m[1], false);
    for (const m of text.matchAll(/@import\s+["']([^"']+)["']/g)) add(m[1], false);
  } else if (/\.m?js$/.test(path)) {
    jsReferences(text, add);
  }
  return refs;
}

function jsReferences(text, add) {
  // comments other than the marker are dropped, so commented-out code loads nothing
  const code = text.replace(/\/\*(?!\s*after-first-result)[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
  for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g)) add(m[1], false);
  for (const m of code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) add(m[1], true);
  for (const m of code.matchAll(/(\/\*\s*after-first-result\s*\*\/\s*)?new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g)) add(m[2], Boolean(m[1]));
  return [];
}

/** Every file a surface loads from `entry`, with whether it waits for the first result. */
function walk(entry) {
  const files = new Map(); // path -> deferred
  const missing = [];
  const queue = [[entry, false]];
  while (queue.length) {
    const [path, deferred] = queue.shift();
    if (files.has(path) && (deferred || !files.get(path))) continue;
    if (!existsSync(path) || !statSync(path).isFile()) {
      missing.push(relative(dist, path));
      continue;
    }
    files.set(path, deferred);
    if (!/\.(html?|css|m?js)$/.test(path)) continue;
    const text = readFileSync(path, 'utf8');
    for (const ref of references(path, text)) {
      const target = ref.url.startsWith('/') ? join(dirname(entry), ref.url) : resolve(dirname(path), ref.url);
      queue.push([target, deferred || ref.deferred]);
    }
  }
  return { files, missing };
}

function surface(name, entry) {
  if (!existsSync(entry)) return null;
  const { files, missing } = walk(entry);
  const rows = [...files].map(([path, deferred]) => {
    const bytes = readFileSync(path);
    return { file: relative(dist, path), raw: bytes.length, gzip: gz(bytes), deferred };
  });
  const first = rows.filter((r) => !r.deferred).reduce((s, r) => s + r.gzip, 0);
  const all = rows.reduce((s, r) => s + r.gzip, 0);
  const wasm = [...files.keys()].filter((p) => p.endsWith('.wasm')).map(wasmSplit);
  return { name, entry: relative(dist, entry), rows, missing, first, all, wasm };
}

const kb = (n) => (n / 1000).toFixed(1).padStart(7);

function printWasm(w) {
  console.log(`\n  ${relative(process.cwd(), w.file)}: ${kb(w.raw)} KB raw, ${kb(w.gzip)} KB gzip`);
  console.log(`    ${'section'.padEnd(36)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}`);
  for (const s of w.sections) console.log(`    ${s.section.padEnd(36)} ${kb(s.raw)}  ${kb(s.gzip)}`);
  if (w.embedded.length) {
    console.log('    data files found whole in the data section:');
    for (const e of w.embedded) console.log(`      ${e.file.padEnd(34)} ${kb(e.raw)}  ${kb(e.gzip)}`);
  }
}

/** Code bytes per crate: function bodies grouped by the crate their (v0 or
 * legacy mangled, or demangled) name starts in. Generic code is counted in
 * the crate that defines it (core::ptr::drop_in_place<ours> is core's). */
function crateSplit(path) {
  const bytes = readFileSync(path);
  const sections = wasmSections(bytes);
  const leb = (at) => {
    let value = 0, shift = 0, byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return [value, at];
  };
  const offset = (s) => s.bytes.byteOffset - bytes.byteOffset;
  // imported functions come first in the index space
  let imported = 0;
  const imports = sections.find((s) => s.id === 2);
  if (imports) {
    let [, at] = leb(offset(imports) + 1);
    let count;
    [count, at] = leb(at);
    for (let i = 0; i < count; i++) {
      for (let k = 0; k < 2; k++) {
        const [n, from] = leb(at);
        at = from + n;
      }
      const kind = bytes[at++];
      if (kind === 0) { imported++; [, at] = leb(at); }
      else if (kind === 1) { at++; const flags = bytes[at++]; [, at] = leb(at); if (flags & 1) [, at] = leb(at); }
      else if (kind === 2) { const flags = bytes[at++]; [, at] = leb(at); if (flags & 1) [, at] = leb(at); }
      else if (kind === 3) { at += 2; }
      else if (kind === 4) { at++; [, at] = leb(at); }
    }
  }
  const names = new Map();
  const nameSection = sections.find((s) => s.name === 'custom "name"');
  if (!nameSection) throw new Error(`${path} has no name section`);
  {
    let [, at] = leb(offset(nameSection) + 1);
    const [length, from] = leb(at);
    at = from + length;
    const end = offset(nameSection) + nameSection.size;
    while (at < end) {
      const id = bytes[at++];
      const [size, body] = leb(at);
      if (id === 1) {
        let [count, p] = leb(body);
        for (let i = 0; i < count; i++) {
          let index, n;
          [index, p] = leb(p);
          [n, p] = leb(p);
          names.set(index, bytes.subarray(p, p + n).toString('utf8'));
          p += n;
        }
      }
      at = body + size;
    }
  }
  const code = sections.find((s) => s.id === 10);
  let [, at] = leb(offset(code) + 1);
  let count;
  [count, at] = leb(at);
  const crates = new Map();
  for (let i = 0; i < count; i++) {
    const [size, body] = leb(at);
    const name = names.get(imported + i) || '';
    let crate = '(unnamed)';
    const v0 = name.startsWith('_R') && /C(?:s[0-9A-Za-z]*_)?(\d+)/.exec(name);
    if (v0) crate = name.substr(v0.index + v0[0].length, Number(v0[1]));
    else if (name.startsWith('_ZN')) crate = /^_ZN(\d+)/.exec(name) ? name.substr(3 + /^_ZN(\d+)/.exec(name)[1].length, Number(/^_ZN(\d+)/.exec(name)[1])) : crate;
    else if (/^<?[A-Za-z_]\w*::/.test(name)) crate = /^<?([A-Za-z_]\w*)::/.exec(name)[1];
    else if (name) crate = '(other: ' + (name.startsWith('__wbg') || name.startsWith('__wbindgen') ? 'wasm-bindgen glue' : 'runtime, compiler-builtins') + ')';
    const entry = crates.get(crate) || { crate, functions: 0, bytes: 0, parts: [] };
    entry.functions++;
    entry.bytes += body + size - at;
    entry.parts.push(bytes.subarray(at, body + size));
    crates.set(crate, entry);
    at = body + size;
  }
  return [...crates.values()].map((c) => ({ crate: c.crate, functions: c.functions, raw: c.bytes, gzip: gz(Buffer.concat(c.parts)) }))
    .sort((a, b) => b.raw - a.raw);
}

const stripAt = args.indexOf('--strip');
if (stripAt >= 0) {
  const path = resolve(args[stripAt + 1]);
  const bytes = readFileSync(path);
  const kept = wasmSections(bytes).filter((s) => s.id !== 0).map((s) => s.bytes);
  writeFileSync(path, Buffer.concat([bytes.subarray(0, 8), ...kept]));
  process.exit(0);
}

const cratesAt = args.indexOf('--crates');
if (cratesAt >= 0) {
  const path = resolve(args[cratesAt + 1]);
  const rows = crateSplit(path);
  if (json) console.log(JSON.stringify(rows, null, 1));
  else {
    console.log(`code of ${relative(process.cwd(), path)} per crate (function bodies; gzip of each crate's bodies alone)`);
    console.log(`  ${'crate'.padEnd(36)} ${'functions'.padStart(9)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}`);
    for (const r of rows) console.log(`  ${r.crate.padEnd(36)} ${String(r.functions).padStart(9)} ${kb(r.raw)}  ${kb(r.gzip)}`);
    const raw = rows.reduce((s, r) => s + r.raw, 0);
    console.log(`  ${'total'.padEnd(36)} ${''.padStart(9)} ${kb(raw)}`);
  }
  process.exit(0);
}

if (wasmAt >= 0) {
  const paths = args.slice(wasmAt + 1).filter((a) => !a.startsWith('--'));
  const out = paths.map((p) => wasmSplit(resolve(p)));
  if (json) console.log(JSON.stringify(out.map(({ file, raw, gzip, sections, embedded }) => ({ file, raw, gzip, sections, embedded })), null, 1));
  else out.forEach(printWasm);
  process.exit(0);
}

const surfaces = [
  surface('page', join(dist, 'site/index.html')),
  surface('widget', join(dist, 'article-annotator.js')),
  surface('single-file page', join(dist, 'article-annotator.html')),
].filter(Boolean);

if (json) {
  console.log(JSON.stringify(surfaces.map((s) => ({ ...s, wasm: s.wasm.map(({ file, raw, gzip, sections, embedded }) => ({ file: relative(dist, file), raw, gzip, sections, embedded })) })), null, 1));
  process.exit(0);
}

for (const s of surfaces) {
  console.log(`\n${s.name} (from ${s.entry})`);
  console.log(`  ${'file'.padEnd(40)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}  when`);
  for (const r of s.rows) {
    console.log(`  ${r.file.padEnd(40)} ${kb(r.raw)}  ${kb(r.gzip)}  ${r.deferred ? 'after the first result' : 'first result'}`);
  }
  if (s.missing.length) console.log(`  referenced but not in dist/: ${s.missing.join(', ')}`);
  const mark = (n, budget) => (n <= budget ? 'within' : `OVER by ${((n - budget) / 1000).toFixed(1)} KB`);
  console.log(`  ${'before the first result'.padEnd(40)} ${''.padStart(8)}  ${kb(s.first)}  budget ${FIRST_BUDGET / 1000} KB: ${mark(s.first, FIRST_BUDGET)}`);
  console.log(`  ${'in all'.padEnd(40)} ${''.padStart(8)}  ${kb(s.all)}  budget ${ALL_BUDGET / 1000} KB: ${mark(s.all, ALL_BUDGET)}`);
  s.wasm.forEach(printWasm);
}
