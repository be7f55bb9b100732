// The JavaScript API: the single-file module and the npm package directory,
// in a page, in a module Worker and in Node (after `npm install <dir>` into
// an empty project), plus the host-page date lookup.
//
// Needs the build (tools/build.sh): dist/article-annotator.js and dist/npm/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openBrowser, launchChromium } from './harness.mjs';
import { startServer } from '../../tools/serve.mjs';
import { SAMPLE } from './embed-host.mjs';

let env;
before(async () => {
  assert.ok(existsSync('dist/npm/package.json'), 'dist/npm is missing: run tools/build.sh');
  env = await openBrowser({ root: '.' });
});
after(async () => env && (await env.close()));

const BLANK = '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>blank</title></head><body></body></html>';

/** A page on the test server's origin with nothing in it. */
async function blankPage() {
  const page = await env.newPage();
  const url = `${env.url}__blank.html`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: BLANK }));
  await page.goto(url);
  return page;
}

test('findPageDate reads the host page’s date from its metadata, most specific first', async () => {
  const page = await blankPage();
  const cases = await page.evaluate(async (base) => {
    const { findPageDate, isoDay } = await import(`${base}www/core/page-date.js`);
    const parse = (html) => new DOMParser().parseFromString(html, 'text/html');
    const date = (html, selector) => {
      const doc = parse(html);
      return findPageDate(doc, selector ? doc.querySelector(selector) : null);
    };
    return {
      openGraph: date('<meta property="article:published_time" content="2021-07-06T01:30:00+08:00"><time datetime="2020-01-01">x</time>'),
      jsonLd: date('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2020-09-22T10:00:00Z"}]}</script>'),
      brokenJsonLd: date('<script type="application/ld+json">{oops</script><time datetime="2019-03-04">4 March</time>'),
      itemprop: date('<time datetime="2018-01-01">x</time><span itemprop="datePublished" content="2017-05-06"></span>'),
      articleTimeFirst: date('<time datetime="2016-01-01">site</time><article><time datetime="2015-02-03T08:00">in the article</time></article>', 'article'),
      none: date('<p>No date here</p>'),
      invalid: date('<time datetime="2021-02-30">nope</time>'),
      isoDay: [isoDay('2021-07-06'), isoDay('2021-7-6'), isoDay(''), isoDay(null), isoDay('2020-02-29T00:00')],
    };
  }, env.url);
  assert.deepEqual(cases, {
    openGraph: '2021-07-06',
    jsonLd: '2020-09-22',
    brokenJsonLd: '2019-03-04',
    itemprop: '2017-05-06',
    articleTimeFirst: '2015-02-03',
    none: null,
    invalid: null,
    isoDay: ['2021-07-06', null, null, null, '2020-02-29'],
  });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the single-file module and the package’s browser entry work in a module Worker', async () => {
  const page = await blankPage();
  const results = await page.evaluate(async ({ base, text }) => {
    const run = (module) =>
      new Promise((resolve, reject) => {
        const source = `import { annotate, version } from '${module}';
          const result = await annotate(${JSON.stringify(text)}, { referenceDate: '2021-07-06' });
          postMessage({ version: await version(), result, hasDocument: typeof document !== 'undefined' });`;
        const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { type: 'module' });
        worker.onmessage = (e) => (worker.terminate(), resolve(e.data));
        worker.onerror = (e) => reject(new Error(e.message || 'worker error'));
      });
    return [await run(`${base}dist/article-annotator.js`), await run(`${base}dist/npm/index.js`)];
  }, { base: env.url, text: SAMPLE });
  for (const r of results) {
    assert.equal(r.hasDocument, false);
    assert.match(r.version, /^\d+\.\d+\.\d+/);
    assert.equal(r.result.version, 1);
    assert.equal(r.result.referenceDate, '2021-07-06');
    assert.ok(r.result.annotations.length > 40, `the sample is annotated (${r.result.annotations.length})`);
    for (const a of r.result.annotations) assert.equal(a.text, SAMPLE.slice(a.start, a.end));
  }
  assert.deepEqual(results[0].result, results[1].result, 'the two builds disagree');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('bad options reject with a clear message; the page keeps working', async () => {
  const page = await blankPage();
  const messages = await page.evaluate(async (base) => {
    const { annotate } = await import(`${base}dist/article-annotator.js`);
    const out = [];
    for (const options of [{ kinds: ['people-ish'] }, { referenceDate: '6 July' }, { colour: 'red' }, 'date']) {
      try {
        await annotate('Text', options);
        out.push(null);
      } catch (error) {
        out.push(String(error.message || error));
      }
    }
    const fine = await annotate('', { kinds: 'person, date' });
    return { out, fine: fine.annotations.length };
  }, env.url);
  assert.equal(messages.fine, 0);
  for (const m of messages.out) assert.ok(m && m.length > 10, `no clear error: ${m}`);
  assert.match(messages.out[2], /colour/);
  await page.close();
});

test('npm install <dist/npm> into an empty project: the API works from Node and from a browser', async () => {
  const project = mkdtempSync(join(tmpdir(), 'annotator-npm-'));
  try {
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'host-project', private: true, type: 'module' }));
    execFileSync('npm', ['install', resolve('dist/npm'), '--install-links', '--no-audit', '--no-fund', '--offline', '--loglevel=error'], {
      cwd: project,
      stdio: 'pipe',
    });
    const installed = join(project, 'node_modules/article-annotator');
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    for (const file of [pkg.types, pkg.exports['.'].node, pkg.exports['.'].default, pkg.exports['./single'].default, 'README.md', 'article_annotator_bg.wasm']) {
      assert.ok(existsSync(join(installed, file)), `the installed package lacks ${file}`);
    }
    writeFileSync(join(project, 'sample.txt'), SAMPLE);
    writeFileSync(
      join(project, 'use.mjs'),
      `import { annotate, version } from 'article-annotator';
       import * as single from 'article-annotator/single';
       import { readFileSync } from 'node:fs';
       const text = readFileSync('sample.txt', 'utf8');
       const a = await annotate(text, { referenceDate: '2021-07-06', offsets: 'utf16' });
       const b = await single.annotate(text, { referenceDate: '2021-07-06' });
       console.log(JSON.stringify({ version: await version(), a, same: JSON.stringify(a) === JSON.stringify(b) }));`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' }));
    assert.match(out.version, /^\d+\.\d+\.\d+/);
    assert.equal(out.a.version, 1);
    assert.equal(out.a.referenceDate, '2021-07-06');
    assert.ok(out.same, 'the package’s Node entry and its single file disagree');
    assert.ok(out.a.annotations.length > 40, `the sample is annotated in Node (${out.a.annotations.length})`);
    for (const a of out.a.annotations) assert.equal(a.text, SAMPLE.slice(a.start, a.end));

    // The same installed package, served as static files, in a page.
    const server = await startServer({ root: project });
    const chrome = await launchChromium();
    try {
      const page = await chrome.context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      writeFileSync(join(project, 'index.html'), BLANK);
      await page.goto(server.url);
      const inPage = await page.evaluate(async (text) => {
        const { annotate } = await import('/node_modules/article-annotator/index.js');
        const result = await annotate(text, { referenceDate: '2021-07-06' });
        return { result, element: !!customElements.get('article-annotator') };
      }, SAMPLE);
      assert.ok(inPage.element, 'importing the package in a page does not define <article-annotator>');
      assert.deepEqual(inPage.result, out.a, 'browser and Node results differ');
      assert.deepEqual(errors, []);
    } finally {
      await chrome.close();
      await server.close();
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
