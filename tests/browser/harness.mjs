// Shared set-up for the browser tests: a static server for dist/site and
// Debian's headless Chromium driven by playwright-core.
//
//   const env = await openBrowser();            // server + browser
//   const page = await env.newPage();          // console errors are collected
//   await page.goto(env.url);
//   ...
//   await env.close();
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/serve.mjs';
import { CHROMIUM, launchChromium as launch } from '../../tools/chromium.mjs';

export { CHROMIUM };

/** Launches Chromium with a fresh profile; resolves to { context, close }. */
export function launchChromium() {
  return launch(chromium, { viewport: { width: 1280, height: 900 } });
}

/**
 * Starts the server (options as tools/serve.mjs's startServer) and Chromium.
 * Every page from newPage() records console errors, page errors and every
 * request that leaves the server's origin.
 */
export async function openBrowser(serverOptions = {}) {
  const server = await startServer({ root: 'dist/site', ...serverOptions });
  const chrome = await launchChromium();
  const origin = new URL(server.url).origin;
  return {
    url: server.url,
    server,
    context: chrome.context,
    async newPage() {
      const page = await chrome.context.newPage();
      page.errors = [];
      page.foreignRequests = [];
      page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
      page.on('pageerror', (e) => page.errors.push(String(e)));
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          page.foreignRequests.push(url);
        }
      });
      return page;
    },
    async close() {
      await chrome.close();
      await server.close();
    },
  };
}
