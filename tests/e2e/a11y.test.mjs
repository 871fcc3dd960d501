// A newcomer's first contract (issue #16), as a phone, a laptop and a keyboard meet it:
// axe-core on every step in both colour schemes at 360, 390 and 1280 px, with
// screenshots of the first screen, a step and the review; what Cadre is, said at the
// top and visible on a phone without pushing the first question off screen; a focus
// ring unlike an error; touch targets of 44 px; autofill on the provider's details;
// nothing fixed over a field; a keyboard-only journey from the first screen to the PDF
// (skip link, Tab, Enter, Space); a reload reopening the step; an embed whose storage
// is blocked opening on its first question.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshotPath, useBrowserAndSite, watchedPage } from './helpers.mjs';
import { axeScan } from './app.mjs';

const env = useBrowserAndSite();

const WIDTHS = [
  [360, 740],
  [390, 844],
  [1280, 800],
];
const STEPS = ['you', 'client', 'mission', 'schedule', 'price', 'rights', 'ending', 'review'];

async function open(viewport, scheme = 'light') {
  const opened = await watchedPage(env.browser, viewport);
  const { page } = opened;
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(env.site.url);
  await page.locator('#step-title').waitFor();
  await page.click('button.lang[lang="fr"]');
  await page.waitForFunction(() => document.querySelector('main#cadre')?.getAttribute('lang') === 'fr');
  return opened;
}

/** A new draft's first question: the trade choice (its first option). */
const FIRST_QUESTION = '.start .trade';

async function goTo(page, step) {
  await page.click(`#nav-${step}`);
  await page.waitForFunction((s) => document.querySelector(`#nav-${s}`)?.getAttribute('aria-current') === 'step', step);
}

/** Presses Tab until the focused element matches `selector` (keyboard only). */
async function tabTo(page, selector, max = 150) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Buttons, links and inputs a finger must hit, in the visible page, under 44 px. */
const smallTargets = (page) =>
  page.evaluate(() => {
    const small = [];
    const sel = '.questions button, .questions input[type=text], .questions input[type=email], .questions input[type=tel], .questions textarea, .questions .option, .stepper button, .langs button, .bottom-bar button, .preview-head button';
    for (const el of document.querySelectorAll(sel)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.height < 43.5) small.push(`${el.id || el.className || el.tagName} (${Math.round(r.height)} px)`);
    }
    return small;
  });

describe('every step, both colour schemes, three widths', () => {
  for (const [width, height] of WIDTHS) {
    for (const scheme of ['light', 'dark']) {
      test(`axe-clean at ${width} px, ${scheme}; screenshots`, async () => {
        const { context, page, record } = await open({ width, height }, scheme);
        try {
          const tag = `${width}-${scheme}`;
          await page.screenshot({ path: screenshotPath(`first-${tag}.png`) });
          // What Cadre is and why to trust it, at the top, and the first question on screen.
          const badges = await page.locator('.badges').innerText();
          for (const word of ['Gratuit', 'Sans compte', 'Rien ne quitte votre navigateur', 'PDF et Word', 'Pas un avocat']) {
            assert.ok(badges.includes(word), `badge ${word}`);
          }
          assert.ok(await page.locator('.tagline').isVisible(), 'the tagline shows');
          const field = await page.locator(FIRST_QUESTION).first().boundingBox();
          assert.ok(field && field.y + field.height <= height, `the first question is on the first screen (${field?.y})`);
          const bar = await page.locator('.bottom-bar').boundingBox();
          if (bar) assert.ok(field.y + field.height <= bar.y, 'the first question is above the bottom bar');
          // The step bar: every step reachable (wrapped, or scrolled on a phone).
          const lastStep = await page.locator('#nav-review').boundingBox();
          if (width >= 1000) assert.ok(lastStep.x + lastStep.width <= width, 'the last step is not cut at 1280 px');

          for (const step of STEPS) {
            await goTo(page, step);
            await axeScan(page, `${step} (${tag})`);
            assert.deepEqual(await smallTargets(page), [], `touch targets on ${step} (${tag})`);
            const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            assert.ok(scroll <= 0, `no horizontal scroll on ${step} (${tag}): ${scroll}`);
            if (step === 'client') await page.screenshot({ path: screenshotPath(`step-client-${tag}.png`), fullPage: true });
          }
          await page.screenshot({ path: screenshotPath(`review-${tag}.png`), fullPage: true });
          assert.deepEqual(record.errors, []);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('focus, fields and the bottom bar', () => {
  test('the focus ring is not the error colour and is never clipped on the steps', async () => {
    for (const scheme of ['light', 'dark']) {
      const { context, page } = await open({ width: 1280, height: 800 }, scheme);
      try {
        await page.focus('#nav-client');
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          const el = document.activeElement;
          const css = getComputedStyle(el);
          const error = getComputedStyle(document.documentElement).getPropertyValue('--error').trim();
          const probe = document.createElement('span');
          probe.style.color = error;
          document.body.append(probe);
          const errorRgb = getComputedStyle(probe).color;
          probe.remove();
          const list = el.closest('ol');
          const r = el.getBoundingClientRect();
          const box = list.getBoundingClientRect();
          const reach = parseFloat(css.outlineWidth) + parseFloat(css.outlineOffset);
          return {
            id: el.id,
            outline: css.outlineColor,
            width: css.outlineWidth,
            errorRgb,
            inside: r.top - reach >= box.top && r.bottom + reach <= box.bottom && r.left - reach >= box.left,
          };
        });
        assert.equal(ring.id, 'nav-client');
        assert.notEqual(ring.outline, ring.errorRgb, `${scheme}: focus ${ring.outline} vs error ${ring.errorRgb}`);
        const [r, g, b] = ring.outline.match(/\d+/g).map(Number);
        assert.ok(b > r && b > g, `${scheme}: the focus colour is a blue (${ring.outline})`);
        assert.ok(parseFloat(ring.width) >= 3, 'a thick ring');
        assert.ok(ring.inside, `${scheme}: the ring fits inside the step bar (not clipped)`);
      } finally {
        await context.close();
      }
    }
  });

  test('autofill on the provider’s details, none on the client’s', async () => {
    const { context, page } = await open({ width: 390, height: 844 });
    try {
      assert.equal(await page.getAttribute('#provider-name', 'autocomplete'), 'name');
      assert.equal(await page.getAttribute('#provider-email', 'autocomplete'), 'email');
      assert.equal(await page.getAttribute('#provider-address', 'autocomplete'), 'street-address');
      await page.click('#provider-status--company');
      await page.waitForFunction(() => document.querySelector('#provider-name')?.getAttribute('autocomplete') === 'organization');
      await goTo(page, 'client');
      assert.equal(await page.getAttribute('#client-email', 'autocomplete'), 'off');
      await page.click('#client-kind--consumer');
      await page.locator('#provider-phone').waitFor();
      assert.equal(await page.getAttribute('#provider-phone', 'autocomplete'), 'tel');
      assert.equal(await page.getAttribute('#provider-phone', 'type'), 'tel');
    } finally {
      await context.close();
    }
  });

  test('on a phone nothing fixed covers a field or a download button', async () => {
    const { context, page } = await open({ width: 390, height: 844 });
    try {
      // Each field reached by Tab scrolls clear of the bottom bar (scroll-padding).
      const hidden = [];
      await page.focus('#provider-name');
      for (let i = 0; i < 40; i++) {
        const hit = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el?.matches('.questions input, .questions textarea')) return null;
          const r = el.getBoundingClientRect();
          const at = document.elementFromPoint(r.left + 10, r.top + Math.min(r.height, 40) / 2);
          return { id: el.id, ok: at === el || el.contains(at) || at?.closest('label')?.htmlFor === el.id };
        });
        if (hit && !hit.ok) hidden.push(hit.id);
        await page.keyboard.press('Tab');
      }
      assert.deepEqual(hidden, [], 'fields covered by the bottom bar when focused');
      await page.focus('#provider-siren');
      await page.keyboard.type('812 345 676');
      await page.focus('#nav-review');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#nav-review')?.getAttribute('aria-current') === 'step');
      for (const id of ['download-review-pdf', 'download-review-docx']) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        const hit = await page.evaluate((i) => {
          const r = document.querySelector(`#${i}`).getBoundingClientRect();
          return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.id;
        }, id);
        assert.equal(hit, id, `${id} is not covered by the bottom bar`);
      }
      // At the very bottom of the page, the last control is above the bar.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const gap = await page.evaluate(() => {
        const bar = document.querySelector('.bottom-bar').getBoundingClientRect();
        const last = [...document.querySelectorAll('.questions button')].pop().getBoundingClientRect();
        return bar.top - last.bottom;
      });
      assert.ok(gap >= 0, `the last button of the step clears the bar (${gap} px)`);
    } finally {
      await context.close();
    }
  });
});

describe('a keyboard-only journey', () => {
  test('from the first screen to the PDF: skip link, Tab, Enter and Space only', async () => {
    // A French browser: nothing clicked before the first Tab.
    const context = await env.browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const record = { errors: [] };
    page.on('pageerror', (err) => record.errors.push(err.message));
    page.on('console', (msg) => msg.type() === 'error' && record.errors.push(msg.text()));
    try {
      await page.goto(env.site.url);
      await page.locator('#step-title').waitFor();
      assert.equal(await page.locator('#step-title').innerText(), 'Vous');
      // The first Tab reaches the skip link, Enter takes the focus to the first question.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
      assert.match(await page.evaluate(() => document.activeElement?.textContent), /Aller à la question/);
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'provider-name');
      await page.keyboard.type('Camille Moreau');
      // Tabbing through the rest of the step, typing nothing: no field turns red.
      await tabTo(page, '.step-nav button.primary');
      assert.equal(await page.locator('.field.invalid').count(), 0, 'untouched empty fields stay quiet');
      assert.equal(await page.locator('.stepper li.has-problems').count(), 0);
      // A checkbox by Space: the client is a small business → the withdrawal article.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#step-title')?.textContent === 'Votre client');
      await tabTo(page, '#client-name');
      await page.keyboard.type('Atelier Dupont.');
      await tabTo(page, '#client-small-business');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.querySelector('#client-small-business')?.checked);
      // Its "why" names the article it adds.
      const why = await page.locator('#client-small-business-why').textContent();
      assert.match(why, /Droit de rétractation/);
      for (const title of ['La mission', 'Calendrier', 'Prix et paiement', 'Droits et confidentialité', 'Fin du contrat', 'Relire et télécharger']) {
        await tabTo(page, '.step-nav button.primary');
        await page.keyboard.press('Enter');
        await page.waitForFunction((t) => document.querySelector('#step-title')?.textContent === t, title);
      }
      // The review: advice ranked by stake, a one-click fix by keyboard.
      const first = await page.locator('.review .advice li >> nth=0').innerText();
      assert.doesNotMatch(first, /SIREN/, 'a missing SIREN is not the first advice');
      // The primary download, by Enter.
      await tabTo(page, '#download-review-pdf');
      const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      assert.match(dl.suggestedFilename(), /^contrat-atelier-dupont-\d{4}-\d{2}-\d{2}-projet\.pdf$/);
      await page.locator('.review .next-steps').waitFor();
      assert.match(await page.locator('.review .next-steps').innerText(), /Signez-le tous les deux/);
      assert.deepEqual(record.errors, []);
    } finally {
      await context.close();
    }
  });

  test('a one-click fix from the review: « Ajouter un acompte de 30 % »', async () => {
    const { context, page } = await open({ width: 1280, height: 800 });
    try {
      await goTo(page, 'price');
      await page.click('#deposit-kind--none');
      await goTo(page, 'review');
      const fix = page.locator('.review .advice button.quick-fix', { hasText: 'Ajouter un acompte de 30' });
      await fix.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.querySelector('.review .advice')?.textContent.includes('Aucun acompte'));
      await page.waitForFunction(() => document.querySelector('.preview-body')?.textContent.includes('acompte'));
    } finally {
      await context.close();
    }
  });
});

describe('coming back and embedding', () => {
  test('a reload reopens the draft at the step the user was on', async () => {
    const { context, page } = await open({ width: 1280, height: 800 });
    try {
      await page.fill('#provider-name', 'Camille Moreau');
      await goTo(page, 'price');
      await page.fill('#price-amount', '1800 euros');
      await page.locator('#price-amount').blur();
      await page.waitForFunction(() => document.querySelector('#save-state')?.getAttribute('data-state') === 'saved');
      assert.equal(await page.locator('#price-amount-error').innerText(), '', '« 1800 euros » is an amount');
      await page.reload();
      await page.locator('#step-title').waitFor();
      assert.equal(await page.getAttribute('#nav-price', 'aria-current'), 'step');
      assert.equal(await page.inputValue('#price-amount'), '1800 euros');
    } finally {
      await context.close();
    }
  });

  test('the payment picture shows when the balance is due, per the payment term', async () => {
    const { context, page } = await open({ width: 1280, height: 800 });
    try {
      await goTo(page, 'schedule');
      await page.fill('#end-date', '2027-03-04');
      await goTo(page, 'price');
      await page.fill('#price-amount', '2400');
      const legend = page.locator('.schedule-picture .legend');
      await legend.waitFor();
      // Delivered on 4 March, invoiced then, due 30 days later.
      assert.match(await legend.innerText(), /payable le 3\s+avril 2027 \(facture le 4\s+mars 2027\)/);
    } finally {
      await context.close();
    }
  });

  test('an embed whose storage is blocked opens on its first question', async () => {
    const { context, page } = await watchedPage(env.browser, { width: 390, height: 844 });
    try {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      await page.goto(`${env.site.url}?embed=1&lang=fr`);
      await page.locator('#step-title').waitFor();
      await page.locator('#banner-unavailable').waitFor();
      const [question, notice] = await Promise.all([
        page.locator(FIRST_QUESTION).first().boundingBox(),
        page.locator('#banner-unavailable').boundingBox(),
      ]);
      assert.ok(question.y < notice.y, 'the first question comes before the storage notice');
      assert.ok(question.y + question.height <= 844, 'and is on the first screen');
      await page.screenshot({ path: screenshotPath('embed-blocked-390.png') });
    } finally {
      await context.close();
    }
  });
});
