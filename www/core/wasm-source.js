// Where the worker gets its WebAssembly: the .wasm file beside the engine,
// fetched and compiled as it streams in. In the site's sources (www/) that
// is ../pkg/; the builds put the .wasm beside the worker and set WASM_FILE.
/* global AA_WASM_FILE */
const WASM_FILE = typeof AA_WASM_FILE === 'string' ? AA_WASM_FILE : '../pkg/article_annotator_bg.wasm';

/** Resolves to a compiled WebAssembly.Module; `base` is the worker's URL. */
export async function engineModule(base) {
  const url = new URL(WASM_FILE, base);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load the engine (${response.status} for ${url.pathname})`);
  const type = (response.headers.get('Content-Type') || '').split(';')[0].trim();
  if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
    return WebAssembly.compileStreaming(response);
  }
  // A host that serves .wasm with another type: compile from the bytes.
  return WebAssembly.compile(await response.arrayBuffer());
}
