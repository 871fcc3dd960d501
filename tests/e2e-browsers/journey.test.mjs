// The main journey in every engine — Chromium, Firefox and WebKit (WebKitGTK's
// MiniBrowser) — through their WebDriver servers: dist/ served with its production
// headers (the Content-Security-Policy as an HTTP header), a few fields filled, a
// reload that brings the draft back (autosave), a PDF download; then, after that first
// visit, the same with the network cut (service worker). CSP violations are checked
// from the first byte of every page: the served header carries a report-uri to the
// test server, which must receive no report but the test's own sentinel — and, from a
// copy of the site whose <head> starts with a forbidden inline script, that one.
//
//   CADRE_BROWSERS=firefox,webkit node --test tests/e2e-browsers/   (default: all three)
//
// WebKit needs a display: scripts/test-browsers runs this under xvfb-run. An engine
// whose driver, browser or display is missing fails, with the reason and what to
// install (choose the engines with CADRE_BROWSERS to run fewer by hand); so does an
// engine that offers no service worker.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { WebDriver, unavailable } from './webdriver.mjs';
import { newPdf, reportsSoFar, requireBuild, servedPolicy, serveSite, serveViolatingSite, waitForReport } from './support.mjs';

const names = (process.env.CADRE_BROWSERS || 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);

for (const name of names) {
  describe(name, () => {
    let wd;
    let site;
    let offline = false;
    const started = Date.now();
    before(async () => {
      const why = unavailable(name);
      if (why) throw new Error(`${name} cannot run: ${why} (bash scripts/test-browsers installs every engine; CADRE_BROWSERS=… picks fewer)`);
      requireBuild();
      site = await serveSite({ base: '/outils/contrat/', offline: () => offline });
      wd = await WebDriver.start(name);
      await wd.setWindow(1280, 900);
    });
    after(async () => {
      await wd?.quit();
      await site?.close();
      if (wd) rmSync(wd.home, { recursive: true, force: true });
      if (wd && wd.downloads !== wd.home) rmSync(wd.downloads, { recursive: true, force: true });
      console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s (${wd?.capabilities?.browserName} ${wd?.capabilities?.browserVersion})`);
    });

    const watchViolations = () => wd.execute(`
      window.__cadreViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cadreViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }));`);
    const violations = async () => (await wd.execute('return window.__cadreViolations || []')) ?? [];

    /** The preview's PDF button (behind the "show the contract" toggle on narrow windows). */
    async function downloadPdf() {
      const narrow = await wd.execute(`const t = document.querySelector('.preview-toggle');
        return !!t && t.getClientRects().length > 0 && t.getAttribute('aria-expanded') !== 'true'`);
      if (narrow) await wd.click('.preview-toggle');
      await wd.click('#download-preview-pdf');
      const pdf = await newPdf(wd.downloads);
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    }

    /** The CSP reports since `since` but the sentinel's (see support.mjs). */
    const reports = (since) => reportsSoFar(site, (script) => wd.execute(script), since);

    test('a violation at load, before any script of the page runs, is reported', async () => {
      const violating = await serveViolatingSite({ base: '/outils/contrat/' });
      try {
        await wd.get(violating.url);
        await wd.waitFor('#step-title');
        const report = await waitForReport(violating, (r) => r.directive.startsWith('script-src'));
        assert.equal(new URL(report.document).pathname, '/outils/contrat/');
        assert.equal(await wd.execute('return window.__cadreInjected === true'), false, 'the injected script did not run');
      } finally {
        await violating.close();
      }
    });

    test('fill, reload (the draft is back), download a PDF, under the CSP header', async () => {
      const since = site.reports.length;
      const response = await fetch(site.url);
      assert.equal(response.headers.get('content-security-policy'), servedPolicy());
      await wd.get(site.url);
      await wd.waitFor('#step-title');
      await watchViolations();
      assert.equal(await wd.execute('return typeof WebAssembly.instantiateStreaming'), 'function');

      await wd.type('#provider-name', 'Camille Moreau');
      await wd.click('.step-nav button.primary'); // Next: the client
      await wd.type('#client-name', 'Atelier Dupont');
      // Autosave: the draft reaches localStorage within a moment.
      await wd.until(`return Object.keys(localStorage).some((k) => (localStorage.getItem(k) || '').includes('Atelier Dupont'))`, 10_000);
      assert.deepEqual(await violations(), [], 'no CSP violation while typing');

      await wd.refresh();
      await wd.waitFor('#step-title');
      await watchViolations();
      // Reopened at the step the tab was on (the client), the draft all back.
      assert.equal(await wd.value('#client-name'), 'Atelier Dupont', 'the draft came back after the reload');
      await wd.click('.step-nav button.secondary'); // Previous: you
      await wd.waitFor('#provider-name');
      assert.equal(await wd.value('#provider-name'), 'Camille Moreau');

      await downloadPdf();
      assert.deepEqual(await violations(), [], 'no CSP violation (download included)');
      assert.deepEqual(await reports(since), [], 'no CSP report, from the first byte of each page');
    });

    test('after the first visit, it loads and downloads with no network', async () => {
      const since = site.reports.length;
      const sw = await wd.execute('return !!navigator.serviceWorker');
      assert.ok(sw, `${name} offers no service worker (navigator.serviceWorker is missing): the offline journey cannot run`);
      // Opened again (WebDriver's refresh is a hard reload in Firefox, and a hard
      // reload bypasses service workers by design): the worker controls the page.
      await wd.get(site.url);
      await wd.waitFor('#step-title');
      await wd.until(`return navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated'`, 20_000);
      offline = true;
      try {
        await wd.get(site.url);
        await wd.waitFor('#step-title');
        await watchViolations();
        assert.equal(await wd.value('#provider-name'), 'Camille Moreau');
        await wd.type('#provider-name', 'Hors ligne');
        await downloadPdf();
        assert.deepEqual(await violations(), []);
        // The report endpoint answers while the site is "offline" (it is the test's).
        assert.deepEqual(await reports(since), [], 'no CSP report');
      } finally {
        offline = false;
      }
    });
  });
}
