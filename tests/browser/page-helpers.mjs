// Helpers for the page's browser tests (tests/browser/page*.test.mjs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const SAMPLE = readFileSync(new URL('../../www/sample-article.txt', import.meta.url), 'utf8');
export const KINDS = ['person', 'place', 'date', 'quote'];
export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Waits until the page shows a result for exactly `text` (or for whatever it has). */
export async function waitReady(page, text, timeout = 30000) {
  await page.waitForFunction((expected) => {
    const reader = document.getElementById('reader');
    const input = document.getElementById('input');
    return document.body.dataset.state === 'ready'
      && (expected === null ? true : input.value === expected)
      && reader.textContent === input.value;
  }, text ?? null, { timeout, polling: 100 });
}

/** Pastes `text` (and optionally `html`) into the text box as a user would: select all, paste. */
export async function paste(page, { text, html }) {
  await page.focus('#input');
  await page.evaluate(({ text, html }) => {
    const input = document.getElementById('input');
    input.select();
    const data = new DataTransfer();
    if (text !== undefined) data.setData('text/plain', text);
    if (html !== undefined) data.setData('text/html', html);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (input.dispatchEvent(event)) {
      // Not handled by the page: the browser's default, a plain-text paste.
      input.setRangeText(text, input.selectionStart, input.selectionEnd, 'end');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, { text, html });
}

/** The page's current engine result, as the JSON export gives it. */
export async function exported(page, format) {
  await page.selectOption('#export-format', format);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(path, 'utf8') };
}

/** Per kind: the legend's count and the number of highlights in the text. */
export async function countsAndHighlights(page) {
  return page.evaluate((kinds) => Object.fromEntries(kinds.map((kind) => [kind, {
    legend: Number(document.querySelector(`[data-count=${kind}]`).textContent),
    highlights: document.querySelectorAll(`#reader mark.a.${kind}[data-first]`).length,
  }])), KINDS);
}

/** Runs axe-core on the page; resolves to its violations (id, impact, targets). */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // Evaluated through the DevTools protocol: the page's Content-Security-Policy
    // rightly refuses injected <script> tags.
    await page.evaluate(readFileSync(AXE_PATH, 'utf8') + '\n;true');
  }
  const results = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}
