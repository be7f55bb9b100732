// The annotation worker (a module Worker): loads the WASM engine once, then
// annotates each text it is sent, so that no page waits on the engine.
// The page and the widget both run it.
//
// Messages in:  {id, text, options}, or {id, version: true} for the engine's version
// Messages out: {id, json, ms} (the result as JSON) or {id, error}; {ready: true} once loaded,
//               {id: 0, error, csp} when the engine cannot load.
//
// The .wasm is compiled while it downloads (WebAssembly.compileStreaming);
// a host that serves it with the wrong MIME type still works, as the bytes
// are then compiled once they are all there. The single-file builds replace
// this file's engineModule() with one that decodes inlined bytes.
import { initSync, annotate, version } from '../pkg/article_annotator.js';
import { engineModule } from './wasm-source.js';

const ready = engineModule(import.meta.url).then((module) => {
  initSync({ module });
});
ready.then(
  () => postMessage({ ready: true }),
  (e) => postMessage({ id: 0, error: String((e && e.message) || e), csp: isCspError(e) }),
);

/** A Content-Security-Policy without 'wasm-unsafe-eval' makes compiling throw a CompileError naming it. */
function isCspError(e) {
  return !!e && /unsafe-eval|Content Security Policy|CSP/i.test(String(e.message || e));
}

onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    if (event.data.version) {
      postMessage({ id, result: version() });
      return;
    }
    const started = performance.now();
    const result = annotate(text, options);
    const ms = performance.now() - started;
    // As JSON: one string crosses to the page, which parses it faster than
    // it would deserialise the object graph of a long article's result.
    postMessage({ id, json: JSON.stringify(result), ms });
  } catch (e) {
    postMessage({ id, error: String((e && e.message) || e), csp: isCspError(e) });
  }
};
