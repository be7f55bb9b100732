// Runs the engine in a module Web Worker and hands back only the latest
// result: a request overtaken by a newer one is ignored when it comes back.

export class Engine {
  /** @param {() => Worker} makeWorker */
  constructor(makeWorker) {
    this.makeWorker = makeWorker;
    this.worker = null;
    this.lastId = 0;
    this.pending = new Map();
    this.ready = false;
    this.onready = null;
    this.busyLength = 0;
  }

  start() {
    if (this.worker) return;
    this.worker = this.makeWorker();
    this.worker.onmessage = (event) => {
      const data = event.data;
      if (data.ready) {
        this.ready = true;
        if (this.onready) this.onready();
        return;
      }
      const waiting = this.pending.get(data.id);
      if (data.id === 0) {
        // The engine failed to load: every waiting request fails with it.
        for (const [, w] of this.pending) w.reject(new Error(data.error));
        this.pending.clear();
        return;
      }
      if (!waiting) return;
      this.pending.delete(data.id);
      if (data.error) waiting.reject(new Error(data.error));
      else waiting.resolve({ result: data.result, ms: data.ms, stale: data.id !== this.lastId });
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || 'the annotation worker failed');
      for (const [, w] of this.pending) w.reject(error);
      this.pending.clear();
    };
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
    this.busyLength = text.length;
    const id = ++this.lastId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, text, options });
    });
  }
}
