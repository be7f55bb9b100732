// Loads the WebAssembly engine in Node: the .wasm file is read from the
// package's own folder (no fetch, no network).
import { initSync } from '../pkg/article_annotator.js';
import * as glue from '../pkg/article_annotator.js';

export async function loadEngine() {
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(new URL('../pkg/article_annotator_bg.wasm', import.meta.url));
  initSync({ module: bytes });
  return glue;
}
