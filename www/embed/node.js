// The Article Annotator for Node: the same API as in the browser, with the
// WebAssembly read from this package's folder.
//
//   import { annotate } from 'article-annotator';
//   const result = await annotate(text, { referenceDate: '2021-07-06' });
import { createApi } from './api.js';
import { loadEngine } from './engine-node.js';

const api = createApi(loadEngine);

export const annotate = api.annotate;
export const ready = api.ready;
export const version = api.version;
// No DOM in Node: defineArticleAnnotator() returns null there.
export { defineArticleAnnotator } from './element.js';
export { findPageDate } from '../core/page-date.js';
