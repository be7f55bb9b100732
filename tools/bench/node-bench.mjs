#!/usr/bin/env node
// Speed in Node: our WASM and the JS peers in one process, on the same articles.
//
//   node tools/bench/node-bench.mjs [--pkg DIR] [--corpus FILE] [--articles N]
//        [--sample FILE] [--json OUT.json] [--no-growth]
//
// --pkg: the wasm-bindgen web-target output (article_annotator.js +
// article_annotator_bg.wasm; default dist/pkg, else bench-out/pkg).
// For each system: load time (import + initialisation, in a fresh process so
// nothing is cached), then the first N articles of the corpus (default
// ../shared/corpora/bbc_news.jsonl, N = 200), each article annotated by every
// system in turn (order rotated per article so drift hits all alike), after a
// warm-up of 5 articles. Reports characters per second, median and p95 time
// per article, and ratios to ours; then growth: the sample article 1×, 10× and
// 100×. Timings only; nothing is asserted.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const peersModule = path.join(root, 'tools/peers/peers.mjs');

function parseArgs(argv) {
  const args = {
    pkg: fs.existsSync(path.join(root, 'dist/pkg/article_annotator_bg.wasm'))
      ? path.join(root, 'dist/pkg')
      : path.join(root, 'bench-out/pkg'),
    corpus: path.resolve(root, '../shared/corpora/bbc_news.jsonl'),
    articles: 200,
    sample: path.join(root, 'www/sample-article.txt'),
    json: null,
    growth: true,
    loadOnly: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--pkg') args.pkg = path.resolve(argv[++i]);
    else if (a === '--corpus') args.corpus = path.resolve(argv[++i]);
    else if (a === '--articles') args.articles = Number(argv[++i]);
    else if (a === '--sample') args.sample = path.resolve(argv[++i]);
    else if (a === '--json') args.json = path.resolve(argv[++i]);
    else if (a === '--no-growth') args.growth = false;
    else if (a === '--load-only') args.loadOnly = argv[++i];
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

/** Our engine behind the peers' interface. */
async function loadOurs(pkg) {
  const module = await import(pathToFileURL(path.join(pkg, 'article_annotator.js')).href);
  module.initSync({ module: fs.readFileSync(path.join(pkg, 'article_annotator_bg.wasm')) });
  return {
    version: module.version(),
    run: (text, dct) => module.annotate(text, dct ? { referenceDate: dct } : undefined),
  };
}

async function loadSystem(name, pkg) {
  if (name === 'article-annotator') return loadOurs(pkg);
  const { PEERS } = await import(pathToFileURL(peersModule).href);
  const peer = await PEERS[name].load();
  return { run: peer.run };
}

const SYSTEMS = ['article-annotator', 'compromise', 'chrono-node', 'wink-nlp'];
const GROWTH_BUDGET_MS = 20000;

/** Load time of one system, measured in a fresh Node process. */
function coldLoadMs(name, pkg) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--pkg', pkg, '--load-only', name], {
    encoding: 'utf8',
  });
  return Number(out.trim());
}

const now = () => Number(process.hrtime.bigint()) / 1e6; // ms

function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

function readArticles(file, n, sample) {
  if (fs.existsSync(file)) {
    const docs = [];
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line);
      docs.push({ text: doc.text, dct: doc.dct || null });
      if (docs.length >= n) break;
    }
    if (docs.length) return docs;
  }
  console.error(`${file}: not found; using the sample article`);
  return [{ text: sample, dct: null }];
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.loadOnly) {
    const t0 = now();
    await loadSystem(args.loadOnly, args.pkg);
    process.stdout.write(String(now() - t0));
    return;
  }
  const sample = fs.readFileSync(args.sample, 'utf8');
  const articles = readArticles(args.corpus, args.articles, sample);
  const systems = {};
  for (const name of SYSTEMS) {
    const loads = [coldLoadMs(name, args.pkg), coldLoadMs(name, args.pkg), coldLoadMs(name, args.pkg)].sort((a, b) => a - b);
    systems[name] = { name, loadMs: loads[1], impl: await loadSystem(name, args.pkg), times: [] };
    console.error(`${name}: loaded in ${loads[1].toFixed(1)} ms (median of 3 cold starts)`);
  }
  // Warm-up: JIT, lazy tables.
  for (const article of articles.slice(0, 5)) for (const s of Object.values(systems)) s.impl.run(article.text, article.dct);
  const names = Object.keys(systems);
  articles.forEach((article, i) => {
    for (let k = 0; k < names.length; k++) {
      const s = systems[names[(i + k) % names.length]];
      const t0 = now();
      s.impl.run(article.text, article.dct);
      s.times.push(now() - t0);
    }
  });
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  const results = {};
  for (const s of Object.values(systems)) {
    const sorted = [...s.times].sort((a, b) => a - b);
    const total = s.times.reduce((a, b) => a + b, 0);
    results[s.name] = {
      loadMs: s.loadMs,
      articles: articles.length,
      chars,
      charsPerSecond: chars / (total / 1000),
      medianMs: quantile(sorted, 0.5),
      p95Ms: quantile(sorted, 0.95),
    };
  }
  const ours = results['article-annotator'];
  for (const r of Object.values(results)) {
    r.speedRatio = r.medianMs / ours.medianMs; // > 1: the peer is slower than ours
    r.throughputRatio = ours.charsPerSecond / r.charsPerSecond;
  }
  const growth = {};
  if (args.growth) {
    for (const times of [1, 10, 100]) {
      const text = sample.repeat(times);
      growth[times] = { chars: text.length };
      for (const s of Object.values(systems)) {
        // A system that would take over GROWTH_BUDGET_MS even if it grew
        // linearly from the smaller text is not run (compromise grows faster
        // than linearly, and a call cannot be interrupted).
        const previous = Object.entries(growth)
          .filter(([t]) => Number(t) < times)
          .map(([t, g]) => (g[s.name] === null ? Infinity : (g[s.name] * times) / Number(t)));
        if (previous.some((predicted) => predicted > GROWTH_BUDGET_MS)) {
          growth[times][s.name] = null;
          console.error(`growth ${times}×: ${s.name} not run (predicted over ${GROWTH_BUDGET_MS} ms)`);
          continue;
        }
        const runs = times === 100 ? 1 : 3;
        const measured = [];
        for (let r = 0; r < runs; r++) {
          const t0 = now();
          s.impl.run(text, null);
          measured.push(now() - t0);
        }
        measured.sort((a, b) => a - b);
        growth[times][s.name] = measured[Math.floor(measured.length / 2)];
        console.error(`growth ${times}×: ${s.name} ${growth[times][s.name].toFixed(1)} ms`);
      }
    }
  }
  const versions = { node: process.version, ours: systems['article-annotator'].impl.version };
  const { versionOf } = await import(pathToFileURL(peersModule).href);
  for (const p of ['compromise', 'compromise-dates', 'chrono-node', 'wink-nlp', 'wink-eng-lite-web-model']) versions[p] = versionOf(p);
  const report = { corpus: path.basename(args.corpus), versions, results, growth };
  if (args.json) fs.writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
  console.log(markdown(report));
}

const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const growthCell = (ms) => (ms === null ? `not run (linear would be > ${GROWTH_BUDGET_MS / 1000} s)` : fmt(ms, 1));

export function markdown(report) {
  const rows = Object.entries(report.results).map(
    ([name, r]) =>
      `| ${name} | ${fmt(r.loadMs, 1)} | ${Math.round(r.charsPerSecond).toLocaleString('en')} | ${fmt(r.medianMs, 3)} | ${fmt(r.p95Ms, 3)} | ${name === 'article-annotator' ? '1 (ours)' : `${fmt(r.speedRatio, 1)}×`} |`,
  );
  const first = Object.values(report.results)[0];
  let out = `Node ${report.versions.node}, ${first.articles} articles of ${report.corpus} (${first.chars.toLocaleString('en')} characters), each annotated by every system in turn.\n\n`;
  out += '| system | load (ms) | characters/s | median ms/article | p95 ms/article | median time vs ours |\n| --- | ---: | ---: | ---: | ---: | ---: |\n';
  out += rows.join('\n') + '\n';
  if (Object.keys(report.growth).length) {
    const sizes = Object.keys(report.growth);
    out += `\nGrowth (the sample article repeated; ms, median of 3 calls, 1 call at 100×; linear growth gives 100×/1× = 100):\n\n| system | ${sizes.map((t) => `${t}× (${report.growth[t].chars.toLocaleString('en')} chars)`).join(' | ')} | 100×/1× |\n| --- |${sizes.map(() => ' ---: |').join('')} ---: |\n`;
    for (const name of Object.keys(report.results)) {
      const g = sizes.map((t) => growthCell(report.growth[t][name]));
      const ratio = report.growth[100][name] === null ? NaN : report.growth[100][name] / report.growth[1][name];
      out += `| ${name} | ${g.join(' | ')} | ${fmt(ratio, 0)} |\n`;
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(`node-bench: ${error.stack || error.message}`);
    process.exit(2);
  });
}
