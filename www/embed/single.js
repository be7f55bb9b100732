// The single-file build's entry (dist/article-annotator.single.js): the same
// API and element as index.js, with the WebAssembly inlined (gzipped, base64)
// for hosts that want one file. It runs the engine on the page's thread;
// the multi-file build (index.js) runs it in a Worker.
import { createApi } from './api.js';
import { defineArticleAnnotator } from './element.js';
import { WASM_GZIP_BASE64 } from 'aa:inline-wasm';
import { initSync } from '../pkg/article_annotator.js';
import * as glue from '../pkg/article_annotator.js';

// Inflated with the platform's own DecompressionStream (browsers since 2023,
// Node 18) and compiled asynchronously.
async function loadEngine() {
  if (typeof DecompressionStream === 'undefined') {
    throw new Error('Article Annotator needs a browser with DecompressionStream (Chrome 80, Firefox 113, Safari 16.4 or later)');
  }
  const binary = atob(WASM_GZIP_BASE64);
  const packed = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) packed[i] = binary.charCodeAt(i);
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
  const module = await WebAssembly.compile(await new Response(stream).arrayBuffer());
  initSync({ module });
  return glue;
}

const api = createApi(loadEngine);

export const annotate = api.annotate;
export const ready = api.ready;
export const version = api.version;
export { defineArticleAnnotator };
export { findPageDate } from '../core/page-date.js';
export { annotatePage, findArticle } from './bookmarklet.js';

defineArticleAnnotator(api);
