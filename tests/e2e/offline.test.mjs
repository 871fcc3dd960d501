// Offline: after a first visit the service worker (dist/sw.js, written by scripts/csp)
// has cached the app; with the network cut — the browser offline and the server
// refusing every connection — a reload loads the app, a field takes input and a PDF
// downloads; a page address with presets still opens. A new build (new VERSION)
// waits beside the old one and says so (« Une nouvelle version de Cadre est prête —
// Recharger »); its button saves the draft, then reloads into the new build, whose
// cache replaces the old one. Screenshots of that line at 1280 and 390 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, screenshotPath } from './helpers.mjs';
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

const version = () => readFileSync(join(dir, 'sw.js'), 'utf8').match(/const VERSION ?= ?"([0-9a-f]{16})";?/)[1];

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

test('a new build announces itself; its Reload saves the draft and opens the new build', async () => {
  const { context, page, record } = await recordingPage(browser);
  try {
    await page.goto(site.url);
    await appReady(page);
    await page.click('button.lang[lang="fr"]');
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20_000 });
    const old = version();
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`cadre-${old}`]);
    assert.equal(await page.locator('#new-version').count(), 0, 'no line without a new build');

    // A deploy: a byte of the page changes (a marker) and so does sw.js's VERSION.
    const next = old.split('').reverse().join('');
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace(/<meta charset="?utf-8"?>/, '$&<meta name="cadre-test-build" content="next">'));
    const sw = join(dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(old, next));
    const newBuild = () => page.evaluate(() => document.querySelector('meta[name="cadre-test-build"]') !== null);

    // The first reload still runs the old build (from the old worker's cache), and
    // says a new version is ready; it never reloads by itself.
    await page.reload();
    await appReady(page);
    assert.equal(await newBuild(), false, 'the first reload serves the cached build');
    await page.evaluate(() => { window.__cadreNotReloaded = true; });
    const line = page.locator('#new-version');
    await line.waitFor({ timeout: 20_000 });
    await page.click('button.lang[lang="fr"]');
    assert.match(await line.textContent(), /^Une nouvelle version de Cadre est prête — Recharger$/);
    await page.click('button.lang[lang="en"]');
    await page.waitForFunction(() => /A new version of Cadre is ready — Reload/.test(document.querySelector('#new-version')?.textContent ?? ''));
    await page.click('button.lang[lang="fr"]');
    await page.fill('#provider-name', 'Saisi avant la mise à jour');
    await page.screenshot({ path: screenshotPath('new-version-desktop.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath('new-version-phone.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.equal(await page.evaluate(() => window.__cadreNotReloaded), true, 'no reload until asked');
    assert.deepEqual((await page.evaluate(() => caches.keys())).sort(), [`cadre-${old}`, `cadre-${next}`].sort(), 'the new build waits beside the old one');

    // Typed just now (less than 300 ms ago), then Reload: the draft is saved first,
    // and the page comes back as the new build.
    await page.fill('#provider-name', 'Saisi juste avant de recharger');
    await Promise.all([page.waitForEvent('framenavigated'), page.click('#new-version-reload')]);
    await appReady(page);
    await page.waitForFunction(() => document.querySelector('meta[name="cadre-test-build"]') !== null, null, { timeout: 20_000 });
    assert.equal(await page.evaluate(() => window.__cadreNotReloaded), undefined);
    assert.equal(await page.inputValue('#provider-name'), 'Saisi juste avant de recharger', 'nothing typed is lost');
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`cadre-${next}`], 'the old cache is deleted');
    assert.equal(await page.locator('#new-version').count(), 0);
    assert.deepEqual(record.errors, []);
  } finally {
    await context.close();
  }
});
