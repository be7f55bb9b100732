// Finds the host page's own publication date, the reference date that
// "Monday" and "last year" are resolved against when the embedder gives none.
//
// Looked for, most specific first:
//   1. <meta property="article:published_time"> (Open Graph; WordPress, Ghost, Drupal)
//   2. JSON-LD "datePublished" (schema.org NewsArticle / BlogPosting, also in @graph)
//   3. <time itemprop="datePublished">, <time pubdate>, any [itemprop=datePublished]
//   4. the first <time datetime> inside the annotated article, then in the page
//   5. <meta name="date"> / <meta itemprop="datePublished"> / dc.date
// The date is taken as written (the publisher's local calendar day): an ISO
// time "2021-07-06T01:30:00+08:00" gives 2021-07-06, not the UTC day.

const ISO_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

/** "2021-07-06T01:30:00+08:00" → "2021-07-06"; null when it is no valid day. */
export function isoDay(value) {
  const m = ISO_DAY.exec(String(value ?? ''));
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function fromJsonLd(node, depth = 0) {
  if (!node || typeof node !== 'object' || depth > 6) return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = fromJsonLd(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const day = isoDay(node.datePublished) || isoDay(node.dateCreated);
  if (day) return day;
  return fromJsonLd(node['@graph'], depth + 1) || fromJsonLd(node.mainEntity, depth + 1);
}

function metaContent(doc, selectors) {
  for (const selector of selectors) {
    for (const meta of doc.querySelectorAll(selector)) {
      const day = isoDay(meta.getAttribute('content'));
      if (day) return day;
    }
  }
  return null;
}

function timeIn(root) {
  if (!root) return null;
  for (const time of root.querySelectorAll('time[datetime]')) {
    const day = isoDay(time.getAttribute('datetime'));
    if (day) return day;
  }
  return null;
}

/**
 * The page's publication day as "YYYY-MM-DD", or null.
 * @param {Document} doc the host document
 * @param {Element} [article] the element being annotated, searched first for <time>
 */
export function findPageDate(doc, article) {
  const og = metaContent(doc, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]']);
  if (og) return og;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const day = fromJsonLd(JSON.parse(script.textContent || ''));
      if (day) return day;
    } catch {
      // a broken JSON-LD block is the host's problem, not a reason to fail
    }
  }
  for (const el of doc.querySelectorAll('[itemprop="datePublished"], time[pubdate]')) {
    const day = isoDay(el.getAttribute('datetime') || el.getAttribute('content'));
    if (day) return day;
  }
  return (
    timeIn(article) ||
    timeIn(doc) ||
    metaContent(doc, ['meta[name="date"]', 'meta[name="DC.date"]', 'meta[name="dc.date"]', 'meta[name="pubdate"]'])
  );
}
