// Offline: after a first visit the service worker (dist/sw.js, written by scripts/csp)
// has cached the app; with the network cut — the browser offline and the server
// refusing every connection — a reload loads the app, a field takes input and a PDF
// downloads; a page address with presets still opens. A new build (new VERSION)
// replaces the cache and deletes the old one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './helpers.mjs';
import { DIST, appReady, download, recordingPage, requireBuild, serveSite } from '../e2e-browsers/support.mjs';

let browser;
let site;
let dir;
let offline = false;
before(async () => {
  requireBuild();
  // A copy of dist/, so that a "new build" can be made without touching dist/.
  dir = mkdtempSync(join(tmpdir(), 'cadre-offline-'));
  cpSync(DIST, dir, { recursive: true });
  site = await serveSite({ dir, base: '/outils/contrat/', offline: () => offline });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const version = () => readFileSync(join(dir, 'sw.js'), 'utf8').match(/const VERSION = "([0-9a-f]{16})";/)[1];

test('a first visit caches the app; offline, a reload loads it and a download works', async () => {
  const { context, page, record } = await recordingPage(browser);
  try {
    await page.goto(site.url);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20_000 });
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys[0]);
      return { keys, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
    });
    assert.deepEqual(cached.keys, [`cadre-${version()}`]);
    assert.ok(cached.urls.includes('/outils/contrat/'), 'the page is cached');
    assert.ok(!cached.urls.includes('/outils/contrat/sw.js'), 'the worker itself is not (the browser checks it for updates)');
    assert.ok(cached.urls.some((u) => u.endsWith('_bg.wasm')), 'the wasm is cached');

    offline = true;
    await context.setOffline(true);
    const before = record.requests.length;
    await page.reload();
    await appReady(page);
    assert.ok(record.requests.length > before, 'the reload did request the files (from the worker)');
    await page.fill('#provider-name', 'Hors ligne');
    const pdf = await download(page, page, '#download-preview-pdf');
    assert.equal(pdf.bytes.subarray(0, 5).toString(), '%PDF-');

    // Another address of the same page (presets in the query) opens offline too.
    await page.goto(`${site.url}?embed=1&lang=en`);
    await appReady(page);
    assert.match(await page.locator('main#cadre').getAttribute('class'), /\bembed\b/);
    assert.equal(await page.locator('main#cadre').getAttribute('lang'), 'en');
    assert.deepEqual(record.errors, [], 'no console or page error offline');
  } finally {
    offline = false;
    await context.close();
  }
});

test('a new build replaces the cache and deletes the old one', async () => {
  const { context, page } = await recordingPage(browser);
  try {
    await page.goto(site.url);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20_000 });
    const old = version();
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`cadre-${old}`]);

    // What a deploy of a new build does to sw.js: a new VERSION.
    const next = old.split('').reverse().join('');
    const sw = join(dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(old, next));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForFunction(async (want) => {
      const keys = await caches.keys();
      return keys.length === 1 && keys[0] === want;
    }, `cadre-${next}`, { timeout: 20_000, polling: 200 });
    await page.reload();
    await appReady(page);
  } finally {
    await context.close();
  }
});
