#!/usr/bin/env node
// Speed of several builds of the WASM engine against each other, in one Node
// run, with their sizes: the lean variant of node-bench.mjs that the size
// levers of issue 15 are measured with (opt-level, wasm-opt, data formats).
//
//   node tools/bench/wasm-speed.mjs [--articles N] [--corpus FILE] [--json OUT] NAME=PKG_DIR ...
//   (the corpus defaults to $CORPORA/bbc_news.jsonl, CORPORA defaulting to ../shared/corpora)
//
// Each PKG_DIR is a wasm-bindgen web-target output (article_annotator.js and
// article_annotator_bg.wasm). For each build:
// - its .wasm, raw and gzip -9;
// - first call against warm call: in a fresh Node process (5 of them, medians),
//   the time of the first annotate() of the sample article after
//   initialisation, and the median of 10 later calls on the same text;
// - throughput on the first N articles (default 200) of the BBC corpus, all
//   builds in one process, each article annotated by every build in turn (the
//   order rotated per article so drift hits all alike), after a warm-up of 5:
//   characters per second, median ms per article, and the ratio of the median
//   to the first build's (the baseline: > 1 is slower).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function load(pkg) {
  const module = await import(pathToFileURL(path.join(pkg, 'article_annotator.js')).href);
  module.initSync({ module: fs.readFileSync(path.join(pkg, 'article_annotator_bg.wasm')) });
  return module;
}

const args = process.argv.slice(2);
if (args[0] === '--first-call') {
  // the child: one fresh process, one build
  const module = await load(path.resolve(args[1]));
  const text = fs.readFileSync(path.join(root, 'www/sample-article.txt'), 'utf8');
  let started = now();
  module.annotate(text);
  const first = now() - started;
  const warm = [];
  for (let i = 0; i < 10; i++) {
    started = now();
    module.annotate(text);
    warm.push(now() - started);
  }
  console.log(JSON.stringify({ first, warm: median(warm) }));
  process.exit(0);
}

let articles = 200;
let corpus = path.resolve(process.env.CORPORA || path.join(root, '../shared/corpora'), 'bbc_news.jsonl');
let jsonOut = null;
const builds = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--articles') articles = Number(args[++i]);
  else if (args[i] === '--corpus') corpus = path.resolve(args[++i]);
  else if (args[i] === '--json') jsonOut = path.resolve(args[++i]);
  else if (args[i].includes('=')) {
    const [name, dir] = args[i].split('=');
    builds.push({ name, pkg: path.resolve(dir) });
  } else throw new Error(`unknown argument ${args[i]} (want NAME=PKG_DIR)`);
}
if (!builds.length) builds.push({ name: 'dist', pkg: path.join(root, 'dist/pkg') });

const docs = [];
for (const line of fs.readFileSync(corpus, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line);
  docs.push({ text: doc.text, options: doc.dct ? { referenceDate: doc.dct } : undefined });
  if (docs.length >= articles) break;
}
const chars = docs.reduce((s, d) => s + d.text.length, 0);

for (const b of builds) {
  const wasm = fs.readFileSync(path.join(b.pkg, 'article_annotator_bg.wasm'));
  b.raw = wasm.length;
  b.gzip = gzipSync(wasm, { level: constants.Z_BEST_COMPRESSION }).length;
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--first-call', b.pkg], { encoding: 'utf8' });
    runs.push(JSON.parse(out));
  }
  b.firstMs = median(runs.map((r) => r.first));
  b.warmMs = median(runs.map((r) => r.warm));
  b.module = await load(b.pkg);
  b.times = [];
}

// the outputs must agree, or the comparison means nothing
for (const d of docs) {
  const outs = builds.map((b) => JSON.stringify(b.module.annotate(d.text, d.options)));
  if (outs.some((o) => o !== outs[0])) throw new Error('the builds disagree on an article\'s result');
}
for (const d of docs.slice(0, 5)) for (const b of builds) b.module.annotate(d.text, d.options);
docs.forEach((d, i) => {
  for (let k = 0; k < builds.length; k++) {
    const b = builds[(i + k) % builds.length];
    const started = now();
    b.module.annotate(d.text, d.options);
    b.times.push(now() - started);
  }
});

const base = builds[0];
const rows = builds.map((b) => ({
  name: b.name,
  raw: b.raw,
  gzip: b.gzip,
  charsPerSecond: chars / (b.times.reduce((s, t) => s + t, 0) / 1000),
  medianMs: median(b.times),
  ratio: median(b.times) / median(base.times),
  firstMs: b.firstMs,
  warmMs: b.warmMs,
}));
console.log(`Node ${process.version}, ${docs.length} articles (${chars.toLocaleString('en')} characters), builds interleaved; first/warm: sample article, median of 5 fresh processes.\n`);
console.log('| build | wasm KB | gzip KB | chars/s | median ms/article | vs ' + base.name + ' | first call ms | warm call ms | first − warm ms |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.name} | ${(r.raw / 1000).toFixed(1)} | ${(r.gzip / 1000).toFixed(1)} | ${Math.round(r.charsPerSecond).toLocaleString('en')} | ${r.medianMs.toFixed(3)} | ${r.ratio.toFixed(2)}× | ${r.firstMs.toFixed(1)} | ${r.warmMs.toFixed(1)} | ${(r.firstMs - r.warmMs).toFixed(1)} |`);
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ node: process.version, articles: docs.length, chars, rows }, null, 1));
