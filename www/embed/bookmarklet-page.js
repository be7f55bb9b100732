// Fills in bookmarklet.html's link with the address of the single-file
// module beside this page, wherever the site is hosted.

/** The bookmark's javascript: URL for the module at `moduleUrl`. */
export function bookmarkletHref(moduleUrl) {
  const code =
    `import(${JSON.stringify(String(moduleUrl))})` +
    `.then((m) => m.annotatePage())` +
    `.catch((e) => alert('Article Annotator could not load on this page: ' + e.message))`;
  return `javascript:void ${encodeURIComponent(code).replace(/%20/g, ' ').replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/')}`;
}

const link = typeof document !== 'undefined' && document.getElementById('bookmarklet');
if (link) link.href = bookmarkletHref(new URL('article-annotator.js', import.meta.url).href);
