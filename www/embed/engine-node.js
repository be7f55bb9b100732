// Loads the WebAssembly engine in Node: the .wasm file is read from the
// package's own folder (no fetch, no network).
import { initSync } from '../pkg/article_annotator.js';
import * as glue from '../pkg/article_annotator.js';

/* global AA_WASM_FILE */
const WASM_FILE = typeof AA_WASM_FILE === 'string' ? AA_WASM_FILE : '../pkg/article_annotator_bg.wasm';

export async function loadEngine() {
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(new URL(WASM_FILE, import.meta.url));
  initSync({ module: bytes });
  return glue;
}
