// The JavaScript API, independent of how the WebAssembly engine is loaded.
//
//   const { annotate, ready, version } = createApi(loadEngine);
//   const result = await annotate(text, { referenceDate: '2021-07-06' });
//
// `loadEngine()` resolves to the wasm-bindgen module's exports
// ({ annotate, version }) once the WebAssembly is instantiated; it is called
// once, on the first annotate() (or ready()), so importing the API costs
// nothing until it is used. Nothing here touches the DOM: the API works in a
// page, a Web Worker and Node.

import { KINDS } from '../core/kinds.js';

/**
 * Normalises the options a host may write loosely (an attribute string of
 * kinds, an empty reference date) into the engine's options; the engine
 * itself rejects anything else with a clear Error.
 */
export function normaliseOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') {
    throw new TypeError('annotate(text, options): options must be an object');
  }
  const out = { ...options };
  if (typeof out.kinds === 'string') {
    out.kinds = out.kinds.split(/[\s,]+/).filter(Boolean);
  }
  if (out.referenceDate === '' || out.referenceDate === undefined) delete out.referenceDate;
  if (out.kinds === undefined) delete out.kinds;
  if (out.offsets === undefined) delete out.offsets;
  return out;
}

/** Parses a `kinds` attribute ("person, date" or "person date"); null for all. */
export function parseKinds(value) {
  if (value === null || value === undefined || String(value).trim() === '') return null;
  const kinds = String(value)
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((k) => (k === 'people' ? 'person' : k.replace(/s$/, ''))) // "dates" → "date"
    .filter((k) => KINDS.includes(k));
  return kinds.length ? [...new Set(kinds)] : null;
}

/** Builds { annotate, ready, version } over an engine loader. */
export function createApi(loadEngine) {
  let engine = null;
  const ready = () => {
    engine ??= Promise.resolve()
      .then(loadEngine)
      .catch((error) => {
        engine = null; // a failed load (offline, blocked) may be retried
        throw error;
      });
    return engine;
  };
  /**
   * Annotates `text`; resolves to the result of SCHEMA.md. Offsets are
   * UTF-16 code units by default, so `text.slice(a.start, a.end) === a.text`.
   */
  const annotate = async (text, options) => {
    const normalised = normaliseOptions(options);
    const wasm = await ready();
    return wasm.annotate(String(text ?? ''), normalised);
  };
  /** The engine's version, e.g. "0.1.0". */
  const version = async () => (await ready()).version();
  return { annotate, ready: () => ready().then(() => undefined), version };
}
