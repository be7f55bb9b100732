// Loads the WebAssembly engine in a browser or a Worker: the .wasm file is
// fetched from beside the wasm-bindgen module (a URL relative to this
// module, so it works under any path prefix).
import init, * as glue from '../pkg/article_annotator.js';

export async function loadEngine() {
  await init();
  return glue;
}
