// The Article Annotator for browsers and Workers:
//
//   import { annotate } from './article-annotator.js';
//   const result = await annotate(text, { referenceDate: '2021-07-06' });
//
// Importing it in a page also defines <article-annotator> (see element.js),
// and the engine runs in a module Worker beside this module; in a Worker only
// the API is there, and the engine runs in that Worker.
import { createApi } from './api.js';
import { loadEngine } from './engine-web.js';
import { defineArticleAnnotator } from './element.js';

const api = createApi(loadEngine);

export const annotate = api.annotate;
export const ready = api.ready;
export const version = api.version;
export { defineArticleAnnotator };
export { findPageDate } from '../core/page-date.js';
export { annotatePage, findArticle } from './bookmarklet.js';

defineArticleAnnotator(api);
