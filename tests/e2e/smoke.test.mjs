// Smoke journey: the release build loads, renders the app's heading, logs no
// error and requests nothing but 127.0.0.1 — at the site root and under a
// blog-like sub-path (relative URLs) — on a desktop and a phone viewport.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launchBrowser, requireDist, screenshotPath, serveDist, watchedPage } from './helpers.mjs';

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
};

let browser;
before(async () => {
  requireDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('dist/index.html references its files with relative URLs', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.match(html, /<html lang="fr">/);
  assert.match(html, /<title>Cadre – contrat de prestation<\/title>/);
  // Trunk's output: ./cadre-<hash>.js, ./cadre-<hash>_bg.wasm, ./app-<hash>.css
  assert.match(html, /["']\.\/cadre-[0-9a-f]+\.js["']/, 'the JS glue is referenced as ./cadre-*.js');
  assert.match(html, /["']\.\/cadre-[0-9a-f]+_bg\.wasm["']/, 'the wasm is referenced as ./cadre-*_bg.wasm');
  assert.match(html, /href=["']\.\/app-[0-9a-f]+\.css["']/, 'the stylesheet is referenced as ./app-*.css');
  // No root-absolute or off-site reference.
  const refs = [...html.matchAll(/(?:href|src)=["']([^"']+)["']|from ['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);
  for (const ref of refs) {
    assert.ok(!ref.startsWith('/') && !/^https?:/.test(ref), `absolute reference in index.html: ${ref}`);
  }
});

for (const [where, base] of [['at the site root', '/'], ['under a sub-path', '/outils/contrat/']]) {
  describe(`release build served ${where} (${base})`, () => {
    let site;
    before(async () => {
      site = await serveDist(base);
    });
    after(async () => {
      await site?.close();
    });

    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      test(`loads and shows main#cadre h1 on ${device} ${viewport.width}×${viewport.height}`, async () => {
        const { context, page, record } = await watchedPage(browser, viewport);
        try {
          const response = await page.goto(site.url, { waitUntil: 'load' });
          assert.equal(response.status(), 200);
          // The app's own heading comes first (the contract preview has its own h1).
          const heading = page.locator('main#cadre h1').first();
          await heading.waitFor({ state: 'visible', timeout: 15_000 });
          assert.notEqual((await heading.innerText()).trim(), '', 'the h1 has text');
          assert.equal(await page.title(), 'Cadre – contrat de prestation');
          await page.waitForLoadState('networkidle');

          const slug = base === '/' ? 'root' : 'subpath';
          await page.screenshot({ path: screenshotPath(`smoke-${slug}-${device}.png`), fullPage: false });

          assert.deepEqual(record.errors, [], 'no console or page error');
          assert.deepEqual(record.failed, [], 'no failed request');
          assert.deepEqual(record.offsite, [], 'no request leaves 127.0.0.1');
          const origin = new URL(site.url).origin;
          for (const url of record.requests) {
            if (url.startsWith('data:') || url.startsWith('blob:')) continue;
            assert.ok(url.startsWith(origin + base), `request outside ${base}: ${url}`);
          }
          assert.ok(record.requests.some((u) => u.endsWith('.wasm')), 'the wasm was fetched');
        } finally {
          await context.close();
        }
      });
    }
  });
}
