// "Nothing you type ever leaves your browser", proven for every text field of the
// interview. The list of fields is the interview's own: `cargo run --example
// interview_fields` reads it from the Rust code (flow::steps/items, Field::kind — see
// tests/common/branches.rs) as branches, each a few clicks from a new draft (a consumer,
// accompaniment, a price per day, free work, both parties traders, an instalment…) that
// together show every text field. A question added to the interview is in the next run.
//
// One pass per branch, in a new browser context: the branch's clicks; a unique canary
// typed into every text field the page shows, step by step — and the set of fields
// typed into must EQUAL the set the interview's rules show for that branch (a field
// the page shows that the core does not list fails, and so does one the core lists
// that the page does not show); autosave (waited for: every canary in localStorage and
// the save state "saved"); a reload that brings every field back; every format
// downloaded; the draft exported (every canary in the file) and imported again (the
// drafts list grows, every field comes back). Then every request of the pass is
// checked: after the first load (the service worker's caching) only the reload's own
// files, GETs with no body; no canary in any URL, header or body; no WebSocket.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowserAndSite } from './helpers.mjs';
import { CANARY, ROOT, appReady, browserFiles, recordingPage, serveSite } from '../e2e-browsers/support.mjs';

/** The interview's branches and their text fields, from the Rust code (built if needed). */
const plan = JSON.parse(
  execFileSync('cargo', ['run', '--quiet', '--example', 'interview_fields', '--', CANARY], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
);

const env = useBrowserAndSite(() => serveSite());

/** Every input a user types text into, in the questions (not date, checkbox or radio). */
const TEXT_INPUTS = 'input[type="text"]:visible, input[type="email"]:visible, input[type="tel"]:visible, input:not([type]):visible, textarea:visible';

/** The canary, and its forms in a URL, lower case, or base64 at any byte offset. */
function needles(s) {
  const b64 = [0, 1, 2].map((k) => {
    const b = Buffer.from('\0'.repeat(k) + s).toString('base64');
    return k === 0 ? b.slice(0, -4) : b.slice(4, -4);
  });
  return [s, encodeURIComponent(s), s.toLowerCase(), ...b64];
}

async function goTo(page, step) {
  await page.click(`#nav-${step}`);
  await page.waitForFunction((s) => document.querySelector(`#nav-${s}`)?.getAttribute('aria-current') === 'step', step);
}

/** The steps the stepper offers, in order. */
const navSteps = (page) => page.locator('[id^="nav-"]').evaluateAll((els) => els.map((e) => e.id.slice(4)));

/** The ids of the text inputs the current step shows. */
const shownTextInputs = (page) => page.locator('.questions').locator(TEXT_INPUTS).evaluateAll((els) => els.map((e) => e.id));

/** Clicks a branch's way from a new draft, waiting for each click to take. */
async function clickBranch(page, clicks) {
  for (const c of clicks) {
    await goTo(page, c.step);
    if (c.kind === 'choice') {
      await page.click(`#${c.key}--${c.value}`);
      await page.waitForFunction((id) => document.getElementById(id)?.checked === true, `${c.key}--${c.value}`);
    } else if (c.kind === 'check') {
      await page.click(`#${c.key}`);
      await page.waitForFunction(([id, on]) => document.getElementById(id)?.checked === on, [c.key, c.checked]);
    } else if (c.kind === 'add') {
      await page.click(`#${c.list}-title-add`);
      for (const key of c.keys) await page.locator(`#${key}`).waitFor({ state: 'attached' });
    } else {
      throw new Error(`unknown click ${JSON.stringify(c)}`);
    }
  }
}

/**
 * Types each field's canary into every text input the page shows, step by step (a step
 * until it shows no empty one, the steps again until a round types nothing), as the
 * Rust side's list was made. Returns the ids typed into; a field the list does not have
 * for this branch, or on another step, fails at once.
 */
async function fillBranch(page, branch) {
  const expected = new Map(branch.fields.map((f) => [f.key, f]));
  const typed = new Set();
  for (;;) {
    const before = typed.size;
    for (const step of await navSteps(page)) {
      await goTo(page, step);
      const twice = await page.evaluate(() => {
        const seen = new Set();
        return [...document.querySelectorAll('[id]')].map((e) => e.id).filter((id) => seen.has(id) || !seen.add(id));
      });
      assert.deepEqual(twice, [], `step ${step}: ids used twice (a label, or this test, would reach the wrong element)`);
      for (;;) {
        const fresh = (await shownTextInputs(page)).filter((id) => !typed.has(id));
        if (fresh.length === 0) break;
        for (const id of fresh) {
          const field = expected.get(id);
          assert.ok(field, `step ${step} shows a text field the interview's rules do not list for this branch: #${id}`);
          assert.equal(field.step, step, `#${id} is on step ${step}, the interview's rules put it on ${field.step}`);
          await page.fill(`#${id}`, field.canary);
          typed.add(id);
        }
      }
    }
    if (typed.size === before) return typed;
  }
}

/** Every step's text inputs hold exactly their canaries (after a reload, an import). */
async function assertEveryFieldHolds(page, branch, when) {
  const expected = new Map(branch.fields.map((f) => [f.key, f.canary]));
  const seen = new Map();
  for (const step of await navSteps(page)) {
    await goTo(page, step);
    const values = await page
      .locator('.questions')
      .locator(TEXT_INPUTS)
      .evaluateAll((els) => els.map((e) => [e.id, e.value]));
    for (const [id, value] of values) seen.set(id, value);
  }
  assert.deepEqual(seen, expected, `${when}: every text field holds its canary, and no other field is shown`);
}

for (const [i, branch] of plan.branches.entries()) {
  const title = `branch ${i + 1} of ${plan.branches.length} (${branch.name}): the canary in its ${branch.fields.length} text fields never leaves the page`;
  test(title, { timeout: 300_000 }, async () => {
    const { context, page, record } = await recordingPage(env.browser, { viewport: { width: 1280, height: 900 } });
    const sockets = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    const tmp = mkdtempSync(join(tmpdir(), 'cadre-privacy-'));
    const downloads = [];
    try {
      await page.goto(env.site.url);
      await appReady(page);
      // The first load ends once the service worker has cached the app and controls it.
      await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20_000 });
      const loaded = record.requests.length;

      await clickBranch(page, branch.clicks);
      const typed = await fillBranch(page, branch);
      assert.deepEqual([...typed].sort(), branch.fields.map((f) => f.key).sort(),
        'the fields typed into are exactly the text fields the interview shows for this branch');
      assert.deepEqual(await navSteps(page), branch.steps, 'the steps are the interview’s for this branch');
      // The only requests while typing: the GETs of the writers module, which the review
      // step imports for its consistency check (static files of dist/, no body).
      const origin = new URL(env.site.url).origin;
      const files = new Set(['/', ...browserFiles().map((f) => `/${f}`)]);
      const writersOnly = (r) => {
        const u = new URL(r.url());
        return u.origin === origin && r.method() === 'GET' && u.pathname.startsWith('/writers/') && files.has(u.pathname);
      };
      const whileTyping = record.requests.slice(loaded).filter((r) => !/^(blob|data):/.test(r.url()));
      assert.deepEqual(whileTyping.filter((r) => !writersOnly(r)).map((r) => r.url()), [], 'typing made no request but the writers module');

      // Autosave: every canary reaches localStorage and the bar says "saved".
      const canaries = branch.fields.map((f) => f.canary);
      await page.waitForFunction((all) => {
        const stored = Object.keys(localStorage).map((k) => localStorage.getItem(k)).join('\n');
        return all.every((c) => stored.includes(c)) && document.querySelector('#save-state')?.dataset.state === 'saved';
      }, canaries, { timeout: 20_000 });

      // Reloaded: every field is back.
      const beforeReload = record.requests.length;
      await page.reload();
      await appReady(page);
      await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20_000 });
      const reloadRequests = record.requests.slice(beforeReload);
      const afterReload = record.requests.length;
      await assertEveryFieldHolds(page, branch, 'after the reload');

      // Every format, from the review step.
      await goTo(page, 'review');
      // HTML and Markdown sit under « Autres formats ».
      await page.click('.questions .other-formats > summary');
      const buttons = page.locator('.questions button.download:visible');
      const formats = await buttons.count();
      assert.ok(formats >= 4, 'the review offers every format');
      for (let n = 0; n < formats; n++) {
        const [dl] = await Promise.all([page.waitForEvent('download'), buttons.nth(n).click()]);
        downloads.push(readFileSync(await dl.path()));
      }
      assert.ok(downloads.some((b) => b.includes(CANARY)), 'the contract carries what was typed');

      // The draft exported: the file holds every canary.
      await page.click('#drafts-toggle');
      await page.locator('#drafts-panel').waitFor({ state: 'visible' });
      const [exported] = await Promise.all([page.waitForEvent('download'), page.click('li.draft-item.current [id$="-export"]')]);
      const file = join(tmp, exported.suggestedFilename());
      await exported.saveAs(file);
      const json = readFileSync(file, 'utf8');
      downloads.push(Buffer.from(json));
      const missing = canaries.filter((c) => !json.includes(c));
      assert.deepEqual(missing, [], 'the exported draft holds every field');

      // Imported again: the list grows by one and the imported copy, now open, has every field.
      const count = await page.locator('li.draft-item').count();
      await page.setInputFiles('#draft-import', file);
      await page.waitForFunction((n) => document.querySelectorAll('li.draft-item').length === n + 1, count, { timeout: 20_000 });
      await page.click('#drafts-toggle');
      await page.locator('#drafts-panel').waitFor({ state: 'hidden' });
      await assertEveryFieldHolds(page, branch, 'after the import');

      // The verdict, over every request of the pass.
      for (const r of reloadRequests) {
        const u = new URL(r.url());
        if (u.protocol === 'data:' || u.protocol === 'blob:') continue;
        assert.equal(u.origin, origin, `reload request off the site: ${r.url()}`);
        assert.equal(r.method(), 'GET', `reload request ${r.url()}`);
        assert.ok(files.has(u.pathname), `reload requested ${u.pathname}, not a file of dist/`);
        assert.equal(r.postData(), null);
      }
      // After the reload, the only requests are the GETs of the writers module (the
      // review step or the first download imports it from dist/writers/): static files of the
      // site, with no body; the canary check below covers their URLs and headers too.
      const later = record.requests.slice(afterReload).filter((r) => !/^(blob|data):/.test(r.url()));
      const other = later.filter((r) => !writersOnly(r));
      assert.deepEqual(other.map((r) => r.url()), [], 'no request after the reload but the writers module (downloads, export, import)');
      for (const r of record.requests) {
        const headers = JSON.stringify(await r.allHeaders().catch(() => r.headers()));
        const body = r.postDataBuffer()?.toString('latin1') ?? '';
        for (const needle of needles(CANARY)) {
          for (const [where, text] of [['URL', r.url()], ['headers', headers], ['body', body]]) {
            assert.ok(!text.includes(needle), `the canary is in the ${where} of ${r.method()} ${r.url().slice(0, 120)}`);
          }
        }
      }
      assert.deepEqual(sockets, [], 'no WebSocket');
      console.log(`privacy, ${branch.name}: ${typed.size} fields, ${downloads.length} files, ${record.requests.length} requests checked`);
    } finally {
      await context.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
}

test('the branches cover every text field of the interview', () => {
  const shape = (key) => key.split('-').map((p) => (/^\d+$/.test(p) ? '*' : p)).join('-');
  const covered = new Set(plan.branches.flatMap((b) => b.fields.map((f) => shape(f.key))));
  assert.deepEqual([...covered].sort(), [...plan.textFields].sort());
  assert.ok(plan.textFields.length >= 50, `${plan.textFields.length} text fields in the interview`);
});
