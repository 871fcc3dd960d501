// Keystroke → updated preview, and step → its first field, in headless Chromium on the
// release build (dist/). Figures only: nothing is asserted.
//
// Two drafts, each unthrottled and with the CPU throttled 4× (DevTools'
// Emulation.setCPUThrottlingRate, roughly a mid-range phone):
// - normal: a complete contract filled by hand (two deliverables' worth);
// - large: a draft at the caps (200 deliverables, 100 instalments,
//   tests/fixtures/missions/at-caps.json), seeded into localStorage as a stored draft
//   before the page loads, as a user who built it over weeks would have it.
// For each: the time to open every step (click its tab → its first question laid out;
// a long list adds the rest of its items afterwards, timed too), and keystroke → preview p50/p95 for N edits, timed from the input event to the
// preview's DOM holding the new text ("next frame": to the end of the next frame after
// it, which includes the preview's layout and paint).
//
// EDITS (default 300) edits per normal case, LARGE_EDITS (default 100) per large one,
// ROUNDS (default 5) times each step is opened.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launchBrowser, serveDist } from '../tests/e2e/helpers.mjs';

const EDITS = Number(process.env.EDITS || 300);
const LARGE_EDITS = Number(process.env.LARGE_EDITS || 100);
const ROUNDS = Number(process.env.ROUNDS || 5);
const THROTTLE = 4;

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x) => `${x.toFixed(2)} ms`;

/** N edits to the field `id`, each timed to the preview showing it (and to the next frame). */
async function timeEdits(page, id, base, n) {
  await page.locator(`#${id}`).waitFor();
  return page.evaluate(
    async ({ id, base, n }) => {
      const input = document.getElementById(id);
      const preview = document.querySelector('.preview-body');
      const dom = [];
      const frame = [];
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
        input.value = `${base} ${marker}`;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }));
        const t1 = await seen;
        // Let the browser lay out and paint between edits, as between keystrokes.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        dom.push(t1 - t0);
        frame.push(performance.now() - t0);
      }
      return { dom, frame };
    },
    { id, base, n },
  );
}

/** Opens every step ROUNDS times: click its tab → its first question (or the review) laid out. */
async function timeSteps(page, rounds) {
  const steps = await page.evaluate(() => [...document.querySelectorAll('.stepper button[id^="nav-"]')].map((b) => b.id));
  const times = Object.fromEntries(steps.map((s) => [s.slice(4), []]));
  for (let r = 0; r < rounds; r++) {
    for (const id of steps) {
      const t = await page.evaluate(async (id) => {
        const tab = document.getElementById(id);
        if (tab.getAttribute('aria-current') === 'step') return null;
        const title = document.getElementById('step-title').textContent;
        const first = () => document.querySelector('.questions .questions-list .field, .questions .review');
        const opened = () => {
          if (document.getElementById('step-title').textContent === title) return false;
          const el = first();
          return !!el && el.getBoundingClientRect().height > 0;
        };
        const done = new Promise((resolve) => {
          const mo = new MutationObserver(() => {
            if (opened()) {
              mo.disconnect();
              resolve(performance.now());
            }
          });
          mo.observe(document.querySelector('.questions'), { childList: true, subtree: true, characterData: true });
        });
        const t0 = performance.now();
        tab.click();
        const t1 = await done;
        // A long list adds its items a batch at a time, aria-busy meanwhile.
        const busy = () => document.querySelector('.questions [aria-busy="true"]');
        const filling = !!busy();
        while (busy()) await new Promise((r) => setTimeout(r, 0));
        const t2 = performance.now();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return [t1 - t0, filling ? t2 - t0 : null];
      }, id);
      if (t !== null) times[id.slice(4)].push(t);
    }
  }
  return times;
}

async function report(page, cdp, label, n, edits) {
  for (const rate of [1, THROTTLE]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const cpu = rate === 1 ? 'unthrottled' : `CPU ${rate}× throttled`;
    const steps = await timeSteps(page, ROUNDS);
    const median = (t, i) => pct(t.map((x) => x[i] ?? x[0]), 50).toFixed(0);
    const filled = (t) => t.some((x) => x[1] !== null);
    const opens = Object.entries(steps)
      .map(([s, t]) => `${s} ${median(t, 0)}${filled(t) ? ` (every item ${median(t, 1)})` : ''}`)
      .join(', ');
    const worst = Math.max(...Object.values(steps).flatMap((t) => t.map((x) => x[0])));
    console.log(`${label}, ${cpu}: open a step, click → first question (median of ${ROUNDS}, ms): ${opens}; slowest ${ms(worst)}`);
    for (const [what, id, base] of edits) {
      await page.click('#nav-mission');
      await page.waitForFunction(() => !document.querySelector('.questions [aria-busy="true"]'));
      const { dom, frame } = await timeEdits(page, id, base, n);
      console.log(
        `${label}, ${cpu}: keystroke → preview (${n} edits, ${what}): p50 ${ms(pct(dom, 50))}, p95 ${ms(pct(dom, 95))}, max ${ms(Math.max(...dom))}; to the next frame p50 ${ms(pct(frame, 50))}, p95 ${ms(pct(frame, 95))}`,
      );
    }
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
}

const words = (page) => page.evaluate(() => document.querySelector('.preview-body').innerText.split(/\s+/).length);

const site = await serveDist('/');
const browser = await launchBrowser();
try {
  // The normal draft, filled by hand.
  {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    const cdp = await page.context().newCDPSession(page);
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
    await report(page, cdp, `normal draft (${await words(page)} words)`, EDITS, [
      ['mission description', 'mission-description', 'Description'],
    ]);
    await page.close();
  }

  // The large draft, at the caps, stored before the page loads.
  {
    const answers = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/missions/at-caps.json'), 'utf8'));
    const d = answers.mission.deliverables.length;
    const m = answers.payment.milestones.length;
    const deliverable = answers.mission.deliverables[149];
    const envelope = {
      version: 2,
      rev: 1,
      saved_at: '2099-01-01T00:00:00.000Z',
      draft: { id: 'bench-at-caps', name: 'Bench at caps', answers },
    };
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(site.url);
    await page.locator('#step-title').waitFor();
    await page.evaluate((e) => {
      localStorage.clear();
      localStorage.setItem(`cadre.draft.${e.draft.id}`, JSON.stringify(e));
    }, envelope);
    await page.reload();
    await page.locator('#step-title').waitFor();
    await page.click('#nav-mission');
    await page.locator(`#deliverable-${deliverable.id}-title`).waitFor({ timeout: 60_000 });
    await report(page, cdp, `large draft (${d} deliverables, ${m} instalments, ${await words(page)} words)`, LARGE_EDITS, [
      ['mission description', 'mission-description', 'Description'],
      [`title of deliverable ${deliverable.id}`, `deliverable-${deliverable.id}-title`, deliverable.title],
    ]);
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
