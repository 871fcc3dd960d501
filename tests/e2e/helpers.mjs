// Shared helpers for the end-to-end journeys (node:test + playwright-core).
//
// The journeys run against the release build in dist/ (CADRE_DIST to change),
// served by scripts/static-server.mjs on 127.0.0.1 and a free port, in Debian's
// Chromium (CADRE_CHROMIUM, default /usr/bin/chromium). Nothing is downloaded.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '..', '..');
export const DIST = resolve(process.env.CADRE_DIST || join(ROOT, 'dist'));
export const OUT = join(here, 'out');

/** axe-core's source, to inject into a page for accessibility checks. */
export const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function requireDist() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: build it first (bash scripts/build)`);
  }
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CADRE_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Serve dist/ under `base` on 127.0.0.1 (a free port). */
export function serveDist(base = '/') {
  requireDist();
  return startServer({ dir: DIST, host: '127.0.0.1', port: 0, base });
}

/**
 * The file's browser and site: `serve` starts a server (default: dist/ at the root)
 * and Chromium is launched before the file's tests; both are closed after them.
 * Read them as `env.browser` and `env.site` inside tests.
 */
export function useBrowserAndSite(serve = () => serveDist('/')) {
  const env = { browser: null, site: null };
  before(async () => {
    env.site = await serve();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/**
 * A new page that records console errors, page errors, failed requests and
 * every URL requested. Requests that leave 127.0.0.1 are aborted and recorded.
 */
export async function watchedPage(browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const record = { errors: [], requests: [], offsite: [], failed: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') record.errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => record.errors.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => record.failed.push(`${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) record.failed.push(`${res.url()} → HTTP ${res.status()}`);
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    record.requests.push(url);
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1') {
      return route.continue();
    }
    record.offsite.push(url);
    return route.abort();
  });
  return { context, page, record };
}

export function screenshotPath(name) {
  mkdirSync(OUT, { recursive: true });
  return join(OUT, name);
}
