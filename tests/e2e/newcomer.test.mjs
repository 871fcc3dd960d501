// A newcomer's first contract in minutes (issue #16), in a real browser on the release
// build: the three journeys of journeys.mjs reach a valid contract and its PDF within
// their targets (counts are deterministic); a returning user saves their details from
// the first step and starts the next contract from a previous one for a new client;
// a deliverable due after the end of the mission is named at the end date. Screenshots
// of the trade choice and of the returning user's start at 1280 and 390 px.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshotPath, useBrowserAndSite } from './helpers.mjs';
import { axeScan } from './app.mjs';
import { JOURNEYS, TARGETS, drive, freshPage } from './journeys.mjs';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const env = useBrowserAndSite();

describe('a newcomer reaches a valid contract within the targets', () => {
  for (const j of JOURNEYS) {
    test(j.name, async () => {
      const { context, page, errors } = await freshPage(env.browser, env.site.url);
      try {
        const r = await drive(page, j);
        const t = TARGETS[j.name];
        console.log(`${j.name}: ${r.fields} fields, ${r.keystrokes} keystrokes, ${r.clicks} clicks (target ≤ ${t.fields}, ≤ ${t.keystrokes}, ≤ ${t.clicks})`);
        assert.ok(r.ok, `blocking problems: ${r.review}`);
        assert.ok(r.pdf, 'the PDF is downloaded');
        assert.ok(r.fields <= t.fields, `fields ${r.fields} > ${t.fields}`);
        assert.ok(r.keystrokes <= t.keystrokes, `keystrokes ${r.keystrokes} > ${t.keystrokes}`);
        assert.ok(r.clicks <= t.clicks, `clicks ${r.clicks} > ${t.clicks}`);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe('the trade choice', () => {
  for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    test(`offered first on a new draft, skippable, and saying what it set (${device})`, async () => {
      const { context, page, errors } = await freshPage(env.browser, env.site.url, viewport);
      try {
        await page.locator('#trade--graphic_design').waitFor();
        assert.match(await page.locator('.start').innerText(), /restent sur cet appareil/);
        await page.screenshot({ path: screenshotPath(`trade-choice-${device}.png`), fullPage: device === 'phone' });
        if (device === 'desktop') await axeScan(page, 'the trade choice');
        // Skipped ("another trade"): gone, nothing prefilled.
        await page.click('#trade--other');
        await page.locator('.start').waitFor({ state: 'detached' });
        // Another new draft offers it again; building trades set the décennale.
        await page.click('#drafts-toggle');
        await page.click('#draft-new');
        await page.click('#trade--building');
        await page.locator('#trade-note').waitFor();
        assert.equal(await page.isChecked('#provider-insurance'), true);
        assert.equal(await page.isChecked('#provider-insurance-cover--decennale'), true);
        assert.equal(await page.isChecked('#provider-registry--rm'), true);
        assert.equal(await page.locator('#provider-trader').count(), 0, 'the trader is asked once, by the registry');
        await page.click('#nav-mission');
        assert.equal(await page.isChecked('#building-works'), true);
        assert.equal(await page.inputValue('#deliverable-1-title'), 'Travaux décrits au devis annexé');
        // In English too.
        await page.click('#nav-you');
        await page.click('button.lang[lang="en"]');
        assert.match(await page.locator('#trade-note').innerText(), /usual answers of your trade/);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe('a returning user', () => {
  test('saves their details from the first step, then starts from a previous contract for a new client', async () => {
    const { context, page, errors } = await freshPage(env.browser, env.site.url, DESKTOP);
    try {
      await page.click('#trade--graphic_design');
      await page.fill('#provider-name', 'Léa Martin');
      assert.equal(await page.locator('#save-details-here').count(), 0, 'offered once the step is complete');
      await page.fill('#provider-siren', '812 345 676');
      await page.fill('#provider-address', '8 rue Sainte-Catherine, 33000 Bordeaux');
      await page.locator('#provider-address').blur();
      await page.click('#save-details-here');
      await page.locator('#start-msg').waitFor();
      assert.equal(await page.locator('#save-details-here').count(), 0, 'not offered once saved');
      await page.click('#nav-client');
      await page.fill('#client-name', 'Brasserie du Port');
      await page.fill('#client-address', '2 quai des Chartrons, 33300 Bordeaux');
      await page.click('#nav-mission');
      await page.fill('#mission-title', 'Logo et menu');
      await page.click('#deliverables-title-add');
      await page.keyboard.type('Menu');
      await page.click('#nav-ending');
      assert.equal(await page.inputValue('#signature-place'), 'Bordeaux', 'signed where the provider works');
      await page.waitForSelector('#save-state[data-state="saved"]');

      // A new draft: my details, and the previous contract offered.
      await page.click('#drafts-toggle');
      await page.click('#draft-new');
      await page.locator('.start-previous').waitFor();
      assert.equal(await page.inputValue('#provider-name'), 'Léa Martin');
      await page.locator('#drafts-toggle').click();
      await page.locator('#drafts-panel').waitFor({ state: 'hidden' });
      for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
        await page.setViewportSize(viewport);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: screenshotPath(`returning-start-${device}.png`), fullPage: device === 'phone' });
      }
      await page.setViewportSize(DESKTOP);
      const from = page.locator('.start-previous button').first();
      assert.match(await from.innerText(), /Logo et menu — Brasserie du Port/);
      await from.click();
      await page.locator('.start').waitFor({ state: 'detached' });
      assert.equal(await page.inputValue('#provider-name'), 'Léa Martin');
      await page.click('#nav-client');
      assert.equal(await page.inputValue('#client-name'), '', 'a new client');
      await page.click('#nav-mission');
      assert.equal(await page.inputValue('#mission-title'), '');
      const titles = await page.$$eval('input[id^="deliverable-"][id$="-title"]', (els) => els.map((e) => e.value));
      assert.deepEqual(titles, ['Logo', 'Menu'], 'the deliverables’ shape is kept');
      await page.click('#nav-price');
      assert.equal(await page.inputValue('#price-amount'), '');
      assert.equal(await page.locator('li.draft-item').count(), 3);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('dates asked in two steps', () => {
  test('a deliverable due after the end is named at the end date when it is left', async () => {
    const { context, page, errors } = await freshPage(env.browser, env.site.url, DESKTOP);
    try {
      await page.click('#trade--other');
      await page.click('#nav-mission');
      await page.fill('#deliverable-1-title', 'Menu');
      await page.fill('#deliverable-1-due', '2027-03-01');
      await page.click('#nav-schedule');
      await page.fill('#end-date', '2027-02-01');
      await page.locator('#end-date').blur();
      await page.waitForFunction(() => /«\s*Menu\s*»/.test(document.querySelector('#end-date-error')?.textContent ?? ''));
      await page.click('button.lang[lang="en"]');
      await page.waitForFunction(() => /“Menu”/.test(document.querySelector('#end-date-error')?.textContent ?? ''));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
