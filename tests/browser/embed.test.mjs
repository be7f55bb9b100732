// <article-annotator> on a hostile host page: the widget renders as designed,
// the host's styles and layout do not move, in-place highlights cross inline
// markup without breaking links or handlers, toggling off restores the
// article's innerHTML byte for byte, and nothing is logged as an error.
//
// Needs the build (tools/build.sh): dist/article-annotator.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { openBrowser } from './harness.mjs';
import { SAMPLE, hostPage, serveHtml, hostSnapshot, articleHtml } from './embed-host.mjs';

let env;
before(async () => {
  assert.ok(existsSync('dist/article-annotator.js'), 'dist/article-annotator.js is missing: run tools/build.sh');
  env = await openBrowser({ root: '.' });
  // These tests read the <mark>s: the fallback where the CSS Custom Highlight
  // API is missing (embed-highlights.test.mjs tests the API's own path).
  await env.context.addInitScript(() => Object.defineProperty(CSS, 'highlights', { value: undefined }));
});
after(async () => env && (await env.close()));

const SINGLE = () => `${env.url}dist/article-annotator.js`;

/** Opens a host page whose <article-annotator for="#post-body"> has not loaded yet. */
async function openHost(widget, head = '') {
  const page = await env.newPage();
  const url = `${env.url}__host/${Math.random().toString(36).slice(2)}.html`;
  await serveHtml(page, url, hostPage({ widget, head }));
  await page.goto(url);
  await page.evaluate(() => {
    // Tag every link and give it a click handler, to check both survive.
    window.linkClicks = 0;
    for (const a of document.querySelectorAll('#post-body a')) {
      a.dataset.marker = 'original';
      a.originalObject = true;
      a.addEventListener('click', (event) => {
        event.preventDefault();
        window.linkClicks++;
      });
    }
    window.originalHtml = document.getElementById('post-body').innerHTML;
  });
  return page;
}

/** Loads a module script and waits for the first "annotated" event. */
async function loadAndWait(page, src) {
  await page.evaluate(
    (src) =>
      new Promise((resolve, reject) => {
        document.addEventListener('annotated', () => resolve(), { once: true });
        document.addEventListener('annotator-error', (e) => reject(new Error(String(e.detail))), { once: true });
        const script = document.createElement('script');
        script.type = 'module';
        script.src = src;
        script.onerror = () => reject(new Error(`could not load ${src}`));
        document.head.append(script);
      }),
    src,
  );
}

/** For each annotation: the text of its marks, whitespace collapsed as rendered. */
async function markTexts(page, root = '#post-body') {
  return page.evaluate((root) => {
    const el = document.querySelector('article-annotator');
    const container = document.querySelector(root);
    return el.result.annotations.map((a, i) => ({
      kind: a.kind,
      expected: a.text.replace(/\s+/g, ' '),
      marked: [...container.querySelectorAll(`mark[data-aa-index="${i}"]`)]
        .filter((m) => !m.parentElement.closest(`mark[data-aa-index="${i}"]`))
        .map((m) => m.textContent)
        .join('')
        .replace(/\s+/g, ' '),
    }));
  }, root);
}

test('in place on a hostile page: highlights match the result, host styles unchanged, links work, toggle restores exactly', async () => {
  const page = await openHost('<article-annotator for="#post-body" reference-date="2021-07-06"></article-annotator>');
  const before = await hostSnapshot(page);
  await loadAndWait(page, SINGLE());

  // Every annotation is highlighted, with exactly its text.
  const marks = await markTexts(page);
  assert.deepEqual([...new Set(marks.map((m) => m.kind))].sort(), ['date', 'person', 'place', 'quote'], 'the sample has every kind');
  for (const m of marks) assert.equal(m.marked, m.expected, `${m.kind} “${m.expected}” is highlighted as “${m.marked}”`);
  const result = await page.evaluate(() => document.querySelector('article-annotator').result);
  assert.equal(result.referenceDate, '2021-07-06');

  // The host's own elements keep their computed styles and sizes.
  const afterAnnotation = await hostSnapshot(page);
  assert.deepEqual(afterAnnotation, before, 'the host page’s styles or layout changed');

  // Marks keep the host's font: the hostile `mark {…}` rule does not reach them.
  const markStyles = await page.evaluate(() =>
    [...document.querySelectorAll('#post-body mark')].slice(0, 20).map((m) => {
      const s = getComputedStyle(m);
      const p = getComputedStyle(m.closest('p'));
      return { display: s.display, padding: s.paddingTop, border: s.borderTopWidth, sameFont: s.fontSize === p.fontSize && s.fontFamily === p.fontFamily };
    }),
  );
  assert.equal(markStyles.length, 20, 'there are marks to check');
  for (const s of markStyles) assert.deepEqual(s, { display: 'inline', padding: '0px', border: '0px', sameFont: true });

  // Links: the same element objects, the same hrefs, their handlers still fire,
  // also when the click lands on a highlight inside the link.
  const links = await page.evaluate(() => {
    const all = [...document.querySelectorAll('#post-body a')];
    for (const a of all) a.querySelector('mark') ? a.querySelector('mark').click() : a.click();
    return { count: all.length, original: all.every((a) => a.originalObject === true), clicks: window.linkClicks };
  });
  assert.ok(links.count >= 4);
  assert.ok(links.original, 'a link element was replaced');
  assert.equal(links.clicks, links.count, 'a link’s click handler no longer fires');
  assert.deepEqual(await page.evaluate(() => location.hash), '');

  // The widget's toolbar renders with its own styles despite the host's rules.
  const widget = await page.evaluate(() => {
    const host = document.querySelector('article-annotator');
    const button = host.shadowRoot.querySelector('button');
    const s = getComputedStyle(button);
    const r = button.getBoundingClientRect();
    const hostStyle = getComputedStyle(host);
    return {
      buttonVisible: r.width > 40 && r.height >= 28,
      buttonFont: s.fontSize,
      pressed: button.getAttribute('aria-pressed'),
      hostFont: hostStyle.fontSize,
      hostColor: hostStyle.color,
      legend: [...host.shadowRoot.querySelectorAll('.legend li')].map((li) => li.textContent),
      status: host.shadowRoot.querySelector('.status').textContent,
    };
  });
  assert.ok(widget.buttonVisible, 'the toggle button is hidden or squashed');
  assert.equal(widget.buttonFont, '14px');
  assert.equal(widget.hostFont, '15px');
  assert.notEqual(widget.hostColor, 'rgb(255, 0, 255)');
  assert.equal(widget.pressed, 'true');
  const count = (kind) => result.annotations.filter((a) => a.kind === kind).length;
  assert.deepEqual(widget.legend, [
    `${count('person')} ${count('person') === 1 ? 'person' : 'people'}`,
    `${count('place')} ${count('place') === 1 ? 'place' : 'places'}`,
    `${count('date')} ${count('date') === 1 ? 'date' : 'dates'}`,
    `${count('quote')} ${count('quote') === 1 ? 'quote' : 'quotes'}`,
  ]);
  assert.match(widget.status, /2021-07-06/);

  // Off: the article's HTML is byte for byte the original, links are still the originals.
  await page.locator('article-annotator button').click();
  const off = await page.evaluate(() => ({
    same: document.getElementById('post-body').innerHTML === window.originalHtml,
    marks: document.querySelectorAll('#post-body mark').length,
    original: [...document.querySelectorAll('#post-body a')].every((a) => a.originalObject === true),
    pressed: document.querySelector('article-annotator').shadowRoot.querySelector('button').getAttribute('aria-pressed'),
  }));
  assert.deepEqual(off, { same: true, marks: 0, original: true, pressed: 'false' });
  assert.deepEqual(await hostSnapshot(page), before);

  // On again, then off again: still exact.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('annotated', resolve, { once: true });
        document.querySelector('article-annotator').shadowRoot.querySelector('button').click();
      }),
  );
  assert.deepEqual(await markTexts(page), marks);
  await page.locator('article-annotator button').click();
  assert.ok(await page.evaluate(() => document.getElementById('post-body').innerHTML === window.originalHtml));

  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.foreignRequests, []);
  await page.close();
});

test('the seed article shows highlighted people, places, dates and quotes, each with a reader-facing title', async () => {
  const page = await openHost('<article-annotator for="#post-body" reference-date="2021-07-06"></article-annotator>');
  await loadAndWait(page, SINGLE());
  const summary = await page.evaluate(() => {
    const kinds = {};
    for (const m of document.querySelectorAll('#post-body mark')) {
      kinds[m.dataset.aaKind] ??= [];
      kinds[m.dataset.aaKind].push({ text: m.textContent, title: m.title, value: m.dataset.aaValue || null });
    }
    return kinds;
  });
  assert.deepEqual(Object.keys(summary).sort(), ['date', 'person', 'place', 'quote']);
  for (const [kind, list] of Object.entries(summary)) {
    for (const m of list) assert.ok(m.title.length > 3, `${kind} mark “${m.text}” has no title`);
  }
  // “the 5th of July Monday” in an article of 6 July 2021 is 2021-07-05.
  const july = summary.date.find((m) => /July/.test(m.text));
  assert.ok(july, `“5th of July Monday” is highlighted as a date: ${summary.date.map((m) => m.text)}`);
  assert.equal(july.value, '2021-07-05');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('in-place marks nest and cross inline markup (stub engine with known answers)', async () => {
  // A stub engine makes this test independent of the extractors' progress:
  // it finds fixed strings, so what must be marked is known here.
  const page = await openHost('<stub-annotator for="#post-body" reference-date="2021-07-06"></stub-annotator>');
  await page.evaluate(async (base) => {
    const { defineArticleAnnotator } = await import(`${base}www/embed/element.js`);
    const patterns = {
      person: /Wang Wenbin|Wenbin|Zhang Jun/g,
      place: /United States|U\.S\.|Washington|Beijing/g,
      date: /5th of July Monday|22nd of September, 2020/g,
      quote: /“[^”\n]*”/g,
    };
    const annotate = async (text) => {
      const annotations = [];
      for (const [kind, re] of Object.entries(patterns)) {
        for (const m of text.matchAll(re)) {
          annotations.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0], confidence: 1, reason: 'stub' });
        }
      }
      annotations.sort((a, b) => a.start - b.start || b.end - a.end);
      return { version: 1, referenceDate: '2021-07-06', referenceDateSource: 'given', annotations, entities: [] };
    };
    window.stubText = null;
    await new Promise((resolve) => {
      document.addEventListener('annotated', resolve, { once: true });
      defineArticleAnnotator({ annotate: (text, o) => ((window.stubText = text), annotate(text, o)) }, 'stub-annotator');
    });
  }, env.url);

  // The engine saw the article as a reader does: one paragraph per line, no
  // source indentation, spaces between words.
  const text = await page.evaluate(() => window.stubText);
  const firstParagraphs = SAMPLE.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).slice(0, 14);
  assert.equal(text, firstParagraphs.join('\n\n'));

  const marks = await page.evaluate(() => {
    const el = document.querySelector('stub-annotator');
    return el.result.annotations.map((a, i) => ({
      kind: a.kind,
      expected: a.text,
      pieces: document.querySelectorAll(`#post-body mark[data-aa-index="${i}"]`).length,
      marked: [...document.querySelectorAll(`#post-body mark[data-aa-index="${i}"]`)].map((m) => m.textContent).join(''),
    }));
  });
  assert.ok(marks.length > 20);
  for (const m of marks) assert.equal(m.marked.replace(/\s+/g, ' '), m.expected, m.kind);
  // A name split over <strong> and plain text, a quote crossing <a> and <em>: several marks.
  const split = marks.filter((m) => m.pieces > 1).map((m) => m.expected);
  assert.ok(split.includes('United States'), 'a range across <strong> is not split into marks');
  assert.ok(split.some((q) => q.startsWith('“the top threat')), 'a quote across a link is not split into marks');
  // Nesting: a place inside a quote is a mark inside the quote's mark.
  assert.ok(await page.evaluate(() => !!document.querySelector('#post-body mark[data-aa-kind="quote"] mark[data-aa-kind="place"]')));

  await page.evaluate(() => document.querySelector('stub-annotator').toggle());
  assert.ok(await page.evaluate(() => document.getElementById('post-body').innerHTML === window.originalHtml));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('without reference-date the page’s own date is used (article:published_time)', async () => {
  const head = '<meta property="article:published_time" content="2021-07-06T01:30:00+08:00">';
  const page = await openHost('<article-annotator for="#post-body"></article-annotator>', head);
  await loadAndWait(page, SINGLE());
  const result = await page.evaluate(() => document.querySelector('article-annotator').result);
  assert.equal(result.referenceDate, '2021-07-06');
  const status = await page.evaluate(() => document.querySelector('article-annotator').shadowRoot.querySelector('.status').textContent);
  assert.match(status, /2021-07-06 \(page date\)/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('editor mode: paste, annotate, results in the shadow DOM; kinds filters', async () => {
  const page = await env.newPage();
  const url = `${env.url}__host/editor.html`;
  await serveHtml(page, url, hostPage({ widget: '<article-annotator id="ed" kinds="person date" theme="dark" reference-date="2021-07-06"></article-annotator>', article: '' }));
  await page.goto(url);
  await page.addScriptTag({ type: 'module', url: SINGLE() });
  await page.waitForFunction(() => customElements.get('article-annotator'));
  const textarea = page.locator('#ed textarea');
  assert.ok(await textarea.isVisible(), 'the paste box is hidden by the host’s CSS');
  await textarea.fill(SAMPLE);
  const done = page.evaluate(() => new Promise((resolve) => document.addEventListener('annotated', resolve, { once: true })));
  await page.locator('#ed button', { hasText: 'Annotate' }).click();
  await done;
  const out = await page.evaluate(() => {
    const el = document.getElementById('ed');
    const output = el.shadowRoot.querySelector('.output');
    return {
      text: output.textContent,
      kinds: [...new Set(el.result.annotations.map((a) => a.kind))],
      marks: el.result.annotations.map((a, i) =>
        [...output.querySelectorAll(`mark[data-aa-index="${i}"]`)].map((m) => m.textContent).join('') === a.text,
      ),
      legend: [...el.shadowRoot.querySelectorAll('.legend li')].map((li) => li.dataset.kind),
      background: getComputedStyle(el.shadowRoot.querySelector('.box')).backgroundColor,
    };
  });
  assert.equal(out.text, SAMPLE, 'the output does not show the pasted text exactly');
  assert.deepEqual(out.kinds.sort(), ['date', 'person'], `kinds="person date" gives people and dates only, not ${out.kinds}`);
  assert.ok(out.marks.length > 10, `the sample's people and dates are marked (${out.marks.length})`);
  assert.ok(out.marks.every(Boolean), 'every mark shows exactly its annotation’s text');
  assert.deepEqual(out.legend, ['person', 'date']);
  assert.equal(out.background, 'rgb(29, 34, 41)', 'theme="dark" is not applied');
  // Pasted text that looks like HTML stays text.
  await textarea.fill('<img src=x onerror="window.pwned=1"> Wang Wenbin said “hello.”');
  await page.locator('#ed button', { hasText: 'Annotate' }).click();
  await page.waitForFunction(() => document.getElementById('ed').shadowRoot.querySelector('.output').textContent.startsWith('<img'));
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.evaluate(() => document.getElementById('ed').shadowRoot.querySelectorAll('img').length), 0);
  await page.screenshot({ path: '/tmp/embed-editor.png' }).catch(() => {});
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the site build serves the widget: embed/article-annotator.js works with its worker and .wasm beside it', async () => {
  const page = await env.newPage();
  const url = `${env.url}dist/site/embed/__host.html`;
  await serveHtml(
    page,
    url,
    hostPage({
      widget: '<article-annotator for="#post-body" reference-date="2021-07-06"></article-annotator>',
      article: articleHtml(),
    }),
  );
  await page.goto(url);
  await loadAndWait(page, `${env.url}dist/site/embed/article-annotator.js`);
  const ok = await page.evaluate(() => document.querySelector('article-annotator').result.version === 1);
  assert.ok(ok);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the bookmarklet annotates the article of a page in place (module from another origin) and toggles off exactly', { timeout: 180000 }, async () => {
  // bookmarklet.html builds the link from where the site is hosted.
  const site = await env.newPage();
  await site.goto(`${env.url}dist/site/embed/bookmarklet.html`);
  const href = await site.locator('#bookmarklet').getAttribute('href');
  assert.match(href, /^javascript:/);
  const moduleUrl = /import\("([^"]+)"\)/.exec(decodeURIComponent(href))[1];
  assert.equal(moduleUrl, `${env.url}dist/site/embed/article-annotator.js`);
  assert.equal((await site.request.get(moduleUrl)).status(), 200);
  assert.deepEqual(site.errors, []);
  await site.close();

  // A news page on one origin, the annotator served from another with CORS.
  const { bookmarkletHref } = await import('../../www/embed/bookmarklet-page.js');
  const page = await openHost('');
  const foreignModule = 'http://annotator.localhost:9/embed/article-annotator.js';
  await env.context.route('http://annotator.localhost:9/embed/*', async (route) =>
    route.fulfill({
      status: 200,
      contentType: route.request().url().endsWith('.wasm') ? 'application/wasm' : 'text/javascript',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: readFileSync(`dist/${new URL(route.request().url()).pathname.split('/').pop()}`),
    }),
  );
  const bookmark = decodeURIComponent(bookmarkletHref(foreignModule).slice('javascript:'.length));
  // No deadline of its own: on a loaded machine loading the module and
  // annotating may take a while; a failure to load fires annotator-error or
  // the script's error, and the test's timeout is the backstop.
  const run = () =>
    page.evaluate(
      (code) =>
        new Promise((resolve) => {
          document.addEventListener('annotated', () => resolve('annotated'), { once: true });
          document.addEventListener('annotator-error', (e) => resolve(`annotator-error: ${e.detail}`), { once: true });
          window.addEventListener('error', (e) => resolve(`error: ${e.message}`), { once: true });
          window.addEventListener('unhandledrejection', (e) => resolve(`rejected: ${e.reason}`), { once: true });
          // eslint-disable-next-line no-eval
          (0, eval)(code);
        }),
      bookmark,
    );
  assert.equal(await run(), 'annotated');
  const state = await page.evaluate(() => {
    const el = document.querySelector('article-annotator[data-bookmarklet]');
    const box = el.getBoundingClientRect();
    return {
      target: el.target && el.target.id,
      fixed: getComputedStyle(el).position,
      visible: box.width > 100 && box.height > 20 && box.bottom <= innerHeight,
      pressed: el.shadowRoot.querySelector('button').getAttribute('aria-pressed'),
    };
  });
  assert.deepEqual(state, { target: 'post-body', fixed: 'fixed', visible: true, pressed: 'true' });
  // The second click switches the highlights off: the article is as it was.
  await page.evaluate((code) => (0, eval)(code), bookmark);
  await page.waitForFunction(() => document.querySelector('article-annotator[data-bookmarklet]').active === false);
  assert.ok(await page.evaluate(() => document.getElementById('post-body').innerHTML === window.originalHtml));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('between="NAME" annotates only what lies between the comment markers (a CMS without a wrapper)', async () => {
  const page = await env.newPage();
  const url = `${env.url}__host/between.html`;
  const inner = articleHtml();
  const article = `<p id="before">Wang Wenbin said on Monday that Beijing is “fine.”</p>\n<!-- article-annotator:post-7 -->\n${inner}\n<!-- /article-annotator:post-7 -->\n<p id="after">Zhang Jun visited Paris on Friday.</p>`;
  await serveHtml(page, url, hostPage({ widget: '<article-annotator between="post-7" reference-date="2021-07-06"></article-annotator>', article }));
  await page.goto(url);
  const original = await page.evaluate(() => document.getElementById('post-body').innerHTML);
  await loadAndWait(page, SINGLE());
  const state = await page.evaluate(() => {
    const el = document.querySelector('article-annotator');
    return {
      target: el.target && el.target.id,
      outside: document.querySelectorAll('#before mark, #after mark').length,
      inside: document.querySelectorAll('#post-body mark').length,
      annotations: el.result.annotations.length,
    };
  });
  assert.equal(state.target, 'post-body');
  assert.equal(state.outside, 0, 'text outside the markers was highlighted');
  assert.ok(state.inside >= state.annotations && state.annotations > 0);
  assert.deepEqual(await markTexts(page).then((m) => m.filter((x) => x.marked !== x.expected)), []);
  await page.locator('article-annotator button').click();
  assert.equal(await page.evaluate(() => document.getElementById('post-body').innerHTML), original);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the widget passes axe-core’s accessibility rules (toolbar and editor, light and dark)', async () => {
  const page = await env.newPage();
  const url = `${env.url}__host/axe.html`;
  const widgets =
    '<article-annotator for="#post-body" reference-date="2021-07-06"></article-annotator>' +
    '<article-annotator id="editor-light" theme="light">Wang Wenbin said on Monday: “We are fine.”</article-annotator>' +
    '<article-annotator id="editor-dark" theme="dark">Wang Wenbin said on Monday: “We are fine.”</article-annotator>';
  await serveHtml(page, url, hostPage({ widget: widgets }));
  await page.goto(url);
  await page.evaluate(
    (src) =>
      new Promise((resolve) => {
        let seen = 0;
        document.addEventListener('annotated', () => ++seen === 3 && resolve());
        const script = document.createElement('script');
        script.type = 'module';
        script.src = src;
        document.head.append(script);
      }),
    SINGLE(),
  );
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await page.evaluate(async () => {
    const found = [];
    for (const el of document.querySelectorAll('article-annotator')) {
      const result = await window.axe.run(el, { resultTypes: ['violations'] });
      for (const v of result.violations) found.push(`${el.id || 'toolbar'}: ${v.id} (${v.nodes.length})`);
    }
    return found;
  });
  assert.deepEqual(violations, []);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('in place with emoji, accents, no-break spaces and curly quotes: marks cover exactly the annotated text', async () => {
  const page = await env.newPage();
  const url = `${env.url}__host/unicode.html`;
  const article = [
    '<p>😀 BEIJING — On Monday, <a href="#w">Wang&nbsp;Wenbin</a> told reporters in Zürich: “Ça va très bien, 👍 merci.”</p>',
    '<p>🎉 Later, <em>Zhang Jun</em> said he would visit Paris on 22&nbsp;September&nbsp;2021.</p>',
  ].join('\n');
  await serveHtml(page, url, hostPage({ widget: '<article-annotator for="#post-body" reference-date="2021-07-06"></article-annotator>', article }));
  await page.goto(url);
  const original = await page.evaluate(() => document.getElementById('post-body').innerHTML);
  await loadAndWait(page, SINGLE());
  const marks = await markTexts(page);
  const kinds = new Set(marks.map((m) => m.kind));
  for (const kind of ['person', 'date', 'quote']) assert.ok(kinds.has(kind), `no ${kind} found`);
  for (const m of marks) assert.equal(m.marked, m.expected, `${m.kind} “${m.expected}”`);
  await page.locator('article-annotator button').click();
  assert.equal(await page.evaluate(() => document.getElementById('post-body').innerHTML), original);
  assert.deepEqual(page.errors, []);
  await page.close();
});
