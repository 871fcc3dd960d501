// Drafts that are never lost, in a real browser: half a mission back after a reload;
// an edit kept when the page reloads 100 ms later; corrupted stored JSON set aside
// and offered for download; export, clear storage, import — the same contract; storage
// refused, storage full, a draft from a newer version; the drafts panel by keyboard
// (rename, duplicate, delete and undo) with an axe scan; screenshots at 1280 and 390 px.
// Two pages on one draft: tabs.test.mjs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screenshotPath, useBrowserAndSite, watchedPage } from './helpers.mjs';
import * as app from './app.mjs';
import { axeScan, clearFiller, fillQuota, next, openPanel, state, stored, waitState } from './app.mjs';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const env = useBrowserAndSite();
const boot = (page) => app.boot(page, env.site.url);


const previewText = (page) => page.locator('.preview-body').innerText();
const currentId = (page) => page.locator('li.draft-item.current').getAttribute('data-draft-id');



/** Half a mission: you, the client, the start of the mission. */
async function fillHalfAMission(page) {
  await page.fill('#provider-name', 'Camille Moreau');
  await page.fill('#provider-siren', '812 345 676');
  await page.fill('#provider-email', 'camille@moreau-design.fr');
  await next(page);
  await page.fill('#client-name', 'Atelier Dupont');
  await next(page);
  await page.fill('#mission-title', 'Identité visuelle de l’Atelier Dupont');
  await page.fill('#mission-description', 'Logo, charte graphique et cartes de visite.');
  await page.fill('#deliverable-1-title', 'Logo, formats SVG et PNG');
}


describe('autosave', () => {
  test('half a mission is all back after a reload', async () => {
    const { context, page, record } = await watchedPage(env.browser, DESKTOP);
    try {
      await boot(page);
      await waitState(page, 'saved');
      await fillHalfAMission(page);
      await waitState(page, 'saved');
      assert.equal(await page.locator('#save-state').innerText(), 'Enregistré');
      const before = await previewText(page);
      assert.match(before, /Atelier Dupont/);
      await page.reload();
      await page.locator('#step-title').waitFor();
      await page.waitForFunction(() => document.querySelector('.preview-body')?.innerText.includes('Atelier Dupont'));
      assert.equal(await previewText(page), before, 'the same contract');
      // Reopened at the step the user was on (this tab remembers it), answers and all.
      assert.equal(await page.getAttribute('#nav-mission', 'aria-current'), 'step');
      assert.equal(await page.inputValue('#deliverable-1-title'), 'Logo, formats SVG et PNG');
      await page.click('#nav-you');
      assert.equal(await page.inputValue('#provider-name'), 'Camille Moreau');
      assert.equal(await state(page), 'saved');
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });

  test('an edit is kept when the page reloads 100 ms later', async () => {
    const { context, page, record } = await watchedPage(env.browser, DESKTOP);
    try {
      await boot(page);
      await waitState(page, 'saved');
      await page.fill('#provider-name', 'Edited then reloaded');
      // While the write waits, the indicator says so.
      assert.ok(['pending', 'saved'].includes(await state(page)));
      await page.waitForTimeout(100); // deliberate: the reload comes 100 ms after the edit
      await page.reload();
      await page.locator('#provider-name').waitFor();
      assert.equal(await page.inputValue('#provider-name'), 'Edited then reloaded');
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });

  test('the indicator says "Modifications non enregistrées" while a write waits', async () => {
    const { context, page } = await watchedPage(env.browser, DESKTOP);
    try {
      await boot(page);
      await waitState(page, 'saved');
      // Hold the write: storage refuses nothing, but the timer has not fired yet.
      const seen = page.waitForFunction(() => document.querySelector('#save-state')?.dataset.state === 'pending');
      await page.fill('#provider-name', 'x');
      await seen;
      assert.equal(await page.locator('#save-state').innerText(), 'Modifications non enregistrées');
      await waitState(page, 'saved');
    } finally {
      await context.close();
    }
  });
});

describe('nothing is lost', () => {
  test('corrupted stored JSON: the app boots and offers the data for download', async () => {
    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
      const { context, page, record } = await watchedPage(env.browser, viewport);
      try {
        const raw = '{"version":1,"rev":3,"saved_at":"2026-05-04T09:30:00.000Z","draft":{"id":"broken","answers":{"client":{"name":"Dup';
        await page.goto(env.site.url);
        await page.evaluate((r) => localStorage.setItem('cadre.draft.broken', r), raw);
        await page.reload();
        await page.locator('#step-title').waitFor();
        await page.click('button.lang[lang="fr"]');
        await page.locator('#banner-quarantine').waitFor();
        assert.equal(await stored(page, 'cadre.draft.broken'), null, 'moved out of the way');
        const keys = await page.evaluate(() => Object.keys(localStorage));
        const q = keys.filter((k) => k.startsWith('cadre.quarantine.'));
        assert.equal(q.length, 1);
        assert.equal(await stored(page, q[0]), raw, 'kept byte for byte');
        await page.screenshot({ path: screenshotPath(`drafts-quarantine-${device}.png`), fullPage: false });
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('.quarantine-download')]);
        assert.match(download.suggestedFilename(), /^cadre-quarantaine-draft-broken-\d{4}-\d\d-\d\d\.txt$/);
        assert.equal(readFileSync(await download.path(), 'utf8'), raw);
        // Once downloaded, it may be deleted.
        await page.getByRole('button', { name: 'Supprimer cette copie' }).click();
        await page.locator('#banner-quarantine').waitFor({ state: 'detached' });
        // And the app works.
        await page.fill('#provider-name', 'Still working');
        await waitState(page, 'saved');
        assert.deepEqual(record.errors, []);
      } finally {
        await context.close();
      }
    }
  });

  test('export, clear storage, import: the same contract', async () => {
    const { context, page, record } = await watchedPage(env.browser, DESKTOP);
    try {
      await boot(page);
      await fillHalfAMission(page);
      await waitState(page, 'saved');
      const before = await previewText(page);
      await openPanel(page);
      const id = await currentId(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#draft-${id}-export`)]);
      assert.match(download.suggestedFilename(), /^cadre-brouillon-atelier-dupont-\d{4}-\d\d-\d\d\.json$/);
      const dir = mkdtempSync(join(tmpdir(), 'cadre-drafts-'));
      const file = join(dir, download.suggestedFilename());
      await download.saveAs(file);
      const exported = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(exported.version, 2, "drafts are stored in version 2 since the contract-at-its-edges answers");
      assert.equal(typeof exported.rev, 'number');
      assert.match(exported.saved_at, /^\d{4}-\d\d-\d\dT/);

      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.locator('#step-title').waitFor();
      await page.click('button.lang[lang="fr"]');
      await waitState(page, 'saved');
      assert.notEqual(await previewText(page), before, 'a blank draft after clearing');

      // A bad file first: a clear message beside the button, nothing added.
      await openPanel(page);
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{"version": 1, "draft": {"answers": {"provider": 5}}, "rev": 1, "saved_at": ""}');
      await page.setInputFiles('#draft-import', bad);
      await page.locator('#draft-import-error.error').waitFor();
      assert.match(await page.locator('#draft-import-error').innerText(), /mauvais type/);
      assert.equal(await page.locator('li.draft-item').count(), 1);
      const notJson = join(dir, 'notes.json');
      writeFileSync(notJson, 'pas du JSON');
      await page.setInputFiles('#draft-import', notJson);
      await page.waitForFunction(() => /JSON valide/.test(document.querySelector('#draft-import-error')?.textContent ?? ''));
      const big = join(dir, 'big.json');
      writeFileSync(big, 'x'.repeat((1 << 20) + 1));
      await page.setInputFiles('#draft-import', big);
      await page.waitForFunction(() => /trop gros/.test(document.querySelector('#draft-import-error')?.textContent ?? ''));
      assert.equal(await page.locator('li.draft-item').count(), 1);

      await page.setInputFiles('#draft-import', file);
      await page.waitForFunction(() => /importé/.test(document.querySelector('#draft-import-error')?.textContent ?? ''));
      await page.waitForFunction((t) => document.querySelector('.preview-body')?.innerText === t, before);
      assert.equal(await previewText(page), before);
      assert.equal(await page.locator('li.draft-item').count(), 2, 'added as a new draft');
      assert.notEqual(await currentId(page), exported.draft.id, 'with a new id');
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });

  test('storage refused: the app works in memory and says drafts will not be kept', async () => {
    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
      const { context, page, record } = await watchedPage(env.browser, viewport);
      try {
        await context.addInitScript(() => {
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        });
        await boot(page);
        await page.locator('#banner-unavailable').waitFor();
        await page.fill('#provider-name', 'Only in memory');
        await waitState(page, 'memory');
        assert.match(await previewText(page), /Only in memory/);
        await page.screenshot({ path: screenshotPath(`drafts-unavailable-${device}.png`) });
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#banner-unavailable button >> nth=0')]);
        assert.match(readFileSync(await download.path(), 'utf8'), /Only in memory/);
        assert.deepEqual(record.errors, []);
      } finally {
        await context.close();
      }
    }
  });

  test('storage full: a clear banner, the draft kept in memory, saved once there is room', async () => {
    const { context, page, record } = await watchedPage(env.browser, DESKTOP);
    try {
      await boot(page);
      await waitState(page, 'saved');
      const id = await currentId(page);
      // Fill the origin's quota for real, until the browser throws.
      const filled = await fillQuota(page);
      assert.ok(filled > 2);
      await page.fill('#provider-name', 'Typed while full');
      await page.locator('#banner-quota').waitFor();
      assert.equal(await state(page), 'failed');
      assert.match(await page.locator('#banner-quota').innerText(), /plein/);
      assert.equal(await page.inputValue('#provider-name'), 'Typed while full', 'kept in memory');
      assert.ok(!(await stored(page, `cadre.draft.${id}`)).includes('Typed while full'));
      await page.screenshot({ path: screenshotPath('drafts-quota-desktop.png') });
      // Room again: the next change is saved.
      await clearFiller(page);
      await page.fill('#provider-name', 'Typed while full, then saved');
      await waitState(page, 'saved');
      assert.ok((await stored(page, `cadre.draft.${id}`)).includes('Typed while full, then saved'));
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });

  test('a draft from a newer version opens read-only and is never overwritten', async () => {
    const { context, page, record } = await watchedPage(env.browser, DESKTOP);
    try {
      const future = JSON.stringify({
        version: 99, rev: 5, saved_at: '2030-01-01T00:00:00.000Z',
        draft: { id: 'future', name: 'Du futur', answers: { client: { name: 'Client futur' }, teleporter: true } },
      });
      await page.goto(env.site.url);
      await page.evaluate((f) => localStorage.setItem('cadre.draft.future', f), future);
      await boot(page);
      await page.locator('#banner-read-only').waitFor();
      assert.equal(await state(page), 'read-only');
      await page.screenshot({ path: screenshotPath('drafts-read-only-desktop.png') });
      await page.fill('#provider-name', 'An edit that cannot be written here');
      await page.waitForFunction(() => document.querySelector('.preview-body')?.innerText.includes('An edit that cannot'));
      // Leaving the page writes at once: here it must write nothing.
      await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
      assert.equal(await state(page), 'read-only');
      assert.equal(await stored(page, 'cadre.draft.future'), future, 'byte for byte');
      // A copy keeps the edit.
      await page.click('#banner-read-only button.primary');
      await waitState(page, 'saved');
      assert.equal(await stored(page, 'cadre.draft.future'), future);
      assert.equal(await page.inputValue('#provider-name'), 'An edit that cannot be written here');
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('the drafts panel', () => {
  test('new, rename, duplicate, delete and undo, my details — by keyboard', async () => {
    const { context, page, record } = await watchedPage(env.browser, DESKTOP);
    try {
      await boot(page);
      await fillHalfAMission(page);
      await waitState(page, 'saved');
      await page.focus('#drafts-toggle');
      await page.keyboard.press('Enter');
      await page.locator('#drafts-panel').waitFor({ state: 'visible' });
      const first = await currentId(page);

      // My details, then a new draft that starts with them.
      await page.focus('#save-my-details');
      await page.keyboard.press('Enter');
      await page.locator('#my-details-msg').waitFor();
      await page.focus('#draft-new');
      await page.keyboard.press('Enter');
      await page.waitForFunction((f) => document.querySelector('li.draft-item.current')?.dataset.draftId !== f, first);
      assert.equal(await page.inputValue('#provider-name'), 'Camille Moreau', 'my details prefilled');
      assert.equal(await page.locator('li.draft-item').count(), 2);

      // Rename the first draft; a name too long is refused beside the field.
      await page.focus(`#draft-${first}-rename`);
      await page.keyboard.press('Enter');
      await page.locator(`#rename-${first}`).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), `rename-${first}`);
      await page.keyboard.type('x'.repeat(130));
      await page.keyboard.press('Enter');
      await page.locator(`#draft-${first}-msg.error`).waitFor();
      await page.fill(`#rename-${first}`, 'Dupont — identité');
      await page.keyboard.press('Enter');
      await page.waitForFunction((f) => document.querySelector(`#draft-${f}-title`)?.textContent.startsWith('Dupont — identité'), first);

      // Duplicate: same client, next mission.
      await page.focus(`#draft-${first}-duplicate`);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('li.draft-item').length === 3);
      assert.match(await previewText(page), /Atelier Dupont/);
      assert.doesNotMatch(await previewText(page), /Logo, formats SVG et PNG/);

      // Sorted by last change: the duplicate first.
      const dup = await currentId(page);
      assert.equal(await page.locator('li.draft-item').first().getAttribute('data-draft-id'), dup);
      await page.screenshot({ path: screenshotPath('drafts-panel-desktop.png'), fullPage: true });
      await axeScan(page, 'the drafts panel');

      // Delete with undo: the toast's button takes the focus.
      await page.focus(`#draft-${first}-delete`);
      await page.keyboard.press('Enter');
      await page.locator('#draft-toast').waitFor();
      assert.match(await page.locator('#draft-toast').innerText(), /Dupont — identité/);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'draft-undo');
      assert.equal(await stored(page, `cadre.draft.${first}`), null);
      await page.screenshot({ path: screenshotPath('drafts-undo-desktop.png') });
      await page.keyboard.press('Enter');
      await page.locator('#draft-toast').waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.activeElement?.id === 'drafts-title');
      assert.ok(await stored(page, `cadre.draft.${first}`));
      assert.equal(await page.locator('li.draft-item').count(), 3);

      // The next action ends the undo.
      await page.click(`#draft-${first}-delete`);
      await page.locator('#draft-toast').waitFor();
      await page.click('#draft-new');
      await page.locator('#draft-toast').waitFor({ state: 'detached' });
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });

  test('on a phone, 390 px wide', async () => {
    const { context, page, record } = await watchedPage(env.browser, PHONE);
    try {
      await boot(page);
      await fillHalfAMission(page);
      await waitState(page, 'saved');
      await openPanel(page);
      await page.click('#draft-new');
      await page.waitForFunction(() => document.querySelectorAll('li.draft-item').length === 2);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no horizontal scroll (${overflow} px)`);
      await page.screenshot({ path: screenshotPath('drafts-panel-phone.png'), fullPage: true });
      await page.locator('section.drafts').screenshot({ path: screenshotPath('drafts-panel-phone-crop.png') });
      await axeScan(page, 'the drafts panel on a phone');
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });
});
