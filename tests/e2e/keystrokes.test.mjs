// Never lose a keystroke (issue #17), in a real browser: URL presets never write into
// a draft that is reopened (not even a field the user cleared); a first visit whose
// storage is already full of another key says "full" (not private browsing), and
// once the key is gone, typing is saved; a reloaded invalid value shows its message
// and its step's badge at once. (A new build's "Reload" line: offline.test.mjs.)
// Screenshots of the "full" banner at 1280 and 390 px.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshotPath, useBrowserAndSite, watchedPage } from './helpers.mjs';
import { fillQuota, french, waitState } from './app.mjs';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const env = useBrowserAndSite();


/** The open draft's stored envelope (the only draft of a fresh context). */
async function storedDraft(page) {
  return page.evaluate(() => {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('cadre.draft.') && !k.endsWith('.bak'));
    return keys.length === 1 ? JSON.parse(localStorage.getItem(keys[0])) : { keys };
  });
}


describe('URL presets', () => {
  test('fill a new draft, and never an existing one (a cleared field stays cleared)', async () => {
    const { context, page, record } = await watchedPage(env.browser, DESKTOP);
    try {
      const presets = `${env.site.url}?name=Camille%20Preset&email=preset%40example.fr`;
      // A first visit: a new draft, filled with the presets, and stored so.
      await page.goto(presets);
      await page.locator('#step-title').waitFor();
      assert.equal(await page.inputValue('#provider-name'), 'Camille Preset');
      await waitState(page, 'saved');
      assert.equal((await storedDraft(page)).draft.answers.provider.name, 'Camille Preset');
      // The user clears the name and types a SIREN.
      await page.fill('#provider-name', '');
      await page.fill('#provider-siren', '812 345 676');
      await page.waitForFunction(() => {
        const k = Object.keys(localStorage).find((k) => k.startsWith('cadre.draft.') && !k.endsWith('.bak'));
        const d = JSON.parse(localStorage.getItem(k));
        return d.draft.answers.provider.name === '' && d.draft.answers.provider.siren === '812 345 676';
      });
      const before = await storedDraft(page);
      // The same address again, and one with a preset for an empty field: the draft
      // reopens as it was, and nothing is written into it.
      for (const url of [presets, `${presets}&address=1%20rue%20des%20Presets`]) {
        await page.goto(url);
        await page.locator('#step-title').waitFor();
        await waitState(page, 'saved');
        assert.equal(await page.inputValue('#provider-name'), '', 'a cleared field is not refilled');
        assert.equal(await page.inputValue('#provider-email'), 'preset@example.fr');
        assert.equal(await page.inputValue('#provider-address'), '', 'an empty field of an existing draft is not filled');
        assert.equal(await page.inputValue('#provider-siren'), '812 345 676');
        const after = await storedDraft(page);
        assert.equal(after.rev, before.rev, 'the reopened draft was not written');
        assert.deepEqual(after.draft.answers.provider, before.draft.answers.provider);
      }
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('storage already full on a first visit', () => {
  for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    test(`says "full", not private browsing, and saves once there is room (${device})`, async () => {
      const { context, page, record } = await watchedPage(env.browser, viewport);
      try {
        // Another key fills the origin's storage before Cadre's first visit (written
        // from a page of the same origin that is not the app: a 404).
        await page.goto(`${env.site.url}not-the-app`);
        const filled = await page.evaluate(() => localStorage.clear()).then(() => fillQuota(page, 'other.app.'));
        assert.ok(filled > 2);
        record.errors.length = 0;
        record.failed.length = 0;

        await page.goto(env.site.url);
        await page.locator('#step-title').waitFor();
        await french(page);
        const banner = page.locator('#banner-full');
        await banner.waitFor();
        assert.equal(await page.locator('#banner-unavailable').count(), 0, 'not blamed on private browsing');
        const fr = await banner.innerText();
        assert.match(fr, /plein/);
        assert.doesNotMatch(fr, /privée/);
        assert.equal(await page.locator('#save-state').getAttribute('data-state'), 'memory');
        await page.fill('#provider-name', 'Typed while the site is full');
        await waitState(page, 'memory');
        await page.screenshot({ path: screenshotPath(`storage-full-${device}.png`) });
        await page.click('button.lang[lang="en"]');
        await page.waitForFunction(() => /already full/.test(document.querySelector('#banner-full')?.textContent ?? ''));
        assert.doesNotMatch(await banner.innerText(), /private/);
        await french(page);

        // The other key goes: the next edit brings storage back, and everything typed
        // is stored; the banner goes.
        await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('other.app.')).forEach((k) => localStorage.removeItem(k)));
        await page.fill('#provider-email', 'room@again.fr');
        await waitState(page, 'saved');
        await banner.waitFor({ state: 'detached' });
        const stored = await storedDraft(page);
        assert.equal(stored.draft.answers.provider.name, 'Typed while the site is full');
        assert.equal(stored.draft.answers.provider.email, 'room@again.fr');
        // And a reload finds it.
        await page.reload();
        await page.locator('#step-title').waitFor();
        assert.equal(await page.inputValue('#provider-name'), 'Typed while the site is full');
        assert.deepEqual(record.errors, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe('problems after a reload', () => {
  test('an invalid typed value shows its message and its step badge at once', async () => {
    const { context, page, record } = await watchedPage(env.browser, DESKTOP);
    try {
      await page.goto(env.site.url);
      await page.locator('#step-title').waitFor();
      await french(page);
      // Typed, never left: no message yet.
      await page.fill('#provider-siren', '123');
      await page.click('#nav-price');
      await page.fill('#deposit-value', '150');
      await waitState(page, 'saved');
      await page.reload();
      await page.locator('#step-title').waitFor();
      // Reopened at the price step, where the user was: the deposit's message at once.
      assert.equal(await page.getAttribute('#nav-price', 'aria-current'), 'step');
      await page.waitForFunction(() => /100/.test(document.querySelector('#deposit-value-error')?.textContent ?? ''));
      await page.click('#nav-you');
      // The first step: the SIREN's message, at once, and both steps flagged.
      assert.notEqual(await page.locator('#provider-siren-error').innerText(), '');
      assert.equal(await page.getAttribute('#provider-siren', 'aria-invalid'), 'true');
      assert.equal(await page.locator('li.has-problems #nav-you').count(), 1, 'the first step is flagged');
      assert.equal(await page.locator('li.has-problems #nav-price').count(), 1, 'the price step is flagged');
      // Empty required fields stay quiet until left.
      assert.equal(await page.locator('#provider-name-error').innerText(), '');
      assert.equal(await page.locator('li.has-problems #nav-client').count(), 0);
      await page.click('#nav-price');
      await page.waitForFunction(() => /100/.test(document.querySelector('#deposit-value-error')?.textContent ?? ''));
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('the interface language', () => {
  test('chosen with FR or EN, it stays after a reload', async () => {
    const { context, page, record } = await watchedPage(env.browser, DESKTOP);
    try {
      for (const lang of ['en', 'fr', 'en']) {
        await page.goto(env.site.url);
        await page.locator('#step-title').waitFor();
        await page.click(`button.lang[lang="${lang}"]`);
        await page.reload();
        await page.locator('#step-title').waitFor();
        assert.equal(await page.locator('main#cadre').getAttribute('lang'), lang);
      }
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });
});
