// "Nothing you type ever leaves your browser", proven: a canary string is typed into
// every text field of every step (choices set so that conditional fields show), the
// drafts are saved and the page reloaded, every format is exported, drafts are
// exported and imported where the page offers it — and every request the browser
// made is checked. After the first load (and the service worker's caching), the only
// requests are the reload's own files, GETs with no body; the canary is in no URL,
// header or body, and no WebSocket opens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowserAndSite } from './helpers.mjs';
import { CANARY, ROOT, appReady, browserFiles, recordingPage, serveSite } from '../e2e-browsers/support.mjs';

const env = useBrowserAndSite(() => serveSite());

/** Choices that reveal the conditional text fields of a step (clicked when present). */
const REVEAL = {
  you: ['#provider-status-company', '#provider-registry-rcs', '#provider-vat-franchise', '#provider-insurance'],
  client: ['#client-kind-consumer'],
  mission: [],
  schedule: [],
  price: ['#deposit-kind-amount', '#term-kind-days', '#penalty-kind-fixed'],
  rights: ['#ip-mode-assignment', '#confidentiality'],
  ending: ['#liability-amount'],
};

async function fillVisible(page, counter) {
  const fields = page.locator('.questions input[type="text"]:visible, .questions input[type="email"]:visible, .questions textarea:visible');
  const n = await fields.count();
  for (let i = 0; i < n; i++) {
    await fields.nth(i).fill(`${CANARY} ${counter.n++}`);
  }
  return n;
}

async function goTo(page, id) {
  const nav = page.locator(`#nav-${id}`);
  if ((await nav.count()) === 0) return false;
  await nav.click();
  await page.waitForFunction((i) => document.querySelector(`#nav-${i}`)?.getAttribute('aria-current') === 'step', id);
  return true;
}

/** Types the canary into every text field of every step, conditional branches included. */
async function fillEverything(page, counter) {
  for (const [step, reveal] of Object.entries(REVEAL)) {
    if (!(await goTo(page, step))) continue;
    for (const sel of reveal) {
      const el = page.locator(sel);
      if ((await el.count()) > 0 && (await el.isVisible())) await el.click();
    }
    await fillVisible(page, counter);
    if (step === 'client') {
      // A consumer (mediator) and a business (registration, representative) ask
      // different things: both branches, the business last for the later steps.
      await page.click('#client-kind-business');
      await fillVisible(page, counter);
    }
    if (step === 'mission') {
      const add = page.locator('.questions .list button.secondary').first();
      if (await add.count()) {
        await add.click();
        await fillVisible(page, counter);
      }
    }
  }
}

test(`the canary ${CANARY} typed everywhere never leaves the page`, { timeout: 180_000 }, async () => {
  const { context, page, record } = await recordingPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const sockets = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  const downloads = [];
  try {
    await page.goto(env.site.url);
    await appReady(page);
    // The first load ends once the service worker has cached the app.
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const loaded = record.requests.length;

    const counter = { n: 0 };
    await fillEverything(page, counter);
    assert.ok(counter.n >= 40, `the canary went into ${counter.n} fields`);
    assert.equal(record.requests.length, loaded, 'typing made no request');

    // Saved (autosave where the drafts layer has it), then reloaded.
    await page.waitForTimeout(800);
    const beforeReload = record.requests.length;
    await page.reload();
    await appReady(page);
    await page.waitForLoadState('networkidle');
    const reloadRequests = record.requests.slice(beforeReload);
    const afterReload = record.requests.length;
    const kept = (await page.inputValue('#provider-name')).includes(CANARY);
    console.log(`drafts after reload: ${kept ? 'the canary draft was restored' : 'not restored (no autosave in this build): typed again'}`);
    if (!kept) await fillEverything(page, { n: 0 });
    assert.equal(record.requests.length, afterReload, 'typing made no request');

    // Every format, from the review step.
    await goTo(page, 'review');
    const buttons = page.locator('.questions button.download:visible');
    const formats = await buttons.count();
    assert.ok(formats >= 4, 'the review offers every format');
    for (let i = 0; i < formats; i++) {
      const [dl] = await Promise.all([page.waitForEvent('download'), buttons.nth(i).click()]);
      downloads.push(readFileSync(await dl.path()));
    }
    // Drafts export and import, where the page has them.
    for (const summary of await page.locator('details:not([open]) > summary').all()) {
      if (await summary.isVisible()) await summary.click();
    }
    const exportButtons = page.locator('button:visible', { hasText: /export/i });
    for (let i = 0; i < (await exportButtons.count()); i++) {
      const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 5_000 }).catch(() => null), exportButtons.nth(i).click()]);
      if (dl) downloads.push(readFileSync(await dl.path()));
    }
    const fileInput = page.locator('input[type="file"]');
    if (await fileInput.count()) {
      const tmp = mkdtempSync(join(tmpdir(), 'cadre-privacy-'));
      const file = join(tmp, 'brouillon.json');
      const fixture = readFileSync(join(ROOT, 'tests/fixtures/drafts/v1-export-one.json'), 'utf8');
      writeFileSync(file, fixture.replaceAll('Luc Bernard', `${CANARY} importé`));
      await fileInput.first().setInputFiles(file);
      await page.waitForTimeout(800);
      rmSync(tmp, { recursive: true, force: true });
      console.log('drafts import: a file with the canary was imported');
    } else {
      console.log('drafts import: none in this build');
    }
    await page.waitForTimeout(500);
    assert.ok(downloads.some((b) => b.includes(CANARY)), 'the canary is in the exported files (it was really typed)');

    // The verdict over every request of the session.
    const origin = new URL(env.site.url).origin;
    const files = new Set(['/', ...browserFiles().map((f) => `/${f}`)]);
    for (const r of reloadRequests) {
      const u = new URL(r.url());
      if (u.protocol === 'data:' || u.protocol === 'blob:') continue;
      assert.equal(u.origin, origin, `reload request off the site: ${r.url()}`);
      assert.equal(r.method(), 'GET', `reload request ${r.url()}`);
      assert.ok(files.has(u.pathname), `reload requested ${u.pathname}, not a file of dist/`);
      assert.equal(r.postData(), null);
    }
    const later = record.requests.slice(afterReload).filter((r) => !/^(blob|data):/.test(r.url()));
    assert.deepEqual(later.map((r) => r.url()), [], 'no request after the reload (exports, imports)');
    const needles = [CANARY, encodeURIComponent(CANARY), CANARY.toLowerCase(), Buffer.from(CANARY).toString('base64')];
    for (const r of record.requests) {
      const headers = JSON.stringify(await r.allHeaders().catch(() => r.headers()));
      const body = r.postDataBuffer()?.toString('latin1') ?? '';
      for (const needle of needles) {
        for (const [where, text] of [['URL', r.url()], ['headers', headers], ['body', body]]) {
          assert.ok(!text.includes(needle), `the canary is in the ${where} of ${r.method()} ${r.url().slice(0, 120)}`);
        }
      }
    }
    assert.deepEqual(sockets, [], 'no WebSocket');
    console.log(`privacy: ${counter.n} fields, ${downloads.length} files exported, ${record.requests.length} requests checked, ${later.length} after load`);
  } finally {
    await context.close();
  }
});
