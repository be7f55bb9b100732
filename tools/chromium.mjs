// Debian's headless Chromium, launched the same way by the browser tests
// (tests/browser/harness.mjs) and the Chromium benchmark
// (tools/bench/chromium-bench.mjs): a fresh profile every launch, nothing
// downloaded, no background traffic.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The browser: $CHROMIUM_PATH, else Debian's package (tools/setup.sh --browser). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Launches Chromium with a fresh profile through `chromium`, playwright-core's
 * browser type (each caller brings its own playwright-core install);
 * `options` are added to launchPersistentContext's. Resolves to
 * { context, close }, and close() also deletes the profile.
 */
export async function launchChromium(chromium, options = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run tools/setup.sh --browser`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'annotator-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
