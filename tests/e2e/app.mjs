// What the journeys on drafts and storage share: opening the app in French, the saved
// state, storage read from the page, the drafts panel, the next step, an axe scan,
// and a storage filled for real to the origin's quota.
import assert from 'node:assert/strict';
import { AXE } from './helpers.mjs';

/** Switches the interface to French. */
export async function french(page) {
  await page.click('button.lang[lang="fr"]');
  await page.waitForFunction(() => document.querySelector('main#cadre')?.getAttribute('lang') === 'fr');
}

/** Opens `url` in French; with `saved`, waits until the open draft is stored. */
export async function boot(page, url, { saved = false } = {}) {
  await page.goto(url);
  await page.locator('#step-title').waitFor();
  await french(page);
  if (saved) await waitState(page, 'saved');
}

export const state = (page) => page.locator('#save-state').getAttribute('data-state');
export const waitState = (page, s, timeout = 30_000) =>
  page.waitForSelector(`#save-state[data-state="${s}"]`, { timeout });
export const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

export async function openPanel(page) {
  if ((await page.getAttribute('#drafts-toggle', 'aria-expanded')) !== 'true') await page.click('#drafts-toggle');
  await page.locator('#drafts-panel').waitFor({ state: 'visible' });
}

/** The next step, by its button; waits for its title. */
export async function next(page) {
  const title = await page.locator('#step-title').innerText();
  await page.click('.step-nav button.primary');
  await page.waitForFunction((t) => document.querySelector('#step-title')?.textContent !== t, title);
}

/** No axe violation (WCAG 2.1 A and AA, best practices) on the page as it is. */
export async function axeScan(page, label) {
  // Evaluated through the DevTools protocol: the page's CSP forbids inline scripts.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
  assert.deepEqual(violations, [], `axe violations on ${label}`);
}

/** Fills the origin's storage for real, until the browser throws, with keys under
 *  `prefix` (not Cadre's). Returns how many keys it wrote. */
export function fillQuota(page, prefix = 'filler.') {
  return page.evaluate((prefix) => {
    let chunk = 'x'.repeat(1 << 20);
    let n = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`${prefix}${n++}`, chunk);
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
    return n;
  }, prefix);
}

/** Removes what `fillQuota` wrote. */
export function clearFiller(page, prefix = 'filler.') {
  return page.evaluate(
    (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).forEach((k) => localStorage.removeItem(k)),
    prefix,
  );
}
