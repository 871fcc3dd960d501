// Two pages of one browser on one draft, and a page that clears storage: what each
// choice leaves in storage, and that nothing typed becomes unrecoverable.
// - the same field typed in both: a conflict at the field with both values; the value
//   not chosen is kept in a new draft; the other page follows;
// - different fields typed in both: merged silently, in both pages and in storage;
// - the draft deleted in one page: the other writes it again with what it typed, or
//   says so and offers to put it back;
// - closing a page with unstored work (a conflict, a full storage) asks first
//   (`beforeunload`); with everything stored it does not;
// - storage cleared by another page of the site: said, and the open draft written again.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshotPath, useBrowserAndSite, watchedPage } from './helpers.mjs';
import * as app from './app.mjs';
import { fillQuota, state, stored, waitState } from './app.mjs';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const env = useBrowserAndSite();
const boot = (page) => app.boot(page, env.site.url, { saved: true });


const valueIs = (page, id, v) =>
  page.waitForFunction(([id, v]) => document.getElementById(id)?.value === v, [id, v]);

async function currentId(page) {
  if ((await page.getAttribute('#drafts-toggle', 'aria-expanded')) !== 'true') await page.click('#drafts-toggle');
  const id = await page.locator('li.draft-item.current').getAttribute('data-draft-id');
  await page.click('#drafts-toggle');
  return id;
}

/** Every stored draft's JSON, parsed. */
const storedDrafts = (page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => /^cadre\.draft\.[^.]+$/.test(k))
      .map((k) => JSON.parse(localStorage.getItem(k))),
  );

/** Two pages of one context on the same, stored draft. */
async function twoPages(viewport = DESKTOP) {
  const { context, page: a, record } = await watchedPage(env.browser, viewport);
  const b = await context.newPage();
  await b.setViewportSize(viewport);
  await boot(a);
  await a.fill('#provider-name', 'Camille Moreau');
  await waitState(a, 'saved');
  await boot(b);
  const id = await currentId(a);
  assert.equal(await currentId(b), id, 'both open the same draft');
  return { context, a, b, record, key: `cadre.draft.${id}` };
}

/** Types in both pages at once; returns [the page asked to choose, the other]. */
async function typeInBoth(a, b, field, inA, inB) {
  await Promise.all([a.fill(`#${field}`, inA), b.fill(`#${field}`, inB)]);
  const asked = await Promise.any([
    a.waitForSelector(`#${field}-conflict`).then(() => a),
    b.waitForSelector(`#${field}-conflict`).then(() => b),
  ]);
  return asked === a ? [a, b] : [b, a];
}

describe('two pages, one draft', () => {
  for (const [keep, viewport, label] of [
    ['mine', DESKTOP, 'desktop'],
    ['theirs', PHONE, 'phone'],
  ]) {
    test(`the same field typed in both: choosing ${keep} (${label}) keeps the other value in a new draft`, async () => {
      const { context, a, b, record, key } = await twoPages(viewport);
      try {
        const [asked, other] = await typeInBoth(a, b, 'provider-name', 'Typed in A', 'Typed in B');
        const mine = asked === a ? 'Typed in A' : 'Typed in B';
        const theirs = asked === a ? 'Typed in B' : 'Typed in A';
        assert.equal(await state(asked), 'conflict');
        assert.equal(await asked.inputValue('#provider-name'), mine, 'the page asked keeps what was typed on screen');
        const box = asked.locator('#provider-name-conflict');
        assert.match(await box.innerText(), new RegExp(`${mine}[\\s\\S]*${theirs}`), 'both values shown at the field');
        assert.match(await asked.locator('#banner-conflict').innerText(), /sauf une réponse/);
        assert.ok((await stored(a, key)).includes(theirs), 'storage keeps the other value until the choice');
        assert.equal(await other.locator('#banner-conflict').count(), 0, 'only one page asks');
        await box.scrollIntoViewIfNeeded();
        await asked.screenshot({ path: screenshotPath(`tabs-conflict-${label}.png`) });

        await asked.click(keep === 'mine' ? '#provider-name-keep-mine' : '#provider-name-take-theirs');
        await waitState(asked, 'saved');
        const kept = keep === 'mine' ? mine : theirs;
        const other_value = keep === 'mine' ? theirs : mine;
        assert.equal(JSON.parse(await stored(a, key)).draft.answers.provider.name, kept);
        assert.equal(await asked.inputValue('#provider-name'), kept);
        const aside = (await storedDrafts(a)).filter((e) => e.draft.name.startsWith('Valeurs écartées'));
        assert.equal(aside.length, 1, 'one new draft keeps the value not chosen');
        assert.equal(aside[0].draft.answers.provider.name, other_value);
        assert.match(await asked.locator('#draft-notice').innerText(), /Valeurs écartées/);
        await valueIs(other, 'provider-name', kept);
        assert.equal(await other.locator('#banner-conflict').count(), 0);
        assert.deepEqual(record.errors, []);
      } finally {
        await context.close();
      }
    });
  }

  test('different fields typed in both: merged in both pages and in storage, said in one line', async () => {
    const { context, a, b, record, key } = await twoPages();
    try {
      await Promise.all([a.fill('#provider-email', 'camille@moreau.fr'), b.fill('#provider-address', '12 rue des Lilas')]);
      await valueIs(a, 'provider-address', '12 rue des Lilas');
      await valueIs(b, 'provider-email', 'camille@moreau.fr');
      await waitState(a, 'saved');
      await waitState(b, 'saved');
      const provider = JSON.parse(await stored(a, key)).draft.answers.provider;
      assert.equal(provider.email, 'camille@moreau.fr');
      assert.equal(provider.address, '12 rue des Lilas');
      assert.equal(await a.locator('#banner-conflict').count() + (await b.locator('#banner-conflict').count()), 0);
      const notices = [await a.locator('#draft-notice').count(), await b.locator('#draft-notice').count()];
      assert.ok(notices.some((n) => n > 0), 'a page whose draft changed elsewhere says so');
      assert.match(await (notices[0] ? a : b).locator('#draft-notice').innerText(), /autre onglet/);
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });

  test('the draft deleted in one page: the other writes it again with what it typed', async () => {
    const { context, a, b, record, key } = await twoPages();
    try {
      const id = key.slice('cadre.draft.'.length);
      // B types; A deletes before B's write (B's timer is at most 300 ms away).
      await a.click('#drafts-toggle');
      await b.evaluate(() => {
        const input = document.getElementById('provider-email');
        input.value = 'typed-in-b@example.fr';
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      });
      await a.click(`#draft-${id}-delete`);
      assert.equal(await stored(a, key), null, 'deleted before B wrote');
      // B's write reached storage before the delete, or after: either B writes it again
      // at once, or B says it was deleted, keeps it on screen, asks before closing, and
      // puts it back on request.
      const typedIsStored = (k) => (localStorage.getItem(k) || '').includes('typed-in-b@example.fr');
      await b.waitForFunction(
        (k) => (localStorage.getItem(k) || '').includes('typed-in-b@example.fr') ||
          document.querySelector('#save-state')?.dataset.state === 'deleted',
        key,
      );
      if (!(await b.evaluate(typedIsStored, key))) {
        assert.equal(await b.inputValue('#provider-email'), 'typed-in-b@example.fr');
        await b.click('#notice-restore');
      }
      await b.waitForFunction(typedIsStored, key);
      await waitState(b, 'saved');
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });

  test('the draft deleted in one page: the other, with nothing typed, says so and can put it back', async () => {
    const { context, a, b, record, key } = await twoPages();
    try {
      const id = key.slice('cadre.draft.'.length);
      await a.click('#drafts-toggle');
      await a.click(`#draft-${id}-delete`);
      await waitState(b, 'deleted');
      assert.equal(await b.locator('#save-state').innerText(), 'Supprimé dans un autre onglet');
      assert.match(await b.locator('#draft-notice').innerText(), /supprimé dans un autre onglet/);
      assert.equal(await stored(b, key), null);
      await b.click('#notice-restore');
      await waitState(b, 'saved');
      assert.ok((await stored(b, key)).includes('Camille Moreau'));
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('leaving with unstored work', () => {
  /** Closes `page` running its beforeunload handlers; true when the browser asked. */
  async function closeAsks(page) {
    let asked = false;
    page.on('dialog', async (d) => {
      if (d.type() === 'beforeunload') asked = true;
      await d.accept();
    });
    await page.close({ runBeforeUnload: true });
    await page.waitForEvent('close', { timeout: 5000 }).catch(() => {});
    return asked;
  }

  test('a page with everything stored closes without a question', async () => {
    const { context, page, record } = await watchedPage(env.browser, DESKTOP);
    try {
      await boot(page);
      await page.fill('#provider-name', 'Stored');
      // Closed before the 300 ms write: the page writes on the way out and asks nothing.
      assert.equal(await closeAsks(page), false);
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });

  test('a page in conflict asks before closing', async () => {
    const { context, a, b } = await twoPages();
    try {
      const [asked] = await typeInBoth(a, b, 'provider-name', 'In A', 'In B');
      assert.equal(await closeAsks(asked), true);
    } finally {
      await context.close();
    }
  });

  test('a page whose storage is full asks before closing', async () => {
    const { context, page } = await watchedPage(env.browser, DESKTOP);
    try {
      await boot(page);
      await fillQuota(page);
      await page.fill('#provider-name', 'Typed while full');
      await page.locator('#banner-quota').waitFor();
      assert.equal(await closeAsks(page), true);
    } finally {
      await context.close();
    }
  });
});

describe('storage cleared by another page of the site', () => {
  test('the open draft is written again and the page says what happened', async () => {
    const { context, page: a, record } = await watchedPage(env.browser, DESKTOP);
    const host = await context.newPage();
    try {
      await boot(a);
      await a.fill('#provider-name', 'Kept through a clear');
      await waitState(a, 'saved');
      const key = `cadre.draft.${await currentId(a)}`;
      // Another page of the origin (a blog sharing it) clears everything.
      await host.goto(env.site.url + 'csp.txt');
      await host.evaluate(() => localStorage.clear());
      await a.locator('#draft-notice').waitFor();
      assert.match(await a.locator('#draft-notice').innerText(), /vidé le stockage/);
      await waitState(a, 'saved');
      assert.ok((await stored(a, key)).includes('Kept through a clear'), 'written again');
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });
});
