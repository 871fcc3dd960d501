// The Content-Security-Policy the build writes (scripts/csp), proven in Chromium:
// the files carry the right hashes, the app runs under exactly that policy sent as an
// HTTP header (dist/_headers) with no violation and no console error — through the
// steps, a download, the embed panel — and it still runs inside a sandboxed iframe of
// a blog on another origin, in embed mode (screenshots at desktop and phone widths).
// Violations are seen two ways: the page's `securitypolicyviolation` events, and the
// reports the browser POSTs to the test server (a `report-uri` added to the served
// header), which cover a page from its first byte; a page that violates the policy at
// load proves the reports arrive. Firefox and WebKit: tests/e2e-browsers/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowserAndSite } from './helpers.mjs';
import {
  OUT, appReady, download, readDist, recordingPage, reportsSoFar, serveBlog, servedPolicy, serveSite, serveViolatingSite,
  waitForReport,
} from '../e2e-browsers/support.mjs';

const sha256 = (s) => createHash('sha256').update(s).digest('base64');
/** What the sentinel violation itself leaves (an event, a console line), left out. */
const notSentinel = (x) => !JSON.stringify(x).includes('csp-sentinel');
/** The app's frame in a blog page. */
const appFrame = (page) => page.frames().find((f) => f.url().startsWith(env.site.url));

const env = useBrowserAndSite(() => serveSite());
before(() => mkdirSync(OUT, { recursive: true }));

function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].filter((m) => !/\bsrc\s*=/.test(m[1])).map((m) => m[2]);
}

test('the build writes the policy with the hash of every inline script', () => {
  const html = readDist('index.html');
  const header = readDist('csp.txt').trim();
  const scripts = inlineScripts(html);
  assert.ok(scripts.length >= 1, "Trunk's inline loader is there");
  for (const s of scripts) assert.ok(header.includes(`'sha256-${sha256(s)}'`), 'csp.txt allows the inline loader by hash');
  for (const d of ["default-src 'none'", "style-src 'self'", "connect-src 'self'", "img-src 'self' data:", 'frame-ancestors *', "base-uri 'none'", "form-action 'none'", "'wasm-unsafe-eval'"]) {
    assert.ok(header.includes(d), `policy has ${d}`);
  }
  assert.ok(!/unsafe-inline|unsafe-eval'|\bhttps?:/.test(header.replace("'wasm-unsafe-eval'", '')), 'nothing loose in the policy');

  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  assert.ok(meta, 'index.html has the policy in a meta');
  assert.equal(meta[1], header.replace('; frame-ancestors *', ''), 'the meta is the header minus frame-ancestors');
  assert.ok(html.indexOf(meta[0]) < html.indexOf('<script'), 'the meta comes before the first script');

  const headers = readDist('_headers');
  assert.match(headers, /^\/\*$/m);
  assert.ok(headers.includes(`  Content-Security-Policy: ${header}\n`));
  assert.match(headers, /^ {2}X-Content-Type-Options: nosniff$/m);
  assert.match(headers, /^ {2}Referrer-Policy: no-referrer$/m);
});

test('a violation at load, before any script of the page runs, is reported to the server', async () => {
  const site = await serveViolatingSite();
  const { context, page } = await recordingPage(env.browser);
  try {
    await page.goto(site.url);
    await appReady(page);
    const report = await waitForReport(site, (r) => r.directive.startsWith('script-src'));
    assert.equal(new URL(report.document).pathname, '/');
    assert.equal(await page.evaluate(() => window.__cadreInjected === true), false, 'the injected script did not run');
  } finally {
    await context.close();
    await site.close();
  }
});

test('the app runs under the policy as an HTTP header: steps, embed panel, downloads, no violation', async () => {
  const { context, page, record } = await recordingPage(env.browser);
  const since = env.site.reports.length;
  try {
    const response = await page.goto(env.site.url);
    assert.equal(response.headers()['content-security-policy'], servedPolicy(), 'dist/csp.txt, and the test’s report-uri');
    assert.equal(response.headers()['x-content-type-options'], 'nosniff');
    assert.equal(response.headers()['referrer-policy'], 'no-referrer');
    await appReady(page);
    assert.deepEqual(await reportsSoFar(env.site, (s) => page.evaluate(s), since), [], 'no CSP report from the load');

    // The policy is in force: an injected inline script is refused (and reported).
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      return window.__inlineRan === true;
    });
    assert.equal(ran, false, 'an inline script without the hash does not run');
    await page.waitForFunction(() => true);
    assert.ok(record.violations.some((v) => v.directive.startsWith('script-src')), 'the refusal was reported');
    await waitForReport(env.site, (r) => r.directive.startsWith('script-src'));
    record.violations.length = 0;
    record.errors.length = 0;
    const afterInjection = env.site.reports.length;

    await page.fill('#provider-name', 'Camille Moreau');
    await page.click('#nav-client');
    await page.fill('#client-name', 'Atelier Dupont');
    // Every step, so every component renders once under the policy.
    for (const id of ['mission', 'schedule', 'price', 'rights', 'ending', 'review']) {
      await page.click(`#nav-${id}`);
      await page.waitForFunction((i) => document.querySelector(`#nav-${i}`)?.getAttribute('aria-current') === 'step', id);
    }
    const pdf = await download(page, page, '#download-preview-pdf');
    assert.equal(pdf.bytes.subarray(0, 5).toString(), '%PDF-');
    // The preview's head has the PDF only; Word is in the review step.
    const docx = await download(page, page, '#download-review-docx');
    assert.equal(docx.bytes.subarray(0, 2).toString(), 'PK');

    await page.click('#embed-panel > summary');
    await page.selectOption('#embed-lang', 'en');
    await page.waitForFunction(() => document.querySelector('#embed-code')?.value.includes('lang=en'));

    // The sentinel's report in means every earlier report is in: none (the listener's
    // events are in by then too).
    assert.deepEqual(await reportsSoFar(env.site, (s) => page.evaluate(s), afterInjection), [], 'no CSP report');
    assert.deepEqual(record.violations.filter(notSentinel), [], 'no CSP violation');
    assert.deepEqual(record.errors.filter(notSentinel), [], 'no console or page error');
  } finally {
    await context.close();
  }
});

/** On narrow layouts the preview (and its download buttons) hides behind a toggle. */
async function showPreview(target) {
  const toggle = target.locator('.preview-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await target.locator('#download-preview-pdf').waitFor({ state: 'visible' });
}

describe('embedded in a sandboxed iframe on a blog (another origin)', () => {
  let snippet;
  let blog;
  before(async () => {
    // The snippet as the app's own panel writes it, with chosen options.
    const { context, page } = await recordingPage(env.browser);
    await page.goto(env.site.url);
    await appReady(page);
    await page.click('#embed-panel > summary');
    await page.selectOption('#embed-lang', 'fr');
    await page.locator('#embed-accent').evaluate((el) => {
      el.value = '#8b2f5a';
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.click('.embed-provider > summary');
    await page.fill('#embed-siren', '12');
    await page.locator('#embed-siren-problem').waitFor();
    await page.fill('#embed-siren', '');
    await page.fill('#embed-name', 'Camille Moreau');
    await page.waitForFunction(() => document.querySelector('#embed-code').value.includes('name=Camille'));
    snippet = await page.inputValue('#embed-code');
    // The copy button puts exactly the snippet on the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.site.url).origin });
    await page.click('#embed-copy');
    await page.locator('.embed-actions .status', { hasText: /./ }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
    await context.close();
    assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1&amp;lang=fr&amp;accent=8b2f5a&amp;name=Camille%20Moreau"/);
    assert.match(snippet, /sandbox="allow-scripts allow-same-origin allow-downloads /);
    assert.ok(!snippet.includes('siren'), 'a refused value stays out of the snippet');
    blog = await serveBlog(snippet);
  });
  after(async () => {
    await blog?.close();
  });

  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    test(`compact chrome, presets and a download on ${device}`, async () => {
      const { context, page, record } = await recordingPage(env.browser, { viewport, locale: 'en-US' });
      const since = env.site.reports.length;
      try {
        await page.goto(blog.url);
        const frame = page.frameLocator('iframe');
        await appReady(frame);
        const main = frame.locator('main#cadre');
        assert.match(await main.getAttribute('class'), /\bembed\b/);
        assert.equal(await main.getAttribute('lang'), 'fr', 'lang=fr beats the browser’s English');
        assert.equal(await frame.locator('.tagline').isVisible(), false);
        assert.equal(await frame.locator('footer').isVisible(), false);
        assert.equal(await frame.locator('#provider-name').inputValue(), 'Camille Moreau');
        const accent = await frame.locator('html').evaluate((el) => el.style.getPropertyValue('--accent'));
        assert.equal(accent, '#8b2f5a');
        const full = frame.locator('a.full-page');
        assert.equal(await full.getAttribute('target'), '_blank');
        assert.match(await full.getAttribute('href'), /^http:\/\/127\.0\.0\.1:\d+\/\?lang=fr&accent=8b2f5a&name=Camille%20Moreau$/);

        await page.screenshot({ path: join(OUT, `embed-blog-${device}.png`), fullPage: false });
        // A blog's column is narrower than 900 px: the app shows its one-column layout.
        await showPreview(frame);
        await page.screenshot({ path: join(OUT, `embed-blog-${device}-preview.png`), fullPage: false });
        const pdf = await download(page, frame, '#download-preview-pdf');
        assert.equal(pdf.bytes.subarray(0, 5).toString(), '%PDF-', 'downloads work in the sandbox (allow-downloads)');

        // "Open the full page" leaves the sandbox for a new tab (allow-popups-to-escape-sandbox).
        const [popup] = await Promise.all([context.waitForEvent('page'), full.click()]);
        await appReady(popup);
        assert.equal(await popup.locator('main#cadre').getAttribute('class').then((c) => /\bembed\b/.test(c)), false);
        assert.deepEqual(await reportsSoFar(env.site, (s) => popup.evaluate(s), since), [], 'no CSP report from the full page');
        await popup.close();

        assert.deepEqual(await reportsSoFar(env.site, (s) => appFrame(page).evaluate(s), since), [], 'no CSP report from the frame');
        assert.deepEqual(record.violations.filter(notSentinel), [], 'no CSP violation in the frame');
        assert.deepEqual(record.errors.filter(notSentinel), [], 'no console or page error');
      } finally {
        await context.close();
      }
    });
  }

  test('the minimal sandbox of the README (scripts, same origin, downloads) is enough to work', async () => {
    const minimal = snippet.replace(/sandbox="[^"]*"/, 'sandbox="allow-scripts allow-same-origin allow-downloads"');
    const strict = await serveBlog(minimal);
    const { context, page, record } = await recordingPage(env.browser);
    const since = env.site.reports.length;
    try {
      await page.goto(strict.url);
      const frame = page.frameLocator('iframe');
      await appReady(frame);
      await frame.locator('#client-name').waitFor({ state: 'detached' });
      await frame.locator('#nav-client').click();
      await frame.locator('#client-name').fill('Atelier Dupont');
      await showPreview(frame);
      const pdf = await download(page, frame, '#download-preview-pdf');
      assert.equal(pdf.bytes.subarray(0, 5).toString(), '%PDF-');
      assert.deepEqual(await reportsSoFar(env.site, (s) => appFrame(page).evaluate(s), since), [], 'no CSP report');
      assert.deepEqual(record.violations.filter(notSentinel), []);
      assert.deepEqual(record.errors.filter(notSentinel), []);
    } finally {
      await context.close();
      await strict.close();
    }
  });
});
