#!/usr/bin/env node
// Runs the peer systems (peers.mjs) over gold corpora and writes their
// predictions in the corpus format, for `article-annotator eval --pred`:
//
//   node tools/peers/run-peers.mjs [--out bench-out/peers] [--force] [--limit N]
//        [--peers compromise,chrono-node,wink-nlp] CORPUS.jsonl...
//
// writes OUT/<peer>/<corpus>.jsonl, one line {"id", "spans"} per document
// (code point offsets), and OUT/systems.json (versions and what each peer
// covers). A prediction file newer than its corpus, made by the same peer
// versions and the same peers.mjs (its hash), is reused: re-running is cheap
// (--force redoes it). Corpora without gold spans are skipped.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

import { PEERS, versionOf } from './peers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const args = { out: 'bench-out/peers', force: false, limit: Infinity, peers: Object.keys(PEERS), corpora: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') args.out = argv[++i];
    else if (a === '--force') args.force = true;
    else if (a === '--limit') args.limit = Number(argv[++i]);
    else if (a === '--peers') args.peers = argv[++i].split(',').filter(Boolean);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.corpora.push(a);
  }
  for (const p of args.peers) if (!PEERS[p]) throw new Error(`unknown peer ${p}: one of ${Object.keys(PEERS)}`);
  if (!args.corpora.length) throw new Error('give at least one CORPUS.jsonl');
  return args;
}

async function readDocs(file, limit) {
  const docs = [];
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (docs.length >= limit) break;
    docs.push(JSON.parse(line));
  }
  return docs;
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  fs.mkdirSync(args.out, { recursive: true });
  const systems = {};
  for (const name of args.peers) {
    const peer = PEERS[name];
    systems[name] = {
      versions: Object.fromEntries(peer.packages.map((p) => [p, versionOf(p)])),
      types: peer.types,
      values: peer.values,
      speakers: peer.speakers,
    };
  }
  fs.writeFileSync(path.join(args.out, 'systems.json'), JSON.stringify(systems, null, 2) + '\n');
  // The cache key: the peer's versions and the code that converts its output.
  const code = crypto.createHash('sha256').update(fs.readFileSync(path.join(here, 'peers.mjs'))).digest('hex').slice(0, 16);
  const loaded = {};
  for (const corpus of args.corpora) {
    const corpusName = path.basename(corpus, '.jsonl');
    let docs = null;
    for (const name of args.peers) {
      const dir = path.join(args.out, name);
      fs.mkdirSync(dir, { recursive: true });
      const suffix = Number.isFinite(args.limit) ? `.first${args.limit}` : '';
      const file = path.join(dir, `${corpusName}${suffix}.jsonl`);
      const stamp = `${file}.versions`;
      const versions = JSON.stringify({ ...systems[name].versions, code });
      const fresh =
        !args.force &&
        mtime(file) > mtime(corpus) &&
        fs.existsSync(stamp) &&
        fs.readFileSync(stamp, 'utf8') === versions;
      if (fresh) {
        console.error(`${name} ${corpusName}: cached ${file}`);
        continue;
      }
      docs ??= await readDocs(corpus, args.limit);
      if (!docs.some((d) => (d.spans || []).length)) {
        console.error(`${corpusName}: no gold spans, skipped`);
        break;
      }
      loaded[name] ??= await PEERS[name].load();
      const peer = loaded[name];
      const started = process.hrtime.bigint();
      const lines = [];
      let failures = 0;
      for (const doc of docs) {
        let spans = [];
        try {
          spans = peer.spans(peer.run(doc.text, doc.dct), doc.text, doc.dct);
        } catch (error) {
          failures++;
          if (failures <= 3) console.error(`${name} ${doc.id}: ${error.message}`);
        }
        lines.push(JSON.stringify({ id: doc.id, spans }));
      }
      fs.writeFileSync(file, lines.join('\n') + '\n');
      fs.writeFileSync(stamp, versions);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      console.error(`${name} ${corpusName}: ${docs.length} docs in ${seconds.toFixed(1)} s` +
        (failures ? ` (${failures} failed, scored as empty)` : '') + ` → ${file}`);
    }
  }
}

main().catch((error) => {
  console.error(`run-peers: ${error.message}`);
  process.exit(2);
});
