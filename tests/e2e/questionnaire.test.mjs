// The interview as a user walks it: a fixed-price creative mission filled from start
// to finish by keyboard with the preview following; an invalid deposit shown at its
// field and fixed; coaching and consumer missions showing only their own steps; an
// axe-core scan of every step; screenshots at 1280 px and 390 px.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshotPath, useBrowserAndSite, watchedPage } from './helpers.mjs';
import { axeScan } from './app.mjs';

const env = useBrowserAndSite();

async function open(viewport = { width: 1280, height: 800 }, locale = 'fr-FR') {
  const { context, page, record } = await watchedPage(env.browser, viewport);
  await context.clearCookies();
  await page.goto(env.site.url);
  await page.locator('#step-title').waitFor();
  if (locale.startsWith('fr')) await page.click('button.lang[lang="fr"]');
  await page.waitForFunction(() => document.querySelector('main#cadre')?.getAttribute('lang') === 'fr');
  return { context, page, record, locale };
}

/** Presses Tab until the focused element matches `selector` (keyboard only). */
async function tabTo(page, selector, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function typeIn(page, id, text) {
  await tabTo(page, `#${id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Activates the "Next" button by keyboard and waits for the new step. */
async function nextStep(page, expectedTitle) {
  await tabTo(page, '.step-nav button.primary');
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.querySelector('#step-title')?.textContent === t, expectedTitle);
  // The focus moves to the new step's heading.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-title');
}

const previewText = (page) => page.locator('.preview-body').innerText();

describe('fixed-price creative mission, by keyboard', () => {
  test('filled start to finish, the preview following, then clean review', async () => {
    const { context, page, record } = await open();
    try {
      await typeIn(page, 'provider-name', 'Camille Moreau');
      assert.match(await previewText(page), /Camille Moreau EI/);
      await typeIn(page, 'provider-siren', '812 345 676');
      await typeIn(page, 'provider-address', '12 rue des Lilas, 69003 Lyon');
      await typeIn(page, 'provider-email', 'camille@moreau-design.fr');
      await nextStep(page, 'Votre client');

      await typeIn(page, 'client-name', 'Atelier Dupont');
      // The preview shows the answer and highlights the parties block.
      await page.waitForFunction(() => document.querySelector('#art-parties.highlight')?.textContent.includes('Atelier Dupont'));
      await typeIn(page, 'client-registration', '523 456 788');
      await typeIn(page, 'client-representative', 'Marc Dupont');
      await typeIn(page, 'client-address', '4 place Bellecour, 69002 Lyon');
      await nextStep(page, 'La mission');

      await typeIn(page, 'mission-title', 'Identité visuelle de l’Atelier Dupont');
      await page.waitForFunction(() => document.querySelector('#art-object.highlight')?.textContent.includes('Identité visuelle'));
      await typeIn(page, 'deliverable-1-title', 'Logo, formats SVG et PNG');
      // Add a second deliverable by keyboard: the focus lands in its title.
      await tabTo(page, '.list button.secondary');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id?.match(/^deliverable-\d+-title$/) && document.activeElement.id !== 'deliverable-1-title');
      await page.keyboard.type('Charte graphique de 12 pages');
      assert.match(await previewText(page), /Charte graphique de 12 pages/);
      await nextStep(page, 'Calendrier');
      await nextStep(page, 'Prix et paiement');

      await typeIn(page, 'price-amount', '2 400');
      await page.waitForFunction(() => document.querySelector('#art-price')?.textContent.includes('deux mille quatre cents euros'));
      await nextStep(page, 'Droits et confidentialité');

      await typeIn(page, 'rights-purpose', 'identification de l’atelier');
      await typeIn(page, 'rights-media', 'imprimés, site internet');
      await typeIn(page, 'rights-territory', 'France');
      await nextStep(page, 'Fin du contrat');
      await typeIn(page, 'signature-place', 'Lyon');
      await nextStep(page, 'Relire et télécharger');

      const review = await page.locator('.review .problems').innerText();
      assert.match(review, /Rien ne bloque/, review);
      const text = await previewText(page);
      assert.doesNotMatch(text, /PROJET/);
      for (const expected of ['Camille Moreau EI', 'TVA non applicable, art. 293 B du CGI', 'Atelier Dupont', '720,00', 'droit de reproduction', 'Fait à Lyon']) {
        assert.ok(text.includes(expected), `preview contains ${expected}`);
      }
      assert.deepEqual(record.errors, []);
      assert.deepEqual(record.offsite, []);
      await page.screenshot({ path: screenshotPath('review-desktop.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});

describe('validation at the field', () => {
  test('a 150 % deposit is shown at its field when leaving it, then fixed', async () => {
    const { context, page } = await open();
    try {
      await page.click('#nav-price');
      await typeIn(page, 'deposit-value', '150');
      assert.equal(await page.locator('#deposit-value-error').innerText(), '', 'no error while typing');
      await page.keyboard.press('Tab');
      await page.waitForFunction(() => document.querySelector('#deposit-value-error')?.textContent.includes('100'));
      assert.match(await page.locator('#deposit-value-error').innerText(), /Un pourcentage ne peut pas dépasser 100/);
      assert.equal(await page.getAttribute('#deposit-value', 'aria-invalid'), 'true');
      assert.equal(await page.getAttribute('#deposit-value-error', 'aria-live'), 'polite');
      // The price step is flagged in the progress bar.
      await page.waitForSelector('li.has-problems #nav-price');
      await typeIn(page, 'deposit-value', '30');
      await page.keyboard.press('Tab');
      await page.waitForFunction(() => document.querySelector('#deposit-value-error')?.textContent === '');
      assert.equal(await page.getAttribute('#deposit-value', 'aria-invalid'), 'false');
      await page.click('#nav-review');
      const problems = await page.locator('.review .problems').innerText();
      assert.doesNotMatch(problems, /Montant de l.acompte/);
      // The review links each problem to its field.
      await page.locator('.review .problems button.link').first().click();
      await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'provider-name');
    } finally {
      await context.close();
    }
  });
});

describe('steps that apply', () => {
  test('coaching shows the accompaniment frame, no deliverables and no rights step', async () => {
    const { context, page } = await open();
    try {
      await page.click('#nav-mission');
      await page.check('#mission-kind--accompaniment');
      await page.waitForSelector('#sessions');
      assert.equal(await page.locator('#deliverable-1-title').count(), 0);
      assert.equal(await page.locator('#revision-rounds').count(), 0);
      assert.equal(await page.locator('#nav-rights').count(), 0, 'no rights step without creative deliverables');
      assert.match(await previewText(page), /Cadre de l’accompagnement/);
      await page.click('#nav-ending');
      assert.equal(await page.locator('#confidentiality').count(), 1, 'confidentiality is asked at the end instead');
    } finally {
      await context.close();
    }
  });

  test('a consumer gets withdrawal and mediator questions, no B2B penalties', async () => {
    const { context, page } = await open();
    try {
      await page.click('#nav-client');
      await page.check('#client-kind--consumer');
      await page.waitForSelector('#mediator-name');
      assert.equal(await page.locator('#client-registration').count(), 0);
      assert.equal(await page.locator('#conclusion--distance').count(), 1);
      await page.click('#nav-price');
      assert.equal(await page.locator('#penalty-kind--ecb_plus10').count(), 0);
      const text = await previewText(page);
      assert.match(text, /Droit de rétractation/);
      assert.match(text, /Formulaire de rétractation/);
      assert.doesNotMatch(text, /40\u00a0€/);
    } finally {
      await context.close();
    }
  });

  test('free work has no payment questions', async () => {
    const { context, page } = await open();
    try {
      await page.click('#nav-price');
      await page.check('#price-mode--free');
      await page.waitForSelector('#free-value');
      assert.equal(await page.locator('#deposit-kind--percent').count(), 0);
      assert.equal(await page.locator('#term-kind--days').count(), 0);
    } finally {
      await context.close();
    }
  });
});

describe('interface language and accessibility', () => {
  test('English interface on an English browser, switchable, contract language independent', async () => {
    const { context: c0 } = await watchedPage(env.browser);
    await c0.close();
    const context = await env.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(env.site.url);
      await page.waitForFunction(() => document.querySelector('#step-title')?.textContent === 'You');
      assert.match(await previewText(page), /Contrat de prestation de services/, 'the contract stays French');
      await page.click('button.lang[lang="fr"]');
      await page.waitForFunction(() => document.querySelector('#step-title')?.textContent === 'Vous');
      await page.check('#contract-lang--en');
      await page.waitForFunction(() => document.querySelector('.preview-body')?.textContent.includes('Services agreement'));
    } finally {
      await context.close();
    }
  });

  for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
    test(`axe finds no violation on any step (${device})`, async () => {
      const { context, page } = await open(viewport);
      try {
        const steps = await page.$$eval('.stepper button', (bs) => bs.map((b) => b.id));
        for (const id of steps) {
          await page.click(`#${id}`);
          await page.waitForFunction((i) => document.getElementById(i)?.getAttribute('aria-current') === 'step', id);
          // Open the explanations so their text is scanned too.
          await page.$$eval('details.why', (ds) => ds.forEach((d) => (d.open = true)));
          await axeScan(page, `${id} (${device})`);
          await page.screenshot({ path: screenshotPath(`step-${id}-${device}.png`), fullPage: true });
        }
        if (device === 'phone') {
          await page.click('.preview-toggle');
          await page.waitForSelector('.preview-body .contract', { state: 'visible' });
          await axeScan(page, `preview (${device})`);
          await page.screenshot({ path: screenshotPath('preview-phone.png'), fullPage: false });
        }
      } finally {
        await context.close();
      }
    });
  }

  test('dark mode passes axe too, and 360 px has no horizontal scroll', async () => {
    const { context, page } = await open({ width: 360, height: 740 });
    try {
      await page.emulateMedia({ colorScheme: 'dark' });
      for (const id of ['nav-you', 'nav-price', 'nav-review']) {
        await page.click(`#${id}`);
        await page.waitForFunction((i) => document.getElementById(i)?.getAttribute('aria-current') === 'step', id);
        await axeScan(page, `${id} (dark, 360 px)`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${id}: the page scrolls sideways by ${overflow}px at 360 px`);
      }
      await page.screenshot({ path: screenshotPath('review-dark-360.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  test('printing shows only the contract', async () => {
    const { context, page } = await open();
    try {
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.questions').isVisible(), false);
      assert.equal(await page.locator('.stepper').isVisible(), false);
      assert.equal(await page.locator('.preview-body .contract').isVisible(), true);
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 1000);
    } finally {
      await context.close();
    }
  });
});
