// Keystroke → updated preview, in headless Chromium on the release build (dist/).
// Fills a complete contract, then makes N edits to the mission description and times
// each from the input event to the preview's DOM showing the new text. Prints p50/p95.
// Figures only: nothing is asserted.
import { launchBrowser, serveDist } from '../tests/e2e/helpers.mjs';

const EDITS = Number(process.env.EDITS || 300);
const site = await serveDist('/');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  await page.goto(site.url);
  await page.locator('#step-title').waitFor();
  const fill = async (id, v) => page.fill(`#${id}`, v);
  await fill('provider-name', 'Camille Moreau');
  await fill('provider-siren', '812 345 676');
  await fill('provider-address', '12 rue des Lilas, 69003 Lyon');
  await page.click('#nav-client');
  await fill('client-name', 'Atelier Dupont');
  await fill('client-address', '4 place Bellecour, 69002 Lyon');
  await page.click('#nav-mission');
  await fill('mission-title', 'Identité visuelle');
  await fill('deliverable-1-title', 'Logo');
  await page.click('#nav-price');
  await fill('price-amount', '2400');
  await page.click('#nav-mission');
  const times = await page.evaluate(async (n) => {
    const input = document.getElementById('mission-description');
    const preview = document.querySelector('.preview-body');
    const out = [];
    for (let i = 0; i < n; i++) {
      const marker = `edit-${i}-x`;
      const seen = new Promise((resolve) => {
        const check = () => preview.textContent.includes(marker);
        const mo = new MutationObserver(() => {
          if (check()) {
            mo.disconnect();
            resolve(performance.now());
          }
        });
        mo.observe(preview, { childList: true, subtree: true, characterData: true });
      });
      const t0 = performance.now();
      input.value = `Description ${marker}`;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }));
      const t1 = await seen;
      out.push(t1 - t0);
      // Let the browser paint between edits, as between keystrokes.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return out;
  }, EDITS);
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  const words = await page.evaluate(() => document.querySelector('.preview-body').innerText.split(/\s+/).length);
  console.log(`keystroke → preview (${EDITS} edits, contract of ${words} words): p50 ${pct(50).toFixed(2)} ms, p95 ${pct(95).toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms`);
} finally {
  await browser.close();
  await site.close();
}
