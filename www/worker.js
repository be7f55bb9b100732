// The annotation worker: loads the WASM engine once, then annotates each text
// it is sent, so that the page never waits on the engine.
//
// Messages in:  {id, text, options}
// Messages out: {id, result, ms} or {id, error}; {ready: true} once loaded.
//
// The .wasm is fetched as bytes and compiled from them, so a host that serves
// it with the wrong MIME type still works. The single-file build
// (tools/build-single.mjs) replaces the <engine> part with the engine's code
// and a loadEngine() that decodes the inlined bytes.
// <engine>
import init, { annotate } from './pkg/article_annotator.js';

async function loadEngine() {
  const response = await fetch(new URL('./pkg/article_annotator_bg.wasm', import.meta.url));
  if (!response.ok) throw new Error(`could not load the engine (${response.status})`);
  await init({ module_or_path: await response.arrayBuffer() });
}
// </engine>

const ready = loadEngine();
ready.then(() => postMessage({ ready: true }), (e) => postMessage({ id: 0, error: String(e && e.message || e) }));

onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    const started = performance.now();
    const result = annotate(text, options);
    postMessage({ id, result, ms: performance.now() - started });
  } catch (e) {
    postMessage({ id, error: String(e && e.message || e) });
  }
};
