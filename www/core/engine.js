// The engine's client: runs the WASM engine in a module Web Worker (worker.js)
// and hands back only the latest result; a request overtaken by a newer one
// comes back marked `stale`. The page and the widget both use it.

/**
 * Starts the module worker at `url` (a URL object or string). A worker must
 * come from the page's own origin: when the script was loaded from another
 * one (a CDN, the bookmarklet) the worker is a tiny blob: module that
 * imports it, so that its import.meta.url, and the .wasm beside it, stay
 * the real ones.
 */
export function startWorker(url) {
  const href = String(url);
  if (typeof location === 'undefined' || new URL(href).origin === location.origin) {
    return new Worker(href, { type: 'module' });
  }
  const source = `import ${JSON.stringify(href)};`;
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { type: 'module' });
}

/** An Error from the worker, with `csp` true when a Content-Security-Policy stopped the engine. */
function engineError(data) {
  const error = new Error(data.error);
  if (data.csp) error.csp = true;
  return error;
}

export class Engine {
  /** @param {() => Worker} makeWorker */
  constructor(makeWorker) {
    this.makeWorker = makeWorker;
    this.worker = null;
    this.lastId = 0;
    this.pending = new Map();
    this.ready = false;
    this.failure = null;
    this.onready = null;
    this.busyLength = 0;
  }

  start() {
    if (this.worker) return;
    this.failure = null;
    try {
      this.worker = this.makeWorker();
    } catch (error) {
      // A policy that forbids the worker (worker-src), or no Worker at all.
      this.fail(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    this.worker.onmessage = (event) => {
      const data = event.data;
      if (data.ready) {
        this.ready = true;
        if (this.onready) this.onready();
        return;
      }
      if (data.id === 0) {
        // The engine failed to load: every waiting request fails with it.
        this.fail(engineError(data));
        return;
      }
      const waiting = this.pending.get(data.id);
      if (!waiting) return;
      this.pending.delete(data.id);
      if (data.error) waiting.reject(engineError(data));
      else waiting.resolve({ result: data.json !== undefined ? JSON.parse(data.json) : data.result, ms: data.ms, stale: data.id !== this.lastId });
    };
    this.worker.onerror = (event) => {
      if (event.preventDefault) event.preventDefault();
      this.fail(new Error(event.message || 'the annotation worker could not start (blocked, or not found)'));
    };
  }

  fail(error) {
    this.failure = error;
    for (const [, w] of this.pending) w.reject(error);
    this.pending.clear();
    if (this.worker) this.worker.terminate();
    this.worker = null;
    this.ready = false;
  }

  /** Annotates; resolves to {result, ms, stale}. `stale` is true when a newer request was made since. */
  annotate(text, options) {
    // A long text still being annotated is not worth finishing once a newer
    // request comes: start a fresh worker rather than wait behind it.
    if (this.worker && this.pending.size && this.busyLength > 100000) {
      this.worker.terminate();
      this.worker = null;
      this.ready = false;
      for (const [id, w] of this.pending) w.resolve({ result: null, ms: 0, stale: true, id });
      this.pending.clear();
    }
    this.start();
    if (!this.worker) return Promise.reject(this.failure);
    this.busyLength = text.length;
    const id = ++this.lastId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, text, options });
    });
  }
}
