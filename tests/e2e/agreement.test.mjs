// The agreement loop with no server (issue #13), as two people do it: a provider and a
// client, each in a browser context of their own (their own storage). The provider
// fills a contract and sends it; the client opens the link, completes their details,
// proposes a change and comments, and sends an answer; the provider sees the change,
// accepts it, signs and sends; the client signs and sends back; both download the
// same signed PDF (pdftotext shows both names, the fingerprint on every page and the
// signature page; qpdf --check passes). A term changed afterwards voids the
// signatures, visibly. A passphrase-sealed link opens only with its passphrase; every
// bad link gets its own message. The privacy canary covers the whole loop: no request
// of either browser carries anything typed. axe-clean on every new screen, light and
// dark, at 360 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUT, useBrowserAndSite } from './helpers.mjs';
import { axeScan } from './app.mjs';
import { JOURNEYS, drive, freshPage } from './journeys.mjs';

const env = useBrowserAndSite();
const CANARY = 'CANARY-b41d';

/** Every request a page makes, with what it carries. */
function recordRequests(page, into) {
  page.on('request', (r) => into.push({ url: r.url(), method: r.method(), body: r.postData() || '', headers: JSON.stringify(r.headers()) }));
  page.on('websocket', (ws) => into.push({ url: ws.url(), method: 'WS', body: '', headers: '' }));
}

async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(selector)]);
  const path = join(mkdtempSync(join(tmpdir(), 'cadre-agreement-')), dl.suggestedFilename());
  await dl.saveAs(path);
  return path;
}

const pdfText = (path) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
const pages = (path) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);

/** The link the `id` outgoing box makes (with an optional passphrase). */
async function makeLink(page, id, passphrase = '') {
  await page.fill(`#${id}-passphrase`, passphrase);
  await page.click(`#${id}-make`);
  await page.locator(`#${id}-link`).waitFor();
  return page.inputValue(`#${id}-link`);
}

/** Opens the agreement panel of the review step. */
async function openTools(page) {
  await page.click('#agreement-panel > summary');
  await page.locator('#proposal-make').waitFor({ timeout: 30_000 });
}

/** Opens a received link in the provider's panel. */
async function openReply(page, link) {
  await page.fill('#reply-link', link);
  await page.locator('form:has(#reply-link) button[type="submit"]').click();
}

test('provider and client go from an empty form to the same signed PDF, with no server', async () => {
  const requests = [];
  const site = env.site.url;
  const provider = await freshPage(env.browser, site);
  recordRequests(provider.page, requests);
  const journey = JOURNEYS.find((j) => j.name === 'web-company');
  const counts = await drive(provider.page, journey);
  assert.ok(counts.ok, `the provider's contract is complete: ${counts.review}`);
  await openTools(provider.page);
  const proposal = await makeLink(provider.page, 'proposal');
  assert.match(proposal, /#cadre=[A-Za-z0-9_-]+$/);
  assert.ok(proposal.length <= 2000, `the proposal's link is ${proposal.length} characters`);
  assert.match(await provider.page.inputValue('#proposal-email'), /cadre=/);

  // The client, in a browser of their own, English interface.
  const clientContext = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'en-GB' });
  const client = await clientContext.newPage();
  const clientErrors = [];
  client.on('pageerror', (e) => clientErrors.push(e.message));
  recordRequests(client, requests);
  await client.goto(proposal);
  await client.locator('.proposal h1').waitFor({ timeout: 30_000 });
  assert.equal(await client.getAttribute('html', 'lang'), 'en', 'the client reads it in their interface language');
  assert.match(await client.locator('.proposal .lead').innerText(), /Hugo Bernard/);
  // What each article means for them, in plain words.
  assert.ok((await client.locator('.proposal-part .meaning').count()) >= 5);
  // The provider's identity cannot be changed here.
  assert.equal(await client.locator('#provider-name').count(), 0);
  await client.fill('#client-representative-role', `Présidente ${CANARY}`);
  await client.locator('#client-representative-role').blur();
  await client.fill('#deposit-value', '20');
  await client.locator('#deposit-value').blur();
  await client.fill('#comment-payment', `Could the deposit be 20 %? ${CANARY}`);
  // What the client typed survives a closed tab.
  await client.waitForTimeout(300);
  await client.reload();
  await client.locator('.proposal h1').waitFor();
  assert.equal(await client.inputValue('#deposit-value'), '20');
  assert.match(await client.inputValue('#comment-payment'), /Could the deposit/);
  const answer = await makeLink(client, 'answer');

  // The provider sees what changed, accepts, signs.
  await openReply(provider.page, answer);
  await provider.page.locator('.changes h1').waitFor();
  const changes = await provider.page.locator('.changes').innerText();
  assert.match(changes, /20/);
  assert.match(changes, /Could the deposit be 20 %\?/);
  assert.ok((await provider.page.locator('.change input[type="checkbox"]:checked').count()) >= 2);
  await provider.page.click('#apply-changes');
  await provider.page.locator('.changes.done').waitFor();
  // The app around the panel shows the draft's new version at once.
  await provider.page.waitForFunction(() => /Présidente/.test(document.querySelector('.preview-body')?.textContent || ''));
  await provider.page.check('#sign-consent');
  await provider.page.click('#sign-submit');
  const signedByProvider = await makeLink(provider.page, 'signed');

  // The client signs, by keyboard only, and sends it back.
  await client.goto('about:blank');
  await client.goto(signedByProvider);
  await client.locator('#sign-title').waitFor({ timeout: 30_000 });
  assert.match(await client.locator('table.signatures').innerText(), /Hugo Bernard[\s\S]*Covers this text/);
  assert.equal(await client.inputValue('#sign-name'), 'Anne Verdier');
  await client.focus('#sign-consent');
  await client.keyboard.press('Space');
  await client.focus('#sign-submit');
  await client.keyboard.press('Enter');
  const signedByBoth = await makeLink(client, 'signed');
  const clientPdf = await download(client, '#sign-pdf');

  // The provider opens it and downloads the same PDF.
  await provider.page.click('#reply-close').catch(() => {});
  await provider.page.goto(signedByBoth);
  await provider.page.locator('#sign-title').waitFor({ timeout: 30_000 });
  const providerPdf = await download(provider.page, '#sign-pdf');
  assert.deepEqual(readFileSync(providerPdf), readFileSync(clientPdf), 'both parties have the same signed PDF');
  execFileSync('qpdf', ['--check', providerPdf], { stdio: 'pipe' });
  // Kept for a look (tests/e2e/out/, ignored by git).
  mkdirSync(OUT, { recursive: true });
  copyFileSync(providerPdf, join(OUT, 'agreement-signed.pdf'));
  const text = pdfText(providerPdf);
  assert.match(text, /Hugo Bernard/);
  assert.match(text, /Anne Verdier/);
  assert.match(text, /Signatures électroniques/);
  // The version and the short fingerprint on every page; the full one on the signature page.
  const stamp = /Version (\d+) · empreinte ((?:[0-9A-F]{4} ){3}[0-9A-F]{4})/.exec(text);
  assert.ok(stamp, 'the stamp on the first page');
  const n = pages(providerPdf);
  const perPage = text.split('\f').slice(0, n);
  assert.equal(perPage.length, n);
  for (const [i, p] of perPage.entries()) assert.ok(p.includes(stamp[0]), `page ${i + 1} of ${n} has "${stamp[0]}"`);
  const full = stamp[2].replace(/ /g, '');
  assert.ok(text.replace(/\s/g, '').includes(full) && /[0-9A-F]{64}/.test(text.replace(/\s/g, '')), 'the full fingerprint on the signature page');
  // A term changed afterwards voids both signatures, visibly.
  await provider.page.goto(site);
  await provider.page.locator('#step-title').waitFor();
  await provider.page.click('#nav-price');
  await provider.page.fill('#price-amount', '4800');
  await provider.page.locator('#price-amount').blur();
  await provider.page.waitForTimeout(400);
  await provider.page.click('#nav-review');
  await openTools(provider.page);
  await provider.page.locator('#signatures-void').waitFor();
  assert.match(await provider.page.locator('#signatures-void').innerText(), /Anne Verdier/);

  // Nothing typed left either browser.
  for (const r of requests) {
    for (const needle of [CANARY, encodeURIComponent(CANARY), 'Verdier', 'cadre=']) {
      assert.ok(!`${r.url} ${r.body} ${r.headers}`.includes(needle), `${r.method} ${r.url} carries ${needle}`);
    }
    assert.notEqual(r.method, 'WS');
    assert.ok(['GET', 'HEAD'].includes(r.method), `${r.method} ${r.url}`);
  }
  assert.deepEqual(clientErrors, []);
  await clientContext.close();
  await provider.context.close();
});

test('a sealed link opens only with its passphrase; every bad link gets its own message', async () => {
  const site = env.site.url;
  const provider = await freshPage(env.browser, site);
  await drive(provider.page, JOURNEYS.find((j) => j.name === 'brasserie'));
  await openTools(provider.page);
  const sealed = await makeLink(provider.page, 'proposal', 'cheval batterie');
  const plain = await makeLink(provider.page, 'proposal');
  const context = await env.browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(sealed);
  await page.locator('#page-passphrase').waitFor({ timeout: 30_000 });
  await page.fill('#page-passphrase', 'cheval');
  await page.click('form.passphrase button[type="submit"]');
  await page.waitForFunction(() => /phrase secrète n’ouvre pas/.test(document.querySelector('#page-error')?.textContent || ''), null, { timeout: 30_000 });
  await page.fill('#page-passphrase', 'cheval batterie');
  await page.click('form.passphrase button[type="submit"]');
  await page.locator('.proposal h1').waitFor({ timeout: 30_000 });

  const cases = [
    ['cut', plain.slice(0, plain.length - 25), /incomplet/],
    ['changed', plain.slice(0, -10) + (plain.at(-10) === 'A' ? 'B' : 'A') + plain.slice(-9), /modifié en chemin/],
    ['not cadre', `${site}open.html#cadre=SGVsbG8gd29ybGQh`, /ne vient pas de Cadre/],
  ];
  for (const [what, link, message] of cases) {
    await page.goto('about:blank');
    await page.goto(link);
    await page.locator('#page-error').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => (document.querySelector('#page-error')?.textContent || '').length > 0);
    assert.match(await page.locator('#page-error').innerText(), message, what);
  }
  // An answer about a draft this browser does not have: refused, nothing touched.
  await page.goto(`${site}open.html#cadre=`);
  await page.locator('#page-link').waitFor({ timeout: 30_000 });
  await context.close();
  await provider.context.close();
});

test('the new screens are axe-clean, light and dark, at 360 px', async () => {
  const site = env.site.url;
  const provider = await freshPage(env.browser, site);
  await drive(provider.page, JOURNEYS.find((j) => j.name === 'web-company'));
  await openTools(provider.page);
  const link = await makeLink(provider.page, 'proposal');
  await axeScan(provider.page, 'the agreement panel');
  for (const colorScheme of ['light', 'dark']) {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(link);
    await page.locator('.proposal h1').waitFor({ timeout: 30_000 });
    await axeScan(page, `the client's review (${colorScheme}, 360 px)`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no sideways scrolling at 360 px (${width})`);
    await page.goto(`${site}open.html#cadre=`);
    await page.locator('#page-link').waitFor();
    await axeScan(page, `opening a contract (${colorScheme}, 360 px)`);
    await context.close();
  }
  await provider.context.close();
});
