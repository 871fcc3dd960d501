// A newcomer's first contract, counted (issue #16): three journeys a freelancer walks
// from a fresh browser (no draft, no saved details) to a valid contract — no blocking
// problem, the review step reached, the PDF downloaded. Each journey lists what the
// user wants the contract to say; the driver types only what the page does not already
// hold (a field prefilled with the right value, or with any value where `any` says the
// user accepts a sensible default, is left alone), as a user who reads the page would.
//
// What is counted (deterministic, so tests may assert it):
// - fields: text fields typed into, and choices changed (a radio option, a checkbox);
// - keystrokes: characters typed, plus one for selecting a prefilled value to replace;
// - clicks: every click on the page (choices, "Add", the trade, steps, downloads).
// Used by scripts/bench-newcomer.mjs (prints them) and tests/e2e/newcomer.test.mjs.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Type `value` into `#id` unless it already holds it (or anything, with `any`). */
export const text = (id, value, opts = {}) => ({ kind: 'text', id, value, any: !!opts.any });
/** A date (YYYY-MM-DD) in the date field `id`: eight keystrokes, the day, month and year's digits. */
export const date = (id, value) => ({ kind: 'date', id, value });
/** Choose the option `key` of the choice field `id`. */
export const choose = (id, key) => ({ kind: 'choose', id, key });
/** Tick (or untick) the checkbox `id`. */
export const check = (id, on = true) => ({ kind: 'check', id, on });
/** The deliverables' titles, in order (adding items as needed). */
export const deliverables = (titles) => ({ kind: 'deliverables', titles });
/** Start from a trade (the first question of a new draft), when the page offers it. */
export const trade = (key) => ({ kind: 'trade', key });

/**
 * The most each journey may take (the counts measured when the trade choice came, plus
 * the end date each contract now states — a contract without any date is advised one;
 * the base before the trade choice, without the date: brasserie 12 fields / 203 keystrokes / 20 clicks, web-company
 * 15 / 266 / 23, coaching-consumer 15 / 160 / 21). A count above its target fails
 * tests/e2e/newcomer.test.mjs.
 */
export const TARGETS = {
  brasserie: { fields: 10, keystrokes: 164, clicks: 19 },
  'web-company': { fields: 13, keystrokes: 206, clicks: 22 },
  'coaching-consumer': { fields: 13, keystrokes: 162, clicks: 20 },
};

export const JOURNEYS = [
  {
    name: 'brasserie',
    what: 'graphic designer in Bordeaux: a logo and a menu for a brasserie, 1,800 € with a 30 % deposit',
    plan: [
      ['you', [
        trade('graphic_design'),
        text('provider-name', 'Léa Martin'),
        text('provider-siren', '812 345 676'),
        text('provider-address', '8 rue Sainte-Catherine, 33000 Bordeaux'),
      ]],
      ['client', [
        text('client-name', 'Brasserie du Port'),
        text('client-address', '2 quai des Chartrons, 33300 Bordeaux'),
      ]],
      ['mission', [
        text('mission-title', 'Logo et menu de la Brasserie du Port'),
        deliverables(['Logo', 'Menu']),
      ]],
      ['schedule', [
        date('end-date', '2027-02-26'),
      ]],
      ['price', [
        text('price-amount', '1800'),
        text('deposit-value', '30'),
      ]],
      ['rights', [
        text('rights-purpose', 'communication de la brasserie', { any: true }),
        text('rights-territory', 'France', { any: true }),
      ]],
      ['ending', [
        text('signature-place', 'Bordeaux', { any: true }),
      ]],
    ],
  },
  {
    name: 'web-company',
    what: 'web developer: a showcase site for a company (SAS), 4,500 € fixed',
    plan: [
      ['you', [
        trade('web_development'),
        text('provider-name', 'Hugo Bernard'),
        text('provider-siren', '812 345 676'),
        text('provider-address', '5 rue de la République, 69001 Lyon'),
      ]],
      ['client', [
        text('client-name', 'Verdier Conseil'),
        text('client-legal-form', 'SAS au capital de 5 000 €'),
        text('client-registration', '523 456 788'),
        text('client-representative', 'Anne Verdier'),
        text('client-address', '20 cours Lafayette, 69003 Lyon'),
      ]],
      ['mission', [
        text('mission-title', 'Site vitrine de Verdier Conseil'),
        deliverables(['Site internet', 'Mise en ligne']),
      ]],
      ['schedule', [
        date('end-date', '2027-04-30'),
      ]],
      ['price', [
        text('price-amount', '4500'),
      ]],
      ['rights', [
        text('rights-purpose', 'exploitation du site internet du client', { any: true }),
        text('rights-territory', 'monde entier', { any: true }),
      ]],
      ['ending', [
        text('signature-place', 'Lyon', { any: true }),
      ]],
    ],
  },
  {
    name: 'coaching-consumer',
    what: 'coach: six sessions for a private individual, 90 € a session',
    plan: [
      ['you', [
        trade('coaching'),
        text('provider-name', 'Nadia Roux'),
        text('provider-siren', '812 345 676'),
        text('provider-address', '3 rue Nationale, 59000 Lille'),
      ]],
      ['client', [
        choose('client-kind', 'consumer'),
        text('client-name', 'Julien Petit'),
        text('client-address', '14 rue Solférino, 59000 Lille'),
        text('mediator-name', 'CM2C', { any: true }),
        text('mediator-contact', 'www.cm2c.net', { any: true }),
        text('provider-phone', '06 12 34 56 78'),
      ]],
      ['mission', [
        text('mission-title', 'Accompagnement à la reconversion'),
        choose('mission-kind', 'accompaniment'),
        text('sessions', '6', { any: true }),
      ]],
      ['schedule', [
        date('end-date', '2027-06-30'),
      ]],
      ['price', [
        choose('price-mode', 'per_session'),
        text('price-amount', '90'),
        text('price-cap', '6', { any: true }),
      ]],
      ['ending', [
        text('signature-place', 'Lille', { any: true }),
      ]],
    ],
  },
];

/** Drives one journey on `page` (a fresh context at the app). Returns the counts. */
export async function drive(page, journey) {
  const n = { fields: 0, keystrokes: 0, clicks: 0 };
  const click = async (selector) => {
    await page.click(selector);
    n.clicks += 1;
  };
  const typeInto = async (id, value) => {
    const sel = `#${id}`;
    await page.locator(sel).waitFor();
    const before = await page.inputValue(sel);
    await page.click(sel);
    n.clicks += 1;
    if (before !== '') {
      await page.keyboard.press('Control+A');
      n.keystrokes += 1;
    }
    await page.keyboard.type(value);
    n.keystrokes += [...value].length;
    n.fields += 1;
    // Leaving the field, as a user moving on does.
    await page.locator(sel).blur();
  };
  for (const [step, wants] of journey.plan) {
    const nav = `#nav-${step}`;
    if ((await page.getAttribute(nav, 'aria-current')) !== 'step') {
      await click(nav);
      await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('aria-current') === 'step', nav);
    }
    for (const w of wants) {
      if (w.kind === 'trade') {
        const sel = `#trade--${w.key}`;
        if (await page.locator(sel).count()) {
          await click(sel);
          n.fields += 1;
          await page.locator(sel).waitFor({ state: 'detached' });
        }
      } else if (w.kind === 'text') {
        const now = await page.inputValue(`#${w.id}`);
        if (now === w.value || (w.any && now.trim() !== '')) continue;
        await typeInto(w.id, w.value);
      } else if (w.kind === 'date') {
        const sel = `#${w.id}`;
        if ((await page.inputValue(sel)) === w.value) continue;
        await click(sel);
        await page.fill(sel, w.value);
        n.keystrokes += 8;
        n.fields += 1;
        await page.locator(sel).blur();
      } else if (w.kind === 'choose') {
        const sel = `#${w.id}--${w.key}`;
        if (!(await page.isChecked(sel))) {
          await click(sel);
          n.fields += 1;
        }
      } else if (w.kind === 'check') {
        if ((await page.isChecked(`#${w.id}`)) !== w.on) {
          await click(`#${w.id}`);
          n.fields += 1;
        }
      } else if (w.kind === 'deliverables') {
        for (let i = 0; i < w.titles.length; i++) {
          let ids = await page.$$eval('input[id^="deliverable-"][id$="-title"]', (els) => els.map((e) => e.id));
          if (i >= ids.length) {
            await click('#deliverables-title-add');
            await page.waitForFunction((k) => document.querySelectorAll('input[id^="deliverable-"][id$="-title"]').length > k, i);
            ids = await page.$$eval('input[id^="deliverable-"][id$="-title"]', (els) => els.map((e) => e.id));
          }
          const now = await page.inputValue(`#${ids[i]}`);
          if (now !== w.titles[i]) await typeInto(ids[i], w.titles[i]);
        }
        // Items the trade offered that this mission does not have: removed.
        let ids = await page.$$eval('input[id^="deliverable-"][id$="-title"]', (els) => els.map((e) => e.id));
        while (ids.length > w.titles.length) {
          await click(`li.item:has(#${ids[ids.length - 1]}) button.remove`);
          await page.waitForFunction((k) => document.querySelectorAll('input[id^="deliverable-"][id$="-title"]').length === k, ids.length - 1);
          ids = await page.$$eval('input[id^="deliverable-"][id$="-title"]', (els) => els.map((e) => e.id));
        }
      }
    }
  }
  await click('#nav-review');
  await page.waitForFunction(() => document.querySelector('#nav-review')?.getAttribute('aria-current') === 'step');
  const review = await page.locator('.review .problems').innerText();
  const ok = !(await page.locator('.review .problems.blocking').count());
  // The PDF, downloaded.
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click('#download-review-pdf')]);
  const path = join(mkdtempSync(join(tmpdir(), 'cadre-newcomer-')), dl.suggestedFilename());
  await dl.saveAs(path);
  const pdf = readFileSync(path).subarray(0, 5).toString('latin1') === '%PDF-';
  return { ...n, ok, pdf, review };
}

/** Opens the app in a fresh context (no draft, no details), interface in French. */
export async function freshPage(browser, url, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'fr-FR' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  await page.locator('#step-title').waitFor();
  if ((await page.getAttribute('main#cadre', 'lang')) !== 'fr') await page.click('button.lang[lang="fr"]');
  await page.waitForFunction(() => document.querySelector('main#cadre')?.getAttribute('lang') === 'fr');
  return { context, page, errors };
}
