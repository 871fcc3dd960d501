// Hostile files and many drafts, in a real browser (issue #17): a file with duplicate
// and huge item ids is renumbered, so editing or removing the second item touches only
// it; a list over its cap is refused whole, the cap named beside the import control; a
// bundle that does not fit a really full storage writes nothing and says so; several
// drafts deleted at once come back with one Undo, by keyboard; screenshots of the
// panel with a selection at 1280 and 390 px.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screenshotPath, useBrowserAndSite, watchedPage } from './helpers.mjs';
import * as app from './app.mjs';
import { axeScan, clearFiller, fillQuota, next, openPanel } from './app.mjs';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const dir = mkdtempSync(join(tmpdir(), 'cadre-imports-'));

const env = useBrowserAndSite();
const boot = (page) => app.boot(page, env.site.url, { saved: true });




/** From the first step to the mission's (you, client, mission). */
async function toMission(page) {
  await next(page);
  await next(page);
  await page.locator('#deliverables-title').waitFor();
}

const cadreKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cadre.')).sort());
const draftCount = (page) => page.locator('li.draft-item').count();
const importMessage = (page) => page.locator('#draft-import-error').innerText();

/** A version-2 draft file with these deliverables `[id, title]` and instalments. */
function draftFile(name, deliverables, milestones = []) {
  const envelope = {
    version: 2, rev: 1, saved_at: '2026-05-04T09:30:00.000Z',
    draft: {
      id: 'imported', name,
      answers: {
        client: { name: 'Atelier Dupont' },
        mission: { title: name, deliverables: deliverables.map(([id, title]) => ({ id, title, due: '' })) },
        payment: { milestones: milestones.map(([id, label]) => ({ id, label, percent: '10', due: '' })) },
      },
    },
  };
  const file = join(dir, `${name.replace(/\W+/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(envelope));
  return { file, envelope };
}

async function importFile(page, file) {
  await page.setInputFiles('#draft-import', file);
}

/** Names the open draft through its rename form. */
async function renameCurrent(page, name) {
  const id = await page.locator('li.draft-item.current').getAttribute('data-draft-id');
  await page.click(`#draft-${id}-rename`);
  await page.fill(`#rename-${id}`, name);
  await page.keyboard.press('Enter');
  await page.waitForFunction(([i, n]) => document.querySelector(`#draft-${i}-title`)?.textContent.startsWith(n), [id, name]);
}

const waitImportMessage = (page, re) =>
  page.waitForFunction((src) => new RegExp(src).test(document.querySelector('#draft-import-error')?.textContent ?? ''), re.source);

const deliverableTitles = (page) =>
  page.locator('section[aria-labelledby="deliverables-title"] li.item input').evaluateAll((inputs) =>
    inputs.filter((i) => i.id.endsWith('-title')).map((i) => i.value));


describe('hostile imports', () => {
  test('duplicate and huge item ids: editing or removing the second item touches only it', async () => {
    const { context, page, record } = await watchedPage(env.browser, DESKTOP);
    try {
      await boot(page);
      await openPanel(page);
      const { file } = draftFile('Ids hostiles', [[7, 'Premier'], [7, 'Second'], [4294967295, 'Troisième']], [[7, 'Acompte']]);
      await importFile(page, file);
      await waitImportMessage(page, /importé et ouvert/);
      await page.click('#drafts-toggle');
      await toMission(page);
      assert.deepEqual(await deliverableTitles(page), ['Premier', 'Second', 'Troisième']);
      const ids = await page.locator('li.item input[id$="-title"], li.item input[id$="-label"]').evaluateAll((i) => i.map((x) => x.id));
      assert.equal(new Set(ids).size, ids.length, `unique field ids: ${ids}`);
      assert.ok(ids.every((id) => Number(id.split('-')[1]) <= 99999), `ids within range: ${ids}`);

      const second = page.locator('section[aria-labelledby="deliverables-title"] li.item').nth(1);
      await second.locator('input[id$="-title"]').fill('Second modifié');
      assert.deepEqual(await deliverableTitles(page), ['Premier', 'Second modifié', 'Troisième']);
      await second.getByRole('button', { name: /Retirer/ }).click();
      await page.waitForFunction(() => document.querySelectorAll('section[aria-labelledby="deliverables-title"] li.item').length === 2);
      assert.deepEqual(await deliverableTitles(page), ['Premier', 'Troisième'], 'only the second one went');

      // "+ Ajouter" twice after an id of 4294967295: two new items, each its own title.
      await page.click('#deliverables-title-add');
      await page.click('#deliverables-title-add');
      const items = page.locator('section[aria-labelledby="deliverables-title"] li.item input[id$="-title"]');
      await items.nth(2).fill('Quatrième');
      await items.nth(3).fill('Cinquième');
      assert.deepEqual(await deliverableTitles(page), ['Premier', 'Troisième', 'Quatrième', 'Cinquième']);
      await page.waitForSelector('#save-state[data-state="saved"]');
      const id = await page.locator('li.draft-item.current').getAttribute('data-draft-id');
      const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), `cadre.draft.${id}`));
      const storedIds = [...stored.draft.answers.mission.deliverables, ...stored.draft.answers.payment.milestones].map((d) => d.id);
      assert.equal(new Set(storedIds).size, storedIds.length, `stored ids unique: ${storedIds}`);
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });

  test('a list over its cap is refused whole, the cap named beside the import; at the cap "+ Ajouter" says why', async () => {
    const { context, page, record } = await watchedPage(env.browser, DESKTOP);
    try {
      await boot(page);
      await openPanel(page);
      const keys = await cadreKeys(page);
      const over = draftFile('Trop de livrables', Array.from({ length: 201 }, (_, i) => [i + 1, `L${i}`]));
      await importFile(page, over.file);
      await waitImportMessage(page, /201 livrables/);
      assert.equal(await importMessage(page), 'Ce fichier contient 201 livrables\u00a0; un brouillon en compte au plus 200. Rien n’a été importé.');
      assert.ok(await page.locator('#draft-import-error.error').isVisible());
      assert.equal(await page.getAttribute('#draft-import', 'aria-invalid'), 'true');
      assert.equal(await draftCount(page), 1, 'no draft added');
      assert.deepEqual(await cadreKeys(page), keys, 'nothing written');
      await page.screenshot({ path: screenshotPath('imports-over-cap-desktop.png') });

      // Exactly at the cap: imported, and "+ Ajouter" stops with a word beside it.
      const full = draftFile('Deux cents livrables', Array.from({ length: 200 }, (_, i) => [i + 1, `L${i}`]));
      await importFile(page, full.file);
      await waitImportMessage(page, /importé et ouvert/);
      await page.click('#drafts-toggle');
      await toMission(page);
      const add = page.locator('#deliverables-title-add');
      assert.equal(await add.getAttribute('aria-disabled'), 'true');
      assert.equal(await page.locator('#deliverables-title-full').innerText(), '200 livrables au plus par brouillon.');
      assert.equal(await add.getAttribute('aria-describedby'), 'deliverables-title-full');
      // aria-disabled keeps it focusable (its reason is read with it); pressing does nothing.
      await add.focus();
      await page.keyboard.press('Enter');
      // A long list fills in batches (aria-busy meanwhile): count once it is whole.
      await page.waitForSelector('section[aria-labelledby="deliverables-title"] ol.items:not([aria-busy])');
      assert.equal(await page.locator('section[aria-labelledby="deliverables-title"] li.item').count(), 200);
      await page.locator('section[aria-labelledby="deliverables-title"] li.item').last().getByRole('button', { name: /Retirer/ }).click();
      await page.waitForFunction(() => document.querySelector('#deliverables-title-full')?.textContent === '');
      assert.equal(await add.getAttribute('aria-disabled'), null, 'room again');
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });

  test('a bundle that does not fit a really full storage: nothing written, a clear message', async () => {
    const { context, page, record } = await watchedPage(env.browser, DESKTOP);
    try {
      await boot(page);
      await openPanel(page);
      const drafts = Array.from({ length: 20 }, (_, i) => draftFile(`Brouillon ${i}`, [[1, 'x'.repeat(10000)]]).envelope);
      const bundle = join(dir, 'bundle.json');
      writeFileSync(bundle, JSON.stringify({ format: 'cadre-drafts', exported_at: '2026-05-04T09:30:00.000Z', drafts }));
      // Fill the origin's quota for real, under a prefix that is not Cadre's.
      const filled = await fillQuota(page);
      assert.ok(filled > 2);
      const keys = await cadreKeys(page);
      await importFile(page, bundle);
      await waitImportMessage(page, /Pas assez de place/);
      assert.match(await importMessage(page), /Rien n’a été importé/);
      assert.ok(await page.locator('#draft-import-error.error').isVisible());
      assert.deepEqual(await cadreKeys(page), keys, 'nothing written');
      assert.equal(await draftCount(page), 1);
      await page.screenshot({ path: screenshotPath('imports-no-room-desktop.png') });
      // Room again: the same file goes in whole.
      await clearFiller(page);
      await importFile(page, bundle);
      await waitImportMessage(page, /20 brouillons importés/);
      assert.equal(await draftCount(page), 21);
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('several drafts at once', () => {
  test('select three drafts by keyboard, delete them, one Undo brings them all back', async () => {
    const { context, page, record } = await watchedPage(env.browser, DESKTOP);
    try {
      await boot(page);
      await openPanel(page);
      for (const name of ['Logo Dupont', 'Site Martin', 'Cartes Leroy']) {
        const count = await draftCount(page);
        await page.click('#draft-new');
        await page.waitForFunction((n) => document.querySelectorAll('li.draft-item').length === n, count + 1);
        await renameCurrent(page, name);
      }
      await page.waitForFunction(() => /Cartes Leroy/.test(document.querySelector('li.draft-item.current')?.textContent ?? ''));
      const ids = await page.locator('li.draft-item').evaluateAll((li) => li.map((l) => l.dataset.draftId));
      assert.equal(ids.length, 4);
      const chosen = ids.slice(0, 3); // the open draft among them
      const before = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

      assert.equal(await page.locator('#drafts-delete-selected').count(), 0, 'no button before a selection');
      for (const id of chosen) {
        await page.focus(`#draft-${id}-select`);
        await page.keyboard.press('Space');
      }
      const button = page.locator('#drafts-delete-selected');
      await button.waitFor();
      assert.equal(await button.innerText(), 'Supprimer la sélection (3)');
      const name = await page.locator(`#draft-${chosen[0]}-select`).evaluate((el) => el.labels[0].innerText);
      assert.match(name, /^Sélectionner « .+ »$/);
      await page.screenshot({ path: screenshotPath('drafts-selection-desktop.png'), fullPage: true });
      await axeScan(page, 'the drafts panel with a selection');

      await button.focus();
      await page.keyboard.press('Enter');
      await page.locator('#draft-toast').waitFor();
      assert.equal(await page.locator('#draft-toast p').innerText(), '3 brouillons supprimés.');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'draft-undo');
      assert.equal(await draftCount(page), 1);
      for (const id of chosen) assert.equal(await page.evaluate((k) => localStorage.getItem(k), `cadre.draft.${id}`), null);
      assert.equal(await page.locator('#drafts-delete-selected').count(), 0, 'the selection is cleared');

      await page.keyboard.press('Enter');
      await page.locator('#draft-toast').waitFor({ state: 'detached' });
      assert.equal(await draftCount(page), 4);
      const after = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
      for (const id of chosen) {
        const key = `cadre.draft.${id}`;
        assert.equal(after[key], before[key], `${key} back byte for byte`);
      }
      assert.match(await page.locator('li.draft-item.current').innerText(), /Cartes Leroy/, 'the open draft open again');

      // "Tout sélectionner" checks every line.
      await page.check('#drafts-select-all');
      assert.equal(await button.innerText(), 'Supprimer la sélection (4)');
      await page.uncheck('#drafts-select-all');
      await button.waitFor({ state: 'detached' });
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });

  test('the panel with a selection on a phone, 390 px wide', async () => {
    const { context, page, record } = await watchedPage(env.browser, PHONE);
    try {
      await boot(page);
      await openPanel(page);
      await renameCurrent(page, 'Identité visuelle de l’Atelier Dupont, site et cartes de visite');
      for (let n = 2; n <= 3; n++) {
        await page.click('#draft-new');
        await page.waitForFunction((c) => document.querySelectorAll('li.draft-item').length === c, n);
      }
      const ids = await page.locator('li.draft-item').evaluateAll((li) => li.map((l) => l.dataset.draftId));
      await page.check(`#draft-${ids[0]}-select`);
      await page.check(`#draft-${ids[2]}-select`);
      await page.locator('#drafts-delete-selected').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no horizontal scroll (${overflow} px)`);
      await page.locator('section.drafts').screenshot({ path: screenshotPath('drafts-selection-phone.png') });
      await axeScan(page, 'the drafts panel with a selection on a phone');
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });
});
