// Loads the WebAssembly engine in a browser or a Worker.
//
// In a page, the engine runs in a module Worker (core/worker.js, built as
// article-annotator.worker.js beside this module): nothing of it runs on
// the page's main thread, and it is not started before the first
// annotate(). In a Worker (no DOM), it runs right there: the .wasm beside
// this module is fetched and compiled as it streams in.
import { Engine, startWorker } from '../core/engine.js';
import { engineModule } from '../core/wasm-source.js';

/* global AA_WIDGET_WORKER */
const WORKER_FILE = typeof AA_WIDGET_WORKER === 'string' ? AA_WIDGET_WORKER : '../core/worker.js';

/** Whether the engine runs in a Worker of its own (in a page) rather than in this thread. */
export const inWorker = typeof document !== 'undefined' && typeof Worker !== 'undefined';

function workerEngine() {
  const engine = new Engine(() => startWorker(new URL(WORKER_FILE, import.meta.url)));
  const call = async (message) => {
    engine.start();
    if (!engine.worker) throw engine.failure;
    const id = ++engine.lastId;
    return new Promise((resolve, reject) => {
      engine.pending.set(id, { resolve: (r) => resolve(r.result), reject });
      engine.worker.postMessage({ id, ...message });
    });
  };
  return {
    engine,
    annotate: (text, options) => call({ text, options }),
    version: () => call({ version: true }),
  };
}

async function threadEngine() {
  const glue = await import('../pkg/article_annotator.js');
  glue.initSync({ module: await engineModule(import.meta.url) });
  return glue;
}

export async function loadEngine() {
  return inWorker ? workerEngine() : threadEngine();
}
