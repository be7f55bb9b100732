// Checks the Article Annotator plugin in the WordPress that run.sh started:
// for each test post, Chromium opens it and the post shows highlights that
// match the engine's result, with dates resolved against the post's date.
//   WP_URL=http://127.0.0.1:8765/ WP_POSTS='{"setting":{"id":5,"date":"2021-07-06"},…}' node --test check.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../browser/harness.mjs';

const base = process.env.WP_URL;
const posts = JSON.parse(process.env.WP_POSTS || '{}');
const KINDS = ['person', 'place', 'date', 'quote'];

let chrome;
before(async () => {
  assert.ok(base, 'WP_URL is not set: run tests/wordpress/run.sh');
  chrome = await launchChromium();
  // The checks read the <mark>s: the widget's fallback where the CSS Custom
  // Highlight API is missing (tests/browser/embed-guest.test.mjs covers the API).
  await chrome.context.addInitScript(() => Object.defineProperty(CSS, 'highlights', { value: undefined }));
});
after(async () => chrome && (await chrome.close()));

async function openPost(id) {
  const page = await chrome.context.newPage();
  page.errors = [];
  page.foreignRequests = [];
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('response', (r) => r.status() >= 400 && page.errors.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(new URL(base).origin) && !r.url().startsWith('data:')) page.foreignRequests.push(r.url());
  });
  await page.goto(`${base}?p=${id}`);
  await page.waitForFunction(() => {
    const el = document.querySelector('article-annotator');
    return el && el.result;
  }, null, { timeout: 20000 });
  return page;
}

async function checkPost(key) {
  const { id, date } = posts[key];
  const page = await openPost(id);
  const state = await page.evaluate(() => {
    const el = document.querySelector('article-annotator');
    const target = el.target;
    return {
      referenceDateAttribute: el.getAttribute('reference-date'),
      result: el.result,
      between: el.getAttribute('between'),
      targetIsContent: !!target && target.matches('.entry-content'),
      moduleScript: !!document.querySelector('script[type="module"][src*="article-annotator/assets/article-annotator.js"]'),
      marks: el.result.annotations.map((a, i) =>
        [...target.querySelectorAll(`mark[data-aa-index="${i}"]`)]
          .filter((m) => !m.parentElement.closest(`mark[data-aa-index="${i}"]`))
          .map((m) => m.textContent)
          .join('')
          .replace(/\s+/g, ' '),
      ),
      kindsShown: [...new Set([...target.querySelectorAll('mark')].map((m) => m.dataset.aaKind))],
      toolbar: !!el.shadowRoot.querySelector('button[aria-pressed="true"]'),
      linkHref: target.querySelector('a[href="#spokesman"]') && target.querySelector('a[href="#spokesman"]').getAttribute('href'),
      html: target.innerHTML,
    };
  });
  assert.ok(state.moduleScript, 'the plugin’s module script is not on the page');
  assert.equal(state.between, `post-${id}`);
  assert.ok(state.targetIsContent, 'the annotated element is not the theme’s post content');
  assert.equal(state.referenceDateAttribute, date, 'the reference date is not the post’s date');
  assert.equal(state.result.referenceDate, date);
  assert.equal(state.result.referenceDateSource, 'given');
  assert.ok(state.toolbar, 'the toolbar’s toggle is not shown pressed');
  assert.equal(state.linkHref, '#spokesman', 'the link in the post was lost');
  state.result.annotations.forEach((a, i) => assert.equal(state.marks[i], a.text.replace(/\s+/g, ' '), `${a.kind} ${a.text}`));
  // Every kind is highlighted: the sample article has people, places, dates and quotes.
  const found = KINDS.filter((k) => state.result.annotations.some((a) => a.kind === k));
  assert.deepEqual(found, KINDS, 'a kind is missing from the post’s result');
  assert.deepEqual(state.kindsShown.sort(), [...KINDS].sort(), 'a kind is not highlighted on the page');
  // Dates resolved against the post's date: "December last year" is December
  // of the year before the post; "the 5th of July Monday" in a post of
  // 6 July 2021 is the day before.
  const year = Number(date.slice(0, 4));
  const december = state.result.annotations.find((a) => a.kind === 'date' && /December last year/.test(a.text));
  assert.ok(december, '“December last year” is not found as a date');
  assert.equal(december.date.value, `${year - 1}-12`);
  const july = state.result.annotations.find((a) => a.kind === 'date' && /5th of July/.test(a.text));
  if (date === '2021-07-06') assert.equal(july && july.date.value, '2021-07-05');

  await page.locator('.entry-content p').nth(2).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/wordpress-test-${key}.png`, fullPage: false }).catch(() => {});

  // Toggling off restores the post exactly.
  await page.locator('article-annotator button').click();
  const restored = await page.evaluate(async () => {
    const el = document.querySelector('article-annotator');
    // The post as the server sent it, parsed the same way.
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    return {
      marks: el.target.querySelectorAll('mark').length,
      exact: served.querySelector('.entry-content').innerHTML === el.target.innerHTML,
    };
  });
  assert.deepEqual(restored, { marks: 0, exact: true });
  assert.deepEqual(page.errors, [], 'console errors');
  assert.deepEqual(page.foreignRequests, [], 'requests left the machine');
  await page.close();
}

test('single post annotated in place by the setting', async () => {
  await checkPost('setting');
});

test('post with the [article_annotator] shortcode', async () => {
  await checkPost('shortcode');
});

test('post with the Article Annotator block', async () => {
  await checkPost('block');
});

/**
 * Logs in as the admin in a browser of its own, so the posts opened by the
 * other tests stay those of a visitor (no admin bar, no avatars from afar).
 */
async function login() {
  const admin = await launchChromium();
  const page = await admin.context.newPage();
  await page.goto(`${base}wp-login.php`);
  await page.fill('#user_login', 'admin');
  await page.fill('#user_pass', 'annotator-test-admin');
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  page.closeBrowser = () => admin.close();
  return page;
}

test('admin: the settings page shows the in-place setting on, the block editor offers the block', async () => {
  const page = await login();
  await page.goto(`${base}wp-admin/options-general.php?page=article-annotator`);
  assert.equal(await page.locator('h1').first().textContent(), 'Article Annotator');
  assert.ok(await page.locator('input[name="article_annotator_in_place"]').isChecked());
  await page.goto(`${base}wp-admin/post-new.php`);
  const block = await page.waitForFunction(
    () => window.wp && wp.blocks && wp.blocks.getBlockType('article-annotator/annotator'),
    null,
    { timeout: 30000 },
  );
  const info = await block.evaluate((type) => ({ title: type.title, mode: type.attributes.mode.default }));
  assert.deepEqual(info, { title: 'Article Annotator', mode: 'in-place' });
  await page.closeBrowser();
});

test('the shortcode’s kinds and theme attributes reach the element', async () => {
  const { id } = posts.attrs;
  const page = await openPost(id);
  const state = await page.evaluate(() => {
    const el = document.querySelector('article-annotator');
    return {
      count: document.querySelectorAll('article-annotator').length,
      kinds: el.getAttribute('kinds'),
      theme: el.getAttribute('theme'),
      between: el.getAttribute('between'),
      found: [...new Set(el.result.annotations.map((a) => a.kind))].sort(),
      shown: [...new Set([...el.target.querySelectorAll('mark')].map((m) => m.dataset.aaKind))].sort(),
      legend: [...el.shadowRoot.querySelectorAll('.legend li')].map((li) => li.dataset.kind),
    };
  });
  assert.equal(state.count, 1, 'one annotator: the shortcode’s, not the setting’s too');
  assert.equal(state.kinds, 'person date', '“People, dates” is sanitized to the element’s kinds');
  assert.equal(state.theme, 'dark');
  assert.equal(state.between, `post-${id}`, 'mode defaults to in place');
  assert.deepEqual(state.found, ['date', 'person'], 'the engine was asked for people and dates only');
  assert.deepEqual(state.shown, ['date', 'person']);
  assert.deepEqual(state.legend, ['person', 'date']);
  assert.deepEqual(page.errors, [], 'console errors');
  await page.close();
});

test('mode="editor": a paste box with the shortcode’s text, its theme, and only known kinds', async () => {
  const { id } = posts.editor;
  const page = await openPost(id);
  const editor = page.locator('article-annotator:not([between])');
  assert.equal(await editor.count(), 1, 'the editor-mode element is on the page');
  await page.waitForFunction(() => document.querySelector('article-annotator:not([between])').result);
  const state = await editor.evaluate((el) => ({
    text: el.shadowRoot.querySelector('.output').textContent,
    kinds: el.getAttribute('kinds'),
    theme: el.getAttribute('theme'),
    found: [...new Set(el.result.annotations.map((a) => a.kind))],
    marksInPost: document.querySelectorAll('.entry-content mark[data-aa-kind="quote"]').length > 0,
    background: getComputedStyle(el.shadowRoot.querySelector('.box')).backgroundColor,
  }));
  assert.equal(state.text, 'Wang Wenbin said on Monday: “We are fine.”', 'the shortcode’s content is the text');
  assert.equal(state.kinds, 'quote', 'an unknown kind is dropped, a known one kept');
  assert.equal(state.theme, 'light');
  assert.deepEqual(state.found, ['quote']);
  assert.notEqual(state.background, 'rgb(29, 34, 41)', 'theme="light" is not the dark theme');
  assert.deepEqual(page.errors, [], 'console errors');
  await page.close();
});

async function saveKinds(page, value) {
  await page.goto(`${base}wp-admin/options-general.php?page=article-annotator`);
  await page.fill('input[name="article_annotator_kinds"]', value);
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  return page.inputValue('input[name="article_annotator_kinds"]');
}

test('the kinds setting: saved sanitized, and every post annotated in place shows only those kinds', async () => {
  const admin = await login();
  try {
    assert.equal(await saveKinds(admin, 'Quotes, places, unicorns'), 'quote place', 'the setting is saved sanitized');
    const page = await openPost(posts.setting.id);
    const state = await page.evaluate(() => {
      const el = document.querySelector('article-annotator');
      return {
        kinds: el.getAttribute('kinds'),
        found: [...new Set(el.result.annotations.map((a) => a.kind))].sort(),
        shown: [...new Set([...el.target.querySelectorAll('mark')].map((m) => m.dataset.aaKind))].sort(),
      };
    });
    assert.deepEqual(state, { kinds: 'quote place', found: ['place', 'quote'], shown: ['place', 'quote'] });
    await page.close();
    // A shortcode's own kinds win over the setting.
    const own = await openPost(posts.attrs.id);
    assert.equal(await own.evaluate(() => document.querySelector('article-annotator').getAttribute('kinds')), 'person date');
    await own.close();
  } finally {
    assert.equal(await saveKinds(admin, ''), '', 'the setting is cleared again');
    await admin.closeBrowser();
  }
});
